import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { identityOnSignIn } from '../../src/server/eId/identities.js';
import type { Problem } from '../../src/server/problem.js';
import type { SipDetail } from '../../src/shared/api/responses.js';
import { luhn } from '../support/luhn.js';
import {
  consentFor,
  createProcessWorld,
  meetingFor,
  newSipBody,
  sipWithPlanEstablished,
  type ProcessWorld,
} from '../support/processFixture.js';
import { testDatabaseKinds } from '../support/testDatabase.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

const withLuhn = (yymmddnnn: string) => `20${yymmddnnn.slice(0, 6)}-${yymmddnnn.slice(6)}${luhn(yymmddnnn)}`;
const guardianNumber = (serial: string) => `19850412${serial}${luhn(`850412${serial}`)}`;
/** The eight bytes every PNG begins with, and a little more: the server sends what it stored. */
const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

/** What the individual's side told, as staff read it in preparation, and the child's view taken into the plan. */
describe.each(testDatabaseKinds())('what the individual’s side told, seen by staff, on %s', (kind) => {
  let server: TestServer;
  let world: ProcessWorld;
  beforeAll(async () => {
    server = await startTestServer(kind);
    world = await createProcessWorld(server.database.db, () => server.client());
  });
  afterAll(() => server.close());

  /** A child's case with consent, a meeting called (primary care and the school invited) and one guardian. */
  async function childCaseCalled(serial: string) {
    const created = await world.convener.post<SipDetail>(
      '/api/sips',
      newSipBody(withLuhn(`160305${serial}`)),
    );
    const id = created.body.id;
    await world.convener.post(`/api/sips/${id}/consent`, {
      ...consentFor(world),
      givenByRelation: 'guardian',
      guardians: [{ name: 'Sara Testsson' }],
      childView: 'Vill vara med.',
    });
    const called = await world.convener.post<SipDetail>(`/api/sips/${id}/meetings`, meetingFor(world));
    const guardian = guardianNumber(serial);
    await world.convener.post(`/api/sips/${id}/guardians`, { name: 'Sara Testsson', idNumber: guardian });
    const identityId = await identityOnSignIn(server.database.db, guardian, 'Sara Testsson');
    return { id, meetingId: called.body.meeting!.id, identityId };
  }

  it('shows staff the preparation, the answer to the meeting and the child’s view, and the picture as bytes', async () => {
    const { id, meetingId, identityId } = await childCaseCalled('123');
    const { db } = server.database;
    await db
      .insertInto('personPreparations')
      .values({
        sipId: id,
        whatMatters: 'Att få vara med.',
        questions: 'Vem kommer?',
        ownGoals: 'Gå till skolan.',
        updatedBy: identityId,
      })
      .execute();
    await db
      .insertInto('personMeetingAnswers')
      .values({ meetingId, identityId, answer: 'another_time', wish: 'Efter klockan 15.' })
      .execute();
    await db
      .insertInto('childViews')
      .values({
        sipId: id,
        good: 'Fotboll.',
        hard: 'Raster.',
        wishes: 'En kompis.',
        picture: png,
        pictureType: 'image/png',
        writtenBy: identityId,
      })
      .execute();

    const read = await world.convener.get<SipDetail>(`/api/sips/${id}`);
    expect(read.body.fromPerson).toMatchObject({
      preparation: {
        whatMatters: 'Att få vara med.',
        questions: 'Vem kommer?',
        ownGoals: 'Gå till skolan.',
        writtenBy: { name: 'Sara Testsson', relation: 'guardian' },
      },
      meetingAnswers: [{ answer: 'another_time', wish: 'Efter klockan 15.' }],
      childView: {
        good: 'Fotboll.',
        hard: 'Raster.',
        wishes: 'En kompis.',
        hasPicture: true,
        confirmedAt: null,
      },
    });
    // An invited unit that has not answered reads no more than it needs to answer: nothing the person told.
    expect((await world.primaryCare.get<SipDetail>(`/api/sips/${id}`)).body.fromPerson).toBeNull();

    const picture = await world.convener.requestRaw('GET', `/api/sips/${id}/child-view/picture`);
    expect(picture.status).toBe(200);
    expect(picture.headers.get('content-type')).toBe('image/png');
    expect(picture.headers.get('cache-control')).toBe('no-store');
    expect(new Uint8Array(await picture.arrayBuffer())).toEqual(png);
    const entries = await db
      .selectFrom('accessLog')
      .select('action')
      .where('sipId', '=', id)
      .where('action', '=', 'read_child_picture')
      .execute();
    expect(entries).toHaveLength(1);
    // Not for a unit that may not read the plan, nor for a stranger.
    expect((await world.primaryCare.requestRaw('GET', `/api/sips/${id}/child-view/picture`)).status).toBe(
      403,
    );
    expect((await world.stranger.requestRaw('GET', `/api/sips/${id}/child-view/picture`)).status).toBe(404);
  });

  it('takes the child’s view into the plan draft as the child’s view and how it was obtained, recording who', async () => {
    const { id, identityId } = await childCaseCalled('234');
    const nothing = await world.convener.post<Problem>(`/api/sips/${id}/child-view/confirm`, {});
    expect({ status: nothing.status, code: nothing.body.code }).toEqual({
      status: 422,
      code: 'no_child_view',
    });
    await server.database.db
      .insertInto('childViews')
      .values({ sipId: id, good: 'Fotboll.', hard: '', wishes: 'En kompis.', writtenBy: identityId })
      .execute();
    const confirmed = await world.convener.post<SipDetail>(`/api/sips/${id}/child-view/confirm`, {});
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.plan!.content.childView).toBe('Det här är bra: Fotboll.\n\nJag önskar: En kompis.');
    expect(confirmed.body.plan!.content.childViewHowObtained).toContain('Barnet berättade själv');
    expect(confirmed.body.fromPerson!.childView!.confirmedByName).toMatch(/Test User/);
    expect(confirmed.body.fromPerson!.childView!.confirmedAt).not.toBeNull();
    expect(confirmed.body.events.at(-1)!.type).toBe('confirmChildView');
    // The draft's other parts are kept, and a later save must build on the new revision.
    const stale = await world.convener.put<Problem>(`/api/sips/${id}/plan`, {
      baseRevision: 0,
      content: confirmed.body.plan!.content,
    });
    expect(stale.status).toBe(409);
  });

  it('shows objections to a version, and refuses taking the view into a plan already established', async () => {
    const sip = await sipWithPlanEstablished(world);
    const identityId = await identityOnSignIn(server.database.db, guardianNumber('345'), 'Jon Testsson');
    await server.database.db
      .insertInto('planVersionObjections')
      .values({ id: crypto.randomUUID(), sipId: sip.id, version: 1, identityId, text: 'Målet stämmer inte.' })
      .execute();
    await server.database.db
      .insertInto('childViews')
      .values({ sipId: sip.id, good: 'Bra.', writtenBy: identityId })
      .execute();
    const read = await world.convener.get<SipDetail>(sip.path);
    expect(read.body.fromPerson!.objections).toEqual([
      expect.objectContaining({
        version: 1,
        text: 'Målet stämmer inte.',
        writtenBy: { name: 'Jon Testsson', relation: 'other' },
      }),
    ]);
    const refused = await world.convener.post<Problem>(`${sip.path}/child-view/confirm`, {});
    expect({ status: refused.status, code: refused.body.code }).toEqual({
      status: 409,
      code: 'illegal_transition',
    });
  });
});
