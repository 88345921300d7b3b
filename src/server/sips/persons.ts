import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type { DB } from '../../db/schema.js';
import { DomainError } from '../../domain/errors.js';
import { parseIdNumber, type IdNumber } from '../../domain/identity/idNumber.js';
import type { newPersonSchema } from '../../shared/api/requests.js';
import { worksWithCases } from '../../domain/access/policy.js';
import { stockholmDate } from '../../domain/time/stockholm.js';
import { insertPerson, personByIdNumberForUpdate, personKnownTo, protectIdentity } from '../data/persons.js';
import type { Actor } from './actor.js';

/**
 * The person with this identity number, if the acting unit may already see one of their SIPs; else null, so a
 * search reveals nothing to a unit without a part (registering a new need for them still works).
 */
export async function findKnownPerson(db: Kysely<DB>, id: IdNumber, actor: Actor) {
  if (!worksWithCases(actor.role)) return undefined;
  return personKnownTo(db, id, actor.unitId, stockholmDate());
}

/**
 * The person's record for a new need: the existing one when the identity number is known (whoever registered
 * it — the caller learns nothing of it), otherwise a new one. Protection is only ever added here, never removed.
 */
export async function personForNewNeed(
  db: Kysely<DB>,
  input: z.infer<typeof newPersonSchema>,
): Promise<string> {
  const id = withField(() => parseIdNumber(input.idNumber, { reserve: input.reserve }), 'person.idNumber');
  const existing = await personByIdNumberForUpdate(db, id);
  if (existing) {
    if (input.protectedIdentity && !existing.protectedIdentity) await protectIdentity(db, existing.id);
    return existing.id;
  }
  const personId = uuidv7();
  await insertPerson(db, {
    id: personId,
    idKind: id.kind,
    idNumber: id.value,
    givenName: input.givenName,
    familyName: input.familyName,
    birthDate: id.birthDate,
    sex: id.sex,
    protectedIdentity: input.protectedIdentity,
    address: input.address,
    phone: input.phone,
  });
  return personId;
}

/** A refusal about a field, re-addressed to where the field sits in this request's body. */
export function withField<T>(work: () => T, field: string): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof DomainError)
      throw new DomainError(error.kind, error.code, error.text, { ...error.details, field });
    throw error;
  }
}
