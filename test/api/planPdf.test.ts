import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PDFArray, PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SipDetail } from '../../src/shared/api/responses.js';
import { createProcessWorld, sipWithPlanEstablished, type ProcessWorld } from '../support/processFixture.js';
import { testDatabaseKinds } from '../support/testDatabase.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

interface StructNode {
  role?: string;
  children?: StructNode[];
}

/** Every role in a page's structure tree, depth first. */
const rolesOf = (node: StructNode | null): string[] =>
  node ? [...(node.role ? [node.role] : []), ...(node.children ?? []).flatMap(rolesOf)] : [];

describe.each(testDatabaseKinds())('the plan version as a PDF on %s', (kind) => {
  let server: TestServer;
  let world: ProcessWorld;
  beforeAll(async () => {
    server = await startTestServer(kind);
    world = await createProcessWorld(server.database.db, () => server.client());
  });
  afterAll(() => server.close());

  it('is an archivable, tagged PDF in Swedish that a reader can open, read and search', async () => {
    const idNumber = '19850417-2381';
    const { id, path } = await sipWithPlanEstablished(world, idNumber, {
      wishes: 'Önskar gå på föreläsningar om sömn.',
      goals: [
        { key: 'g1', kind: 'individual', text: 'Klara vardagen själv.', codes: [] },
        { key: 'g2', kind: 'shared', text: 'Färre akuta besök på vårdcentralen.', codes: [] },
      ],
    });
    const detail = (await world.convener.get<SipDetail>(path)).body;
    const before = await server.database.db
      .selectFrom('accessLog')
      .select(['action', 'personId', 'unitId'])
      .where('sipId', '=', id)
      .execute();

    const response = await world.primaryCare.requestRaw('GET', `${path}/plan/versions/1/pdf`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="${detail.caseNumber}-v1.pdf"`,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 8))).toBe('%PDF-1.7');

    const loading = getDocument({ data: bytes.slice(), useSystemFonts: false });
    const pdf = await loading.promise;
    const { info, metadata } = (await pdf.getMetadata()) as {
      info: Record<string, unknown>;
      metadata: { get(name: string): string | null };
    };
    expect(info.Language).toBe('sv');
    expect(info.Title).toBe(`Samordnad individuell plan ${detail.caseNumber}, version 1`);
    expect(metadata.get('pdfaid:part')).toBe('2');
    expect(metadata.get('pdfaid:conformance')).toBe('A');
    expect(metadata.get('pdfuaid:part')).toBe('1');
    // pdf.js 6 answers a Map here, though its types declare a plain object.
    const markInfo = (await pdf.getMarkInfo()) as unknown as Map<string, boolean>;
    expect(markInfo.get('Marked')).toBe(true);

    const roles: string[] = [];
    const pageTexts: string[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      roles.push(...rolesOf((await page.getStructTree()) as StructNode | null));
      const { items } = await page.getTextContent();
      pageTexts.push(items.map((item) => ('str' in item ? item.str : '')).join(' '));
    }
    for (const role of ['H1', 'H2', 'H3', 'P', 'L', 'LI', 'Table', 'TR', 'TH', 'TD'])
      expect(roles, role).toContain(role);
    const text = pageTexts.join('\n');
    expect(text).toContain('Önskar gå på föreläsningar om sömn.');
    expect(text).toContain('Färre akuta besök på vårdcentralen.');
    expect(text).toContain('Boendestöd två gånger i veckan.');
    expect(pageTexts[0]).toContain(`Ärende ${detail.caseNumber} · sida 1 av ${pdf.numPages}`);
    pageTexts.forEach((pageText, index) =>
      expect(pageText).toContain(`sida ${index + 1} av ${pdf.numPages}`),
    );
    // The person is never named or identified by the file: not in its title, its metadata or its text.
    expect(text).not.toContain(idNumber);
    expect(JSON.stringify(info)).not.toContain(detail.person.familyName);
    await loading.destroy();

    // What pdf.js does not show: the output intent, the embedded fonts, no encryption.
    const parsed = await PDFDocument.load(bytes, { updateMetadata: false });
    const intents = parsed.catalog.lookup(PDFName.of('OutputIntents'), PDFArray);
    const intent = parsed.context.lookup(intents.get(0), PDFDict);
    expect(intent.get(PDFName.of('S'))).toBe(PDFName.of('GTS_PDFA1'));
    expect(intent.get(PDFName.of('DestOutputProfile'))).toBeDefined();
    expect(parsed.context.trailerInfo.Encrypt).toBeUndefined();
    const descriptors = parsed.context
      .enumerateIndirectObjects()
      .map(([, object]) => object)
      .filter((object): object is PDFDict => object instanceof PDFDict)
      .filter((dict) => dict.get(PDFName.of('Type')) === PDFName.of('FontDescriptor'));
    expect(descriptors.length).toBeGreaterThanOrEqual(2);
    for (const descriptor of descriptors) {
      expect(descriptor.get(PDFName.of('FontFile2'))).toBeDefined();
      expect(String(descriptor.get(PDFName.of('FontName')))).toMatch(/\+DejaVuSans/);
    }

    const after = await server.database.db
      .selectFrom('accessLog')
      .select(['action', 'personId', 'unitId'])
      .where('sipId', '=', id)
      .execute();
    expect(after.slice(before.length)).toEqual([
      { action: 'read_plan_version', personId: detail.person.id, unitId: world.region.units.vc },
    ]);
  });

  it('is not found for a version that does not exist or a unit outside the case', async () => {
    const { path } = await sipWithPlanEstablished(world, '19380624-9235');
    expect((await world.primaryCare.requestRaw('GET', `${path}/plan/versions/7/pdf`)).status).toBe(404);
    expect((await world.stranger.requestRaw('GET', `${path}/plan/versions/1/pdf`)).status).toBe(404);
  });

  it('is described in the API document as a PDF', async () => {
    const document = await world.convener.get<{ paths: Record<string, Record<string, unknown>> }>(
      '/api/openapi.json',
    );
    const operation = document.body.paths['/api/sips/{id}/plan/versions/{version}/pdf']?.get as {
      responses: Record<string, { content: Record<string, unknown> }>;
    };
    expect(Object.keys(operation.responses['200']!.content)).toEqual(['application/pdf']);
  });
});
