import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../../db/schema.js';
import type { personContactBody } from '../../../shared/api/takingPart.js';
import { setPersonContact } from '../../data/persons.js';
import type { Actor } from '../actor.js';
import { runCaseChange } from '../caseChange.js';

/**
 * Staff record where the individual's notices go (a link only, never what the case is about): e-mail and a Swedish
 * mobile number for SMS. The person's record is shared by their cases, so every case sends to the same place.
 */
export function recordPersonContact(
  db: Kysely<DB>,
  actor: Actor,
  sipId: string,
  body: z.infer<typeof personContactBody>,
) {
  return runCaseChange(db, actor, sipId, 'recordPersonContact', async ({ trx, sip }) => {
    await setPersonContact(trx, sip.personId, body);
    // Whether each is given, never the address or number itself.
    return { result: undefined, eventData: { email: body.email !== '', mobile: body.mobile !== '' } };
  });
}
