/**
 * The closed word lists of the API, shared by server and web so both speak the same values. Names for the UI are
 * in the web app's translations; names for refusals are in the domain.
 */
export const sipPhaseValues = [
  'need_identified',
  'consent_declined',
  'preparation',
  'invitation',
  'meeting_held',
  'plan_established',
  'paused',
  'closed',
] as const;

export const sipCommandValues = [
  'editNeed',
  'recordConsent',
  'declineConsent',
  'withdrawConsent',
  'savePreparation',
  'invite',
  'rescheduleMeeting',
  'cancelMeeting',
  'recordAttendance',
  'enterHeldMeeting',
  'choosePlanTemplate',
  'savePlanDraft',
  'establishPlan',
  'changePlan',
  'approvePlanVersion',
  'recordFollowUp',
  'close',
] as const;

/**
 * Changes to a case that leave its phase as it is: who from the individual's side takes part (guardians, a child's
 * own sign-in), where the individual's notices go, and the child's view taken into the plan draft.
 */
export const caseChangeValues = [
  'recordGuardian',
  'removeGuardian',
  'decideChildSignIn',
  'recordPersonContact',
  'confirmChildView',
] as const;

/** What the case history records: every step and change, plus the need itself and the invited units' answers. */
export const sipEventTypes = [
  'needIdentified',
  ...sipCommandValues,
  ...caseChangeValues,
  'invitationAcknowledged',
  'invitationAccepted',
  'invitationDeclined',
  'invitationForwarded',
] as const;

export const unitPartValues = ['convener', 'invited', 'accepted', 'effort'] as const;
/** The acting unit's parts in a case as its page shows them: also the coordinator's, whom the plan names. */
export const casePartValues = [...unitPartValues, 'coordinator'] as const;

export const initiatorTypes = ['staff', 'individual', 'relative', 'school', 'other_actor'] as const;

/** The target groups counties follow (DOMAIN.md §4). */
export const targetGroups = [
  'children_disability',
  'children_psychosocial',
  'elderly_multimorbid',
  'mental_illness',
  'substance_abuse',
  'discharge',
  'other',
] as const;

export const idKinds = ['personnummer', 'samordningsnummer', 'reservnummer'] as const;
export const consentMethods = ['oral', 'written', 'digital'] as const;
export const consentGivers = ['individual', 'guardian', 'legal_representative'] as const;
export const meetingForms = ['in_person', 'phone', 'video'] as const;
export const invitationStatusValues = ['sent', 'acknowledged', 'accepted', 'declined', 'forwarded'] as const;
export const attendanceValues = ['present', 'absent_with_notice', 'absent_without_notice'] as const;
/** How staff record the individual's approval of a plan version. */
export const staffApprovalMethods = ['in_meeting', 'oral', 'written', 'digital'] as const;
/** Every way a version is approved: also the individual's own approval, given with e-ID on their pages. */
export const approvalMethods = [...staffApprovalMethods, 'e_id'] as const;
export const outcomeValues = ['achieved', 'partly', 'not_achieved', 'no_longer_relevant'] as const;
export const closureReasons = [
  'goals_reached',
  'individual_ended',
  'consent_withdrawn',
  'consent_declined',
  'moved',
  'deceased',
  'no_longer_needed',
  'other',
] as const;
export const organisationKinds = ['region', 'municipality', 'other'] as const;
/** A person's legal sex as the identity number gives it; statistics break down by it. */
export const sexes = ['female', 'male'] as const;

/** The role a user holds in a unit (their commission there). */
export const roles = [
  'staff',
  'unit_manager',
  'organisation_admin',
  'county_coordinator',
  'system_admin',
] as const;
export type Role = (typeof roles)[number];
