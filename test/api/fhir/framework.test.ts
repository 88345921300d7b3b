import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bundle, CapabilityStatement, Patient } from '@medplum/fhirtypes';
import { fhirGet, fhirRequest, idsOf, issueOf, linkOf } from '../../support/fhirClient.js';
import { createOrganisation, signedInUser } from '../../support/factories.js';
import { luhn } from '../../support/luhn.js';
import { createProcessWorld, newSipBody, type ProcessWorld } from '../../support/processFixture.js';
import { testDatabaseKinds } from '../../support/testDatabase.js';
import { startTestServer, type TestServer } from '../../support/testServer.js';

/** A valid personnummer of someone born on the given day of January 1980. */
const idNumberBornOn = (day: number) => {
  const digits = `8001${String(day).padStart(2, '0')}238`;
  return `19${digits.slice(0, 6)}-${digits.slice(6)}${luhn(digits)}`;
};

/** The FHIR API's own behaviour, whatever the type: format, refusals as OperationOutcomes, search and paging. */
describe.each(testDatabaseKinds())('the FHIR API on %s', (kind) => {
  let server: TestServer;
  let world: ProcessWorld;
  const personIds: string[] = [];

  beforeAll(async () => {
    server = await startTestServer(kind);
    world = await createProcessWorld(server.database.db, () => server.client());
    for (const day of [11, 12, 13, 14, 15]) {
      const created = await world.convener.post<{ id: string; person: { id: string } }>(
        '/api/sips',
        newSipBody(idNumberBornOn(day)),
      );
      personIds.push(created.body.person.id);
    }
    personIds.sort();
  });
  afterAll(() => server.close());

  it('says what it serves in a CapabilityStatement, to anyone, in FHIR JSON', async () => {
    const answer = await fhirGet<CapabilityStatement>(server.client(), '/fhir/R4/metadata');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/fhir+json; charset=utf-8');
    expect(answer.body.resourceType).toBe('CapabilityStatement');
    expect(answer.body.fhirVersion).toBe('4.0.1');
    const patient = answer.body.rest?.[0]?.resource?.find((r) => r.type === 'Patient');
    expect(patient?.interaction?.map((i) => i.code)).toEqual(['read', 'search-type']);
    expect(patient?.searchParam?.map((p) => p.name)).toContain('_id');
  });

  it('answers JSON only: XML or another format asked for is refused with 406', async () => {
    const client = world.convener;
    for (const headers of [
      { accept: 'application/fhir+xml' },
      { accept: 'text/html, application/json;q=0' },
    ]) {
      const refused = await fhirGet(client, '/fhir/R4/Patient', headers);
      expect(refused.status).toBe(406);
      expect(issueOf(refused).code).toBe('not-supported');
    }
    expect((await fhirGet(client, '/fhir/R4/Patient?_format=xml')).status).toBe(406);
    // _format decides over Accept, for clients that cannot set headers.
    expect((await fhirGet(client, '/fhir/R4/Patient?_format=json', { accept: 'text/xml' })).status).toBe(200);
    expect((await fhirGet(client, '/fhir/R4/Patient', { accept: 'application/json' })).status).toBe(200);
    expect((await fhirGet(client, '/fhir/R4/Patient', { accept: '*/*' })).status).toBe(200);
  });

  it('refuses a request without a session with 401 and a bearer challenge, and logs nothing', async () => {
    const before = await server.database.db.selectFrom('accessLog').select('id').execute();
    const refused = await fhirGet(server.client(), `/fhir/R4/Patient/${personIds[0]}`);
    expect(refused.status).toBe(401);
    expect(issueOf(refused).code).toBe('login');
    expect(refused.headers.get('www-authenticate')).toMatch(/^Bearer /);
    // Both languages travel: the reader's in details, the other in diagnostics.
    expect(issueOf(refused).details?.text).toMatch(/Logga in/);
    expect(issueOf(refused).diagnostics).toMatch(/Sign in/);
    const after = await server.database.db.selectFrom('accessLog').select('id').execute();
    expect(after.length).toBe(before.length);
  });

  it('refuses a role that does not work with cases', async () => {
    const office = await createOrganisation(server.database.db, 'municipality', ['office']);
    const { client } = await signedInUser(
      server.database.db,
      server.client(),
      [office.units.office!],
      'organisation_admin',
    );
    const refused = await fhirGet(client, '/fhir/R4/Patient');
    expect(refused.status).toBe(403);
    expect(issueOf(refused).code).toBe('forbidden');
  });

  it('answers an unknown type, address or id with 404', async () => {
    const client = world.convener;
    const unknownType = await fhirGet(client, '/fhir/R4/Observation');
    expect(unknownType.status).toBe(404);
    expect(issueOf(unknownType).code).toBe('not-supported');
    expect((await fhirGet(client, '/fhir/R4/Patient/a/b/c/d')).status).toBe(404);
    expect((await fhirGet(client, '/fhir/R4/Patient/not-a-person')).status).toBe(404);
    expect((await fhirGet(client, `/fhir/R4/Patient/${'x'.repeat(65)}`)).status).toBe(404);
    const noHistory = await fhirGet(client, `/fhir/R4/Patient/${personIds[0]}/_history`);
    expect(noHistory.status).toBe(404);
  });

  it('answers a write on a type that takes none with 405, and other methods with 404, as OperationOutcomes', async () => {
    const put = await fhirRequest(
      world.convener,
      'PUT',
      `/fhir/R4/Patient/${personIds[0]}`,
      {
        'content-type': 'application/fhir+json',
      },
      { resourceType: 'Patient', id: personIds[0] },
    );
    expect(put.status).toBe(405);
    expect(issueOf(put).code).toBe('not-supported');
    const deleted = await fhirRequest(world.convener, 'DELETE', `/fhir/R4/Patient/${personIds[0]}`);
    expect(deleted.status).toBe(404);
    expect((await fhirGet(world.convener, `/fhir/R4/Patient/${personIds[0]}`)).status).toBe(200);
  });

  it.each([
    ['an unknown parameter', '/fhir/R4/Patient?name=Tove', /name/],
    ['a modifier', `/fhir/R4/Patient?_id:not=${'0'.repeat(8)}`, /:not/],
    ['a parameter twice', '/fhir/R4/Patient?_id=a&_id=b', /_id/],
    ['an empty value', '/fhir/R4/Patient?_id=', /_id/],
    ['a _count that is no number', '/fhir/R4/Patient?_count=many', /_count/],
    ['a _count over 100', '/fhir/R4/Patient?_count=101', /100/],
    ['an unreadable _page', '/fhir/R4/Patient?_page=%%%', /_page/],
    ['_summary, which is not offered', '/fhir/R4/Patient?_summary=true', /_summary/],
    ['a parameter on a read', `/fhir/R4/Patient/${'0'.repeat(8)}?_id=x`, /_id/],
  ])('refuses %s with 400 naming it', async (_what, path, named) => {
    const refused = await fhirGet(world.convener, path);
    expect(refused.status).toBe(400);
    expect(issueOf(refused).code).toBe('invalid');
    expect(issueOf(refused).diagnostics).toMatch(named);
  });

  it('pages by _count with next and previous links, the total counting every match', async () => {
    const first = await fhirGet<Bundle<Patient>>(world.convener, '/fhir/R4/Patient?_count=2');
    expect(first.status).toBe(200);
    expect(first.body.type).toBe('searchset');
    expect(first.body.total).toBe(5);
    expect(idsOf(first.body)).toEqual(personIds.slice(0, 2));
    expect(linkOf(first.body, 'previous')).toBeUndefined();
    expect(first.body.entry?.[0]?.search?.mode).toBe('match');

    const second = await fhirGet<Bundle<Patient>>(world.convener, linkOf(first.body, 'next')!);
    expect(idsOf(second.body)).toEqual(personIds.slice(2, 4));
    const third = await fhirGet<Bundle<Patient>>(world.convener, linkOf(second.body, 'next')!);
    expect(idsOf(third.body)).toEqual(personIds.slice(4));
    expect(linkOf(third.body, 'next')).toBeUndefined();

    const back = await fhirGet<Bundle<Patient>>(world.convener, linkOf(third.body, 'previous')!);
    expect(idsOf(back.body)).toEqual(personIds.slice(2, 4));
    const start = await fhirGet<Bundle<Patient>>(world.convener, linkOf(back.body, 'previous')!);
    expect(idsOf(start.body)).toEqual(personIds.slice(0, 2));
    expect(linkOf(start.body, 'previous')).toBeUndefined();
  });

  it('refuses a page cursor carried over to another search', async () => {
    const first = await fhirGet<Bundle>(world.convener, '/fhir/R4/Patient?_count=1');
    const cursor = new URLSearchParams(linkOf(first.body, 'next')!.split('?')[1]).get('_page')!;
    const refused = await fhirGet(world.convener, `/fhir/R4/Patient?_id=${personIds[3]}&_page=${cursor}`);
    expect(refused.status).toBe(400);
  });

  it('counts only and shows nothing with _count=0', async () => {
    const counted = await fhirGet<Bundle>(world.convener, '/fhir/R4/Patient?_count=0');
    expect(counted.body.total).toBe(5);
    expect(counted.body.entry ?? []).toEqual([]);
  });
});
