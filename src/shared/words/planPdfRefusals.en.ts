import type { PlanPdfRefusalMessages } from './planPdfRefusals.sv.js';

export const planPdfRefusalsEn: PlanPdfRefusalMessages = {
  notEstablished:
    'Version {{version}} of the plan has not been established yet. Only an established version can be downloaded as a PDF.',
  unitNotInCase: 'The unit does not take part in the case, so there is no copy for it.',
  unitMissing: "Say which unit's copy to download (unitId).",
};
