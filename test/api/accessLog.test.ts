import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import type { DB } from '../../src/db/schema.js';
import { recordAccess } from '../../src/server/audit/accessLog.js';
import { genesisHash } from '../../src/server/audit/chain.js';
import { entryHash } from '../../src/server/audit/entryHash.js';
import { verifyAccessLog, type AccessLogVerification } from '../../src/server/audit/verifyAudit.js';
import {
  access,
  chained,
  chainOf,
  createLogActor,
  entryAt,
  inChain,
  insertRow,
  pastTheTrigger,
  thenRollBack,
  verifyAfterTampering,
  writeEntries,
  type LogActor,
} from '../support/accessLogFixture.js';
import { runCli } from '../support/cli.js';
import { createUser } from '../support/factories.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/testDatabase.js';

// Two chains of 50 entries each, written in turns: the tamperings below are made in each of them.
const chains = [0, 9];
const perChain = 50;

describe.each(testDatabaseKinds())('access log on %s', (kind) => {
  let test: TestDatabase;
  let db: Kysely<DB>;
  let actor: LogActor;
  let otherUserId: string;

  beforeAll(async () => {
    test = await createTestDatabase(kind);
    db = test.database.db;
    actor = await createLogActor(db);
    otherUserId = (await createUser(db, [actor.unitId])).id;
    await writeEntries(db, actor, 0, perChain, chains);
  });
  afterAll(() => test.drop());

  it('chains the entries of each chain without gaps, and verifies every chain', async () => {
    const heads = [];
    for (const chain of chains) {
      const rows = await db
        .selectFrom('accessLog')
        .selectAll()
        .where('chain', '=', chain)
        .orderBy('seq')
        .execute();
      expect(rows.map((row) => Number(row.seq))).toEqual(Array.from({ length: perChain }, (_, i) => i + 1));
      expect(rows.every((row) => row.format === 2)).toBe(true);
      expect(rows[0]!.prevHash).toBe(genesisHash);
      for (let i = 1; i < rows.length; i += 1) expect(rows[i]!.prevHash).toBe(rows[i - 1]!.hash);
      // Time runs forward along a chain: it is read from the database's clock under the chain's lock.
      for (let i = 1; i < rows.length; i += 1)
        expect(rows[i]!.occurredAt.getTime()).toBeGreaterThanOrEqual(rows[i - 1]!.occurredAt.getTime());
      heads.push({ chain, ok: true, entries: perChain, head: { seq: perChain, hash: rows.at(-1)!.hash } });
    }
    for (const pageSize of [7, 25, 50, 5_000]) {
      expect(await verifyAccessLog(db, { pageSize })).toEqual({
        ok: true,
        entries: 2 * perChain,
        chains: heads,
      });
    }
  });

  it('keeps the entries of one transaction together in one chain, one after another', async () => {
    const rows = await thenRollBack(db, async (trx) => {
      for (let i = 0; i < 3; i += 1) await recordAccess(trx, { ...access(actor, i), reason: `samma ${i}` });
      return trx
        .selectFrom('accessLog')
        .select(['chain', 'seq', 'reason'])
        .where('reason', 'like', 'samma %')
        .orderBy('reason')
        .execute();
    });
    expect(new Set(rows.map((row) => row.chain)).size).toBe(1);
    const first = Number(rows[0]!.seq);
    expect(rows.map((row) => Number(row.seq))).toEqual([first, first + 1, first + 2]);
  });

  it('stores each field as given, so the hash recomputed from the stored row matches', async () => {
    const personId = uuidv7();
    const verification = await thenRollBack(db, (trx) =>
      inChain(trx, 9, async () => {
        await recordAccess(trx, {
          userId: actor.userId.toUpperCase(),
          unitId: actor.unitId,
          role: 'unit_manager',
          action: 'reveal_identity',
          personId: personId.toUpperCase(),
          sipId: null,
          clientAddress: '192.0.2.7',
          // A lone surrogate and a NUL, which PostgreSQL would otherwise change or refuse.
          reason: 'Skyddad identitet \uD800 \u0000 ✓',
        });
        const row = await entryAt(trx, 9, perChain + 1);
        expect(row).toMatchObject({
          userId: actor.userId,
          unitId: actor.unitId,
          role: 'unit_manager',
          action: 'reveal_identity',
          personId,
          sipId: null,
          clientAddress: '192.0.2.7',
          reason: 'Skyddad identitet \uFFFD \uFFFD ✓',
        });
        expect(entryHash(chained(row))).toBe(row.hash);
        return verifyAccessLog(trx);
      }),
    );
    expect(verification).toMatchObject({ ok: true, entries: 2 * perChain + 1 });
  });

  it('refuses an entry whose ids are not uuids', async () => {
    await expect(recordAccess(db, { ...access(actor, 1), personId: '19121212-1212' })).rejects.toThrow(
      /personId is not a uuid/,
    );
    expect(await verifyAccessLog(db)).toMatchObject({ ok: true, entries: 2 * perChain });
  });

  it('leaves no gap when the transaction an entry was recorded in rolls back', async () => {
    await expect(
      inChain(db, 9, async (trx) => {
        await recordAccess(trx, access(actor, 99));
        throw new Error('the read failed after all');
      }),
    ).rejects.toThrow('the read failed after all');
    const next = await thenRollBack(db, (trx) =>
      inChain(trx, 9, async () => {
        await recordAccess(trx, access(actor, 100));
        const row = await entryAt(trx, 9, perChain + 1);
        return { prevHash: row.prevHash, verification: await verifyAccessLog(trx) };
      }),
    );
    const head = await entryAt(db, 9, perChain);
    expect(next).toMatchObject({
      prevHash: head.hash,
      verification: { ok: true, entries: 2 * perChain + 1 },
    });
  });

  describe.each(chains)('tampering with chain %i', (chain) => {
    const other = chains.find((each) => each !== chain)!;

    /** The tampered chain's verification, once the other chain is seen to be unaffected. */
    function brokenChain(result: AccessLogVerification) {
      expect(result.ok).toBe(false);
      expect(chainOf(result, other)).toMatchObject({ ok: true, entries: perChain });
      const verified = chainOf(result, chain);
      expect(verified.ok).toBe(false);
      return verified;
    }
    const messageOf = (result: AccessLogVerification) => {
      const verified = chainOf(result, chain);
      return verified.ok ? '' : verified.message;
    };

    const alterations: [string, () => RawBuilder<unknown>][] = [
      ['id', () => sql`id = gen_random_uuid()`],
      ['occurred_at', () => sql`occurred_at = occurred_at + interval '1 millisecond'`],
      ['user_id', () => sql`user_id = ${otherUserId}::uuid`],
      ['unit_id', () => sql`unit_id = NULL`],
      ['role', () => sql`role = 'system_admin'`],
      ['action', () => sql`action = 'read_plan_' || action`],
      ['person_id', () => sql`person_id = gen_random_uuid()`],
      ['sip_id', () => sql`sip_id = gen_random_uuid()`],
      ['client_address', () => sql`client_address = '203.0.113.9'`],
      ['reason', () => sql`reason = reason || ' (ändrad)'`],
      ['prev_hash', () => sql`prev_hash = repeat('a', 64)`],
      ['hash', () => sql`hash = repeat('b', 64)`],
    ];
    it.each(alterations)(
      'reports an entry whose %s was changed as altered, at its seq',
      async (_, change) => {
        const result = await verifyAfterTampering(db, (trx) =>
          sql`UPDATE access_log SET ${change()} WHERE chain = ${chain} AND seq = 17`.execute(trx),
        );
        expect(brokenChain(result)).toMatchObject({ entries: 16, firstBad: { seq: 17, problem: 'altered' } });
        expect(messageOf(result)).toContain('Entry 17');
      },
    );

    it('reports an entry moved to the end of the other chain as a gap there', async () => {
      const result = await verifyAfterTampering(db, (trx) =>
        sql`UPDATE access_log SET chain = ${other}, seq = 1000 WHERE chain = ${chain} AND seq = ${perChain}`.execute(
          trx,
        ),
      );
      // Gone from the end of its own chain, which only a copy of the head kept elsewhere shows; an entry the
      // other chain never had.
      expect(result.ok).toBe(false);
      expect(chainOf(result, chain)).toMatchObject({ ok: true, entries: perChain - 1 });
      expect(chainOf(result, other)).toMatchObject({
        ok: false,
        firstBad: { seq: perChain + 1, problem: 'missing' },
      });
    });

    it('reports an entry altered and given a recomputed hash as altered, through the link of the next', async () => {
      const result = await verifyAfterTampering(db, async (trx) => {
        const forged = { ...chained(await entryAt(trx, chain, 12)), reason: 'Ingen åtkomst' };
        await sql`UPDATE access_log SET reason = ${forged.reason}, hash = ${entryHash(forged)}
          WHERE chain = ${chain} AND seq = 12`.execute(trx);
      });
      expect(brokenChain(result)).toMatchObject({ entries: 11, firstBad: { seq: 12, problem: 'altered' } });
    });

    it('reports a removed entry as missing at its seq', async () => {
      const result = await verifyAfterTampering(db, (trx) =>
        sql`DELETE FROM access_log WHERE chain = ${chain} AND seq = 25`.execute(trx),
      );
      expect(brokenChain(result)).toMatchObject({ entries: 24, firstBad: { seq: 25, problem: 'missing' } });
      expect(messageOf(result)).toBe('Entry 25 is missing: the entry after 24 is 26.');
    });

    it('reports the first of several removed entries, and a removed first entry', async () => {
      const several = await verifyAfterTampering(db, (trx) =>
        sql`DELETE FROM access_log WHERE chain = ${chain} AND seq BETWEEN 30 AND 33`.execute(trx),
      );
      expect(brokenChain(several)).toMatchObject({ firstBad: { seq: 30, problem: 'missing' } });
      expect(messageOf(several)).toContain('Entries 30–33 are missing');
      const first = await verifyAfterTampering(db, (trx) =>
        sql`DELETE FROM access_log WHERE chain = ${chain} AND seq = 1`.execute(trx),
      );
      expect(brokenChain(first)).toMatchObject({ entries: 0, firstBad: { seq: 1, problem: 'missing' } });
    });

    it('reports a removed entry whose successors were renumbered', async () => {
      const result = await verifyAfterTampering(db, async (trx) => {
        await sql`DELETE FROM access_log WHERE chain = ${chain} AND seq = 40`.execute(trx);
        await sql`UPDATE access_log SET seq = seq - 1 WHERE chain = ${chain} AND seq = 41`.execute(trx);
      });
      expect(brokenChain(result)).toMatchObject({ firstBad: { seq: 40 } });
    });

    /** Moves entries `from`… of the chain one place on, leaving `from` free. */
    async function makeRoom(trx: Kysely<DB>, from: number) {
      // In two steps, as the primary key is checked row by row.
      await sql`UPDATE access_log SET seq = seq + 1000 WHERE chain = ${chain} AND seq >= ${from}`.execute(
        trx,
      );
      await sql`UPDATE access_log SET seq = seq - 999 WHERE chain = ${chain} AND seq >= 1000`.execute(trx);
    }

    it('reports an entry inserted with a correct hash by where the entries after it no longer fit', async () => {
      const result = await verifyAfterTampering(db, async (trx) => {
        const before = chained(await entryAt(trx, chain, 29));
        await makeRoom(trx, 30);
        const forged = {
          ...before,
          id: uuidv7(),
          seq: 30,
          reason: 'Tillagd i efterhand',
          prevHash: before.hash,
        };
        await insertRow(trx, { ...forged, hash: entryHash(forged) });
      });
      // The forgery links and hashes as a real entry would; the one it displaced still names its place.
      expect(brokenChain(result)).toMatchObject({ firstBad: { seq: 31, problem: 'out_of_order' } });
      expect(messageOf(result)).toBe('Entry 31 is out of order: it holds the entry written as 30.');
    });

    it('reports an entry inserted at the end without its hash as altered', async () => {
      const result = await verifyAfterTampering(db, async (trx) => {
        const last = chained(await entryAt(trx, chain, perChain));
        await insertRow(trx, {
          ...last,
          id: uuidv7(),
          seq: perChain + 1,
          prevHash: last.hash,
          hash: 'c'.repeat(64),
        });
      });
      expect(brokenChain(result)).toMatchObject({
        entries: perChain,
        firstBad: { seq: perChain + 1, problem: 'altered' },
      });
    });

    /** Swaps everything but the chain and seq between two entries, as a reordering of the log would. */
    async function swap(trx: Kysely<DB>, a: [number, number], b: [number, number]) {
      const [first, second] = [await entryAt(trx, ...a), await entryAt(trx, ...b)];
      await sql`UPDATE access_log SET id = gen_random_uuid() WHERE chain = ${a[0]} AND seq = ${a[1]}`.execute(
        trx,
      );
      for (const [[placeChain, placeSeq], row] of [
        [b, first],
        [a, second],
      ] as const) {
        await sql`UPDATE access_log SET id = ${row.id}, occurred_at = ${row.occurredAt}, user_id = ${row.userId},
          unit_id = ${row.unitId}, role = ${row.role}, action = ${row.action}, person_id = ${row.personId},
          sip_id = ${row.sipId}, client_address = ${row.clientAddress}, reason = ${row.reason},
          prev_hash = ${row.prevHash}, hash = ${row.hash}
          WHERE chain = ${placeChain} AND seq = ${placeSeq}`.execute(trx);
      }
    }

    it('reports two swapped entries as out of order at the first of them', async () => {
      const result = await verifyAfterTampering(db, (trx) => swap(trx, [chain, 10], [chain, 20]));
      expect(brokenChain(result)).toMatchObject({
        entries: 9,
        firstBad: { seq: 10, problem: 'out_of_order' },
      });
      expect(messageOf(result)).toBe('Entry 10 is out of order: it holds the entry written as 20.');
      const adjacent = await verifyAfterTampering(db, (trx) => swap(trx, [chain, 33], [chain, 34]));
      expect(brokenChain(adjacent)).toMatchObject({ firstBad: { seq: 33, problem: 'out_of_order' } });
    });

    it('reports an entry swapped with one of the other chain as out of order, naming where it was written', async () => {
      const result = await verifyAfterTampering(db, (trx) => swap(trx, [chain, 10], [other, 20]));
      expect(result.ok).toBe(false);
      expect(chainOf(result, chain)).toMatchObject({
        ok: false,
        firstBad: { seq: 10, problem: 'out_of_order' },
      });
      expect(messageOf(result)).toBe(
        `Entry 10 is out of order: it holds the entry written as 20 of chain ${other}.`,
      );
      expect(chainOf(result, other)).toMatchObject({
        ok: false,
        firstBad: { seq: 20, problem: 'out_of_order' },
      });
    });
  });

  it('refuses UPDATE, DELETE and TRUNCATE through SQL, and a delete that only claims to prune', async () => {
    await expect(
      sql`UPDATE access_log SET reason = 'x' WHERE chain = 9 AND seq = 3`.execute(db),
    ).rejects.toThrow('append-only table access_log: UPDATE is not allowed');
    await expect(sql`DELETE FROM access_log WHERE chain = 0 AND seq = 50`.execute(db)).rejects.toThrow(
      'append-only table access_log: DELETE is not allowed',
    );
    await expect(sql`TRUNCATE access_log`.execute(db)).rejects.toThrow('TRUNCATE is not allowed');
    await expect(
      db.transaction().execute(async (trx) => {
        await sql`SET LOCAL samplan.audit_prune = 'on'`.execute(trx);
        await sql`DELETE FROM access_log WHERE chain = 9 AND seq = 1`.execute(trx);
      }),
    ).rejects.toThrow('entry 1 of chain 9 is not covered by a pruning anchor');
    // Nor can an anchor be made up outside a prune, or for an entry that does not exist as claimed.
    await expect(
      sql`INSERT INTO access_log_anchor (chain, seq, hash, cut, pruned_count)
        VALUES (9, 5, ${genesisHash}, now(), 5)`.execute(db),
    ).rejects.toThrow('an anchor is written only by retention pruning');
    const fifthOfChain0 = await entryAt(db, 0, 5);
    await expect(
      db.transaction().execute(async (trx) => {
        await sql`SET LOCAL samplan.audit_prune = 'on'`.execute(trx);
        await sql`INSERT INTO access_log_anchor (chain, seq, hash, cut, pruned_count)
          VALUES (9, 5, ${fifthOfChain0.hash}, now(), 5)`.execute(trx);
      }),
    ).rejects.toThrow('no access log entry 5 in chain 9 with that hash');
    expect(await verifyAccessLog(db)).toMatchObject({ ok: true, entries: 2 * perChain });
  });

  it('runs verify-audit and prune-audit from the command line', { timeout: 240_000 }, async () => {
    let database: Database;
    let env: Record<string, string>;
    let dataDir: string | null = null;
    let own: TestDatabase | null = null;
    if (kind === 'pglite') {
      // The command opens the data directory itself, so this process lets go of it before each run.
      dataDir = await mkdtemp(join(tmpdir(), 'samplan-audit-'));
      database = await openDatabase({ dataDir });
      await migrate(database);
      env = { DATA_DIR: dataDir };
    } else {
      own = await createTestDatabase(kind);
      database = own.database;
      env = { DATABASE_URL: own.databaseUrl! };
    }
    const release = async () => {
      if (dataDir !== null) await database.close();
    };
    const reopen = async () => {
      if (dataDir !== null) database = await openDatabase({ dataDir });
      return database.db;
    };
    try {
      const cliActor = await createLogActor(database.db);
      await writeEntries(database.db, cliActor, 0, 6, chains);
      const head = await entryAt(database.db, 0, 6);
      await release();

      const intact = await runCli(['verify-audit'], env);
      expect(intact.output).toContain(`Chain 0: intact, 6 entries. Last entry: seq 6, hash ${head.hash}.`);
      expect(intact.output).toContain('Chain 9: intact, 6 entries.');
      expect(intact.output).toContain('Access log intact: 12 entries in 2 chains.');
      expect(intact.code).toBe(0);

      const pruned = await runCli(['prune-audit'], { ...env, AUDIT_RETENTION_DAYS: '30' });
      expect(pruned.output).toContain('Pruned 0 access log entries older than 30 days.');
      expect(pruned.code).toBe(0);
      const badRetention = await runCli(['prune-audit'], { ...env, AUDIT_RETENTION_DAYS: 'ten years' });
      expect(badRetention.output).toContain('AUDIT_RETENTION_DAYS must be a positive whole number');
      expect(badRetention.code).toBe(1);

      const tampered = await reopen();
      await tampered
        .transaction()
        .execute((trx) =>
          pastTheTrigger(trx, () =>
            sql`UPDATE access_log SET client_address = '198.51.100.1' WHERE chain = 9 AND seq = 5`.execute(
              trx,
            ),
          ),
        );
      await release();
      const broken = await runCli(['verify-audit'], env);
      expect(broken.output).toContain('Chain 0: intact, 6 entries.');
      expect(broken.output).toContain('Chain 9: NOT intact: first bad entry seq 5 (altered).');
      expect(broken.output).toContain('Access log NOT intact: 1 of 2 chains broken.');
      expect(broken.code).toBe(1);
    } finally {
      if (own) await own.drop();
      if (dataDir !== null) {
        await database.close().catch(() => undefined);
        await rm(dataDir, { recursive: true, force: true });
      }
    }
  });
});
