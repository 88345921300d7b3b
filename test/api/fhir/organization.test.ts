import type { Bundle, Organization, PractitionerRole } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../support/factories.js';
import { fhirGet, idsOf, issueOf, linkOf } from '../../support/fhirClient.js';
import {
  createProcessWorld,
  sipWithPlanEstablished,
  type ProcessWorld,
} from '../../support/processFixture.js';
import { testDatabaseKinds } from '../../support/testDatabase.js';
import { startTestServer, type TestServer } from '../../support/testServer.js';

const hex = (uuid: string) => uuid.replaceAll('-', '');

describe.each(testDatabaseKinds())('Organization and PractitionerRole through FHIR on %s', (kind) => {
  let server: TestServer;
  let world: ProcessWorld;
  let sipId: string;
  let nurse: { id: string };
  const hsaId = 'SE2321000016-FHIR';

  const logCount = async () =>
    (
      await server.database.db
        .selectFrom('accessLog')
        .select((eb) => eb.fn.countAll<string>().as('count'))
        .where('action', 'like', 'fhir%')
        .executeTakeFirstOrThrow()
    ).count;

  beforeAll(async () => {
    server = await startTestServer(kind);
    const { db } = server.database;
    world = await createProcessWorld(db, () => server.client());
    await db
      .updateTable('units')
      .set({ hsaId, phone: '010-100 00 00' })
      .where('id', '=', world.region.units.vc!)
      .execute();
    await db
      .updateTable('units')
      .set({ parentId: world.region.units.vc! })
      .where('id', '=', world.region.units.psyk!)
      .execute();
    nurse = await createUser(db, [world.region.units.vc!], 'unit_manager');
    await createUser(db, [world.region.units.vc!], 'organisation_admin');
    sipId = (await sipWithPlanEstablished(world)).id;
  });
  afterAll(() => server.close());

  it('shows an organisation and a unit, with its HSA id and what it is part of, and logs nothing', async () => {
    const before = await logCount();
    const region = await fhirGet<Organization>(world.convener, `/fhir/R4/Organization/${world.region.id}`);
    expect(region.body).toMatchObject({
      name: world.region.name,
      type: [{ coding: [{ code: 'govt' }], text: 'Region' }],
    });
    const unit = await fhirGet<Organization>(
      world.schoolStaff,
      `/fhir/R4/Organization/${world.region.units.vc}`,
    );
    expect(unit.body).toMatchObject({
      identifier: [{ system: 'urn:oid:1.2.752.29.4.19', value: hsaId }],
      type: [{ coding: [{ code: 'dept' }] }],
      telecom: [{ system: 'phone', value: '010-100 00 00' }],
      partOf: { reference: `Organization/${world.region.id}` },
    });
    expect(await logCount()).toBe(before);
  });

  it('finds units by HSA id, by what they are part of, and by type', async () => {
    const byHsa = await fhirGet<Bundle>(
      world.convener,
      `/fhir/R4/Organization?identifier=urn:oid:1.2.752.29.4.19|${hsaId}`,
    );
    expect(idsOf(byHsa.body)).toEqual([world.region.units.vc]);
    const otherSystem = await fhirGet<Bundle>(
      world.convener,
      `/fhir/R4/Organization?identifier=urn:oid:1.2.3|${hsaId}`,
    );
    expect(otherSystem.body.total).toBe(0);
    const underRegion = await fhirGet<Bundle>(
      world.convener,
      `/fhir/R4/Organization?partof=${world.region.id}`,
    );
    expect(idsOf(underRegion.body)).toEqual([world.region.units.vc]);
    const underUnit = await fhirGet<Bundle>(
      world.convener,
      `/fhir/R4/Organization?partof=Organization/${world.region.units.vc}`,
    );
    expect(idsOf(underUnit.body)).toEqual([world.region.units.psyk]);
    const actors = await fhirGet<Bundle>(world.convener, '/fhir/R4/Organization?type=other&_count=100');
    expect(idsOf(actors.body)).toContain(world.school.id);
    expect(idsOf(actors.body)).not.toContain(world.region.id);
  });

  it('pages the whole directory', async () => {
    const first = await fhirGet<Bundle>(world.convener, '/fhir/R4/Organization?_count=3');
    expect(first.body.total).toBeGreaterThan(3);
    const second = await fhirGet<Bundle>(world.convener, linkOf(first.body, 'next')!);
    const seen = [...idsOf(first.body), ...idsOf(second.body)];
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('shows a case worker at a unit, and a unit taking part without a person', async () => {
    const staffRole = `${hex(nurse.id)}${hex(world.region.units.vc!)}`;
    const staff = await fhirGet<PractitionerRole>(
      world.schoolStaff,
      `/fhir/R4/PractitionerRole/${staffRole}`,
    );
    expect(staff.body).toMatchObject({
      id: staffRole,
      active: true,
      organization: { reference: `Organization/${world.region.units.vc}` },
      code: [{ coding: [{ code: 'unit_manager', display: 'Enhetschef' }] }],
    });
    expect(staff.body.practitioner?.display).toMatch(/^Test User/);
    const unit = await fhirGet<PractitionerRole>(
      world.convener,
      `/fhir/R4/PractitionerRole/unit-${world.region.units.vc}`,
    );
    expect(unit.body).toMatchObject({ organization: { reference: `Organization/${world.region.units.vc}` } });
    expect(unit.body.practitioner).toBeUndefined();
  });

  it('finds the case workers and the unit at a unit, but not its administrators', async () => {
    const atUnit = await fhirGet<Bundle>(
      world.convener,
      `/fhir/R4/PractitionerRole?organization=${world.region.units.vc}`,
    );
    // Two staff of the process world, the unit manager, and the unit itself; the organisation administrator is none.
    expect(atUnit.body.total).toBe(4);
    expect(idsOf(atUnit.body).at(-1)).toBe(`unit-${world.region.units.vc}`);
    const managers = await fhirGet<Bundle>(
      world.convener,
      `/fhir/R4/PractitionerRole?organization=${world.region.units.vc}&role=unit_manager`,
    );
    expect(idsOf(managers.body)).toEqual([`${hex(nurse.id)}${hex(world.region.units.vc!)}`]);
  });

  it('shows the coordinator the plan names to a unit that may read the plan, logged as a read of the case', async () => {
    const answer = await fhirGet<PractitionerRole>(
      world.primaryCare,
      `/fhir/R4/PractitionerRole/coordinator-${sipId}`,
    );
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      active: true,
      practitioner: { display: 'Maria Nilsson' },
      organization: { reference: `Organization/${world.municipality.units.ifo}` },
      code: [{ coding: [{ code: 'coordinator' }], text: 'Samordnare' }],
      telecom: [
        { system: 'phone', value: '0150-10 30 30' },
        { system: 'email', value: 'maria@example.se' },
      ],
    });
    const logged = await server.database.db
      .selectFrom('accessLog')
      .select(['sipId', 'unitId'])
      .where('action', '=', 'fhir_read')
      .execute();
    expect(logged).toContainEqual({ sipId, unitId: world.region.units.vc });
  });

  it('does not show the coordinator to a unit with no part in the SIP', async () => {
    const answer = await fhirGet(world.stranger, `/fhir/R4/PractitionerRole/coordinator-${sipId}`);
    expect(answer.status).toBe(404);
    expect(issueOf(answer).code).toBe('not-found');
  });

  it('finds no role for an id no role can have', async () => {
    for (const id of [
      'unit-x',
      `UNIT-${world.region.units.vc}`,
      `coordinator-${world.region.units.vc}`,
      'a'.repeat(64),
    ])
      expect((await fhirGet(world.convener, `/fhir/R4/PractitionerRole/${id}`)).status, id).toBe(404);
  });
});
