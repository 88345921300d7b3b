import type { DeviationAction, DeviationStatus } from '../../shared/api/deviationFields.js';
import { conflict } from '../errors.js';
import { bothLanguages } from '../../shared/words/bothLanguages.js';
import { deviationRefusalsEn } from '../../shared/words/deviationRefusals.en.js';
import { deviationRefusalsSv } from '../../shared/words/deviationRefusals.sv.js';
import { deviationsEn } from '../../shared/words/deviations.en.js';
import { deviationsSv } from '../../shared/words/deviations.sv.js';
import { fill } from '../../shared/words/fill.js';

/**
 * A deviation's status flow: open → handled | escalated → closed. The unit it is routed to either handles it
 * locally or escalates it to the next level of the county's path, where the level's unit handles it or escalates
 * it further; only a handled or escalated deviation is closed, with a resolution, and a closed one stays closed.
 */
const transitions: Record<DeviationAction, Partial<Record<DeviationStatus, DeviationStatus>>> = {
  handle: { open: 'handled', escalated: 'handled' },
  escalate: { open: 'escalated', escalated: 'escalated' },
  close: { handled: 'closed', escalated: 'closed' },
};

/** The refusals' words, with a deviation's status named as its pages name it. */
const words = {
  sv: { ...deviationRefusalsSv, status: deviationsSv.status },
  en: { ...deviationRefusalsEn, status: deviationsEn.status },
};

export function deviationAllows(status: DeviationStatus, action: DeviationAction): boolean {
  return transitions[action][status] !== undefined;
}

/** The status after `action`, or a 409 naming the status and what cannot be done in it. */
export function nextDeviationStatus(status: DeviationStatus, action: DeviationAction): DeviationStatus {
  const next = transitions[action][status];
  if (next !== undefined) return next;
  throw conflict(
    'deviation_status_conflict',
    bothLanguages(words, (said) => {
      const refusal = fill(said.statusConflict, {
        status: said.status[status].toLowerCase(),
        action: said.action[action],
      });
      return status === 'open' && action === 'close' ? `${refusal} ${said.handleBeforeClosing}` : refusal;
    }),
    { deviationStatus: status, action },
  );
}
