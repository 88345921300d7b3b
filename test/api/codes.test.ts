import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCodesFile } from '../../src/cli/importCodes.js';
import type { Problem } from '../../src/server/problem.js';
import type { CodeFound, CodeSystemSummary, RefusedCodeRow } from '../../src/shared/api/codeSystemRoutes.js';
import type { SipDetail } from '../../src/shared/api/responses.js';
import type { ApiClient } from '../support/apiClient.js';
import { signedInUser } from '../support/factories.js';
import {
  completePlan,
  sipWithMeetingHeld,
  type ProcessWorld,
  createProcessWorld,
} from '../support/processFixture.js';
import { testDatabaseKinds } from '../support/testDatabase.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

const icf = 'http://who.int/icf';
const ksi = 'urn:oid:1.2.752.116.1.3.2.1.4';

/** A file as a spreadsheet program saves it: a byte-order mark, CRLF, and the given rows under the header. */
const file = (rows: string[], header = 'system,code,display') =>
  `\uFEFF${[header, ...rows].join('\r\n')}\r\n`;

const icfRows = [
  `${icf},d230,Att genomföra daglig rutin`,
  `${icf},d510,Att tvätta sig`,
  `${icf},d640,Att utföra hushållsarbete`,
  `${icf},b152,"Emotionella funktioner, till exempel affekt"`,
];

type Refusal = Problem & { rows?: RefusedCodeRow[] };
type Imported = { system: CodeSystemSummary; replaced: number };

/**
 * Code systems a county loads from CSV (system, code, display) by its system administrator, searched by the plan
 * editor, and the rule that a plan carries only codes of a loaded system, with the system's own words.
 */
describe.each(testDatabaseKinds())('coded content on %s', (kind) => {
  let server: TestServer;
  let world: ProcessWorld;
  let admin: ApiClient;

  const systems = async () =>
    (await admin.get<{ systems: CodeSystemSummary[] }>('/api/code-systems')).body.systems;
  const search = async (query: string) => world.convener.get<{ codes: CodeFound[] }>(`/api/codes?${query}`);
  const storedCodes = () =>
    server.database.db.selectFrom('codes').select(['code', 'display']).orderBy('code').execute();

  beforeAll(async () => {
    server = await startTestServer(kind);
    world = await createProcessWorld(server.database.db, () => server.client());
    admin = (
      await signedInUser(server.database.db, server.client(), [world.region.units.vc!], 'system_admin')
    ).client;
  });
  afterAll(() => server.close());

  it('loads a code system from a file, with its name, version, who loaded it and how many codes', async () => {
    const loaded = await admin.post<Imported>('/api/code-systems/import', {
      name: 'ICF (urval)',
      version: '2026',
      csv: file(icfRows),
    });
    expect(loaded.status).toBe(200);
    expect(loaded.body.replaced).toBe(0);
    expect(loaded.body.system).toMatchObject({
      uri: icf,
      name: 'ICF (urval)',
      version: '2026',
      codeCount: 4,
    });
    expect(loaded.body.system.loadedByName).toEqual(expect.any(String));
    expect(await systems()).toEqual([loaded.body.system]);
    // Quoted fields keep their commas; the byte-order mark and the CRLF are not part of any value.
    expect(await storedCodes()).toContainEqual({
      code: 'b152',
      display: 'Emotionella funktioner, till exempel affekt',
    });
  });

  it('reads a file separated by semicolons, as Swedish spreadsheets save it', async () => {
    const loaded = await admin.post<Imported>('/api/code-systems/import', {
      name: 'KSI (urval)',
      csv: file([`${ksi};QAA-AA-AA;Samtal, stöd`, `${ksi};PAA-DA-ZZ;Hemtjänst`], 'System;Code;Display'),
    });
    expect(loaded.status).toBe(200);
    expect(loaded.body.system).toMatchObject({ uri: ksi, name: 'KSI (urval)', version: null, codeCount: 2 });
  });

  it('names every bad row by its line and loads nothing of the file', async () => {
    const before = await storedCodes();
    const refused = await admin.post<Refusal>('/api/code-systems/import', {
      name: 'Trasig',
      csv: file([
        'http://example.se/trasig,A1,Bra rad',
        'inte en uri,A2,Utan system',
        'http://example.se/trasig,,Utan kod',
        'http://example.se/trasig,A3',
        'http://example.se/trasig,A1,Samma kod igen',
        'http://example.se/annan,A4,Annat system',
        'http://example.se/trasig,A5,',
      ]),
    });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('codes_file_refused');
    expect(refused.body.rows?.map((row) => row.line)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(refused.body.rows?.[3]?.messages.sv).toContain('rad 2');
    expect(refused.body.rows?.[2]?.messages.en).toContain('2 fields');
    expect(refused.body.messages.sv).toContain('rad 3');
    expect(refused.body.messages.en).toContain('Nothing changed');
    expect(await storedCodes()).toEqual(before);
    expect((await systems()).map((system) => system.uri)).not.toContain('http://example.se/trasig');
  });

  it('refuses a file with other columns, an unreadable row, no codes, or too many bytes', async () => {
    const post = (csv: string) => admin.post<Refusal>('/api/code-systems/import', { csv });
    const wrongColumns = await post(file([`${icf},d230,Text`], 'kod,text,system'));
    expect([wrongColumns.status, wrongColumns.body.code]).toEqual([422, 'codes_file_header']);
    expect(wrongColumns.body.messages.sv).toContain('system, code, display');

    const unreadable = await post(file([`${icf},d230,"Oavslutat citat`, `${icf},d240,Text`]));
    expect([unreadable.status, unreadable.body.code]).toEqual([422, 'codes_file_refused']);
    expect(unreadable.body.rows?.[0]?.line).toBe(2);

    const empty = await post(file([]));
    expect([empty.status, empty.body.code]).toEqual([422, 'codes_file_empty']);

    const big = await post(file([`${icf},d230,${'x'.repeat(400)}`]).repeat(30_000));
    expect([big.status, big.body.code]).toEqual([422, 'codes_file_too_large']);
    expect(big.body.messages.en).toContain('10 MB');

    const missing = await admin.post<Problem>('/api/code-systems/import', { name: 'Utan fil' });
    expect(missing.status).toBe(400);
    expect(await systems()).toHaveLength(2);
  });

  it('replaces a system’s codes when it is loaded again, keeping its name unless a new one is given', async () => {
    const again = await admin.post<Imported>('/api/code-systems/import', {
      csv: file([`${icf},d230,Att genomföra daglig rutin`, `${icf},d450,Att gå`]),
    });
    expect(again.status).toBe(200);
    expect(again.body.replaced).toBe(4);
    expect(again.body.system).toMatchObject({ name: 'ICF (urval)', version: null, codeCount: 2 });
    const codes = (await search(`q=d&system=${encodeURIComponent(icf)}`)).body.codes.map((c) => c.code);
    expect(codes).toEqual(['d230', 'd450']);
    // Back as it was, for the tests that follow.
    await admin.post('/api/code-systems/import', { name: 'ICF (urval)', csv: file(icfRows) });
  });

  it('is loaded only by the county’s system administrator', async () => {
    const refused = await world.convener.post<Problem>('/api/code-systems/import', { csv: file(icfRows) });
    expect(refused.status).toBe(403);
    expect((await world.convener.get('/api/code-systems')).status).toBe(403);
    expect((await server.client().get('/api/codes?q=d230')).status).toBe(401);
  });

  it('finds codes by code or by words of the display, the best match first, at most 20', async () => {
    const byCode = await search('q=D23');
    expect(byCode.status).toBe(200);
    expect(byCode.body.codes[0]).toEqual({
      system: icf,
      systemName: 'ICF (urval)',
      code: 'd230',
      display: 'Att genomföra daglig rutin',
    });
    const byWord = (await search(`q=${encodeURIComponent('hemtjänst')}`)).body.codes;
    expect(byWord.map((code) => code.code)).toEqual(['PAA-DA-ZZ']);
    const inOneSystem = (await search(`q=att&system=${encodeURIComponent(ksi)}`)).body.codes;
    expect(inOneSystem).toEqual([]);
    // LIKE's own characters are taken as typed.
    expect((await search('q=%25')).body.codes).toEqual([]);
    const many = Array.from({ length: 30 }, (_, n) => `http://example.se/many,M${n},Mångfald ${n}`);
    await admin.post('/api/code-systems/import', { name: 'Många', csv: file(many) });
    expect((await search('q=m%C3%A5ngfald')).body.codes).toHaveLength(20);
    const bad = await search(`q=${'x'.repeat(101)}`);
    expect(bad.status).toBe(400);
    expect((await search('q=')).status).toBe(400);
  });

  it('saves a plan with loaded codes, in the code system’s words, and refuses an unknown code by name', async () => {
    const sip = await sipWithMeetingHeld(world, '19790312-2393');
    const plan = completePlan(world);
    const content = {
      ...plan,
      needsCodes: [{ system: icf, code: 'd640', display: 'Typed by the client' }],
      goals: plan.goals.map((goal) => ({ ...goal, codes: [{ system: icf, code: 'd230', display: 'x' }] })),
      efforts: plan.efforts.map((effort, index) =>
        index === 0 ? { ...effort, codes: [{ system: ksi, code: 'PAA-DA-ZZ', display: 'y' }] } : effort,
      ),
    };
    const unknown = structuredClone(content);
    unknown.efforts[1]!.codes = [{ system: icf, code: 'd999', display: 'Påhittad' }];
    const refused = await world.convener.put<Problem>(`${sip.path}/plan`, {
      baseRevision: 0,
      content: unknown,
    });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('unknown_code');
    expect(refused.body.field).toBe('content.efforts.1.codes.0');
    expect(refused.body.messages.sv).toContain('d999');
    expect(refused.body.messages.en).toContain(icf);
    expect((await world.convener.get<SipDetail>(sip.path)).body.plan).toBeNull();

    const saved = await world.convener.put(`${sip.path}/plan`, { baseRevision: 0, content });
    expect(saved.status).toBe(200);
    const draft = (await world.convener.get<SipDetail>(sip.path)).body.plan!.content;
    expect(draft.needsCodes).toEqual([{ system: icf, code: 'd640', display: 'Att utföra hushållsarbete' }]);
    expect(draft.goals[0]!.codes).toEqual([
      { system: icf, code: 'd230', display: 'Att genomföra daglig rutin' },
    ]);
    expect(draft.efforts[0]!.codes).toEqual([{ system: ksi, code: 'PAA-DA-ZZ', display: 'Hemtjänst' }]);
    expect(draft.efforts[1]!.codes).toEqual([]);

    const established = await world.convener.post(`${sip.path}/plan/establish`, { baseRevision: 1 });
    expect(established.status).toBe(200);
    const version = await world.convener.get<{ content: typeof draft }>(`${sip.path}/plan/versions/1`);
    expect(version.body.content.goals[0]!.codes[0]!.display).toBe('Att genomföra daglig rutin');
  });

  it('saves a plan sent without codes as a plan with none', async () => {
    const sip = await sipWithMeetingHeld(world, '19800101-2387');
    // As a client written before plans had codes sends it: without the lists at all.
    const plan: unknown = JSON.parse(
      JSON.stringify(completePlan(world), (key, value: unknown) =>
        key === 'codes' || key === 'needsCodes' ? undefined : value,
      ),
    );
    expect((await world.convener.put(`${sip.path}/plan`, { baseRevision: 0, content: plan })).status).toBe(
      200,
    );
    const stored = await server.database.db
      .selectFrom('plans')
      .select('content')
      .where('sipId', '=', sip.id)
      .executeTakeFirstOrThrow();
    expect(stored.content.needsCodes).toEqual([]);
    expect(stored.content.goals.map((goal) => goal.codes)).toEqual([[]]);
    expect((await world.convener.post(`${sip.path}/plan/establish`, { baseRevision: 1 })).status).toBe(200);
  });

  it('is loaded from the command line too, with every bad row named, and a file not in UTF-8 refused', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'samplan-codes-'));
    try {
      const good = join(folder, 'ksi.csv');
      await writeFile(
        good,
        file([`${ksi},QAA-AA-AA,Samtal, stöd`.replace('Samtal, stöd', '"Samtal, stöd"')]),
      );
      expect(await importCodesFile(server.database.db, good, undefined)).toBe(
        `KSI (urval) (${ksi}) is loaded with 1 codes (replacing 2).`,
      );
      const bad = join(folder, 'bad.csv');
      await writeFile(bad, file([`${ksi},,Utan kod`]));
      await expect(importCodesFile(server.database.db, bad, undefined)).rejects.toThrow(/line 2: the code/);
      const latin1 = join(folder, 'latin1.csv');
      await writeFile(latin1, Buffer.from(`system,code,display\n${ksi},X,R\xe4tt`, 'latin1'));
      await expect(importCodesFile(server.database.db, latin1, undefined)).rejects.toThrow(
        /not saved as UTF-8/,
      );
    } finally {
      await rm(folder, { recursive: true });
    }
  });
});
