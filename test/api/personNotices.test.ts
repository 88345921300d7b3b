import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns';
import { sql, type Kysely } from 'kysely';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../src/db/schema.js';
import { TIME_ZONE } from '../../src/domain/time/stockholm.js';
import { jobHandlers, sweeps } from '../../src/server/jobs/registry.js';
import { createJobRunner, type JobRunner } from '../../src/server/jobs/runner.js';
import { startMailDelivery, type MailDelivery } from '../../src/server/mail/delivery.js';
import type { SipDetail } from '../../src/shared/api/responses.js';
import { startMailCatcher, type CaughtMail, type MailCatcher } from '../support/mailCatcher.js';
import {
  completePlan,
  consentFor,
  createProcessWorld,
  meetingFor,
  newSipBody,
  sipWithMeetingHeld,
  type ProcessWorld,
} from '../support/processFixture.js';
import { testDatabaseKinds } from '../support/testDatabase.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

const publicUrl = 'https://samplan.example.se';
const link = `${publicUrl}/mina`;

/** A valid personnummer (12 digits) born on `date` (YYYYMMDD) with the serial `serial` (three digits). */
function idNumber(date: string, serial: string): string {
  const digits = `${date.slice(2)}${serial}`;
  const sum = [...digits].reduce((total, digit, index) => {
    const product = Number(digit) * (index % 2 === 0 ? 2 : 1);
    return total + (product > 9 ? product - 9 : product);
  }, 0);
  return `${date}${serial}${(10 - (sum % 10)) % 10}`;
}

/** Tomorrow in Stockholm at the given local hour, whatever the time and time zone the test runs in. */
function tomorrowAt(hour: number): string {
  const tomorrow = addDays(TZDate.tz(TIME_ZONE), 1);
  tomorrow.setHours(hour, 0, 0, 0);
  return new Date(tomorrow.getTime()).toISOString();
}

/** What a person notice says: subject and text as a mail client shows them. */
const shown = (mail: CaughtMail) => `${mail.parsed.subject ?? ''}\n${mail.parsed.text ?? ''}`;

describe.each(testDatabaseKinds())('notices to the individual and the guardians (%s)', (kind) => {
  let smtp: MailCatcher;
  let server: TestServer;
  let db: Kysely<DB>;
  let world: ProcessWorld;
  let delivery: MailDelivery;
  let scheduler: JobRunner;
  /** Every line the delivery loop logged, as written. */
  const logLines: string[] = [];
  /** Names no message to a person may carry: the test individual's and every unit's. */
  let unitNames: string[] = [];

  beforeAll(async () => {
    smtp = await startMailCatcher();
    const settings = { smtpUrl: smtp.url, publicUrl, mailFrom: 'samplan@example.se' };
    server = await startTestServer(kind, settings);
    db = server.database.db;
    world = await createProcessWorld(db, () => server.client());
    const logger = pino({ level: 'info' }, { write: (line: string) => logLines.push(line) });
    delivery = startMailDelivery(db, { ...settings, sms: { sender: 'log' } }, logger, { pollMs: 20 });
    scheduler = createJobRunner({
      db,
      handlers: jobHandlers,
      sweeps,
      intervalMs: 10,
      logger: pino({ level: 'silent' }),
    });
    unitNames = (await db.selectFrom('units').select('name').execute()).map((unit) => unit.name);
  });

  afterAll(async () => {
    await delivery.stop();
    await server.close();
    await smtp.close();
  });

  /** Where the notices of the person with that identity number go. */
  async function reach(personIdNumber: string, contact: { email?: string; mobile?: string }) {
    await db
      .updateTable('persons')
      .set({ email: contact.email ?? '', mobile: contact.mobile ?? '' })
      .where('idNumber', '=', personIdNumber)
      .execute();
  }

  /** A new SIP for the person with that identity number, and where their notices go. */
  async function sipFor(personIdNumber: string, contact: { email?: string; mobile?: string } = {}) {
    const created = await world.convener.post<SipDetail>('/api/sips', newSipBody(personIdNumber));
    expect(created.status).toBe(201);
    await reach(personIdNumber, contact);
    return { id: created.body.id, path: `/api/sips/${created.body.id}`, caseNumber: created.body.caseNumber };
  }

  /** A SIP of the person brought through its meeting to the first plan version established. */
  async function establishedFor(personIdNumber: string) {
    const sip = await sipWithMeetingHeld(world, personIdNumber);
    const put = await world.convener.put(`${sip.path}/plan`, {
      baseRevision: 0,
      content: completePlan(world),
    });
    expect(put.status).toBe(200);
    expect((await world.convener.post(`${sip.path}/plan/establish`, { baseRevision: 1 })).status).toBe(200);
    return sip;
  }

  /** Consent recorded (`consent` adds to the adult's own) and the meeting called (`meeting` changes the usual). */
  async function callMeeting(
    path: string,
    meeting: Partial<ReturnType<typeof meetingFor>> = {},
    consent: Record<string, unknown> = {},
  ) {
    const consented = await world.convener.post(`${path}/consent`, { ...consentFor(world), ...consent });
    expect(consented.status).toBe(200);
    const called = await world.convener.post(`${path}/meetings`, { ...meetingFor(world), ...meeting });
    expect(called.status).toBe(200);
  }

  /** The messages queued for the SIP's person notices: channel, address, kind, and how it went. */
  function messagesOf(sipId: string) {
    return (
      db
        .selectFrom('mailOutbox')
        .innerJoin('personNotices', 'personNotices.id', 'mailOutbox.personNoticeId')
        .select([
          'mailOutbox.id',
          'mailOutbox.channel',
          'mailOutbox.toAddress',
          'personNotices.kind',
          'mailOutbox.status',
        ])
        .where('personNotices.sipId', '=', sipId)
        // Ids are made in time order: the notices as they were given, then each one's messages by channel.
        .orderBy('personNotices.id')
        .orderBy('mailOutbox.channel')
        .orderBy('mailOutbox.toAddress')
        .execute()
    );
  }

  /** The SIP's messages on the channel once the delivery loop, running on its own, has handled them all. */
  async function delivered(sipId: string, channel: 'email' | 'sms') {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const messages = (await messagesOf(sipId)).filter((message) => message.channel === channel);
      if (messages.every((message) => message.status !== 'pending')) return messages;
      if (Date.now() > deadline) throw new Error('messages still pending');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Asserts that a message to a person says nothing but that there is news, and links to the individual's side. */
  function linkOnly(text: string, secrets: string[]) {
    expect(text).toContain(link);
    // No identity number, case number, date or time can be written without a digit.
    expect(text).not.toMatch(/\d/);
    for (const secret of [...secrets, ...unitNames, 'Tove', 'Testsson', 'Socialkontoret', 'SIP-20']) {
      expect(text).not.toContain(secret);
    }
  }

  it('mails and texts the individual when a meeting is called, moved and cancelled: a link and nothing else', async () => {
    const person = idNumber('19700101', '234');
    const sip = await sipFor(person, { email: 'Tove.T@Example.se', mobile: '070-111 22 33' });
    await callMeeting(sip.path);
    const moved = await world.convener.put(`${sip.path}/meeting`, {
      startsAt: tomorrowAt(13),
      endsAt: tomorrowAt(14),
      form: 'video',
      place: '',
      reason: 'Krock',
    });
    expect(moved.status).toBe(200);
    const cancelled = await world.convener.post(`${sip.path}/meeting/cancel`, { reason: 'Tove är sjuk' });
    expect(cancelled.status).toBe(200);

    const mails = await smtp.waitFor((mail) => mail.to.includes('tove.t@example.se'), 3);
    expect(mails).toHaveLength(3);
    // One mail per event, in whatever order the mail server took them.
    const texts = mails.map(shown);
    for (const line of ['Du är bjuden till ett möte', 'har fått en ny tid', 'är inställt']) {
      expect(texts.filter((text) => text.includes(line))).toHaveLength(1);
    }
    for (const text of texts) linkOnly(text, [person, person.slice(2, 8), sip.caseNumber, 'Krock', 'sjuk']);

    // Meeting called to two units, yet the individual is told once per event; each SMS goes to the log sender.
    const messages = await messagesOf(sip.id);
    expect(messages.map((message) => [message.kind, message.channel, message.toAddress])).toEqual([
      ['meeting_invitation', 'email', 'tove.t@example.se'],
      ['meeting_invitation', 'sms', '070-111 22 33'],
      ['meeting_moved', 'email', 'tove.t@example.se'],
      ['meeting_moved', 'sms', '070-111 22 33'],
      ['meeting_cancelled', 'email', 'tove.t@example.se'],
      ['meeting_cancelled', 'sms', '070-111 22 33'],
    ]);
    const sms = await delivered(sip.id, 'sms');
    expect(sms.map((message) => message.status)).toEqual(['local', 'local', 'local']);
    const smsLines = logLines.filter((line) => line.includes('"channel":"sms"'));
    for (const message of sms) {
      expect(smsLines.filter((line) => line.includes(message.id))).toHaveLength(1);
    }
    // The log names the outbox row, never the number, the person or the text.
    for (const line of logLines) {
      for (const secret of ['111 22 33', '1112233', 'tove', 'Tove', person, 'Samplan:', link]) {
        expect(line).not.toContain(secret);
      }
    }
    const smsTexts = await db
      .selectFrom('mailOutbox')
      .select('textBody')
      .where(
        'id',
        'in',
        sms.map((message) => message.id),
      )
      .execute();
    for (const { textBody } of smsTexts) linkOnly(textBody ?? '', [person, sip.caseNumber]);
  });

  it("tells a child's recorded guardians, both of them, and not the child or a removed guardian", async () => {
    const child = '20150315-2389';
    const sip = await sipFor(child, { email: 'barnet@example.se', mobile: '070-999 99 99' });
    const recordedBy = (await db.selectFrom('users').select('id').executeTakeFirstOrThrow()).id;
    const guardian = (name: string, email: string, mobile: string, removed = false) => ({
      id: crypto.randomUUID(),
      sipId: sip.id,
      idNumber: idNumber(name === 'Mamma' ? '19800101' : name === 'Pappa' ? '19790202' : '19780303', '123'),
      name,
      email,
      mobile,
      recordedBy,
      removedAt: removed ? new Date() : null,
      removedBy: removed ? recordedBy : null,
    });
    await db
      .insertInto('caseGuardians')
      .values([
        guardian('Mamma', 'mamma@example.se', '070-200 00 01'),
        guardian('Pappa', 'pappa@example.se', ''),
        guardian('Tidigare', 'tidigare@example.se', '070-200 00 03', true),
      ])
      .execute();
    await callMeeting(
      sip.path,
      {},
      {
        givenByName: 'Mamma',
        givenByRelation: 'guardian',
        guardians: [{ name: 'Mamma' }, { name: 'Pappa' }],
        childView: 'Jag vill vara med.',
      },
    );

    const mails = await smtp.waitFor(
      (mail) => mail.to.includes('mamma@example.se') || mail.to.includes('pappa@example.se'),
      2,
    );
    for (const mail of mails) linkOnly(shown(mail), [child, 'Mamma', 'Pappa', sip.caseNumber]);
    const messages = await messagesOf(sip.id);
    expect(messages.map((message) => [message.channel, message.toAddress]).sort()).toEqual([
      ['email', 'mamma@example.se'],
      ['email', 'pappa@example.se'],
      ['sms', '070-200 00 01'],
    ]);
  });

  it('records the notice but sends nothing to a person with no address; a protected person is told alike', async () => {
    const unreachable = await sipFor(idNumber('19650505', '345'));
    await callMeeting(unreachable.path);
    const notices = await db
      .selectFrom('personNotices')
      .select('kind')
      .where('sipId', '=', unreachable.id)
      .execute();
    expect(notices).toEqual([{ kind: 'meeting_invitation' }]);
    expect(await messagesOf(unreachable.id)).toEqual([]);

    const onlyPhone = await sipFor(idNumber('19660606', '456'), { mobile: '+46 70 300 00 00' });
    await callMeeting(onlyPhone.path);
    expect((await messagesOf(onlyPhone.id)).map((message) => message.channel)).toEqual(['sms']);

    const hidden = idNumber('19670707', '567');
    const protectedSip = await sipFor(hidden, { email: 'skyddad@example.se' });
    await db.updateTable('persons').set({ protectedIdentity: true }).where('idNumber', '=', hidden).execute();
    await callMeeting(protectedSip.path);
    const [mail] = await smtp.waitFor((caught) => caught.to.includes('skyddad@example.se'));
    const [other] = await smtp.waitFor((caught) => caught.to.includes('tove.t@example.se'));
    expect(shown(mail!)).toBe(shown(other!));
  });

  it('tells the individual of each new plan version to approve, once per version', async () => {
    const person = idNumber('19710101', '678');
    // A first SIP makes the person known, with their address; the plan is made in a second.
    await sipFor(person, { email: 'planen@example.se' });
    const held = await establishedFor(person);
    const changed = await world.convener.put(`${held.path}/plan`, {
      baseRevision: 2,
      content: { ...completePlan(world), medication: 'Ny medicin.' },
      reason: 'Ändrad medicin',
    });
    expect(changed.status).toBe(200);

    const notices = await db
      .selectFrom('personNotices')
      .select(['kind', 'planVersion'])
      .where('sipId', '=', held.id)
      .where('kind', '=', 'plan_to_approve')
      .orderBy('planVersion')
      .execute();
    expect(notices).toEqual([
      { kind: 'plan_to_approve', planVersion: 1 },
      { kind: 'plan_to_approve', planVersion: 2 },
    ]);
    const mails = await smtp.waitFor(
      (mail) => mail.to.includes('planen@example.se') && shown(mail).includes('ny plan'),
      2,
    );
    for (const mail of mails) linkOnly(shown(mail), [person, 'medicin']);
  });

  it('reminds of a meeting the day before and of a version waiting a week for approval, each once', async () => {
    const person = idNumber('19720202', '789');
    const sip = await sipFor(person, { email: 'paminn@example.se', mobile: '070-400 00 00' });
    await callMeeting(sip.path, { startsAt: tomorrowAt(10), endsAt: tomorrowAt(11) });

    const waiting = await establishedFor(person);
    const approved = await establishedFor(person);
    const longAgo = await establishedFor(person);
    const approval = await world.convener.post(`${approved.path}/plan/versions/1/approval`, {
      method: 'oral',
    });
    expect(approval.status).toBe(200);
    // A week and a day pass for both versions.
    await sql`UPDATE plan_versions SET created_at = now() - interval '8 days' WHERE sip_id IN (${waiting.id}, ${approved.id})`.execute(
      db,
    );
    // Established long before anyone could be reminded of it (Samplan started on a county's old plans).
    await sql`UPDATE plan_versions SET created_at = now() - interval '60 days' WHERE sip_id = ${longAgo.id}`.execute(
      db,
    );

    const reminded = (sipId: string) =>
      db
        .selectFrom('personNotices')
        .select('kind')
        .where('sipId', '=', sipId)
        .where('kind', 'in', ['meeting_reminder', 'approval_reminder'])
        .execute();
    await scheduler.runRound();
    await scheduler.runRound();
    expect(await reminded(sip.id)).toEqual([{ kind: 'meeting_reminder' }]);
    expect(await reminded(waiting.id)).toEqual([{ kind: 'approval_reminder' }]);
    expect(await reminded(approved.id)).toEqual([]);
    expect(await reminded(longAgo.id)).toEqual([]);

    const reminders = await smtp.waitFor(
      (mail) => mail.to.includes('paminn@example.se') && /Snart|väntar/.test(shown(mail)),
      2,
    );
    for (const mail of reminders) linkOnly(shown(mail), [person, sip.caseNumber]);
    const sms = (await messagesOf(sip.id)).filter((message) => message.kind === 'meeting_reminder');
    expect(sms.map((message) => message.channel)).toEqual(['email', 'sms']);
  });
});
