import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SipDetail } from '../../src/shared/api/responses.js';
import {
  completePlan,
  createProcessWorld,
  isoDay,
  isoTime,
  sipWithMeetingHeld,
  sipWithPlanEstablished,
  type ProcessWorld,
} from '../support/processFixture.js';
import { testDatabaseKinds } from '../support/testDatabase.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

/**
 * The routine: the coordinator leads the follow-up. Once the established plan names a coordinator at another unit
 * than the convener's, that unit calls the follow-up meeting, records its attendance and the follow-up, and changes
 * the plan — with nothing handed over, and the convener keeping its rights.
 */
describe.each(testDatabaseKinds())('the coordinator leads the follow-up on %s', (kind) => {
  let server: TestServer;
  let world: ProcessWorld;
  beforeAll(async () => {
    server = await startTestServer(kind);
    world = await createProcessWorld(server.database.db, () => server.client());
  });
  afterAll(() => server.close());

  it('calls the follow-up meeting, records the follow-up, and changes the plan', async () => {
    const plan = completePlan(world);
    const { path } = await sipWithPlanEstablished(world, '19850417-2381', {
      coordinator: { ...plan.coordinator, name: 'Anna Lind', unitId: world.region.units.vc! },
    });
    const coordinator = world.primaryCare;
    const before = await coordinator.get<SipDetail>(path);
    expect(before.body.allowedActions).toEqual(
      expect.arrayContaining(['invite', 'recordFollowUp', 'changePlan']),
    );

    // The meeting is the coordinator's: it invites the convener, not itself.
    const meeting = {
      startsAt: isoTime(14, 8),
      endsAt: isoTime(14, 9),
      form: 'video',
      place: 'Länk i kallelsen',
      message: 'Uppföljning av planen.',
    };
    const ownUnit = await coordinator.post<{ code: string }>(`${path}/meetings`, {
      ...meeting,
      unitIds: [world.region.units.vc],
    });
    expect({ status: ownUnit.status, code: ownUnit.body.code }).toEqual({
      status: 422,
      code: 'cannot_invite_convener',
    });
    const called = await coordinator.post<SipDetail>(`${path}/meetings`, {
      ...meeting,
      unitIds: [world.municipality.units.ifo],
    });
    expect(called.status).toBe(200);
    expect(called.body.invitations.map((invitation) => invitation.unitId)).toEqual([
      world.municipality.units.ifo,
    ]);
    expect(called.body.phase).toBe('plan_established');

    const followedUp = await coordinator.post<SipDetail>(`${path}/follow-ups`, {
      heldOn: isoDay(0),
      items: [
        { kind: 'goal', key: 'g1', outcome: 'partly', note: '' },
        { kind: 'effort', key: 'e1', outcome: 'achieved', note: '' },
        { kind: 'effort', key: 'e2', outcome: 'partly', note: '' },
      ],
      notes: 'Boendestödet fungerar, läkarbesöken glest.',
      problems: '',
      nextDate: isoDay(120),
    });
    expect(followedUp.status, JSON.stringify(followedUp.body)).toBe(200);
    const changed = await coordinator.put<SipDetail>(`${path}/plan`, {
      baseRevision: followedUp.body.plan!.revision,
      content: { ...followedUp.body.plan!.content, medication: 'Dosett varje vecka.' },
      reason: 'Läkemedel lades till vid uppföljningen.',
    });
    expect(changed.status).toBe(200);
    expect(changed.body.versions.map((version) => version.version)).toEqual([1, 2]);

    // The convener keeps its rights; another unit taking part does not lead anything.
    const convener = await world.convener.get<SipDetail>(path);
    expect(convener.body.allowedActions).toEqual(
      expect.arrayContaining(['invite', 'close', 'recordFollowUp']),
    );
    const school = await world.schoolStaff.post<{ code: string }>(`${path}/meeting/cancel`, {
      reason: 'Nej',
    });
    expect(school.status).toBe(403);
    // Nor can the coordinator close the case: that stays with the convener.
    expect((await coordinator.post(`${path}/close`, { reason: 'moved', note: '' })).status).toBe(403);
  });

  it('gives nothing more to a coordinator named only in a draft', async () => {
    const { path } = await sipWithMeetingHeld(world, '19121212-1212');
    const plan = completePlan(world);
    await world.convener.put(`${path}/plan`, {
      baseRevision: 0,
      content: { ...plan, coordinator: { ...plan.coordinator, unitId: world.region.units.vc! } },
    });
    // After the meeting a new one may be called; a draft's coordinator may not call it.
    expect((await world.convener.get<SipDetail>(path)).body.allowedActions).toContain('invite');
    expect((await world.primaryCare.get<SipDetail>(path)).body.allowedActions).not.toContain('invite');
  });
});
