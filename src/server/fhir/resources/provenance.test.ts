import { describe, expect, it } from 'vitest';
import { provenanceId, provenanceResource, readProvenanceId, type Approval } from './provenance.js';

const base = 'https://samplan.example/fhir/R4';
const sipId = '01939a4e-0000-7000-8000-000000000001';
const version = {
  sipId,
  version: 2,
  reason: 'Ny insats från hemtjänsten',
  authorId: '01939a4e-0000-7000-8000-000000000002',
  authorUnitId: '01939a4e-0000-7000-8000-000000000003',
  createdAt: new Date('2026-12-01T08:00:00Z'),
};
const approval: Approval = {
  at: new Date('2026-12-02T08:00:00Z'),
  method: 'oral',
  personId: '01939a4e-0000-7000-8000-000000000004',
  withEIdBy: null,
  recordedBy: {
    userId: '01939a4e-0000-7000-8000-000000000005',
    unitId: '01939a4e-0000-7000-8000-000000000006',
  },
};

describe('provenance ids', () => {
  it('read back to the version and the event', () => {
    expect(readProvenanceId(provenanceId(sipId, 12, 'approval'))).toEqual({
      sipId,
      version: 12,
      event: 'approval',
    });
    expect(readProvenanceId(`${sipId}.v3`)).toEqual({ sipId, version: 3, event: 'establishment' });
    expect(readProvenanceId(`${sipId}.v0`)).toBeUndefined();
    expect(readProvenanceId(`${sipId}.v3.other`)).toBeUndefined();
  });
});

describe('provenanceResource', () => {
  it('an establishment after the first is a revision by its author, with the reason', () => {
    const provenance = provenanceResource(base, { event: 'establishment', version });
    expect(provenance.id).toBe(`${sipId}.v2`);
    expect(provenance.target).toEqual([{ reference: `CarePlan/${sipId}/_history/2` }]);
    expect(provenance.activity.coding?.[0]?.code).toBe('UPDATE');
    expect(provenance.reason).toEqual([{ text: 'Ny insats från hemtjänsten' }]);
    expect(provenance.agent).toEqual([
      expect.objectContaining({
        who: {
          reference: 'PractitionerRole/01939a4e00007000800000000000000201939a4e000070008000000000000003',
        },
        onBehalfOf: { reference: 'Organization/01939a4e-0000-7000-8000-000000000003' },
      }),
    ]);
  });

  it('an approval staff recorded is the individual’s, with staff as enterer', () => {
    const provenance = provenanceResource(base, { event: 'approval', version, approval });
    expect(provenance.id).toBe(`${sipId}.v2.approval`);
    expect(provenance.activity.coding?.[0]).toMatchObject({
      system: `${base}/CodeSystem/approval-method`,
      code: 'oral',
    });
    expect(provenance.agent.map((agent) => [agent.type.coding?.[0]?.code, agent.who])).toEqual([
      ['attester', { reference: 'Patient/01939a4e-0000-7000-8000-000000000004' }],
      [
        'enterer',
        { reference: 'PractitionerRole/01939a4e00007000800000000000000501939a4e000070008000000000000006' },
      ],
    ]);
  });

  it('a guardian approving with e-ID is named, not taken for the patient', () => {
    const provenance = provenanceResource(base, {
      event: 'approval',
      version,
      approval: {
        ...approval,
        method: 'e_id',
        withEIdBy: { self: false, name: 'Eva Testsson' },
        recordedBy: null,
      },
    });
    expect(provenance.agent).toEqual([expect.objectContaining({ who: { display: 'Eva Testsson' } })]);
  });
});
