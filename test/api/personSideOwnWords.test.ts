import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/server/problem.js';
import type { ChildView, PersonPreparation, PersonSipOverview } from '../../src/shared/api/personSide.js';
import type { ApiClient } from '../support/apiClient.js';
import {
  accessEntries,
  caseWithConsent,
  idNumberAged,
  personWithEId,
  recordGuardian,
} from '../support/personSideFixture.js';
import { createProcessWorld, meetingFor, type ProcessWorld } from '../support/processFixture.js';
import { testDatabaseKinds } from '../support/testDatabase.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

/** A real 1×1 PNG, a real 1×1 GIF, and a JPEG's first bytes (file-type reads the type from them). */
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const gif = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const jpeg = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
  Buffer.from('JFIF\0'),
  Buffer.alloc(64),
]);

describe.each(testDatabaseKinds())('what the individual, a guardian and the child write, on %s', (kind) => {
  let server: TestServer;
  let world: ProcessWorld;
  let adultSip = '';
  let childSip = '';
  let individual: ApiClient;
  let guardian: ApiClient;
  let child: ApiClient;
  let childIdentity = '';
  const teenager = idNumberAged(13, '612');

  beforeAll(async () => {
    server = await startTestServer(kind);
    const db = server.database.db;
    world = await createProcessWorld(db, () => server.client());
    const adult = idNumberAged(38, '611');
    adultSip = await caseWithConsent(world, adult);
    childSip = await caseWithConsent(world, teenager, { child: true });
    await db.updateTable('sips').set({ childSignsIn: true }).where('id', '=', childSip).execute();
    const mother = idNumberAged(41, '613');
    await recordGuardian(db, childSip, mother);
    individual = (await personWithEId(db, server.client(), adult)).client;
    guardian = (await personWithEId(db, server.client(), mother)).client;
    ({ client: child, identityId: childIdentity } = await personWithEId(db, server.client(), teenager));
  });
  afterAll(() => server.close());

  const childViews = () =>
    server.database.db.selectFrom('childViews').selectAll().where('sipId', '=', childSip).execute();

  it('keeps my preparation in my own words, for me and a guardian only', async () => {
    const empty = await individual.get<PersonPreparation>(`/api/person/sips/${adultSip}/preparation`);
    expect(empty.body).toEqual({ whatMatters: '', questions: '', ownGoals: '', updatedAt: null });
    const saved = await individual.put<PersonPreparation>(`/api/person/sips/${adultSip}/preparation`, {
      whatMatters: 'Att få bo kvar hemma.',
      questions: 'Vem ringer jag om boendestödet inte kommer?',
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ whatMatters: 'Att få bo kvar hemma.', ownGoals: '' });
    const again = await individual.put<PersonPreparation>(`/api/person/sips/${adultSip}/preparation`, {
      whatMatters: 'Att få bo kvar hemma.',
      questions: '',
      ownGoals: 'Handla själv.',
    });
    expect(again.body).toMatchObject({ questions: '', ownGoals: 'Handla själv.' });
    expect(
      (await individual.get<PersonPreparation>(`/api/person/sips/${adultSip}/preparation`)).body,
    ).toEqual(again.body);

    const tooLong = await individual.put<Problem>(`/api/person/sips/${adultSip}/preparation`, {
      whatMatters: 'x'.repeat(4001),
    });
    expect(tooLong.status).toBe(400);
    // The guardians prepare for a child; the child tells their view instead.
    expect(
      (await guardian.put(`/api/person/sips/${childSip}/preparation`, { whatMatters: 'Skolan' })).status,
    ).toBe(200);
    const childRefused = await child.get<Problem>(`/api/person/sips/${childSip}/preparation`);
    expect({ status: childRefused.status, code: childRefused.body.code }).toEqual({
      status: 403,
      code: 'not_for_child',
    });
  });

  it('takes the child’s view in words from the child, and shows it to the guardians', async () => {
    const written = await child.put<ChildView>(`/api/person/sips/${childSip}/child-view`, {
      good: 'Fotbollen',
      hard: 'Matten',
      wishes: 'Mindre läxor',
    });
    expect(written.status).toBe(200);
    expect(written.body).toMatchObject({ good: 'Fotbollen', pictureUrl: null, confirmed: false });
    expect((await guardian.get<ChildView>(`/api/person/sips/${childSip}/child-view`)).body.hard).toBe(
      'Matten',
    );
    expect((await childViews())[0]).toMatchObject({ writtenBy: childIdentity });
    expect(
      (await accessEntries(server.database.db, childSip)).map((entry) => [entry.action, entry.role]),
    ).toContainEqual(['person:writeChildView', 'child']);
  });

  it('keeps a PNG picture and serves it back as itself, byte for byte, uncached and unsniffed', async () => {
    const saved = await child.put<ChildView>(`/api/person/sips/${childSip}/child-view/picture`, {
      base64: `data:image/png;base64,${png.toString('base64')}`,
    });
    expect(saved.status).toBe(200);
    expect(saved.body.pictureUrl).toBe(`/api/person/sips/${childSip}/child-view/picture`);
    expect(saved.body.good).toBe('Fotbollen');
    const served = await guardian.requestRaw('GET', saved.body.pictureUrl!);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('cache-control')).toBe('no-store');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await served.arrayBuffer()).equals(png)).toBe(true);

    // A JPEG replaces it, its type read from its bytes.
    const replaced = await child.put(`/api/person/sips/${childSip}/child-view/picture`, {
      base64: jpeg.toString('base64'),
    });
    expect(replaced.status).toBe(200);
    expect((await childViews())[0]).toMatchObject({ pictureType: 'image/jpeg' });
  });

  it('refuses what is not a PNG or JPEG, too large or not base64, storing nothing', async () => {
    const before = await childViews();
    const send = (base64: string) =>
      child.put<Problem>(`/api/person/sips/${childSip}/child-view/picture`, { base64 });
    const refusals: [string, number, string][] = [
      [gif.toString('base64'), 415, 'picture_wrong_type'],
      // A text file renamed picture.png, and told to be one.
      [
        `data:image/png;base64,${Buffer.from('Det här är ingen bild.').toString('base64')}`,
        415,
        'picture_wrong_type',
      ],
      [Buffer.concat([png, Buffer.alloc(2 * 1024 * 1024)]).toString('base64'), 413, 'picture_too_large'],
      ['iVBORw0KGgo!!!*', 422, 'picture_unreadable'],
      ['iVBORw0KGgo', 422, 'picture_unreadable'],
    ];
    for (const [base64, status, code] of refusals) {
      const refused = await send(base64);
      expect({ status: refused.status, code: refused.body.code }).toEqual({ status, code });
      expect(refused.body.messages.sv).not.toBe(refused.body.messages.en);
    }
    // Larger than any picture's request: refused before it is even read.
    const huge = await send('A'.repeat(4 * 1024 * 1024));
    expect([400, 413]).toContain(huge.status);
    expect(await childViews()).toEqual(before);
  });

  it('removes the picture, and a guest or the staff side never reads it here', async () => {
    const removed = await guardian.post<ChildView>(`/api/person/sips/${childSip}/child-view/picture/remove`);
    expect(removed.body.pictureUrl).toBeNull();
    expect((await childViews())[0]).toMatchObject({ picture: null, pictureType: null, good: 'Fotbollen' });
    const gone = await guardian.get<Problem>(`/api/person/sips/${childSip}/child-view/picture`);
    expect({ status: gone.status, code: gone.body.code }).toEqual({ status: 404, code: 'no_picture' });
    expect((await world.convener.get(`/api/person/sips/${childSip}/child-view/picture`)).status).toBe(401);
  });

  it('answers the next meeting: coming, or another time with a wish', async () => {
    const invited = await world.convener.post<{ meeting: { id: string } }>(
      `/api/sips/${adultSip}/meetings`,
      meetingFor(world),
    );
    const meetingId = invited.body.meeting.id;
    const answered = await individual.post<PersonSipOverview>(`/api/person/sips/${adultSip}/meeting-answer`, {
      meetingId,
      answer: 'another_time',
      wish: 'Gärna en eftermiddag.',
    });
    expect(answered.status).toBe(200);
    expect(answered.body.nextMeeting?.myAnswer).toMatchObject({
      answer: 'another_time',
      wish: 'Gärna en eftermiddag.',
    });
    const coming = await individual.post<PersonSipOverview>(`/api/person/sips/${adultSip}/meeting-answer`, {
      meetingId,
      answer: 'coming',
      wish: 'ignoreras',
    });
    expect(coming.body.nextMeeting?.myAnswer).toMatchObject({ answer: 'coming', wish: '' });
    const rows = await sql`SELECT answer FROM person_meeting_answers WHERE meeting_id = ${meetingId}`.execute(
      server.database.db,
    );
    expect(rows.rows).toEqual([{ answer: 'coming' }]);

    // Another case's meeting is not one to answer here.
    const other = await world.convener.post<{ meeting: { id: string } }>(
      `/api/sips/${childSip}/meetings`,
      meetingFor(world),
    );
    const refused = await individual.post<Problem>(`/api/person/sips/${adultSip}/meeting-answer`, {
      meetingId: other.body.meeting.id,
      answer: 'coming',
    });
    expect({ status: refused.status, code: refused.body.code }).toEqual({
      status: 422,
      code: 'meeting_not_to_answer',
    });
    // A child with their own sign-in reads the meeting; the guardians answer it.
    const childAnswer = await child.post<Problem>(`/api/person/sips/${childSip}/meeting-answer`, {
      meetingId: other.body.meeting.id,
      answer: 'coming',
    });
    expect(childAnswer.status).toBe(403);
  });
});
