import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ageBands,
  type Figure,
  type IndicatorResult,
  type StatisticsReport,
} from '../../src/shared/api/statistics.js';
import { organisationKinds, targetGroups, type Role } from '../../src/shared/api/vocabulary.js';
import { stockholmDate } from '../../src/domain/time/stockholm.js';
import type { ApiClient } from '../support/apiClient.js';
import { createOrganisation, createUser, signedInUser, type TestOrganisation } from '../support/factories.js';
import { adultIdNumber, createProcessWorld, sipWithMeetingHeld } from '../support/processFixture.js';
import { seedSip, type SeededSip } from '../support/statisticsSeed.js';
import { testDatabaseKinds } from '../support/testDatabase.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

const period = 'from=2025-03-01&to=2025-03-31';
const threshold = 5;

/**
 * Every way a hidden count could be worked out from one report: a group (a total and the rows that add up to it)
 * where subtracting the shown rows from the shown total leaves one hidden row, or hidden rows adding up to fewer
 * than five.
 */
function leaks(total: Figure, rows: Figure[]): boolean {
  if (total.suppressed || total.base === null) return false;
  const hidden = rows.filter((row) => row.suppressed);
  if (hidden.length === 0) return false;
  const shown = rows.filter((row) => !row.suppressed).reduce((sum, row) => sum + (row.base ?? 0), 0);
  const rest = total.base - shown;
  return hidden.length === 1 ? rest > 0 : rest > 0 && rest < threshold;
}

const small = (figure: Figure) =>
  !figure.suppressed && figure.base !== null && figure.base > 0 && figure.base < threshold;

describe.each(testDatabaseKinds())(
  'statistics: scope by role, no personal data, suppression on %s',
  (kind) => {
    let server: TestServer;
    let region: TestOrganisation;
    let municipality: TestOrganisation;
    let other: TestOrganisation;
    const clients = {} as Record<'staff' | 'manager' | 'admin' | 'coordinator' | 'system', ApiClient>;
    const seededNames: string[] = [];
    const caseNumbers: string[] = [];

    beforeAll(async () => {
      server = await startTestServer(kind);
      const db = server.database.db;
      region = await createOrganisation(db, 'region', ['vc', 'psyk']);
      municipality = await createOrganisation(db, 'municipality', ['ifo', 'home']);
      other = await createOrganisation(db, 'other', ['school']);
      const signIn = async (unitId: string, role: Role) =>
        (await signedInUser(db, server.client(), [unitId], role)).client;
      clients.staff = await signIn(region.units.vc!, 'staff');
      clients.manager = await signIn(region.units.vc!, 'unit_manager');
      clients.admin = await signIn(region.units.psyk!, 'organisation_admin');
      clients.coordinator = await signIn(municipality.units.ifo!, 'county_coordinator');
      clients.system = await signIn(other.units.school!, 'system_admin');
      const actor = await createUser(db, [region.units.vc!]);

      // Counts chosen so some cells are small: 7 at the primary care centre, 2 at psychiatry, 6 in the
      // municipality's social services and 1 in its home care, of mixed target groups, ages and sexes.
      const spread: [string, number][] = [
        [region.units.vc!, 7],
        [region.units.psyk!, 2],
        [municipality.units.ifo!, 6],
        [municipality.units.home!, 1],
      ];
      let n = 0;
      for (const [unitId, count] of spread) {
        for (let i = 0; i < count; i += 1) {
          n += 1;
          const seed: SeededSip = {
            unitId,
            birthDate: n % 3 === 0 ? '2012-01-01' : '1950-01-01',
            sex: n % 2 === 0 ? 'female' : 'male',
            targetGroup: n % 4 === 0 ? 'mental_illness' : 'elderly_multimorbid',
            initiatorType: n % 5 === 0 ? 'relative' : 'staff',
            need: `2025-03-${String(1 + n).padStart(2, '0')}T09:00:00Z`,
            consent: `2025-03-${String(2 + n).padStart(2, '0')}T09:00:00Z`,
            ...(n % 3 === 1 ? { closed: { at: '2025-03-28T09:00:00Z', reason: 'moved' as const } } : {}),
          };
          await seedSip(db, actor.id, seed);
        }
      }
      const seeded = await db.selectFrom('persons').select(['givenName', 'familyName', 'idNumber']).execute();
      seededNames.push(...seeded.flatMap((person) => [person.givenName, person.idNumber]));

      // A SIP through the process, with its real person, identity number and case number.
      const world = await createProcessWorld(db, () => server.client());
      const sip = await sipWithMeetingHeld(world);
      const row = await db
        .selectFrom('sips')
        .select('caseNumber')
        .where('id', '=', sip.id)
        .executeTakeFirstOrThrow();
      caseNumbers.push(row.caseNumber);
      seededNames.push('Tove', 'Testsson', adultIdNumber, adultIdNumber.replace('-', ''));
    });

    afterAll(async () => {
      await server.close();
    });

    const get = (who: keyof typeof clients, query: string) =>
      clients[who].get<StatisticsReport & { code?: string }>(`/api/statistics?${period}&${query}`);

    it('gives each role exactly its scope and refuses the rest', async () => {
      const cases: [keyof typeof clients, string, number][] = [
        ['staff', `scope=unit&scopeId=${region.units.vc!}`, 403],
        ['staff', 'scope=county', 403],
        ['manager', `scope=unit&scopeId=${region.units.vc!}`, 200],
        ['manager', `scope=unit&scopeId=${region.units.psyk!}`, 403],
        ['manager', `scope=organisation&scopeId=${region.id}`, 403],
        ['manager', 'scope=county', 403],
        ['admin', `scope=organisation&scopeId=${region.id}`, 200],
        ['admin', `scope=unit&scopeId=${region.units.vc!}`, 200],
        ['admin', `scope=organisation&scopeId=${municipality.id}`, 403],
        ['admin', `scope=unit&scopeId=${municipality.units.ifo!}`, 403],
        ['admin', 'scope=county', 403],
        ['coordinator', 'scope=county', 200],
        ['coordinator', 'scope=county&principal=region', 200],
        ['coordinator', `scope=organisation&scopeId=${region.id}`, 200],
        ['coordinator', `scope=unit&scopeId=${municipality.units.home!}`, 200],
        ['system', 'scope=county', 200],
        ['system', `scope=unit&scopeId=${region.units.psyk!}`, 200],
      ];
      for (const [who, query, status] of cases) {
        const response = await get(who, query);
        expect(response.status, `${who} ${query}`).toBe(status);
        if (status === 403 && who !== 'staff') expect(response.body.code).toBe('statistics_outside_scope');
      }
      const unknown = await get('coordinator', 'scope=unit&scopeId=0190f4c6-0000-7000-8000-000000000000');
      expect(unknown.status).toBe(404);
      // What each scope counts: the manager's unit alone, the administrator's organisation, the whole county.
      const initiated = async (who: keyof typeof clients, query: string) => {
        const { status, body } = await get(who, query);
        expect(status, `${who} ${query}`).toBe(200);
        return body.indicators.find((result) => result.key === 'sipsInitiated')!.current;
      };
      expect((await initiated('manager', `scope=unit&scopeId=${region.units.vc!}`)).value).toBe(7);
      expect((await initiated('admin', `scope=organisation&scopeId=${region.id}`)).value).toBe(9);
      expect((await initiated('coordinator', 'scope=county')).value).toBe(16);
      // The organisation's administrator sees its small unit whole; the county coordinator does not.
      expect((await initiated('admin', `scope=unit&scopeId=${region.units.psyk!}`)).value).toBe(2);
      expect(await initiated('coordinator', `scope=unit&scopeId=${region.units.psyk!}`)).toMatchObject({
        value: null,
        suppressed: true,
      });
    });

    it('never names a person, an identity number or a case number', async () => {
      const bodies: string[] = [];
      // Each report must be answered: a refusal's body names no one either, and would pass unseen.
      const read = async (who: keyof typeof clients, query: string) => {
        const { status, text } = await clients[who].requestText('GET', `/api/statistics?${query}`);
        expect(status, `${who} ${query}`).toBe(200);
        bodies.push(text);
      };
      for (const [who, query] of [
        ['manager', `scope=unit&scopeId=${region.units.vc!}`],
        ['admin', `scope=organisation&scopeId=${region.id}`],
        ['coordinator', 'scope=county'],
        ['coordinator', 'scope=county&principal=municipality'],
        ['system', `scope=organisation&scopeId=${municipality.id}`],
      ] as const) {
        await read(who, `${period}&${query}`);
      }
      const today = stockholmDate();
      for (const who of ['coordinator', 'system'] as const) {
        await read(who, `from=${today}&to=${today}&scope=county`);
      }
      for (const body of bodies) {
        for (const secret of [...seededNames, ...caseNumbers]) expect(body).not.toContain(secret);
      }
    });

    it('offers one filtered dimension at a time across organisations, any number within one', async () => {
      const combined = '&sex=female&ageBand=0-17';
      for (const path of ['/api/statistics', '/api/statistics/export.csv']) {
        const refused = await clients.coordinator.get<{ code: string; messages: { sv: string; en: string } }>(
          `${path}?${period}&scope=county&principal=region${combined}`,
        );
        expect(refused.status, path).toBe(422);
        expect(refused.body.code).toBe('statistics_one_dimension');
        expect(refused.body.messages.sv).toContain('en sak i taget');
        expect(refused.body.messages.en).toContain('one of target group, age band and sex');
      }
      const own = await clients.admin.get(
        `/api/statistics?${period}&scope=organisation&scopeId=${region.id}${combined}`,
      );
      expect(own.status).toBe(200);
    });

    it('shows no count under five across organisations, and none can be worked out by subtraction', async () => {
      const dimensionValues = {
        targetGroup: targetGroups,
        ageBand: ageBands,
        sex: ['female', 'male'],
      } as const;
      const filters = [
        '',
        ...Object.entries(dimensionValues).flatMap(([name, values]) =>
          values.map((value) => `&${name}=${encodeURIComponent(value)}`),
        ),
      ];
      const scopes = ['scope=county', ...organisationKinds.map((kind) => `scope=county&principal=${kind}`)];
      const reports = new Map<string, StatisticsReport>();
      for (const scope of scopes) {
        for (const filter of filters) {
          const { status, body } = await get('coordinator', `${scope}${filter}`);
          expect(status).toBe(200);
          reports.set(`${scope}${filter}`, body);
        }
      }
      const figures = (result: IndicatorResult) => [result.current, result.previous];
      for (const [query, report] of reports) {
        for (const result of report.indicators) {
          // No figure, category or breakdown cell shows a count from one to four.
          for (const figure of figures(result)) expect(small(figure), `${query} ${result.key}`).toBe(false);
          for (const category of result.categories ?? []) {
            expect(small(category.current), `${query} ${result.key} ${category.key}`).toBe(false);
          }
          const cells = (report.breakdown?.rows ?? []).map((row) =>
            row.indicators.find((cell) => cell.key === result.key)!,
          );
          for (const cell of cells) for (const figure of figures(cell)) expect(small(figure)).toBe(false);
          // The distribution's categories and the breakdown's rows against the total, now and before.
          const categories = result.categories ?? [];
          for (const which of ['current', 'previous'] as const) {
            if (categories.length > 0) {
              const parts = categories.map((category) => category[which]);
              expect(leaks(result[which], parts), `${query} ${result.key}`).toBe(false);
            }
            const rows = cells.map((cell) => cell[which]);
            expect(leaks(result[which], rows), `${query} ${result.key} rows`).toBe(false);
          }
        }
      }
      // A filtered value against the other values of its dimension and the unfiltered total.
      for (const scope of scopes) {
        const total = reports.get(scope)!;
        for (const [name, values] of Object.entries(dimensionValues)) {
          for (const result of total.indicators) {
            for (const which of ['current', 'previous'] as const) {
              const rows = values.map(
                (value) =>
                  reports
                    .get(`${scope}&${name}=${encodeURIComponent(value)}`)!
                    .indicators.find((r) => r.key === result.key)![which],
              );
              expect(leaks(result[which], rows), `${scope} ${name} ${result.key} ${which}`).toBe(false);
            }
          }
        }
      }
      // Something was in fact hidden, so the test above had cells to check.
      const county = reports.get('scope=county')!;
      const rows = county.breakdown!.rows.flatMap((row) => row.indicators.map((cell) => cell.current));
      expect(rows.some((figure) => figure.suppressed)).toBe(true);
    });
  },
);
