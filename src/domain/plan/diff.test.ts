import { describe, expect, it } from 'vitest';
import {
  emptyPlan,
  type Effort,
  type Goal,
  type MeasureByOthers,
  type PlanContent,
} from '../../shared/plan.js';
import { diffPlans, type PlanChange } from './diff.js';

const UNIT_A = '00000000-0000-4000-8000-00000000000a';
const UNIT_B = '00000000-0000-4000-8000-00000000000b';
const REGION = '00000000-0000-4000-8000-000000000001';

const goal = (key: string, text = `Mål ${key}`): Goal => ({ key, kind: 'individual', text, codes: [] });

const effort = (key: string, overrides: Partial<Effort> = {}): Effort => ({
  key,
  description: `Insats ${key}`,
  responsibleUnitId: UNIT_A,
  contactPerson: 'Anna',
  startDate: '2026-04-01',
  endDate: null,
  goalKeys: [],
  codes: [],
  ...overrides,
});

const measure = (key: string): MeasureByOthers => ({
  key,
  description: 'Stöd i skolan',
  actor: 'Skolan',
  contact: 'Rektor',
});

function basePlan(): PlanContent {
  const plan = emptyPlan();
  plan.situation = 'Bor ensam.';
  plan.needs = 'Stöd i vardagen.';
  plan.goals = [goal('g1'), goal('g2')];
  plan.efforts = [effort('e1', { goalKeys: ['g1'] }), effort('e2')];
  plan.measuresByOthers = [measure('m1')];
  plan.overallResponsibilityOrganisationId = REGION;
  plan.coordinator = {
    name: 'Sara',
    unitId: UNIT_A,
    phone: '08-1',
    email: 'sara@example.se',
    acceptedByIndividual: true,
  };
  plan.followUpDate = '2026-06-01';
  return plan;
}

describe('diffPlans: no change', () => {
  it('finds nothing between a plan and itself', () => {
    const plan = basePlan();
    expect(diffPlans(plan, plan)).toEqual([]);
  });

  it('finds nothing between a plan and a deep copy of it', () => {
    expect(diffPlans(basePlan(), structuredClone(basePlan()))).toEqual([]);
    expect(diffPlans(emptyPlan(), emptyPlan())).toEqual([]);
  });

  it('compares arrays inside items by content, not identity', () => {
    const before = basePlan();
    const after = structuredClone(before);
    after.efforts[0]!.goalKeys = ['g1'];
    expect(diffPlans(before, after)).toEqual([]);
  });

  it('does not report a new order of the same items as a change', () => {
    const before = basePlan();
    const after = structuredClone(before);
    after.goals.reverse();
    after.efforts.reverse();
    expect(diffPlans(before, after)).toEqual([]);
  });

  it('does not change its inputs', () => {
    const before = basePlan();
    const after = basePlan();
    after.needs = 'Nytt';
    after.goals.push(goal('g3'));
    const beforeCopy = structuredClone(before);
    const afterCopy = structuredClone(after);
    diffPlans(before, after);
    expect(before).toEqual(beforeCopy);
    expect(after).toEqual(afterCopy);
  });
});

describe('diffPlans: codes', () => {
  const icf = { system: 'http://who.int/icf', code: 'd230', display: 'Att genomföra daglig rutin' };

  it('reports codes put on the needs and on a goal, with the codes before and after', () => {
    const before = basePlan();
    const after = basePlan();
    after.needsCodes = [icf];
    after.goals[0]!.codes = [icf];
    expect(diffPlans(before, after)).toStrictEqual([
      { section: 'needsCodes', change: 'changed', before: [], after: [icf] },
      { section: 'goals', itemKey: 'g1', field: 'codes', change: 'changed', before: [], after: [icf] },
    ]);
  });

  it('does not report a code read back with its keys in another order as a change', () => {
    const before = basePlan();
    before.needsCodes = [icf];
    before.efforts[0]!.codes = [icf];
    const after = basePlan();
    const readBack = { code: icf.code, system: icf.system, display: icf.display };
    after.needsCodes = [readBack];
    after.efforts[0]!.codes = [readBack];
    expect(diffPlans(before, after)).toEqual([]);
  });
});

describe('diffPlans: text and date sections', () => {
  it('reports a changed text with its old and new value, and nothing else', () => {
    const before = basePlan();
    const after = basePlan();
    after.needs = 'Stöd i vardagen och med ekonomi.';
    expect(diffPlans(before, after)).toStrictEqual([
      {
        section: 'needs',
        change: 'changed',
        before: 'Stöd i vardagen.',
        after: 'Stöd i vardagen och med ekonomi.',
      },
    ]);
  });

  it('reports a follow-up date set, moved and cleared', () => {
    const before = emptyPlan();
    const set = emptyPlan();
    set.followUpDate = '2026-06-01';
    expect(diffPlans(before, set)).toStrictEqual([
      { section: 'followUpDate', change: 'changed', before: null, after: '2026-06-01' },
    ]);
    const moved = structuredClone(set);
    moved.followUpDate = '2026-07-01';
    expect(diffPlans(set, moved)).toStrictEqual([
      { section: 'followUpDate', change: 'changed', before: '2026-06-01', after: '2026-07-01' },
    ]);
    expect(diffPlans(moved, before)).toStrictEqual([
      { section: 'followUpDate', change: 'changed', before: '2026-07-01', after: null },
    ]);
  });

  it('reports a new principal with overall responsibility', () => {
    const before = basePlan();
    const after = basePlan();
    after.overallResponsibilityOrganisationId = null;
    expect(diffPlans(before, after)).toStrictEqual([
      { section: 'overallResponsibilityOrganisationId', change: 'changed', before: REGION, after: null },
    ]);
  });

  it('treats a change in white space as a change', () => {
    const before = basePlan();
    const after = basePlan();
    after.wishes = ' ';
    expect(diffPlans(before, after)).toHaveLength(1);
  });
});

describe('diffPlans: coordinator', () => {
  it('reports each changed field of the coordinator', () => {
    const before = basePlan();
    const after = basePlan();
    after.coordinator.phone = '08-2';
    after.coordinator.unitId = UNIT_B;
    expect(diffPlans(before, after)).toStrictEqual([
      { section: 'coordinator', field: 'unitId', change: 'changed', before: UNIT_A, after: UNIT_B },
      { section: 'coordinator', field: 'phone', change: 'changed', before: '08-1', after: '08-2' },
    ]);
  });

  it('does not report a coordinator that is an equal but different object', () => {
    const before = basePlan();
    const after = basePlan();
    after.coordinator = { ...before.coordinator };
    expect(diffPlans(before, after)).toEqual([]);
  });
});

describe('diffPlans: lists of goals, efforts and measures by others', () => {
  it('reports an added goal with the whole item', () => {
    const before = basePlan();
    const after = basePlan();
    after.goals.push(goal('g3', 'Börja arbetsträna.'));
    expect(diffPlans(before, after)).toStrictEqual([
      {
        section: 'goals',
        itemKey: 'g3',
        change: 'added',
        before: null,
        after: goal('g3', 'Börja arbetsträna.'),
      },
    ]);
  });

  it('reports a removed effort with the whole item', () => {
    const before = basePlan();
    const after = basePlan();
    after.efforts = after.efforts.filter((item) => item.key !== 'e1');
    expect(diffPlans(before, after)).toStrictEqual([
      {
        section: 'efforts',
        itemKey: 'e1',
        change: 'removed',
        before: effort('e1', { goalKeys: ['g1'] }),
        after: null,
      },
    ]);
  });

  it('reports each changed field of an item, with the item key', () => {
    const before = basePlan();
    const after = basePlan();
    after.efforts[1] = effort('e2', {
      responsibleUnitId: UNIT_B,
      endDate: '2026-12-31',
      goalKeys: ['g1', 'g2'],
    });
    expect(diffPlans(before, after)).toStrictEqual([
      {
        section: 'efforts',
        itemKey: 'e2',
        field: 'responsibleUnitId',
        change: 'changed',
        before: UNIT_A,
        after: UNIT_B,
      },
      {
        section: 'efforts',
        itemKey: 'e2',
        field: 'endDate',
        change: 'changed',
        before: null,
        after: '2026-12-31',
      },
      {
        section: 'efforts',
        itemKey: 'e2',
        field: 'goalKeys',
        change: 'changed',
        before: [],
        after: ['g1', 'g2'],
      },
    ]);
  });

  it('reports measures by others like the other lists', () => {
    const before = basePlan();
    const after = basePlan();
    after.measuresByOthers = [{ ...measure('m1'), contact: 'Kurator' }, measure('m2')];
    expect(diffPlans(before, after)).toStrictEqual([
      {
        section: 'measuresByOthers',
        itemKey: 'm1',
        field: 'contact',
        change: 'changed',
        before: 'Rektor',
        after: 'Kurator',
      },
      { section: 'measuresByOthers', itemKey: 'm2', change: 'added', before: null, after: measure('m2') },
    ]);
  });

  it('matches items by key, so a new key with the same content is a removal and an addition', () => {
    const before = basePlan();
    const after = basePlan();
    after.goals[0] = { ...before.goals[0]!, key: 'g1-new' };
    expect(diffPlans(before, after).map((c) => [c.section, c.itemKey, c.change])).toEqual([
      ['goals', 'g1-new', 'added'],
      ['goals', 'g1', 'removed'],
    ]);
  });

  it('lists changes and additions in the new order, then removals in the old order', () => {
    const before = basePlan();
    before.goals = [goal('a'), goal('b'), goal('c'), goal('d')];
    const after = structuredClone(before);
    after.goals = [goal('x'), goal('c', 'Ändrat'), goal('y')];
    expect(diffPlans(before, after).map((c) => `${c.change}:${c.itemKey}`)).toEqual([
      'added:x',
      'changed:c',
      'added:y',
      'removed:a',
      'removed:b',
      'removed:d',
    ]);
  });

  it('reports everything when going from an empty plan to a full one', () => {
    const after = basePlan();
    const changes = diffPlans(emptyPlan(), after);
    expect(changes.filter((c) => c.change === 'added').map((c) => `${c.section}:${c.itemKey}`)).toEqual([
      'goals:g1',
      'goals:g2',
      'efforts:e1',
      'efforts:e2',
      'measuresByOthers:m1',
    ]);
    expect(changes.filter((c) => c.change === 'removed')).toEqual([]);
  });
});

describe('diffPlans: order', () => {
  it('lists the changes in the order the plan is read', () => {
    const before = basePlan();
    const after = basePlan();
    after.individualParticipation = 'Deltog på mötet.';
    after.followUpDate = '2026-09-01';
    after.coordinator.name = 'Per';
    after.efforts.push(effort('e3'));
    after.goals.push(goal('g3'));
    after.situation = 'Bor med sambo.';
    expect(diffPlans(before, after).map((c) => c.section)).toEqual([
      'situation',
      'goals',
      'efforts',
      'coordinator',
      'followUpDate',
      'individualParticipation',
    ]);
  });

  it('keeps the reading order when the new version has its keys in another order (as jsonb returns them)', () => {
    const before = basePlan();
    const after = basePlan();
    after.situation = 'Bor med sambo.';
    after.needs = 'Stöd med ekonomin.';
    const byLength = Object.fromEntries(
      Object.entries(after).sort(([a], [b]) => a.length - b.length || (a < b ? -1 : 1)),
    ) as PlanContent;
    expect(diffPlans(before, byLength).map((c) => c.section)).toEqual(['situation', 'needs']);
  });

  it('returns changes that name only sections of the plan', () => {
    const sections = new Set(Object.keys(emptyPlan()));
    const before = basePlan();
    const after = emptyPlan();
    const changes: PlanChange[] = diffPlans(before, after);
    expect(changes.length).toBeGreaterThan(0);
    for (const change of changes) expect(sections.has(change.section)).toBe(true);
  });
});
