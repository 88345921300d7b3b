import { decideOrganisationAction, type OrganisationAction } from '../../domain/access/policy.js';
import { DomainError } from '../../domain/errors.js';
import type { Actor } from '../sips/actor.js';

const refusals: Record<OrganisationAction, { sv: string; en: string }> = {
  workWithCases: {
    sv: 'Din roll i enheten du arbetar för arbetar inte med ärenden: den kan inte starta en SIP eller en utskrivning.',
    en: 'Your role in the unit you act for does not work with cases: it cannot start a SIP or a discharge.',
  },
  readAccessLog: {
    sv: 'Din roll i enheten du arbetar för ger inte behörighet att granska åtkomstloggen.',
    en: 'Your role in the unit you act for does not allow reviewing the access log.',
  },
  administerUnits: {
    sv: 'Din roll i enheten du arbetar för ger inte behörighet att administrera enheter.',
    en: 'Your role in the unit you act for does not allow administering units.',
  },
  readStatistics: {
    sv: 'Din roll i enheten du arbetar för ger inte behörighet att se statistik.',
    en: 'Your role in the unit you act for does not allow reading statistics.',
  },
  administerCountySettings: {
    sv: 'Bara systemadministratören kan ändra länets inställningar.',
    en: 'Only the system administrator can change the county settings.',
  },
  readOutbox: {
    sv: 'Din roll i enheten du arbetar för ger inte behörighet att läsa utkorgen för e-post.',
    en: 'Your role in the unit you act for does not allow reading the mail outbox.',
  },
};

/** The one place an organisation action is authorised: by the role the user holds in the unit they act for. */
export function authorizeOrganisation(actor: Actor, action: OrganisationAction): void {
  const decision = decideOrganisationAction(action, { role: actor.role });
  if (!decision.allowed) throw new DomainError('forbidden', decision.code, refusals[action]);
}
