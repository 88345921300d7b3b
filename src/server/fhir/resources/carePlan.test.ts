import { describe, expect, it } from 'vitest';
import { emptyPlan } from '../../../shared/plan.js';
import type { CarePlanRow } from '../../data/fhirCarePlans.js';
import { fhirProblems } from '../../../../test/support/fhirValidator.js';
import { carePlanResource } from './carePlan.js';

const base = 'https://samplan.example/fhir/R4';
const icf = { system: 'http://hl7.org/fhir/sid/icf', code: 'd510', display: 'Att tvätta sig' };
const ksi = { system: 'http://socialstyrelsen.se/ksi', code: 'QA', display: 'Boendestöd' };

function row(overrides: Partial<CarePlanRow> = {}): CarePlanRow {
  return {
    sipId: '01900000-0000-7000-8000-000000000001',
    personId: '01900000-0000-7000-8000-000000000002',
    caseNumber: 'SIP-2026-00042',
    phase: 'plan_established',
    closureReason: null,
    closedAt: null,
    version: 2,
    newest: true,
    content: {
      ...emptyPlan(),
      needs: 'Hjälp med hygien.',
      needsCodes: [icf],
      goals: [{ key: 'g_1', kind: 'individual', text: 'Duscha själv.', codes: [] }],
      efforts: [
        {
          key: 'e1',
          description: 'Boendestöd.',
          responsibleUnitId: '01900000-0000-7000-8000-000000000003',
          contactPerson: '',
          startDate: '2026-01-10',
          endDate: null,
          goalKeys: ['g_1'],
          codes: [ksi],
        },
      ],
    },
    versionCreatedAt: new Date('2026-02-01T10:00:00Z'),
    authorId: '01900000-0000-7000-8000-000000000004',
    authorUnitId: '01900000-0000-7000-8000-000000000003',
    lastUpdated: new Date('2026-02-01T10:00:00Z'),
    firstEstablishedAt: new Date('2026-01-05T10:00:00Z'),
    encounterId: null,
    contributorUnitIds: [],
    consentId: null,
    judgements: [{ key: 'e1', heldOn: '2026-03-01', outcome: 'partly', note: 'Kommit igång.' }],
    ...overrides,
  };
}

describe('a plan version as a CarePlan', () => {
  it('carries the codes of needs and efforts as codings beside their free text, and is valid R4', () => {
    const plan = carePlanResource(base, row(), '2026-03-02');
    expect(fhirProblems(plan)).toEqual([]);
    expect(plan.contained).toEqual([
      expect.objectContaining({ id: 'needs', code: { coding: [icf], text: 'Hjälp med hygien.' } }),
    ]);
    const [effort] = plan.activity as { detail: Record<string, unknown>; progress: unknown[] }[];
    expect(effort?.detail.code).toEqual({ coding: [ksi], text: 'Boendestöd.' });
    expect(effort?.detail.status).toBe('in-progress');
    expect(effort?.progress).toEqual([{ time: '2026-03-01', text: 'Kommit igång.' }]);
    expect(plan.replaces).toEqual([{ reference: `CarePlan/${row().sipId}/_history/1` }]);
  });

  it('leaves out codings where there are none, and a paused SIP holds its efforts', () => {
    const plan = carePlanResource(base, row({ phase: 'paused', judgements: null }), '2026-03-02');
    expect(plan.status).toBe('on-hold');
    const [effort] = plan.activity as { detail: Record<string, unknown> }[];
    expect(effort?.detail.status).toBe('on-hold');
    const uncoded = carePlanResource(base, row({ content: { ...row().content, needsCodes: [] } }));
    expect(uncoded.contained).toEqual([expect.objectContaining({ code: { text: 'Hjälp med hygien.' } })]);
  });
});
