import type { DeviationRefusalMessages } from './deviationRefusals.sv.js';

export const deviationRefusalsEn: DeviationRefusalMessages = {
  action: {
    handle: 'be marked handled',
    escalate: 'be escalated',
    close: 'be closed',
  },
  statusConflict: 'The deviation is {{status}} and cannot {{action}} now.',
  handleBeforeClosing: 'Mark it handled or escalate it first.',
};
