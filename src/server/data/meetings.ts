import { sql, type Expression, type Insertable, type Kysely, type Selectable, type Updateable } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { DB, MeetingsTable, PreparationsTable } from '../../db/schema.js';
import type { DueCondition } from './dueOccasion.js';

/**
 * The meeting aggregate's reads and writes: a case's meetings, called, moved, cancelled or held, and the
 * preparation before them. Callers hold the case's lock (runCaseWrite) for every write.
 */

/** The units that took part in a held meeting of the case (sip_units_at_meetings). */
export async function unitsAtMeetings(db: Kysely<DB>, sipId: string): Promise<string[]> {
  const rows = await db.selectFrom('sipUnitsAtMeetings').select('unitId').where('sipId', '=', sipId).execute();
  return rows.map((row) => row.unitId);
}

/** The case's meeting still to be held; undefined when none is scheduled. */
export function scheduledMeeting(db: Kysely<DB>, sipId: string) {
  return db
    .selectFrom('meetings')
    .selectAll()
    .where('sipId', '=', sipId)
    .where('status', '=', 'scheduled')
    .executeTakeFirst();
}

/** When and how a meeting is held. */
type MeetingTime = Pick<Selectable<MeetingsTable>, 'form' | 'place'> & { startsAt: string; endsAt: string };

/**
 * A meeting called by the organiser, the acting user's unit. `held` records one already held and entered
 * afterwards, with who came; without it the meeting lies ahead. Returns its id.
 */
export async function insertMeeting(
  db: Kysely<DB>,
  organiser: { userId: string; unitId: string },
  sipId: string,
  time: MeetingTime,
  held?: { individualPresent: boolean; relativesPresent: boolean; note: string },
): Promise<string> {
  const meetingId = uuidv7();
  await db
    .insertInto('meetings')
    .values({
      id: meetingId,
      sipId,
      startsAt: new Date(time.startsAt),
      endsAt: new Date(time.endsAt),
      form: time.form,
      place: time.place,
      individualPresent: held?.individualPresent ?? null,
      relativesPresent: held?.relativesPresent ?? null,
      createdBy: organiser.userId,
      organiserUnitId: organiser.unitId,
      ...(held && { status: 'held', attendanceNote: held.note, enteredAfterwards: true }),
    })
    .execute();
  return meetingId;
}

/** A meeting moved, cancelled or held: the change, stamped with when it was made. */
export async function changeMeeting(
  db: Kysely<DB>,
  meetingId: string,
  changes: Omit<Updateable<MeetingsTable>, 'id' | 'sipId' | 'updatedAt'>,
): Promise<void> {
  await db
    .updateTable('meetings')
    .set({ ...changes, updatedAt: new Date() })
    .where('id', '=', meetingId)
    .execute();
}

/** The preparation of the case's meeting as saved now: what matters to the individual, questions, form, place. */
export async function writePreparation(
  db: Kysely<DB>,
  preparation: Omit<Insertable<PreparationsTable>, 'updatedAt'>,
): Promise<void> {
  const { sipId, ...values } = preparation;
  const stamped = { ...values, updatedAt: new Date() };
  await db
    .insertInto('preparations')
    .values({ sipId, ...stamped })
    .onConflict((oc) => oc.column('sipId').doUpdateSet(stamped))
    .execute();
}

/**
 * Scheduled meetings of cases not closed that start from `from`, before `before`, and still after `now`, each with
 * its case's convening unit: a reminder's occasions. The key holds the meeting's sequence, so a meeting moved to
 * another day in the window is an occasion again.
 */
export function meetingsStartingBetween(
  db: Kysely<DB>,
  times: { from: Expression<Date>; before: Expression<Date>; now: Date },
  due: DueCondition,
) {
  const key = sql<string>`m.id::text || ':' || m.sequence::text`;
  return db
    .selectFrom('meetings as m')
    .innerJoin('sips as s', 's.id', 'm.sipId')
    .select(['m.id as subjectId', key.as('key'), 'm.sipId', 's.conveningUnitId as unitId', 'm.id as meetingId'])
    .where('m.status', '=', 'scheduled')
    .where('m.startsAt', '>=', times.from)
    .where('m.startsAt', '<', times.before)
    .where('m.startsAt', '>', times.now)
    .where('s.phase', '<>', 'closed')
    .where(due(sql.ref('m.id'), key))
    .execute();
}

/** When and in what form a meeting is held, and its calendar sequence; the meeting must exist. */
export function meetingTime(db: Kysely<DB>, meetingId: string) {
  return db
    .selectFrom('meetings')
    .select(['startsAt', 'endsAt', 'form', 'sequence'])
    .where('id', '=', meetingId)
    .executeTakeFirstOrThrow();
}
