import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import type { DB } from '../../src/db/schema.js';
import { recordAccess } from '../../src/server/audit/accessLog.js';
import { genesisHash, type ChainedEntry } from '../../src/server/audit/chain.js';
import { entryHash } from '../../src/server/audit/entryHash.js';
import { logPersonAccess, type PersonActor } from '../../src/server/audit/logPersonAccess.js';
import { accessToPerson } from '../../src/server/audit/personAccessView.js';
import { verifyAccessLog } from '../../src/server/audit/verifyAudit.js';
import {
  access,
  appendAt,
  chained,
  chainOf,
  createIdentity,
  createLogActor,
  entryAt,
  inChain,
  pastTheTrigger,
  verifyAfterTampering,
  type LogActor,
} from '../support/accessLogFixture.js';
import { runCli } from '../support/cli.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/testDatabase.js';

describe.each(testDatabaseKinds())('access-log entries by people signed in with e-ID on %s', (kind) => {
  let test: TestDatabase;
  let db: Kysely<DB>;
  let staff: LogActor;
  let guardian: PersonActor;
  const personId = uuidv7();
  const sipId = uuidv7();

  beforeAll(async () => {
    test = await createTestDatabase(kind);
    db = test.database.db;
    staff = await createLogActor(db);
    guardian = {
      identityId: await createIdentity(db, 'Greta Gustafsson'),
      relation: 'guardian',
      clientAddress: '198.51.100.7',
    };
    // One transaction in chain 4: staff, then the guardian, then staff again.
    await inChain(db, 4, async (trx) => {
      await recordAccess(trx, access(staff, 1));
      await logPersonAccess(trx, guardian, 'person:readPlan', { sipId, personId });
      await recordAccess(trx, access(staff, 2));
    });
  });
  afterAll(() => test.drop());

  it('are format 3, naming the identity and the relation and no unit, chained among staff entries', async () => {
    const rows = await Promise.all([1, 2, 3].map((seq) => entryAt(db, 4, seq)));
    expect(rows.map((row) => [row.format, row.actorKind])).toEqual([
      [2, 'staff'],
      [3, 'e_id'],
      [2, 'staff'],
    ]);
    expect(rows[1]).toMatchObject({
      userId: guardian.identityId,
      unitId: null,
      role: 'guardian',
      action: 'person:readPlan',
      personId,
      sipId,
      clientAddress: '198.51.100.7',
      reason: '',
      prevHash: rows[0]!.hash,
    });
    expect(rows[2]!.prevHash).toBe(rows[1]!.hash);
    for (const row of rows) expect(entryHash(chained(row))).toBe(row.hash);
    expect(chainOf(await verifyAccessLog(db), 4)).toMatchObject({ ok: true, entries: 3, head: { seq: 3 } });
  });

  it('hashes format 3 alike in the database and in the verifier, and covers who acted', async () => {
    const base: ChainedEntry = {
      chain: 7,
      seq: 3,
      format: 3,
      actorKind: 'e_id',
      id: uuidv7(),
      occurredAt: new Date('2026-05-16T21:30:00.042Z'),
      userId: guardian.identityId,
      unitId: null,
      role: 'guest',
      action: 'person:readMeeting',
      personId,
      sipId: null,
      clientAddress: '2001:db8::7',
      reason: 'Åsa “citerat” |-| \\ \n',
      prevHash: genesisHash,
    };
    const variants: ChainedEntry[] = [
      base,
      { ...base, actorKind: 'staff' },
      { ...base, role: 'guestperson:readMeeting', action: '' },
      { ...base, sipId: personId },
    ];
    const hashes = [];
    for (const entry of variants) {
      const { rows } = await sql<{ hash: string }>`SELECT access_log_hash_v3(${entry.chain}::smallint,
        ${entry.seq}::bigint, ${entry.id}::uuid, ${entry.occurredAt}::timestamptz, ${entry.actorKind},
        ${entry.userId}::uuid, ${entry.unitId}::uuid, ${entry.role}, ${entry.action}, ${entry.personId}::uuid,
        ${entry.sipId}::uuid, ${entry.clientAddress}, ${entry.reason}, ${entry.prevHash}) AS hash`.execute(
        db,
      );
      expect(rows[0]!.hash).toBe(entryHash(entry));
      hashes.push(rows[0]!.hash);
    }
    // Nor does a staff entry of format 2 hash the same as the same fields in format 3.
    hashes.push(entryHash({ ...base, actorKind: 'staff', format: 2 }));
    expect(new Set(hashes).size).toBe(variants.length + 1);
  });

  it('are found changed by verification, whichever field was changed', async () => {
    const changes = [
      sql`UPDATE access_log SET role = 'individual' WHERE chain = 4 AND seq = 2`,
      sql`UPDATE access_log SET actor_kind = 'staff' WHERE chain = 4 AND seq = 2`,
      sql`UPDATE access_log SET user_id = ${staff.userId}::uuid WHERE chain = 4 AND seq = 2`,
      sql`UPDATE access_log SET action = 'person:seeCase' WHERE chain = 4 AND seq = 2`,
    ];
    for (const change of changes) {
      const result = await verifyAfterTampering(db, (trx) => change.execute(trx));
      expect(chainOf(result, 4)).toMatchObject({ ok: false, firstBad: { seq: 2, problem: 'altered' } });
    }
    // An e-ID entry cannot pass as format 2, whose hash does not cover the actor kind …
    await expect(
      verifyAfterTampering(db, (trx) =>
        sql`UPDATE access_log SET format = 2 WHERE chain = 4 AND seq = 2`.execute(trx),
      ),
    ).rejects.toThrow(/access_log_actor_format/);
    // … and with that check dropped too, the verifier refuses a format 2 entry that names an e-ID actor.
    const relabelled = await verifyAfterTampering(db, async (trx) => {
      await sql`ALTER TABLE access_log DROP CONSTRAINT access_log_actor_format`.execute(trx);
      await sql`UPDATE access_log SET actor_kind = 'e_id' WHERE chain = 4 AND seq = 3`.execute(trx);
    });
    expect(chainOf(relabelled, 4)).toMatchObject({ ok: false, firstBad: { seq: 3, problem: 'altered' } });
    expect(chainOf(await verifyAccessLog(db), 4)).toMatchObject({ ok: true, entries: 3 });
  });

  it('are written only with a known actor kind, through the one append body', async () => {
    await expect(
      sql`SELECT access_log_append_by('robot', ${uuidv7()}::uuid, ${guardian.identityId}::uuid, NULL, 'guest',
        'person:seeCase', NULL, NULL, '192.0.2.1', '')`.execute(db),
    ).rejects.toThrow(/actor_kind/);
    // The staff function of 0015 is that body for staff: format 2, as before.
    await inChain(db, 5, (trx) => recordAccess(trx, access(staff, 3)));
    expect(await entryAt(db, 5, 1)).toMatchObject({ format: 2, actorKind: 'staff', userId: staff.userId });
    expect((await verifyAccessLog(db)).ok).toBe(true);
  });
});

describe.each(testDatabaseKinds())('verify-audit with e-ID entries on %s', (kind) => {
  it('passes with staff and e-ID entries and names a changed e-ID entry', { timeout: 240_000 }, async () => {
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
    try {
      const staff = await createLogActor(database.db);
      const child: PersonActor = {
        identityId: await createIdentity(database.db, 'Kim Barnsson'),
        relation: 'child',
        clientAddress: '203.0.113.9',
      };
      await inChain(database.db, 2, async (trx) => {
        await recordAccess(trx, access(staff, 1));
        await logPersonAccess(trx, child, 'person:writeChildView', { personId: uuidv7() });
      });
      const head = await entryAt(database.db, 2, 2);
      await release();

      const intact = await runCli(['verify-audit'], env);
      expect(intact.output).toContain(`Chain 2: intact, 2 entries. Last entry: seq 2, hash ${head.hash}.`);
      expect(intact.code).toBe(0);

      if (dataDir !== null) database = await openDatabase({ dataDir });
      await database.db
        .transaction()
        .execute((trx) =>
          pastTheTrigger(trx, () =>
            sql`UPDATE access_log SET role = 'guardian' WHERE chain = 2 AND seq = 2`.execute(trx),
          ),
        );
      await release();
      const broken = await runCli(['verify-audit'], env);
      expect(broken.output).toContain('Chain 2: NOT intact: first bad entry seq 2 (altered).');
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

describe.each(testDatabaseKinds())('the individual’s own view of the access log on %s', (kind) => {
  let test: TestDatabase;
  let db: Kysely<DB>;
  let staff: LogActor;
  let staffName: string;
  let unitName: string;
  const person = uuidv7();
  const otherPerson = uuidv7();
  let guest: PersonActor;
  let individual: PersonActor;

  beforeAll(async () => {
    test = await createTestDatabase(kind);
    db = test.database.db;
    staff = await createLogActor(db);
    staffName = (
      await db
        .selectFrom('users')
        .select('displayName')
        .where('id', '=', staff.userId)
        .executeTakeFirstOrThrow()
    ).displayName;
    unitName = (
      await db.selectFrom('units').select('name').where('id', '=', staff.unitId).executeTakeFirstOrThrow()
    ).name;
    guest = {
      identityId: await createIdentity(db, 'Gustav Gäst'),
      relation: 'guest',
      clientAddress: '192.0.2.4',
    };
    individual = {
      identityId: await createIdentity(db, 'Ida Enskild'),
      relation: 'individual',
      clientAddress: '192.0.2.5',
    };
    const about = (personId: string) => ({ ...access(staff, 1), personId, action: 'read_case' });
    // Long ago, so a look since a later day leaves it out.
    await appendAt(db, new Date('2020-01-01T10:00:00Z'), { ...about(person), action: 'read_plan_version' });
    // Each in a transaction of its own, all in one chain: entries of one millisecond keep their order by seq.
    await inChain(db, 6, (trx) => recordAccess(trx, about(person)));
    await inChain(db, 6, (trx) => logPersonAccess(trx, guest, 'person:readPlan', { personId: person }));
    await inChain(db, 6, (trx) => recordAccess(trx, about(otherPerson)));
    await inChain(db, 6, (trx) =>
      recordAccess(trx, { ...about(person), unitId: null, action: 'reveal_identity' }),
    );
    await inChain(db, 6, (trx) =>
      logPersonAccess(trx, individual, 'person:readAccessLog', { personId: person }),
    );
  });
  afterAll(() => test.drop());

  it('lists the entries about the person, newest first, naming staff by unit and e-ID actors by relation and name', async () => {
    const seen = await accessToPerson(db, { personId: person, limit: 200, namesStaff: false });
    expect(seen.map(({ action, who }) => ({ action, who }))).toEqual([
      { action: 'person:readAccessLog', who: { kind: 'e_id', relation: 'individual', name: 'Ida Enskild' } },
      { action: 'reveal_identity', who: { kind: 'staff', unitName: null, staffName: null } },
      { action: 'person:readPlan', who: { kind: 'e_id', relation: 'guest', name: 'Gustav Gäst' } },
      { action: 'read_case', who: { kind: 'staff', unitName, staffName: null } },
      { action: 'read_plan_version', who: { kind: 'staff', unitName, staffName: null } },
    ]);
    const times = seen.map((entry) => entry.occurredAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('leaves out what the one looking did themselves', async () => {
    const seen = await accessToPerson(db, {
      personId: person,
      limit: 200,
      namesStaff: false,
      exceptIdentityId: individual.identityId,
    });
    expect(seen.map((entry) => entry.action)).toEqual([
      'reveal_identity',
      'person:readPlan',
      'read_case',
      'read_plan_version',
    ]);
  });

  it('names the staff member only where the county lets', async () => {
    const seen = await accessToPerson(db, { personId: person, limit: 200, namesStaff: true });
    expect(seen.filter((entry) => entry.who.kind === 'staff').map((entry) => entry.who)).toEqual([
      { kind: 'staff', unitName: null, staffName },
      { kind: 'staff', unitName, staffName },
      { kind: 'staff', unitName, staffName },
    ]);
    const other = await accessToPerson(db, { personId: otherPerson, limit: 200, namesStaff: true });
    expect(other.map((entry) => entry.who)).toEqual([{ kind: 'staff', unitName, staffName }]);
  });

  it('gives at most the limit, and only entries since a moment when asked', async () => {
    const all = await accessToPerson(db, { personId: person, limit: 200, namesStaff: false });
    expect(await accessToPerson(db, { personId: person, limit: 2, namesStaff: false })).toEqual(
      all.slice(0, 2),
    );
    const since = new Date('2021-01-01T00:00:00Z');
    const recent = await accessToPerson(db, { personId: person, since, limit: 200, namesStaff: false });
    expect(recent).toEqual(all.slice(0, -1));
    expect(all.at(-1)!.action).toBe('read_plan_version');
    for (const limit of [0, 201, 2.5]) {
      await expect(accessToPerson(db, { personId: person, limit, namesStaff: false })).rejects.toThrow(
        RangeError,
      );
    }
  });
});
