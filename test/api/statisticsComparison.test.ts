import { parse as parseCsv } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/server/sips/actor.js';
import { computeStatistics } from '../../src/server/statistics/compute.js';
import type { StatisticsFilter, StatisticsReport } from '../../src/shared/api/statistics.js';
import type { ApiClient } from '../support/apiClient.js';
import { createOrganisation, createUser, signedInUser, type TestOrganisation } from '../support/factories.js';
import { seedSip } from '../support/statisticsSeed.js';
import { testDatabaseKinds } from '../support/testDatabase.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

/**
 * The period compared with: by default the previous period of as many days, or the same dates one year earlier
 * (`compareWith=yearBefore`), with 29 February moved so that consecutive periods stay consecutive. SIPs are
 * begun at noon Stockholm time on days around the leap day of 2024.
 */
const needs = {
  a: '2023-02-28',
  b: '2023-03-01',
  c: '2024-02-28',
  d: '2024-02-29',
  e: '2024-03-01',
  f: '2025-02-10',
  g: '2025-02-28',
  h: '2025-03-15',
};

describe.each(testDatabaseKinds())('statistics compared with the same dates a year earlier on %s', (kind) => {
  let server: TestServer;
  let region: TestOrganisation;
  let regionAdmin: ApiClient;
  let coordinator: ApiClient;
  let coordinatorActor: Actor;

  const report = async (client: ApiClient, query: string) => {
    const response = await client.get<StatisticsReport>(`/api/statistics?${query}`);
    expect(response.status, query).toBe(200);
    return response.body;
  };
  const ofRegion = (from: string, to: string, compareWith?: string) =>
    report(
      regionAdmin,
      `from=${from}&to=${to}&scope=organisation&scopeId=${region.id}` +
        (compareWith ? `&compareWith=${compareWith}` : ''),
    );
  const initiated = (body: StatisticsReport) => {
    const result = body.indicators.find((indicator) => indicator.key === 'sipsInitiated')!;
    return [result.current.value, result.previous.value];
  };

  beforeAll(async () => {
    server = await startTestServer(kind);
    const db = server.database.db;
    region = await createOrganisation(db, 'region', ['vc']);
    const staff = await createUser(db, [region.units.vc!]);
    ({ client: regionAdmin } = await signedInUser(
      db,
      server.client(),
      [region.units.vc!],
      'organisation_admin',
    ));
    const { client, user } = await signedInUser(
      db,
      server.client(),
      [region.units.vc!],
      'county_coordinator',
    );
    coordinator = client;
    coordinatorActor = {
      userId: user.id,
      unitId: region.units.vc!,
      role: 'county_coordinator',
      clientAddress: '127.0.0.1',
    };
    for (const day of Object.values(needs)) {
      await seedSip(db, staff.id, {
        unitId: region.units.vc!,
        birthDate: '1970-01-01',
        sex: 'female',
        targetGroup: 'mental_illness',
        initiatorType: 'staff',
        // Noon in Stockholm, winter time.
        need: `${day}T11:00:00Z`,
      });
    }
  });

  afterAll(async () => {
    await server?.close();
  });

  it('compares with the previous period of as many days unless told otherwise, as before', async () => {
    const unchosen = await ofRegion('2025-02-01', '2025-02-28');
    expect(unchosen.previousPeriod).toEqual({ from: '2025-01-04', to: '2025-01-31' });
    expect(initiated(unchosen)).toEqual([2, 0]);
    const chosen = await ofRegion('2025-02-01', '2025-02-28', 'previous');
    expect(chosen.previousPeriod).toEqual(unchosen.previousPeriod);
    expect(chosen.indicators).toEqual(unchosen.indicators);
  });

  // Each period, the period it is compared with, and the SIPs initiated in each (the needs above).
  it.each([
    // F, G against C, D.
    {
      what: 'a whole February',
      period: ['2025-02-01', '2025-02-28'],
      compared: ['2024-02-01', '2024-02-29'],
      sips: [2, 2],
    },
    // C, D against A.
    {
      what: 'a leap February',
      period: ['2024-02-01', '2024-02-29'],
      compared: ['2023-02-01', '2023-02-28'],
      sips: [2, 1],
    },
    // D, E against B: from 29 February is from 1 March.
    {
      what: 'from 29 February',
      period: ['2024-02-29', '2024-03-31'],
      compared: ['2023-03-01', '2023-03-31'],
      sips: [2, 1],
    },
    // D against A.
    {
      what: '29 February alone',
      period: ['2024-02-29', '2024-02-29'],
      compared: ['2023-02-28', '2023-02-28'],
      sips: [1, 1],
    },
    // E, F, G against B, C, D: every SIP of the two years counted once.
    {
      what: 'twelve months',
      period: ['2024-03-01', '2025-02-28'],
      compared: ['2023-03-01', '2024-02-29'],
      sips: [3, 3],
    },
  ] as const)('compares $what with the same dates a year earlier', async ({ period, compared, sips }) => {
    const body = await ofRegion(period[0], period[1], 'yearBefore');
    expect(body.filter.compareWith).toBe('yearBefore');
    expect(body.previousPeriod).toEqual({ from: compared[0], to: compared[1] });
    expect(initiated(body)).toEqual(sips);
  });

  it('gives the county the same year-before figures from the rollup as from the facts', async () => {
    const filter: StatisticsFilter = {
      from: '2025-02-01',
      to: '2025-03-31',
      scope: 'county',
      compareWith: 'yearBefore',
    };
    const db = server.database.db;
    const rollup = await computeStatistics(db, coordinatorActor, filter);
    expect(rollup).toEqual(await computeStatistics(db, coordinatorActor, filter, { rollup: false }));
    expect(rollup.previousPeriod).toEqual({ from: '2024-02-01', to: '2024-03-31' });
    // F, G and H against C, D and E: too few to show across organisations, but counted alike.
    const api = await report(
      coordinator,
      'from=2025-02-01&to=2025-03-31&scope=county&compareWith=yearBefore',
    );
    expect(api.previousPeriod).toEqual(rollup.previousPeriod);
    expect(api.indicators).toEqual(rollup.indicators);
  });

  it('names the comparison in the CSV columns and on the workbook’s selection sheet', async () => {
    const query = `from=2025-02-01&to=2025-02-28&scope=organisation&scopeId=${region.id}&compareWith=yearBefore`;
    const csv = await regionAdmin.requestText('GET', `/api/statistics/export.csv?${query}`);
    expect(csv.status).toBe(200);
    const rows: string[][] = parseCsv(csv.text.slice(1).trimEnd());
    expect(rows[0]!.slice(5)).toEqual([
      'Denna period',
      '90:e percentil',
      'Underlag',
      'Samma period året innan',
      '90:e percentil, året innan',
      'Underlag, året innan',
    ]);
    const initiatedRow = rows.find((row) => row[2] === 'Påbörjade SIP' && row[3] === '')!;
    expect([initiatedRow[5], initiatedRow[8]]).toEqual(['2', '2']);

    const workbook = await regionAdmin.requestRaw('GET', `/api/statistics/export.xlsx?${query}`);
    expect(workbook.status).toBe(200);
    const sheets = await readXlsxFile(Buffer.from(await workbook.arrayBuffer()));
    const selection = sheets.find((sheet) => sheet.sheet === 'Urval')!.data;
    expect(selection).toEqual(
      expect.arrayContaining([
        ['Jämförelseperiod från och med', '2024-02-01'],
        ['Jämförelseperiod till och med', '2024-02-29'],
        ['Jämförs med', 'Samma datum året innan'],
      ]),
    );

    // The previous period, unchosen, keeps the columns' names.
    const plain = await regionAdmin.requestText(
      'GET',
      `/api/statistics/export.csv?${query.replace('&compareWith=yearBefore', '')}`,
    );
    const plainRows: string[][] = parseCsv(plain.text.slice(1).trimEnd());
    expect(plainRows[0]![8]).toBe('Föregående period');
  });

  it('refuses a comparison it does not know, naming the field', async () => {
    const { status, body } = await regionAdmin.get<{
      detail: string;
      errors: { field: string; name: string }[];
    }>(`/api/statistics?from=2025-02-01&to=2025-02-28&scope=county&compareWith=lastYear`);
    expect(status).toBe(400);
    expect(body.errors.map((error) => [error.field, error.name])).toEqual([
      ['querystring.compareWith', 'Jämför med'],
    ]);
    expect(body.detail).toContain(': Jämför med: ');
  });
});
