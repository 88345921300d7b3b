import { inTransaction } from '../../db/transaction.js';
import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type { DB } from '../../db/schema.js';
import type { createSipBody, needSchema } from '../../shared/api/requests.js';
import { stockholmDate } from '../../domain/time/stockholm.js';
import type { Actor } from './actor.js';
import { logAccess } from '../audit/logAccess.js';
import { appendEvent } from '../data/caseHistory.js';
import { insertCase, nextCaseSequenceNumber } from '../data/cases.js';
import { addPart } from '../data/participation.js';
import { personForNewNeed } from './persons.js';

/** Registers a noticed need as a new SIP case, convened by the acting unit. Returns the new SIP's id. */
export async function createSip(
  db: Kysely<DB>,
  actor: Actor,
  body: z.infer<typeof createSipBody>,
): Promise<string> {
  return inTransaction(db, async (trx) => {
    const personId = await personForNewNeed(trx, body.person);
    return openSip(trx, actor, personId, body.need);
  });
}

/**
 * Opens a SIP for a known person, convened by the acting unit, in the caller's transaction: the need step's
 * work, shared by a need registered from scratch and one that comes from a discharge process.
 */
export async function openSip(
  trx: Kysely<DB>,
  actor: Actor,
  personId: string,
  need: z.infer<typeof needSchema>,
): Promise<string> {
  const sipId = uuidv7();
  const number = await nextCaseSequenceNumber(trx);
  // A number people can say on the phone instead of the identity number.
  const caseNumber = `SIP-${stockholmDate().slice(0, 4)}-${number.padStart(5, '0')}`;
  await insertCase(trx, {
    id: sipId,
    caseNumber,
    personId,
    conveningUnitId: actor.unitId,
    createdBy: actor.userId,
    initiatorType: need.initiatorType,
    initiatorUnitId: need.initiatorUnitId,
    initiatorName: need.initiatorName,
    targetGroup: need.targetGroup,
    needDescription: need.description,
  });
  await addPart(trx, sipId, actor.unitId, 'convener');
  await appendEvent(
    trx,
    sipId,
    actor,
    'needIdentified',
    { from: null, to: 'need_identified' },
    {
      initiatorType: need.initiatorType,
      targetGroup: need.targetGroup,
    },
  );
  await logAccess(trx, actor, 'create_case', { sipId, personId });
  return sipId;
}
