import { parse as parseCsv } from 'csv-parse/sync';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAccess } from '../../src/server/audit/accessLog.js';
import type { AccessLogEntry, AccessLogResponse } from '../../src/shared/api/accessLog.js';
import type { SipDetail } from '../../src/shared/api/responses.js';
import { appendAt } from '../support/accessLogFixture.js';
import type { ApiClient } from '../support/apiClient.js';
import { createUser, signedInUser } from '../support/factories.js';
import {
  createProcessWorld,
  newSipBody,
  sipWithMeetingHeld,
  type ProcessWorld,
} from '../support/processFixture.js';
import { testDatabaseKinds } from '../support/testDatabase.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

/** The protected person: neither name nor number may reach a reviewer. */
const secret = { givenName: 'Hemlig', familyName: 'Hemligsson', idNumber: '19380624-9235' };
const strangerIdNumber = '19850417-2381';

describe.each(testDatabaseKinds())('access-log review on %s', (kind) => {
  let server: TestServer;
  let world: ProcessWorld;
  /** Manager of the convening unit (the municipality's individual and family care). */
  let ifoManager: ApiClient;
  /** Manager of the primary care unit, which takes part in SIP A but convenes nothing. */
  let vcManager: ApiClient;
  let municipalityAdmin: ApiClient;
  let systemAdmin: ApiClient;
  let coordinator: ApiClient;
  let sipA: string;
  let sipProtected: string;
  let sipStranger: string;
  let primaryCareUserId: string;
  let schoolUserId: string;
  let burstUserId: string;
  let protectedPersonId: string;
  let personA: string;

  const signIn = (unitId: string, role: Parameters<typeof createUser>[2]) =>
    signedInUser(server.database.db, server.client(), [unitId], role);

  async function review(client: ApiClient, query = '') {
    const response = await client.get<AccessLogResponse>(`/api/access-log?pageSize=200${query}`);
    expect(response.status).toBe(200);
    return response.body;
  }

  const me = async (client: ApiClient) => (await client.get<{ id: string }>('/api/me')).body.id;

  beforeAll(async () => {
    server = await startTestServer(kind);
    const db = server.database.db;
    world = await createProcessWorld(db, () => server.client());
    ifoManager = (await signIn(world.municipality.units.ifo!, 'unit_manager')).client;
    vcManager = (await signIn(world.region.units.vc!, 'unit_manager')).client;
    municipalityAdmin = (await signIn(world.municipality.units.home!, 'organisation_admin')).client;
    systemAdmin = (await signIn(world.strangerOrg.units.ifo!, 'system_admin')).client;
    coordinator = (await signIn(world.region.units.psyk!, 'county_coordinator')).client;
    primaryCareUserId = await me(world.primaryCare);
    schoolUserId = await me(world.schoolStaff);

    // SIP A: convened by the municipality, primary care and the school accepted; both read it.
    sipA = (await sipWithMeetingHeld(world)).id;
    await world.primaryCare.get(`/api/sips/${sipA}`);
    await world.schoolStaff.get(`/api/sips/${sipA}`);
    personA = (await world.convener.get<SipDetail>(`/api/sips/${sipA}`)).body.person.id;

    // A SIP for a person with protected identity, read by the convener.
    const body = newSipBody(secret.idNumber);
    const created = await world.convener.post<SipDetail>('/api/sips', {
      ...body,
      person: { ...body.person, ...secret, protectedIdentity: true },
    });
    sipProtected = created.body.id;
    protectedPersonId = created.body.person.id;
    await world.convener.get(`/api/sips/${sipProtected}`);

    // The unrelated municipality's own SIP: nobody above may see its entries.
    sipStranger = (await world.stranger.post<SipDetail>('/api/sips', newSipBody(strangerIdNumber))).body.id;
    await world.stranger.get(`/api/sips/${sipStranger}`);

    // Consent withdrawn: the school no longer takes part; an access through it afterwards is unusual.
    await world.convener.post(`/api/sips/${sipA}/consent/withdraw`, { note: 'Vill inte längre.' });
    await recordAccess(db, {
      userId: schoolUserId,
      unitId: world.school.units.school!,
      role: 'staff',
      action: 'read_case',
      personId: personA,
      sipId: sipA,
      clientAddress: '192.0.2.10',
    });

    // Many persons in a short time: one primary care user reads four different persons within a minute.
    burstUserId = (await createUser(db, [world.region.units.vc!])).id;
    for (let i = 0; i < 4; i += 1) {
      await recordAccess(db, {
        userId: burstUserId,
        unitId: world.region.units.vc!,
        role: 'staff',
        action: 'read_case',
        personId: uuidv7(),
        sipId: null,
        clientAddress: '192.0.2.20',
      });
    }

    // At controlled times: a Saturday night and a Tuesday morning in Stockholm.
    for (const [at, action] of [
      ['2026-05-16T23:30:00+02:00', 'read_plan'],
      ['2026-05-12T10:15:00+02:00', 'write_plan'],
    ] as const) {
      await appendAt(db, new Date(at), {
        userId: primaryCareUserId,
        unitId: world.region.units.vc!,
        role: 'staff',
        action,
        personId: personA,
        sipId: null,
        clientAddress: '192.0.2.30',
      });
    }
  });
  afterAll(() => server.close());

  const sipsIn = (entries: AccessLogEntry[]) => new Set(entries.map((e) => e.sip?.id).filter(Boolean));
  const unitsIn = (entries: AccessLogEntry[]) => new Set(entries.map((e) => e.unit?.id).filter(Boolean));

  it('shows a unit manager their unit’s entries and entries about SIPs their unit convenes, no others', async () => {
    const { entries } = await review(ifoManager);
    expect(entries.length).toBeGreaterThan(0);
    expect(sipsIn(entries)).not.toContain(sipStranger);
    expect(unitsIn(entries)).not.toContain(world.strangerOrg.units.ifo);
    // Accesses by primary care and the school to the SIP the unit convenes are part of its review.
    expect(entries.some((e) => e.sip?.id === sipA && e.unit?.id === world.region.units.vc)).toBe(true);
    expect(entries.some((e) => e.unit?.id === world.school.units.school)).toBe(true);
    for (const entry of entries) {
      const convened = entry.sip?.id === sipA || entry.sip?.id === sipProtected;
      expect(convened || entry.unit?.id === world.municipality.units.ifo).toBe(true);
    }
  });

  it('shows the manager of a participating unit only what was done through that unit', async () => {
    const { entries } = await review(vcManager);
    expect(entries.length).toBeGreaterThan(0);
    expect([...unitsIn(entries)]).toEqual([world.region.units.vc]);
    // Filters outside the scope find nothing, and say nothing either.
    const outside = await review(vcManager, `&unit=${world.municipality.units.ifo}`);
    expect(outside.entries).toEqual([]);
    expect(outside.summary.total).toBe(0);
    expect((await review(vcManager, `&sip=${sipStranger}`)).entries).toEqual([]);
  });

  it('shows an organisation administrator every unit of their organisation, a system administrator all', async () => {
    const { entries } = await review(municipalityAdmin);
    expect(unitsIn(entries)).toContain(world.municipality.units.ifo);
    expect(sipsIn(entries)).toContain(sipA);
    expect(sipsIn(entries)).not.toContain(sipStranger);
    expect(unitsIn(entries)).not.toContain(world.strangerOrg.units.ifo);
    const all = await review(systemAdmin);
    expect(sipsIn(all.entries)).toContain(sipStranger);
    expect(sipsIn(all.entries)).toContain(sipA);
  });

  it('refuses staff and county coordinators with 403', async () => {
    for (const client of [world.convener, world.primaryCare, coordinator]) {
      for (const path of ['/api/access-log', '/api/access-log/export.csv', '/api/access-log/choices']) {
        const response = await client.get(path);
        expect(response.status).toBe(403);
        expect(response.body).toMatchObject({ code: 'role_not_allowed' });
      }
      expect((await client.post('/api/access-log/person', { idNumber: secret.idNumber })).status).toBe(403);
    }
  });

  it('narrows by user, person, SIP, unit, action and period', async () => {
    const all = (await review(ifoManager)).entries;
    const byUser = (await review(ifoManager, `&user=${primaryCareUserId}`)).entries;
    expect(byUser.length).toBeGreaterThan(0);
    expect(byUser.length).toBeLessThan(all.length);
    expect(byUser.every((e) => e.user.id === primaryCareUserId)).toBe(true);

    const byPerson = (await review(ifoManager, `&person=${protectedPersonId}`)).entries;
    expect(byPerson.length).toBeGreaterThan(0);
    expect(byPerson.every((e) => e.person?.id === protectedPersonId)).toBe(true);

    const bySip = (await review(ifoManager, `&sip=${sipA}`)).entries;
    expect(bySip.length).toBeGreaterThan(0);
    expect(bySip.every((e) => e.sip?.id === sipA)).toBe(true);

    const byUnit = (await review(ifoManager, `&unit=${world.school.units.school}`)).entries;
    expect(byUnit.length).toBeGreaterThan(0);
    expect(byUnit.every((e) => e.unit?.id === world.school.units.school)).toBe(true);

    const byAction = (await review(vcManager, '&action=write_plan')).entries;
    expect(byAction.length).toBeGreaterThan(0);
    expect(byAction.every((e) => e.action === 'write_plan')).toBe(true);

    // The controlled Tuesday entry (through primary care): the whole day counts, Stockholm time.
    const tuesday = (await review(vcManager, '&from=2026-05-12&to=2026-05-12')).entries;
    expect(tuesday.map((e) => e.occurredAt)).toEqual(['2026-05-12T08:15:00.000Z']);
    expect((await review(vcManager, '&from=2026-05-13&to=2026-05-15')).entries).toEqual([]);
  });

  it('flags many persons in a short time, access outside working hours and through a unit no longer taking part', async () => {
    const burst = await review(vcManager, `&user=${burstUserId}&manyPersons=4&windowMinutes=10`);
    expect(burst.entries.map((e) => e.unusual.includes('many_persons'))).toEqual([true, false, false, false]);
    expect(burst.summary).toMatchObject({ manyPersons: 1 });
    expect(burst.summary.manyPersonsUsers).toMatchObject([
      { user: { id: burstUserId }, entries: 1, mostPersons: 4 },
    ]);
    // With the default threshold (10 persons) four are not unusual.
    expect((await review(vcManager, `&user=${burstUserId}`)).summary.manyPersons).toBe(0);

    const timed = (await review(vcManager, '&from=2026-05-01&to=2026-05-31')).entries;
    const saturday = timed.find((e) => e.action === 'read_plan')!;
    const tuesday = timed.find((e) => e.action === 'write_plan')!;
    expect(saturday.unusual).toContain('outside_working_hours');
    expect(tuesday.unusual).not.toContain('outside_working_hours');

    const school = (await review(ifoManager, `&unit=${world.school.units.school}`)).entries;
    const [afterWithdrawal, beforeWithdrawal] = school;
    expect(afterWithdrawal!.unusual).toContain('unit_not_taking_part');
    expect(beforeWithdrawal!.unusual).not.toContain('unit_not_taking_part');
    // The convener never counts as a unit not taking part.
    const convener = (await review(ifoManager, `&unit=${world.municipality.units.ifo}`)).entries;
    expect(convener.some((e) => e.unusual.includes('unit_not_taking_part'))).toBe(false);

    const onlyUnusual = await review(ifoManager, '&unusual=unit_not_taking_part');
    expect(onlyUnusual.entries.map((e) => e.clientAddress)).toEqual(['192.0.2.10']);
    expect(onlyUnusual.summary).toMatchObject({ total: 1, unitNotTakingPart: 1 });
  });

  it('masks a protected identity on the page and finds a person by identity number without echoing it', async () => {
    const { entries } = await review(ifoManager, `&person=${protectedPersonId}`);
    expect(entries[0]!.person).toEqual({
      id: protectedPersonId,
      name: 'Skyddad identitet',
      idNumber: null,
      protectedIdentity: true,
    });
    const page = JSON.stringify(await review(ifoManager));
    for (const text of [secret.givenName, secret.familyName, '19380624', '193806249235'])
      expect(page).not.toContain(text);
    expect(page).toContain('19121212-1212');

    const found = await ifoManager.post('/api/access-log/person', { idNumber: secret.idNumber });
    expect(found.body).toEqual({
      person: { id: protectedPersonId, name: 'Skyddad identitet', idNumber: null, protectedIdentity: true },
    });
    // A person outside the reviewer's part of the log is not found.
    const stranger = await vcManager.post('/api/access-log/person', { idNumber: strangerIdNumber });
    expect(stranger.body).toEqual({ person: null });
    const invalid = await vcManager.post('/api/access-log/person', { idNumber: '19121212-1213' });
    expect(invalid.status).toBe(422);
  });

  it('exports the same entries as CSV, UTF-8 with BOM, masking protected identities', async () => {
    const page = await review(ifoManager, `&sip=${sipA}`);
    const csv = await ifoManager.requestText('GET', `/api/access-log/export.csv?sip=${sipA}`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toMatch(
      /^attachment; filename="atkomstlogg-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(csv.headers.get('x-export-truncated')).toBe('false');
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(csv.text.slice(1));
    expect(header).toEqual([
      'Tidpunkt',
      'Användare',
      'Användarnamn',
      'Enhet',
      'Roll',
      'Åtgärd',
      'Person',
      'Identitetsnummer',
      'SIP',
      'Ärendenummer',
      'Klientadress',
      'Skäl',
      'Avvikande mönster',
    ]);
    // Newest first: the page's own review of the SIP's log, then the entries the page showed.
    expect(rows[0]![5]).toBe('review_access_log');
    expect(rows.slice(1).map((row) => [row[2], row[5], row[7], row[8], row[10]])).toEqual(
      page.entries.map((e) => [
        e.user.username,
        e.action,
        e.person?.idNumber ?? '',
        e.sip?.id ?? '',
        e.clientAddress,
      ]),
    );
    expect(rows.some((row) => row[6] === 'Tove Testsson' && row[7] === '19121212-1212')).toBe(true);

    const everything = await ifoManager.requestText('GET', '/api/access-log/export.csv');
    const outsideHours = await vcManager.requestText(
      'GET',
      '/api/access-log/export.csv?unusual=outside_working_hours',
    );
    expect(
      parseCsv(outsideHours.text)
        .slice(1)
        .map((row) => row[12]),
    ).toContain('utanför arbetstid');
    const bytes = Buffer.from(everything.text, 'utf8').toString('latin1') + everything.text;
    for (const text of [secret.givenName, secret.familyName, '19380624', '193806249235'])
      expect(bytes).not.toContain(text);
    expect(everything.text).toContain('Skyddad identitet');
    expect(everything.text).toContain('Tove Testsson');

    const english = await ifoManager.requestText('GET', `/api/access-log/export.csv?sip=${sipA}`, undefined, {
      'accept-language': 'en',
    });
    expect(english.status).toBe(200);
  });

  it('logs each review and export, with the filters as the reason and no identity number or name', async () => {
    const managerId = await me(ifoManager);
    await review(ifoManager, `&person=${personA}&from=2026-01-01`);
    await ifoManager.requestText('GET', `/api/access-log/export.csv?sip=${sipA}`);
    await ifoManager.post('/api/access-log/person', { idNumber: '19121212-1212' });
    const logged = await server.database.db
      .selectFrom('accessLog')
      .selectAll()
      .where('userId', '=', managerId)
      .orderBy('occurredAt', 'desc')
      .orderBy('chain', 'desc')
      .orderBy('seq', 'desc')
      .limit(3)
      .execute();
    expect(logged.map((e) => e.action)).toEqual(['search_person', 'export_access_log', 'review_access_log']);
    expect(logged[2]).toMatchObject({
      personId: personA,
      unitId: world.municipality.units.ifo,
      role: 'unit_manager',
    });
    expect(logged[2]!.reason).toContain(`person=${personA}`);
    expect(logged[2]!.reason).toContain('from=2026-01-01');
    expect(logged[1]).toMatchObject({ sipId: sipA });
    expect(logged[0]).toMatchObject({ personId: personA });
    for (const entry of logged)
      for (const text of ['19121212', 'Tove', 'Testsson']) expect(entry.reason).not.toContain(text);
  });

  it('refuses bad input naming the field in Swedish and English, never with a 5xx', async () => {
    const cases: [string, string][] = [
      ['person=nope', 'querystring.person'],
      ['user=123', 'querystring.user'],
      ['from=2026-13-01', 'querystring.from'],
      ['to=igår', 'querystring.to'],
      ['from=2026-05-10&to=2026-05-01', 'querystring.to'],
      ['pageSize=1000', 'querystring.pageSize'],
      ['page=0', 'querystring.page'],
      ['manyPersons=1', 'querystring.manyPersons'],
      ['unusual=odd', 'querystring.unusual'],
      ['action=DROP%20TABLE', 'querystring.action'],
      ['identityNumber=19121212-1212', 'querystring.identityNumber'],
    ];
    for (const [query, field] of cases) {
      const response = await ifoManager.get<{
        errors: { field: string; messages: { sv: string; en: string } }[];
      }>(`/api/access-log?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(
        response.body.errors.map((e) => e.field),
        query,
      ).toContain(field);
      for (const error of response.body.errors) {
        expect(error.messages.sv).toBeTruthy();
        expect(error.messages.en).toBeTruthy();
      }
      const csv = await ifoManager.requestText('GET', `/api/access-log/export.csv?${query}`);
      expect(csv.status, query).toBeLessThan(500);
    }
  });
});
