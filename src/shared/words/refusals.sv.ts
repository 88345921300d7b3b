import type { sipCommandValues } from '../api/vocabulary.js';
import type { Messages } from './messages.js';

/** Swedish words of the server's refusals of a SIP's steps; refusals.en.ts mirrors every key. */
export const refusalsSv = {
  /** Each step as a refusal names it, in the infinitive: "Det går inte att registrera samtycke …". */
  step: {
    editNeed: 'ändra behovet',
    recordConsent: 'registrera samtycke',
    declineConsent: 'registrera att samtycke nekats',
    withdrawConsent: 'återkalla samtycket',
    savePreparation: 'spara förberedelsen',
    invite: 'kalla till möte',
    rescheduleMeeting: 'flytta mötet',
    cancelMeeting: 'ställa in mötet',
    recordAttendance: 'registrera närvaro',
    enterHeldMeeting: 'efterregistrera ett möte',
    choosePlanTemplate: 'välja mall för planen',
    savePlanDraft: 'spara planutkastet',
    establishPlan: 'fastställa planen',
    changePlan: 'ändra planen',
    approvePlanVersion: 'registrera godkännande',
    recordFollowUp: 'registrera uppföljning',
    close: 'avsluta SIP:en',
  } satisfies Record<(typeof sipCommandValues)[number], string>,
  sipClosed: 'SIP:en är avslutad och kan inte ändras (försökte {{step}}).',
  notInPhase: 'Det går inte att {{step}} när SIP:en är i fasen "{{phase}}".',
};

export type RefusalMessages = Messages<typeof refusalsSv>;
