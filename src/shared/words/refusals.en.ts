import type { RefusalMessages } from './refusals.sv.js';

export const refusalsEn: RefusalMessages = {
  step: {
    editNeed: 'edit the need',
    recordConsent: 'record consent',
    declineConsent: 'record that consent was declined',
    withdrawConsent: 'withdraw consent',
    savePreparation: 'save the preparation',
    invite: 'invite to a meeting',
    rescheduleMeeting: 'reschedule the meeting',
    cancelMeeting: 'cancel the meeting',
    recordAttendance: 'record attendance',
    enterHeldMeeting: 'enter a meeting held earlier',
    choosePlanTemplate: 'choose the plan’s template',
    savePlanDraft: 'save the plan draft',
    establishPlan: 'establish the plan',
    changePlan: 'change the plan',
    approvePlanVersion: 'record approval',
    recordFollowUp: 'record a follow-up',
    close: 'close the SIP',
  },
  sipClosed: 'The SIP is closed and cannot be changed (tried to {{step}}).',
  notInPhase: 'You cannot {{step}} while the SIP is in the phase "{{phase}}".',
};
