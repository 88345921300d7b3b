import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/**
 * What a plan version's document tells beside the version itself (decision 0037): whose plan it is, and who took
 * part in the meeting the version came from. Read for the PDF only, inside the read its route logs.
 */

/** The person the plan is for: never their address, which no copy of the plan carries. */
export function personOfPlan(db: Kysely<DB>, personId: string) {
  return db
    .selectFrom('persons')
    .select(['givenName', 'familyName', 'idKind', 'idNumber', 'protectedIdentity', 'birthDate'])
    .where('id', '=', personId)
    .executeTakeFirstOrThrow();
}

/**
 * The meeting the version came from: the latest one not cancelled that had begun when the version was established,
 * so a later meeting never changes an earlier version's document.
 */
export function meetingOfVersion(db: Kysely<DB>, sipId: string, establishedAt: Date) {
  return db
    .selectFrom('meetings')
    .select(['id', 'startsAt', 'form', 'place', 'individualPresent', 'relativesPresent', 'attendanceNote'])
    .where('sipId', '=', sipId)
    .where('status', '<>', 'cancelled')
    .where('startsAt', '<=', establishedAt)
    .orderBy('startsAt', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** The units invited to the meeting, in the order they were invited; a forwarded invitation lives on in its successor. */
export function invitationsToMeeting(db: Kysely<DB>, meetingId: string) {
  return db
    .selectFrom('invitations')
    .select(['unitId', 'obliged', 'status', 'attendees', 'attendance'])
    .where('meetingId', '=', meetingId)
    .where('status', '<>', 'forwarded')
    .orderBy('sentAt')
    .orderBy('id')
    .execute();
}

/** Whether the unit takes part in the case now: its convener, a unit that accepted, or one responsible for an effort. */
export async function takesPartInCase(db: Kysely<DB>, sipId: string, unitId: string): Promise<boolean> {
  const row = await db
    .selectFrom('sipParticipants')
    .select('unitId')
    .where('sipId', '=', sipId)
    .where('unitId', '=', unitId)
    .where('part', 'in', ['convener', 'accepted', 'effort'])
    .executeTakeFirst();
  return row !== undefined;
}

/** An organisation's name; undefined for none. */
export async function organisationName(db: Kysely<DB>, organisationId: string | null) {
  if (organisationId === null) return undefined;
  const row = await db
    .selectFrom('organisations')
    .select('name')
    .where('id', '=', organisationId)
    .executeTakeFirst();
  return row?.name;
}

/**
 * Whether the version asked for is the one being written: the plan has a draft and the number is the next after
 * the version established (or 1 before any), which only establishing the draft will make.
 */
export async function isDraftVersion(db: Kysely<DB>, sipId: string, version: number): Promise<boolean> {
  const plan = await db
    .selectFrom('plans')
    .select('establishedVersion')
    .where('sipId', '=', sipId)
    .executeTakeFirst();
  return plan !== undefined && version === (plan.establishedVersion ?? 0) + 1;
}
