import { describe, expect, it } from 'vitest';
import { goalId, goalKeyMatches, goalResource, readGoalId, type GoalFacts } from './goal.js';
import { goalLifecycle } from './goalStatus.js';

const base = 'https://samplan.example/fhir/R4';
const sipId = '01939a4e-1234-7abc-8def-0123456789ab';

function facts(overrides: Partial<GoalFacts> = {}): GoalFacts {
  return {
    sipId,
    personId: '01939a4e-0000-7000-8000-000000000001',
    phase: 'plan_established',
    established: true,
    goal: { key: 'goal_1', kind: 'individual', text: 'Jag vill kunna bo kvar hemma.' },
    firstEstablishedAt: new Date('2026-03-01T09:30:00Z'),
    judgements: [],
    ...overrides,
  };
}

describe('goal ids', () => {
  it('fit FHIR ids and read back to the SIP and the key', () => {
    const key = 'mål_med_understreck_och_ett_mycket_långt_namn_som_fyller_sextiofyra';
    const id = goalId(sipId, key);
    expect(id).toMatch(/^[A-Za-z0-9\-.]{1,64}$/);
    const read = readGoalId(id);
    expect(read?.sipId).toBe(sipId);
    expect(goalKeyMatches(key, read!.keyHash)).toBe(true);
    expect(goalKeyMatches('goal_2', read!.keyHash)).toBe(false);
  });

  it('refuse what Samplan never made', () => {
    expect(readGoalId('not-a-goal')).toBeUndefined();
    expect(readGoalId(goalId(sipId, 'x').toUpperCase())).toBeUndefined();
  });
});

describe('goalLifecycle', () => {
  it('follows the outcome first, then the case', () => {
    expect(goalLifecycle({ phase: 'paused', established: true, outcome: 'achieved' })).toBe('completed');
    expect(
      goalLifecycle({ phase: 'plan_established', established: true, outcome: 'no_longer_relevant' }),
    ).toBe('cancelled');
    expect(goalLifecycle({ phase: 'plan_established', established: true, outcome: 'partly' })).toBe('active');
    expect(goalLifecycle({ phase: 'closed', established: true, outcome: 'not_achieved' })).toBe('cancelled');
    expect(goalLifecycle({ phase: 'paused', established: true, outcome: null })).toBe('on-hold');
    expect(goalLifecycle({ phase: 'meeting_held', established: false, outcome: null })).toBe('proposed');
  });
});

describe('goalResource', () => {
  it('keeps the own wording, says whose goal it is, and is in progress before any follow-up', () => {
    const goal = goalResource(base, facts());
    expect(goal.description).toEqual({ text: 'Jag vill kunna bo kvar hemma.' });
    expect(goal.expressedBy).toEqual({ reference: `Patient/${facts().personId}` });
    expect(goal.category[0]?.coding?.[0]).toMatchObject({
      system: `${base}/CodeSystem/goal-kind`,
      code: 'individual',
    });
    expect(goal.lifecycleStatus).toBe('active');
    expect(goal.achievementStatus?.coding?.map((coding) => coding.code)).toEqual(['in-progress']);
    expect(goal.startDate).toBe('2026-03-01');
    expect(goal.statusDate).toBeUndefined();
  });

  it('codes from the county’s code systems go beside the own wording, never instead of it', () => {
    const code = { system: 'http://example.org/icf', code: 'd510', display: 'Att tvätta sig' };
    const goal = goalResource(base, facts({ goal: { ...facts().goal, codes: [code] } }));
    expect(goal.description).toEqual({ coding: [code], text: 'Jag vill kunna bo kvar hemma.' });
  });

  it('a shared goal is expressed by no one in particular', () => {
    const goal = goalResource(base, facts({ goal: { key: 'g', kind: 'shared', text: 'Trygg skolgång' } }));
    expect(goal.expressedBy).toBeUndefined();
  });

  it('takes the newest judgement, keeps Samplan’s own outcome beside FHIR’s, and each note', () => {
    const goal = goalResource(
      base,
      facts({
        judgements: [
          { heldOn: '2026-09-01', outcome: 'partly', note: 'Bättre, men inte ända fram.' },
          { heldOn: '2026-06-01', outcome: 'not_achieved', note: '' },
        ],
      }),
    );
    expect(goal.statusDate).toBe('2026-09-01');
    expect(goal.achievementStatus?.coding).toEqual([
      expect.objectContaining({ code: 'improving' }),
      expect.objectContaining({ system: `${base}/CodeSystem/follow-up-outcome`, code: 'partly' }),
    ]);
    expect(goal.note).toEqual([{ time: '2026-09-01', text: 'Bättre, men inte ända fram.' }]);
  });

  it('a goal no longer relevant is cancelled with only Samplan’s outcome as its achievement', () => {
    const goal = goalResource(
      base,
      facts({ judgements: [{ heldOn: '2026-09-01', outcome: 'no_longer_relevant', note: '' }] }),
    );
    expect(goal.lifecycleStatus).toBe('cancelled');
    expect(goal.achievementStatus?.coding?.map((coding) => coding.code)).toEqual(['no_longer_relevant']);
  });

  it('in a draft the goal is proposed and has no start', () => {
    const goal = goalResource(
      base,
      facts({ phase: 'meeting_held', established: false, firstEstablishedAt: null }),
    );
    expect(goal.lifecycleStatus).toBe('proposed');
    expect(goal.startDate).toBeUndefined();
  });
});
