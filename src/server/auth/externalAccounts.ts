import { inTransaction } from '../../db/transaction.js';
import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { DB } from '../../db/schema.js';
import { DomainError } from '../../domain/errors.js';
import type { ClaimedCommission } from './commissionClaims.js';
import { bothLanguages } from '../../shared/words/bothLanguages.js';
import { signInRefusalsEn } from '../../shared/words/signInRefusals.en.js';
import { signInRefusalsSv } from '../../shared/words/signInRefusals.sv.js';

const words = { sv: signInRefusalsSv, en: signInRefusalsEn };

/** Who the identity provider says signed in. */
export interface ExternalIdentity {
  issuer: string;
  subject: string;
  username: string;
  displayName: string;
  email: string;
}

export const noCommission = new DomainError(
  'forbidden',
  'no_commission',
  bothLanguages(words, (said) => said.noCommission),
);

export const accountDisabled = new DomainError(
  'forbidden',
  'account_disabled',
  bothLanguages(words, (said) => said.accountDisabled),
);

export const accountConflict = new DomainError(
  'conflict',
  'account_conflict',
  bothLanguages(words, (said) => said.accountConflict),
);

/**
 * Signs in a user known by their identity provider: finds them by issuer and subject or creates them, and makes
 * their commissions exactly those the provider states today, so a commission ended there ends here at the next
 * sign-in. Units are matched by HSA id; a unit Samplan does not know is left out. A local account is never taken
 * over by a matching username: that would let whoever controls a provider account become any local user.
 */
export async function signInExternalUser(
  db: Kysely<DB>,
  identity: ExternalIdentity,
  claimed: readonly ClaimedCommission[],
): Promise<{ userId: string; unitIds: string[] }> {
  return inTransaction(db, async (trx) => {
    const units =
      claimed.length === 0
        ? []
        : await trx
            .selectFrom('units')
            .select(['id', 'hsaId'])
            .where(
              'hsaId',
              'in',
              claimed.map((commission) => commission.unitHsaId),
            )
            .execute();
    const commissions = units.map((unit) => ({
      unitId: unit.id,
      role: claimed.find((commission) => commission.unitHsaId === unit.hsaId)!.role,
    }));
    if (commissions.length === 0) throw noCommission;

    const userId = await findOrCreateUser(trx, identity);
    await trx.deleteFrom('userUnits').where('userId', '=', userId).execute();
    await trx
      .insertInto('userUnits')
      .values(commissions.map((commission) => ({ userId, ...commission })))
      .execute();
    return { userId, unitIds: commissions.map((commission) => commission.unitId) };
  });
}

async function findOrCreateUser(trx: Kysely<DB>, identity: ExternalIdentity): Promise<string> {
  const known = await externalUser(trx, identity);
  if (known) {
    if (known.disabledAt) throw accountDisabled;
    // Names and addresses change at the provider; Samplan shows what it says today.
    await trx
      .updateTable('users')
      .set({ displayName: identity.displayName, ...(identity.email ? { email: identity.email } : {}) })
      .where('id', '=', known.id)
      .execute();
    return known.id;
  }
  const id = uuidv7();
  // Two first sign-ins at once, or a username already taken: either way nothing is inserted, and the lookup
  // below tells the two apart.
  const inserted = await trx
    .insertInto('users')
    .values({
      id,
      username: identity.username,
      displayName: identity.displayName,
      email: identity.email,
      passwordHash: null,
      disabledAt: null,
      externalIssuer: identity.issuer,
      externalSubject: identity.subject,
    })
    .onConflict((conflict) => conflict.doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return id;
  const raced = await externalUser(trx, identity);
  if (!raced) throw accountConflict;
  if (raced.disabledAt) throw accountDisabled;
  return raced.id;
}

function externalUser(trx: Kysely<DB>, identity: ExternalIdentity) {
  return trx
    .selectFrom('users')
    .select(['id', 'disabledAt'])
    .where('externalIssuer', '=', identity.issuer)
    .where('externalSubject', '=', identity.subject)
    .forUpdate()
    .executeTakeFirst();
}
