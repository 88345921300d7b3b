import type { PlanContent } from './plan.js';

/**
 * The empty plan and the kinds of goal, without the schemas: the web app imports these, and importing the
 * schemas would put the validation library into every page.
 */
export const goalKinds = ['individual', 'shared'] as const;

export function emptyPlan(): PlanContent {
  return {
    situation: '',
    needs: '',
    needsCodes: [],
    strengths: '',
    wishes: '',
    goals: [],
    efforts: [],
    measuresByOthers: [],
    overallResponsibilityOrganisationId: null,
    coordinator: { name: '', unitId: null, phone: '', email: '', acceptedByIndividual: false },
    writtenWithUnitIds: [],
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
