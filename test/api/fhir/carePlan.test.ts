import type { Bundle, CarePlan } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stockholmDate } from '../../../src/domain/time/stockholm.js';
import { carePlansPage } from '../../../src/server/data/fhirCarePlans.js';
import type { SipDetail } from '../../../src/shared/api/responses.js';
import { fhirGet, idsOf, issueOf } from '../../support/fhirClient.js';
import {
  completePlan,
  consentFor,
  createProcessWorld,
  meetingFor,
  newSipBody,
  sipWithPlanEstablished,
  type ProcessWorld,
} from '../../support/processFixture.js';
import { testDatabaseKinds } from '../../support/testDatabase.js';
import { startTestServer, type TestServer } from '../../support/testServer.js';

const base = 'http://localhost:3000/fhir/R4';

describe.each(testDatabaseKinds())('CarePlan through FHIR on %s', (kind) => {
  let server: TestServer;
  let world: ProcessWorld;
  let established: { id: string; path: string };
  let draft: SipDetail;
  let caseNumber = '';

  const logged = (sipId: string) =>
    server.database.db
      .selectFrom('accessLog')
      .select(['action', 'personId'])
      .where('sipId', '=', sipId)
      .where('action', 'like', 'fhir%')
      .execute();

  beforeAll(async () => {
    server = await startTestServer(kind);
    world = await createProcessWorld(server.database.db, () => server.client());
    established = await sipWithPlanEstablished(world, '19121212-1212');
    caseNumber = (await world.convener.get<SipDetail>(established.path)).body.caseNumber;
    // A second SIP with its plan still a draft, its invited units not yet answering.
    draft = (await world.convener.post<SipDetail>('/api/sips', newSipBody('19380624-9235'))).body;
    await world.convener.post(`/api/sips/${draft.id}/consent`, consentFor(world));
    await world.convener.post(`/api/sips/${draft.id}/meetings`, meetingFor(world));
    await world.convener.put(`/api/sips/${draft.id}/plan`, {
      baseRevision: 0,
      content: { ...completePlan(world), situation: 'Utkast.' },
    });
  });
  afterAll(() => server.close());

  it('shows the established plan as an active CarePlan of version 1, and logs the read', async () => {
    const answer = await fhirGet<CarePlan>(world.convener, `/fhir/R4/CarePlan/${established.id}`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('etag')).toBe('W/"1"');
    expect(answer.headers.get('last-modified')).toMatch(/GMT$/);
    const plan = answer.body;
    expect(plan).toMatchObject({
      id: established.id,
      meta: { versionId: '1' },
      status: 'active',
      intent: 'plan',
      title: `SIP ${caseNumber}`,
      description: 'Bor ensam, har svårt att klara vardagen.',
      identifier: [{ system: `${base}/sid/case-number`, value: caseNumber }],
      careTeam: [{ reference: `CareTeam/${established.id}` }],
      addresses: [{ reference: '#needs' }],
      contained: [
        {
          resourceType: 'Condition',
          id: 'needs',
          code: { text: 'Stöd i boendet och regelbunden kontakt med vården.' },
        },
      ],
    });
    expect(plan.category?.map((c) => c.coding?.[0]?.code)).toEqual(['SIP', '734163000']);
    expect(plan.subject.reference).toMatch(/^Patient\//);
    expect(plan.replaces).toBeUndefined();
    expect(plan.period?.start).toBe(plan.created);
    expect(plan.encounter?.reference).toMatch(/^Encounter\//);
    expect(plan.supportingInfo?.[0]?.reference).toMatch(/^Consent\//);
    expect(plan.author?.reference).toMatch(/^PractitionerRole\/[0-9a-f]{64}$/);
    expect(plan.contributor?.map((c) => c.reference)).toEqual(
      expect.arrayContaining([
        `Organization/${world.region.units.vc}`,
        `Organization/${world.school.units.school}`,
      ]),
    );
    expect(plan.goal).toHaveLength(1);
    const efforts = plan.activity?.filter((a) => a.detail?.status !== 'scheduled') ?? [];
    expect(efforts.map((a) => a.detail?.description)).toEqual([
      'Boendestöd två gånger i veckan.',
      'Läkarbesök varannan månad.',
    ]);
    expect(efforts[0]?.detail).toMatchObject({
      status: 'not-started',
      performer: [{ reference: `Organization/${world.municipality.units.home}` }, { display: 'Johan' }],
      goal: plan.goal,
    });
    const followUp = plan.activity?.find((a) => a.detail?.status === 'scheduled');
    expect(followUp?.detail?.performer).toEqual([
      { reference: `PractitionerRole/coordinator-${established.id}` },
    ]);
    expect(await logged(established.id)).toEqual([
      { action: 'fhir_read', personId: plan.subject.reference!.slice(8) },
    ]);
  });

  it('shows a plan not yet established as a draft of version 0, only to units whose part reads plans', async () => {
    const read = await fhirGet<CarePlan>(world.convener, `/fhir/R4/CarePlan/${draft.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ status: 'draft', meta: { versionId: '0' }, description: 'Utkast.' });
    expect(read.body.period).toBeUndefined();
    // An invited unit that has not answered reads the case but not the plan, in FHIR as in the JSON API.
    const invited = await fhirGet(world.schoolStaff, `/fhir/R4/CarePlan/${draft.id}`);
    expect(invited.status).toBe(403);
    expect(issueOf(invited).code).toBe('forbidden');
    expect((await world.schoolStaff.get(`/api/sips/${draft.id}/plan/versions`)).status).not.toBe(200);
    const search = await fhirGet<Bundle>(world.schoolStaff, '/fhir/R4/CarePlan');
    expect(idsOf(search.body)).toEqual([established.id]);
    expect(search.body.total).toBe(1);
    // A unit with no part learns nothing.
    expect((await fhirGet(world.stranger, `/fhir/R4/CarePlan/${draft.id}`)).status).toBe(404);
    expect((await fhirGet<Bundle>(world.stranger, '/fhir/R4/CarePlan')).body.total).toBe(0);
    expect(await logged(draft.id)).toEqual([{ action: 'fhir_read', personId: draft.person.id }]);
  });

  it('finds plans by patient, status, category, identifier and date, refusing a status R4 does not have', async () => {
    const search = async (query: string) =>
      idsOf((await fhirGet<Bundle>(world.convener, `/fhir/R4/CarePlan?${query}`)).body);
    expect(await search(`patient=Patient/${draft.person.id}`)).toEqual([draft.id]);
    expect(await search(`subject=${draft.person.id}`)).toEqual([draft.id]);
    expect(await search('status=active')).toEqual([established.id]);
    expect(await search('status=draft,active')).toEqual([established.id, draft.id].sort());
    expect(await search('status=completed')).toEqual([]);
    expect(await search('category=https://fhir.inera.se/CodeSystem/typeofcareplan-cs|SIP')).toHaveLength(2);
    expect(await search('category=http://snomed.info/sct|1234')).toEqual([]);
    expect(await search(`identifier=${caseNumber}`)).toEqual([established.id]);
    expect(await search(`identifier=${encodeURIComponent(`${base}/sid/case-number|${caseNumber}`)}`)).toEqual(
      [established.id],
    );
    expect(await search(`identifier=urn:other|${caseNumber}`)).toEqual([]);
    const today = new Date().toISOString().slice(0, 4);
    expect(await search(`date=ge${today}`)).toEqual([established.id]);
    expect(await search('date=lt2000-01-01')).toEqual([]);
    expect(await search(`_lastUpdated=ge${today}`)).toHaveLength(2);
    const refused = await fhirGet(world.convener, '/fhir/R4/CarePlan?status=established');
    expect(refused.status).toBe(400);
    expect((await fhirGet(world.convener, '/fhir/R4/CarePlan?date=tomorrow')).status).toBe(400);
    expect((await fhirGet(world.convener, '/fhir/R4/CarePlan?patient=Goal/x')).status).toBe(400);
  });

  it('keeps every established version in the history, each replacing the one before', async () => {
    const revision = (await world.convener.get<SipDetail>(established.path)).body.plan!.revision;
    const changed = await world.convener.put<SipDetail>(`${established.path}/plan`, {
      baseRevision: revision,
      reason: 'Nytt mål efter uppföljning.',
      content: { ...completePlan(world), situation: 'Har flyttat till eget boende.' },
    });
    // A change of an established plan is its next version at once.
    expect(changed.status).toBe(200);

    const newest = await fhirGet<CarePlan>(world.convener, `/fhir/R4/CarePlan/${established.id}`);
    expect(newest.body.meta?.versionId).toBe('2');
    expect(newest.body.replaces).toEqual([{ reference: `CarePlan/${established.id}/_history/1` }]);

    const history = await fhirGet<Bundle<CarePlan>>(
      world.convener,
      `/fhir/R4/CarePlan/${established.id}/_history`,
    );
    expect(history.status).toBe(200);
    expect(history.body.type).toBe('history');
    expect(history.body.entry?.map((e) => [e.resource?.meta?.versionId, e.resource?.description])).toEqual([
      ['2', 'Har flyttat till eget boende.'],
      ['1', 'Bor ensam, har svårt att klara vardagen.'],
    ]);
    const first = await fhirGet<CarePlan>(world.convener, `/fhir/R4/CarePlan/${established.id}/_history/1`);
    expect(first.headers.get('etag')).toBe('W/"1"');
    expect(first.body).toMatchObject({ status: 'active', meta: { versionId: '1' } });
    expect((await fhirGet(world.convener, `/fhir/R4/CarePlan/${established.id}/_history/3`)).status).toBe(
      404,
    );
    expect((await fhirGet(world.convener, `/fhir/R4/CarePlan/${established.id}/_history/0`)).status).toBe(
      404,
    );
    expect((await fhirGet(world.stranger, `/fhir/R4/CarePlan/${established.id}/_history`)).status).toBe(404);
    const draftHistory = await fhirGet<Bundle<CarePlan>>(
      world.convener,
      `/fhir/R4/CarePlan/${draft.id}/_history`,
    );
    expect(draftHistory.body.entry?.map((e) => e.resource?.meta?.versionId)).toEqual(['0']);
    // The history and the version read are logged; what was not found or not allowed is not.
    const actions = (await logged(established.id)).map((entry) => entry.action);
    expect(actions.filter((action) => action === 'fhir_history')).toHaveLength(2);
  });

  it("shows a closed SIP's plan as completed or revoked by the closure's reason", async () => {
    const closed = await sipWithPlanEstablished(world, '19850417-2381');
    const answer = await world.convener.post(`${closed.path}/close`, { reason: 'goals_reached', note: '' });
    expect(answer.status).toBe(200);
    const plan = await fhirGet<CarePlan>(world.convener, `/fhir/R4/CarePlan/${closed.id}`);
    expect(plan.body.status).toBe('completed');
    expect(plan.body.period?.end).toBeDefined();
    expect(
      plan.body.activity?.filter((a) => a.detail?.description?.startsWith('Bo')).map((a) => a.detail?.status),
    ).toEqual(['stopped']);
  });

  it("decides each row of a search page on the unit's standing in that SIP alone", async () => {
    // The convening unit convenes every SIP here: each row's standing names its part in that SIP once, not its
    // parts in every case it has.
    const rows = await carePlansPage(
      server.database.db,
      world.municipality.units.ifo!,
      stockholmDate(),
      {
        sipIds: null,
        personIds: null,
        caseNumbers: null,
        standings: null,
        none: false,
        dates: [],
        lastUpdated: [],
      },
      { count: 20, after: null, before: null },
    );
    expect(rows.map((row) => row.sipId)).toEqual(expect.arrayContaining([established.id, draft.id]));
    expect(rows.map((row) => row.standing.parts)).toEqual(rows.map(() => ['convener']));
  });
});
