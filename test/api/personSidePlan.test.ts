import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/server/problem.js';
import type { PersonPlan, PersonPlanVersion, PersonSipOverview } from '../../src/shared/api/personSide.js';
import type { SipDetail } from '../../src/shared/api/responses.js';
import type { ApiClient } from '../support/apiClient.js';
import { accessEntries, idNumberAged, personWithEId, redeemedGuest } from '../support/personSideFixture.js';
import {
  completePlan,
  createProcessWorld,
  sipWithPlanEstablished,
  type ProcessWorld,
} from '../support/processFixture.js';
import { testDatabaseKinds } from '../support/testDatabase.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

describe.each(testDatabaseKinds())('the plan on the individual’s side, on %s', (kind) => {
  let server: TestServer;
  let world: ProcessWorld;

  beforeAll(async () => {
    server = await startTestServer(kind);
    world = await createProcessWorld(server.database.db, () => server.client());
  });
  afterAll(() => server.close());

  /** A case with its plan established, and its individual signed in. */
  async function establishedCase(age: number, serial: string) {
    const idNumber = idNumberAged(age, serial);
    const sip = await sipWithPlanEstablished(world, idNumber);
    const signedIn = await personWithEId(server.database.db, server.client(), idNumber, 'Approving Person');
    return { ...sip, idNumber, ...signedIn };
  }

  const versionRow = (sipId: string, version: number) =>
    server.database.db
      .selectFrom('planVersions')
      .select(['approvalMethod', 'approvedAt', 'approvedByIdentityId', 'approvalRecordedBy', 'approvalNote'])
      .where('sipId', '=', sipId)
      .where('version', '=', version)
      .executeTakeFirstOrThrow();

  /** The person side's own tables and the case's, to show a refused write changed nothing. */
  async function everything() {
    const db = server.database.db;
    const rows = async (table: string) =>
      (await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(table)} ORDER BY 1, 2`.execute(db)).rows;
    return {
      sips: await rows('sips'),
      planVersions: await rows('plan_versions'),
      consents: await rows('consents'),
      sipEvents: await rows('sip_events'),
      objections: await rows('plan_version_objections'),
      preparations: await rows('person_preparations'),
      childViews: await rows('child_views'),
      answers: await rows('person_meeting_answers'),
    };
  }

  async function expectRefused(
    send: () => Promise<{ status: number; body: unknown }>,
    status: number,
    code: string,
  ) {
    const before = await everything();
    const response = await send();
    const problem = response.body as Problem;
    expect({ status: response.status, code: problem.code }).toEqual({ status, code });
    expect(problem.messages.sv).not.toBe(problem.messages.en);
    expect(problem.messages.sv.length).toBeGreaterThan(10);
    expect(await everything()).toEqual(before);
    return problem;
  }

  it('reads the plan in force in plain terms: units by name, no ids, every version', async () => {
    const { id, client } = await establishedCase(45, '111');
    const plan = await client.get<PersonPlan>(`/api/person/sips/${id}/plan`);
    expect(plan.status).toBe(200);
    expect(plan.body.establishedVersion).toBe(1);
    const content = completePlan(world);
    const units = await server.database.db
      .selectFrom('units')
      .select(['id', 'name'])
      .where('id', 'in', [world.municipality.units.home!, world.municipality.units.ifo!])
      .execute();
    const name = (unitId: string) => units.find((unit) => unit.id === unitId)!.name;
    expect(plan.body.plan?.efforts[0]).toMatchObject({
      description: content.efforts[0]!.description,
      unitName: name(world.municipality.units.home!),
      contact: 'Johan',
    });
    expect(plan.body.plan?.coordinator).toEqual({
      name: 'Maria Nilsson',
      unitName: name(world.municipality.units.ifo!),
      phone: '0150-10 30 30',
      email: 'maria@example.se',
    });
    expect(JSON.stringify(plan.body)).not.toContain(world.municipality.units.home!);
    expect(plan.body.versions).toEqual([
      expect.objectContaining({ version: 1, approval: null, objections: [] }),
    ]);

    const version = await client.get<PersonPlanVersion>(`/api/person/sips/${id}/plan/versions/1`);
    expect(version.body).toMatchObject({ established: true, plan: { needs: content.needs } });
    expect((await client.get(`/api/person/sips/${id}/plan/versions/9`)).status).toBe(404);
    const overview = await client.get<PersonSipOverview>(`/api/person/sips/${id}`);
    expect(overview.body).toMatchObject({ establishedVersion: 1, versionToApprove: 1 });
    expect(overview.body.coordinator?.name).toBe('Maria Nilsson');
  });

  it('approves with e-ID in place of an approval staff typed, in the case history and the access log', async () => {
    const { id, path, client, identityId } = await establishedCase(46, '222');
    expect(
      (await world.convener.post(`${path}/plan/versions/1/approval`, { method: 'oral', note: 'Sa ja' }))
        .status,
    ).toBe(200);
    expect(await versionRow(id, 1)).toMatchObject({ approvalMethod: 'oral', approvedByIdentityId: null });

    const approved = await client.post<PersonPlan>(`/api/person/sips/${id}/plan/versions/1/approve`);
    expect(approved.status).toBe(200);
    expect(approved.body.versions[0]!.approval).toMatchObject({ method: 'e_id', byEId: true });
    expect(await versionRow(id, 1)).toMatchObject({
      approvalMethod: 'e_id',
      approvedByIdentityId: identityId,
      approvalRecordedBy: null,
      approvalNote: '',
    });
    const events = await server.database.db
      .selectFrom('sipEvents')
      .select(['type', 'actorUserId', 'actorIdentityId', 'fromPhase', 'toPhase'])
      .where('sipId', '=', id)
      .where('type', '=', 'approvePlanVersion')
      .orderBy('occurredAt')
      .execute();
    expect(events).toHaveLength(2);
    expect(events[1]).toEqual({
      type: 'approvePlanVersion',
      actorUserId: null,
      actorIdentityId: identityId,
      fromPhase: 'plan_established',
      toPhase: 'plan_established',
    });
    // Staff read the step in the case history, named as the e-ID names the person.
    const history = await world.convener.get<SipDetail>(path);
    expect(history.body.events.filter((event) => event.type === 'approvePlanVersion').at(-1)).toMatchObject({
      actorName: 'Approving Person',
      actorUnitName: null,
    });
    expect(await accessEntries(server.database.db, id)).toContainEqual({
      action: 'person:approvePlan',
      userId: identityId,
      role: 'individual',
      actorKind: 'e_id',
    });

    // Approved with e-ID is approved for good: neither the person again nor staff type over it.
    await expectRefused(
      () => client.post(`/api/person/sips/${id}/plan/versions/1/approve`),
      409,
      'version_approved_with_e_id',
    );
    await expectRefused(
      () => world.convener.post(`${path}/plan/versions/1/approval`, { method: 'written', note: '' }),
      409,
      'version_approved_with_e_id',
    );
  });

  it('approves only the version in force, and takes "something is wrong" about any version', async () => {
    const { id, path, client } = await establishedCase(47, '333');
    const { revision } = await server.database.db
      .selectFrom('plans')
      .select('revision')
      .where('sipId', '=', id)
      .executeTakeFirstOrThrow();
    const changed = await world.convener.put(`${path}/plan`, {
      baseRevision: revision,
      content: { ...completePlan(world), wishes: 'Att få bo kvar hemma.' },
      reason: 'Nytt önskemål',
    });
    expect(changed.status).toBe(200);
    await expectRefused(
      () => client.post(`/api/person/sips/${id}/plan/versions/1/approve`),
      409,
      'version_superseded',
    );
    await expectRefused(
      () => client.post(`/api/person/sips/${id}/plan/versions/7/approve`),
      422,
      'version_missing',
    );

    const objected = await client.post<PersonPlan>(`/api/person/sips/${id}/plan/versions/2/objection`, {
      text: 'Boendestödet ska vara tre gånger i veckan.',
    });
    expect(objected.status).toBe(200);
    const latest = objected.body.versions.find((version) => version.version === 2)!;
    expect(latest.objections.map((objection) => objection.text)).toEqual([
      'Boendestödet ska vara tre gånger i veckan.',
    ]);
    await expectRefused(
      () => client.post(`/api/person/sips/${id}/plan/versions/2/objection`, { text: '   ' }),
      400,
      'invalid_request',
    );

    // A guest reading the plan does not read what the individual said about it.
    const guestId = idNumberAged(29, '444');
    await redeemedGuest(server.database.db, id, { idNumber: guestId, kind: 'trustee', scope: 'plan' });
    const guest = (await personWithEId(server.database.db, server.client(), guestId)).client;
    const seen = await guest.get<PersonPlan>(`/api/person/sips/${id}/plan`);
    expect(seen.body.plan?.wishes).toBe('Att få bo kvar hemma.');
    expect(seen.body.versions.every((version) => version.objections.length === 0)).toBe(true);
    await expectRefused(
      () => guest.post(`/api/person/sips/${id}/plan/versions/2/approve`),
      403,
      'outside_guest_scope',
    );
  });

  it('refuses every write on a closed SIP in plain words, changing nothing, and still lets the plan be read', async () => {
    const { id, path, client } = await establishedCase(48, '555');
    expect((await world.convener.post(`${path}/close`, { reason: 'goals_reached' })).status).toBe(200);
    const writes: [string, (c: ApiClient) => Promise<{ status: number; body: unknown }>][] = [
      ['approve', (c) => c.post(`/api/person/sips/${id}/plan/versions/1/approve`)],
      ['object', (c) => c.post(`/api/person/sips/${id}/plan/versions/1/objection`, { text: 'Fel' })],
      ['prepare', (c) => c.put(`/api/person/sips/${id}/preparation`, { whatMatters: 'Jag' })],
      ['child view', (c) => c.put(`/api/person/sips/${id}/child-view`, { good: 'Skolan' })],
      ['withdraw', (c) => c.post(`/api/person/sips/${id}/consent/withdraw`, { note: '' })],
    ];
    for (const [, send] of writes) {
      const problem = await expectRefused(() => send(client), 403, 'sip_closed');
      expect(problem.messages.sv).toContain('avslutad');
    }
    expect((await client.get(`/api/person/sips/${id}/plan`)).status).toBe(200);
  });
});
