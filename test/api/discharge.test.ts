import { sql } from 'kysely';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers, sweeps } from '../../src/server/jobs/registry.js';
import { createJobRunner } from '../../src/server/jobs/runner.js';
import type { Problem } from '../../src/server/problem.js';
import type { DeviationDetail, DeviationListResponse } from '../../src/shared/api/deviations.js';
import type { DischargeDetail, DischargeList } from '../../src/shared/api/discharge.js';
import type { SipDetail } from '../../src/shared/api/responses.js';
import type { ApiClient } from '../support/apiClient.js';
import { createOrganisation, createUser, signedInUser, type TestOrganisation } from '../support/factories.js';
import { isoDay, isoTime } from '../support/processFixture.js';
import { testDatabaseKinds } from '../support/testDatabase.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3600_000).toISOString();

describe.each(testDatabaseKinds())('discharge from inpatient care (lag 2017:612) on %s', (kind) => {
  let server: TestServer;
  let region: TestOrganisation;
  let municipality: TestOrganisation;
  let ward: ApiClient;
  let primaryCare: ApiClient;
  let municipalityStaff: ApiClient;
  let psychiatry: ApiClient;
  let stranger: ApiClient;
  let coordinator: ApiClient;
  let primaryCareManager: ApiClient;
  let primaryCareManagerId: string;
  let careContactId: string;

  beforeAll(async () => {
    server = await startTestServer(kind);
    const db = server.database.db;
    region = await createOrganisation(db, 'region', ['hospital_ward', 'primary_care', 'psyk']);
    municipality = await createOrganisation(db, 'municipality', ['home']);
    const strangerOrg = await createOrganisation(db, 'municipality', ['home']);
    const signInAs = (unitId: string, role: 'staff' | 'unit_manager' | 'county_coordinator' = 'staff') =>
      signedInUser(db, server.client(), [unitId], role);
    const signIn = async (unitId: string, role?: 'staff' | 'county_coordinator') =>
      (await signInAs(unitId, role)).client;
    ward = await signIn(region.units.hospital_ward!);
    primaryCare = await signIn(region.units.primary_care!);
    careContactId = (await createUser(db, [region.units.primary_care!])).id;
    municipalityStaff = await signIn(municipality.units.home!);
    psychiatry = await signIn(region.units.psyk!);
    stranger = await signIn(strangerOrg.units.home!);
    coordinator = await signIn(region.units.hospital_ward!, 'county_coordinator');
    ({
      client: primaryCareManager,
      user: { id: primaryCareManagerId },
    } = await signInAs(region.units.primary_care!, 'unit_manager'));
  });
  afterAll(() => server.close());

  const admission = (idNumber: string, admittedAt = hoursAgo(48)) => ({
    person: { idNumber, givenName: 'Greta', familyName: 'Utskrivningsson' },
    admittedAt,
    expectsMunicipalityEfforts: true,
    expectsPrimaryCareEfforts: true,
    municipalityUnitId: municipality.units.home,
    primaryCareUnitId: region.units.primary_care,
    estimatedDischargeOn: isoDay(3),
  });

  /** The scheduler's loop, run round by round here rather than on its timer. */
  const sweepRunner = () =>
    createJobRunner({
      db: server.database.db,
      handlers: jobHandlers,
      sweeps,
      intervalMs: 10,
      logger: pino({ level: 'silent' }),
    });

  /** The "invitation late" deviations a process has raised, under the key that keeps them to one. */
  const lateDeviations = (processId: string) =>
    server.database.db
      .selectFrom('deviations')
      .select(['kind', 'sipId', 'routedUnitId'])
      .where('dedupeKey', '=', `invitation_late:discharge:${processId}`)
      .execute();

  /** Primary care, convening the process's SIP, records the individual's consent to share with home care. */
  const consentForHomeCare = (sipPath: string) =>
    primaryCare.post(`${sipPath}/consent`, {
      decision: 'given',
      method: 'oral',
      givenByName: 'Greta Utskrivningsson',
      givenByRelation: 'individual',
      givenOn: isoDay(0),
      validUntil: isoDay(365),
      scopeUnitIds: [municipality.units.home],
      relativesMayTakePart: false,
    });

  /** Primary care, convening the process's SIP, records consent for home care and invites it to a meeting. */
  const inviteHomeCare = async (sipId: string | null) => {
    const sipPath = `/api/sips/${sipId}`;
    await consentForHomeCare(sipPath);
    return primaryCare.post(`${sipPath}/meetings`, {
      startsAt: isoTime(2, 9),
      endsAt: isoTime(2, 10),
      form: 'phone',
      place: '',
      unitIds: [municipality.units.home],
    });
  };

  const processCount = async () =>
    Number(
      (
        await server.database.db
          .selectFrom('dischargeProcesses')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('carries a discharge from admission notice to a SIP invitation within the deadline', async () => {
    const created = await ward.post<DischargeDetail>('/api/discharges', admission('19420315-2386'));
    expect(created.status).toBe(201);
    const process = created.body;
    expect(process.status).toBe('admitted');
    expect(process.myParts).toEqual(['inpatient']);
    expect(process.allowedActions).toEqual(['setEstimatedDischarge', 'declareReady', 'interrupt']);
    expect(process.deadline).toBeNull();
    const path = `/api/discharges/${process.id}`;

    // The receiving units see it; nobody else learns it exists.
    expect((await municipalityStaff.get<DischargeDetail>(path)).body.myParts).toEqual(['municipality']);
    expect((await primaryCare.get<DischargeDetail>(path)).body.allowedActions).toEqual([
      'assignCareContact',
      'interrupt',
    ]);
    for (const outsider of [stranger, psychiatry, coordinator]) {
      expect((await outsider.get(path)).status).toBe(404);
      expect((await outsider.get<DischargeList>('/api/discharges')).body.processes).toEqual([]);
      expect((await outsider.post(`${path}/ready`, { readyAt: hoursAgo(1) })).status).toBe(404);
    }

    const moved = await ward.put<DischargeDetail>(`${path}/estimated-discharge`, {
      estimatedDischargeOn: isoDay(2),
    });
    expect(moved.body.estimatedDischargeOn).toBe(isoDay(2));

    // Only the ward declares ready, and not before the admission nor ahead of time.
    expect((await municipalityStaff.post(`${path}/ready`, { readyAt: hoursAgo(1) })).status).toBe(403);
    const early = await ward.post<Problem>(`${path}/ready`, { readyAt: hoursAgo(72) });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('ready_before_admission');
    expect(early.body.messages.sv).toContain('före inskrivningen');
    const ahead = await ward.post<Problem>(`${path}/ready`, { readyAt: isoTime(2, 10) });
    expect(ahead.status).toBe(422);
    expect(ahead.body.errors?.[0]?.field).toBe('body.readyAt');

    const readyAt = hoursAgo(1);
    const ready = await ward.post<DischargeDetail>(`${path}/ready`, { readyAt });
    expect(ready.status).toBe(200);
    expect(ready.body.status).toBe('ready');
    expect(ready.body.deadline).toMatchObject({ standing: 'due', days: 3 });
    // Primary care, whose named care contact invites, is told that the deadline runs.
    const notices = await server.database.db
      .selectFrom('notices')
      .select(['kind', 'unitId', 'sipId'])
      .where('dedupeKey', '=', `discharge_invitation_due:${process.id}`)
      .execute();
    expect(notices).toEqual([
      { kind: 'discharge_invitation_due', unitId: region.units.primary_care, sipId: null },
    ]);
    const twice = await ward.post<Problem>(`${path}/ready`, { readyAt });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('discharge_step_not_allowed');
    expect(twice.body.messages.en).toContain('ready for discharge');

    // Primary care names its own care contact, who then starts the SIP.
    const noContact = await primaryCare.post<Problem>(`${path}/sip`, { description: 'Behöver hemtjänst.' });
    expect(noContact.status).toBe(409);
    expect(noContact.body.code).toBe('no_care_contact');
    const foreign = await primaryCare.post<Problem>(`${path}/care-contact`, {
      userId: (await createUser(server.database.db, [region.units.psyk!])).id,
    });
    expect(foreign.status).toBe(422);
    expect(foreign.body.errors?.[0]?.field).toBe('body.userId');
    const named = await primaryCare.post<DischargeDetail>(`${path}/care-contact`, { userId: careContactId });
    expect(named.body.careContact?.userId).toBe(careContactId);
    expect(named.body.careContactCandidates.map((c) => c.userId)).toContain(careContactId);

    const started = await primaryCare.post<DischargeDetail>(`${path}/sip`, {
      description: 'Behöver hemtjänst och uppföljning i primärvården efter utskrivning.',
    });
    expect(started.status).toBe(200);
    expect(started.body.status).toBe('sip_started');
    const sipPath = `/api/sips/${started.body.sipId}`;
    const sip = (await primaryCare.get<SipDetail>(sipPath)).body;
    expect(sip.need.targetGroup).toBe('discharge');
    expect(sip.need.initiatorUnitId).toBe(region.units.hospital_ward);
    expect(sip.myParts).toEqual(['convener']);
    expect(sip.person.idNumber).toBe('19420315-2386');

    // The invitation is sent in the SIP as any other; its time comes back to the process.
    expect(
      (
        await primaryCare.post(`${sipPath}/consent`, {
          decision: 'given',
          method: 'oral',
          givenByName: 'Greta Utskrivningsson',
          givenByRelation: 'individual',
          givenOn: isoDay(0),
          validUntil: isoDay(365),
          scopeUnitIds: [municipality.units.home, region.units.hospital_ward],
          relativesMayTakePart: true,
        })
      ).status,
    ).toBe(200);
    const invited = await primaryCare.post(`${sipPath}/meetings`, {
      startsAt: isoTime(2, 9),
      endsAt: isoTime(2, 10),
      form: 'in_person',
      place: 'Avdelning 3',
      unitIds: [municipality.units.home, region.units.hospital_ward],
    });
    expect(invited.status).toBe(200);
    const after = (await ward.get<DischargeDetail>(path)).body;
    expect(after.status).toBe('invited');
    expect(after.deadline?.standing).toBe('invited_in_time');
    expect(after.allowedActions).toEqual([]);
    expect(after.events.map((e) => e.type)).toEqual([
      'admissionNotice',
      'estimatedDischarge',
      'readyForDischarge',
      'careContactAssigned',
      'sipStarted',
      'invitationSent',
    ]);
    const interruptedLate = await ward.post<Problem>(`${path}/interrupt`, { reason: 'transfer' });
    expect(interruptedLate.status).toBe(409);

    // The times counties count are kept: admission, notice, ready, invitation.
    const stored = await server.database.db
      .selectFrom('dischargeProcesses')
      .selectAll()
      .where('id', '=', process.id)
      .executeTakeFirstOrThrow();
    expect(stored.readyAt?.toISOString()).toBe(readyAt);
    expect(stored.invitedAt!.getTime()).toBeGreaterThan(stored.readyAt!.getTime());
    expect(stored.admissionNoticeAt.getTime()).toBeGreaterThanOrEqual(stored.admittedAt.getTime());
    expect(stored.invitationLateFrom!.getTime()).toBeGreaterThan(stored.invitedAt!.getTime());

    // Every read and write of the person's data is in the access log, with the person but no name or number.
    const logged = await server.database.db
      .selectFrom('accessLog')
      .select(['action', 'personId'])
      .where('personId', '=', stored.personId)
      .execute();
    const actions = logged.map((entry) => entry.action);
    for (const action of [
      'create_discharge',
      'read_discharge',
      'write:discharge:declareReady',
      'write:discharge:startSip',
      'create_case',
    ])
      expect(actions).toContain(action);
  });

  it('refuses bad input with the field named in both languages, and changes nothing', async () => {
    const before = await processCount();
    const missing = await ward.post<Problem>('/api/discharges', { person: { idNumber: '19380722-4567' } });
    expect(missing.status).toBe(400);
    expect(missing.body.messages.sv.length).toBeGreaterThan(0);
    expect(missing.body.messages.en.length).toBeGreaterThan(0);
    const future = await ward.post<Problem>('/api/discharges', admission('19380722-4567', isoTime(3, 8)));
    expect(future.status).toBe(422);
    expect(future.body.errors?.[0]?.field).toBe('body.admittedAt');
    const noNeed = await ward.post<Problem>('/api/discharges', {
      ...admission('19380722-4567'),
      expectsMunicipalityEfforts: false,
      expectsPrimaryCareEfforts: false,
    });
    expect(noNeed.status).toBe(422);
    const wrongUnit = await ward.post<Problem>('/api/discharges', {
      ...admission('19380722-4567'),
      municipalityUnitId: region.units.psyk,
    });
    expect(wrongUnit.status).toBe(422);
    expect(wrongUnit.body.errors?.[0]?.field).toBe('body.municipalityUnitId');
    const badNumber = await ward.post<Problem>('/api/discharges', admission('19380722-4568'));
    expect(badNumber.status).toBe(422);
    expect(badNumber.body.errors?.[0]?.field).toBe('body.person.idNumber');
    const notWard = await primaryCare.post<Problem>('/api/discharges', admission('19380722-4567'));
    expect(notWard.status).toBe(403);
    expect(notWard.body.code).toBe('not_inpatient_unit');
    expect((await ward.get('/api/discharges/not-an-id')).status).toBe(400);
    expect(await processCount()).toBe(before);
  });

  it('lists "to invite by" per unit by deadline, the late ones marked, and stops at an interruption', async () => {
    const late = (
      await ward.post<DischargeDetail>('/api/discharges', admission('19501104-1125', hoursAgo(200)))
    ).body;
    // Recorded after the fact: ready five days ago, so the deadline has passed without an invitation.
    const lateReady = await ward.post<DischargeDetail>(`/api/discharges/${late.id}/ready`, {
      readyAt: hoursAgo(120),
    });
    expect(lateReady.body.deadline?.standing).toBe('overdue');
    const due = (await ward.post<DischargeDetail>('/api/discharges', admission('19380722-4567'))).body;
    await ward.post(`/api/discharges/${due.id}/ready`, { readyAt: hoursAgo(2) });

    for (const unit of [primaryCare, municipalityStaff, ward]) {
      const { processes: list, mayRegisterAdmission } = (await unit.get<DischargeList>('/api/discharges'))
        .body;
      expect(mayRegisterAdmission).toBe(unit === ward);
      const waiting = list.filter((item) => item.id === late.id || item.id === due.id);
      expect(waiting.map((item) => item.id)).toEqual([late.id, due.id]);
      expect(waiting.map((item) => item.deadline?.standing)).toEqual(['overdue', 'due']);
    }

    // The late one's SIP, started after the deadline, gets an "invitation late" deviation for primary care's
    // manager — once, however it is seen again.
    await primaryCare.post(`/api/discharges/${late.id}/care-contact`, { userId: careContactId });
    const lateSip = await primaryCare.post<DischargeDetail>(`/api/discharges/${late.id}/sip`, {
      description: 'Behöver hemtjänst efter utskrivning.',
    });
    expect(lateSip.body.deadline?.standing).toBe('overdue');
    const raised = [
      { kind: 'invitation_late', sipId: lateSip.body.sipId, routedUnitId: region.units.primary_care },
    ];
    expect(await lateDeviations(late.id)).toEqual(raised);
    expect((await inviteHomeCare(lateSip.body.sipId)).status).toBe(200);
    expect((await ward.get<DischargeDetail>(`/api/discharges/${late.id}`)).body.deadline?.standing).toBe(
      'invited_late',
    );
    expect(await lateDeviations(late.id)).toEqual(raised);

    const interrupted = await ward.post<DischargeDetail>(`/api/discharges/${due.id}/interrupt`, {
      reason: 'death',
      note: '',
    });
    expect(interrupted.body.status).toBe('interrupted');
    expect(interrupted.body.interruption?.reason).toBe('death');
    expect(interrupted.body.deadline).toBeNull();
    await primaryCare.post(`/api/discharges/${due.id}/care-contact`, { userId: careContactId });
    const afterwards = await primaryCare.post<Problem>(`/api/discharges/${due.id}/sip`, {
      description: 'För sent.',
    });
    expect(afterwards.status).toBe(409);
    expect(afterwards.body.messages.sv).toContain('avbruten');
    const badReason = await ward.post<Problem>(`/api/discharges/${late.id}/interrupt`, { reason: 'bored' });
    expect(badReason.status).toBe(400);
    expect(badReason.body.errors?.[0]?.field).toBe('body.reason');
  });

  it("the scheduler's sweep raises the deviation once when a started SIP's deadline passes without invitation", async () => {
    const created = (await ward.post<DischargeDetail>('/api/discharges', admission('19121212-1212'))).body;
    const path = `/api/discharges/${created.id}`;
    await ward.post(`${path}/ready`, { readyAt: hoursAgo(1) });
    await primaryCare.post(`${path}/care-contact`, { userId: careContactId });
    const started = (await primaryCare.post<DischargeDetail>(`${path}/sip`, { description: 'Hemtjänst.' }))
      .body;
    const runner = sweepRunner();
    await runner.runRound();
    expect(await lateDeviations(created.id)).toEqual([]);

    // The deadline passes (moved back rather than waited for).
    await sql`UPDATE discharge_processes SET invitation_late_from = now() - interval '1 minute' WHERE id = ${created.id}`.execute(
      server.database.db,
    );
    expect((await primaryCare.get<DischargeDetail>(path)).body.deadline?.standing).toBe('overdue');
    await runner.runRound();
    await runner.runRound();
    expect(await lateDeviations(created.id)).toEqual([
      { kind: 'invitation_late', sipId: started.sipId, routedUnitId: region.units.primary_care },
    ]);
    const reminded = await server.database.db
      .selectFrom('notices')
      .select('unitId')
      .where('kind', '=', 'discharge_invitation_due')
      .where('sipId', '=', started.sipId)
      .execute();
    expect(reminded).toEqual([{ unitId: region.units.primary_care }]);
  });

  it('takes a meeting held on paper and entered afterwards as the invitation, so no sweep or later booking calls it late', async () => {
    const created = (await ward.post<DischargeDetail>('/api/discharges', admission('19121212-1212'))).body;
    const path = `/api/discharges/${created.id}`;
    await ward.post(`${path}/ready`, { readyAt: hoursAgo(3) });
    await primaryCare.post(`${path}/care-contact`, { userId: careContactId });
    const started = (await primaryCare.post<DischargeDetail>(`${path}/sip`, { description: 'Hemtjänst.' }))
      .body;
    const sipPath = `/api/sips/${started.sipId}`;
    await consentForHomeCare(sipPath);
    // Samplan was down: the ward's paper invitation brought home care to a meeting two hours ago.
    const heldAt = hoursAgo(2);
    const entered = await primaryCare.post(`${sipPath}/meetings/held`, {
      startsAt: heldAt,
      endsAt: hoursAgo(1),
      form: 'in_person',
      place: 'Avdelningen',
      individualPresent: true,
      relativesPresent: false,
      attendance: [{ unitId: municipality.units.home, attendance: 'present' }],
    });
    expect(entered.status).toBe(200);
    const process = await server.database.db
      .selectFrom('dischargeProcesses')
      .select(['status', 'invitedAt'])
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(process).toEqual({ status: 'invited', invitedAt: new Date(heldAt) });

    // The deadline passes, and a follow-up meeting is booked: neither is an invitation late.
    await sql`UPDATE discharge_processes SET invitation_late_from = now() - interval '1 minute' WHERE id = ${created.id}`.execute(
      server.database.db,
    );
    await sweepRunner().runRound();
    const booked = await primaryCare.post(`${sipPath}/meetings`, {
      startsAt: isoTime(7, 9),
      endsAt: isoTime(7, 10),
      form: 'phone',
      place: '',
      unitIds: [municipality.units.home],
    });
    expect(booked.status).toBe(200);
    expect(await lateDeviations(created.id)).toEqual([]);
    expect((await primaryCare.get<DischargeDetail>(path)).body.deadline?.standing).toBe('invited_in_time');
  });

  it("the sweep raises the deviation once for a ready process past its deadline with no SIP started, for primary care's manager", async () => {
    const db = server.database.db;
    const admitted = await ward.post<DischargeDetail>(
      '/api/discharges',
      admission('19391231-2380', hoursAgo(200)),
    );
    expect(admitted.status).toBe(201);
    const created = admitted.body;
    const path = `/api/discharges/${created.id}`;
    // Ready five days ago and nothing since: no care contact named, no SIP — the commonest late case.
    await ward.post(`${path}/ready`, { readyAt: hoursAgo(120) });
    const runner = sweepRunner();
    const deviations = () =>
      db
        .selectFrom('deviations')
        .select(['id', 'kind', 'sipId', 'dischargeProcessId', 'unitId', 'routedUnitId'])
        .where((eb) =>
          eb.or([
            eb('dedupeKey', '=', `invitation_late:discharge:${created.id}`),
            eb('dischargeProcessId', '=', created.id),
          ]),
        )
        .execute();
    await runner.runRound();
    await runner.runRound();
    const raised = await deviations();
    expect(raised.map(({ id: _id, ...deviation }) => deviation)).toEqual([
      {
        kind: 'invitation_late',
        sipId: null,
        dischargeProcessId: created.id,
        unitId: region.units.primary_care,
        routedUnitId: region.units.primary_care,
      },
    ]);
    const deviationId = raised[0]!.id;
    // Primary care is reminded, and its manager named in the deviation's notice, each once.
    const notices = await db
      .selectFrom('notices')
      .select(['kind', 'unitId', 'userIds', 'sipId'])
      .where((eb) =>
        eb.or([
          eb('dedupeKey', '=', `discharge_invitation_due:overdue:${created.id}:${region.units.primary_care}`),
          eb('deviationId', '=', deviationId),
        ]),
      )
      .orderBy('kind')
      .execute();
    expect(notices).toEqual([
      {
        kind: 'deviation_assigned',
        unitId: region.units.primary_care,
        userIds: [primaryCareManagerId],
        sipId: null,
      },
      { kind: 'discharge_invitation_due', unitId: region.units.primary_care, userIds: [], sipId: null },
    ]);

    // It waits for the manager, as the discharge process, never as the person.
    const mine = (await primaryCareManager.get<DeviationListResponse>('/api/deviations?filter=mine')).body;
    const listed = mine.deviations.find((d) => d.id === deviationId);
    expect(listed).toMatchObject({
      kind: 'invitation_late',
      status: 'open',
      automatic: true,
      sipId: null,
      caseNumber: null,
      dischargeProcessId: created.id,
      allowedActions: ['handle'],
    });
    const detail = await primaryCareManager.get<DeviationDetail>(`/api/deviations/${deviationId}`);
    expect(detail.status).toBe(200);
    expect(detail.body.dischargeProcessId).toBe(created.id);
    for (const shown of [JSON.stringify(mine), JSON.stringify(detail.body)])
      expect(shown).not.toMatch(/Greta|Utskrivningsson|19391231/);
    const read = await db
      .selectFrom('accessLog')
      .select(['sipId', 'personId'])
      .where('userId', '=', primaryCareManagerId)
      .where('action', '=', 'read_deviation')
      .execute();
    const { personId } = await db
      .selectFrom('dischargeProcesses')
      .select('personId')
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(read).toEqual([{ sipId: null, personId }]);

    // Units that do not know of it learn nothing, not even that it exists.
    for (const outsider of [stranger, psychiatry, coordinator]) {
      expect((await outsider.get(`/api/deviations/${deviationId}`)).status).toBe(404);
      expect((await outsider.post(`/api/deviations/${deviationId}/handle`, { note: '' })).status).toBe(404);
      const all = (await outsider.get<DeviationListResponse>('/api/deviations?filter=all')).body;
      expect(all.deviations?.find((d) => d.id === deviationId)).toBeUndefined();
    }
    const handled = await primaryCareManager.post<DeviationDetail>(`/api/deviations/${deviationId}/handle`, {
      note: 'Fast vårdkontakt utses i dag.',
    });
    expect(handled.status).toBe(200);
    expect(handled.body.status).toBe('handled');

    // The SIP started late, then the late invitation, then the sweep again: still the one deviation.
    await primaryCare.post(`${path}/care-contact`, { userId: careContactId });
    const started = await primaryCare.post<DischargeDetail>(`${path}/sip`, { description: 'Hemtjänst.' });
    expect(started.body.deadline?.standing).toBe('overdue');
    expect((await inviteHomeCare(started.body.sipId)).status).toBe(200);
    expect((await ward.get<DischargeDetail>(path)).body.deadline?.standing).toBe('invited_late');
    await runner.runRound();
    expect(await deviations()).toEqual(raised);
  });

  it('masks a protected identity in the lists and the process, as elsewhere', async () => {
    const created = await ward.post<DischargeDetail>('/api/discharges', {
      ...admission('19671231-2385'),
      person: {
        idNumber: '19671231-2385',
        givenName: 'Hemlig',
        familyName: 'Person',
        protectedIdentity: true,
      },
    });
    expect(created.status).toBe(201);
    expect(created.body.personName).toBe('Skyddad identitet');
    expect(created.body.person).toMatchObject({
      givenName: 'Skyddad identitet',
      familyName: '',
      protectedIdentity: true,
    });
    for (const unit of [ward, municipalityStaff, primaryCare]) {
      const { processes } = (await unit.get<DischargeList>('/api/discharges')).body;
      const listed = processes.find((item) => item.id === created.body.id);
      expect(listed?.personName).toBe('Skyddad identitet');
      expect(JSON.stringify(processes)).not.toContain('Hemlig');
    }
  });
});
