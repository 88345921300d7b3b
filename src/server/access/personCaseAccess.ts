import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import {
  decidePersonAction,
  type PersonAction,
  type PersonSubject,
} from '../../domain/access/personPolicy.js';
import type { Decision } from '../../domain/access/policy.js';
import { DomainError, notFound } from '../../domain/errors.js';
import { stockholmDate } from '../../domain/time/stockholm.js';
import { bothLanguages } from '../../shared/words/bothLanguages.js';
import { personRefusalsEn } from '../../shared/words/personRefusals.en.js';
import { personRefusalsSv } from '../../shared/words/personRefusals.sv.js';
import { personStandings, type PersonStanding } from '../data/personRelations.js';
import type { SignedInPerson } from '../eId/personSessions.js';
import { theSip } from '../sips/theSip.js';

const words = { sv: personRefusalsSv, en: personRefusalsEn };

/** No relation: what anyone without one is to a case. */
const stranger: PersonSubject = {
  relation: 'none',
  consent: 'none',
  relativesMayTakePart: false,
  phase: 'closed',
};

const isExplained = (code: string): code is keyof typeof personRefusalsSv.refused =>
  Object.hasOwn(personRefusalsSv.refused, code);

function refusal(decision: Exclude<Decision, { allowed: true }>): DomainError {
  if (decision.status === 404 || !isExplained(decision.code)) return notFound(theSip);
  const code = decision.code;
  return new DomainError(
    'forbidden',
    code,
    bothLanguages(words, (said) => said.refused[code]),
  );
}

/**
 * The one place an action on the individual's side is authorised: the signed-in person's standing in the case,
 * read now, decided by the pure policy. A case they have no relation to is a 404 like a wrong id.
 */
export async function authorizePersonCase(
  db: Kysely<DB>,
  sipId: string,
  person: SignedInPerson,
  action: PersonAction,
): Promise<PersonStanding> {
  const [standing] = await personStandings(db, person, { today: stockholmDate(), sipId });
  const decision = decidePersonAction(action, standing ?? stranger);
  if (!decision.allowed) throw refusal(decision);
  return standing!;
}
