import type { Bundle, Goal } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replaceCodeSystem } from '../../../src/server/data/codes.js';
import { goalId } from '../../../src/server/fhir/resources/goal.js';
import type { SipDetail } from '../../../src/shared/api/responses.js';
import { fhirGet, issueOf, linkOf } from '../../support/fhirClient.js';
import {
  completePlan,
  createProcessWorld,
  isoDay,
  sipWithMeetingHeld,
  sipWithPlanEstablished,
  type ProcessWorld,
} from '../../support/processFixture.js';
import { testDatabaseKinds } from '../../support/testDatabase.js';
import { startTestServer, type TestServer } from '../../support/testServer.js';

const icf = 'http://id.who.int/icd/release/11/icf';
const dailyRoutine = { system: icf, code: 'd230', display: 'Att genomföra daglig rutin' };

describe.each(testDatabaseKinds())('Goal through FHIR on %s', (kind) => {
  let server: TestServer;
  let world: ProcessWorld;
  let sip: { path: string; id: string };
  let personId: string;
  let draft: { path: string; id: string };

  beforeAll(async () => {
    server = await startTestServer(kind);
    world = await createProcessWorld(server.database.db, () => server.client());
    // A county's code system, loaded as an administrator loads one: a goal may then carry its codes.
    await replaceCodeSystem(
      server.database.db,
      { uri: icf, name: 'ICF (urval)', version: undefined, loadedBy: null },
      [{ code: 'd230', display: 'Att genomföra daglig rutin' }],
    );
    sip = await sipWithPlanEstablished(world, undefined, {
      goals: [
        { key: 'g1', kind: 'individual', text: 'Klara vardagen själv.', codes: [dailyRoutine] },
        { key: 'g_2', kind: 'shared', text: 'Regelbunden kontakt med vårdcentralen.', codes: [] },
        { key: 'g3', kind: 'shared', text: '', codes: [] },
      ],
    });
    personId = (await world.convener.get<SipDetail>(sip.path)).body.person.id;
    const followedUp = await world.convener.post(`${sip.path}/follow-ups`, {
      heldOn: isoDay(0),
      items: [
        { kind: 'goal', key: 'g1', outcome: 'partly', note: 'Handlar själv, men inte städning.' },
        { kind: 'goal', key: 'g_2', outcome: 'achieved' },
        { kind: 'goal', key: 'g3', outcome: 'not_achieved' },
        { kind: 'effort', key: 'e1', outcome: 'partly' },
        { kind: 'effort', key: 'e2', outcome: 'partly' },
      ],
      nextDate: isoDay(60),
    });
    expect(followedUp.status).toBe(200);
    draft = await sipWithMeetingHeld(world, '19380624-9235');
    await world.convener.put(`${draft.path}/plan`, { baseRevision: 0, content: completePlan(world) });
  });
  afterAll(() => server.close());

  it('shows the individual’s own goal in their words, judged by the newest follow-up, and logs the read', async () => {
    const answer = await fhirGet<Goal>(world.primaryCare, `/fhir/R4/Goal/${goalId(sip.id, 'g1')}`);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      lifecycleStatus: 'active',
      // The own wording stays the text; the county's code goes beside it.
      description: { text: 'Klara vardagen själv.', coding: [dailyRoutine] },
      subject: { reference: `Patient/${personId}` },
      expressedBy: { reference: `Patient/${personId}` },
      statusDate: isoDay(0),
      startDate: isoDay(0),
      note: [{ time: isoDay(0), text: 'Handlar själv, men inte städning.' }],
    });
    expect(answer.body.achievementStatus?.coding?.map((coding) => coding.code)).toEqual([
      'improving',
      'partly',
    ]);
    const logged = await server.database.db
      .selectFrom('accessLog')
      .select(['action', 'personId', 'sipId', 'unitId'])
      .where('action', '=', 'fhir_read')
      .where('sipId', '=', sip.id)
      .execute();
    expect(logged).toEqual([{ action: 'fhir_read', personId, sipId: sip.id, unitId: world.region.units.vc }]);
  });

  it('searches by patient, care plan and lifecycle status, leaving out goals without text', async () => {
    const all = await fhirGet<Bundle<Goal>>(world.convener, `/fhir/R4/Goal?care-plan=CarePlan/${sip.id}`);
    expect(all.body.total).toBe(2);
    const completed = await fhirGet<Bundle<Goal>>(
      world.convener,
      `/fhir/R4/Goal?patient=Patient/${personId}&lifecycle-status=completed`,
    );
    expect(completed.body.entry?.map((entry) => entry.resource?.id)).toEqual([goalId(sip.id, 'g_2')]);
    const proposed = await fhirGet<Bundle<Goal>>(world.convener, `/fhir/R4/Goal?lifecycle-status=proposed`);
    expect(proposed.body.entry?.map((entry) => entry.resource?.id)).toEqual([goalId(draft.id, 'g1')]);
    const bad = await fhirGet(world.convener, `/fhir/R4/Goal?lifecycle-status=achieved`);
    expect(bad.status).toBe(400);
    expect(issueOf(bad).details?.text).toContain('proposed');
  });

  it('pages in id order, a page at a time', async () => {
    const first = await fhirGet<Bundle<Goal>>(world.convener, '/fhir/R4/Goal?_count=2');
    expect(first.body.total).toBe(3);
    const next = await fhirGet<Bundle<Goal>>(world.convener, linkOf(first.body, 'next')!);
    const ids = [...(first.body.entry ?? []), ...(next.body.entry ?? [])].map((entry) => entry.resource!.id!);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(3);
    const previous = await fhirGet<Bundle<Goal>>(world.convener, linkOf(next.body, 'previous')!);
    expect(previous.body.entry?.map((entry) => entry.resource?.id)).toEqual(ids.slice(0, 2));
  });

  it('does not show a unit without a part in the plan that the goal exists', async () => {
    const read = await fhirGet(world.stranger, `/fhir/R4/Goal/${goalId(sip.id, 'g1')}`);
    expect(read.status).toBe(404);
    expect(issueOf(read).code).toBe('not-found');
    expect((await fhirGet(world.convener, `/fhir/R4/Goal/${goalId(sip.id, 'no-such-goal')}`)).status).toBe(
      404,
    );
    expect((await fhirGet(world.convener, '/fhir/R4/Goal/not-a-goal')).status).toBe(404);
    const search = await fhirGet<Bundle>(world.stranger, `/fhir/R4/Goal?patient=${personId}`);
    expect(search.body.total).toBe(0);
  });
});
