import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { conflict, type LocalisedText } from '../../domain/errors.js';
import { scheduledMeeting } from '../data/meetings.js';

/**
 * The case's scheduled meeting, for a step that works on it (inviting more, moving, cancelling, recording who
 * came); without one the step is refused with 409, saying what there was no meeting for: `toDo` is the step's own
 * words, such as { sv: 'att flytta', en: 'to reschedule' }.
 */
export async function meetingToChange(db: Kysely<DB>, sipId: string, toDo: LocalisedText) {
  const meeting = await scheduledMeeting(db, sipId);
  if (!meeting) {
    throw conflict('no_scheduled_meeting', {
      sv: `Det finns inget planerat möte ${toDo.sv}.`,
      en: `There is no scheduled meeting ${toDo.en}.`,
    });
  }
  return meeting;
}
