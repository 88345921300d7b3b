import type { DeviationAction, DeviationStatus } from '../../shared/api/deviationFields.js';
import { conflict, type LocalisedText } from '../errors.js';

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

export const deviationStatusNames: Record<DeviationStatus, LocalisedText> = {
  open: { sv: 'Öppen', en: 'Open' },
  handled: { sv: 'Hanterad', en: 'Handled' },
  escalated: { sv: 'Eskalerad', en: 'Escalated' },
  closed: { sv: 'Avslutad', en: 'Closed' },
};

const actionNames: Record<DeviationAction, LocalisedText> = {
  handle: { sv: 'markeras som hanterad', en: 'be marked handled' },
  escalate: { sv: 'eskaleras', en: 'be escalated' },
  close: { sv: 'avslutas', en: 'be closed' },
};

export function deviationAllows(status: DeviationStatus, action: DeviationAction): boolean {
  return transitions[action][status] !== undefined;
}

/** The status after `action`, or a 409 naming the status and what cannot be done in it. */
export function nextDeviationStatus(status: DeviationStatus, action: DeviationAction): DeviationStatus {
  const next = transitions[action][status];
  if (next !== undefined) return next;
  const name = deviationStatusNames[status];
  const verb = actionNames[action];
  throw conflict(
    'deviation_status_conflict',
    {
      sv: `Avvikelsen är ${name.sv.toLowerCase()} och kan inte ${verb.sv} nu.${status === 'open' && action === 'close' ? ' Markera den som hanterad eller eskalera den först.' : ''}`,
      en: `The deviation is ${name.en.toLowerCase()} and cannot ${verb.en} now.${status === 'open' && action === 'close' ? ' Mark it handled or escalate it first.' : ''}`,
    },
    { deviationStatus: status, action },
  );
}
