import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { raiseDeviation } from '../deviations/raise.js';

/**
 * An invitation later than its deadline is a deviation (DOMAIN.md §3), routed to the manager of the named care
 * contact's unit, whose duty the invitation was. Raised once per process whichever way it is seen: a late
 * invitation, a SIP started after the deadline, or the scheduler's sweep of passed deadlines. A deviation
 * belongs to a SIP, so a process still without one is raised once its SIP is started.
 */
export function raiseLateInvitation(
  db: Kysely<DB>,
  process: {
    id: string;
    careContactUnitId: string | null;
    primaryCareUnitId: string;
    invitationLastDay: string | null;
  },
  sipId: string,
): Promise<string | null> {
  return raiseDeviation(db, {
    kind: 'invitation_late',
    sipId,
    unitId: process.careContactUnitId ?? process.primaryCareUnitId,
    dedupeKey: `invitation_late:discharge:${process.id}`,
    description: `Kallelsen till SIP efter utskrivning skulle ha skickats senast ${process.invitationLastDay ?? ''}. / The SIP invitation after discharge was due by ${process.invitationLastDay ?? ''}.`,
  });
}
