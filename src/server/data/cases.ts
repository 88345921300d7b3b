import { sql, type Insertable, type Kysely, type Updateable } from 'kysely';
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

/** When the case is next followed up (null when not planned); undefined when there is no such case. */
export async function nextFollowUpOf(db: Kysely<DB>, sipId: string): Promise<SipsTable['nextFollowUpOn'] | undefined> {
  const row = await db.selectFrom('sips').select('nextFollowUpOn').where('id', '=', sipId).executeTakeFirst();
  return row?.nextFollowUpOn;
}

/** When the case is next followed up: set by each established version of the plan and by each follow-up. */
export async function setNextFollowUp(db: Kysely<DB>, sipId: string, on: SipsTable['nextFollowUpOn']): Promise<void> {
  await db.updateTable('sips').set({ nextFollowUpOn: on }).where('id', '=', sipId).execute();
}

/** The next number in the county's sequence of case numbers, as text. */
export async function nextCaseSequenceNumber(db: Kysely<DB>): Promise<string> {
  const { rows } = await sql<{ number: string }>`SELECT nextval('sip_number_seq')::text AS number`.execute(db);
  return rows[0]!.number;
}

/** A new case, open from its need onwards: not followed up, closed or paused yet. */
export async function insertCase(
  db: Kysely<DB>,
  sip: Omit<
    Insertable<SipsTable>,
    'phase' | 'phaseBeforePause' | 'nextFollowUpOn' | 'closureReason' | 'closedAt' | 'revision'
  >,
): Promise<void> {
  await db
    .insertInto('sips')
    .values({
      ...sip,
      phase: 'need_identified',
      phaseBeforePause: null,
      nextFollowUpOn: null,
      closureReason: null,
      closedAt: null,
    })
    .execute();
}

/** The case after a step: its phase, the phase a pause returns to, and its revision, stamped with the time. */
export async function recordStep(
  db: Kysely<DB>,
  sipId: string,
  step: Pick<Updateable<SipsTable>, 'phase' | 'phaseBeforePause' | 'revision'>,
): Promise<void> {
  await db
    .updateTable('sips')
    .set({ ...step, updatedAt: new Date() })
    .where('id', '=', sipId)
    .execute();
}

/** The need as edited: who noticed it, the target group and its description. */
export async function updateNeed(
  db: Kysely<DB>,
  sipId: string,
  need: Pick<Updateable<SipsTable>, 'initiatorType' | 'initiatorUnitId' | 'initiatorName' | 'targetGroup' | 'needDescription'>,
): Promise<void> {
  await db.updateTable('sips').set(need).where('id', '=', sipId).execute();
}

/** The case closed now with its reason; it is no longer followed up. */
export async function closeCase(
  db: Kysely<DB>,
  sipId: string,
  closure: { closureReason: NonNullable<SipsTable['closureReason']>; closureNote: string },
): Promise<void> {
  await db
    .updateTable('sips')
    .set({ ...closure, closedAt: new Date(), nextFollowUpOn: null })
    .where('id', '=', sipId)
    .execute();
}

/** The template chosen for the case instead of its target group's; null goes back to the target group's. */
export async function choosePlanTemplateFor(db: Kysely<DB>, sipId: string, templateId: string | null): Promise<void> {
  await db.updateTable('sips').set({ planTemplateId: templateId }).where('id', '=', sipId).execute();
}
