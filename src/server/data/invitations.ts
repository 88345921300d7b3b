import { sql, type Insertable, type Kysely, type Updateable } from 'kysely';
import type { DB, InvitationsTable } from '../../db/schema.js';

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
