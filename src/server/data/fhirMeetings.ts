import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { DB, Invitation } from '../../db/schema.js';
import { caseStandingSql, type CaseStanding } from '../access/caseStanding.js';

/**
 * The meetings of SIPs as the FHIR API's Appointment and Encounter read them: each meeting with its case, the
 * invitations to it, the individual's own answer, and the acting unit's standing in the case read by the same
 * statement, so the access policy decides on exactly the rows that were read.
 */

export interface MeetingRow {
  id: string;
  sipId: string;
  startsAt: Date;
  endsAt: Date;
  form: 'in_person' | 'phone' | 'video';
  place: string;
  status: 'scheduled' | 'held' | 'cancelled';
  individualPresent: boolean | null;
  relativesPresent: boolean | null;
  organiserUnitId: string;
  cancelReason: string;
  createdAt: Date;
  updatedAt: Date;
  caseNumber: string;
  personId: string;
  invitations: Pick<Invitation, 'unitId' | 'status' | 'obliged' | 'attendance'>[];
  /** The answer of the e-ID identity that is the individual (by identity number), the latest if several. */
  individualAnswer: 'coming' | 'another_time' | null;
  standing: CaseStanding;
}

/** The meetings as `m` with their cases as `s`, each with what the resources are built from. */
function meetingsWithFacts(db: Kysely<DB>, unitId: string) {
  return db
    .selectFrom('meetings as m')
    .innerJoin('sips as s', 's.id', 'm.sipId')
    .select([
      'm.id',
      'm.sipId',
      'm.startsAt',
      'm.endsAt',
      'm.form',
      'm.place',
      'm.status',
      'm.individualPresent',
      'm.relativesPresent',
      'm.organiserUnitId',
      'm.cancelReason',
      'm.createdAt',
      'm.updatedAt',
      's.caseNumber',
      's.personId',
      sql<MeetingRow['invitations']>`(
        SELECT coalesce(json_agg(json_build_object(
            'unitId', i.unit_id, 'status', i.status, 'obliged', i.obliged, 'attendance', i.attendance
          ) ORDER BY i.sent_at, i.id), '[]')
        FROM invitations i WHERE i.meeting_id = m.id
      )`.as('invitations'),
      sql<MeetingRow['individualAnswer']>`(
        SELECT a.answer FROM person_meeting_answers a
        JOIN e_id_identities e ON e.id = a.identity_id
        JOIN persons p ON p.id_number = e.id_number
        WHERE a.meeting_id = m.id AND p.id = s.person_id
        ORDER BY a.answered_at DESC LIMIT 1
      )`.as('individualAnswer'),
      caseStandingSql(sql<string>`m.sip_id`, unitId).as('standing'),
    ]);
}

/** One meeting, with its facts and the unit's standing in its case; undefined when there is no such meeting. */
export async function meetingWithFacts(
  db: Kysely<DB>,
  meetingId: string,
  unitId: string,
): Promise<MeetingRow | undefined> {
  return (await meetingsWithFacts(db, unitId).where('m.id', '=', meetingId).executeTakeFirst());
}

/**
 * What a search of meetings asks: conditions on `m` and `s` (at least one: which cases the unit may see), and the
 * page as the keyset condition, order and limit of the framework's paging.
 */
export interface MeetingSearch {
  conditions: Expression<SqlBool>[];
  keyset: Expression<SqlBool>;
  direction: 'asc' | 'desc';
  limit: number;
}

/** The meetings that meet every condition: one page of them, at most `limit` rows, and how many there are. */
export async function searchMeetings(
  db: Kysely<DB>,
  unitId: string,
  search: MeetingSearch,
): Promise<{ rows: MeetingRow[]; total: number }> {
  // One after the other: inside the transaction that logs the read, both go over one connection anyway.
  const where = sql<SqlBool>`${sql.join(search.conditions, sql` AND `)}`;
  const rows = await meetingsWithFacts(db, unitId)
    .where(where)
    .where(search.keyset)
    .orderBy('m.id', search.direction)
    .limit(search.limit)
    .execute();
  const { total } = await db
    .selectFrom('meetings as m')
    .innerJoin('sips as s', 's.id', 'm.sipId')
    .select(sql<number>`count(*)::int`.as('total'))
    .where(where)
    .executeTakeFirstOrThrow();
  return { rows: rows, total };
}
