import fc from 'fast-check';
import { sql, type Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../src/db/migrate.js';
import type { DB } from '../../src/db/schema.js';
import { recordAccess, type AccessEntry } from '../../src/server/audit/accessLog.js';
import { genesisHash, type ChainedEntry } from '../../src/server/audit/chain.js';
import { entryHash } from '../../src/server/audit/entryHash.js';
import { pruneAccessLog } from '../../src/server/audit/retention.js';
import { verifyAccessLog } from '../../src/server/audit/verifyAudit.js';
import {
  access,
  chained,
  chainOf,
  createLogActor,
  entryAt,
  inChain,
  thenRollBack,
  verifyAfterTampering,
  type LogActor,
} from '../support/accessLogFixture.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/testDatabase.js';

const dayMs = 24 * 60 * 60 * 1000;

/** Texts whose bytes a careless serialisation would get wrong, or let run into the next field. */
const awkwardTexts = [
  'Åsa Öberg, ärende § 7 – “citerat” för BUP Sörmark',
  `"dubbla" och 'enkla' citattecken, ''`,
  'C:\\sökväg\\fil \\x00 \\\\ \\n',
  'rad 1\nrad 2\r\n\ttabb',
  Array.from({ length: 31 }, (_, i) => String.fromCharCode(i + 1)).join('') + '\u007f\u0085\u2028',
  '👩‍⚕️ 🇸🇪 e\u0301 ﬁ \uFEFF',
  '',
  '|-|',
  'samplan.access_log.v2|2d',
];

describe.each(testDatabaseKinds())('the access log hash on %s', (kind) => {
  let test: TestDatabase;
  let db: Kysely<DB>;
  let actor: LogActor;
  beforeAll(async () => {
    test = await createTestDatabase(kind);
    db = test.database.db;
    actor = await createLogActor(db);
  });
  afterAll(() => test.drop());

  /** Records `entry` in a transaction rolled back afterwards and gives the row as stored. */
  const storedRow = (entry: AccessEntry) =>
    thenRollBack(db, (trx) =>
      inChain(trx, 3, async () => {
        const before = await trx
          .selectFrom('accessLog')
          .select(({ fn }) => fn.countAll<number>().as('n'))
          .where('chain', '=', 3)
          .executeTakeFirstOrThrow();
        await recordAccess(trx, entry);
        return entryAt(trx, 3, Number(before.n) + 1);
      }),
    );

  it('is made the same by the database and by the verifier, whatever the text and with or without nulls', async () => {
    for (const [i, text] of awkwardTexts.entries()) {
      const entry: AccessEntry = {
        ...access(actor, i),
        role: text,
        action: `${text}:read_case`,
        clientAddress: text,
        reason: text,
      };
      await inChain(db, 3, (trx) => recordAccess(trx, entry));
      const row = await entryAt(db, 3, i + 1);
      // Stored as given, so the hash covers the text itself and not a cleaned-up copy.
      expect(row).toMatchObject({ role: text, clientAddress: text, reason: text });
      expect(entryHash(chained(row))).toBe(row.hash);
    }
    expect(await verifyAccessLog(db)).toMatchObject({ ok: true, entries: awkwardTexts.length });
  });

  it('is made the same for any text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 40 }), fc.boolean(), async (text, nulls) => {
        const row = await storedRow({
          ...access(actor, nulls ? 3 : 1),
          reason: text,
          clientAddress: text,
        });
        expect(entryHash(chained(row))).toBe(row.hash);
      }),
      { numRuns: 40 },
    );
  });

  it('tells a null from an empty text, and each field from the next', async () => {
    const base: ChainedEntry = {
      chain: 5,
      seq: 12,
      format: 2,
      actorKind: 'staff',
      id: uuidv7(),
      occurredAt: new Date('2026-05-12T08:15:00.123Z'),
      userId: uuidv7(),
      unitId: null,
      role: 'staff',
      action: 'read_case',
      personId: uuidv7(),
      sipId: null,
      clientAddress: '',
      reason: '',
      prevHash: genesisHash,
    };
    const variants: ChainedEntry[] = [
      base,
      { ...base, unitId: base.userId },
      { ...base, role: 'staffread_case', action: '' },
      { ...base, clientAddress: '|' },
      { ...base, chain: 6 },
      { ...base, occurredAt: new Date(base.occurredAt.getTime() + 1) },
    ];
    const hashes = [];
    for (const entry of variants) {
      const { rows } = await sql<{ hash: string }>`SELECT access_log_hash_v2(${entry.chain}::smallint,
        ${entry.seq}::bigint, ${entry.id}::uuid, ${entry.occurredAt}::timestamptz, ${entry.userId}::uuid,
        ${entry.unitId}::uuid, ${entry.role}, ${entry.action}, ${entry.personId}::uuid, ${entry.sipId}::uuid,
        ${entry.clientAddress}, ${entry.reason}, ${entry.prevHash}) AS hash`.execute(db);
      expect(rows[0]!.hash).toBe(entryHash(entry));
      hashes.push(rows[0]!.hash);
    }
    expect(new Set(hashes).size).toBe(variants.length);
  });
});

describe.each(testDatabaseKinds())('entries written before the chains on %s', (kind) => {
  let test: TestDatabase;
  let db: Kysely<DB>;
  let actor: LogActor;
  const legacy: (ChainedEntry & { hash: string })[] = [];

  beforeAll(async () => {
    // The schema as it was, with entries, a pruning and an anchor made as that version made them.
    test = await createTestDatabase(kind, (database) => migrate(database, { before: '0015' }));
    db = test.database.db;
    actor = await createLogActor(db);
    let prevHash = genesisHash;
    for (let seq = 1; seq <= 6; seq += 1) {
      const entry: ChainedEntry = {
        ...access(actor, seq),
        chain: 0,
        seq,
        format: 1,
        actorKind: 'staff',
        id: uuidv7(),
        occurredAt: new Date(Date.UTC(2025, 0, seq, 9, 30, 0, seq)),
        reason: seq === 4 ? 'Åtkomst med "skäl" \\ och\nradbrytning' : '',
        prevHash,
      };
      const hash = entryHash(entry);
      legacy.push({ ...entry, hash });
      prevHash = hash;
      await sql`INSERT INTO access_log (seq, id, occurred_at, user_id, unit_id, role, action, person_id, sip_id,
          client_address, reason, prev_hash, hash)
        VALUES (${seq}, ${entry.id}, ${entry.occurredAt}, ${entry.userId}, ${entry.unitId}, ${entry.role},
          ${entry.action}, ${entry.personId}, ${entry.sipId}, ${entry.clientAddress}, ${entry.reason},
          ${entry.prevHash}, ${hash})`.execute(db);
    }
    await db.transaction().execute(async (trx) => {
      await sql`SET LOCAL samplan.audit_prune = 'on'`.execute(trx);
      await sql`INSERT INTO access_log_anchor (seq, hash, cut, pruned_count)
        VALUES (2, ${legacy[1]!.hash}, '2025-01-03T00:00:00Z', 2)`.execute(trx);
      await sql`DELETE FROM access_log WHERE seq <= 2`.execute(trx);
    });
    await migrate(test.database);
  });
  afterAll(() => test.drop());

  it('keep verifying as the start of chain 0, from their anchor, and chain 0 continues from them', async () => {
    const rows = await db.selectFrom('accessLog').select(['chain', 'seq', 'format']).orderBy('seq').execute();
    expect(rows.map((row) => [row.chain, Number(row.seq), row.format])).toEqual([
      [0, 3, 1],
      [0, 4, 1],
      [0, 5, 1],
      [0, 6, 1],
    ]);
    expect(await verifyAccessLog(db)).toEqual({
      ok: true,
      entries: 4,
      chains: [{ chain: 0, ok: true, entries: 4, head: { seq: 6, hash: legacy[5]!.hash } }],
    });

    await inChain(db, 0, (trx) => recordAccess(trx, access(actor, 7)));
    expect(await entryAt(db, 0, 7)).toMatchObject({ format: 2, prevHash: legacy[5]!.hash });
    expect(chainOf(await verifyAccessLog(db), 0)).toMatchObject({ ok: true, entries: 5, head: { seq: 7 } });

    // A v1 entry is still checked against its v1 hash, and a v2 one cannot pass as v1.
    const altered = await verifyAfterTampering(db, (trx) =>
      sql`UPDATE access_log SET reason = 'Inget skäl' WHERE chain = 0 AND seq = 4`.execute(trx),
    );
    expect(chainOf(altered, 0)).toMatchObject({ ok: false, firstBad: { seq: 4, problem: 'altered' } });
    await expect(
      verifyAfterTampering(db, (trx) =>
        sql`UPDATE access_log SET chain = 1 WHERE chain = 0 AND seq = 5`.execute(trx),
      ),
    ).rejects.toThrow(/access_log_format/);
    const downgraded = await verifyAfterTampering(db, (trx) =>
      sql`UPDATE access_log SET format = 1 WHERE chain = 0 AND seq = 7`.execute(trx),
    );
    expect(chainOf(downgraded, 0)).toMatchObject({ ok: false, firstBad: { seq: 7, problem: 'altered' } });

    // Retention takes old and new entries alike and anchors chain 0 after both.
    const last = await entryAt(db, 0, 7);
    expect(await pruneAccessLog(db, 1, new Date(Date.now() + 2 * dayMs))).toBe(5);
    expect(await verifyAccessLog(db)).toEqual({
      ok: true,
      entries: 0,
      chains: [{ chain: 0, ok: true, entries: 0, head: { seq: 7, hash: last.hash } }],
    });
  });
});
