import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { deadlineStanding, isLate } from '../../domain/deadlines/dischargeInvitation.js';
import type { Actor } from '../sips/actor.js';
import {
  appendDischargeEvent,
  dischargeProcessAwaitingInvitation,
  updateDischargeProcess,
} from '../data/dischargeProcesses.js';
import { raiseLateInvitation } from './lateInvitation.js';

/**
 * Called inside the transaction that sends a SIP's first invitations: when the SIP was started from a discharge
 * process, the process takes that moment as its invitation time (the time counties measure against the
 * deadline), and an invitation after the deadline raises a deviation. A SIP not started from a discharge process,
 * or one whose process was interrupted, is left alone.
 *
 * A meeting held without Samplan and entered afterwards (`heldAt`, its start) shows that the invitation went out
 * on paper, at a time Samplan does not know but no later than the meeting. The process is then invited as of the
 * meeting's start, so the scheduler's sweep does not take it for one never invited and a meeting booked later does
 * not count as its invitation; no deviation is raised on a time that is only a bound.
 */
export async function recordDischargeInvitation(
  db: Kysely<DB>,
  actor: Actor,
  sipId: string,
  heldAt?: Date,
): Promise<void> {
  const process = await dischargeProcessAwaitingInvitation(db, sipId);
  if (!process?.invitationLateFrom) return;
  const now = new Date();
  const invitedAt = heldAt ?? now;
  await updateDischargeProcess(db, process.id, { invitedAt, status: 'invited', updatedAt: now });
  const standing = deadlineStanding(process.invitationLateFrom, invitedAt, invitedAt);
  await appendDischargeEvent(db, process.id, actor, 'invitationSent', {
    standing,
    ...(heldAt && { enteredAfterwards: true }),
  });
  if (!heldAt && isLate(standing)) await raiseLateInvitation(db, process, sipId);
}
