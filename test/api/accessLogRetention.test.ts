import { setTimeout as sleep } from 'node:timers/promises';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../src/db/schema.js';
import { readConfig } from '../../src/server/config.js';
import { recordAccess } from '../../src/server/audit/accessLog.js';
import { pruneAccessLog } from '../../src/server/audit/retention.js';
import { verifyAccessLog } from '../../src/server/audit/verifyAudit.js';
import {
  access,
  chainOf,
  createLogActor,
  entryAt,
  inChain,
  pastTheTrigger,
  thenRollBack,
  verifyAfterTampering,
  writeEntries,
  type LogActor,
} from '../support/accessLogFixture.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/testDatabase.js';

const dayMs = 24 * 60 * 60 * 1000;
const chains = [0, 9];

describe.each(testDatabaseKinds())('access log retention on %s', (kind) => {
  let own: TestDatabase;
  let log: Kysely<DB>;
  let writer: LogActor;
  beforeAll(async () => {
    own = await createTestDatabase(kind);
    log = own.database.db;
    writer = await createLogActor(log);
  });
  afterAll(() => own.drop());

  it('prunes each chain up to the cut, records one anchor per chain, and the rest still verifies', async () => {
    await writeEntries(log, writer, 0, 10, chains);
    await sleep(5);
    const boundary = new Date();
    await sleep(5);
    await writeEntries(log, writer, 10, 10, chains);
    const tenth = await Promise.all(chains.map((chain) => entryAt(log, chain, 10)));
    const now = new Date(boundary.getTime() + 30 * dayMs);

    // A broken part is never pruned: that would remove the evidence with it.
    await expect(
      thenRollBack(log, async (trx) => {
        await pastTheTrigger(trx, () =>
          sql`UPDATE access_log SET action = 'read_case' || action WHERE chain = 9 AND seq = 4`.execute(trx),
        );
        return pruneAccessLog(trx, 30, now);
      }),
    ).rejects.toThrow('Refusing to prune chain 9 of the access log: Entry 4 was altered');

    expect(await pruneAccessLog(log, 30, now)).toBe(20);
    const anchors = await log.selectFrom('accessLogAnchor').selectAll().orderBy('chain').execute();
    expect(anchors.map((anchor) => [anchor.chain, Number(anchor.seq), Number(anchor.prunedCount)])).toEqual([
      [0, 10, 10],
      [9, 10, 10],
    ]);
    anchors.forEach((anchor, i) => expect(anchor).toMatchObject({ hash: tenth[i]!.hash, cut: boundary }));
    const afterPrune = await verifyAccessLog(log);
    expect(afterPrune).toMatchObject({ ok: true, entries: 20 });
    for (const chain of chains)
      expect(chainOf(afterPrune, chain)).toMatchObject({ entries: 10, head: { seq: 20 } });

    // Nothing more is due at the same time, and new entries continue each chain.
    expect(await pruneAccessLog(log, 30, now)).toBe(0);
    expect(await log.selectFrom('accessLogAnchor').select('seq').execute()).toHaveLength(2);
    await writeEntries(log, writer, 20, 5, chains);
    expect(await verifyAccessLog(log)).toMatchObject({ ok: true, entries: 30 });

    // A removed entry right after a chain's anchor is still found.
    const afterAnchor = await verifyAfterTampering(log, (trx) =>
      sql`DELETE FROM access_log WHERE chain = 9 AND seq = 11`.execute(trx),
    );
    expect(chainOf(afterAnchor, 9)).toMatchObject({
      ok: false,
      entries: 0,
      firstBad: { seq: 11, problem: 'missing' },
    });
    expect(chainOf(afterAnchor, 0)).toMatchObject({ ok: true, entries: 15 });

    // Pruning everything leaves each chain's anchor to continue from.
    const last = await entryAt(log, 9, 25);
    expect(await pruneAccessLog(log, 1, new Date(Date.now() + 2 * dayMs))).toBe(30);
    const emptied = await verifyAccessLog(log);
    expect(emptied).toMatchObject({ ok: true, entries: 0 });
    expect(chainOf(emptied, 9)).toEqual({
      chain: 9,
      ok: true,
      entries: 0,
      head: { seq: 25, hash: last.hash },
    });
    await inChain(log, 9, (trx) => recordAccess(trx, access(writer, 25)));
    expect(await entryAt(log, 9, 26)).toMatchObject({ prevHash: last.hash });
    expect(chainOf(await verifyAccessLog(log), 9)).toMatchObject({ ok: true, entries: 1, head: { seq: 26 } });

    // A delete in the style of a prune, but without declaring one, is refused.
    await expect(sql`DELETE FROM access_log WHERE seq <= 26`.execute(log)).rejects.toThrow(
      'append-only table access_log: DELETE is not allowed',
    );
    // Declared, it may still remove only what an anchor of the entry's own chain covers.
    await expect(
      log.transaction().execute(async (trx) => {
        await sql`SET LOCAL samplan.audit_prune = 'on'`.execute(trx);
        await sql`DELETE FROM access_log WHERE seq <= 26`.execute(trx);
      }),
    ).rejects.toThrow('entry 26 of chain 9 is not covered by a pruning anchor');
    await expect(pruneAccessLog(log, 0)).rejects.toThrow('positive whole number');
  });

  it("lets a prune remove only entries its own chain's anchor covers", async () => {
    const fresh = await createTestDatabase(kind);
    try {
      const db = fresh.database.db;
      await writeEntries(db, await createLogActor(db), 0, 3, chains);
      const third = await entryAt(db, 0, 3);
      await expect(
        db.transaction().execute(async (trx) => {
          await sql`SET LOCAL samplan.audit_prune = 'on'`.execute(trx);
          await sql`INSERT INTO access_log_anchor (chain, seq, hash, cut, pruned_count)
            VALUES (0, 3, ${third.hash}, now() + interval '1 day', 3)`.execute(trx);
          // Chain 0's anchor lets chain 0's entries go …
          await sql`DELETE FROM access_log WHERE chain = 0`.execute(trx);
          // … but not the same seqs of chain 9.
          await sql`DELETE FROM access_log WHERE chain = 9 AND seq = 1`.execute(trx);
        }),
      ).rejects.toThrow('entry 1 of chain 9 is not covered by a pruning anchor');
      expect(await verifyAccessLog(db)).toMatchObject({ ok: true, entries: 6 });
    } finally {
      await fresh.drop();
    }
  });
});

describe('AUDIT_RETENTION_DAYS', () => {
  it('defaults to ten years and takes a positive whole number of days', () => {
    expect(readConfig({}).auditRetentionDays).toBe(3650);
    expect(readConfig({ AUDIT_RETENTION_DAYS: ' 365 ' }).auditRetentionDays).toBe(365);
    for (const wrong of ['0', '-1', '1.5', 'abc', '1e400'])
      expect(() => readConfig({ AUDIT_RETENTION_DAYS: wrong })).toThrow(
        'AUDIT_RETENTION_DAYS must be a positive whole number',
      );
  });
});
