import { decideOrganisationAction, type OrganisationAction } from '../../domain/access/policy.js';
import { DomainError } from '../../domain/errors.js';
import type { Actor } from '../sips/actor.js';
import { bothLanguages } from '../../shared/words/bothLanguages.js';
import { accessRefusalsEn } from '../../shared/words/accessRefusals.en.js';
import { accessRefusalsSv } from '../../shared/words/accessRefusals.sv.js';

const words = { sv: accessRefusalsSv, en: accessRefusalsEn };

/** The one place an organisation action is authorised: by the role the user holds in the unit they act for. */
export function authorizeOrganisation(actor: Actor, action: OrganisationAction): void {
  const decision = decideOrganisationAction(action, { role: actor.role });
  if (!decision.allowed)
    throw new DomainError(
      'forbidden',
      decision.code,
      bothLanguages(words, (said) => said.organisation[action]),
    );
}
