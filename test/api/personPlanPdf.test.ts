import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/server/problem.js';
import type { SipDetail } from '../../src/shared/api/responses.js';
import type { ApiClient } from '../support/apiClient.js';
import { readPdf } from '../support/pdfReading.js';
import {
  accessEntries,
  idNumberAged,
  personWithEId,
  recordGuardian,
  redeemedGuest,
} from '../support/personSideFixture.js';
import { createProcessWorld, sipWithPlanEstablished, type ProcessWorld } from '../support/processFixture.js';
import { testDatabaseKinds } from '../support/testDatabase.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

describe.each(testDatabaseKinds())('the individual’s copy of the plan as a PDF, on %s', (kind) => {
  let server: TestServer;
  let world: ProcessWorld;
  beforeAll(async () => {
    server = await startTestServer(kind);
    world = await createProcessWorld(server.database.db, () => server.client());
  });
  afterAll(() => server.close());

  const signedIn = async (idNumber: string) =>
    (await personWithEId(server.database.db, server.client(), idNumber)).client;
  const address = (sipId: string, version = 1) => `/api/person/sips/${sipId}/plan/versions/${version}/pdf`;

  async function downloaded(client: ApiClient, sipId: string) {
    const response = await client.requestRaw('GET', address(sipId));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('cache-control')).toBe('no-store');
    return { response, pdf: await readPdf(new Uint8Array(await response.arrayBuffer())) };
  }

  it('gives the individual their copy, with their own name even with a protected identity, and logs the read', async () => {
    const idNumber = idNumberAged(41, '521');
    const { id, path } = await sipWithPlanEstablished(world, idNumber, { wishes: 'Att få bo kvar hemma.' });
    const caseNumber = (await world.convener.get<SipDetail>(path)).body.caseNumber;
    await server.database.db
      .updateTable('persons')
      .set({ protectedIdentity: true, address: 'Hemliga vägen 7' })
      .where('idNumber', '=', idNumber.replace('-', ''))
      .execute();
    const individual = await signedIn(idNumber);
    const before = await accessEntries(server.database.db, id);

    const { response, pdf } = await downloaded(individual, id);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${caseNumber}-v1.pdf"`);
    expect(pdf.text).toContain('Exemplar för den enskilde');
    expect(pdf.text).toContain('Person: Tove Testsson');
    expect(pdf.text).toContain(`Personnummer: ${idNumber}`);
    expect(pdf.text).toContain('Personen har skyddad identitet.');
    expect(pdf.text).toContain('Att få bo kvar hemma.');
    expect(pdf.text).not.toContain('Hemliga vägen');
    expect(pdf.info.Title).toBe(`Samordnad individuell plan ${caseNumber}, version 1`);
    expect(pdf.xmp('pdfaid:part')).toBe('2');

    const after = await accessEntries(server.database.db, id);
    expect(after.slice(before.length).map((entry) => [entry.action, entry.actorKind])).toEqual([
      ['person:readPlan', 'e_id'],
    ]);

    // A version there is not is not found, and not logged.
    const missing = await individual.request<Problem>('GET', address(id, 2));
    expect({ status: missing.status, code: missing.body.code }).toEqual({
      status: 404,
      code: 'version_not_found',
    });
    expect(missing.body.messages.sv).not.toBe(missing.body.messages.en);
    expect(await accessEntries(server.database.db, id)).toHaveLength(after.length);
  });

  it('gives a guardian the child’s copy', async () => {
    const child = idNumberAged(9, '522');
    const mother = idNumberAged(38, '523');
    const { id } = await sipWithPlanEstablished(
      world,
      child,
      {},
      { givenByRelation: 'guardian', guardians: [{ name: 'Sara Testsson' }], childView: 'Vill vara med.' },
    );
    await recordGuardian(server.database.db, id, mother);
    const { pdf } = await downloaded(await signedIn(mother), id);
    expect(pdf.text).toContain(`Personnummer: ${child}`);
    // A child's plan has the child's view, written or not.
    expect(pdf.text).toContain('Barnets perspektiv');
  });

  it('gives a guest their copy only when their scope covers the plan, and no one else', async () => {
    const { id } = await sipWithPlanEstablished(world, idNumberAged(63, '524'));
    const reader = idNumberAged(35, '525');
    await redeemedGuest(server.database.db, id, { idNumber: reader, kind: 'trustee', scope: 'plan' });
    await downloaded(await signedIn(reader), id);

    const meetingOnly = idNumberAged(36, '526');
    await redeemedGuest(server.database.db, id, { idNumber: meetingOnly, kind: 'trustee', scope: 'meeting' });
    const before = await accessEntries(server.database.db, id);
    const refused = await (await signedIn(meetingOnly)).request<Problem>('GET', address(id));
    expect({ status: refused.status, code: refused.body.code }).toEqual({
      status: 403,
      code: 'outside_guest_scope',
    });

    const stranger = await (await signedIn(idNumberAged(37, '527'))).request<Problem>('GET', address(id));
    expect(stranger.status).toBe(404);
    // Staff have their own route; the individual's side knows them not.
    expect((await world.convener.requestRaw('GET', address(id))).status).toBe(401);
    expect(await accessEntries(server.database.db, id)).toEqual(before);
  });
});
