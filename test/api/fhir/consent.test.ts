import type { Bundle, Consent } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SipDetail } from '../../../src/shared/api/responses.js';
import { fhirGet, issueOf } from '../../support/fhirClient.js';
import {
  consentFor,
  createProcessWorld,
  isoDay,
  meetingFor,
  newSipBody,
  type ProcessWorld,
} from '../../support/processFixture.js';
import { testDatabaseKinds } from '../../support/testDatabase.js';
import { startTestServer, type TestServer } from '../../support/testServer.js';

describe.each(testDatabaseKinds())('Consent through FHIR on %s', (kind) => {
  let server: TestServer;
  let world: ProcessWorld;
  let sip: SipDetail;
  let consentId: string;

  const consentsOf = (sipId: string) =>
    server.database.db
      .selectFrom('consents')
      .select('id')
      .where('sipId', '=', sipId)
      .orderBy('recordedAt')
      .execute();

  beforeAll(async () => {
    server = await startTestServer(kind);
    world = await createProcessWorld(server.database.db, () => server.client());
    sip = (await world.convener.post<SipDetail>('/api/sips', newSipBody())).body;
    await world.convener.post(`/api/sips/${sip.id}/consent`, consentFor(world));
    await world.convener.post(`/api/sips/${sip.id}/meetings`, meetingFor(world));
    consentId = (await consentsOf(sip.id))[0]!.id;
  });
  afterAll(() => server.close());

  it('shows the consent with the units it names, its period and the relatives’ part, and logs the read', async () => {
    const answer = await fhirGet<Consent>(world.primaryCare, `/fhir/R4/Consent/${consentId}`);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      status: 'active',
      patient: { reference: `Patient/${sip.person.id}` },
      performer: [{ reference: `Patient/${sip.person.id}` }],
      organization: [{ reference: `Organization/${world.municipality.units.ifo}` }],
      provision: {
        type: 'permit',
        period: { start: isoDay(0), end: isoDay(365) },
        provision: [{ type: 'permit', code: [{ text: 'Närstående får delta' }] }],
      },
    });
    const named = await server.database.db
      .selectFrom('consentScopeUnits')
      .select('unitId')
      .where('consentId', '=', consentId)
      .execute();
    expect(named.map(({ unitId }) => unitId)).toEqual(expect.arrayContaining(consentFor(world).scopeUnitIds));
    expect(answer.body.provision?.actor?.map((actor) => actor.reference.reference).sort()).toEqual(
      named.map(({ unitId }) => `Organization/${unitId}`).sort(),
    );
    const logged = await server.database.db
      .selectFrom('accessLog')
      .select(['personId', 'unitId'])
      .where('action', '=', 'fhir_read')
      .where('sipId', '=', sip.id)
      .execute();
    expect(logged).toEqual([{ personId: sip.person.id, unitId: world.region.units.vc }]);
  });

  it('a withdrawal makes it inactive, ending its period that day; the search finds it by status', async () => {
    const withdrawn = await world.convener.post(`/api/sips/${sip.id}/consent/withdraw`, {
      note: 'Vill inte längre.',
    });
    expect(withdrawn.status).toBe(200);
    const answer = await fhirGet<Consent>(world.convener, `/fhir/R4/Consent/${consentId}`);
    expect(answer.body.status).toBe('inactive');
    expect(answer.body.provision?.period?.end).toBe(isoDay(0));
    // Withdrawn, the consent no longer names primary care: the case is hidden from it, as the JSON API hides it.
    expect((await fhirGet(world.primaryCare, `/fhir/R4/Consent/${consentId}`)).status).toBe(404);
    const inactive = await fhirGet<Bundle<Consent>>(
      world.convener,
      `/fhir/R4/Consent?patient=${sip.person.id}&status=inactive`,
    );
    expect(inactive.body.entry?.map((entry) => entry.resource?.id)).toEqual([consentId]);
    const active = await fhirGet<Bundle<Consent>>(
      world.convener,
      `/fhir/R4/Consent?patient=${sip.person.id}&status=active`,
    );
    expect(active.body.total).toBe(0);
  });

  it('a declined consent is rejected and denies', async () => {
    const declined = (await world.convener.post<SipDetail>('/api/sips', newSipBody('19380624-9235'))).body;
    const answer = await world.convener.post(`/api/sips/${declined.id}/consent`, {
      decision: 'declined',
      method: 'oral',
      givenByName: 'Eva Testsson',
      givenByRelation: 'guardian',
      givenOn: isoDay(0),
      consequencesExplained: true,
    });
    expect(answer.status).toBe(200);
    const [row] = await consentsOf(declined.id);
    const consent = await fhirGet<Consent>(world.convener, `/fhir/R4/Consent/${row!.id}`);
    expect(consent.body).toMatchObject({
      status: 'rejected',
      provision: { type: 'deny' },
      performer: [{ display: 'Eva Testsson (vårdnadshavare)' }],
    });
    expect(consent.body.provision?.actor).toBeUndefined();
    const bad = await fhirGet(world.convener, '/fhir/R4/Consent?status=withdrawn');
    expect(bad.status).toBe(400);
  });

  it('does not show a unit without a part in the case that the consent exists', async () => {
    const read = await fhirGet(world.stranger, `/fhir/R4/Consent/${consentId}`);
    expect(read.status).toBe(404);
    expect(issueOf(read).code).toBe('not-found');
    expect(
      (await fhirGet<Bundle>(world.stranger, `/fhir/R4/Consent?patient=${sip.person.id}`)).body.total,
    ).toBe(0);
  });
});
