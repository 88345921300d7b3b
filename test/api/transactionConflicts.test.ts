import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../src/db/schema.js';
import { inTransaction, transactionAttempts } from '../../src/db/transaction.js';
import type { Problem } from '../../src/server/problem.js';
import { consentFor, createProcessWorld, newSipBody, type ProcessWorld } from '../support/processFixture.js';
import { testDatabaseKinds } from '../support/testDatabase.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

/** Makes the database itself give up the transaction as a serialization failure, as PostgreSQL does. */
const serializationFailure = sql`DO $$ BEGIN
  RAISE EXCEPTION 'could not serialize access' USING ERRCODE = 'serialization_failure';
END $$`;

describe.each(testDatabaseKinds())('transactions meeting each other on %s', (kind) => {
  let server: TestServer;
  let db: Kysely<DB>;
  let world: ProcessWorld;

  beforeAll(async () => {
    server = await startTestServer(kind);
    db = server.database.db;
    await sql`CREATE TABLE conflict_probe (id integer PRIMARY KEY, n integer NOT NULL)`.execute(db);
    await sql`INSERT INTO conflict_probe VALUES (1, 0), (2, 0)`.execute(db);
    world = await createProcessWorld(db, () => server.client());
  });

  afterAll(async () => {
    await server.close();
  });

  it('runs a transaction again after a conflict, keeping nothing of the failed attempt', async () => {
    let attempts = 0;
    const result = await inTransaction(db, async (trx) => {
      attempts += 1;
      await sql`UPDATE conflict_probe SET n = n + 1 WHERE id = 1`.execute(trx);
      if (attempts === 1) await serializationFailure.execute(trx);
      return 'saved';
    });
    expect(result).toBe('saved');
    expect(attempts).toBe(2);
    const { rows } = await sql<{ n: number }>`SELECT n FROM conflict_probe WHERE id = 1`.execute(db);
    expect(rows[0]!.n).toBe(1);
  });

  it('gives the conflict to the caller after the last attempt, and other errors at once', async () => {
    let attempts = 0;
    await expect(
      inTransaction(db, async (trx) => {
        attempts += 1;
        await serializationFailure.execute(trx);
      }),
    ).rejects.toMatchObject({ code: '40001' });
    expect(attempts).toBe(transactionAttempts);

    attempts = 0;
    await expect(
      inTransaction(db, async (trx) => {
        attempts += 1;
        await sql`INSERT INTO conflict_probe VALUES (1, 0)`.execute(trx);
      }),
    ).rejects.toMatchObject({ code: '23505' });
    expect(attempts).toBe(1);
  });

  it('answers a step that keeps meeting conflicts with 503 in both languages, and changes nothing', async () => {
    const created = await world.convener.post<{ id: string }>('/api/sips', newSipBody());
    const path = `/api/sips/${created.body.id}`;
    expect((await world.convener.post(`${path}/consent`, consentFor(world))).status).toBe(200);
    type Detail = { preparation: unknown; updatedAt: string; events: unknown[] };
    const before = (await world.convener.get<Detail>(path)).body;
    await sql`CREATE FUNCTION refuse_preparations() RETURNS trigger AS $$ BEGIN
      RAISE EXCEPTION 'could not serialize access' USING ERRCODE = 'serialization_failure';
    END $$ LANGUAGE plpgsql`.execute(db);
    await sql`CREATE TRIGGER refuse_preparations BEFORE INSERT OR UPDATE ON preparations
      FOR EACH ROW EXECUTE FUNCTION refuse_preparations()`.execute(db);
    try {
      const answer = await world.convener.put<Problem>(`${path}/preparation`, {
        whatMatters: 'Att få bo kvar hemma.',
        questions: '',
        meetingForm: 'phone',
        place: '',
      });
      expect(answer.status).toBe(503);
      expect(answer.headers.get('retry-after')).toBe('1');
      expect(answer.body.code).toBe('database_busy');
      expect(answer.body.messages.sv).toMatch(/Inget sparades/);
      expect(answer.body.messages.en).toMatch(/Nothing was saved/);
    } finally {
      await sql`DROP TRIGGER refuse_preparations ON preparations`.execute(db);
    }
    const after = (await world.convener.get<Detail>(path)).body;
    expect(after.preparation).toBeNull();
    expect(after.updatedAt).toBe(before.updatedAt);
    expect(after.events).toEqual(before.events);
  });
});

// Only a server has two connections that can wait for each other.
describe.each(testDatabaseKinds().filter((kind) => kind === 'postgresql'))('a deadlock on %s', (kind) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(kind);
    await sql`CREATE TABLE conflict_probe (id integer PRIMARY KEY, n integer NOT NULL)`.execute(
      server.database.db,
    );
    await sql`INSERT INTO conflict_probe VALUES (1, 0), (2, 0)`.execute(server.database.db);
  });

  afterAll(async () => {
    await server.close();
  });

  it('is broken by the database and both transactions still complete, one of them run again', async () => {
    const db = server.database.db;
    let attempts = 0;
    let bothHoldOne: () => void = () => undefined;
    let holding = 0;
    const meet = new Promise<void>((resolve) => (bothHoldOne = resolve));
    // Each locks one row, waits until the other holds its row, then asks for the other's: a cycle.
    const crossing = (first: number, second: number) =>
      inTransaction(db, async (trx) => {
        attempts += 1;
        await sql`UPDATE conflict_probe SET n = n + 1 WHERE id = ${first}`.execute(trx);
        holding += 1;
        if (holding === 2) bothHoldOne();
        await meet;
        await sql`UPDATE conflict_probe SET n = n + 1 WHERE id = ${second}`.execute(trx);
      });
    await Promise.all([crossing(1, 2), crossing(2, 1)]);
    // At least one run again; on a busy machine a run again can meet the other once more and be given up again.
    expect(attempts).toBeGreaterThanOrEqual(3);
    const { rows } = await sql<{ n: number }>`SELECT n FROM conflict_probe ORDER BY id`.execute(db);
    expect(rows.map((row) => row.n)).toEqual([2, 2]);
  });
});
