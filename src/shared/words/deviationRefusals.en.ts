import type { DeviationRefusalMessages } from './deviationRefusals.sv.js';

export const deviationRefusalsEn: DeviationRefusalMessages = {
  action: {
    handle: 'be marked handled',
    escalate: 'be escalated',
    close: 'be closed',
  },
  notHandler: {
    local: 'Only the manager of the unit the deviation is routed to can handle it.',
    escalated: 'Only the unit the deviation has been escalated to can handle it.',
  },
  noNextEscalationLevel:
    'There is no higher level to escalate to in the county’s escalation path. Handle or close the deviation.',
  unitNotInSip: 'Choose a unit that takes part in the SIP. The deviation goes to that unit’s manager.',
  statusConflict: 'The deviation is {{status}} and cannot {{action}} now.',
  handleBeforeClosing: 'Mark it handled or escalate it first.',
};
