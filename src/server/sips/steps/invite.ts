import type { Kysely, Selectable, Transaction } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type { DB, InvitationsTable } from '../../../db/schema.js';
import { conflict, unprocessable } from '../../../domain/errors.js';
import type { inviteMoreBody, rescheduleBody, scheduleMeetingBody } from '../../../shared/api/requests.js';
import type { Actor } from '../actor.js';
import { consentStateFor } from '../../access/consentInForce.js';
import { stockholmDate } from '../../../domain/time/stockholm.js';
import { recordDischargeInvitation } from '../../discharge/invitationSent.js';
import { noticeInvitation, noticeMeetingChange } from '../../notifications/caseNotices.js';
import { runSipCommand } from '../command.js';
import { meetingToChange } from '../meetingToChange.js';
import { addPart } from '../../data/participation.js';
import { insertInvitation, unitsInvitedTo } from '../../data/invitations.js';
import { changeMeeting, insertMeeting, scheduledMeeting } from '../../data/meetings.js';
import { unitDirectory } from '../../data/directory.js';
import { bothLanguages } from '../../../shared/words/bothLanguages.js';
import { meetingRefusalsEn } from '../../../shared/words/meetingRefusals.en.js';
import { meetingRefusalsSv } from '../../../shared/words/meetingRefusals.sv.js';

const words = { sv: meetingRefusalsSv, en: meetingRefusalsEn };

/** A meeting ends after it begins. */
export function checkMeetingOrder(startsAt: string, endsAt: string): void {
  if (new Date(endsAt) <= new Date(startsAt)) {
    throw unprocessable(
      'meeting_ends_before_start',
      bothLanguages(words, (said) => said.endsBeforeStart),
      { field: 'endsAt' },
    );
  }
}

function checkMeetingTimes(startsAt: string, endsAt: string): void {
  checkMeetingOrder(startsAt, endsAt);
  if (new Date(startsAt).getTime() < Date.now() - 60_000) {
    throw unprocessable(
      'meeting_in_past',
      bothLanguages(words, (said) => said.inPast),
      { field: 'startsAt' },
    );
  }
}

type Attendance = NonNullable<Selectable<InvitationsTable>['attendance']>;

/**
 * Invites units to a meeting: only units the consent in force names, never the organiser itself, none twice.
 * For a meeting held without Samplan and entered afterwards, `held` gives each unit's attendance: the
 * invitation then stands as it ended — accepted by a unit that came, declined by one that sent word, unanswered
 * by one that did not — and nobody is notified of a meeting already past.
 */
export async function sendInvitations(
  trx: Transaction<DB>,
  actor: Actor,
  sipId: string,
  meetingId: string,
  organiserUnitId: string,
  unitIds: string[],
  message: string,
  held?: ReadonlyMap<string, Attendance>,
): Promise<number> {
  const unique = [...new Set(unitIds)];
  if (unique.includes(organiserUnitId)) {
    throw unprocessable(
      'cannot_invite_convener',
      bothLanguages(words, (said) => said.cannotInviteConvener),
      { field: 'unitIds' },
    );
  }
  // Nobody outside the consent in force is invited or told anything: the same rule that governs access.
  const today = stockholmDate();
  const states = await Promise.all(unique.map((unitId) => consentStateFor(trx, sipId, unitId, today)));
  const outside = unique.filter((_unitId, index) => states[index] !== 'given');
  if (outside.length > 0) {
    throw unprocessable(
      'unit_outside_consent',
      bothLanguages(words, (said) => said.unitOutsideConsent),
      { field: 'unitIds', unitIds: outside },
    );
  }
  const units = [...(await unitDirectory(trx, unique)).values()];
  const already = await unitsInvitedTo(trx, meetingId, unique);
  if (already.length > 0) {
    throw conflict(
      'already_invited',
      bothLanguages(words, (said) => said.alreadyInvited),
      { field: 'unitIds', unitIds: already },
    );
  }
  for (const unit of units) {
    const invitationId = uuidv7();
    const attendance = held?.get(unit.unitId) ?? null;
    const status =
      attendance === 'present' ? 'accepted' : attendance === 'absent_with_notice' ? 'declined' : 'sent';
    await insertInvitation(trx, {
      id: invitationId,
      sipId,
      meetingId,
      unitId: unit.unitId,
      // Only the principals are bound by the SIP law to take part; other actors are invited.
      obliged: unit.organisationKind === 'region' || unit.organisationKind === 'municipality',
      status,
      message,
      sentBy: actor.userId,
      attendance,
    });
    if (status !== 'declined')
      await addPart(trx, sipId, unit.unitId, status === 'accepted' ? 'accepted' : 'invited');
    if (!held) await noticeInvitation(trx, { id: invitationId, sipId, meetingId, unitId: unit.unitId });
  }
  return units.length;
}

/** Sets a meeting and invites the chosen units to it: the step the consent opened the way for. */
export function scheduleMeeting(
  db: Kysely<DB>,
  actor: Actor,
  sipId: string,
  body: z.infer<typeof scheduleMeetingBody>,
) {
  return runSipCommand(db, actor, sipId, 'invite', async ({ trx }) => {
    checkMeetingTimes(body.startsAt, body.endsAt);
    if (await scheduledMeeting(trx, sipId)) {
      throw conflict(
        'meeting_already_scheduled',
        bothLanguages(words, (said) => said.alreadyScheduled),
      );
    }
    const meetingId = await insertMeeting(trx, actor, sipId, body);
    const invited = await sendInvitations(
      trx,
      actor,
      sipId,
      meetingId,
      actor.unitId,
      body.unitIds,
      body.message,
    );
    await recordDischargeInvitation(trx, actor, sipId);
    return { result: undefined, eventData: { meetingId, invited, form: body.form } };
  });
}

export function inviteMore(
  db: Kysely<DB>,
  actor: Actor,
  sipId: string,
  body: z.infer<typeof inviteMoreBody>,
) {
  return runSipCommand(db, actor, sipId, 'invite', async ({ trx }) => {
    const meeting = await meetingToChange(trx, sipId, 'invite');
    const invited = await sendInvitations(
      trx,
      actor,
      sipId,
      meeting.id,
      meeting.organiserUnitId,
      body.unitIds,
      body.message,
    );
    return { result: undefined, eventData: { meetingId: meeting.id, invited } };
  });
}

/** Moves the meeting; the raised sequence shows every invited unit that something changed. */
export function rescheduleMeeting(
  db: Kysely<DB>,
  actor: Actor,
  sipId: string,
  body: z.infer<typeof rescheduleBody>,
) {
  return runSipCommand(db, actor, sipId, 'rescheduleMeeting', async ({ trx }) => {
    checkMeetingTimes(body.startsAt, body.endsAt);
    const meeting = await meetingToChange(trx, sipId, 'reschedule');
    await changeMeeting(trx, meeting.id, {
      startsAt: new Date(body.startsAt),
      endsAt: new Date(body.endsAt),
      form: body.form,
      place: body.place,
      sequence: meeting.sequence + 1,
    });
    await noticeMeetingChange(
      trx,
      { id: meeting.id, sipId, sequence: meeting.sequence + 1 },
      'meeting_changed',
    );
    return {
      result: undefined,
      eventData: {
        meetingId: meeting.id,
        sequence: meeting.sequence + 1,
        from: meeting.startsAt.toISOString(),
        to: body.startsAt,
      },
    };
  });
}
