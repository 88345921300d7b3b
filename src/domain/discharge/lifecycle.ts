import type { DischargeAction, DischargeStatus } from '../../shared/api/dischargeVocabulary.js';
import { conflict, DomainError } from '../errors.js';
import { bothLanguages } from '../../shared/words/bothLanguages.js';
import { dischargeRefusalsEn } from '../../shared/words/dischargeRefusals.en.js';
import { dischargeRefusalsSv } from '../../shared/words/dischargeRefusals.sv.js';
import { fill } from '../../shared/words/fill.js';

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

const words = { sv: dischargeRefusalsSv, en: dischargeRefusalsEn };

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
    throw conflict(
      'discharge_step_not_allowed',
      bothLanguages(words, (said) =>
        fill(said.notNow, { status: said.status[status], step: said.step[action] }),
      ),
      { status, action },
    );
  }
  if (!rule.by.some((part) => parts.has(part))) {
    throw new DomainError(
      'forbidden',
      'not_allowed_for_unit',
      bothLanguages(words, (said) => fill(said.notForUnit, { step: said.step[action] })),
    );
  }
  return rule.to ?? status;
}
