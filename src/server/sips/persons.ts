import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type { DB } from '../../db/schema.js';
import { DomainError } from '../../domain/errors.js';
import { parseIdNumber, type IdNumber } from '../../domain/identity/idNumber.js';
import type { newPersonSchema } from '../../shared/api/requests.js';
import { worksWithCases } from '../../domain/access/policy.js';
import { stockholmDate } from '../../domain/time/stockholm.js';
import { visibleToUnit } from '../access/consentInForce.js';
import type { Actor } from './actor.js';

/**
 * The person with this identity number, if the acting unit may already see one of their SIPs; else null, so a
 * search reveals nothing to a unit without a part (registering a new need for them still works).
 */
export async function findKnownPerson(db: Kysely<DB>, id: IdNumber, actor: Actor) {
  if (!worksWithCases(actor.role)) return undefined;
  return db
    .selectFrom('persons')
    .selectAll('persons')
    .where('persons.idKind', '=', id.kind)
    .where('persons.idNumber', '=', id.value)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('sips')
          .select('sips.id')
          .whereRef('sips.personId', '=', 'persons.id')
          .where((inner) => visibleToUnit(inner.ref('sips.id'), actor.unitId, stockholmDate())),
      ),
    )
    .executeTakeFirst();
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
  const existing = await db
    .selectFrom('persons')
    .select(['id', 'protectedIdentity'])
    .where('idKind', '=', id.kind)
    .where('idNumber', '=', id.value)
    .forUpdate()
    .executeTakeFirst();
  if (existing) {
    if (input.protectedIdentity && !existing.protectedIdentity) {
      await db
        .updateTable('persons')
        .set({ protectedIdentity: true, updatedAt: new Date() })
        .where('id', '=', existing.id)
        .execute();
    }
    return existing.id;
  }
  const personId = uuidv7();
  await db
    .insertInto('persons')
    .values({
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
    })
    .execute();
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
