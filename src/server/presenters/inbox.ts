import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../db/schema.js';
import type { inboxItem } from '../../shared/api/responses.js';
import { worksWithCases } from '../../domain/access/policy.js';
import {
  meetingStatusOpenToAnswers,
  phasesClosedToAnswers,
  unansweredInvitationStatuses,
} from '../../domain/invitation/answerable.js';
import { stockholmDate } from '../../domain/time/stockholm.js';
import { visibleToUnit } from '../access/consentInForce.js';
import type { Actor } from '../sips/actor.js';

/** Invitations the unit still has to answer, soonest meeting first. Scoped to the unit in the query itself. */
export async function listInbox(db: Kysely<DB>, actor: Actor): Promise<z.infer<typeof inboxItem>[]> {
  if (!worksWithCases(actor.role)) return [];
  const { unitId } = actor;
  const rows = await db
    .selectFrom('invitations')
    .innerJoin('meetings', 'meetings.id', 'invitations.meetingId')
    .innerJoin('sips', 'sips.id', 'invitations.sipId')
    .innerJoin('units as convener', 'convener.id', 'sips.conveningUnitId')
    .innerJoin('organisations', 'organisations.id', 'convener.organisationId')
    .select([
      'invitations.id',
      'invitations.sipId',
      'invitations.status',
      'invitations.obliged',
      'invitations.message',
    ])
    .select([
      'invitations.sentAt',
      'invitations.seenSequence',
      'sips.caseNumber',
      'convener.name as convenerUnitName',
    ])
    .select([
      'organisations.name as convenerOrganisationName',
      'meetings.startsAt',
      'meetings.form',
      'meetings.place',
      'meetings.sequence',
    ])
    .where('invitations.unitId', '=', unitId)
    .where((eb) => visibleToUnit(eb.ref('sips.id'), unitId, stockholmDate()))
    // Unanswered invitations, and accepted ones whose meeting moved since the unit last looked.
    .where((eb) =>
      eb.or([
        eb('invitations.status', 'in', unansweredInvitationStatuses),
        eb.and([
          eb('invitations.status', '=', 'accepted'),
          eb('invitations.seenSequence', '<', eb.ref('meetings.sequence')),
        ]),
      ]),
    )
    // Only while the meeting is ahead and the case open: the rule by which an invitation can still be answered.
    .where('meetings.status', '=', meetingStatusOpenToAnswers)
    .where('sips.phase', 'not in', phasesClosedToAnswers)
    .orderBy('meetings.startsAt')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    sipId: row.sipId,
    caseNumber: row.caseNumber,
    status: row.status,
    obliged: row.obliged,
    convenerUnitName: row.convenerUnitName,
    convenerOrganisationName: row.convenerOrganisationName,
    meetingStartsAt: row.startsAt.toISOString(),
    meetingForm: row.form,
    meetingPlace: row.place,
    message: row.message,
    sentAt: row.sentAt.toISOString(),
    rescheduled: row.seenSequence < row.sequence,
  }));
}
