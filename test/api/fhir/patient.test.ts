import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SipDetail } from '../../../src/shared/api/responses.js';
import type { Bundle, Patient } from '@medplum/fhirtypes';
import { fhirGet, issueOf } from '../../support/fhirClient.js';
import {
  consentFor,
  createProcessWorld,
  meetingFor,
  newSipBody,
  type ProcessWorld,
} from '../../support/processFixture.js';
import { testDatabaseKinds } from '../../support/testDatabase.js';
import { startTestServer, type TestServer } from '../../support/testServer.js';

describe.each(testDatabaseKinds())('Patient through FHIR on %s', (kind) => {
  let server: TestServer;
  let world: ProcessWorld;
  let sip: SipDetail;
  let hidden: SipDetail;

  const logOf = (personId: string) =>
    server.database.db
      .selectFrom('accessLog')
      .select(['action', 'personId', 'sipId', 'unitId'])
      .where('personId', '=', personId)
      .where('action', 'like', 'fhir%')
      .execute();

  beforeAll(async () => {
    server = await startTestServer(kind);
    world = await createProcessWorld(server.database.db, () => server.client());
    sip = (await world.convener.post<SipDetail>('/api/sips', newSipBody('19121212-1212'))).body;
    await world.convener.post(`/api/sips/${sip.id}/consent`, consentFor(world));
    await world.convener.post(`/api/sips/${sip.id}/meetings`, meetingFor(world));
    const body = newSipBody('19380624-9235');
    hidden = (
      await world.convener.post<SipDetail>('/api/sips', {
        ...body,
        person: {
          ...body.person,
          protectedIdentity: true,
          address: 'Hemliga gatan 1',
          phone: '070-111 11 11',
        },
      })
    ).body;
  });
  afterAll(() => server.close());

  it('shows the individual with the personnummer under its OID, and logs the read', async () => {
    const answer = await fhirGet<Patient>(world.convener, `/fhir/R4/Patient/${sip.person.id}`);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      resourceType: 'Patient',
      id: sip.person.id,
      identifier: [{ system: 'urn:oid:1.2.752.129.2.1.3.1', value: '191212121212' }],
      name: [{ family: 'Testsson', given: ['Tove'] }],
      gender: 'male',
      birthDate: '1912-12-12',
    });
    expect(answer.headers.get('last-modified')).toBeTruthy();
    expect(await logOf(sip.person.id)).toEqual([
      {
        action: 'fhir_read',
        personId: sip.person.id,
        sipId: sip.id,
        unitId: world.municipality.units.ifo,
      },
    ]);
  });

  it('shows an invited unit the individual, as the case read does, once the consent names it', async () => {
    const answer = await fhirGet(world.primaryCare, `/fhir/R4/Patient/${sip.person.id}`);
    expect(answer.status).toBe(200);
    expect((await world.primaryCare.get(`/api/sips/${sip.id}`)).status).toBe(200);
  });

  it('does not show a unit without a part in any of their SIPs that the person exists, and logs nothing', async () => {
    const before = await logOf(sip.person.id);
    const read = await fhirGet(world.stranger, `/fhir/R4/Patient/${sip.person.id}`);
    expect(read.status).toBe(404);
    expect(issueOf(read).code).toBe('not-found');
    const search = await fhirGet<Bundle>(world.stranger, `/fhir/R4/Patient?_id=${sip.person.id}`);
    expect(search.body.total).toBe(0);
    // Municipal home care is named by the consent but takes no part: the JSON API does not show it the case either.
    expect((await fhirGet(world.convener, `/fhir/R4/Patient/${sip.person.id}`)).status).toBe(200);
    expect((await logOf(sip.person.id)).length).toBe(before.length + 1);
  });

  it('leaves out the name, contact details and address of a protected identity, and marks it restricted', async () => {
    const answer = await fhirGet<Patient>(world.convener, `/fhir/R4/Patient/${hidden.person.id}`);
    expect(answer.status).toBe(200);
    expect(answer.body.identifier?.[0]?.value).toBe('193806249235');
    expect(answer.body.name).toBeUndefined();
    expect(answer.body.telecom).toBeUndefined();
    expect(answer.body.address).toBeUndefined();
    expect(answer.body.meta?.security).toEqual([
      expect.objectContaining({
        system: 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality',
        code: 'R',
      }),
    ]);
    expect(JSON.stringify(answer.body)).not.toMatch(/Hemliga|070-111|Testsson/);
  });

  it('finds by _id, logging each person on the page once', async () => {
    const answer = await fhirGet<Bundle>(
      world.convener,
      `/fhir/R4/Patient?_id=${sip.person.id},${hidden.person.id}`,
    );
    expect(answer.body.total).toBe(2);
    expect(answer.body.entry?.map((e) => e.fullUrl)).toEqual(
      [sip.person.id, hidden.person.id].sort().map((id) => `http://localhost:3000/fhir/R4/Patient/${id}`),
    );
    const searched = await server.database.db
      .selectFrom('accessLog')
      .select(['personId', 'sipId'])
      .where('action', '=', 'fhir_search')
      .execute();
    expect(searched).toEqual(
      expect.arrayContaining([
        { personId: sip.person.id, sipId: sip.id },
        { personId: hidden.person.id, sipId: hidden.id },
      ]),
    );
    expect(searched.length).toBe(2);
  });
});
