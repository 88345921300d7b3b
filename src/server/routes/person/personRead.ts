import type { FastifyRequest } from 'fastify';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { inTransaction } from '../../../db/transaction.js';
import type { PersonAction } from '../../../domain/access/personPolicy.js';
import { DomainError } from '../../../domain/errors.js';
import { bothLanguages } from '../../../shared/words/bothLanguages.js';
import { personRefusalsEn } from '../../../shared/words/personRefusals.en.js';
import { personRefusalsSv } from '../../../shared/words/personRefusals.sv.js';
import { logPersonAccess } from '../../audit/logPersonAccess.js';
import type { PersonStanding } from '../../data/personRelations.js';
import { signedInPerson } from '../../eId/personAccess.js';
import type { PersonDoing } from '../../sips/personCommand.js';

const words = { sv: personRefusalsSv, en: personRefusalsEn };

/** The signed-in person of a `person:` route, and where they asked from. */
export function doingOf(request: FastifyRequest): PersonDoing {
  return { person: signedInPerson(request), clientAddress: request.ip };
}

/** The standing the route's policy just decided (routePolicy.ts); a `person:` route always has one. */
export function standingOf(request: FastifyRequest): PersonStanding {
  if (!request.personStanding) throw new Error(`No person standing on ${request.routeOptions.url}`);
  return request.personStanding;
}

/**
 * A read of the case's personal data on the individual's side, logged as `person:<action>` in the same
 * transaction as the read, so the entry and what was shown stand or fall together.
 */
export function personRead<T>(
  db: Kysely<DB>,
  request: FastifyRequest,
  action: PersonAction,
  read: (trx: Transaction<DB>, standing: PersonStanding) => Promise<T>,
): Promise<T> {
  const standing = standingOf(request);
  const { person, clientAddress } = doingOf(request);
  return inTransaction(db, async (trx) => {
    const result = await read(trx, standing);
    await logPersonAccess(
      trx,
      { identityId: person.identityId, relation: standing.relation, clientAddress },
      `person:${action}`,
      { sipId: standing.sipId, personId: standing.personId },
    );
    return result;
  });
}

/**
 * What the person and their guardians write themselves (the preparation; with the child, the child's view) is
 * read only by them: a guest never, and a child not the preparation their guardians write.
 */
export function ownWordsReader(standing: PersonStanding, { childToo }: { childToo: boolean }): void {
  const { relation } = standing;
  if (relation === 'individual' || relation === 'guardian' || (childToo && relation === 'child')) return;
  const code = relation === 'guest' ? 'outside_guest_scope' : 'not_for_child';
  throw new DomainError(
    'forbidden',
    code,
    bothLanguages(words, (said) => said.refused[code]),
  );
}
