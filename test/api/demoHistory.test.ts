import { addDays, format, parseISO, subYears } from 'date-fns';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCounty, type SeededCounty } from '../../src/db/seed/seedDemo.js';
import { demoUsers } from '../../src/db/seed/demoCounty.js';
import { stockholmDate } from '../../src/domain/time/stockholm.js';
import { demoHistorySeed, prepareDemoHistory } from '../../src/generate/demoHistory.js';
import { readConfig } from '../../src/server/config.js';
import { seedDemoCases } from '../../src/server/seed/demoCases.js';
import type { Actor } from '../../src/server/sips/actor.js';
import { computeStatistics } from '../../src/server/statistics/compute.js';
import { reminders } from '../../src/server/jobs/registry.js';
import { reminderMoment } from '../../src/server/jobs/reminders/reminder.js';
import { settleDemoHistoryReminders } from '../../src/server/seed/demoHistoryReminders.js';
import type { DB } from '../../src/db/schema.js';
import type { StatisticsFilter, StatisticsReport } from '../../src/shared/api/statistics.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/testDatabase.js';

const today = stockholmDate();
/** The first day of the last twelve months, as the page's preset has it. */
const yearAgo = format(addDays(subYears(parseISO(today), 1), 1), 'yyyy-MM-dd');

describe.each(testDatabaseKinds())('the demo county’s generated history on %s', (kind) => {
  let test: TestDatabase;
  let county: SeededCounty;
  let lotta: Actor;
  let historyUnits: readonly string[];
  const sips = readConfig({}).demoHistorySips;

  beforeAll(async () => {
    test = await createTestDatabase(kind);
    const { db } = test.database;
    county = (await seedDemoCounty(db))!;
    await seedDemoCases(db, county);
    const history = (await prepareDemoHistory(db, { county, sips }))!;
    expect(history).toMatchObject({ from: 0, to: sips });
    historyUnits = history.unitIds;
    // As the server writes it: the history's past reminders settled in each batch's transaction.
    const afterBatch = (trx: Kysely<DB>) => settleDemoHistoryReminders(trx, history.unitIds);
    expect(await history.run({ afterBatch })).toBe(sips);
    lotta = {
      userId: county.userIds.get('lotta')!,
      unitId: county.unitIds.get('region.hsv')!,
      role: 'county_coordinator',
      clientAddress: '127.0.0.1',
    };
  });

  afterAll(async () => {
    await test?.drop();
  });

  const report = (filter: Omit<StatisticsFilter, 'scope'> & Partial<StatisticsFilter>) =>
    computeStatistics(test.database.db, lotta, { scope: 'county', ...filter });
  /** The indicators whose figure for the scope is withheld as under five, in either period. */
  const suppressed = (body: StatisticsReport) =>
    body.indicators
      .filter((result) => result.current.suppressed || result.previous.suppressed)
      .map((result) => result.key);

  it('gives the county real figures, none under five, for the last twelve months and a year earlier', async () => {
    const lastTwelveMonths = { from: yearAgo, to: today };
    for (const compareWith of ['previous', 'yearBefore'] as const) {
      const body = await report({ ...lastTwelveMonths, compareWith });
      expect(suppressed(body), compareWith).toEqual([]);
      const initiated = body.indicators.find((result) => result.key === 'sipsInitiated')!;
      expect(initiated.current.value).toBeGreaterThan(500);
      expect(initiated.previous.value).toBeGreaterThan(500);
      // Region and municipalities each convene hundreds; the breakdown shows them whole.
      for (const principal of ['region', 'municipality']) {
        const row = body.breakdown!.rows.find((candidate) => candidate.id === principal)!;
        const figure = row.indicators.find((result) => result.key === 'sipsInitiated')!.current;
        expect(figure.suppressed, principal).toBe(false);
        expect(figure.value, principal).toBeGreaterThan(100);
      }
    }
    const lastYear = Number(today.slice(0, 4)) - 1;
    const body = await report({
      from: `${lastYear}-01-01`,
      to: `${lastYear}-12-31`,
      compareWith: 'yearBefore',
    });
    expect(suppressed(body)).toEqual([]);
  });

  it('shows each municipality and each history unit of the region real figures', async () => {
    const municipality = await report({
      from: yearAgo,
      to: today,
      principal: 'municipality',
    });
    expect(municipality.breakdown!.rows.map((row) => row.name).sort()).toEqual([
      'Ekby kommun',
      'Norrås kommun',
      'Strandvik kommun',
    ]);
    for (const row of municipality.breakdown!.rows) {
      const initiated = row.indicators.find((result) => result.key === 'sipsInitiated')!.current;
      expect(initiated.suppressed, row.name).toBe(false);
    }
  });

  it('keeps the demo users’ lists to the hand-made cases: no generated SIP involves their units', async () => {
    const { db } = test.database;
    const demoUnits = [...county.unitIds.values()];
    const { rows } = await sql<{ mixed: string; generated: string }>`
      SELECT
        (SELECT count(*) FROM unit_cases u JOIN sips s ON s.id = u.sip_id
          WHERE u.unit_id = ANY (${demoUnits}::uuid[]) AND s.created_by IN (
            SELECT id FROM users WHERE username LIKE ${`gen-${demoHistorySeed}-%`})) AS mixed,
        (SELECT count(*) FROM sips WHERE created_by IN (
            SELECT id FROM users WHERE username LIKE ${`gen-${demoHistorySeed}-%`})) AS generated`.execute(
      db,
    );
    expect(Number(rows[0]!.generated)).toBe(sips);
    expect(Number(rows[0]!.mixed)).toBe(0);
    // And the demo users work only in the demo's own units.
    const staffUnits = await db
      .selectFrom('userUnits')
      .innerJoin('users', 'users.id', 'userUnits.userId')
      .select('userUnits.unitId')
      .where(
        'users.username',
        'in',
        demoUsers.map((user) => user.username),
      )
      .execute();
    for (const { unitId } of staffUnits) expect(demoUnits).toContain(unitId);
  });

  it('leaves the scheduler nothing of the history’s past to remind of, and the demo’s own cases theirs', async () => {
    const { db } = test.database;
    const moment = await reminderMoment(db, new Date());
    for (const reminder of reminders) {
      const due = await reminder.findDue(db, moment, 'not_yet_enqueued');
      expect(
        due.filter((item) => historyUnits.includes(item.unitId)),
        reminder.kind,
      ).toEqual([]);
    }
    const { rows } = await sql<{ settled: string }>`
      SELECT count(*) AS settled FROM jobs WHERE status = 'done' AND kind = 'reminder.follow_up_overdue'`.execute(
      db,
    );
    expect(Number(rows[0]!.settled)).toBeGreaterThan(100);
    expect(
      await db.selectFrom('deviations').select('id').where('unitId', 'in', historyUnits).execute(),
    ).toEqual([]);
  });

  it('numbers its cases after the hand-made ones, and a later start has nothing left to do', async () => {
    const { db } = test.database;
    const { rows } = await sql<{ caseNumber: string }>`SELECT case_number FROM sips`.execute(db);
    expect(new Set(rows.map((row) => row.caseNumber)).size).toBe(rows.length);
    expect(await prepareDemoHistory(db, { county: null, sips })).toBeNull();
  });
});

describe.each(testDatabaseKinds())('the demo county’s history stopped and started again on %s', (kind) => {
  let test: TestDatabase;

  afterAll(async () => {
    await test?.drop();
  });

  it('goes on where a stopped start left it, with every case counted once', async () => {
    test = await createTestDatabase(kind);
    const { db } = test.database;
    const county = (await seedDemoCounty(db))!;
    await seedDemoCases(db, county);
    const handMade = await db.selectFrom('sips').select('caseNumber').execute();
    const sips = 1200;
    const first = (await prepareDemoHistory(db, { county, sips }))!;
    let batches = 0;
    // Stopped after its first batch of 500, as a server stopped during the first seconds would be.
    expect(await first.run({ stopping: () => batches++ > 0 })).toBe(500);
    // A SIP registered meanwhile takes a number after those the history reserved.
    const { rows: next } = await sql<{ n: string }>`SELECT nextval('sip_number_seq') AS n`.execute(db);
    expect(Number(next[0]!.n)).toBe(handMade.length + sips + 1);

    const again = (await prepareDemoHistory(db, { county: null, sips }))!;
    expect(again).toMatchObject({ from: 500, to: sips });
    expect(await again.run()).toBe(sips - 500);
    const { rows } = await sql<{ generated: string; numbers: string; facts: string; cases: string }>`
      SELECT count(*) AS generated, count(DISTINCT s.case_number) AS numbers,
        count(*) FILTER (WHERE EXISTS (SELECT 1 FROM statistics_sip_facts f WHERE f.sip_id = s.id)) AS facts,
        count(*) FILTER (WHERE EXISTS (SELECT 1 FROM unit_cases u WHERE u.sip_id = s.id)) AS cases
      FROM sips s WHERE s.convening_unit_id = ANY (${again.unitIds}::uuid[])`.execute(db);
    const counts = Object.values(rows[0]!).map(Number);
    // Every case, each with its own number, its statistics facts and its units' cases.
    expect(counts).toEqual([sips, sips, sips, sips]);
    const { rows: all } = await sql<{ n: string }>`SELECT count(DISTINCT case_number) AS n FROM sips`.execute(
      db,
    );
    expect(Number(all[0]!.n)).toBe(handMade.length + sips);
    expect(await prepareDemoHistory(db, { county: null, sips })).toBeNull();
  });
});
