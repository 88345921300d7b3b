import type { Messages } from './messages.js';

/** Swedish words of the refusals of a plan version's PDF; planPdfRefusals.en.ts mirrors every key. */
export const planPdfRefusalsSv = {
  notEstablished:
    'Version {{version}} av planen är inte fastställd ännu. Bara en fastställd version kan hämtas som PDF.',
  unitNotInCase: 'Enheten deltar inte i ärendet, så det finns inget exemplar för den.',
  unitMissing: 'Ange vilken enhets exemplar som ska hämtas (unitId).',
};

export type PlanPdfRefusalMessages = Messages<typeof planPdfRefusalsSv>;
