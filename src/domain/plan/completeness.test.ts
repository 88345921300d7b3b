import { describe, expect, it, vi } from 'vitest';
import { emptyPlan, type Effort, type PlanContent } from '../../shared/plan.js';
import { DomainError } from '../errors.js';
import { assertPlanComplete, missingPlanParts, type CompletenessContext } from './completeness.js';

const REGION = '00000000-0000-4000-8000-000000000001';
const MUNICIPALITY = '00000000-0000-4000-8000-000000000002';
const SCHOOL = '00000000-0000-4000-8000-000000000003';
const UNKNOWN_ORG = '00000000-0000-4000-8000-000000000009';
const UNIT_A = '00000000-0000-4000-8000-00000000000a';
const UNIT_B = '00000000-0000-4000-8000-00000000000b';

const kinds: Record<string, string> = {
  [REGION]: 'region',
  [MUNICIPALITY]: 'municipality',
  [SCHOOL]: 'other',
};

const REGION_UNIT = '00000000-0000-4000-8000-0000000000a1';
const SCHOOL_UNIT = '00000000-0000-4000-8000-0000000000a3';
/** UNIT_A and UNIT_B are municipal units; the region's unit took part in the meeting. */
const unitKinds: Record<string, string> = {
  [UNIT_A]: 'municipality',
  [UNIT_B]: 'municipality',
  [REGION_UNIT]: 'region',
  [SCHOOL_UNIT]: 'other',
};

const TODAY = '2026-03-15';
const context: CompletenessContext = {
  organisationKind: (id) => kinds[id],
  unitOrganisationKind: (id) => unitKinds[id],
  unitsAtMeetings: [UNIT_B, REGION_UNIT],
  today: TODAY,
};

function effort(overrides: Partial<Effort> = {}): Effort {
  return {
    key: 'e1',
    description: 'Hemtjänst morgon och kväll',
    responsibleUnitId: UNIT_A,
    contactPerson: 'Anna Andersson',
    startDate: '2026-04-01',
    endDate: '2026-10-01',
    goalKeys: [],
    codes: [],
    ...overrides,
  };
}

/** A plan with every legally required part, built from emptyPlan(). */
function completePlan(): PlanContent {
  const plan = emptyPlan();
  plan.needs = 'Behöver stöd i vardagen efter utskrivning.';
  plan.goals = [{ key: 'g1', kind: 'individual', text: 'Klara mig själv hemma.', codes: [] }];
  plan.efforts = [effort()];
  plan.overallResponsibilityOrganisationId = MUNICIPALITY;
  plan.coordinator = {
    name: 'Sara Samordnare',
    unitId: UNIT_B,
    phone: '08-123 456',
    email: 'sara@example.se',
    acceptedByIndividual: true,
  };
  plan.followUpDate = '2026-06-01';
  plan.followUpWhat = 'Om hemtjänsten räcker.';
  plan.timePlan = 'Hemtjänsten börjar i april.';
  return plan;
}

const codes = (plan: PlanContent, ctx: CompletenessContext = context) =>
  missingPlanParts(plan, ctx).map((part) => part.code);

describe('missingPlanParts: the whole plan', () => {
  it('finds every legally required part missing in an empty plan', () => {
    const empty = { ...context, unitsAtMeetings: [] };
    expect(missingPlanParts(emptyPlan(), empty).map((part) => [part.code, part.path])).toEqual([
      ['needs', 'needs'],
      ['goals', 'goals'],
      ['efforts', 'efforts'],
      ['time_plan', 'timePlan'],
      ['overall_responsibility', 'overallResponsibilityOrganisationId'],
      ['coordinator_name', 'coordinator.name'],
      ['coordinator_unit', 'coordinator.unitId'],
      ['coordinator_contact', 'coordinator.phone'],
      ['coordinator_accepted', 'coordinator.acceptedByIndividual'],
      ['follow_up_date', 'followUpDate'],
      ['follow_up_what', 'followUpWhat'],
      ['both_principals', 'writtenWithUnitIds'],
    ]);
  });

  it('explains every missing part in Swedish and English', () => {
    const parts = missingPlanParts(emptyPlan(), context);
    for (const part of parts) {
      expect(part.text.sv.trim()).not.toBe('');
      expect(part.text.en.trim()).not.toBe('');
    }
    // Each explanation is its own.
    expect(new Set(parts.map((part) => part.text.sv)).size).toBe(parts.length);
    expect(new Set(parts.map((part) => part.text.en)).size).toBe(parts.length);
  });

  it('finds nothing missing in a complete plan', () => {
    expect(missingPlanParts(completePlan(), context)).toEqual([]);
  });

  it('accepts either principal, region or municipality, as holder of the overall responsibility', () => {
    const plan = completePlan();
    plan.overallResponsibilityOrganisationId = REGION;
    expect(codes(plan)).toEqual([]);
  });

  it('does not require the parts that are only relevant sometimes', () => {
    // Measures by others (when there are none), medication, assistive devices and a child's view.
    const plan = completePlan();
    expect(plan.measuresByOthers).toEqual([]);
    expect(plan.medication).toBe('');
    expect(plan.assistiveDevices).toBe('');
    expect(plan.childView).toBe('');
    expect(codes(plan)).toEqual([]);
  });

  it('does not change the plan it checks', () => {
    const plan = emptyPlan();
    const copy = structuredClone(plan);
    missingPlanParts(plan, context);
    expect(plan).toEqual(copy);
  });
});

describe('missingPlanParts: each required part alone', () => {
  const removals: [string, string, (plan: PlanContent) => void][] = [
    ['needs', 'needs', (plan) => (plan.needs = '')],
    ['needs', 'needs', (plan) => (plan.needs = '  \n\t ')],
    ['efforts', 'efforts', (plan) => (plan.efforts = [])],
    [
      'overall_responsibility',
      'overallResponsibilityOrganisationId',
      (plan) => (plan.overallResponsibilityOrganisationId = null),
    ],
    ['coordinator_name', 'coordinator.name', (plan) => (plan.coordinator.name = '')],
    ['coordinator_name', 'coordinator.name', (plan) => (plan.coordinator.name = '   ')],
    ['coordinator_unit', 'coordinator.unitId', (plan) => (plan.coordinator.unitId = null)],
    [
      'coordinator_contact',
      'coordinator.phone',
      (plan) => {
        plan.coordinator.phone = '';
        plan.coordinator.email = ' ';
      },
    ],
    ['follow_up_date', 'followUpDate', (plan) => (plan.followUpDate = null)],
    ['goals', 'goals', (plan) => (plan.goals = [])],
    ['goals', 'goals', (plan) => (plan.goals = [{ key: 'g1', kind: 'shared', text: '  ', codes: [] }])],
    ['effort_contact', 'efforts.0.contactPerson', (plan) => (plan.efforts[0]!.contactPerson = ' ')],
    [
      'time_plan',
      'timePlan',
      (plan) => {
        plan.timePlan = '';
        plan.efforts[0] = { ...plan.efforts[0]!, startDate: null, endDate: null };
      },
    ],
    ['follow_up_what', 'followUpWhat', (plan) => (plan.followUpWhat = '')],
    [
      'coordinator_accepted',
      'coordinator.acceptedByIndividual',
      (plan) => (plan.coordinator.acceptedByIndividual = false),
    ],
    ['coordinator_not_principal', 'coordinator.unitId', (plan) => (plan.coordinator.unitId = SCHOOL_UNIT)],
    [
      'measure_actor',
      'measuresByOthers.0.actor',
      (plan) =>
        (plan.measuresByOthers = [
          { key: 'm1', description: 'Ansöka om bostadstillägg.', actor: '', contact: '' },
        ]),
    ],
    [
      'measure_description',
      'measuresByOthers.0.description',
      (plan) =>
        (plan.measuresByOthers = [{ key: 'm1', description: '', actor: 'Försäkringskassan', contact: '' }]),
    ],
  ];

  it.each(removals)('reports exactly %s (at %s) when only that is removed', (code, path, remove) => {
    const plan = completePlan();
    remove(plan);
    const missing = missingPlanParts(plan, context);
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ code, path });
  });

  it('accepts a coordinator reachable by phone only, or by e-mail only', () => {
    const phoneOnly = completePlan();
    phoneOnly.coordinator.email = '';
    expect(codes(phoneOnly)).toEqual([]);
    const emailOnly = completePlan();
    emailOnly.coordinator.phone = '';
    expect(codes(emailOnly)).toEqual([]);
  });
});

describe('missingPlanParts: a time plan, in words or as dates', () => {
  it('accepts a time-plan text when no effort has dates', () => {
    const plan = completePlan();
    plan.efforts = [effort({ startDate: null, endDate: null })];
    expect(codes(plan)).toEqual([]);
  });

  it('accepts one dated effort among undated ones', () => {
    const plan = completePlan();
    plan.timePlan = '';
    plan.efforts = [effort({ startDate: null, endDate: null }), effort({ key: 'e2', startDate: null })];
    expect(codes(plan)).toEqual([]);
  });
});

describe('missingPlanParts: both principals took part', () => {
  const at = (unitsAtMeetings: string[]) => ({ ...context, unitsAtMeetings });

  it('refuses a plan only the municipality took part in, and says which principal is missing', () => {
    const missing = missingPlanParts(completePlan(), at([UNIT_B]));
    expect(missing.map((part) => part.code)).toEqual(['both_principals']);
    expect(missing[0]!.text.sv).toContain('regionen');
    expect(missing[0]!.text.sv).not.toContain('kommunen eller');
    expect(missing[0]!.text.en).toContain('the region');
  });

  it('names both when no principal took part (only a school)', () => {
    const missing = missingPlanParts(completePlan(), at([SCHOOL_UNIT]));
    expect(missing[0]!.text.sv).toContain('regionen eller kommunen');
  });

  it('counts a unit recorded as taking part in the writing as much as one at the meeting', () => {
    const plan = completePlan();
    plan.writtenWithUnitIds = [REGION_UNIT];
    expect(codes(plan, at([UNIT_B]))).toEqual([]);
  });

  it('does not count another actor as a principal', () => {
    const plan = completePlan();
    plan.writtenWithUnitIds = [SCHOOL_UNIT];
    expect(codes(plan, at([UNIT_B]))).toEqual(['both_principals']);
  });
});

describe('missingPlanParts: efforts', () => {
  it('reports an effort without description, numbered from 1 and pointing at its index', () => {
    const plan = completePlan();
    plan.efforts = [effort(), effort({ key: 'e2', description: ' ' })];
    expect(missingPlanParts(plan, context)).toEqual([
      {
        code: 'effort_description',
        path: 'efforts.1.description',
        text: { sv: 'Insats 2 saknar beskrivning.', en: 'Effort 2 has no description.' },
      },
    ]);
  });

  it('reports an effort without responsible unit', () => {
    const plan = completePlan();
    plan.efforts = [effort({ responsibleUnitId: null })];
    expect(missingPlanParts(plan, context)).toEqual([
      {
        code: 'effort_responsible',
        path: 'efforts.0.responsibleUnitId',
        text: { sv: 'Insats 1 saknar ansvarig enhet.', en: 'Effort 1 has no responsible unit.' },
      },
    ]);
  });

  it('reports an effort that ends before it starts', () => {
    const plan = completePlan();
    plan.efforts = [effort({ startDate: '2026-05-02', endDate: '2026-05-01' })];
    expect(missingPlanParts(plan, context)).toEqual([
      {
        code: 'effort_dates',
        path: 'efforts.0.endDate',
        text: { sv: 'Insats 1 slutar innan den börjar.', en: 'Effort 1 ends before it starts.' },
      },
    ]);
  });

  it.each([
    ['same start and end', '2026-05-01', '2026-05-01'],
    ['no end date', '2026-05-01', null],
    ['no start date', null, '2026-05-01'],
    ['no dates', null, null],
  ])('accepts an effort with %s', (_what, startDate, endDate) => {
    const plan = completePlan();
    plan.efforts = [effort({ startDate, endDate })];
    expect(codes(plan)).toEqual([]);
  });

  it('reports every problem of every effort, in order', () => {
    const plan = completePlan();
    plan.efforts = [
      effort({ key: 'a', description: '', responsibleUnitId: null }),
      effort({ key: 'b' }),
      effort({ key: 'c', startDate: '2026-09-01', endDate: '2026-08-01', responsibleUnitId: null }),
    ];
    expect(missingPlanParts(plan, context).map((part) => part.path)).toEqual([
      'efforts.0.description',
      'efforts.0.responsibleUnitId',
      'efforts.2.responsibleUnitId',
      'efforts.2.endDate',
    ]);
  });

  it('does not also report "no effort" when there are efforts with problems', () => {
    const plan = completePlan();
    plan.efforts = [effort({ description: '' })];
    expect(codes(plan)).not.toContain('efforts');
  });
});

describe('missingPlanParts: follow-up date', () => {
  it('reports a follow-up date in the past', () => {
    const plan = completePlan();
    plan.followUpDate = '2026-03-14';
    expect(missingPlanParts(plan, context)).toEqual([
      {
        code: 'follow_up_date_past',
        path: 'followUpDate',
        text: {
          sv: 'Datum för uppföljning har redan passerat.',
          en: 'The follow-up date has already passed.',
        },
      },
    ]);
  });

  it('accepts a follow-up today or later', () => {
    for (const date of [TODAY, '2026-03-16', '2030-01-01']) {
      const plan = completePlan();
      plan.followUpDate = date;
      expect(codes(plan)).toEqual([]);
    }
  });

  it('compares with the date in the context, not the clock', () => {
    const plan = completePlan();
    plan.followUpDate = '2026-06-01';
    expect(codes(plan, { ...context, today: '2026-06-02' })).toEqual(['follow_up_date_past']);
    expect(codes(plan, { ...context, today: '2026-06-01' })).toEqual([]);
  });

  it('compares across months and years as dates', () => {
    const plan = completePlan();
    plan.followUpDate = '2025-12-31';
    expect(codes(plan, { ...context, today: '2026-01-01' })).toEqual(['follow_up_date_past']);
  });
});

describe('missingPlanParts: overall responsibility', () => {
  it.each([
    ['another actor', SCHOOL],
    ['an unknown organisation', UNKNOWN_ORG],
  ])('refuses %s as holder of the overall responsibility', (_what, organisationId) => {
    const plan = completePlan();
    plan.overallResponsibilityOrganisationId = organisationId;
    expect(missingPlanParts(plan, context)).toEqual([
      {
        code: 'overall_responsibility_not_principal',
        path: 'overallResponsibilityOrganisationId',
        text: {
          sv: 'Övergripande ansvar kan bara ligga hos region eller kommun.',
          en: 'Overall responsibility can only lie with a region or a municipality.',
        },
      },
    ]);
  });

  it('asks the context about the chosen organisation', () => {
    const organisationKind = vi.fn<(id: string) => string | undefined>(() => 'region');
    missingPlanParts(completePlan(), { ...context, organisationKind });
    expect(organisationKind).toHaveBeenCalledWith(MUNICIPALITY);
  });

  it('does not ask the context when no organisation is chosen', () => {
    const organisationKind = vi.fn<(id: string) => string | undefined>(() => 'region');
    const plan = completePlan();
    plan.overallResponsibilityOrganisationId = null;
    expect(missingPlanParts(plan, { ...context, organisationKind }).map((p) => p.code)).toEqual([
      'overall_responsibility',
    ]);
    expect(organisationKind).not.toHaveBeenCalled();
  });

  it('is case-sensitive about the kind of organisation', () => {
    const plan = completePlan();
    expect(codes(plan, { ...context, organisationKind: () => 'Region' })).toEqual([
      'overall_responsibility_not_principal',
    ]);
  });
});

describe('assertPlanComplete', () => {
  it('passes a complete plan', () => {
    expect(() => assertPlanComplete(completePlan(), context)).not.toThrow();
  });

  it('refuses an incomplete plan, listing every missing part', () => {
    const plan = emptyPlan();
    let error: unknown;
    try {
      assertPlanComplete(plan, context);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DomainError);
    const refusal = error as DomainError;
    expect(refusal.kind).toBe('unprocessable');
    expect(refusal.code).toBe('plan_incomplete');
    const missing = missingPlanParts(plan, context);
    expect(refusal.details).toEqual({ missing });
    expect(refusal.text.sv.startsWith('Planen kan inte fastställas: ')).toBe(true);
    expect(refusal.text.en.startsWith('The plan cannot be established: ')).toBe(true);
    for (const part of missing) {
      expect(refusal.text.sv).toContain(part.text.sv);
      expect(refusal.text.en).toContain(part.text.en);
    }
    expect(refusal.message).toBe(refusal.text.en);
  });

  it('refuses a plan that lacks only a follow-up date in the future', () => {
    const plan = completePlan();
    plan.followUpDate = '2020-01-01';
    expect(() => assertPlanComplete(plan, context)).toThrow(/already passed/);
  });
});
