import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../../db/schema.js';
import { conflict, unprocessable } from '../../../domain/errors.js';
import { meetingHasBegun } from '../../../domain/sip/attendance.js';
import { stockholmDateTime } from '../../../domain/time/stockholm.js';
import type { attendanceBody } from '../../../shared/api/requests.js';
import { invitationsInPlay, updateInvitation } from '../../data/invitations.js';
import { changeMeeting } from '../../data/meetings.js';
import { meetingToChange } from '../meetingToChange.js';
import { raiseDeviation } from '../../deviations/raise.js';
import type { Actor } from '../actor.js';
import { runSipCommand } from '../command.js';
import { relativesMayTakePart } from './consent.js';
import { bothLanguages } from '../../../shared/words/bothLanguages.js';
import { fill } from '../../../shared/words/fill.js';
import { meetingRefusalsEn } from '../../../shared/words/meetingRefusals.en.js';
import { meetingRefusalsSv } from '../../../shared/words/meetingRefusals.sv.js';

const words = { sv: meetingRefusalsSv, en: meetingRefusalsEn };

/**
 * Records who came to the meeting, for every invited party, and marks it held. Absence without notice of an
 * obliged party is kept per invitation, so it can be followed up and counted, and is a deviation (DOMAIN.md §3),
 * raised in the same transaction and routed to the absent unit's manager.
 */
export function recordAttendance(
  db: Kysely<DB>,
  actor: Actor,
  sipId: string,
  body: z.infer<typeof attendanceBody>,
) {
  return runSipCommand(db, actor, sipId, 'recordAttendance', async ({ trx }) => {
    const meeting = await meetingToChange(trx, sipId, 'recordAttendance');
    if (!meetingHasBegun(meeting.startsAt)) {
      throw conflict(
        'meeting_not_started',
        bothLanguages(words, (said) =>
          fill(said.notStarted, { startsAt: stockholmDateTime(meeting.startsAt) }),
        ),
        { startsAt: meeting.startsAt.toISOString() },
      );
    }
    await checkRelativesPresent(trx, sipId, body.relativesPresent);
    const invitations = await invitationsInPlay(trx, meeting.id)
      .select(['id', 'obliged', 'unitId'])
      .execute();
    const given = new Map(body.attendance.map((entry) => [entry.invitationId, entry.attendance]));
    const expected = new Set(invitations.map((invitation) => invitation.id));
    const unknown = [...given.keys()].filter((id) => !expected.has(id));
    const missing = [...expected].filter((id) => !given.has(id));
    if (unknown.length > 0 || missing.length > 0 || given.size !== body.attendance.length) {
      throw unprocessable(
        'attendance_incomplete',
        bothLanguages(words, (said) => said.attendanceIncomplete),
        { field: 'attendance', unknown, missing },
      );
    }
    for (const [invitationId, attendance] of given) {
      await updateInvitation(trx, invitationId, { attendance });
    }
    await changeMeeting(trx, meeting.id, {
      status: 'held',
      individualPresent: body.individualPresent,
      relativesPresent: body.relativesPresent,
      attendanceNote: body.note,
    });
    const absentWithoutNotice = await raiseAbsencesWithoutNotice(trx, sipId, meeting.id);
    return {
      result: undefined,
      eventData: {
        meetingId: meeting.id,
        individualPresent: body.individualPresent,
        relativesPresent: body.relativesPresent,
        present: [...given.values()].filter((value) => value === 'present').length,
        obligedAbsentWithoutNotice: absentWithoutNotice,
      },
    };
  });
}

/** Relatives can be recorded present only when the consent in force lets them take part. */
export async function checkRelativesPresent(
  trx: Kysely<DB>,
  sipId: string,
  relativesPresent: boolean,
): Promise<void> {
  if (relativesPresent && !(await relativesMayTakePart(trx, sipId))) {
    throw unprocessable(
      'relatives_not_consented',
      bothLanguages(words, (said) => said.relativesNotConsented),
      { field: 'relativesPresent' },
    );
  }
}

/**
 * Absence without notice of an obliged party is a deviation (DOMAIN.md §3), raised in the same transaction and
 * routed to the absent unit's manager; one per unit and meeting. Returns how many were raised.
 */
export async function raiseAbsencesWithoutNotice(
  trx: Kysely<DB>,
  sipId: string,
  meetingId: string,
): Promise<number> {
  const absent = await invitationsInPlay(trx, meetingId)
    .select('unitId')
    .where('obliged', '=', true)
    .where('attendance', '=', 'absent_without_notice')
    .execute();
  for (const { unitId } of absent) {
    await raiseDeviation(trx, {
      kind: 'absent_without_notice',
      sipId,
      unitId,
      dedupeKey: `absent_without_notice:${meetingId}:${unitId}`,
    });
  }
  return absent.length;
}
