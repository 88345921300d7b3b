import type { GuidanceRefusalMessages } from './guidanceRefusals.sv.js';

export const guidanceRefusalsEn: GuidanceRefusalMessages = {
  routineTextChanged:
    'Someone else has changed the routine text since you started. Your change was not saved. Compare it with the text as it now reads and save again.',
};
