import { setTimeout as sleep } from 'node:timers/promises';
import { CamelCasePlugin, Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../src/db/schema.js';
import { recordAccess, recordAccesses } from '../../src/server/audit/accessLog.js';
import { verifyAccessLog } from '../../src/server/audit/verifyAudit.js';
import { access, createLogActor, type LogActor } from '../support/accessLogFixture.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/testDatabase.js';

// The database function's number of chains (migration 0015).
const chainCount = 16;
const rollback = new Error('roll back');

/** A promise and the function that settles it, to hold transactions open until the test lets them go. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe.each(testDatabaseKinds())('appending to the access log from many connections on %s', (kind) => {
  let test: TestDatabase;
  let db: Kysely<DB>;
  // On PostgreSQL, more connections than chains, so that every chain is contended; PGlite has one connection.
  let appenders: Kysely<DB>;
  let actor: LogActor;

  beforeAll(async () => {
    test = await createTestDatabase(kind);
    db = test.database.db;
    appenders =
      test.databaseUrl === null
        ? db
        : new Kysely<DB>({
            dialect: new PostgresDialect({
              pool: new pg.Pool({ connectionString: test.databaseUrl, max: 32 }),
            }),
            plugins: [new CamelCasePlugin()],
          });
    actor = await createLogActor(db);
  });
  afterAll(async () => {
    if (appenders !== db) await appenders.destroy();
    await test.drop();
  });

  const entries = () =>
    db
      .selectFrom('accessLog')
      .select(['chain', 'seq', 'reason', 'prevHash', 'hash'])
      .orderBy('chain')
      .orderBy('seq');

  it('keeps every chain gap-free and intact with 50 transactions of 20 appends at once, some rolled back', async () => {
    const transactions = 50;
    const appends = 20;
    const rolledBack = (n: number) => n % 7 === 3;
    await Promise.all(
      Array.from({ length: transactions }, (_, n) =>
        appenders
          .transaction()
          .execute(async (trx) => {
            for (let i = 0; i < appends; i += 1) {
              await recordAccess(trx, { ...access(actor, i), reason: `transaktion ${n} post ${i}` });
            }
            if (rolledBack(n)) throw rollback;
          })
          .catch((error: unknown) => {
            if (error !== rollback) throw error;
          }),
      ),
    );

    const rows = await entries().execute();
    const committed = Array.from({ length: transactions }, (_, n) => n).filter((n) => !rolledBack(n));
    expect(rows).toHaveLength(committed.length * appends);
    // Each chain numbered from 1 without a gap: a rolled-back entry left none.
    const chains = [...new Set(rows.map((row) => row.chain))];
    for (const chain of chains) {
      const seqs = rows.filter((row) => row.chain === chain).map((row) => Number(row.seq));
      expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    }
    // A transaction's entries stay together in one chain, in the order it made them.
    for (const n of committed) {
      const own = rows.filter((row) => row.reason.startsWith(`transaktion ${n} post `));
      expect(own.map((row) => row.reason)).toEqual(
        Array.from({ length: appends }, (_, i) => `transaktion ${n} post ${i}`),
      );
      expect(new Set(own.map((row) => row.chain)).size).toBe(1);
      expect(Number(own.at(-1)!.seq) - Number(own[0]!.seq)).toBe(appends - 1);
    }
    expect(rows.filter((row) => committed.every((n) => !row.reason.startsWith(`transaktion ${n} `)))).toEqual(
      [],
    );
    if (kind === 'postgresql') expect(chains.length).toBeGreaterThanOrEqual(4);
    expect(await verifyAccessLog(db)).toMatchObject({ ok: true, entries: rows.length });
  });

  it('chains a batch appended in one statement as single appends would, after an append on the same chain', async () => {
    const transactions = 20;
    const batch = 15;
    const rolledBack = (n: number) => n % 5 === 2;
    await Promise.all(
      Array.from({ length: transactions }, (_, n) =>
        appenders
          .transaction()
          .execute(async (trx) => {
            await recordAccess(trx, { ...access(actor, 0), reason: `parti ${n} först` });
            await recordAccesses(
              trx,
              Array.from({ length: batch }, (_, i) => ({
                ...access(actor, i),
                reason: `parti ${n} post ${i}`,
              })),
            );
            if (rolledBack(n)) throw rollback;
          })
          .catch((error: unknown) => {
            if (error !== rollback) throw error;
          }),
      ),
    );

    const rows = await entries().where('reason', 'like', 'parti %').execute();
    const committed = Array.from({ length: transactions }, (_, n) => n).filter((n) => !rolledBack(n));
    expect(rows).toHaveLength(committed.length * (batch + 1));
    // Each transaction's entries follow one another in one chain, the batch in the order given.
    for (const n of committed) {
      const own = rows.filter((row) => row.reason.startsWith(`parti ${n} `));
      expect(own.map((row) => row.reason)).toEqual([
        `parti ${n} först`,
        ...Array.from({ length: batch }, (_, i) => `parti ${n} post ${i}`),
      ]);
      expect(new Set(own.map((row) => row.chain)).size).toBe(1);
      expect(own.map((row) => Number(row.seq) - Number(own[0]!.seq))).toEqual(own.map((_, i) => i));
      expect(own.slice(1).map((row) => row.prevHash)).toEqual(own.slice(0, -1).map((row) => row.hash));
    }
    expect(await verifyAccessLog(db)).toMatchObject({ ok: true });
  });

  it.runIf(kind === 'postgresql')(
    'appends while other transactions hold chains, and waits for one only when every chain is held',
    async () => {
      const release = gate();
      const holding: Promise<void>[] = [];
      const appended: Promise<void>[] = [];
      for (let n = 0; n < chainCount; n += 1) {
        const done = gate();
        appended.push(done.opened);
        holding.push(
          appenders.transaction().execute(async (trx) => {
            await recordAccess(trx, { ...access(actor, n), reason: `håller ${n}` });
            done.open();
            await release.opened;
          }),
        );
      }
      await Promise.all(appended);
      const held = await db
        .selectFrom('accessLog')
        .select('chain')
        .where('reason', 'like', 'håller %')
        .execute();
      // Nothing committed yet, so nothing to see; the locks show which chains are held.
      expect(held).toEqual([]);
      const { rows: locks } = await sql<{
        n: string | number;
      }>`SELECT count(DISTINCT objid) AS n FROM pg_locks
        WHERE locktype = 'advisory' AND granted AND classid = 7261843
          AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`.execute(db);
      expect(Number(locks[0]!.n)).toBe(chainCount);

      // Every chain is held: the next append queues until one of them ends.
      let queuedDone = false;
      const queued = recordAccess(appenders, { ...access(actor, 99), reason: 'i kö' }).then(() => {
        queuedDone = true;
      });
      for (;;) {
        const { rows } = await sql<{ n: string | number }>`SELECT count(*) AS n FROM pg_locks
          WHERE locktype = 'advisory' AND NOT granted AND classid = 7261843`.execute(db);
        if (Number(rows[0]!.n) > 0) break;
        await sleep(10);
      }
      expect(queuedDone).toBe(false);
      release.open();
      await Promise.all([...holding, queued]);

      const queuedRow = await entries().where('reason', '=', 'i kö').executeTakeFirstOrThrow();
      const before = await entries()
        .where('chain', '=', queuedRow.chain)
        .where('seq', '=', Number(queuedRow.seq) - 1)
        .executeTakeFirstOrThrow();
      // It followed the entry of the transaction that held its chain.
      expect(before.reason).toMatch(/^håller /);
      expect(before.hash).toBe(queuedRow.prevHash);
      expect(await verifyAccessLog(db)).toMatchObject({ ok: true });
    },
  );
});
