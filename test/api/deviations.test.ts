import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { raiseDeviation } from '../../src/server/deviations/raise.js';
import type { Problem } from '../../src/server/problem.js';
import type { DeviationDetail, DeviationListResponse } from '../../src/shared/api/deviations.js';
import type { SipDetail } from '../../src/shared/api/responses.js';
import type { ApiClient } from '../support/apiClient.js';
import { createOrganisation, signedInUser, type TestOrganisation } from '../support/factories.js';
import {
  consentFor,
  createProcessWorld,
  meetingFor,
  newSipBody,
  type ProcessWorld,
  theMeetingBegins,
} from '../support/processFixture.js';
import { testDatabaseKinds } from '../support/testDatabase.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

describe.each(testDatabaseKinds())('deviations on %s', (kind) => {
  let server: TestServer;
  let world: ProcessWorld;
  let vcManager: ApiClient;
  let schoolManager: ApiClient;
  let interfaceGroup: ApiClient;
  let countyGroup: ApiClient;
  let admin: ApiClient;
  let groups: TestOrganisation;
  let vcManagerId = '';

  const signInAs = (unitId: string, role: 'staff' | 'unit_manager' | 'system_admin') =>
    signedInUser(server.database.db, server.client(), [unitId], role);
  const signIn = async (unitId: string, role: 'staff' | 'unit_manager' | 'system_admin') =>
    (await signInAs(unitId, role)).client;

  /** A SIP whose meeting was held with primary care (obliged) absent without notice and the school present. */
  async function sipWithAbsence(): Promise<{ sipId: string; meetingId: string }> {
    const created = await world.convener.post<SipDetail>('/api/sips', newSipBody());
    const path = `/api/sips/${created.body.id}`;
    await world.convener.post(`${path}/consent`, consentFor(world));
    const invited = await world.convener.post<SipDetail>(`${path}/meetings`, meetingFor(world));
    const invitations = invited.body.invitations;
    const school = invitations.find((i) => i.unitId === world.school.units.school)!;
    await world.schoolStaff.post(`/api/invitations/${school.id}/accept`, { attendees: 'Kurator' });
    await theMeetingBegins(world, created.body.id);
    const held = await world.convener.post(`${path}/attendance`, {
      individualPresent: true,
      relativesPresent: false,
      attendance: invitations.map((i) => ({
        invitationId: i.id,
        attendance: i.unitId === world.region.units.vc ? 'absent_without_notice' : 'present',
      })),
    });
    expect(held.status).toBe(200);
    return { sipId: created.body.id, meetingId: invited.body.meeting!.id };
  }

  async function deviationsOf(client: ApiClient, filter: string, sipId: string) {
    const list = await client.get<DeviationListResponse>(`/api/deviations?filter=${filter}`);
    expect(list.status).toBe(200);
    return list.body.deviations.filter((d) => d.sipId === sipId);
  }

  beforeAll(async () => {
    server = await startTestServer(kind);
    const db = server.database.db;
    world = await createProcessWorld(db, () => server.client());
    groups = await createOrganisation(db, 'other', ['interface', 'county']);
    ({
      client: vcManager,
      user: { id: vcManagerId },
    } = await signInAs(world.region.units.vc!, 'unit_manager'));
    schoolManager = await signIn(world.school.units.school!, 'unit_manager');
    interfaceGroup = await signIn(groups.units.interface!, 'staff');
    countyGroup = await signIn(groups.units.county!, 'staff');
    admin = await signIn(world.region.units.psyk!, 'system_admin');
    const settings = await admin.get<Record<string, unknown>>('/api/settings');
    const path = await admin.put('/api/settings', {
      ...pickDays(settings.body),
      escalationPath: [
        { nameSv: 'Gränssnittsgruppen', nameEn: 'Interface group', unitId: groups.units.interface },
        {
          nameSv: 'Länets samverkansgrupp',
          nameEn: 'County collaboration group',
          unitId: groups.units.county,
        },
      ],
    });
    expect(path.status).toBe(200);
  });
  afterAll(() => server.close());

  it('raises a deviation when an obliged party is absent without notice, routed to its manager', async () => {
    const { sipId, meetingId } = await sipWithAbsence();
    const [mine] = await deviationsOf(vcManager, 'mine', sipId);
    expect(mine).toMatchObject({
      kind: 'absent_without_notice',
      status: 'open',
      automatic: true,
      unit: { id: world.region.units.vc },
      routedUnit: { id: world.region.units.vc },
      escalationLevel: 0,
      allowedActions: ['handle', 'escalate'],
    });
    expect(mine!.caseNumber).toMatch(/^SIP-/);
    // A list never names the individual.
    expect(JSON.stringify(mine)).not.toMatch(/Tove|19121212/);

    // Staff of the unit see it, but it waits for the manager, not for them.
    expect(await deviationsOf(world.primaryCare, 'mine', sipId)).toEqual([]);
    const [seen] = await deviationsOf(world.primaryCare, 'all', sipId);
    expect(seen!.allowedActions).toEqual([]);
    // The school was present: nothing about it, and nothing to see for it.
    expect(await deviationsOf(schoolManager, 'all', sipId)).toEqual([]);

    // The same occurrence raised again (a retried job, a second sweep) changes nothing.
    const again = await raiseDeviation(server.database.db, {
      kind: 'absent_without_notice',
      sipId,
      unitId: world.region.units.vc!,
      dedupeKey: `absent_without_notice:${meetingId}:${world.region.units.vc}`,
    });
    expect(again).toBeNull();
    expect(await deviationsOf(vcManager, 'all', sipId)).toHaveLength(1);

    // The unit and its manager are told, once, in the same transaction.
    const notices = await server.database.db
      .selectFrom('notices')
      .select(['kind', 'unitId', 'userIds'])
      .where('deviationId', '=', mine!.id)
      .execute();
    expect(notices).toEqual([
      { kind: 'deviation_assigned', unitId: world.region.units.vc, userIds: [vcManagerId] },
    ]);

    const detail = await vcManager.get<DeviationDetail>(`/api/deviations/${mine!.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.reportedBy).toBeNull();
    expect(detail.body.nextLevelName).toBe('Gränssnittsgruppen');
    expect(detail.body.history).toMatchObject([{ fromStatus: null, toStatus: 'open', actorName: null }]);
    const logged = await server.database.db
      .selectFrom('accessLog')
      .select('action')
      .where('sipId', '=', sipId)
      .where('action', '=', 'read_deviation')
      .execute();
    expect(logged).toHaveLength(1);
  });

  it('hides deviations from unrelated units: 404, and nothing in their lists', async () => {
    const { sipId } = await sipWithAbsence();
    const [deviation] = await deviationsOf(vcManager, 'mine', sipId);
    const path = `/api/deviations/${deviation!.id}`;
    const strangerManager = await signIn(world.strangerOrg.units.ifo!, 'unit_manager');
    for (const client of [world.stranger, strangerManager, admin]) {
      expect(await deviationsOf(client, 'all', sipId)).toEqual([]);
      expect((await client.get(path)).status).toBe(404);
      const refused = await client.post<Problem>(`${path}/handle`, { note: '' });
      expect(refused.status).toBe(404);
      expect(refused.body.messages.sv).toMatch(/Avvikelsen finns inte/);
    }
    expect((await world.stranger.post(`/api/sips/${sipId}/deviations`, manual(world))).status).toBe(404);
    const after = await vcManager.get<DeviationDetail>(path);
    expect(after.body.status).toBe('open');
  });

  it('escalates along the configured path, and is handled and closed with a resolution', async () => {
    const { sipId } = await sipWithAbsence();
    const [deviation] = await deviationsOf(vcManager, 'mine', sipId);
    const path = `/api/deviations/${deviation!.id}`;

    // Staff of the unit cannot act; an escalation needs a note.
    const staff = await world.primaryCare.post<Problem>(`${path}/escalate`, { note: 'Försök' });
    expect(staff.status).toBe(403);
    expect(staff.body.code).toBe('not_deviation_handler');
    const noNote = await vcManager.post<Problem>(`${path}/escalate`, { note: '  ' });
    expect(noNote.status).toBe(400);
    expect(noNote.body.errors?.map((e) => e.field)).toEqual(['body.note']);

    const first = await vcManager.post<DeviationDetail>(`${path}/escalate`, {
      note: 'Vi når inte enheten; behöver stöd från gränssnittsgruppen.',
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      status: 'escalated',
      escalationLevel: 1,
      levelName: 'Gränssnittsgruppen',
      allowedActions: [],
    });
    // The manager keeps sight of it, but it is now the group's to act on.
    expect((await vcManager.post(`${path}/handle`, { note: '' })).status).toBe(403);
    const [waiting] = await deviationsOf(interfaceGroup, 'mine', sipId);
    expect(waiting!.allowedActions).toEqual(['handle', 'escalate', 'close']);
    expect(await deviationsOf(interfaceGroup, 'escalated', sipId)).toHaveLength(1);

    const second = await interfaceGroup.post<DeviationDetail>(`${path}/escalate`, {
      note: 'Gäller ansvarsfördelningen mellan huvudmännen.',
    });
    expect(second.body).toMatchObject({ escalationLevel: 2, routedUnit: { id: groups.units.county } });
    const told = await server.database.db
      .selectFrom('notices')
      .select('unitId')
      .where('deviationId', '=', deviation!.id)
      .orderBy('createdAt')
      .execute();
    expect(told.map((notice) => notice.unitId)).toEqual([
      world.region.units.vc,
      groups.units.interface,
      groups.units.county,
    ]);
    expect(second.body.nextLevelName).toBeNull();
    const end = await countyGroup.post<Problem>(`${path}/escalate`, { note: 'Vidare?' });
    expect(end.status).toBe(409);
    expect(end.body.code).toBe('no_next_escalation_level');
    expect(end.body.messages.en).toMatch(/no higher level/);

    const handled = await countyGroup.post<DeviationDetail>(`${path}/handle`, {
      note: 'Överenskommelse träffad om vem som kallar.',
    });
    expect(handled.body.status).toBe('handled');
    expect((await countyGroup.post(`${path}/close`, {})).status).toBe(400);
    const closed = await countyGroup.post<DeviationDetail>(`${path}/close`, {
      resolution: 'Rutinen förtydligad i länets överenskommelse.',
    });
    expect(closed.body).toMatchObject({
      status: 'closed',
      resolution: 'Rutinen förtydligad i länets överenskommelse.',
      allowedActions: [],
    });
    expect(closed.body.closedAt).not.toBeNull();
    expect(closed.body.history.map((h) => [h.fromStatus, h.toStatus, h.escalationLevel])).toEqual([
      [null, 'open', 0],
      ['open', 'escalated', 1],
      ['escalated', 'escalated', 2],
      ['escalated', 'handled', 2],
      ['handled', 'closed', 2],
    ]);
    const again = await countyGroup.post<Problem>(`${path}/close`, { resolution: 'Igen' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('deviation_status_conflict');
    expect(again.body.status).toBe(409);
    expect(again.body['deviationStatus']).toBe('closed');
    expect(again.body.messages.sv).toMatch(/avslutad/);
    expect((await countyGroup.post(`${path}/handle`, { note: '' })).status).toBe(409);
  });

  it('closes only what was handled or escalated, and says so in both languages', async () => {
    const { sipId } = await sipWithAbsence();
    const [deviation] = await deviationsOf(vcManager, 'mine', sipId);
    const path = `/api/deviations/${deviation!.id}`;
    const refused = await vcManager.post<Problem>(`${path}/close`, { resolution: 'Klart' });
    expect(refused.status).toBe(409);
    expect(refused.body.messages.sv).toMatch(/hanterad eller eskalera/);
    expect(refused.body.messages.en).toMatch(/handled or escalate/);
    expect((await vcManager.get<DeviationDetail>(path)).body.status).toBe('open');
    await vcManager.post(`${path}/handle`, { note: 'Pratat med personalen.' });
    const closed = await vcManager.post<DeviationDetail>(`${path}/close`, {
      resolution: 'Påminnelse om närvaroplikt.',
    });
    expect(closed.body.status).toBe('closed');
    expect(await deviationsOf(vcManager, 'mine', sipId)).toEqual([]);
  });

  it('lets a unit taking part report a disagreement, routed to the concerned unit’s manager', async () => {
    const { sipId } = await sipWithAbsence();
    const path = `/api/sips/${sipId}/deviations`;

    const notInSip = await world.schoolStaff.post<Problem>(path, {
      ...manual(world),
      unitId: world.municipality.units.home,
    });
    expect(notInSip.status).toBe(422);
    expect(notInSip.body.errors?.map((e) => e.field)).toEqual(['body.unitId']);
    const badKind = await world.schoolStaff.post<Problem>(path, { ...manual(world), kind: 'late_coffee' });
    expect(badKind.status).toBe(400);
    expect(badKind.body.errors?.map((e) => e.field)).toEqual(['body.kind']);
    expect((await world.schoolStaff.post(path, { ...manual(world), description: '' })).status).toBe(400);

    const reported = await world.schoolStaff.post<DeviationDetail>(path, manual(world));
    expect(reported.status).toBe(201);
    expect(reported.body).toMatchObject({
      kind: 'disagreement_on_responsibility',
      status: 'open',
      automatic: false,
      unit: { id: world.municipality.units.ifo },
      routedUnit: { id: world.municipality.units.ifo },
      description: manual(world).description,
      allowedActions: [],
    });
    expect(reported.body.reportedBy?.name).toMatch(/Test User/);

    // The concerned unit's manager finds it waiting; the reporting unit follows it.
    const convenerManager = await signIn(world.municipality.units.ifo!, 'unit_manager');
    const [waiting] = await deviationsOf(convenerManager, 'mine', sipId);
    expect(waiting).toMatchObject({ id: reported.body.id, allowedActions: ['handle', 'escalate'] });
    expect(await deviationsOf(world.schoolStaff, 'all', sipId)).toHaveLength(1);
    const handled = await convenerManager.post<DeviationDetail>(
      `/api/deviations/${reported.body.id}/handle`,
      {
        note: 'Vi kallar till ett nytt möte om ansvaret.',
      },
    );
    expect(handled.body.status).toBe('handled');
    const written = await server.database.db
      .selectFrom('accessLog')
      .select('action')
      .where('sipId', '=', sipId)
      .where('action', 'in', ['write:reportDeviation', 'write:handleDeviation'])
      .execute();
    expect(written.map((row) => row.action).sort()).toEqual([
      'write:handleDeviation',
      'write:reportDeviation',
    ]);
  });

  it('never answers arbitrary input with a 5xx', async () => {
    const { sipId } = await sipWithAbsence();
    const [deviation] = await deviationsOf(vcManager, 'mine', sipId);
    for (const [method, url, body] of [
      ['GET', '/api/deviations?filter=everything', undefined],
      ['GET', '/api/deviations/not-a-uuid', undefined],
      ['POST', `/api/deviations/${deviation!.id}/handle`, { note: 5 }],
      ['POST', `/api/deviations/${deviation!.id}/escalate`, { note: 'x'.repeat(5000) }],
      ['POST', `/api/deviations/${deviation!.id}/close`, { resolution: 'ok', extra: true }],
      ['POST', `/api/sips/${sipId}/deviations`, { kind: 'other' }],
    ] as const) {
      const response = await vcManager.request<Problem>(method, url, body);
      expect(response.status, `${method} ${url}`).toBe(400);
      expect(response.body.messages.sv.length).toBeGreaterThan(0);
    }
    expect((await vcManager.get<DeviationDetail>(`/api/deviations/${deviation!.id}`)).body.status).toBe(
      'open',
    );
  });
});

function manual(world: ProcessWorld) {
  return {
    kind: 'disagreement_on_responsibility',
    unitId: world.municipality.units.ifo,
    description: 'Oklart vem som ansvarar för att samordna hemsjukvården.',
  };
}

function pickDays(settings: Record<string, unknown>) {
  const { dischargeInvitationDays, invitationReminderDays, followUpReminderDays, consentExpiryReminderDays } =
    settings;
  return { dischargeInvitationDays, invitationReminderDays, followUpReminderDays, consentExpiryReminderDays };
}
