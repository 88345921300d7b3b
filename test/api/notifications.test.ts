import ICAL from 'ical.js';
import type { DatabaseKind } from '../../src/db/database.js';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/server/config.js';
import { startMailDelivery } from '../../src/server/mail/delivery.js';
import { notify } from '../../src/server/notifications/notify.js';
import type { ApiClient } from '../support/apiClient.js';
import { createOrganisation, createUser, testPassword } from '../support/factories.js';
import { startMailCatcher, type CaughtMail, type MailCatcher } from '../support/mailCatcher.js';
import {
  adultIdNumber,
  completePlan,
  consentFor,
  createProcessWorld,
  isoTime,
  meetingFor,
  newSipBody,
  sipWithMeetingHeld,
  type ProcessWorld,
} from '../support/processFixture.js';
import { testDatabaseKinds } from '../support/testDatabase.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

const publicUrl = 'https://samplan.example.se';
const secondIdNumber = '19380624-9235';
/** What must never be in any part of a mail: the identity numbers, the individual's name, the meeting's place. */
const secrets = [
  '19121212',
  '121212-1212',
  '193806249235',
  '380624-9235',
  'Tove',
  'Testsson',
  'Socialkontoret',
];

interface Running {
  db: TestServer['database']['db'];
  client(): ApiClient;
  close(): Promise<void>;
}

/** The app over HTTP on its own database, with its mail delivery loop, as `samplan serve` runs it. */
async function startApp(kind: DatabaseKind, smtpUrl: string | null): Promise<Running> {
  const settings = { smtpUrl, publicUrl, mailFrom: 'samplan@example.se' };
  const server = await startTestServer(kind, settings);
  const delivery = startMailDelivery(server.database.db, settings, pino({ level: 'silent' }), {
    pollMs: 50,
    retry: { maxAttempts: 6, delaySeconds: (failures) => 0.05 * 2 ** (failures - 1) },
  });
  return {
    db: server.database.db,
    client: () => server.client(),
    async close() {
      await delivery.stop();
      await server.close();
    },
  };
}

function everyPart(mail: CaughtMail): string {
  const { parsed } = mail;
  return [
    parsed.subject ?? '',
    parsed.text ?? '',
    typeof parsed.html === 'string' ? parsed.html : '',
    ...parsed.attachments.map((attachment) => attachment.content.toString('utf8')),
    mail.raw,
  ].join('\n');
}

function calendarOf(mail: CaughtMail) {
  const part = mail.parsed.attachments.find((attachment) => attachment.contentType === 'text/calendar');
  if (!part) throw new Error('the mail carries no calendar');
  const calendar = new ICAL.Component(ICAL.parse(part.content.toString('utf8')) as unknown[]);
  const event = calendar.getFirstSubcomponent('vevent')!;
  return {
    method: calendar.getFirstPropertyValue('method'),
    uid: event.getFirstPropertyValue('uid'),
    sequence: event.getFirstPropertyValue('sequence'),
    status: event.getFirstPropertyValue('status'),
    start: (event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString(),
    location: event.getFirstPropertyValue('location'),
  };
}

/** The school's mailbox, primary care's mailbox and its two colleagues who keep invitations by e-mail. */
const everyoneInvited = ['elevhalsan@example.se', 'kollega@example.se', 'planer@example.se', 'vc@example.se'];

const addressedTo = (address: string) => (mail: CaughtMail) => mail.to.includes(address);
const about = (subject: string) => (mail: CaughtMail) => (mail.parsed.subject ?? '').startsWith(subject);

async function signedIn(db: Running['db'], server: Running, unitIds: string[], email: string) {
  const user = await createUser(db, unitIds);
  await db.updateTable('users').set({ email }).where('id', '=', user.id).execute();
  const client = server.client();
  await client.login(user.username, testPassword);
  return client;
}

describe.each(testDatabaseKinds())('notifications by e-mail over SMTP (%s)', (kind) => {
  let smtp: MailCatcher;
  let server: Running;
  let world: ProcessWorld;
  let optedOut: ApiClient;
  let planReader: ApiClient;
  /** A case with a meeting still ahead, left by one test for the next. */
  let openSipPath = '';

  beforeAll(async () => {
    smtp = await startMailCatcher();
    server = await startApp(kind, smtp.url);
    world = await createProcessWorld(server.db, () => server.client());
    const { db } = server;
    const mailbox = async (unitId: string, email: string) =>
      db.updateTable('units').set({ email }).where('id', '=', unitId).execute();
    await mailbox(world.region.units.vc!, 'vc@example.se');
    await mailbox(world.school.units.school!, 'elevhalsan@example.se');
    await mailbox(world.municipality.units.home!, 'hemtjanst@example.se');
    // A colleague who keeps the defaults, one who turns invitations and meeting changes off, one who wants plans.
    await signedIn(db, server, [world.region.units.vc!], 'Kollega@Example.se');
    optedOut = await signedIn(db, server, [world.region.units.vc!], 'ingen-post@example.se');
    planReader = await signedIn(db, server, [world.region.units.vc!], 'planer@example.se');
  });

  afterAll(async () => {
    await server.close();
    await smtp.close();
  });

  it('lets users choose which notices they get by e-mail, each kind with its default until they do', async () => {
    const before = await optedOut.get<{
      preferences: { kind: string; email: boolean }[];
      hasAddress: boolean;
    }>('/api/me/notification-preferences');
    expect(before.status).toBe(200);
    expect(before.body.hasAddress).toBe(true);
    expect(before.body.preferences).toContainEqual({ kind: 'invitation_new', email: true });
    expect(before.body.preferences).toContainEqual({ kind: 'plan_established', email: false });
    const off = ['invitation_new', 'meeting_changed', 'meeting_cancelled'].map((k) => ({
      kind: k,
      email: false,
    }));
    const saved = await optedOut.put<{ preferences: { kind: string; email: boolean }[] }>(
      '/api/me/notification-preferences',
      { preferences: off },
    );
    expect(saved.status).toBe(200);
    expect(saved.body.preferences).toContainEqual({ kind: 'invitation_new', email: false });
    expect(saved.body.preferences).toContainEqual({ kind: 'deviation_assigned', email: true });
    const on = await planReader.put('/api/me/notification-preferences', {
      preferences: [
        { kind: 'plan_established', email: true },
        { kind: 'plan_changed', email: true },
      ],
    });
    expect(on.status).toBe(200);
  });

  it('refuses an unknown kind or an empty change, in Swedish and English, and changes nothing', async () => {
    for (const body of [
      { preferences: [{ kind: 'birthday', email: true }] },
      { preferences: [] },
      { preferences: [{ kind: 'invitation_new', email: 'yes' }] },
    ]) {
      const refused = await optedOut.put<{ messages: { sv: string; en: string } }>(
        '/api/me/notification-preferences',
        body,
      );
      expect(refused.status).toBe(400);
      expect(refused.body.messages.sv).not.toBe('');
      expect(refused.body.messages.en).not.toBe('');
    }
    const after = await optedOut.get<{ preferences: { kind: string; email: boolean }[] }>(
      '/api/me/notification-preferences',
    );
    expect(after.body.preferences).toContainEqual({ kind: 'invitation_new', email: false });
    const anonymous = await server.client().get('/api/me/notification-preferences');
    expect(anonymous.status).toBe(401);
  });

  it('mails an invitation with a calendar request that is updated on reschedule and cancelled on cancel', async () => {
    const created = await world.convener.post<{ id: string }>('/api/sips', newSipBody(adultIdNumber));
    const sipId = created.body.id;
    const path = `/api/sips/${sipId}`;
    await world.convener.post(`${path}/consent`, consentFor(world));
    const invited = await world.convener.post<{ meeting: { id: string } }>(
      `${path}/meetings`,
      meetingFor(world),
    );
    expect(invited.status).toBe(200);
    const meetingId = invited.body.meeting.id;

    const invitations = await smtp.waitFor(about('Kallelse till SIP-möte'), 4);
    const recipients = invitations.flatMap((mail) => mail.to).sort();
    expect(recipients).toEqual(everyoneInvited);
    for (const mail of invitations) {
      const text = everyPart(mail);
      for (const secret of secrets) expect(text).not.toContain(secret);
      expect(mail.parsed.text).toContain(`${publicUrl}/sips/${sipId}`);
      expect(mail.parsed.text).toContain('In English');
      const calendar = calendarOf(mail);
      expect(calendar).toMatchObject({ method: 'REQUEST', uid: `${meetingId}@samplan`, sequence: 0 });
      expect(calendar.start).toBe(meetingFor(world).startsAt);
      // An in-person meeting's place may be the individual's home: the calendar gives the form, not the address.
      expect(calendar.location).not.toContain('Socialkontoret');
    }

    const moved = await world.convener.put(`${path}/meeting`, {
      startsAt: isoTime(8, 9),
      endsAt: isoTime(8, 10),
      form: 'video',
      place: 'Tove Testssons hem',
      reason: 'Krock',
    });
    expect(moved.status).toBe(200);
    const changes = await smtp.waitFor(about('SIP-mötet är flyttat'), 4);
    expect(changes.flatMap((mail) => mail.to).sort()).toEqual(everyoneInvited);
    for (const mail of changes) {
      for (const secret of [...secrets, 'hem']) expect(everyPart(mail)).not.toContain(secret);
      expect(calendarOf(mail)).toMatchObject({
        method: 'REQUEST',
        uid: `${meetingId}@samplan`,
        sequence: 1,
        start: isoTime(8, 9),
      });
    }

    const cancelled = await world.convener.post<{ phase: string; meeting: { status: string } }>(
      `${path}/meeting/cancel`,
      { reason: 'Personen är sjuk' },
    );
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.phase).toBe('preparation');
    expect(cancelled.body.meeting.status).toBe('cancelled');
    const cancellations = await smtp.waitFor(about('SIP-mötet är inställt'), 4);
    expect(cancellations.flatMap((mail) => mail.to).sort()).toEqual(everyoneInvited);
    for (const mail of cancellations) {
      // The reason is free text about the individual: it stays in Samplan.
      for (const secret of [...secrets, 'sjuk']) expect(everyPart(mail)).not.toContain(secret);
      expect(calendarOf(mail)).toMatchObject({
        method: 'CANCEL',
        uid: `${meetingId}@samplan`,
        sequence: 2,
        status: 'CANCELLED',
      });
    }
    // Nothing reached the colleague who chose no such mail.
    expect(smtp.mails.filter(addressedTo('ingen-post@example.se'))).toEqual([]);

    // The case can be invited to a new meeting, a new calendar entry with its own UID.
    const again = await world.convener.post<{ meeting: { id: string } }>(
      `${path}/meetings`,
      meetingFor(world),
    );
    expect(again.status).toBe(200);
    expect(again.body.meeting.id).not.toBe(meetingId);
    const second = await smtp.waitFor(
      (mail) =>
        about('Kallelse till SIP-möte')(mail) && calendarOf(mail).uid === `${again.body.meeting.id}@samplan`,
      4,
    );
    expect(calendarOf(second[0]!).sequence).toBe(0);
  });

  it('refuses to cancel without a reason or without a meeting, and the invited unit cannot cancel', async () => {
    const created = await world.convener.post<{ id: string }>('/api/sips', newSipBody(secondIdNumber));
    const path = `/api/sips/${created.body.id}`;
    await world.convener.post(`${path}/consent`, consentFor(world));
    const none = await world.convener.post<{ code: string }>(`${path}/meeting/cancel`, { reason: 'Fel' });
    expect(none.status).toBe(409);
    await world.convener.post(`${path}/meetings`, meetingFor(world));
    const noReason = await world.convener.post<{ messages: { sv: string; en: string } }>(
      `${path}/meeting/cancel`,
      { reason: ' ' },
    );
    expect(noReason.status).toBe(400);
    expect(noReason.body.messages.sv).not.toBe('');
    const byInvited = await world.primaryCare.post(`${path}/meeting/cancel`, { reason: 'Vi kan inte' });
    expect(byInvited.status).toBe(403);
    const byStranger = await world.stranger.post(`${path}/meeting/cancel`, { reason: 'Vi kan inte' });
    expect(byStranger.status).toBe(404);
    const sip = await world.convener.get<{ meeting: { id: string; status: string }; phase: string }>(path);
    expect(sip.body.meeting.status).toBe('scheduled');
    expect(sip.body.phase).toBe('invitation');
    const told = await server.db
      .selectFrom('notices')
      .select('id')
      .where('meetingId', '=', sip.body.meeting.id)
      .where('kind', '=', 'meeting_cancelled')
      .execute();
    expect(told).toEqual([]);
    openSipPath = path;
  });

  it('tells a unit that an invitation was forwarded to it', async () => {
    const forwardOrg = world.region.units.psyk!;
    await server.db
      .updateTable('units')
      .set({ email: 'psyk@example.se' })
      .where('id', '=', forwardOrg)
      .execute();
    const sip = await world.convener.get<{ invitations: { id: string; unitId: string }[] }>(openSipPath);
    const invitation = sip.body.invitations.find((i) => i.unitId === world.region.units.vc)!;
    const forwarded = await world.primaryCare.post(`/api/invitations/${invitation.id}/forward`, {
      unitId: forwardOrg,
      note: 'Rätt enhet',
    });
    expect(forwarded.status).toBe(200);
    const [mail] = await smtp.waitFor(addressedTo('psyk@example.se'));
    expect(mail!.parsed.subject).toMatch(/^Kallelse till SIP-möte/);
    expect(calendarOf(mail!).method).toBe('REQUEST');
  });

  it('mails the plan established and changed to the other units taking part, not the acting one', async () => {
    const { path, id } = await sipWithMeetingHeld(world, '19850417-2381');
    const saved = await world.convener.put<{ revision: number }>(`${path}/plan`, {
      baseRevision: 0,
      content: completePlan(world),
    });
    expect(saved.status).toBe(200);
    const established = await world.convener.post(`${path}/plan/establish`, { baseRevision: 1 });
    expect(established.status).toBe(200);
    const mails = await smtp.waitFor(about('Planen är fastställd'), 4);
    expect(mails.flatMap((mail) => mail.to).sort()).toEqual([
      'elevhalsan@example.se',
      'hemtjanst@example.se',
      'planer@example.se',
      'vc@example.se',
    ]);
    for (const mail of mails) {
      expect(mail.parsed.text).toContain(`${publicUrl}/sips/${id}`);
      expect(mail.parsed.attachments).toEqual([]);
      for (const secret of [...secrets, '19850417', 'Maria Nilsson'])
        expect(everyPart(mail)).not.toContain(secret);
    }

    const changed = await world.convener.put(`${path}/plan`, {
      baseRevision: 2,
      content: { ...completePlan(world), needs: 'Mer stöd i boendet.' },
      reason: 'Utökat boendestöd',
    });
    expect(changed.status).toBe(200);
    const changes = await smtp.waitFor(about('Planen är ändrad'), 4);
    expect(changes.flatMap((mail) => mail.to).sort()).toEqual([
      'elevhalsan@example.se',
      'hemtjanst@example.se',
      'planer@example.se',
      'vc@example.se',
    ]);
    for (const mail of changes) {
      expect(mail.parsed.text).toContain('version 2');
      for (const secret of [...secrets, 'boendestöd']) expect(everyPart(mail)).not.toContain(secret);
    }
  });

  it('retries a mail the server refuses, with backoff, and gives up after the limit', async () => {
    const failing = await createOrganisation(server.db, 'region', ['bad']);
    await server.db
      .updateTable('units')
      .set({ email: 'not-an-address' })
      .where('id', '=', failing.units.bad!)
      .execute();
    await notify(server.db, {
      kind: 'follow_up_overdue',
      unitId: failing.units.bad!,
      sipId: null,
      dedupeKey: `test-failing-${kind}`,
    });
    const deadline = Date.now() + 10_000;
    let row;
    do {
      await new Promise((resolve) => setTimeout(resolve, 100));
      row = await server.db
        .selectFrom('mailOutbox')
        .selectAll()
        .where('toAddress', '=', 'not-an-address')
        .executeTakeFirstOrThrow();
    } while (row.status === 'pending' && Date.now() < deadline);
    expect(row.status).toBe('failed');
    expect(row.attempts).toBe(6);
    expect(row.lastError).not.toBe('');
  });

  it('ignores a second notice with the same dedupe key', async () => {
    const notice = {
      kind: 'follow_up_due' as const,
      unitId: world.region.units.vc!,
      sipId: null,
      dedupeKey: `test-once-${kind}`,
    };
    await notify(server.db, notice);
    await notify(server.db, notice);
    const rows = await server.db
      .selectFrom('notices')
      .select('id')
      .where('dedupeKey', '=', notice.dedupeKey)
      .execute();
    expect(rows).toHaveLength(1);
    const outbox = await server.db
      .selectFrom('mailOutbox')
      .select('toAddress')
      .where('noticeId', '=', rows[0]!.id)
      .execute();
    // The functional mailbox always; of the users only those who chose this kind (off by default).
    expect(outbox.map((row) => row.toAddress)).toEqual(['vc@example.se']);
  });

  it.runIf(kind === 'postgresql')('sends each mail exactly once when two instances deliver', async () => {
    const burst = await createOrganisation(server.db, 'municipality', ['burst']);
    await server.db
      .updateTable('units')
      .set({ email: 'burst@example.se' })
      .where('id', '=', burst.units.burst!)
      .execute();
    // Both loops start before the mail is queued, so they race for every row.
    const logger = pino({ level: 'silent' });
    const settings = { smtpUrl: smtp.url, publicUrl, mailFrom: 'samplan@example.se' };
    const first = startMailDelivery(server.db, settings, logger, { pollMs: 5 });
    const second = startMailDelivery(server.db, settings, logger, { pollMs: 5 });
    const count = 40;
    await server.db.transaction().execute(async (trx) => {
      for (let index = 0; index < count; index += 1) {
        await notify(trx, {
          kind: 'follow_up_overdue',
          unitId: burst.units.burst!,
          sipId: null,
          dedupeKey: `burst-${index}`,
        });
      }
    });
    await smtp.waitFor(addressedTo('burst@example.se'), count);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await Promise.all([first.stop(), second.stop()]);
    const received = smtp.mails.filter(addressedTo('burst@example.se'));
    expect(received).toHaveLength(count);
    expect(new Set(received.map((mail) => mail.parsed.messageId)).size).toBe(count);
    const rows = await server.db
      .selectFrom('mailOutbox')
      .select(['status', 'attempts'])
      .where('toAddress', '=', 'burst@example.se')
      .execute();
    expect(rows.every((row) => row.status === 'sent' && row.attempts === 1)).toBe(true);
  });
});

describe('mail settings', () => {
  it('reads PUBLIC_URL without a trailing slash and SMTP_URL as given, and refuses what is no such address', () => {
    expect(readConfig({}).publicUrl).toBe('http://localhost:3000');
    expect(readConfig({}).smtpUrl).toBeNull();
    const set = readConfig({
      PUBLIC_URL: 'https://samplan.region.se/',
      SMTP_URL: 'smtps://u:p@mail.region.se:465',
    });
    expect(set.publicUrl).toBe('https://samplan.region.se');
    expect(set.smtpUrl).toBe('smtps://u:p@mail.region.se:465');
    expect(() => readConfig({ PUBLIC_URL: 'samplan.region.se' })).toThrow(/PUBLIC_URL/);
    expect(() => readConfig({ SMTP_URL: 'mail.region.se:587' })).toThrow(/SMTP_URL/);
  });
});

describe.each(testDatabaseKinds())('the local outbox without SMTP (%s)', (kind) => {
  let server: Running;
  let world: ProcessWorld;

  beforeAll(async () => {
    server = await startApp(kind, null);
    world = await createProcessWorld(server.db, () => server.client());
    await server.db
      .updateTable('units')
      .set({ email: 'vc@example.se' })
      .where('id', '=', world.region.units.vc!)
      .execute();
  });

  afterAll(async () => {
    await server.close();
  });

  async function signInAs(
    unitId: string,
    role: 'organisation_admin' | 'system_admin' | 'staff' | 'unit_manager',
  ) {
    const user = await createUser(server.db, [unitId], role);
    const client = server.client();
    await client.login(user.username, testPassword);
    return client;
  }

  it('keeps the mail for administrators of the receiving organisation, and refuses everyone else', async () => {
    const created = await world.convener.post<{ id: string }>('/api/sips', newSipBody());
    const path = `/api/sips/${created.body.id}`;
    await world.convener.post(`${path}/consent`, consentFor(world));
    await world.convener.post(`${path}/meetings`, meetingFor(world));

    const regionAdmin = await signInAs(world.region.units.psyk!, 'organisation_admin');
    type Outbox = {
      mails: { to: string; status: string; subject: string; text: string; hasCalendar: boolean }[];
    };
    let outbox: Outbox = { mails: [] };
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      const read = await regionAdmin.get<Outbox>('/api/outbox');
      expect(read.status).toBe(200);
      outbox = read.body;
      if (outbox.mails.some((mail) => mail.status === 'local')) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(outbox.mails).toHaveLength(1);
    const [mail] = outbox.mails;
    expect(mail).toMatchObject({ to: 'vc@example.se', status: 'local', hasCalendar: true });
    expect(mail!.subject).toMatch(/^Kallelse till SIP-möte/);
    expect(mail!.text).toContain(`${publicUrl}/sips/${created.body.id}`);
    for (const secret of secrets) expect(JSON.stringify(mail)).not.toContain(secret);

    const entries = await server.db
      .selectFrom('accessLog')
      .select('action')
      .where('action', '=', 'read_outbox')
      .execute();
    expect(entries.length).toBeGreaterThan(0);

    // The school's mail (no mailbox, no users with addresses) was never queued; other organisations see nothing.
    const otherAdmin = await signInAs(world.strangerOrg.units.ifo!, 'organisation_admin');
    const other = await otherAdmin.get<Outbox>('/api/outbox');
    expect(other.status).toBe(200);
    expect(other.body.mails).toEqual([]);
    const systemAdmin = await signInAs(world.strangerOrg.units.ifo!, 'system_admin');
    const all = await systemAdmin.get<Outbox>('/api/outbox?status=local');
    expect(all.body.mails.map((m) => m.to)).toContain('vc@example.se');

    for (const refused of [world.primaryCare, await signInAs(world.region.units.vc!, 'unit_manager')]) {
      const answer = await refused.get<{ code: string; messages: { sv: string; en: string } }>('/api/outbox');
      expect(answer.status).toBe(403);
      expect(answer.body.messages.sv).toContain('utkorgen');
    }
    const badFilter = await regionAdmin.get('/api/outbox?status=lost');
    expect(badFilter.status).toBe(400);
  });

  it('lists the acting unit’s notices in Samplan too, and nothing to a unit that takes no part', async () => {
    type Notices = { notices: { kind: string; sipId: string; caseNumber: string }[] };
    const mine = await world.primaryCare.get<Notices>('/api/notices');
    expect(mine.status).toBe(200);
    expect(mine.body.notices).toHaveLength(1);
    expect(mine.body.notices[0]!.kind).toBe('invitation_new');
    expect(mine.body.notices[0]!.caseNumber).toMatch(/^SIP-/);
    const school = await world.schoolStaff.get<Notices>('/api/notices');
    expect(school.body.notices.map((notice) => notice.kind)).toEqual(['invitation_new']);
    const stranger = await world.stranger.get<Notices>('/api/notices');
    expect(stranger.body.notices).toEqual([]);
    const listed = await server.db
      .selectFrom('accessLog')
      .select('unitId')
      .where('action', '=', 'list_notices')
      .execute();
    expect(listed.map((entry) => entry.unitId)).not.toContain(world.strangerOrg.units.ifo);
    expect(listed.map((entry) => entry.unitId)).toContain(world.region.units.vc);
    // Once the consent is withdrawn the invited units lose the case, and its notices with it.
    await world.convener.post(`/api/sips/${mine.body.notices[0]!.sipId}/consent/withdraw`, { note: '' });
    const after = await world.primaryCare.get<Notices>('/api/notices');
    expect(after.body.notices).toEqual([]);
  });
});
