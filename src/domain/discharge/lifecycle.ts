import type { DischargeAction, DischargeStatus } from '../../shared/api/dischargeVocabulary.js';
import { conflict, DomainError, type LocalisedText } from '../errors.js';

/** How a unit takes part in a discharge process: the inpatient ward, or one of the two receiving units. */
export type DischargePart = 'inpatient' | 'municipality' | 'primary_care';

interface StepRule {
  from: readonly DischargeStatus[];
  /** The parties whose unit may take the step. */
  by: readonly DischargePart[];
  /** The status after the step; absent when the step leaves it as it is. */
  to?: DischargeStatus;
}

/**
 * The order lag 2017:612 gives the process: the ward sends the admission notice, keeps the estimated discharge
 * date up to date and declares the patient ready; primary care names the care contact, who starts the SIP and
 * invites within the deadline. The ward or primary care can interrupt it (transfer, death) until the
 * invitation is sent; after that the SIP carries on by itself.
 */
export const dischargeSteps: Record<DischargeAction, StepRule> = {
  setEstimatedDischarge: { from: ['admitted', 'ready'], by: ['inpatient'] },
  declareReady: { from: ['admitted'], by: ['inpatient'], to: 'ready' },
  assignCareContact: { from: ['admitted', 'ready'], by: ['primary_care'] },
  startSip: { from: ['ready'], by: ['primary_care'], to: 'sip_started' },
  interrupt: {
    from: ['admitted', 'ready', 'sip_started'],
    by: ['inpatient', 'primary_care'],
    to: 'interrupted',
  },
};

export const statusNames: Record<DischargeStatus, LocalisedText> = {
  admitted: { sv: 'inskriven', en: 'admitted' },
  ready: { sv: 'utskrivningsklar', en: 'ready for discharge' },
  sip_started: { sv: 'SIP påbörjad', en: 'SIP started' },
  invited: { sv: 'kallad till SIP', en: 'invited to SIP' },
  interrupted: { sv: 'avbruten', en: 'interrupted' },
};

const stepNames: Record<DischargeAction, LocalisedText> = {
  setEstimatedDischarge: {
    sv: 'ändra beräknat utskrivningsdatum',
    en: 'change the estimated discharge date',
  },
  declareReady: { sv: 'meddela utskrivningsklar', en: 'declare ready for discharge' },
  assignCareContact: { sv: 'utse fast vårdkontakt', en: 'assign the named care contact' },
  startSip: { sv: 'starta SIP', en: 'start the SIP' },
  interrupt: { sv: 'avbryta processen', en: 'interrupt the process' },
};

/** The actions a unit with these parts may take now; the API sends them with the process and the UI shows them. */
export function allowedDischargeActions(status: DischargeStatus, parts: ReadonlySet<DischargePart>) {
  return (Object.keys(dischargeSteps) as DischargeAction[]).filter((action) => {
    const rule = dischargeSteps[action];
    return rule.from.includes(status) && rule.by.some((part) => parts.has(part));
  });
}

/**
 * The status after `action`, or a refusal: 409 naming the status and the step when the process is not where the
 * step belongs, 403 when the acting unit is not the party that takes it.
 */
export function nextDischargeStatus(
  status: DischargeStatus,
  action: DischargeAction,
  parts: ReadonlySet<DischargePart>,
): DischargeStatus {
  const rule = dischargeSteps[action];
  if (!rule.from.includes(status)) {
    const state = statusNames[status];
    const step = stepNames[action];
    throw conflict(
      'discharge_step_not_allowed',
      {
        sv: `Utskrivningsprocessen är ${state.sv}, så det går inte att ${step.sv} nu.`,
        en: `The discharge process is ${state.en}, so you cannot ${step.en} now.`,
      },
      { status, action },
    );
  }
  if (!rule.by.some((part) => parts.has(part))) {
    const step = stepNames[action];
    throw new DomainError('forbidden', 'not_allowed_for_unit', {
      sv: `Din enhets roll i utskrivningsprocessen ger inte behörighet att ${step.sv}.`,
      en: `Your unit’s part in the discharge process does not allow you to ${step.en}.`,
    });
  }
  return rule.to ?? status;
}
