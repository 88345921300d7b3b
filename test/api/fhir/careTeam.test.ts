import type { Bundle, CareTeam } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SipDetail } from '../../../src/shared/api/responses.js';
import { fhirGet, issueOf } from '../../support/fhirClient.js';
import {
  consentFor,
  createProcessWorld,
  newSipBody,
  sipWithPlanEstablished,
  type ProcessWorld,
} from '../../support/processFixture.js';
import { testDatabaseKinds } from '../../support/testDatabase.js';
import { startTestServer, type TestServer } from '../../support/testServer.js';

describe.each(testDatabaseKinds())('CareTeam through FHIR on %s', (kind) => {
  let server: TestServer;
  let world: ProcessWorld;
  let sip: { path: string; id: string };
  let personId: string;
  let early: SipDetail;

  beforeAll(async () => {
    server = await startTestServer(kind);
    world = await createProcessWorld(server.database.db, () => server.client());
    sip = await sipWithPlanEstablished(world);
    personId = (await world.convener.get<SipDetail>(sip.path)).body.person.id;
    early = (await world.convener.post<SipDetail>('/api/sips', newSipBody('19380624-9235'))).body;
    await world.convener.post(`/api/sips/${early.id}/consent`, consentFor(world));
  });
  afterAll(() => server.close());

  const members = (team: CareTeam): Record<string, (string | undefined)[] | undefined> =>
    Object.fromEntries(
      (team.participant ?? []).map((participant) => [
        participant.member?.reference ?? '',
        participant.role?.flatMap((role) => role.coding?.map((coding) => coding.code)),
      ]),
    );

  it('names the units with their parts, the coordinator, the overall responsibility and the individual', async () => {
    const answer = await fhirGet<CareTeam>(world.primaryCare, `/fhir/R4/CareTeam/${sip.id}`);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      status: 'active',
      subject: { reference: `Patient/${personId}` },
      managingOrganization: [{ reference: `Organization/${world.municipality.id}` }],
    });
    expect(members(answer.body)).toEqual({
      [`Organization/${world.municipality.units.ifo}`]: ['convener'],
      [`Organization/${world.region.units.vc}`]: ['accepted', 'effort'],
      [`Organization/${world.school.units.school}`]: ['accepted'],
      [`Organization/${world.municipality.units.home}`]: ['effort'],
      [`PractitionerRole/coordinator-${sip.id}`]: ['coordinator'],
      [`Organization/${world.municipality.id}`]: ['overall-responsibility'],
      [`Patient/${personId}`]: ['individual'],
    });
    const logged = await server.database.db
      .selectFrom('accessLog')
      .select(['personId', 'unitId'])
      .where('action', '=', 'fhir_read')
      .where('sipId', '=', sip.id)
      .execute();
    expect(logged).toEqual([{ personId, unitId: world.region.units.vc }]);
  });

  it('before a plan, the team is proposed, managed by the convener, without a coordinator', async () => {
    const answer = await fhirGet<CareTeam>(world.convener, `/fhir/R4/CareTeam/${early.id}`);
    expect(answer.body.status).toBe('proposed');
    expect(answer.body.managingOrganization).toEqual([
      { reference: `Organization/${world.municipality.units.ifo}` },
    ]);
    expect(Object.keys(members(answer.body))).toEqual([
      `Organization/${world.municipality.units.ifo}`,
      `Patient/${early.person.id}`,
    ]);
  });

  it('searches by patient and status', async () => {
    const byPatient = await fhirGet<Bundle<CareTeam>>(
      world.convener,
      `/fhir/R4/CareTeam?patient=${personId}`,
    );
    expect(byPatient.body.entry?.map((entry) => entry.resource?.id)).toEqual([sip.id]);
    const proposed = await fhirGet<Bundle<CareTeam>>(world.convener, '/fhir/R4/CareTeam?status=proposed');
    expect(proposed.body.entry?.map((entry) => entry.resource?.id)).toEqual([early.id]);
    const both = await fhirGet<Bundle<CareTeam>>(
      world.convener,
      '/fhir/R4/CareTeam?status=http://hl7.org/fhir/care-team-status|proposed,active',
    );
    expect(both.body.total).toBe(2);
    const bad = await fhirGet(world.convener, '/fhir/R4/CareTeam?status=http://example.org|active');
    expect(bad.status).toBe(400);
  });

  it('does not show a unit without a part in the SIP that the team exists', async () => {
    const read = await fhirGet(world.stranger, `/fhir/R4/CareTeam/${sip.id}`);
    expect(read.status).toBe(404);
    expect(issueOf(read).code).toBe('not-found');
    expect((await fhirGet<Bundle>(world.stranger, '/fhir/R4/CareTeam')).body.total).toBe(0);
  });
});
