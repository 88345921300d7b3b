import type { ConsentRefusalMessages } from './consentRefusals.sv.js';

export const consentRefusalsEn: ConsentRefusalMessages = {
  decisionInFuture: 'The date of the decision cannot be in the future.',
  unknownUnit: 'One of the chosen units does not exist.',
  expired: 'The consent is already past its end date.',
  scopeEmpty: 'Name the units that may exchange information.',
  guardianConsentMissing: "For a child, the guardians' consent must be recorded.",
  childViewMissing: "Describe the child's own view, or why it could not be obtained.",
  consequencesNotExplained:
    'The individual must have been told what declining means before the refusal is recorded.',
};
