import { sql, type Expression, type Insertable, type Kysely, type Updateable } from 'kysely';
import type { DB, InvitationsTable } from '../../db/schema.js';
import {
  meetingStatusOpenToAnswers,
  phasesClosedToAnswers,
  unansweredInvitationStatuses,
} from '../../domain/invitation/answerable.js';
import { visibleToUnit } from '../access/consentInForce.js';
import type { DueCondition } from './dueOccasion.js';

/**
 * The invitation aggregate's reads and writes: an invitation to a SIP meeting, the unit it addresses and how that
 * unit answered. Callers hold the case's lock (runCaseWrite) for every write, so what they read here stays true
 * until they commit.
 */

/** An invitation with the status and version of the meeting it is to. */
export function invitationWithMeeting(db: Kysely<DB>, invitationId: string) {
  return db
    .selectFrom('invitations')
    .innerJoin('meetings', 'meetings.id', 'invitations.meetingId')
    .selectAll('invitations')
    .select(['meetings.status as meetingStatus', 'meetings.sequence as meetingSequence'])
    .where('invitations.id', '=', invitationId)
    .executeTakeFirst();
}

/** The invitations to a meeting still in play: not forwarded on (a forwarded one lives on as a new invitation). */
export function invitationsInPlay(db: Kysely<DB>, meetingId: string) {
  return db.selectFrom('invitations').where('meetingId', '=', meetingId).where('status', '<>', 'forwarded');
}

/** Of `unitIds`, those already invited to the meeting by an invitation still in play. */
export async function unitsInvitedTo(db: Kysely<DB>, meetingId: string, unitIds: string[]): Promise<string[]> {
  const rows = await invitationsInPlay(db, meetingId).select('unitId').where('unitId', 'in', unitIds).execute();
  return rows.map((row) => row.unitId);
}

/** The units still expected at a meeting: invited, and neither declined nor forwarded the invitation elsewhere. */
export async function unitsExpectedAt(db: Kysely<DB>, meetingId: string): Promise<string[]> {
  const rows = await invitationsInPlay(db, meetingId).select('unitId').where('status', '<>', 'declined').execute();
  return rows.map((row) => row.unitId);
}

type NewInvitation = Pick<
  Insertable<InvitationsTable>,
  'id' | 'sipId' | 'meetingId' | 'unitId' | 'obliged' | 'status' | 'message' | 'sentBy'
> &
  Partial<Pick<Insertable<InvitationsTable>, 'forwardedFromId' | 'forwardNote' | 'attendance'>>;

/** A new invitation, not yet acknowledged or answered. */
export async function insertInvitation(db: Kysely<DB>, invitation: NewInvitation): Promise<void> {
  await db
    .insertInto('invitations')
    .values({
      acknowledgedAt: null,
      acknowledgedBy: null,
      answeredAt: null,
      answeredBy: null,
      forwardedFromId: null,
      attendance: null,
      ...invitation,
    })
    .execute();
}

export async function updateInvitation(
  db: Kysely<DB>,
  invitationId: string,
  changes: Updateable<InvitationsTable>,
): Promise<void> {
  await db.updateTable('invitations').set(changes).where('id', '=', invitationId).execute();
}

/** The unit has seen its meeting's latest change: the invitation records the meeting's version it saw. */
export async function markMeetingSeen(db: Kysely<DB>, invitationId: string): Promise<void> {
  await sql`UPDATE invitations i SET seen_sequence = m.sequence FROM meetings m
    WHERE i.id = ${invitationId} AND m.id = i.meeting_id AND i.seen_sequence < m.sequence`.execute(db);
}

/** The unit an invitation addresses; undefined when there is no such invitation. */
export async function invitedUnitOf(db: Kysely<DB>, invitationId: string): Promise<string | undefined> {
  const row = await db.selectFrom('invitations').select('unitId').where('id', '=', invitationId).executeTakeFirst();
  return row?.unitId;
}

/**
 * Invitations neither accepted nor declined, sent before `sentBefore`, whose meeting is still ahead of `now` on a
 * case not closed: a reminder's occasions, one per invitation, to the invited unit.
 */
export function invitationsUnanswered(
  db: Kysely<DB>,
  times: { sentBefore: Expression<Date>; now: Date },
  due: DueCondition,
) {
  const key = sql<string>`i.id::text`;
  return db
    .selectFrom('invitations as i')
    .innerJoin('meetings as m', 'm.id', 'i.meetingId')
    .innerJoin('sips as s', 's.id', 'i.sipId')
    .select(['i.id as subjectId', key.as('key'), 'i.sipId', 'i.unitId', 'i.meetingId'])
    .where('i.status', 'in', ['sent', 'acknowledged'])
    .where('i.sentAt', '<', times.sentBefore)
    .where('m.status', '=', 'scheduled')
    .where('m.startsAt', '>', times.now)
    .where('s.phase', '<>', 'closed')
    .where(due(sql.ref('i.id'), key))
    .execute();
}

/**
 * The invitations to the unit it still has to answer, and those it accepted whose meeting moved since it last
 * looked, on the cases it may see `today`, soonest meeting first: each with its case's number, convener and meeting.
 */
export function invitationsToAnswer(db: Kysely<DB>, unitId: string, today: string) {
  return db
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
    .where((eb) => visibleToUnit(eb.ref('sips.id'), unitId, today))
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
}
