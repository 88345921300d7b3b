import type { PersonSipOverview } from '../../shared/api/personSide.js';
import type { PersonAction } from '../../domain/access/personPolicy.js';

export const minaSipId = '5d8f2c1a-3b4e-4f6a-9c7d-1e2f3a4b5c6d';

/** A SIP's overview as the individual's pages get it, with the actions the signed-in person is offered. */
export function minaOverview(
  allowedActions: PersonAction[],
  relation: PersonSipOverview['relation'] = 'individual',
): PersonSipOverview {
  return {
    id: minaSipId,
    relation,
    allowedActions,
    firstName: 'Tor',
    phase: 'plan_established',
    conveningUnitName: 'Vårdcentralen Eken',
    coordinator: null,
    nextMeeting: null,
    establishedVersion: 1,
    versionToApprove: null,
  };
}
