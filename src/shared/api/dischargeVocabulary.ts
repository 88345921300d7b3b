/** The closed word lists of the discharge process (lag 2017:612), shared by server and web without a validator. */

export const dischargeStatuses = ['admitted', 'ready', 'sip_started', 'invited', 'interrupted'] as const;
export type DischargeStatus = (typeof dischargeStatuses)[number];

export const interruptionReasons = ['transfer', 'death', 'other'] as const;

export const dischargeEventTypes = [
  'admissionNotice',
  'estimatedDischarge',
  'readyForDischarge',
  'careContactAssigned',
  'sipStarted',
  'invitationSent',
  'interrupted',
] as const;
export type DischargeEventType = (typeof dischargeEventTypes)[number];

/** What the unit may do next with the process; the web app shows exactly these forms. */
export const dischargeActions = [
  'setEstimatedDischarge',
  'declareReady',
  'assignCareContact',
  'startSip',
  'interrupt',
] as const;
export type DischargeAction = (typeof dischargeActions)[number];

export const deadlineStandings = ['invited_in_time', 'invited_late', 'due', 'overdue'] as const;
