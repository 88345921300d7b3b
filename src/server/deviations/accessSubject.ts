import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { AccessSubject } from '../audit/logAccess.js';

/**
 * Whose data a deviation touches, for the access log: its SIP and the SIP's person, or — for a discharge process
 * without a SIP — the process's person. A deviation never shows the person, yet reading it tells that something
 * happened in their care, so the access is logged against them all the same.
 */
export async function accessSubjectOf(
  db: Kysely<DB>,
  deviation: { sipId: string | null; dischargeProcessId: string | null },
): Promise<AccessSubject> {
  if (deviation.sipId) {
    const sip = await db
      .selectFrom('sips')
      .select('personId')
      .where('id', '=', deviation.sipId)
      .executeTakeFirstOrThrow();
    return { sipId: deviation.sipId, personId: sip.personId };
  }
  const process = await db
    .selectFrom('dischargeProcesses')
    .select('personId')
    .where('id', '=', deviation.dischargeProcessId!)
    .executeTakeFirstOrThrow();
  return { personId: process.personId };
}
