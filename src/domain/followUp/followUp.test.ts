import { describe, expect, it } from 'vitest';
import { emptyPlan, type PlanContent } from '../../shared/plan.js';
import { checkFollowUpCoversPlan, outcomeValues, type FollowUpItem } from './followUp.js';
import { refusal } from '../refusal.testing.js';

const TODAY = '2026-06-01';

function plan(): PlanContent {
  const content = emptyPlan();
  content.goals = [
    { key: 'g1', kind: 'individual', text: 'Bo kvar hemma.', codes: [] },
    { key: 'g2', kind: 'shared', text: 'Färre akuta besök.', codes: [] },
  ];
  content.efforts = [
    {
      key: 'e1',
      description: 'Hemtjänst',
      responsibleUnitId: null,
      contactPerson: '',
      startDate: null,
      endDate: null,
      goalKeys: ['g1'],
      codes: [],
    },
  ];
  return content;
}

const full: FollowUpItem[] = [
  { kind: 'goal', key: 'g1', outcome: 'achieved' },
  { kind: 'goal', key: 'g2', outcome: 'partly' },
  { kind: 'effort', key: 'e1', outcome: 'no_longer_relevant' },
];

function mismatch(items: FollowUpItem[], content: PlanContent = plan()) {
  const error = refusal(() => checkFollowUpCoversPlan(content, items, null, TODAY));
  expect(error.kind).toBe('unprocessable');
  expect(error.code).toBe('follow_up_items_mismatch');
  expect(error.text.sv.trim()).not.toBe('');
  expect(error.text.en.trim()).not.toBe('');
  return error.details as { field: string; unknown: string[]; missing: string[]; duplicated: string[] };
}

describe('outcomes', () => {
  it('are the four outcomes of a follow-up', () => {
    expect([...outcomeValues].sort()).toEqual(['achieved', 'no_longer_relevant', 'not_achieved', 'partly']);
  });
});

describe('checkFollowUpCoversPlan: items', () => {
  it('accepts one outcome for each goal and effort', () => {
    expect(() => checkFollowUpCoversPlan(plan(), full, '2026-12-01', TODAY)).not.toThrow();
  });

  it('accepts the items in any order', () => {
    expect(() => checkFollowUpCoversPlan(plan(), [...full].reverse(), null, TODAY)).not.toThrow();
  });

  it('accepts a plan without goals and efforts and no items', () => {
    expect(() => checkFollowUpCoversPlan(emptyPlan(), [], null, TODAY)).not.toThrow();
  });

  it('refuses a follow-up that leaves out an effort', () => {
    expect(mismatch(full.slice(0, 2))).toEqual({
      field: 'items',
      unknown: [],
      missing: ['effort:e1'],
      duplicated: [],
    });
  });

  it('refuses an empty follow-up of a plan with goals and efforts', () => {
    expect(mismatch([]).missing).toEqual(['goal:g1', 'goal:g2', 'effort:e1']);
  });

  it('refuses an outcome for a goal that is not in the plan', () => {
    expect(mismatch([...full, { kind: 'goal', key: 'g9', outcome: 'achieved' }])).toEqual({
      field: 'items',
      unknown: ['goal:g9'],
      missing: [],
      duplicated: [],
    });
  });

  it('tells goals and efforts apart: a goal key given as an effort is unknown, and the goal is missing', () => {
    const items: FollowUpItem[] = [
      { kind: 'effort', key: 'g1', outcome: 'achieved' },
      { kind: 'goal', key: 'g2', outcome: 'partly' },
      { kind: 'effort', key: 'e1', outcome: 'partly' },
    ];
    expect(mismatch(items)).toEqual({
      field: 'items',
      unknown: ['effort:g1'],
      missing: ['goal:g1'],
      duplicated: [],
    });
  });

  it('refuses two outcomes for the same goal', () => {
    const items: FollowUpItem[] = [...full, { kind: 'goal', key: 'g1', outcome: 'not_achieved' }];
    expect(mismatch(items)).toEqual({ field: 'items', unknown: [], missing: [], duplicated: ['goal:g1'] });
  });

  it('checks the items before the next date', () => {
    const error = refusal(() => checkFollowUpCoversPlan(plan(), [], '2000-01-01', TODAY));
    expect(error.code).toBe('follow_up_items_mismatch');
  });
});

describe('checkFollowUpCoversPlan: next follow-up date', () => {
  it('accepts no next date', () => {
    expect(() => checkFollowUpCoversPlan(plan(), full, null, TODAY)).not.toThrow();
  });

  it('accepts a next date tomorrow', () => {
    expect(() => checkFollowUpCoversPlan(plan(), full, '2026-06-02', TODAY)).not.toThrow();
  });

  it.each([
    ['today', TODAY],
    ['yesterday', '2026-05-31'],
    ['last year', '2025-12-31'],
  ])('refuses a next date %s', (_what, nextDate) => {
    const error = refusal(() => checkFollowUpCoversPlan(plan(), full, nextDate, TODAY));
    expect(error.kind).toBe('unprocessable');
    expect(error.code).toBe('next_follow_up_not_future');
    expect(error.details).toEqual({ field: 'nextDate' });
    expect(error.text.sv).toMatch(/efter i dag/);
    expect(error.text.en).toMatch(/after today/);
  });
});
