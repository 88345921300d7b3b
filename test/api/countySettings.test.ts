import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/server/problem.js';
import { readCountySettings } from '../../src/server/data/countySettings.js';
import type { CountySettingsResponse } from '../../src/shared/api/countySettings.js';
import type { ApiClient } from '../support/apiClient.js';
import { createOrganisation, signedInUser, type TestOrganisation } from '../support/factories.js';
import { startMailCatcher, type MailCatcher } from '../support/mailCatcher.js';
import { testDatabaseKinds } from '../support/testDatabase.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

const defaults = {
  dischargeInvitationDays: 3,
  invitationReminderDays: 3,
  followUpReminderDays: 7,
  consentExpiryReminderDays: 14,
  childSignInAge: 12,
  personLogNamesStaff: true,
  guestDays: 90,
  scheduledBackups: false,
  backupTime: '02:00',
  backupsKept: 7,
};

describe.each(testDatabaseKinds())('county settings on %s', (kind) => {
  let server: TestServer;
  let region: TestOrganisation;
  let admin: ApiClient;

  const signIn = async (
    role: 'staff' | 'unit_manager' | 'organisation_admin' | 'county_coordinator' | 'system_admin',
  ) => (await signedInUser(server.database.db, server.client(), [region.units.office!], role)).client;

  beforeAll(async () => {
    server = await startTestServer(kind);
    region = await createOrganisation(server.database.db, 'region', ['office', 'interface', 'county']);
    admin = await signIn('system_admin');
  });
  afterAll(() => server.close());

  it('shows the defaults of the law and the routines, with no escalation path yet', async () => {
    const settings = await admin.get<CountySettingsResponse>('/api/settings');
    expect(settings.status).toBe(200);
    expect(settings.body).toMatchObject({
      ...defaults,
      escalationPath: [],
      updatedByName: null,
      changes: [],
    });
    expect(settings.body.units.map((unit) => unit.id)).toContain(region.units.interface);
  });

  it('lets only the system administrator read or change the settings', async () => {
    for (const role of ['staff', 'unit_manager', 'organisation_admin', 'county_coordinator'] as const) {
      const client = await signIn(role);
      const read = await client.get<Problem>('/api/settings');
      expect(read.status, role).toBe(403);
      expect(read.body.messages.sv).toMatch(/systemadministratören/);
      const write = await client.put('/api/settings', {
        ...defaults,
        dischargeInvitationDays: 5,
        escalationPath: [],
      });
      expect(write.status, role).toBe(403);
    }
    expect((await server.client().get('/api/settings')).status).toBe(401);
    expect(await readCountySettings(server.database.db)).toEqual({ ...defaults, escalationPath: [] });
  });

  it('refuses values outside the ranges, naming the field, and changes nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ dischargeInvitationDays: 0 }, 'body.dischargeInvitationDays'],
      [{ dischargeInvitationDays: 31 }, 'body.dischargeInvitationDays'],
      [{ invitationReminderDays: 2.5 }, 'body.invitationReminderDays'],
      [{ followUpReminderDays: 61 }, 'body.followUpReminderDays'],
      [{ consentExpiryReminderDays: 91 }, 'body.consentExpiryReminderDays'],
      [{ consentExpiryReminderDays: '14' }, 'body.consentExpiryReminderDays'],
      [
        { escalationPath: [{ nameSv: '', nameEn: 'Group', unitId: region.units.interface }] },
        'body.escalationPath.0.nameSv',
      ],
      [
        { escalationPath: [{ nameSv: 'Grupp', nameEn: 'Group', unitId: 'x' }] },
        'body.escalationPath.0.unitId',
      ],
      [{ childSignInAge: 6 }, 'body.childSignInAge'],
      [{ childSignInAge: 18 }, 'body.childSignInAge'],
      [{ guestDays: 0 }, 'body.guestDays'],
      [{ guestDays: 366 }, 'body.guestDays'],
      [{ personLogNamesStaff: 'no' }, 'body.personLogNamesStaff'],
      [{ surprise: true }, 'body.surprise'],
      [{ scheduledBackups: 'yes' }, 'body.scheduledBackups'],
      [{ backupTime: '24:00' }, 'body.backupTime'],
      [{ backupTime: '2:00' }, 'body.backupTime'],
      [{ backupTime: '02:00:00' }, 'body.backupTime'],
      [{ backupsKept: 0 }, 'body.backupsKept'],
      [{ backupsKept: 366 }, 'body.backupsKept'],
      [{ backupsKept: 1.5 }, 'body.backupsKept'],
    ];
    for (const [change, field] of cases) {
      const refused = await admin.put<Problem>('/api/settings', {
        ...defaults,
        escalationPath: [],
        ...change,
      });
      expect(refused.status, field).toBe(400);
      expect(refused.body.errors?.map((error) => error.field)).toEqual([field]);
      expect(refused.body.messages.en).toMatch(/The request has errors/);
    }
    const unknownUnit = await admin.put<Problem>('/api/settings', {
      ...defaults,
      escalationPath: [
        { nameSv: 'Grupp', nameEn: 'Group', unitId: region.units.interface },
        { nameSv: 'Länet', nameEn: 'County', unitId: '01900000-0000-7000-8000-000000000000' },
      ],
    });
    expect(unknownUnit.status).toBe(422);
    expect(unknownUnit.body.code).toBe('escalation_unit_unknown');
    expect(unknownUnit.body.errors?.map((error) => error.field)).toEqual(['body.escalationPath.1.unitId']);
    expect(await readCountySettings(server.database.db)).toEqual({ ...defaults, escalationPath: [] });
  });

  it('saves the deadlines and the escalation path, for every reader, and records who changed what', async () => {
    const saved = await admin.put<CountySettingsResponse>('/api/settings', {
      ...defaults,
      dischargeInvitationDays: 2,
      followUpReminderDays: 10,
      escalationPath: [
        { nameSv: 'Gränssnittsgruppen', nameEn: 'Interface group', unitId: region.units.interface },
        {
          nameSv: 'Länets samverkansgrupp',
          nameEn: 'County collaboration group',
          unitId: region.units.county,
        },
      ],
    });
    expect(saved.status).toBe(200);
    expect(saved.body.escalationPath).toEqual([
      {
        level: 1,
        nameSv: 'Gränssnittsgruppen',
        nameEn: 'Interface group',
        unitId: region.units.interface,
        unitName: expect.stringMatching(/^interface/) as string,
      },
      {
        level: 2,
        nameSv: 'Länets samverkansgrupp',
        nameEn: 'County collaboration group',
        unitId: region.units.county,
        unitName: expect.stringMatching(/^county/) as string,
      },
    ]);
    expect(saved.body.updatedByName).toMatch(/Test User/);
    expect(saved.body.changes).toHaveLength(1);
    expect(saved.body.changes[0]!.fields).toEqual([
      'dischargeInvitationDays',
      'followUpReminderDays',
      'escalationPath',
    ]);

    // What the scheduler and the discharge deadlines read.
    const read = await readCountySettings(server.database.db);
    expect(read).toMatchObject({ ...defaults, dischargeInvitationDays: 2, followUpReminderDays: 10 });
    expect(read.escalationPath.map((level) => level.unitId)).toEqual([
      region.units.interface,
      region.units.county,
    ]);

    // A shorter path replaces the longer one; the change is recorded on top of the first.
    const shorter = await admin.put<CountySettingsResponse>('/api/settings', {
      ...defaults,
      dischargeInvitationDays: 2,
      followUpReminderDays: 10,
      escalationPath: [{ nameSv: 'Länet', nameEn: 'County', unitId: region.units.county }],
    });
    expect(shorter.body.escalationPath.map((level) => [level.level, level.unitId])).toEqual([
      [1, region.units.county],
    ]);
    expect(shorter.body.changes.map((change) => change.fields)).toEqual([
      ['escalationPath'],
      ['dischargeInvitationDays', 'followUpReminderDays', 'escalationPath'],
    ]);
    // The individual's side's settings: saved and recorded like the others, and left as they are by a client
    // that does not send them.
    const personSide = await admin.put<CountySettingsResponse>('/api/settings', {
      ...defaults,
      dischargeInvitationDays: 2,
      followUpReminderDays: 10,
      childSignInAge: 13,
      personLogNamesStaff: false,
      guestDays: 30,
      escalationPath: [{ nameSv: 'Länet', nameEn: 'County', unitId: region.units.county }],
    });
    expect(personSide.body).toMatchObject({ childSignInAge: 13, personLogNamesStaff: false, guestDays: 30 });
    expect(personSide.body.changes[0]!.fields).toEqual([
      'childSignInAge',
      'personLogNamesStaff',
      'guestDays',
    ]);
    const { childSignInAge, personLogNamesStaff, guestDays, ...olderClient } = defaults;
    expect([childSignInAge, personLogNamesStaff, guestDays]).toEqual([12, true, 90]);
    await admin.put('/api/settings', { ...olderClient, dischargeInvitationDays: 2, escalationPath: [] });
    expect(await readCountySettings(server.database.db)).toMatchObject({
      childSignInAge: 13,
      personLogNamesStaff: false,
      guestDays: 30,
    });
    const history = await server.database.db.selectFrom('countySettingsChanges').selectAll().execute();
    expect(history).toHaveLength(4);
    expect(history.every((change) => change.changedBy)).toBe(true);
  });

  it('saves the scheduled backup, recorded like every other change, and names a bad one in both languages', async () => {
    const before = await admin.get<CountySettingsResponse>('/api/settings');
    expect(before.body.lastScheduledBackup).toBeNull();
    const base = { ...before.body, escalationPath: [] };
    const body = Object.fromEntries(
      Object.keys(defaults).map((name) => [name, base[name as keyof typeof defaults]]),
    );

    const refused = await admin.put<Problem>('/api/settings', {
      ...body,
      backupsKept: 400,
      escalationPath: [],
    });
    expect(refused.status).toBe(400);
    const [error] = refused.body.errors ?? [];
    expect(error?.field).toBe('body.backupsKept');
    expect(error?.messages.sv).toMatch(/365/);
    expect(error?.messages.en).toMatch(/365/);
    expect((await readCountySettings(server.database.db)).backupsKept).toBe(7);

    const saved = await admin.put<CountySettingsResponse>('/api/settings', {
      ...body,
      scheduledBackups: true,
      backupTime: '23:30',
      backupsKept: 14,
      escalationPath: [],
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ scheduledBackups: true, backupTime: '23:30', backupsKept: 14 });
    expect(saved.body.changes[0]!.fields).toEqual(['scheduledBackups', 'backupTime', 'backupsKept']);
    const [change] = await server.database.db
      .selectFrom('countySettingsChanges')
      .select(['before', 'after'])
      .orderBy('changedAt', 'desc')
      .limit(1)
      .execute();
    expect(change!.before).toMatchObject({ scheduledBackups: false, backupTime: '02:00', backupsKept: 7 });
    expect(change!.after).toMatchObject({ scheduledBackups: true, backupTime: '23:30', backupsKept: 14 });

    // A client that knows nothing of backups leaves them as they are.
    const { scheduledBackups, backupTime, backupsKept, ...olderClient } = body;
    expect([scheduledBackups, backupTime, backupsKept]).toEqual([false, '02:00', 7]);
    await admin.put('/api/settings', { ...olderClient, escalationPath: [] });
    expect(await readCountySettings(server.database.db)).toMatchObject({
      scheduledBackups: true,
      backupTime: '23:30',
      backupsKept: 14,
    });

    const staff = await signIn('staff');
    const forbidden = await staff.put('/api/settings', {
      ...body,
      scheduledBackups: false,
      escalationPath: [],
    });
    expect(forbidden.status).toBe(403);
    expect((await readCountySettings(server.database.db)).scheduledBackups).toBe(true);
  });
});

describe.each(testDatabaseKinds())('the test mail on %s', (kind) => {
  let mail: MailCatcher;
  let withSmtp: TestServer;
  let withoutSmtp: TestServer;
  const adminOf = async (server: TestServer) => {
    const region = await createOrganisation(server.database.db, 'region', ['office']);
    const { client } = await signedInUser(
      server.database.db,
      server.client(),
      [region.units.office!],
      'system_admin',
    );
    return { client, unitId: region.units.office! };
  };

  beforeAll(async () => {
    mail = await startMailCatcher();
    withSmtp = await startTestServer(kind, { smtpUrl: mail.url, mailFrom: 'samplan@lan.example.se' });
    withoutSmtp = await startTestServer(kind, { smtpUrl: null });
  });
  afterAll(async () => {
    await withSmtp.close();
    await withoutSmtp.close();
    await mail.close();
  });

  it('sends a mail that names nobody through the configured SMTP server, for the administrator only', async () => {
    const { client: admin, unitId } = await adminOf(withSmtp);
    expect((await admin.get<CountySettingsResponse>('/api/settings')).body.mailConfigured).toBe(true);
    const sent = await admin.post('/api/settings/test-mail', { to: 'forvaltning@lan.example.se' });
    expect(sent.status).toBe(200);
    expect(sent.body).toEqual({ sent: true, error: null });
    const [received] = await mail.waitFor((m) => m.to.includes('forvaltning@lan.example.se'));
    expect(received!.parsed.from?.text).toContain('samplan@lan.example.se');
    expect(received!.parsed.subject).toBe('Provmeddelande från Samplan / Test message from Samplan');
    expect(received!.parsed.text).toContain('E-posten fungerar.');

    const bad = await admin.post<Problem>('/api/settings/test-mail', { to: 'inte en adress' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.map((error) => error.field)).toEqual(['body.to']);
    const { client: staff } = await signedInUser(withSmtp.database.db, withSmtp.client(), [unitId], 'staff');
    expect((await staff.post('/api/settings/test-mail', { to: 'x@lan.example.se' })).status).toBe(403);
    expect(mail.mails).toHaveLength(1);
  });

  it('says mail stays in the local outbox when no SMTP server is set', async () => {
    const { client: admin } = await adminOf(withoutSmtp);
    expect((await admin.get<CountySettingsResponse>('/api/settings')).body.mailConfigured).toBe(false);
    const refused = await admin.post<Problem>('/api/settings/test-mail', {
      to: 'forvaltning@lan.example.se',
    });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('mail_not_configured');
    expect(refused.body.messages.sv).toMatch(/lokala utkorgen/);
    expect(refused.body.messages.en).toMatch(/local outbox/);
  });
});
