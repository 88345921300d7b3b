import { parse as parseCsv } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stockholmDate } from '../../src/domain/time/stockholm.js';
import type { SipDetail } from '../../src/shared/api/responses.js';
import {
  indicatorDefinitions,
  type Figure,
  type IndicatorResult,
  type StatisticsReport,
} from '../../src/shared/api/statistics.js';
import type { ApiClient } from '../support/apiClient.js';
import { signedInUser } from '../support/factories.js';
import { createProcessWorld, newSipBody, type ProcessWorld } from '../support/processFixture.js';
import { testDatabaseKinds } from '../support/testDatabase.js';
import { startTestServer, type TestServer } from '../support/testServer.js';
import { luhn } from '../support/luhn.js';

/** A valid, fictional personnummer born 1980-03-0n, one per SIP. */
const idNumber = (n: number) => `1980030${n}-123${luhn(`80030${n}123`)}`;
const personName = (n: number) => ({ givenName: `Statistikperson${n}`, familyName: 'Exportsson' });

const nameOf = (key: string) => indicatorDefinitions.find((d) => d.key === key)!.name.sv;

/** A figure as the file writes it, worked out here from the API's own number. */
function expectedCell(measure: IndicatorResult['measure'], figure: Figure): string {
  if (figure.suppressed) return '<5';
  if (figure.value === null) return '';
  if (measure === 'share') return String(Math.round(figure.value * 1000) / 10);
  if (measure === 'score') return String(Math.round(figure.value * 100) / 100);
  return String(figure.value);
}

describe.each(testDatabaseKinds())('statistics export on %s', (kind) => {
  let server: TestServer;
  let world: ProcessWorld;
  let coordinator: ApiClient;
  let manager: ApiClient;
  const today = stockholmDate();
  const period = `from=${today.slice(0, 4)}-01-01&to=${today}`;
  /** The municipalities of the county: the convener's (six SIPs) and the stranger's (two, so suppressed). */
  const municipalities = `${period}&scope=county&principal=municipality`;

  const caseNumbers: string[] = [];

  const signIn = (unitId: string, role: Parameters<typeof signedInUser>[3]) =>
    signedInUser(server.database.db, server.client(), [unitId], role);

  async function startSip(client: ApiClient, n: number) {
    const body = newSipBody(idNumber(n));
    const created = await client.post<SipDetail>('/api/sips', {
      ...body,
      person: { ...body.person, ...personName(n) },
    });
    expect(created.status).toBe(201);
    caseNumbers.push(created.body.caseNumber);
  }

  beforeAll(async () => {
    server = await startTestServer(kind);
    world = await createProcessWorld(server.database.db, () => server.client());
    coordinator = (await signIn(world.region.units.psyk!, 'county_coordinator')).client;
    manager = (await signIn(world.municipality.units.ifo!, 'unit_manager')).client;
    for (let n = 1; n <= 6; n += 1) await startSip(world.convener, n);
    for (let n = 7; n <= 8; n += 1) await startSip(world.stranger, n);
  });
  afterAll(() => server?.close());

  async function report(client: ApiClient, query: string) {
    const response = await client.get<StatisticsReport>(`/api/statistics?${query}`);
    expect(response.status).toBe(200);
    return response.body;
  }

  async function csv(client: ApiClient, query: string) {
    const response = await client.requestText('GET', `/api/statistics/export.csv?${query}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.text.startsWith('\uFEFF')).toBe(true);
    return {
      text: response.text,
      rows: parseCsv(response.text.slice(1).trimEnd()),
      headers: response.headers,
    };
  }

  /** The workbook the coordinator downloads, read as bytes since it is not text. */
  async function workbookOf(query: string) {
    const response = await coordinator.requestRaw('GET', `/api/statistics/export.xlsx?${query}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const sheets = await readXlsxFile(Buffer.from(await response.arrayBuffer()));
    return {
      names: sheets.map((sheet) => sheet.sheet),
      sheet: (name: string) => sheets.find((sheet) => sheet.sheet === name)!.data,
      /** Every cell as text, as a spreadsheet shows it. */
      texts: sheets.flatMap((sheet) => sheet.data.flat().map((cell) => String(cell ?? ''))),
    };
  }

  /** The row of the file for an indicator at a place (scope or breakdown row), its total without a category. */
  function rowFor(rows: string[][], place: string, key: string): string[] {
    const row = rows.find((r) => r[1] === place && r[2] === nameOf(key) && r[3] === '');
    expect(row, `${place} ${key}`).toBeDefined();
    return row!;
  }

  it('writes the same figures as the API, with the small municipality as "<5" in both', async () => {
    const json = await report(coordinator, municipalities);
    const { rows, headers } = await csv(coordinator, municipalities);
    expect(headers.get('content-disposition')).toBe(
      `attachment; filename="statistik-${today.slice(0, 4)}-01-01-${today}.csv"`,
    );
    expect(rows[0]).toEqual([
      'Nivå',
      'Namn',
      'Mått',
      'Kategori',
      'Enhet',
      'Denna period',
      '90:e percentil',
      'Underlag',
      'Föregående period',
      '90:e percentil, föregående',
      'Underlag, föregående',
    ]);
    for (const result of json.indicators) {
      const row = rowFor(rows, 'Kommun', result.key);
      expect(row[5], result.key).toBe(expectedCell(result.measure, result.current));
      expect(row[8], result.key).toBe(expectedCell(result.measure, result.previous));
    }
    expect(json.breakdown?.level).toBe('organisation');
    const byName = new Map(json.breakdown!.rows.map((row) => [row.name!, row]));
    const convening = byName.get(world.municipality.name)!;
    const small = byName.get(world.strangerOrg.name)!;
    const initiated = (row: typeof convening) =>
      row.indicators.find((i) => i.key === 'sipsInitiated')!.current;
    // Two SIPs are too few to show; with the total of eight shown, the six would give them away, so both go.
    expect(initiated(small)).toMatchObject({ value: null, suppressed: true });
    expect(initiated(convening)).toMatchObject({ value: null, suppressed: true });
    expect(json.indicators.find((i) => i.key === 'sipsInitiated')!.current.value).toBe(8);
    for (const row of [convening, small])
      for (const result of row.indicators) {
        const cells = rowFor(rows, row.name!, result.key);
        expect(cells[0]).toBe('Organisation');
        expect(cells[5], `${row.name} ${result.key}`).toBe(expectedCell(result.measure, result.current));
      }
    // In the file as in the API: "<5" for the figure and its base, and no number that subtracts to either.
    for (const name of [world.strangerOrg.name, world.municipality.name])
      expect(rowFor(rows, name, 'sipsInitiated').slice(5, 8)).toEqual(['<5', '', '<5']);
    expect(rowFor(rows, 'Kommun', 'sipsInitiated').slice(5, 8)).toEqual(['8', '', '8']);
    // A category by the name the page shows it by: the staff who initiated these SIPs.
    const initiatorCategories = rows.filter((r) => r[1] === 'Kommun' && r[2] === nameOf('initiatorType'));
    expect(initiatorCategories.map((r) => r[3])).toContain('Personal');
  });

  it('gives the same table as a workbook that a spreadsheet reader reads back, "<5" kept as text', async () => {
    const { rows } = await csv(coordinator, municipalities);
    const workbook = await workbookOf(municipalities);
    expect(workbook.names).toEqual(['Statistik', 'Urval', 'Definitioner']);
    const sheet = workbook.sheet('Statistik');
    const read = sheet.map((row) => rows[0]!.map((_, index) => String(row[index] ?? '')));
    expect(read).toEqual(rows);
    const column = sheet.map((row) => row[5]);
    expect(column.filter((value) => value === '<5').length).toBeGreaterThan(0);
    expect(column.filter((value) => typeof value === 'number')).toContain(8);
    const selection = workbook.sheet('Urval');
    expect(selection[0]![1]).toBe(`${today.slice(0, 4)}-01-01`);
    expect(selection[4]![1]).toBe('Kommun');
  });

  it('holds no personal data: no name, identity number or case number in either file', async () => {
    const { text } = await csv(coordinator, municipalities);
    const workbook = await workbookOf(municipalities);
    const cells = workbook.texts;
    for (let n = 1; n <= 8; n += 1) {
      const { givenName } = personName(n);
      for (const content of [text, cells.join('\n')]) {
        expect(content).not.toContain(givenName);
        expect(content).not.toContain('Exportsson');
        expect(content).not.toContain(idNumber(n));
        expect(content).not.toContain(idNumber(n).replace('-', ''));
      }
    }
    expect(caseNumbers).toHaveLength(8);
    for (const caseNumber of caseNumbers) {
      expect(text).not.toContain(caseNumber);
      expect(cells.join('\n')).not.toContain(caseNumber);
    }
  });

  it('gives a unit manager their own unit, and refuses staff and a wider scope', async () => {
    const own = `${period}&scope=unit&scopeId=${world.municipality.units.ifo!}`;
    const json = await report(manager, own);
    const { rows } = await csv(manager, own);
    const initiated = json.indicators.find((i) => i.key === 'sipsInitiated')!;
    expect(initiated.current.value).toBe(6);
    expect(rows.find((r) => r[2] === nameOf('sipsInitiated') && r[3] === '')?.[5]).toBe('6');

    for (const path of ['export.csv', 'export.xlsx']) {
      const staff = await world.convener.get(`/api/statistics/${path}?${own}`);
      expect(staff.status).toBe(403);
      const wider = await manager.get(`/api/statistics/${path}?${municipalities}`);
      expect(wider.status).toBe(403);
    }
  });

  it('refuses a malformed filter with 400 naming the field in Swedish and English, and no file', async () => {
    for (const path of ['export.csv', 'export.xlsx']) {
      const response = await coordinator.get<{
        errors: { field: string; messages: { sv: string; en: string } }[];
        messages: { sv: string; en: string };
      }>(`/api/statistics/${path}?from=2026-02-30&to=${today}&scope=county`);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-disposition')).toBeNull();
      const field = response.body.errors.find((e) => e.field === 'querystring.from');
      expect(field?.messages.sv).toBeTruthy();
      expect(field?.messages.en).toBeTruthy();
      // Named as the user knows it, not by its path.
      expect(response.body.messages.sv).toContain('Från: ');
      expect(response.body.messages.en).toContain('From: ');
      expect(response.body.messages.sv).not.toContain('querystring.');
    }
  });
});
