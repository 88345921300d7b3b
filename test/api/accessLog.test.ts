import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import type { DB } from '../../src/db/schema.js';
import { recordAccess, type AccessEntry } from '../../src/server/audit/accessLog.js';
import { entryHash, genesisHash } from '../../src/server/audit/chain.js';
import { pruneAccessLog, readRetentionDays } from '../../src/server/audit/retention.js';
import { verifyAccessLog, type AccessLogVerification } from '../../src/server/audit/verifyAudit.js';
import { createOrganisation, createUser } from '../support/factories.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/testDatabase.js';

const actions = ['read_case', 'read_plan', 'write_plan', 'search_person', 'reveal_identity', 'export_log'];
const dayMs = 24 * 60 * 60 * 1000;

interface Actor {
  userId: string;
  unitId: string;
}

async function createActor(db: Kysely<DB>): Promise<Actor> {
  const organisation = await createOrganisation(db, 'region', ['psychiatry']);
  const unitId = organisation.units.psychiatry!;
  const user = await createUser(db, [unitId]);
  return { userId: user.id, unitId };
}

/** A varied entry, so nulls, reasons and addresses of every kind pass through the hash. */
function access(actor: Actor, i: number): AccessEntry {
  return {
    userId: actor.userId,
    unitId: i % 4 === 3 ? null : actor.unitId,
    role: 'staff',
    action: actions[i % actions.length]!,
    personId: i % 3 === 0 ? null : uuidv7(),
    sipId: i % 2 === 0 ? uuidv7() : null,
    clientAddress: i % 2 === 0 ? `10.0.0.${i % 250}` : `2001:db8::${i.toString(16)}`,
    reason: i % 5 === 0 ? `Uppföljning "${i}", enligt 2 kap. 6 § OSL` : undefined,
  };
}

async function writeEntries(db: Kysely<DB>, actor: Actor, from: number, count: number): Promise<void> {
  for (let i = from; i < from + count; i += 1) await recordAccess(db, access(actor, i));
}

const rollback = new Error('roll back');

/** Runs `work` in a transaction that is always rolled back, so each tampering leaves the shared log intact. */
async function thenRollBack<T>(db: Kysely<DB>, work: (trx: Kysely<DB>) => Promise<T>): Promise<T> {
  const outcome: { value?: T } = {};
  try {
    await db.transaction().execute(async (trx) => {
      outcome.value = await work(trx);
      throw rollback;
    });
  } catch (error) {
    if (error !== rollback) throw error;
  }
  return outcome.value as T;
}

/** Tampers as someone with write access to the database would: past the trigger, which they can switch off. */
function verifyAfterTampering(
  db: Kysely<DB>,
  tamper: (trx: Kysely<DB>) => Promise<unknown>,
): Promise<AccessLogVerification> {
  return thenRollBack(db, async (trx) => {
    await sql`ALTER TABLE access_log DISABLE TRIGGER access_log_append_only`.execute(trx);
    await tamper(trx);
    await sql`ALTER TABLE access_log ENABLE TRIGGER access_log_append_only`.execute(trx);
    // A small page size, so page boundaries are crossed too.
    return verifyAccessLog(trx, { pageSize: 7 });
  });
}

async function entryAt(db: Kysely<DB>, seq: number) {
  return db.selectFrom('accessLog').selectAll().where('seq', '=', seq).executeTakeFirstOrThrow();
}

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
// Node 24 runs the TypeScript sources as they are: with type transforms (the sources use parameter properties)
// and this hook, which resolves the `.js` suffixes in their imports to the `.ts` files beside them.
const resolveTypeScript = `data:text/javascript,${encodeURIComponent(
  `import { registerHooks } from 'node:module';
  registerHooks({
    resolve(specifier, context, next) {
      if (specifier.startsWith('.') && specifier.endsWith('.js') && context.parentURL?.endsWith('.ts')) {
        try { return next(specifier.slice(0, -3) + '.ts', context); } catch {}
      }
      return next(specifier, context);
    },
  });`,
)}`;

/** The real `samplan` command in a child process, configured only by its environment. */
function runCli(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  const childEnv = { ...process.env };
  for (const name of ['DATABASE_URL', 'DATA_DIR', 'AUDIT_RETENTION_DAYS', 'NODE_OPTIONS'])
    delete childEnv[name];
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--experimental-transform-types',
        '--no-warnings',
        '--import',
        resolveTypeScript,
        'src/cli/samplan.ts',
        ...args,
      ],
      { cwd: repoRoot, env: { ...childEnv, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe.each(testDatabaseKinds())('access log on %s', (kind) => {
  let test: TestDatabase;
  let db: Kysely<DB>;
  let actor: Actor;
  let otherUserId: string;

  beforeAll(async () => {
    test = await createTestDatabase(kind);
    db = test.database.db;
    actor = await createActor(db);
    otherUserId = (await createUser(db, [actor.unitId])).id;
    // 20 one after another, then 30 at once: 15 on their own, 15 inside transactions doing other work.
    await writeEntries(db, actor, 0, 20);
    await Promise.all(
      Array.from({ length: 30 }, (_, n) =>
        n % 2 === 0
          ? recordAccess(db, access(actor, 20 + n))
          : db.transaction().execute(async (trx) => {
              await trx.selectFrom('users').select('id').where('id', '=', actor.userId).execute();
              await recordAccess(trx, access(actor, 20 + n));
            }),
      ),
    );
  });
  afterAll(() => test.drop());

  it('chains 50 entries, 30 of them from concurrent writers, without gaps', async () => {
    const rows = await db.selectFrom('accessLog').selectAll().orderBy('seq').execute();
    expect(rows.map((row) => Number(row.seq))).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(rows[0]!.prevHash).toBe(genesisHash);
    for (let i = 1; i < rows.length; i += 1) expect(rows[i]!.prevHash).toBe(rows[i - 1]!.hash);
    expect(new Set(rows.map((row) => row.hash)).size).toBe(50);
    for (const pageSize of [7, 25, 50, 5_000]) {
      expect(await verifyAccessLog(db, { pageSize })).toEqual({
        ok: true,
        entries: 50,
        head: { seq: 50, hash: rows[49]!.hash },
      });
    }
  });

  it('stores each field as given, so the hash recomputed from the stored row matches', async () => {
    const personId = uuidv7();
    const verification = await thenRollBack(db, async (trx) => {
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
      const row = await entryAt(trx, 51);
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
      return verifyAccessLog(trx);
    });
    expect(verification).toMatchObject({ ok: true, entries: 51 });
  });

  it('refuses an entry whose ids are not uuids', async () => {
    await expect(recordAccess(db, { ...access(actor, 1), personId: '19121212-1212' })).rejects.toThrow(
      /personId is not a uuid/,
    );
    expect(await verifyAccessLog(db)).toMatchObject({ ok: true, entries: 50 });
  });

  it('leaves no gap when the transaction an entry was recorded in rolls back', async () => {
    await expect(
      db.transaction().execute(async (trx) => {
        await recordAccess(trx, access(actor, 99));
        throw new Error('the read failed after all');
      }),
    ).rejects.toThrow('the read failed after all');
    const next = await thenRollBack(db, async (trx) => {
      await recordAccess(trx, access(actor, 100));
      return { seq: Number((await entryAt(trx, 51)).seq), verification: await verifyAccessLog(trx) };
    });
    expect(next).toMatchObject({ seq: 51, verification: { ok: true, entries: 51 } });
  });

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
  it.each(alterations)('reports an entry whose %s was changed as altered, at its seq', async (_, change) => {
    const result = await verifyAfterTampering(db, (trx) =>
      sql`UPDATE access_log SET ${change()} WHERE seq = 17`.execute(trx),
    );
    expect(result).toMatchObject({ ok: false, entries: 16, firstBad: { seq: 17, problem: 'altered' } });
    if (!result.ok) expect(result.message).toContain('Entry 17');
  });

  it('reports an entry altered and given a recomputed hash as altered, through the link of the next', async () => {
    const result = await verifyAfterTampering(db, async (trx) => {
      const row = await entryAt(trx, 12);
      const forged = { ...row, seq: 12, reason: 'Ingen åtkomst' };
      await sql`UPDATE access_log SET reason = ${forged.reason}, hash = ${entryHash(forged)} WHERE seq = 12`.execute(
        trx,
      );
    });
    expect(result).toMatchObject({ ok: false, entries: 11, firstBad: { seq: 12, problem: 'altered' } });
  });

  it('reports a removed entry as missing at its seq', async () => {
    const result = await verifyAfterTampering(db, (trx) =>
      sql`DELETE FROM access_log WHERE seq = 25`.execute(trx),
    );
    expect(result).toMatchObject({ ok: false, entries: 24, firstBad: { seq: 25, problem: 'missing' } });
    if (!result.ok) expect(result.message).toBe('Entry 25 is missing: the entry after 24 is 26.');
  });

  it('reports the first of several removed entries, and a removed first entry', async () => {
    const several = await verifyAfterTampering(db, (trx) =>
      sql`DELETE FROM access_log WHERE seq BETWEEN 30 AND 33`.execute(trx),
    );
    expect(several).toMatchObject({ ok: false, firstBad: { seq: 30, problem: 'missing' } });
    if (!several.ok) expect(several.message).toContain('Entries 30–33 are missing');
    const first = await verifyAfterTampering(db, (trx) =>
      sql`DELETE FROM access_log WHERE seq = 1`.execute(trx),
    );
    expect(first).toMatchObject({ ok: false, entries: 0, firstBad: { seq: 1, problem: 'missing' } });
  });

  it('reports a removed entry whose successors were renumbered', async () => {
    const result = await verifyAfterTampering(db, async (trx) => {
      await sql`DELETE FROM access_log WHERE seq = 40`.execute(trx);
      await sql`UPDATE access_log SET seq = seq - 1 WHERE seq = 41`.execute(trx);
    });
    expect(result).toMatchObject({ ok: false, firstBad: { seq: 40 } });
  });

  /** Swaps everything but the seq between two entries, as a reordering of the log would. */
  async function swap(trx: Kysely<DB>, a: number, b: number) {
    const [first, second] = [await entryAt(trx, a), await entryAt(trx, b)];
    await sql`UPDATE access_log SET id = gen_random_uuid() WHERE seq = ${a}`.execute(trx);
    for (const [seq, row] of [
      [b, first],
      [a, second],
    ] as const) {
      await sql`UPDATE access_log SET id = ${row.id}, occurred_at = ${row.occurredAt}, user_id = ${row.userId},
        unit_id = ${row.unitId}, role = ${row.role}, action = ${row.action}, person_id = ${row.personId},
        sip_id = ${row.sipId}, client_address = ${row.clientAddress}, reason = ${row.reason},
        prev_hash = ${row.prevHash}, hash = ${row.hash}
        WHERE seq = ${seq}`.execute(trx);
    }
  }

  it('reports two swapped entries as out of order at the first of them', async () => {
    const result = await verifyAfterTampering(db, (trx) => swap(trx, 10, 20));
    expect(result).toMatchObject({ ok: false, entries: 9, firstBad: { seq: 10, problem: 'out_of_order' } });
    if (!result.ok)
      expect(result.message).toBe('Entry 10 is out of order: it holds the entry written as 20.');
    const adjacent = await verifyAfterTampering(db, (trx) => swap(trx, 33, 34));
    expect(adjacent).toMatchObject({ ok: false, firstBad: { seq: 33, problem: 'out_of_order' } });
  });

  it('refuses UPDATE, DELETE and TRUNCATE through SQL, and a delete that only claims to prune', async () => {
    await expect(sql`UPDATE access_log SET reason = 'x' WHERE seq = 3`.execute(db)).rejects.toThrow(
      'append-only table access_log: UPDATE is not allowed',
    );
    await expect(sql`DELETE FROM access_log WHERE seq = 50`.execute(db)).rejects.toThrow(
      'append-only table access_log: DELETE is not allowed',
    );
    await expect(sql`TRUNCATE access_log`.execute(db)).rejects.toThrow('TRUNCATE is not allowed');
    await expect(
      db.transaction().execute(async (trx) => {
        await sql`SET LOCAL samplan.audit_prune = 'on'`.execute(trx);
        await sql`DELETE FROM access_log WHERE seq = 1`.execute(trx);
      }),
    ).rejects.toThrow('entry 1 is not covered by a pruning anchor');
    // Nor can an anchor be made up outside a prune, or for an entry that does not exist as claimed.
    await expect(
      sql`INSERT INTO access_log_anchor (seq, hash, cut, pruned_count) VALUES (5, ${genesisHash}, now(), 5)`.execute(
        db,
      ),
    ).rejects.toThrow('an anchor is written only by retention pruning');
    await expect(
      db.transaction().execute(async (trx) => {
        await sql`SET LOCAL samplan.audit_prune = 'on'`.execute(trx);
        await sql`INSERT INTO access_log_anchor (seq, hash, cut, pruned_count)
          VALUES (5, ${genesisHash}, now(), 5)`.execute(trx);
      }),
    ).rejects.toThrow('no access log entry 5 with that hash');
    expect(await verifyAccessLog(db)).toMatchObject({ ok: true, entries: 50 });
  });

  describe('retention', () => {
    let own: TestDatabase;
    let log: Kysely<DB>;
    let writer: Actor;
    beforeAll(async () => {
      own = await createTestDatabase(kind);
      log = own.database.db;
      writer = await createActor(log);
    });
    afterAll(() => own.drop());

    it('prunes entries older than the retention, records an anchor, and the rest still verifies', async () => {
      await writeEntries(log, writer, 0, 10);
      await sleep(5);
      const boundary = new Date();
      await sleep(5);
      await writeEntries(log, writer, 10, 10);
      const tenth = await entryAt(log, 10);
      const now = new Date(boundary.getTime() + 30 * dayMs);

      // A broken part is never pruned: that would remove the evidence with it.
      await expect(
        thenRollBack(log, async (trx) => {
          await sql`ALTER TABLE access_log DISABLE TRIGGER access_log_append_only`.execute(trx);
          await sql`UPDATE access_log SET action = 'read_case' || action WHERE seq = 4`.execute(trx);
          await sql`ALTER TABLE access_log ENABLE TRIGGER access_log_append_only`.execute(trx);
          return pruneAccessLog(trx, 30, now);
        }),
      ).rejects.toThrow('Refusing to prune the access log: Entry 4 was altered');

      expect(await pruneAccessLog(log, 30, now)).toBe(10);
      const anchors = await log.selectFrom('accessLogAnchor').selectAll().execute();
      expect(anchors).toHaveLength(1);
      expect(anchors[0]).toMatchObject({ hash: tenth.hash, cut: boundary });
      expect(Number(anchors[0]!.seq)).toBe(10);
      expect(Number(anchors[0]!.prunedCount)).toBe(10);
      expect(await verifyAccessLog(log)).toMatchObject({ ok: true, entries: 10, head: { seq: 20 } });
      // Nothing more is due at the same time, and new entries continue the chain.
      expect(await pruneAccessLog(log, 30, now)).toBe(0);
      await writeEntries(log, writer, 20, 5);
      expect(await verifyAccessLog(log)).toMatchObject({ ok: true, entries: 15, head: { seq: 25 } });

      // A removed entry right after the anchor is still found.
      const afterAnchor = await verifyAfterTampering(log, (trx) =>
        sql`DELETE FROM access_log WHERE seq = 11`.execute(trx),
      );
      expect(afterAnchor).toMatchObject({ ok: false, entries: 0, firstBad: { seq: 11, problem: 'missing' } });

      // Pruning everything leaves the anchor to continue from.
      const last = await entryAt(log, 25);
      expect(await pruneAccessLog(log, 1, new Date(Date.now() + 2 * dayMs))).toBe(15);
      expect(await verifyAccessLog(log)).toEqual({
        ok: true,
        entries: 0,
        head: { seq: 25, hash: last.hash },
      });
      await recordAccess(log, access(writer, 25));
      expect(await entryAt(log, 26)).toMatchObject({ prevHash: last.hash });
      expect(await verifyAccessLog(log)).toMatchObject({ ok: true, entries: 1, head: { seq: 26 } });

      // A delete in the style of a prune, but without declaring one, is refused.
      await expect(sql`DELETE FROM access_log WHERE seq <= 26`.execute(log)).rejects.toThrow(
        'append-only table access_log: DELETE is not allowed',
      );
      // Declared, it may still remove only what an anchor covers.
      await expect(
        log.transaction().execute(async (trx) => {
          await sql`SET LOCAL samplan.audit_prune = 'on'`.execute(trx);
          await sql`DELETE FROM access_log WHERE seq <= 26`.execute(trx);
        }),
      ).rejects.toThrow('entry 26 is not covered by a pruning anchor');
      await expect(pruneAccessLog(log, 0)).rejects.toThrow('positive whole number');
    });
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
      const { rows } = await sql<{ name: string }>`SELECT current_database() AS name`.execute(database.db);
      const url = new URL(process.env.TEST_DATABASE_URL!);
      url.pathname = `/${rows[0]!.name}`;
      env = { DATABASE_URL: url.toString() };
    }
    const release = async () => {
      if (dataDir !== null) await database.close();
    };
    const reopen = async () => {
      if (dataDir !== null) database = await openDatabase({ dataDir });
      return database.db;
    };
    try {
      const cliActor = await createActor(database.db);
      await writeEntries(database.db, cliActor, 0, 12);
      await release();

      const intact = await runCli(['verify-audit'], env);
      expect(intact.output).toContain('Access log intact: 12 entries.');
      expect(intact.code).toBe(0);

      const pruned = await runCli(['prune-audit'], { ...env, AUDIT_RETENTION_DAYS: '30' });
      expect(pruned.output).toContain('Pruned 0 access log entries older than 30 days.');
      expect(pruned.code).toBe(0);
      const badRetention = await runCli(['prune-audit'], { ...env, AUDIT_RETENTION_DAYS: 'ten years' });
      expect(badRetention.output).toContain('AUDIT_RETENTION_DAYS must be a positive whole number');
      expect(badRetention.code).toBe(1);

      const tampered = await reopen();
      await tampered.transaction().execute(async (trx) => {
        await sql`ALTER TABLE access_log DISABLE TRIGGER access_log_append_only`.execute(trx);
        await sql`UPDATE access_log SET client_address = '198.51.100.1' WHERE seq = 5`.execute(trx);
        await sql`ALTER TABLE access_log ENABLE TRIGGER access_log_append_only`.execute(trx);
      });
      await release();
      const broken = await runCli(['verify-audit'], env);
      expect(broken.output).toContain('first bad entry seq 5 (altered)');
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

describe('AUDIT_RETENTION_DAYS', () => {
  it('defaults to ten years and takes a positive whole number of days', () => {
    expect(readRetentionDays({})).toBe(3650);
    expect(readRetentionDays({ AUDIT_RETENTION_DAYS: ' 365 ' })).toBe(365);
    for (const wrong of ['0', '-1', '1.5', 'abc', '1e400'])
      expect(() => readRetentionDays({ AUDIT_RETENTION_DAYS: wrong })).toThrow('positive whole number');
  });
});
