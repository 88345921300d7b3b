import type { Kysely } from 'kysely';
import type { DB, SipsTable } from '../../db/schema.js';
import type { SipPhase } from '../../domain/sip/phase.js';

/**
 * The case aggregate's reads and writes: the SIP's own row, its phase, need, follow-up date and closing. Callers
 * hold the case's lock (runCaseWrite) for every write; the lock itself is that skeleton's first statement.
 */

/** The case's phase as last committed, read without its lock; undefined when there is no such case. */
export async function casePhase(db: Kysely<DB>, sipId: string): Promise<SipPhase | undefined> {
  const row = await db.selectFrom('sips').select('phase').where('id', '=', sipId).executeTakeFirst();
  return row?.phase;
}

/** When the case is next followed up: set by each established version of the plan and by each follow-up. */
export async function setNextFollowUp(db: Kysely<DB>, sipId: string, on: SipsTable['nextFollowUpOn']): Promise<void> {
  await db.updateTable('sips').set({ nextFollowUpOn: on }).where('id', '=', sipId).execute();
}
