import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { DB } from '../../db/schema.js';

/**
 * The e-ID identity of someone who just signed in, made on their first sign-in: the access log names them by
 * its id. Their name is kept as the e-ID said it the latest time.
 */
export async function identityOnSignIn(db: Kysely<DB>, idNumber: string, name: string): Promise<string> {
  const row = await db
    .insertInto('eIdIdentities')
    .values({ id: uuidv7(), idNumber, name })
    .onConflict((conflict) => conflict.column('idNumber').doUpdateSet({ name, lastSignedInAt: new Date() }))
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
