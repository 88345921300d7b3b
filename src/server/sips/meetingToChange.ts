import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { conflict } from '../../domain/errors.js';
import { scheduledMeeting } from '../data/meetings.js';
import { bothLanguages } from '../../shared/words/bothLanguages.js';
import { fill } from '../../shared/words/fill.js';
import { meetingRefusalsEn } from '../../shared/words/meetingRefusals.en.js';
import { meetingRefusalsSv } from '../../shared/words/meetingRefusals.sv.js';

const words = { sv: meetingRefusalsSv, en: meetingRefusalsEn };

/**
 * The case's scheduled meeting, for a step that works on it (inviting more, moving, cancelling, recording who
 * came); without one the step is refused with 409, saying what there was no meeting for: `toDo` is the step's own
 * words (`meetingRefusals.toDo`), such as 'reschedule': "… inget planerat möte att flytta".
 */
export async function meetingToChange(
  db: Kysely<DB>,
  sipId: string,
  toDo: keyof typeof meetingRefusalsSv.toDo,
) {
  const meeting = await scheduledMeeting(db, sipId);
  if (!meeting) {
    throw conflict(
      'no_scheduled_meeting',
      bothLanguages(words, (said) => fill(said.noScheduledMeeting, { toDo: said.toDo[toDo] })),
    );
  }
  return meeting;
}
