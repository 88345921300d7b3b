import { sql, type Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../src/db/schema.js';
import { createOrganisation, createUser } from '../support/factories.js';
import { createTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startBuiltApp, type RunningApp } from './browser.js';

// Enough that the first server is still busy when it is killed, however fast the machine.
const caseCount = 2000;

async function until(condition: () => Promise<boolean>, what: string, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * Many cases whose consent ends in five days, written straight into the database so the servers find them all
 * due at once: one consent reminder each is owed.
 */
async function casesWithConsentEnding(db: Kysely<DB>) {
  const organisation = await createOrganisation(db, 'municipality', ['ifo']);
  const unitId = organisation.units.ifo!;
  const user = await createUser(db, [unitId]);
  const personId = uuidv7();
  await db
    .insertInto('persons')
    .values({
      id: personId,
      idKind: 'personnummer',
      idNumber: '19121212-1212',
      givenName: 'Tove',
      familyName: 'Testsson',
      birthDate: '1912-12-12',
      sex: null,
    })
    .execute();
  await sql`INSERT INTO sips (id, case_number, person_id, convening_unit_id, created_by, phase, initiator_type,
      target_group, need_description)
    SELECT gen_random_uuid(), 'SIP-TEST-' || n, ${personId}, ${unitId}, ${user.id}, 'preparation', 'staff',
      'mental_illness', 'Behöver samordnade insatser.'
    FROM generate_series(1, ${caseCount}) AS n`.execute(db);
  await sql`INSERT INTO consents (id, sip_id, decision, method, given_by_name, given_by_relation, given_on,
      valid_until, recorded_by, recorded_unit_id)
    SELECT gen_random_uuid(), id, 'given', 'written', 'Tove Testsson', 'individual', current_date, current_date + 5,
      ${user.id}, ${unitId}
    FROM sips`.execute(db);
}

// Several server processes share one database only on a PostgreSQL server; PGlite belongs to a single process.
describe.skipIf(!process.env.TEST_DATABASE_URL)('two server processes on one PostgreSQL', () => {
  let test: TestDatabase;
  const apps: RunningApp[] = [];

  beforeAll(async () => {
    test = await createTestDatabase('postgresql');
    await casesWithConsentEnding(test.database.db);
  });
  afterAll(async () => {
    await Promise.all(apps.map((app) => app.stop()));
    await test.drop();
  });

  const serve = async () => {
    const app = await startBuiltApp({
      DATABASE_URL: test.databaseUrl!,
      SEED_DEMO: 'false',
      SCHEDULER_INTERVAL_SECONDS: '1',
    });
    apps.push(app);
    return app;
  };

  const remindersSent = async () => {
    const { rows } = await sql<{ notices: string; cases: string }>`SELECT count(*) AS notices,
      count(DISTINCT sip_id) AS cases FROM notices WHERE kind = 'consent_expiring'`.execute(test.database.db);
    return { notices: Number(rows[0]!.notices), cases: Number(rows[0]!.cases) };
  };

  it('sends every reminder exactly once though one server is killed mid-way and started again', async () => {
    const first = await serve();
    const second = await serve();
    await until(async () => (await remindersSent()).notices >= caseCount / 20, 'the first reminders');
    await first.kill();
    const atKill = await remindersSent();
    expect(atKill.notices).toBeLessThan(caseCount);

    // The survivor carries on; the killed server's job in hand rolled back with its connection.
    await until(async () => (await remindersSent()).notices === caseCount, 'all reminders');
    // Started again, the killed server finds nothing left and repeats nothing.
    const restarted = await serve();
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(await remindersSent()).toEqual({ notices: caseCount, cases: caseCount });
    const jobs = await test.database.db
      .selectFrom('jobs')
      .select(({ fn }) => ['status', 'attempts', fn.countAll<string>().as('count')])
      .groupBy(['status', 'attempts'])
      .execute();
    expect(jobs.map((row) => ({ ...row, count: Number(row.count) }))).toEqual([
      { status: 'done', attempts: 0, count: caseCount },
    ]);
    await Promise.all([second.stop(), restarted.stop()]);
    // No identity number or name in what the servers logged.
    for (const app of apps) expect(app.log()).not.toMatch(/19121212|Testsson/);
  });
});
