import type { SipDetail } from '../../../shared/api/responses.js';
import type { sipCommandValues } from '../../../shared/api/vocabulary.js';

export type SipCommand = (typeof sipCommandValues)[number];

/** Whether the server offers this action to the acting unit now; the page offers nothing else. */
export type Can = (command: SipCommand) => boolean;

export function allowed(sip: SipDetail): Can {
  return (command) => sip.allowedActions.includes(command);
}
