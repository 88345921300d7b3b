import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setOrganisationHsaId, setUnitHsaId } from '../../../src/cli/unitHsaIds.js';
import type { DatabaseKind } from '../../../src/db/database.js';
import { accessToPerson } from '../../../src/server/audit/personAccessView.js';
import { findCarePlans } from '../../../src/server/rivta/carePlans.js';
import { hsaIdOid, personIdOids } from '../../../src/server/rivta/contract.js';
import type { RivtaConfig } from '../../../src/server/rivta/rivtaConfig.js';
import { parseSubject } from '../../../src/server/rivta/certificateSubject.js';
import {
  createProcessWorld,
  isoDay,
  sipWithPlanEstablished,
  completePlan,
  type ProcessWorld,
} from '../../support/processFixture.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../../support/testDatabase.js';
import { serveTestDatabase, type TestServer } from '../../support/testServer.js';
import {
  getCarePlansRequest,
  platformSubject,
  postSoap,
  readAnswer,
  readFault,
  schemaErrors,
  sourceSystemHsaId,
  subjectHeader,
  type RequestParts,
} from './getCarePlansCall.js';

const reservnummerOid = '1.2.752.97.3.1.3';
const consumer = 'SE2321000016-NPOE';

/** The producer as configured behind a proxy on this machine that checks the platform's certificate. */
export const rivtaConfig: RivtaConfig = {
  sourceSystemHsaId,
  allowedClients: [parseSubject(platformSubject)!],
  clientCheck: { kind: 'proxy', subjectHeader },
  reservnummerOid,
};

const adult = '191212121212';
const hidden = '194107086003';
const reserved = '196001012001';
const noDay = '19600101';
const compact = (day: string) => day.replaceAll('-', '');

describe.each(testDatabaseKinds())('GetCarePlans 2 producer on %s', (kind: DatabaseKind) => {
  let testDatabase: TestDatabase;
  let server: TestServer;
  let world: ProcessWorld;
  let sipId: string;
  const hsa = {
    ifo: 'SE2120000001-IFO',
    home: 'SE2120000001-HEM',
    vc: 'SE2321000016-VC1',
    kommun: 'SE2120000001-KOM',
  };

  const call = (idNumber: string, parts: RequestParts = {}, headers?: Record<string, string>) =>
    postSoap(
      server.url,
      getCarePlansRequest(idNumber, parts),
      headers ?? {
        [subjectHeader]: platformSubject,
        'x-rivta-original-serviceconsumer-hsaid': consumer,
      },
    );

  /** The answer, after checking it is 200, text/xml and valid against the contract's XSDs. */
  const answered = async (idNumber: string, parts: RequestParts = {}) => {
    const answer = await call(idNumber, parts);
    expect(answer.status, answer.text).toBe(200);
    expect(answer.contentType).toMatch(/^text\/xml/);
    expect(await schemaErrors(answer.text)).toEqual([]);
    return readAnswer(answer.text);
  };

  beforeAll(async () => {
    testDatabase = await createTestDatabase(kind);
    server = await serveTestDatabase(testDatabase, { rivta: rivtaConfig, trustProxy: ['127.0.0.1', '::1'] });
    const db = testDatabase.database.db;
    world = await createProcessWorld(db, () => server.client());
    await setUnitHsaId(db, world.municipality.units.ifo!, hsa.ifo);
    await setUnitHsaId(db, world.municipality.units.home!, hsa.home);
    await setUnitHsaId(db, world.region.units.vc!, hsa.vc);
    await setOrganisationHsaId(db, world.municipality.id, hsa.kommun);
    // Markup in a name must come out as text.
    await db
      .updateTable('units')
      .set({ name: 'Individ- & familjeomsorg <IFO>' })
      .where('id', '=', world.municipality.units.ifo!)
      .execute();

    const sip = await sipWithPlanEstablished(world, '19121212-1212');
    sipId = sip.id;
    expect(
      (await world.convener.post(`${sip.path}/plan/versions/1/approval`, { method: 'oral', note: '' }))
        .status,
    ).toBe(200);
    const { revision } = await db
      .selectFrom('plans')
      .select('revision')
      .where('sipId', '=', sipId)
      .executeTakeFirstOrThrow();
    const changed = await world.convener.put(`${sip.path}/plan`, {
      baseRevision: revision,
      content: { ...completePlan(world), wishes: 'Att få bo kvar hemma.' },
      reason: 'Nytt önskemål',
    });
    expect(changed.status).toBe(200);

    await sipWithPlanEstablished(world, '19410708-6003');
    await db.updateTable('persons').set({ protectedIdentity: true }).where('idNumber', '=', hidden).execute();
    await sipWithPlanEstablished(world, '19600101-2001');
    await db
      .updateTable('persons')
      .set({ idKind: 'reservnummer', idNumber: 'RES-4711' })
      .where('idNumber', '=', reserved)
      .execute();
  });
  afterAll(async () => {
    await server.close();
    await testDatabase.drop();
  });

  it('answers every established version of the person, newest first, mapped as decision 0039 says', async () => {
    const { carePlans, result } = await answered(adult);
    expect(result.resultCode).toBe('OK');
    expect(result.errorCode).toBeUndefined();
    expect(carePlans.map((plan) => plan.carePlanHeader.documentId)).toEqual([`${sipId}:2`, `${sipId}:1`]);
    const [second, first] = carePlans as [(typeof carePlans)[0], (typeof carePlans)[0]];
    const header = first.carePlanHeader;
    expect(header.sourceSystemHSAId).toBe(sourceSystemHsaId);
    expect(header.patientId).toEqual({ id: adult, type: personIdOids.personnummer });
    expect(header.documentTitle).toMatch(
      /^Samordnad individuell plan \(SIP\), version 1, ärende SIP-\d{4}-\d{5}$/,
    );
    expect(header.documentTime).toMatch(/^\d{14}$/);
    expect(header.documentTime.slice(0, 8)).toBe(compact(isoDay(0)));
    const professional = header.accountableHealthcareProfessional;
    expect(professional.healthcareProfessionalCareUnitHSAId).toBe(hsa.ifo);
    expect(professional.healthcareProfessionalCareGiverHSAId).toBe(hsa.kommun);
    expect(professional.healthcareProfessionalOrgUnit).toMatchObject({
      orgUnitHSAId: hsa.ifo,
      orgUnitName: 'Individ- & familjeomsorg <IFO>',
    });
    expect(professional.healthcareProfessionalName).toBeTruthy();
    expect(first.carePlanBody.typeOfCarePlanEnum).toBe('SIP');
    // The school took part but has no HSA id; the home care unit is responsible for an effort.
    expect(first.carePlanBody.participatingCareUnitHSAId).toEqual(
      [hsa.home, hsa.ifo, hsa.vc].sort().map((extension) => ({ root: hsaIdOid, extension })),
    );
    expect(second.carePlanHeader.documentTitle).toContain('version 2');
  });

  it('says a version is approved for the patient exactly when the individual approved it', async () => {
    const { carePlans } = await answered(adult);
    expect(carePlans.map((plan) => plan.carePlanHeader.approvedForPatient)).toEqual(['false', 'true']);
  });

  it('carries the plan as Swedish text and as the PDF, each in base64', async () => {
    const { carePlans } = await answered(adult);
    const contents = carePlans[0]!.carePlanBody.content;
    expect(contents.map((content) => content.mediaType)).toEqual(['text/plain', 'application/pdf']);
    const text = Buffer.from(contents[0]!.value, 'base64').toString('utf8');
    expect(text).toContain('Boendestöd två gånger i veckan.');
    expect(text).toContain('Att få bo kvar hemma.');
    expect(text).toContain('Maria Nilsson');
    expect(text).toMatch(/- Boendestöd två gånger i veckan.\n {2}Ansvarig enhet: home \d+\n/);
    expect(text).not.toContain(adult);
    const pdf = Buffer.from(contents[1]!.value, 'base64');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeLessThanOrEqual(100 * 1024);
    const approvedText = Buffer.from(carePlans[1]!.carePlanBody.content[0]!.value, 'base64').toString('utf8');
    expect(approvedText).toMatch(/Den enskilde godkände version 1 muntligt/);
  });

  it('writes each returned version to the access log as read by the consumer, under the answer logId', async () => {
    const { result } = await answered(adult);
    const entries = await testDatabase.database.db
      .selectFrom('accessLog')
      .select(['actorKind', 'role', 'action', 'sipId', 'unitId', 'reason', 'format'])
      .where('reason', 'like', `%${result.logId}%`)
      .orderBy('reason')
      .execute();
    expect(entries).toEqual(
      [1, 2].map((version) => ({
        actorKind: 'rivta_consumer',
        role: consumer,
        action: 'read_plan_version',
        sipId,
        unitId: null,
        reason: `GetCarePlans logId ${result.logId}, version ${String(version)}`,
        format: 3,
      })),
    );
  });

  it('shows the individual that the national platform read their plan, in their own view of the log', async () => {
    const db = testDatabase.database.db;
    await answered(adult);
    const { personId } = await db
      .selectFrom('sips')
      .select('personId')
      .where('id', '=', sipId)
      .executeTakeFirstOrThrow();
    const seen = await accessToPerson(db, { personId, limit: 5, namesStaff: false });
    expect(seen[0]).toMatchObject({ action: 'read_plan_version', who: { kind: 'rivta_consumer', consumer } });
  });

  it('keeps to the care units, the days, the source system and the care contacts asked for', async () => {
    const documents = async (parts: RequestParts) =>
      (await answered(adult, parts)).carePlans.map((plan) => plan.carePlanHeader.documentId);
    const both = [`${sipId}:2`, `${sipId}:1`];
    expect(await documents({ careUnitHsaIds: [hsa.ifo] })).toEqual(both);
    expect(await documents({ careUnitHsaIds: [hsa.vc, 'SE0000000000-NONE'] })).toEqual([]);
    expect(await documents({ datePeriod: { start: compact(isoDay(-1)), end: compact(isoDay(1)) } })).toEqual(
      both,
    );
    expect(await documents({ datePeriod: { start: compact(isoDay(0)), end: compact(isoDay(0)) } })).toEqual(
      both,
    );
    expect(await documents({ datePeriod: { start: compact(isoDay(1)), end: compact(isoDay(30)) } })).toEqual(
      [],
    );
    expect(await documents({ datePeriod: { start: noDay, end: compact(isoDay(-1)) } })).toEqual([]);
    expect(await documents({ sourceSystemHsaId })).toEqual(both);
    expect(await documents({ sourceSystemHsaId: 'SE2321000016-OTHER' })).toEqual([]);
    expect(await documents({ careContactIds: ['k1'] })).toEqual([]);
    expect(await documents({ patientId: { id: adult, type: '1.2.752.129.2.1.3.99' } })).toEqual([]);
    expect(await documents({ patientId: { id: adult, type: personIdOids.samordningsnummer } })).toEqual([]);
  });

  it('leaves out a person with protected identity, and logs no read of them', async () => {
    const { carePlans, result } = await answered(hidden);
    expect(result.resultCode).toBe('OK');
    expect(carePlans).toEqual([]);
    const logged = await testDatabase.database.db
      .selectFrom('accessLog')
      .select('id')
      .where('reason', 'like', `%${result.logId}%`)
      .execute();
    expect(logged).toEqual([]);
  });

  it("answers a reservnummer of the county's own OID only when Samplan is named as the source system", async () => {
    const reservnummer = { id: 'res-4711', type: reservnummerOid };
    expect((await answered('', { patientId: reservnummer, sourceSystemHsaId })).carePlans).toHaveLength(1);
    expect((await answered('', { patientId: reservnummer })).carePlans).toEqual([]);
  });

  it('says when there were more versions than one answer carries, sending the newest', async () => {
    const search = { idKind: 'personnummer' as const, idNumber: adult, careUnitHsaIds: [], datePeriod: null };
    const db = testDatabase.database.db;
    const one = await findCarePlans(db, search, rivtaConfig, 1);
    expect(one.more).toBe(true);
    expect(one.carePlans.map((plan) => plan.header.documentId)).toEqual([`${sipId}:2`]);
    expect((await findCarePlans(db, search, rivtaConfig, 2)).more).toBe(false);
  });

  it('leaves out versions whose establishing unit has no HSA id', async () => {
    const db = testDatabase.database.db;
    await setUnitHsaId(db, world.municipality.units.ifo!, '-');
    try {
      expect((await answered(adult)).carePlans).toEqual([]);
    } finally {
      await setUnitHsaId(db, world.municipality.units.ifo!, hsa.ifo);
    }
  });

  it('answers ERROR with INVALID_REQUEST, and no plans, for a request it cannot answer', async () => {
    for (const parts of [
      { logicalAddress: 'SE2321000016-OTHER' },
      { logicalAddress: null },
      { patientId: null },
      { patientId: { id: '19121212-1212', type: personIdOids.personnummer } },
      { datePeriod: { start: compact(isoDay(1)), end: compact(isoDay(0)) } },
      { datePeriod: { start: '20260231', end: '20260301' } },
      { datePeriod: { start: '2026-01-01', end: '20260301' } },
    ] satisfies RequestParts[]) {
      const { carePlans, result } = await answered(adult, parts);
      expect(result, JSON.stringify(parts)).toMatchObject({
        resultCode: 'ERROR',
        errorCode: 'INVALID_REQUEST',
      });
      expect(result.message).toMatch(/ \/ /);
      expect(carePlans).toEqual([]);
    }
  });

  it('answers a SOAP fault to what is not a GetCarePlans request, as SOAP 1.1 says: 500 with faultcode Client', async () => {
    const faults = [
      'this is not XML',
      '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>',
      `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]>${getCarePlansRequest(adult).replace(/^<\?xml[^>]*\?>/, '')}`,
      '<Envelope><Body><GetCarePlans/></Body></Envelope>',
      getCarePlansRequest(adult).replaceAll('GetCarePlansResponder:2', 'GetCareContactsResponder:3'),
      getCarePlansRequest(adult).replace(/<urn:GetCarePlans>[\s\S]*<\/urn:GetCarePlans>/, ''),
      getCarePlansRequest(adult).replace('<itr:LogicalAddress>', '<x:LogicalAddress>'),
    ];
    for (const body of faults) {
      const answer = await postSoap(server.url, body);
      expect(answer.status, body).toBe(500);
      expect(await schemaErrors(answer.text)).toEqual([]);
      const fault = readFault(answer.text);
      expect(fault.faultcode).toBe('soap:Client');
      expect(fault.faultstring).toMatch(/ \/ /);
    }
  });

  it('refuses an oversized body (413) and a body that is not text/xml (415), each with a SOAP fault', async () => {
    const large = getCarePlansRequest(adult).replace(
      '</soapenv:Header>',
      `<!--${'x'.repeat(70 * 1024)}--></soapenv:Header>`,
    );
    const tooLarge = await postSoap(server.url, large);
    expect(tooLarge.status).toBe(413);
    expect(readFault(tooLarge.text).faultstring).toMatch(/65536/);
    const json = await postSoap(server.url, '{"patientId":"191212121212"}', undefined, 'application/json');
    expect(json.status).toBe(415);
    expect(await schemaErrors(json.text)).toEqual([]);
    expect(readFault(json.text).faultcode).toBe('soap:Client');
  });

  it('refuses a caller whose certificate subject is missing or not allowed, and knows an allowed one however written', async () => {
    const request = getCarePlansRequest(adult);
    for (const headers of [
      {},
      { [subjectHeader]: 'CN=someone.else,O=Inera AB,C=SE' },
      { [subjectHeader]: 'garbage' },
    ] as Record<string, string>[]) {
      const answer = await postSoap(server.url, request, headers);
      expect(answer.status).toBe(403);
      expect(readFault(answer.text).faultcode).toBe('soap:Client');
    }
    const reordered = await postSoap(server.url, request, {
      [subjectHeader]: 'C=SE, O=Inera AB, CN=tp.test.ntjp.se',
    });
    expect(reordered.status).toBe(200);
    expect(readAnswer(reordered.text).carePlans).toHaveLength(2);
  });

  it('believes the subject header only from a trusted proxy', async () => {
    const elsewhere = await serveTestDatabase(testDatabase, { rivta: rivtaConfig, trustProxy: ['10.1.2.3'] });
    try {
      const answer = await postSoap(elsewhere.url, getCarePlansRequest(adult));
      expect(answer.status).toBe(403);
    } finally {
      await elsewhere.close();
    }
  });

  it('does not answer at all unless configured', async () => {
    const off = await serveTestDatabase(testDatabase, { rivta: null });
    try {
      expect((await postSoap(off.url, getCarePlansRequest(adult))).status).toBe(404);
    } finally {
      await off.close();
    }
  });
});
