import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { raiseDeviation } from '../deviations/raise.js';

/**
 * An invitation later than its deadline is a deviation (DOMAIN.md §3) about the discharge process, routed to the
 * manager of the inviting unit: the named care contact's, or primary care's while none is named. Raised once per
 * process, under one key, whichever way the lateness is seen first: the scheduler's sweep of passed deadlines
 * (with or without a SIP started), a SIP started after the deadline, or a late invitation. The SIP is named too
 * when there is one by then.
 */
export function raiseLateInvitation(
  db: Kysely<DB>,
  process: {
    id: string;
    careContactUnitId: string | null;
    primaryCareUnitId: string;
    invitationLastDay: string | null;
  },
  sipId: string | null,
): Promise<string | null> {
  return raiseDeviation(db, {
    kind: 'invitation_late',
    dischargeProcessId: process.id,
    sipId,
    unitId: process.careContactUnitId ?? process.primaryCareUnitId,
    dedupeKey: `invitation_late:discharge:${process.id}`,
    description: `Kallelsen till SIP efter utskrivning skulle ha skickats senast ${process.invitationLastDay ?? ''}. / The SIP invitation after discharge was due by ${process.invitationLastDay ?? ''}.`,
  });
}
