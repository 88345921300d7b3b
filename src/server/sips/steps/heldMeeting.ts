import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../../db/schema.js';
import { conflict, unprocessable } from '../../../domain/errors.js';
import type { heldMeetingBody } from '../../../shared/api/requests.js';
import type { Actor } from '../actor.js';
import { runSipCommand } from '../command.js';
import { checkRelativesPresent, raiseAbsencesWithoutNotice } from './attendance.js';
import { recordDischargeInvitation } from '../../discharge/invitationSent.js';
import { insertMeeting, scheduledMeeting } from '../../data/meetings.js';
import { checkMeetingOrder, sendInvitations } from './invite.js';
import { bothLanguages } from '../../../shared/words/bothLanguages.js';
import { meetingRefusalsEn } from '../../../shared/words/meetingRefusals.en.js';
import { meetingRefusalsSv } from '../../../shared/words/meetingRefusals.sv.js';

const words = { sv: meetingRefusalsSv, en: meetingRefusalsEn };

/**
 * Enters a meeting that was held without Samplan — on paper while it was down, or called at short notice — with
 * its real times and who was there (efterregistrering). It stands in history as entered afterwards, by whom and
 * when; it counts as the meeting held, and, having no invitation sent in Samplan, adds nothing to the figures
 * that time invitations. The same rules hold as for a meeting called in Samplan: only units the consent names,
 * relatives only with consent, and an obliged unit absent without notice is a deviation.
 */
export function enterHeldMeeting(
  db: Kysely<DB>,
  actor: Actor,
  sipId: string,
  body: z.infer<typeof heldMeetingBody>,
) {
  return runSipCommand(db, actor, sipId, 'enterHeldMeeting', async ({ trx }) => {
    checkMeetingOrder(body.startsAt, body.endsAt);
    if (new Date(body.endsAt).getTime() > Date.now()) {
      throw unprocessable(
        'meeting_not_over',
        bothLanguages(words, (said) => said.notOver),
        { field: 'endsAt' },
      );
    }
    if (await scheduledMeeting(trx, sipId)) {
      throw conflict(
        'meeting_already_scheduled',
        bothLanguages(words, (said) => said.alreadyBooked),
      );
    }
    const units = body.attendance.map((entry) => entry.unitId);
    if (new Set(units).size !== units.length) {
      throw unprocessable(
        'attendance_twice',
        bothLanguages(words, (said) => said.attendanceTwice),
        { field: 'attendance' },
      );
    }
    await checkRelativesPresent(trx, sipId, body.relativesPresent);
    const meetingId = await insertMeeting(trx, actor, sipId, body, body);
    const held = new Map(body.attendance.map((entry) => [entry.unitId, entry.attendance]));
    if (units.length > 0) await sendInvitations(trx, actor, sipId, meetingId, actor.unitId, units, '', held);
    const absentWithoutNotice = await raiseAbsencesWithoutNotice(trx, sipId, meetingId);
    // A discharge SIP's meeting held on paper shows that the paper invitation went out before it.
    await recordDischargeInvitation(trx, actor, sipId, new Date(body.startsAt));
    return {
      result: undefined,
      eventData: {
        meetingId,
        enteredAfterwards: true,
        startsAt: body.startsAt,
        individualPresent: body.individualPresent,
        relativesPresent: body.relativesPresent,
        present: body.attendance.filter((entry) => entry.attendance === 'present').length,
        obligedAbsentWithoutNotice: absentWithoutNotice,
      },
    };
  });
}
