import type { Goal, PlanContent } from '../../../../shared/plan.js';

/**
 * An empty plan, the same as `emptyPlan()` in shared/plan.ts. That module builds the zod schemas when loaded,
 * which would put all of zod in the web bundle for one object literal; the type keeps the two from drifting.
 */
export function blankPlan(): PlanContent {
  return {
    situation: '',
    needs: '',
    strengths: '',
    wishes: '',
    goals: [],
    efforts: [],
    measuresByOthers: [],
    overallResponsibilityOrganisationId: null,
    coordinator: { name: '', unitId: null, phone: '', email: '' },
    timePlan: '',
    followUpWhat: '',
    followUpDate: null,
    medication: '',
    assistiveDevices: '',
    childView: '',
    childViewHowObtained: '',
    individualParticipation: '',
  };
}

export const goalKinds = ['individual', 'shared'] as const satisfies readonly Goal['kind'][];
