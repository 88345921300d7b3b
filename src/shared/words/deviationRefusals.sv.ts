import type { DeviationAction } from '../api/deviationFields.js';
import type { Messages } from './messages.js';

/** Swedish words of the refusals of a deviation's steps; deviationRefusals.en.ts mirrors every key. */
export const deviationRefusalsSv = {
  /** What cannot be done to the deviation, as the end of "… och kan inte …". */
  action: {
    handle: 'markeras som hanterad',
    escalate: 'eskaleras',
    close: 'avslutas',
  } satisfies Record<DeviationAction, string>,
  /** Who alone may handle the deviation: its unit's manager, or the unit it is escalated to. */
  notHandler: {
    local: 'Bara chefen för enheten som avvikelsen är skickad till kan hantera den.',
    escalated: 'Bara den enhet som avvikelsen är eskalerad till kan hantera den.',
  },
  noNextEscalationLevel:
    'Det finns ingen högre nivå att eskalera till i länets eskaleringsväg. Hantera eller avsluta avvikelsen.',
  unitNotInSip: 'Välj en enhet som deltar i SIP:en. Avvikelsen går till den enhetens chef.',
  statusConflict: 'Avvikelsen är {{status}} och kan inte {{action}} nu.',
  handleBeforeClosing: 'Markera den som hanterad eller eskalera den först.',
};

export type DeviationRefusalMessages = Messages<typeof deviationRefusalsSv>;
