import { parse as parseCsv } from 'csv-parse/sync';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAccess } from '../../src/server/audit/accessLog.js';
import type {
  AccessLogChoices,
  AccessLogEntry,
  AccessLogResponse,
  AccessLogScope,
} from '../../src/shared/api/accessLog.js';
import type { SipDetail } from '../../src/shared/api/responses.js';
import { appendAt } from '../support/accessLogFixture.js';
import { accessLogChoicesMax, caseNumberMessage } from '../../src/shared/api/accessLogFields.js';
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
  /** The case numbers of SIP A and of the stranger's SIP, as Samplan writes them (SIP-2026-00042). */
  let caseA: string;
  let caseStranger: string;
  let strangerUserId: string;
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

  /** The user's latest entries in the log, newest first, in the order the review reads them. */
  const lastLogged = (userId: string, count: number) =>
    server.database.db
      .selectFrom('accessLog')
      .selectAll()
      .where('userId', '=', userId)
      .orderBy('occurredAt', 'desc')
      .orderBy('chain', 'desc')
      .orderBy('seq', 'desc')
      .limit(count)
      .execute();

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
    const detailA = (await world.convener.get<SipDetail>(`/api/sips/${sipA}`)).body;
    personA = detailA.person.id;
    caseA = detailA.caseNumber;

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
    const stranger = (await world.stranger.post<SipDetail>('/api/sips', newSipBody(strangerIdNumber))).body;
    sipStranger = stranger.id;
    caseStranger = stranger.caseNumber;
    strangerUserId = await me(world.stranger);
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
    expect((await review(vcManager, `&caseNumber=${caseStranger}`)).entries).toEqual([]);
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
      for (const path of ['/api/access-log', '/api/access-log/export.csv', '/api/access-log/scope']) {
        const response = await client.get(path);
        expect(response.status).toBe(403);
        expect(response.body).toMatchObject({ code: 'role_not_allowed' });
      }
      expect((await client.post('/api/access-log/person', { idNumber: secret.idNumber })).status).toBe(403);
      const choices = await client.post('/api/access-log/choices', { kind: 'user', text: 'a' });
      expect(choices.status).toBe(403);
    }
  });

  it('narrows by user, person, case number, unit, action and period', async () => {
    const all = (await review(ifoManager)).entries;
    const byUser = (await review(ifoManager, `&user=${primaryCareUserId}`)).entries;
    expect(byUser.length).toBeGreaterThan(0);
    expect(byUser.length).toBeLessThan(all.length);
    expect(byUser.every((e) => e.user.id === primaryCareUserId)).toBe(true);

    const byPerson = (await review(ifoManager, `&person=${protectedPersonId}`)).entries;
    expect(byPerson.length).toBeGreaterThan(0);
    expect(byPerson.every((e) => e.person?.id === protectedPersonId)).toBe(true);

    const bySip = (await review(ifoManager, `&caseNumber=${caseA}`)).entries;
    expect(bySip.length).toBeGreaterThan(0);
    expect(bySip.every((e) => e.sip?.id === sipA && e.sip.caseNumber === caseA)).toBe(true);

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

  it('finds a case by its case number, upper or lower case, with or without SIP- and leading zeros', async () => {
    const own = (entries: AccessLogEntry[]) =>
      entries.filter((e) => e.action !== 'review_access_log').map((e) => e.id);
    const exact = await review(ifoManager, `&caseNumber=${caseA}`);
    expect(exact.named.sip).toEqual({ id: sipA, caseNumber: caseA });
    expect(own(exact.entries).length).toBeGreaterThan(0);
    const [, year, number] = caseA.split('-');
    for (const typed of [
      caseA.toLowerCase(),
      `${year}-${number}`,
      `sip-${year}-${Number(number)}`,
      ` ${caseA} `,
    ]) {
      const found = await review(ifoManager, `&caseNumber=${encodeURIComponent(typed)}`);
      expect(found.named.sip, typed).toEqual({ id: sipA, caseNumber: caseA });
      expect(own(found.entries), typed).toEqual(own(exact.entries));
    }
    // The manager of a unit taking part finds the case, but only what was done through their unit.
    const vc = await review(vcManager, `&caseNumber=${caseA.toLowerCase()}`);
    expect(vc.named.sip).toEqual({ id: sipA, caseNumber: caseA });
    expect(vc.entries.length).toBeGreaterThan(0);
    expect([...unitsIn(vc.entries)]).toEqual([world.region.units.vc]);
    expect(vc.entries.every((e) => e.sip?.id === sipA)).toBe(true);
  });

  it('says nothing of a case outside the reviewer’s part of the log: unknown and out of scope look the same', async () => {
    for (const client of [ifoManager, vcManager, municipalityAdmin]) {
      for (const caseNumber of [caseStranger, caseStranger.toLowerCase(), 'SIP-1999-99999']) {
        const answer = await review(client, `&caseNumber=${caseNumber}`);
        expect(answer.entries, caseNumber).toEqual([]);
        expect(answer.summary, caseNumber).toMatchObject({ total: 0, manyPersonsUsers: [] });
        expect(answer.named.sip, caseNumber).toBeNull();
        const csv = await client.requestText('GET', `/api/access-log/export.csv?caseNumber=${caseNumber}`);
        expect(csv.status).toBe(200);
        expect(parseCsv(csv.text.slice(1))).toHaveLength(1);
      }
    }
    // Looking is logged as any review, naming the number typed but no case.
    const vcManagerId = await me(vcManager);
    await review(vcManager, `&caseNumber=${caseStranger}`);
    const [logged] = await lastLogged(vcManagerId, 1);
    expect(logged).toMatchObject({ action: 'review_access_log', sipId: null });
    expect(logged!.reason).toContain(`caseNumber=${caseStranger}`);
    // The system administrator reviews the county, the stranger's case included.
    const county = await review(systemAdmin, `&caseNumber=${caseStranger.toLowerCase()}`);
    expect(county.named.sip).toEqual({ id: sipStranger, caseNumber: caseStranger });
    expect(county.entries.length).toBeGreaterThan(0);
    expect(county.entries.every((e) => e.sip?.id === sipStranger)).toBe(true);
    expect(county.summary.total).toBe(county.entries.length);
  });

  it('refuses what is not a case number with 400, naming the field in Swedish and English', async () => {
    const notCaseNumbers = [
      'abc',
      '19121212-1212',
      'SIP-26-00001',
      'SIP-2026',
      'Tove Testsson',
      'SIP-2026-1-2',
    ];
    for (const typed of notCaseNumbers) {
      for (const path of ['/api/access-log', '/api/access-log/export.csv']) {
        const response = await ifoManager.get<{
          detail: string;
          errors: { field: string; name: string; messages: { sv: string; en: string } }[];
        }>(`${path}?caseNumber=${encodeURIComponent(typed)}`);
        expect(response.status, typed).toBe(400);
        expect(response.body.errors).toEqual([
          expect.objectContaining({
            field: 'querystring.caseNumber',
            name: 'Ärendenummer',
            messages: caseNumberMessage,
          }),
        ]);
        expect(response.body.detail).toContain('Ärendenummer: Skriv ärendenumret som SIP-ÅÅÅÅ-NNNNN');
      }
    }
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
    const page = await review(ifoManager, `&caseNumber=${caseA}`);
    const csv = await ifoManager.requestText('GET', `/api/access-log/export.csv?caseNumber=${caseA}`);
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

    const english = await ifoManager.requestText(
      'GET',
      `/api/access-log/export.csv?caseNumber=${caseA}`,
      undefined,
      {
        'accept-language': 'en',
      },
    );
    expect(english.status).toBe(200);
  });

  it('logs each review and export, with the filters as the reason and no identity number or name', async () => {
    const managerId = await me(ifoManager);
    await review(ifoManager, `&person=${personA}&from=2026-01-01`);
    await ifoManager.requestText('GET', `/api/access-log/export.csv?caseNumber=${caseA.toLowerCase()}`);
    await ifoManager.post('/api/access-log/person', { idNumber: '19121212-1212' });
    const logged = await lastLogged(managerId, 3);
    expect(logged.map((e) => e.action)).toEqual(['search_person', 'export_access_log', 'review_access_log']);
    expect(logged[2]).toMatchObject({
      personId: personA,
      unitId: world.municipality.units.ifo,
      role: 'unit_manager',
    });
    expect(logged[2]!.reason).toContain(`person=${personA}`);
    expect(logged[2]!.reason).toContain('from=2026-01-01');
    expect(logged[1]).toMatchObject({ sipId: sipA });
    expect(logged[1]!.reason).toContain(`caseNumber=${caseA}`);
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
      // A case is named by its case number, never by an internal id.
      [`sip=${uuidv7()}`, 'querystring.sip'],
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

  const userLabel = async (id: string) => {
    const user = await server.database.db
      .selectFrom('users')
      .select(['displayName', 'username'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    return `${user.displayName} (${user.username})`;
  };
  const unitLabel = async (id: string) => {
    const unit = await server.database.db
      .selectFrom('units')
      .innerJoin('organisations', 'organisations.id', 'units.organisationId')
      .select(['units.name as unit', 'organisations.name as organisation'])
      .where('units.id', '=', id)
      .executeTakeFirstOrThrow();
    return `${unit.unit}, ${unit.organisation}`;
  };

  async function choices(client: ApiClient, kind: 'user' | 'unit', text: string) {
    const response = await client.post<AccessLogChoices>('/api/access-log/choices', { kind, text });
    expect(response.status).toBe(200);
    return response.body;
  }
  const offered = async (client: ApiClient, kind: 'user' | 'unit', label: string) =>
    (await choices(client, kind, label.toLowerCase())).choices.some((choice) => choice.label === label);

  it('offers users and units by name only from the reviewer’s part of the log, and names them back', async () => {
    const users: Record<string, string> = {
      primaryCare: await userLabel(primaryCareUserId),
      school: await userLabel(schoolUserId),
      strangerUser: await userLabel(strangerUserId),
    };
    const units: Record<string, string> = {
      vc: await unitLabel(world.region.units.vc!),
      ifo: await unitLabel(world.municipality.units.ifo!),
      home: await unitLabel(world.municipality.units.home!),
      schoolUnit: await unitLabel(world.school.units.school!),
      strangerUnit: await unitLabel(world.strangerOrg.units.ifo!),
    };
    const expectations: [ApiClient, string[], string[]][] = [
      // The convener's manager: everyone who touched the SIPs it convenes; its own unit and those that took part.
      [ifoManager, ['primaryCare', 'school'], ['vc', 'ifo', 'schoolUnit']],
      // A participating unit's manager: only what was done through that unit.
      [vcManager, ['primaryCare'], ['vc']],
      [municipalityAdmin, ['primaryCare', 'school'], ['vc', 'ifo', 'home', 'schoolUnit']],
      [
        systemAdmin,
        ['primaryCare', 'school', 'strangerUser'],
        ['vc', 'ifo', 'home', 'schoolUnit', 'strangerUnit'],
      ],
    ];
    for (const [client, seenUsers, seenUnits] of expectations) {
      for (const [name, label] of Object.entries(users))
        expect(await offered(client, 'user', label), `${name} ${seenUsers.join()}`).toBe(
          seenUsers.includes(name),
        );
      for (const [name, label] of Object.entries(units))
        expect(await offered(client, 'unit', label), `${name} ${seenUnits.join()}`).toBe(
          seenUnits.includes(name),
        );
    }

    // The filters' ids are named back within the scope only.
    const chosen = await review(ifoManager, `&user=${primaryCareUserId}&unit=${world.region.units.vc}`);
    expect(chosen.named).toMatchObject({
      user: { id: primaryCareUserId, label: users.primaryCare },
      unit: { id: world.region.units.vc, label: units.vc },
    });
    const outside = await review(vcManager, `&user=${strangerUserId}&unit=${world.strangerOrg.units.ifo}`);
    expect(outside.named).toEqual({ sip: null, person: null, user: null, unit: null });
    expect(outside.entries).toEqual([]);
    const person = await review(ifoManager, `&person=${protectedPersonId}`);
    expect(person.named.person).toMatchObject({
      id: protectedPersonId,
      name: 'Skyddad identitet',
      idNumber: null,
    });

    // Each look-up is logged, with the kind looked for but not the text typed.
    const vcManagerId = await me(vcManager);
    await choices(vcManager, 'unit', 'Åsen');
    const [logged] = await lastLogged(vcManagerId, 1);
    expect(logged).toMatchObject({ action: 'search_access_log_names', personId: null, sipId: null });
    expect(logged!.reason).toBe('Granskning av åtkomstloggen: sökning bland enheter');

    // A few at a time: more are found by typing more.
    for (let i = 0; i < 22; i += 1) {
      const { id } = await createUser(server.database.db, [world.region.units.vc!]);
      await recordAccess(server.database.db, {
        userId: id,
        unitId: world.region.units.vc!,
        role: 'staff',
        action: 'list_cases',
        personId: null,
        sipId: null,
        clientAddress: '192.0.2.40',
      });
    }
    const many = await choices(vcManager, 'user', 'test user');
    expect(many.choices).toHaveLength(accessLogChoicesMax);
    expect(many.more).toBe(true);
    const bad = await vcManager.post<{ errors: { field: string }[] }>('/api/access-log/choices', {
      kind: 'person',
      text: '',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e) => e.field).sort()).toEqual(['body.kind', 'body.text']);
  });

  it('introduces the review by the reviewer’s part: their units, their organisation, the county', async () => {
    const scope = async (client: ApiClient) =>
      (await client.get<AccessLogScope>('/api/access-log/scope')).body;
    const unitName = async (id: string) =>
      (
        await server.database.db
          .selectFrom('units')
          .select('name')
          .where('id', '=', id)
          .executeTakeFirstOrThrow()
      ).name;
    expect(await scope(vcManager)).toEqual({
      role: 'unit_manager',
      names: [await unitName(world.region.units.vc!)],
    });
    expect(await scope(municipalityAdmin)).toEqual({
      role: 'organisation_admin',
      names: [world.municipality.name],
    });
    expect(await scope(systemAdmin)).toEqual({ role: 'system_admin', names: [] });
  });
});
