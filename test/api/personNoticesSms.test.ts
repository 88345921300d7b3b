import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Kysely } from 'kysely';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../src/db/schema.js';
import { readConfig } from '../../src/server/config.js';
import { startMailDelivery } from '../../src/server/mail/delivery.js';
import { personNoticeSender } from '../../src/server/personNotices/sender.js';
import { startMailCatcher, type MailCatcher } from '../support/mailCatcher.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/testDatabase.js';

/** A county's SMS gateway on a loopback port: keeps what it is sent, and answers each request as told. */
async function startGateway(answer: (count: number) => { status: number; body: string }) {
  const received: { authorization: string | undefined; type: string | undefined; body: unknown }[] = [];
  const server: Server = createServer((request: IncomingMessage, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({
        authorization: request.headers.authorization,
        type: request.headers['content-type'],
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown,
      });
      const { status, body } = answer(received.length);
      response.writeHead(status, { 'content-type': 'application/json' }).end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(port)}/sms`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('the SMS sender chosen by configuration', () => {
  it('is the log by default, and an HTTP gateway only with its address and token', () => {
    expect(readConfig({}).sms).toEqual({ sender: 'log' });
    expect(
      readConfig({
        SMS_SENDER: 'http',
        SMS_HTTP_URL: 'https://sms.region.se/send',
        SMS_HTTP_TOKEN: 'hemligt',
      }).sms,
    ).toEqual({ sender: 'http', url: 'https://sms.region.se/send', token: 'hemligt' });
    expect(() => readConfig({ SMS_SENDER: 'carrier-pigeon' })).toThrow(/SMS_SENDER must be one of log, http/);
    expect(() => readConfig({ SMS_SENDER: 'http', SMS_HTTP_TOKEN: 'hemligt' })).toThrow(/SMS_HTTP_URL/);
    expect(() => readConfig({ SMS_SENDER: 'http', SMS_HTTP_URL: 'ftp://sms.region.se' })).toThrow(
      /SMS_HTTP_URL/,
    );
    expect(() => readConfig({ SMS_SENDER: 'http', SMS_HTTP_URL: 'https://sms.region.se' })).toThrow(
      /SMS_HTTP_TOKEN/,
    );
  });
});

describe.each(testDatabaseKinds())('messages to people who are not staff, by e-mail and SMS (%s)', (kind) => {
  let testDatabase: TestDatabase;
  let db: Kysely<DB>;
  let smtp: MailCatcher;
  const settings = { publicUrl: 'https://samplan.example.se', mailFrom: 'samplan@example.se' };

  beforeAll(async () => {
    testDatabase = await createTestDatabase(kind);
    db = testDatabase.database.db;
    smtp = await startMailCatcher();
  });
  afterAll(async () => {
    await smtp.close();
    await testDatabase.drop();
  });

  const statusOf = (id: string) =>
    db
      .selectFrom('mailOutbox')
      .select(['status', 'attempts', 'messageId', 'lastError'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();

  /** The outbox row once the delivery loop, running on its own, has brought it where `reached` says. */
  async function once(id: string, reached: (row: Awaited<ReturnType<typeof statusOf>>) => boolean) {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const row = await statusOf(id);
      if (reached(row)) return row;
      if (Date.now() > deadline) throw new Error(`the message stayed ${JSON.stringify(row)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it('sends a message its caller composed, as it stands, once the transaction that queued it commits', async () => {
    const delivery = startMailDelivery(db, { ...settings, smtpUrl: smtp.url }, pino({ level: 'silent' }), {
      pollMs: 20,
    });
    try {
      const text = 'Du är bjuden in i Samplan: https://samplan.example.se/gast/abc';
      await expect(
        db.transaction().execute(async (trx) => {
          await personNoticeSender(trx).email('Undo@Example.se', { subject: 'Inbjudan', text });
          throw new Error('the change failed');
        }),
      ).rejects.toThrow('the change failed');
      const id = await db
        .transaction()
        .execute((trx) => personNoticeSender(trx).email('Gast@Example.se', { subject: 'Inbjudan', text }));
      const [mail] = await smtp.waitFor((caught) => caught.to.includes('gast@example.se'));
      expect(mail!.parsed.subject).toBe('Inbjudan');
      expect(mail!.parsed.text?.trim()).toBe(text);
      expect((await once(id, (row) => row.status !== 'pending')).status).toBe('sent');
      expect(smtp.mails.filter((caught) => caught.to.includes('undo@example.se'))).toEqual([]);
    } finally {
      await delivery.stop();
    }
  });

  it('posts an SMS to the configured gateway with its bearer token, and retries one the gateway refuses', async () => {
    const gateway = await startGateway((count) =>
      count === 1
        ? { status: 503, body: '{"error":"busy for 070-555 00 00"}' }
        : { status: 202, body: '{"id":"gw-7"}' },
    );
    const logLines: string[] = [];
    const delivery = startMailDelivery(
      db,
      { ...settings, smtpUrl: null, sms: { sender: 'http', url: gateway.url, token: 'county-token' } },
      pino({ level: 'info' }, { write: (line: string) => logLines.push(line) }),
      { pollMs: 20, retry: { maxAttempts: 3, delaySeconds: () => 3600 } },
    );
    try {
      const text = 'Samplan: Ett möte om din SIP är inställt. Läs mer: https://samplan.example.se/mina';
      const id = await personNoticeSender(db).sms(' 070-555 00 00 ', { text });
      const refused = await once(id, (row) => row.lastError !== '');
      expect(refused).toMatchObject({ status: 'pending', attempts: 1 });
      expect(refused.lastError).toContain('503');
      expect(refused.lastError).not.toContain('555');
      // The hour's wait passes.
      await db.updateTable('mailOutbox').set({ nextAttemptAt: new Date() }).where('id', '=', id).execute();
      expect(await once(id, (row) => row.status !== 'pending')).toMatchObject({
        status: 'sent',
        attempts: 2,
        messageId: 'gw-7',
      });
      expect(gateway.received).toHaveLength(2);
      expect(gateway.received[1]).toEqual({
        authorization: 'Bearer county-token',
        type: 'application/json',
        body: { reference: id, to: '070-555 00 00', text },
      });
      for (const line of logLines) {
        expect(line).not.toContain('555');
        expect(line).not.toContain('mina');
      }
    } finally {
      await delivery.stop();
      await gateway.close();
    }
  });
});
