import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportTable } from '../../src/server/routes/statistics/exportTable.js';
import type { CodeCount, StatisticsReport } from '../../src/shared/api/statistics.js';
import type { PlanContent } from '../../src/shared/plan.js';
import type { ApiClient } from '../support/apiClient.js';
import { signedInUser } from '../support/factories.js';
import {
  completePlan,
  createProcessWorld,
  isoDay,
  sipWithPlanEstablished,
  type ProcessWorld,
} from '../support/processFixture.js';
import { testDatabaseKinds } from '../support/testDatabase.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

const icf = 'http://who.int/icf';
const routine = { system: icf, code: 'd230', display: 'Att genomföra daglig rutin' };
const housework = { system: icf, code: 'd640', display: 'Att utföra hushållsarbete' };
const washing = { system: icf, code: 'd510', display: 'Att tvätta sig' };

/** Valid personal identity numbers (the check digit by Luhn), one per SIP. */
function idNumber(n: number): string {
  const base = `8001${String(10 + n).padStart(2, '0')}238`;
  const sum = [...base].reduce((total, digit, index) => {
    const product = Number(digit) * (index % 2 === 0 ? 2 : 1);
    return total + Math.floor(product / 10) + (product % 10);
  }, 0);
  return `1980${base.slice(2, 6)}-${base.slice(6)}${(10 - (sum % 10)) % 10}`;
}

/**
 * Plans by code in the statistics: SIPs whose plan in force has a code on its needs, a goal or an effort, kept
 * with each SIP's facts (a new version moves them), suppressed below five for a viewer across organisations,
 * whole for the organisation's own administrator, and in the exported file.
 */
describe.each(testDatabaseKinds())('plans by code in the statistics on %s', (kind) => {
  let server: TestServer;
  let world: ProcessWorld;
  let county: ApiClient;
  let own: ApiClient;
  const period = `from=${isoDay(-30)}&to=${isoDay(0)}`;

  const report = async (client: ApiClient, scope: string) => {
    const answer = await client.get<StatisticsReport>(`/api/statistics?${period}&${scope}`);
    expect(answer.status).toBe(200);
    return answer.body;
  };
  const codeOf = (body: StatisticsReport, code: string): CodeCount | undefined =>
    body.codes.find((one) => one.system === icf && one.code === code);
  const coded = (world: ProcessWorld, effortCodes: PlanContent['needsCodes']): Partial<PlanContent> => {
    const plan = completePlan(world);
    return {
      goals: plan.goals.map((goal) => ({ ...goal, codes: [routine] })),
      efforts: plan.efforts.map((effort, index) => ({ ...effort, codes: index === 0 ? effortCodes : [] })),
    };
  };

  beforeAll(async () => {
    server = await startTestServer(kind);
    const db = server.database.db;
    world = await createProcessWorld(db, () => server.client());
    const admin = (await signedInUser(db, server.client(), [world.region.units.vc!], 'system_admin')).client;
    const csv = [
      'system,code,display',
      ...[routine, housework, washing].map((c) => `${icf},${c.code},${c.display}`),
    ];
    expect((await admin.post('/api/code-systems/import', { name: 'ICF', csv: csv.join('\n') })).status).toBe(
      200,
    );
    county = (await signedInUser(db, server.client(), [world.region.units.vc!], 'county_coordinator')).client;
    own = (await signedInUser(db, server.client(), [world.municipality.units.ifo!], 'organisation_admin'))
      .client;
    // Six plans with the routine on a goal; two of them with housework on an effort.
    for (let n = 0; n < 6; n++)
      await sipWithPlanEstablished(world, idNumber(n), coded(world, n < 2 ? [housework] : []));
  });
  afterAll(() => server.close());

  it('counts SIPs per code and part of the plan, hiding a count under five from the county', async () => {
    const body = await report(county, 'scope=county');
    expect(codeOf(body, 'd230')).toEqual({
      system: icf,
      systemName: 'ICF',
      code: 'd230',
      display: 'Att genomföra daglig rutin',
      needs: { value: 0, base: 0, suppressed: false },
      goals: { value: 6, base: 6, suppressed: false },
      efforts: { value: 0, base: 0, suppressed: false },
    });
    expect(codeOf(body, 'd640')?.efforts).toEqual({ value: null, base: null, suppressed: true });
    expect(codeOf(body, 'd510')).toBeUndefined();
    // The most used first.
    expect(body.codes[0]?.code).toBe('d230');
  });

  it('shows the organisation’s own administrator its figures whole', async () => {
    const body = await report(own, `scope=organisation&scopeId=${world.municipality.id}`);
    expect(codeOf(body, 'd640')?.efforts).toEqual({ value: 2, base: 2, suppressed: false });
    const elsewhere = await report(county, `scope=organisation&scopeId=${world.strangerOrg.id}`);
    expect(elsewhere.codes).toEqual([]);
  });

  it('follows the plan in force: a new version without the code takes it out of the count', async () => {
    const sip = await sipWithPlanEstablished(world, idNumber(7), coded(world, [washing]));
    expect(
      codeOf(await report(own, `scope=organisation&scopeId=${world.municipality.id}`), 'd510')?.efforts.value,
    ).toBe(1);
    const plan = (await world.convener.get<{ plan: { revision: number; content: PlanContent } }>(sip.path))
      .body.plan;
    const changed = structuredClone(plan.content);
    changed.efforts[0]!.codes = [];
    const saved = await world.convener.put(`${sip.path}/plan`, {
      baseRevision: plan.revision,
      content: changed,
      reason: 'Insatsen klassas inte längre.',
    });
    expect(saved.status).toBe(200);
    expect(
      codeOf(await report(own, `scope=organisation&scopeId=${world.municipality.id}`), 'd510'),
    ).toBeUndefined();
  });

  it('keeps the code facts a rebuild would write', async () => {
    const facts = () =>
      sql<{ sipId: string; part: string; code: string }>`
        SELECT sip_id, part, code FROM statistics_code_facts ORDER BY 1, 2, 3`.execute(server.database.db);
    const kept = (await facts()).rows;
    expect(kept.length).toBeGreaterThan(6);
    await sql`SELECT rebuild_statistics_facts()`.execute(server.database.db);
    expect((await facts()).rows).toEqual(kept);
  });

  it('lists the codes in the exported file, with "<5" where the page hides a count', async () => {
    const table = exportTable(await report(county, 'scope=county'), 'sv');
    const rows = table.filter((row) => String(row[3]).startsWith('d640'));
    expect(rows.map((row) => [row[2], row[5]])).toEqual([
      ['Planer per kod: på behoven', 0],
      ['Planer per kod: på ett mål', 0],
      ['Planer per kod: på en insats', '<5'],
    ]);
    expect(rows[0]?.[3]).toBe('d640 Att utföra hushållsarbete (ICF)');
  });
});
