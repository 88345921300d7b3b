import type { Bundle, EpisodeOfCare } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SipDetail } from '../../../src/shared/api/responses.js';
import { fhirGet, idsOf } from '../../support/fhirClient.js';
import {
  consentFor,
  createProcessWorld,
  meetingFor,
  newSipBody,
  sipWithPlanEstablished,
  type ProcessWorld,
} from '../../support/processFixture.js';
import { testDatabaseKinds } from '../../support/testDatabase.js';
import { startTestServer, type TestServer } from '../../support/testServer.js';

describe.each(testDatabaseKinds())('EpisodeOfCare through FHIR on %s', (kind) => {
  let server: TestServer;
  let world: ProcessWorld;
  let established: { id: string };
  let invited: SipDetail;
  let closed: SipDetail;

  beforeAll(async () => {
    server = await startTestServer(kind);
    world = await createProcessWorld(server.database.db, () => server.client());
    established = await sipWithPlanEstablished(world, '19121212-1212');
    invited = (await world.convener.post<SipDetail>('/api/sips', newSipBody('19380624-9235'))).body;
    await world.convener.post(`/api/sips/${invited.id}/consent`, consentFor(world));
    await world.convener.post(`/api/sips/${invited.id}/meetings`, meetingFor(world));
    closed = (await world.convener.post<SipDetail>('/api/sips', newSipBody('19850417-2381'))).body;
    const closing = await world.convener.post(`/api/sips/${closed.id}/close`, { reason: 'moved', note: '' });
    expect(closing.status).toBe(200);
  });
  afterAll(() => server.close());

  it('shows the SIP from need to plan, with each status it held', async () => {
    const answer = await fhirGet<EpisodeOfCare>(world.convener, `/fhir/R4/EpisodeOfCare/${established.id}`);
    expect(answer.status).toBe(200);
    const episode = answer.body;
    expect(episode).toMatchObject({
      status: 'active',
      managingOrganization: { reference: `Organization/${world.municipality.units.ifo}` },
      team: [{ reference: `CareTeam/${established.id}` }],
      careManager: { reference: `PractitionerRole/coordinator-${established.id}` },
      diagnosis: [{ condition: { reference: '#need' } }],
      contained: [{ id: 'need', code: { text: 'Behöver samordnade insatser från vård och omsorg.' } }],
      type: [{ coding: [{ code: 'SIP' }], text: 'Samordnad individuell plan – Psykisk ohälsa' }],
    });
    expect(episode.statusHistory?.map((held) => held.status)).toEqual(['planned', 'active']);
    expect(episode.statusHistory?.[0]?.period.end).toBe(episode.statusHistory?.[1]?.period.start);
    expect(episode.statusHistory?.[1]?.period.end).toBeUndefined();
  });

  it('shows an invited unit the episode, as the case read does, but not a unit with no part', async () => {
    expect((await fhirGet(world.schoolStaff, `/fhir/R4/EpisodeOfCare/${invited.id}`)).status).toBe(200);
    expect((await fhirGet(world.stranger, `/fhir/R4/EpisodeOfCare/${invited.id}`)).status).toBe(404);
    expect((await fhirGet<Bundle>(world.stranger, '/fhir/R4/EpisodeOfCare')).body.total).toBe(0);
  });

  it('is cancelled when the SIP closed without a plan, and found by status and patient', async () => {
    const episode = await fhirGet<EpisodeOfCare>(world.convener, `/fhir/R4/EpisodeOfCare/${closed.id}`);
    expect(episode.body.status).toBe('cancelled');
    expect(episode.body.period?.end).toBeDefined();
    const search = async (query: string) =>
      idsOf((await fhirGet<Bundle>(world.convener, `/fhir/R4/EpisodeOfCare?${query}`)).body);
    expect(await search('status=cancelled')).toEqual([closed.id]);
    expect(await search('status=active')).toEqual([established.id, invited.id].sort());
    expect(await search(`patient=${invited.person.id}`)).toEqual([invited.id]);
    expect((await fhirGet(world.convener, '/fhir/R4/EpisodeOfCare?status=closed')).status).toBe(400);
  });
});
