import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../../db/schema.js';
import type { closeBody } from '../../../shared/api/requests.js';
import type { Actor } from '../actor.js';
import { runSipCommand } from '../command.js';
import { closeCase } from '../../data/cases.js';

/** Ends the SIP with its reason; nothing can be changed afterwards, and the history stays readable. */
export function closeSip(db: Kysely<DB>, actor: Actor, sipId: string, body: z.infer<typeof closeBody>) {
  return runSipCommand(db, actor, sipId, 'close', async ({ trx, sip }) => {
    await closeCase(trx, sipId, { closureReason: body.reason, closureNote: body.note });
    return { result: undefined, eventData: { reason: body.reason, fromPhase: sip.phase } };
  });
}
