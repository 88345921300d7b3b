import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../../db/schema.js';
import type { cancelMeetingBody } from '../../../shared/api/requests.js';
import { noticeMeetingChange } from '../../notifications/caseNotices.js';
import type { Actor } from '../actor.js';
import { runSipCommand } from '../command.js';
import { changeMeeting } from '../../data/meetings.js';
import { meetingToChange } from '../meetingToChange.js';

/**
 * Cancels the scheduled meeting with a reason. The raised sequence lets calendars replace the invitation with the
 * cancellation; the case returns to preparation (or keeps its established plan), from where a new meeting is set.
 */
export function cancelMeeting(
  db: Kysely<DB>,
  actor: Actor,
  sipId: string,
  body: z.infer<typeof cancelMeetingBody>,
) {
  return runSipCommand(db, actor, sipId, 'cancelMeeting', async ({ trx }) => {
    const meeting = await meetingToChange(trx, sipId, 'cancel');
    const sequence = meeting.sequence + 1;
    await changeMeeting(trx, meeting.id, {
      status: 'cancelled',
      sequence,
      cancelledAt: new Date(),
      cancelledBy: actor.userId,
      cancelReason: body.reason,
    });
    await noticeMeetingChange(trx, { id: meeting.id, sipId, sequence }, 'meeting_cancelled');
    // The reason is free text and stays out of the history, which records facts only.
    return { result: undefined, eventData: { meetingId: meeting.id, sequence } };
  });
}
