import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SipDetail } from '../../src/shared/api/responses.js';
import { stockholmDate } from '../../src/domain/time/stockholm.js';
import type { Problem } from '../../src/server/problem.js';
import {
  completePlan,
  consentFor,
  createProcessWorld,
  meetingFor,
  newSipBody,
  type ProcessWorld,
} from '../support/processFixture.js';
import { fingerprintCaseData } from '../support/snapshot.js';
import { testDatabaseKinds } from '../support/testDatabase.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3600_000).toISOString();

/**
 * Efterregistrering: a meeting held without Samplan is entered afterwards with its real times and who was there,
 * marked as such, under the same rules as a meeting called in Samplan.
 */
describe.each(testDatabaseKinds())('a meeting entered afterwards on %s', (kind) => {
  let server: TestServer;
  let world: ProcessWorld;
  beforeAll(async () => {
    server = await startTestServer(kind);
    world = await createProcessWorld(server.database.db, () => server.client());
  });
  afterAll(() => server.close());

  async function sipWithConsent(relativesMayTakePart = true) {
    const created = await world.convener.post<SipDetail>('/api/sips', newSipBody());
    const path = `/api/sips/${created.body.id}`;
    await world.convener.post(`${path}/consent`, { ...consentFor(world), relativesMayTakePart });
    return { id: created.body.id, path };
  }

  const held = (overrides: Record<string, unknown> = {}) => ({
    startsAt: hoursAgo(50),
    endsAt: hoursAgo(49),
    form: 'in_person',
    place: 'Vårdcentralen, på papper',
    individualPresent: true,
    relativesPresent: false,
    note: 'Samplan låg nere; förd på blankett.',
    attendance: [
      { unitId: world.region.units.vc, attendance: 'present' },
      { unitId: world.school.units.school, attendance: 'absent_with_notice' },
    ],
    ...overrides,
  });

  it('holds the meeting with its real times and who was there, marked as entered afterwards', async () => {
    const { id, path } = await sipWithConsent();
    const body = held();
    const entered = await world.convener.post<SipDetail>(`${path}/meetings/held`, body);
    expect(entered.status).toBe(200);
    expect(entered.body.phase).toBe('meeting_held');
    expect(entered.body.meeting).toMatchObject({
      status: 'held',
      enteredAfterwards: true,
      startsAt: body.startsAt,
      individualPresent: true,
    });
    expect(
      entered.body.invitations.map((invitation) => [
        invitation.unitId,
        invitation.status,
        invitation.attendance,
      ]),
    ).toEqual([
      [world.region.units.vc, 'accepted', 'present'],
      [world.school.units.school, 'declined', 'absent_with_notice'],
    ]);
    expect(entered.body.events.map((event) => event.type)).toContain('enterHeldMeeting');
    expect(entered.body.events.map((event) => event.type)).not.toContain('invite');
    // The unit that came takes part, and sees the case; nobody was told of a meeting already past.
    expect((await world.primaryCare.get(path)).status).toBe(200);
    const notices = await server.database.db
      .selectFrom('notices')
      .select('kind')
      .where('meetingId', '=', entered.body.meeting!.id)
      .execute();
    expect(notices).toEqual([]);
    // Statistics count the meeting on its own day, and no invitation to time.
    const { rows } = await sql<{ invitationOn: string | null; meetingOn: string | null }>`
      SELECT invitation_on::text, meeting_on::text FROM statistics_sip_facts WHERE sip_id = ${id}`.execute(
      server.database.db,
    );
    const facts = rows[0];
    expect(facts).toEqual({ invitationOn: null, meetingOn: stockholmDate(new Date(body.startsAt)) });
    // Both principals took part: the plan can be established.
    await world.convener.put(`${path}/plan`, { baseRevision: 0, content: completePlan(world) });
    const established = await world.convener.post<SipDetail>(`${path}/plan/establish`, { baseRevision: 1 });
    expect(established.status).toBe(200);
  });

  it('raises a deviation for an obliged unit absent without notice', async () => {
    const { id, path } = await sipWithConsent();
    const entered = await world.convener.post(
      `${path}/meetings/held`,
      held({ attendance: [{ unitId: world.region.units.vc, attendance: 'absent_without_notice' }] }),
    );
    expect(entered.status).toBe(200);
    const deviations = await server.database.db
      .selectFrom('deviations')
      .select(['kind', 'unitId'])
      .where('sipId', '=', id)
      .execute();
    expect(deviations).toEqual([{ kind: 'absent_without_notice', unitId: world.region.units.vc }]);
  });

  it('refuses a meeting not yet over, a unit outside the consent, the organiser itself, relatives without consent, and a SIP with a meeting booked', async () => {
    const { path } = await sipWithConsent(false);
    const refused = async (body: unknown, status: number, code: string) => {
      const before = await fingerprintCaseData(server.database.db);
      const answer = await world.convener.post<Problem>(`${path}/meetings/held`, body);
      expect({ status: answer.status, code: answer.body.code }).toEqual({ status, code });
      expect(answer.body.status).toBe(status);
      expect(await fingerprintCaseData(server.database.db)).toBe(before);
    };
    await refused(held({ endsAt: hoursAgo(-1) }), 422, 'meeting_not_over');
    await refused(held({ endsAt: hoursAgo(51) }), 422, 'meeting_ends_before_start');
    await refused(
      held({ attendance: [{ unitId: world.strangerOrg.units.ifo, attendance: 'present' }] }),
      422,
      'unit_outside_consent',
    );
    await refused(
      held({ attendance: [{ unitId: world.municipality.units.ifo, attendance: 'present' }] }),
      422,
      'cannot_invite_convener',
    );
    await refused(held({ relativesPresent: true }), 422, 'relatives_not_consented');
    await refused(
      held({
        attendance: [
          { unitId: world.region.units.vc, attendance: 'present' },
          { unitId: world.region.units.vc, attendance: 'absent_with_notice' },
        ],
      }),
      422,
      'attendance_twice',
    );
    await world.convener.post(`${path}/meetings`, meetingFor(world));
    await refused(held(), 409, 'illegal_transition');
    // Another unit taking part is no organiser of meetings.
    expect((await world.primaryCare.post(`${path}/meetings/held`, held())).status).toBe(403);
  });
});
