import type { PlanRefusalMessages } from './planRefusals.sv.js';

export const planRefusalsEn: PlanRefusalMessages = {
  missing: {
    needs: 'The needs are not described.',
    goals: 'The plan has no goal for the efforts to serve.',
    time_plan: 'The time plan is missing: write one or give the efforts dates.',
    efforts: 'The plan has no effort.',
    effort_description: 'Effort {{n}} has no description.',
    effort_responsible: 'Effort {{n}} has no responsible unit.',
    effort_contact: 'Effort {{n}} names no staff member or contact who carries it out.',
    effort_dates: 'Effort {{n}} ends before it starts.',
    measure_description: 'Measure {{n}} by others has no description.',
    measure_actor: 'Measure {{n}} by others does not say who carries it out.',
    overall_responsibility: 'The principal with overall responsibility is not chosen.',
    overall_responsibility_not_principal:
      'Overall responsibility can only lie with a region or a municipality.',
    coordinator_name: "The coordinator's name is missing.",
    coordinator_unit: "The coordinator's unit is missing.",
    coordinator_not_principal:
      'The coordinator must work for a principal: a unit of the region or the municipality.',
    coordinator_contact: "The coordinator's phone or e-mail is missing.",
    coordinator_accepted: 'It is not recorded that the person accepts the coordinator.',
    follow_up_date: 'The follow-up date is missing.',
    follow_up_date_past: 'The follow-up date has already passed.',
    follow_up_what: 'The plan does not say what is to be followed up, and how.',
    both_principals:
      'A SIP is made by the region and the municipality together: no unit of {{principals}} took part in the meeting or in writing the plan. Invite one, or report a deviation.',
  },
  principal: {
    region: 'the region',
    municipality: 'the municipality',
  },
  or: ' or ',
  incomplete: 'The plan cannot be established: {{missing}}',
  stale:
    'Someone else saved the plan after you opened it. Load the current version and make your change there.',
  unknownUnit: 'The plan names a unit that does not exist.',
  writerNotTakingPart: 'The plan says a unit took part in writing it, but the unit takes no part in the SIP.',
  unknownOrganisation: 'The principal with overall responsibility does not exist.',
  changeReasonMissing: 'Say why the plan is changed. Every change becomes a new version.',
  planMissing: 'There is no plan to establish yet.',
  versionMissing: 'That version of the plan does not exist.',
  versionSuperseded: 'A later version of the plan exists. The individual approves the version in force.',
  versionAlreadyApproved: 'The individual’s approval of this version is already recorded.',
  versionApprovedWithEId:
    'The individual approved this version themselves with e-ID. That approval cannot be replaced.',
  followUpNotHeldYet: 'A follow-up cannot be recorded before it is held.',
  followUpItemsMismatch:
    'The follow-up must give one outcome for each goal and effort in the plan, once each.',
  nextFollowUpNotFuture: 'The next follow-up must be after today.',
};
