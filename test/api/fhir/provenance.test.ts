import type { Bundle, Provenance } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SipDetail } from '../../../src/shared/api/responses.js';
import { fhirGet, issueOf } from '../../support/fhirClient.js';
import {
  completePlan,
  createProcessWorld,
  sipWithPlanEstablished,
  type ProcessWorld,
} from '../../support/processFixture.js';
import { testDatabaseKinds } from '../../support/testDatabase.js';
import { startTestServer, type TestServer } from '../../support/testServer.js';

/** A PractitionerRole's id for a staff user at a unit (fhir-mapping.md, Conventions). */
const roleOf = (userId: string, unitId: string) =>
  `PractitionerRole/${userId.replaceAll('-', '')}${unitId.replaceAll('-', '')}`;

describe.each(testDatabaseKinds())('Provenance through FHIR on %s', (kind) => {
  let server: TestServer;
  let world: ProcessWorld;
  let sip: { path: string; id: string };
  let personId: string;
  let convenerId: string;
  let primaryCareId: string;

  beforeAll(async () => {
    server = await startTestServer(kind);
    world = await createProcessWorld(server.database.db, () => server.client());
    sip = await sipWithPlanEstablished(world);
    const detail = (await world.convener.get<SipDetail>(sip.path)).body;
    personId = detail.person.id;
    // Primary care changes the plan (version 2); the convener records the individual's approval of it.
    const changed = await world.primaryCare.put(`${sip.path}/plan`, {
      baseRevision: detail.plan!.revision,
      content: { ...completePlan(world), medication: 'Dosett varje vecka.' },
      reason: 'Läkemedel lades till efter läkarbesök.',
    });
    expect(changed.status).toBe(200);
    const approved = await world.convener.post(`${sip.path}/plan/versions/2/approval`, { method: 'oral' });
    expect(approved.status).toBe(200);
    const authors = await server.database.db
      .selectFrom('planVersions')
      .select(['version', 'authorId'])
      .where('sipId', '=', sip.id)
      .orderBy('version')
      .execute();
    convenerId = authors[0]!.authorId;
    primaryCareId = authors[1]!.authorId;
  });
  afterAll(() => server.close());

  it('says who established each version, and why it changed', async () => {
    const first = await fhirGet<Provenance>(world.primaryCare, `/fhir/R4/Provenance/${sip.id}.v1`);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      target: [{ reference: `CarePlan/${sip.id}/_history/1` }],
      activity: { coding: [{ code: 'CREATE' }] },
      agent: [
        {
          who: { reference: roleOf(convenerId, world.municipality.units.ifo!) },
          onBehalfOf: { reference: `Organization/${world.municipality.units.ifo}` },
        },
      ],
    });
    const second = await fhirGet<Provenance>(world.primaryCare, `/fhir/R4/Provenance/${sip.id}.v2`);
    expect(second.body).toMatchObject({
      activity: { coding: [{ code: 'UPDATE' }] },
      reason: [{ text: 'Läkemedel lades till efter läkarbesök.' }],
      agent: [{ who: { reference: roleOf(primaryCareId, world.region.units.vc!) } }],
    });
  });

  it('says the individual approved a version, and who recorded it', async () => {
    const answer = await fhirGet<Provenance>(world.convener, `/fhir/R4/Provenance/${sip.id}.v2.approval`);
    expect(answer.status).toBe(200);
    expect(answer.body.activity?.coding?.[0]).toMatchObject({ code: 'oral' });
    expect(answer.body.agent?.map((agent) => [agent.type?.coding?.[0]?.code, agent.who?.reference])).toEqual([
      ['attester', `Patient/${personId}`],
      ['enterer', roleOf(convenerId, world.municipality.units.ifo!)],
    ]);
    // Version 1 was never approved on its own: it has no approval to show.
    expect((await fhirGet(world.convener, `/fhir/R4/Provenance/${sip.id}.v1.approval`)).status).toBe(404);
  });

  it('searches by target and patient, in id order, and logs each person once', async () => {
    const answer = await fhirGet<Bundle<Provenance>>(
      world.convener,
      `/fhir/R4/Provenance?target=CarePlan/${sip.id}`,
    );
    expect(answer.body.entry?.map((entry) => entry.resource?.id)).toEqual([
      `${sip.id}.v1`,
      `${sip.id}.v2`,
      `${sip.id}.v2.approval`,
    ]);
    const byPatient = await fhirGet<Bundle<Provenance>>(
      world.convener,
      `/fhir/R4/Provenance?patient=${personId}&_count=2`,
    );
    expect(byPatient.body.total).toBe(3);
    expect(byPatient.body.entry).toHaveLength(2);
    const logged = await server.database.db
      .selectFrom('accessLog')
      .select(['personId', 'sipId'])
      .where('action', '=', 'fhir_search')
      .where('unitId', '=', world.municipality.units.ifo!)
      .execute();
    expect(logged).toEqual([
      { personId, sipId: sip.id },
      { personId, sipId: sip.id },
    ]);
  });

  it('does not show a unit without a part in the plan that the versions exist', async () => {
    const read = await fhirGet(world.stranger, `/fhir/R4/Provenance/${sip.id}.v1`);
    expect(read.status).toBe(404);
    expect(issueOf(read).code).toBe('not-found');
    expect(
      (await fhirGet<Bundle>(world.stranger, `/fhir/R4/Provenance?target=CarePlan/${sip.id}`)).body.total,
    ).toBe(0);
    expect((await fhirGet(world.convener, `/fhir/R4/Provenance/${sip.id}.v0`)).status).toBe(404);
  });
});
