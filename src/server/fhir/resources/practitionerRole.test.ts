import { describe, expect, it } from 'vitest';
import { organisationResource, unitResource } from './organization.js';
import { coordinatorRoleResource, staffRoleResource, unitRoleResource } from './practitionerRole.js';
import { coordinatorRoleId, practitionerRoleKey, staffRoleId, unitRoleId } from './practitionerRoleIds.js';

const base = 'https://samplan.example/fhir/R4';
const userId = '0190f000-0000-7000-8000-0000000000a1';
const unitId = '0190f000-0000-7000-8000-0000000000b2';

describe('PractitionerRole ids', () => {
  it('read back what they were made from, for each kind', () => {
    expect(staffRoleId(userId, unitId)).toHaveLength(64);
    expect(practitionerRoleKey(staffRoleId(userId, unitId))).toEqual({ kind: 'staff', userId, unitId });
    expect(practitionerRoleKey(unitRoleId(unitId))).toEqual({ kind: 'unit', unitId });
    expect(practitionerRoleKey(coordinatorRoleId(unitId))).toEqual({ kind: 'coordinator', sipId: unitId });
  });

  it('name nothing when malformed or spelled in another case', () => {
    for (const id of [
      'unit-',
      'unit-not-a-uuid',
      `UNIT-${unitId}`,
      `coordinator-${unitId}x`,
      staffRoleId(userId, unitId).toUpperCase(),
      `${staffRoleId(userId, unitId)}0`,
      'x'.repeat(64),
    ])
      expect(practitionerRoleKey(id), id).toBeUndefined();
  });
});

describe('PractitionerRole', () => {
  it('names a case worker by display name at their unit, with their title and work contacts', () => {
    const role = staffRoleResource(base, {
      userId,
      unitId,
      displayName: 'Anna Berg',
      title: 'Kurator',
      phone: '010-123',
      email: '',
      role: 'staff',
      active: false,
    });
    expect(role.id).toBe(staffRoleId(userId, unitId));
    expect(role.active).toBe(false);
    expect(role.practitioner).toEqual({ display: 'Anna Berg' });
    expect(role.organization).toEqual({ reference: `Organization/${unitId}` });
    expect(role.code?.[0]).toEqual({
      coding: [{ system: `${base}/CodeSystem/role`, code: 'staff', display: 'Medarbetare' }],
      text: 'Kurator',
    });
    expect(role.telecom).toEqual([{ system: 'phone', value: '010-123', use: 'work' }]);
  });

  it('names a unit without a person, and leaves out contacts it does not have', () => {
    const role = unitRoleResource({ id: unitId, phone: '', email: '' });
    expect(role.id).toBe(`unit-${unitId}`);
    expect(role.practitioner).toBeUndefined();
    expect(role.telecom).toBeUndefined();
  });

  it('names the coordinator, inactive once the SIP is closed, without a unit when the plan names none', () => {
    const role = coordinatorRoleResource(
      base,
      { id: unitId, closed: true },
      { name: 'Karin Ek', unitId: null, phone: '', email: 'karin@example.se' },
    );
    expect(role.active).toBe(false);
    expect(role.organization).toBeUndefined();
    expect(role.code?.[0]?.coding?.[0]?.code).toBe('coordinator');
  });
});

describe('Organization', () => {
  it('types a region as a government organisation, in Swedish text', () => {
    const organisation = organisationResource({ id: unitId, name: 'Region Exempel', kind: 'region' });
    expect(organisation.type?.[0]?.coding?.[0]?.code).toBe('govt');
    expect(organisation.type?.[0]?.text).toBe('Region');
    expect(organisation.partOf).toBeUndefined();
  });

  it('gives a unit its HSA id, its category and the unit or organisation it is part of', () => {
    const unit = {
      id: unitId,
      organisationId: userId,
      parentId: null,
      name: 'Vårdcentralen',
      category: 'primary_care',
      email: 'vc@example.se',
      phone: '',
      hsaId: 'SE2321000016-15CQ',
    };
    const organization = unitResource(unit);
    expect(organization.identifier).toEqual([
      { system: 'urn:oid:1.2.752.29.4.19', value: 'SE2321000016-15CQ' },
    ]);
    expect(organization.type?.[0]?.text).toBe('Primärvård');
    expect(organization.partOf).toEqual({ reference: `Organization/${userId}` });
    expect(unitResource({ ...unit, parentId: 'parent', hsaId: null }).partOf).toEqual({
      reference: 'Organization/parent',
    });
    expect(unitResource({ ...unit, hsaId: null }).identifier).toBeUndefined();
  });
});
