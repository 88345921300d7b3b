import { PDFArray, PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/server/problem.js';
import type { SipDetail } from '../../src/shared/api/responses.js';
import {
  completePlan,
  createProcessWorld,
  sipWithMeetingHeld,
  sipWithPlanEstablished,
  type ProcessWorld,
} from '../support/processFixture.js';
import { readPdf } from '../support/pdfReading.js';
import { idNumberAged } from '../support/personSideFixture.js';
import { testDatabaseKinds } from '../support/testDatabase.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

/** Every dictionary in the file of the given `/Type` or structure role `/S`. */
function dictionaries(parsed: PDFDocument, key: 'Type' | 'S', value: string): PDFDict[] {
  return parsed.context
    .enumerateIndirectObjects()
    .map(([, object]) => object)
    .filter((object): object is PDFDict => object instanceof PDFDict)
    .filter((dict) => dict.get(PDFName.of(key)) === PDFName.of(value));
}

/** The heading levels in reading order, each at most one deeper than the one before: none skipped. */
function headingLevels(roles: string[]): number[] {
  return roles.filter((role) => /^H[1-6]$/.test(role)).map((role) => Number(role.slice(1)));
}

describe.each(testDatabaseKinds())('the plan version as a PDF on %s', (kind) => {
  let server: TestServer;
  let world: ProcessWorld;
  beforeAll(async () => {
    server = await startTestServer(kind);
    world = await createProcessWorld(server.database.db, () => server.client());
  });
  afterAll(() => server.close());

  const logOf = (sipId: string) =>
    server.database.db
      .selectFrom('accessLog')
      .select(['action', 'personId', 'unitId'])
      .where('sipId', '=', sipId)
      .orderBy('occurredAt')
      .execute();

  async function download(client: ProcessWorld['convener'], address: string) {
    const response = await client.requestRaw('GET', address);
    return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
  }

  it('is an archivable, tagged PDF in Swedish that a reader can open, read and search', async () => {
    const idNumber = '19850417-2381';
    const { id, path } = await sipWithPlanEstablished(world, idNumber, {
      wishes: 'Önskar gå på föreläsningar om sömn.',
      goals: [
        { key: 'g1', kind: 'individual', text: 'Klara vardagen själv.', codes: [] },
        { key: 'g2', kind: 'shared', text: 'Färre akuta besök på vårdcentralen.', codes: [] },
      ],
      measuresByOthers: [{ key: 'm1', description: 'Studiestöd.', actor: 'Skolan', contact: 'Rektor' }],
      timePlan: 'Ses igen om tre månader.',
      individualParticipation: 'Var med hela mötet och sa vad som är viktigt.',
    });
    const detail = (await world.convener.get<SipDetail>(path)).body;
    const before = await logOf(id);

    const { response, bytes } = await download(world.primaryCare, `${path}/plan/versions/1/pdf?copy=person`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="${detail.caseNumber}-v1.pdf"`,
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(new TextDecoder().decode(bytes.slice(0, 8))).toBe('%PDF-1.7');

    const pdf = await readPdf(bytes);
    expect(pdf.info.Language).toBe('sv');
    expect(pdf.info.Title).toBe(`Samordnad individuell plan ${detail.caseNumber}, version 1`);
    expect(pdf.xmp('pdfaid:part')).toBe('2');
    expect(pdf.xmp('pdfaid:conformance')).toBe('A');
    expect(pdf.xmp('pdfuaid:part')).toBe('1');
    expect(pdf.marked).toBe(true);
    for (const role of ['H1', 'H2', 'H3', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD'])
      expect(pdf.roles, role).toContain(role);
    const levels = headingLevels(pdf.roles);
    expect(levels[0]).toBe(1);
    levels.forEach((level, index) =>
      expect(level, `heading ${index}`).toBeLessThanOrEqual((levels[index - 1] ?? 0) + 1),
    );

    // The header as the print view's: whose plan, which copy, the version, who established it, the template.
    const { text, pageTexts } = pdf;
    for (const said of [
      'Exemplar för den enskilde',
      `Ärendenummer: ${detail.caseNumber}`,
      'Person: Tove Testsson',
      `Personnummer: ${idNumber}`,
      'Status: Fastställd version 1',
      'Sammankallande enhet: ifo',
    ])
      expect(text).toContain(said);
    expect(text).not.toContain('skyddad identitet');
    // Every part of the plan, in the print view's order.
    const parts = [
      'Den enskildes situation',
      'Önskar gå på föreläsningar om sömn.',
      'Färre akuta besök på vårdcentralen.',
      'Boendestöd två gånger i veckan.',
      'Studiestöd.',
      'Huvudman med övergripande ansvar för planen:',
      'Namn: Maria Nilsson',
      'Ses igen om tre månader.',
      'Hur boendestödet fungerar.',
      'Läkemedel och hjälpmedel',
      'Vilka som deltog',
      'Den enskilde var med på mötet: Ja',
      'Var med hela mötet och sa vad som är viktigt.',
      'Den enskilde har inte godkänt version 1 ännu.',
    ];
    const positions = parts.map((part) => text.indexOf(part));
    positions.forEach((position, index) => expect(position, parts[index]).toBeGreaterThan(-1));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // An adult's plan without the child's view written has no part for it.
    expect(text).not.toContain('Barnets perspektiv');
    pageTexts.forEach((pageText, index) =>
      expect(pageText).toContain(`Ärende ${detail.caseNumber} · sida ${index + 1} av ${pageTexts.length}`),
    );
    // The file's own description never names the person.
    expect(JSON.stringify(pdf.info)).not.toContain('Testsson');
    expect(pdf.xmp('dc:title')).not.toContain('Testsson');

    // What pdf.js does not show: the output intent, the embedded fonts, no encryption, the header cells' scope.
    const parsed = await PDFDocument.load(bytes, { updateMetadata: false });
    const intents = parsed.catalog.lookup(PDFName.of('OutputIntents'), PDFArray);
    const intent = parsed.context.lookup(intents.get(0), PDFDict);
    expect(intent.get(PDFName.of('S'))).toBe(PDFName.of('GTS_PDFA1'));
    expect(intent.get(PDFName.of('DestOutputProfile'))).toBeDefined();
    expect(parsed.context.trailerInfo.Encrypt).toBeUndefined();
    const descriptors = dictionaries(parsed, 'Type', 'FontDescriptor');
    expect(descriptors.length).toBeGreaterThanOrEqual(2);
    for (const descriptor of descriptors) {
      expect(descriptor.get(PDFName.of('FontFile2'))).toBeDefined();
      expect(String(descriptor.get(PDFName.of('FontName')))).toMatch(/\+DejaVuSans/);
    }
    const headerCells = dictionaries(parsed, 'S', 'TH');
    expect(headerCells.length).toBe(5 + 3 + 4);
    for (const cell of headerCells)
      expect(parsed.context.lookup(cell.get(PDFName.of('A')), PDFDict).get(PDFName.of('Scope'))).toBe(
        PDFName.of('Column'),
      );

    expect((await logOf(id)).slice(before.length)).toEqual([
      { action: 'read_plan_version', personId: detail.person.id, unitId: world.region.units.vc },
    ]);
  });

  it('is one file per version: two downloads of a copy are the same bytes', async () => {
    const { path } = await sipWithPlanEstablished(world, idNumberAged(47, '238'));
    const address = `${path}/plan/versions/1/pdf?copy=unit&unitId=${world.region.units.vc}`;
    const first = await download(world.primaryCare, address);
    const second = await download(world.primaryCare, address);
    expect(first.bytes.length).toBeGreaterThan(1000);
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
  });

  it("makes each unit's copy out to the unit, for a unit taking part and no other", async () => {
    const { id, path } = await sipWithPlanEstablished(world, idNumberAged(59, '239'));
    const caseNumber = (await world.convener.get<SipDetail>(path)).body.caseNumber;
    const own = await download(
      world.schoolStaff,
      `${path}/plan/versions/1/pdf?copy=unit&unitId=${world.school.units.school}`,
    );
    expect(own.response.status).toBe(200);
    expect(own.response.headers.get('content-disposition')).toBe(
      `attachment; filename="${caseNumber}-v1-enhet.pdf"`,
    );
    const ownText = (await readPdf(own.bytes)).text;
    expect(ownText).toMatch(/Exemplar för school \d+, Aktör \d+/);
    expect(ownText).not.toContain('Exemplar för den enskilde');
    // The same text as the individual's copy otherwise.
    expect(ownText).toContain('Person: Tove Testsson');
    expect(ownText).toContain('Boendestöd två gånger i veckan.');

    // The convener makes out a copy to the unit responsible for an effort.
    const other = await download(
      world.convener,
      `${path}/plan/versions/1/pdf?copy=unit&unitId=${world.municipality.units.home}`,
    );
    expect(other.response.status).toBe(200);
    expect((await readPdf(other.bytes)).text).toMatch(/Exemplar för home \d+, Kommun \d+/);

    // Never for a unit outside the case, nor without saying which unit; nothing is read or logged.
    const before = await logOf(id);
    for (const [query, status, code] of [
      [`copy=unit&unitId=${world.strangerOrg.units.ifo}`, 422, 'unit_not_in_case'],
      [`copy=unit&unitId=${world.region.units.psyk}`, 422, 'unit_not_in_case'],
      ['copy=unit', 422, 'unit_missing'],
      ['copy=everyone', 400, 'invalid_request'],
      ['copy=person&name=Tove', 400, 'invalid_request'],
    ] as const) {
      const refused = await world.convener.request<Problem>('GET', `${path}/plan/versions/1/pdf?${query}`);
      expect({ query, status: refused.status, code: refused.body.code }).toEqual({ query, status, code });
      expect(refused.body.messages.sv).not.toBe(refused.body.messages.en);
    }
    expect(await logOf(id)).toEqual(before);
  });

  it('respects a protected identity: the name masked as the print view masks it, never an address', async () => {
    const { id, path } = await sipWithPlanEstablished(world, idNumberAged(70, '231'));
    const { personId } = await server.database.db
      .selectFrom('sips')
      .select('personId')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    await server.database.db
      .updateTable('persons')
      .set({ protectedIdentity: true, address: 'Hemliga vägen 7, 123 45 Orten' })
      .where('id', '=', personId)
      .execute();
    const caseNumber = (await world.convener.get<SipDetail>(path)).body.caseNumber;
    for (const query of ['copy=person', `copy=unit&unitId=${world.region.units.vc}`]) {
      const { response, bytes } = await download(world.primaryCare, `${path}/plan/versions/1/pdf?${query}`);
      expect(response.headers.get('content-disposition')).toMatch(
        new RegExp(`filename="${caseNumber}-v1(-enhet)?\\.pdf"`),
      );
      const pdf = await readPdf(bytes);
      expect(pdf.text).toContain('Person: Skyddad identitet');
      expect(pdf.text).toContain('Personen har skyddad identitet. Uppgifterna är dolda.');
      for (const hidden of ['Tove', 'Testsson', 'Hemliga vägen'])
        expect(pdf.text + JSON.stringify(pdf.info) + pdf.xmp('dc:title')).not.toContain(hidden);
      expect(Buffer.from(bytes).includes('Hemliga')).toBe(false);
    }
  });

  it('refuses a draft with 409: only an established version is a document', async () => {
    const draft = await sipWithMeetingHeld(world, idNumberAged(82, '232'));
    await world.convener.put(`${draft.path}/plan`, { baseRevision: 0, content: completePlan(world) });
    const established = await sipWithPlanEstablished(world, idNumberAged(66, '233'));
    for (const address of [`${draft.path}/plan/versions/1/pdf`, `${established.path}/plan/versions/2/pdf`]) {
      const before = await logOf(draft.id);
      const refused = await world.convener.request<Problem>('GET', address);
      expect({ status: refused.status, code: refused.body.code }).toEqual({
        status: 409,
        code: 'plan_not_established',
      });
      expect(refused.body.messages.sv).toContain('inte fastställd');
      expect(await logOf(draft.id)).toEqual(before);
    }
  });

  it('is not found for a version that does not exist or a unit outside the case', async () => {
    const { path } = await sipWithPlanEstablished(world, '19380624-9235');
    expect((await world.primaryCare.requestRaw('GET', `${path}/plan/versions/7/pdf`)).status).toBe(404);
    expect((await world.stranger.requestRaw('GET', `${path}/plan/versions/1/pdf`)).status).toBe(404);
  });

  it('is described in the API document as a PDF, with its copy parameters', async () => {
    const document = await world.convener.get<{ paths: Record<string, Record<string, unknown>> }>(
      '/api/openapi.json',
    );
    for (const path of [
      '/api/sips/{id}/plan/versions/{version}/pdf',
      '/api/person/sips/{id}/plan/versions/{version}/pdf',
    ]) {
      const operation = document.body.paths[path]?.get as {
        responses: Record<string, { content: Record<string, unknown> }>;
        parameters: { name: string }[];
      };
      expect(Object.keys(operation.responses['200']!.content), path).toEqual(['application/pdf']);
    }
    const staff = document.body.paths['/api/sips/{id}/plan/versions/{version}/pdf']?.get as {
      parameters: { name: string }[];
    };
    expect(staff.parameters.map((parameter) => parameter.name).sort()).toEqual([
      'copy',
      'id',
      'unitId',
      'version',
    ]);
  });
});
