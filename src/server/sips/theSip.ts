import { thing } from '../../domain/errors.js';

/** The case as a refusal names it: what was not found, or what cannot be changed. */
export const theSip = thing('sip');
