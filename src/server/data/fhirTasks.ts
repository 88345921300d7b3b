import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { DB } from '../../db/schema.js';
import { caseStandingSql, type CaseStanding } from '../access/caseStanding.js';
import { visibleToUnit } from '../access/consentInForce.js';
import { keysetCondition, keysetDirection, keysetLimit, type PageWindow } from '../fhir/paging.js';
import { invitationStatusValues } from '../../shared/api/vocabulary.js';
import { taskStatusOf, type TaskFacts, type TaskStatus } from '../fhir/resources/task.js';

/**
 * The invitations a unit may read as FHIR Tasks (fhir-mapping.md, Task): those on cases it may see
 * (`visibleToUnit`), each with its meeting, the invitation it was forwarded to, and the unit's standing in the
 * case for the access policy to decide.
 */
export type TaskRow = TaskFacts['invitation'] & {
  meetingStatus: TaskFacts['meeting']['status'];
  cancelledAt: Date | null;
  cancelReason: string;
  organiserUnitId: string;
  personId: string;
  forwardedToId: string | null;
  standing: CaseStanding;
};

/** Which Tasks a search asks for; null leaves a criterion out. Ids are UUIDs, checked by the caller. */
export interface TaskFilter {
  ids: string[] | null;
  personIds: string[] | null;
  sipIds: string[] | null;
  ownerUnitIds: string[] | null;
  statuses: TaskStatus[] | null;
}

/**
 * The Task statuses asked for as a condition on the invitation and its meeting, from the one table that maps
 * them (`taskStatusOf`): a cancelled meeting cancels every invitation to it.
 */
function statusCondition(statuses: TaskStatus[]): RawBuilder<SqlBool> {
  const answered = invitationStatusValues.filter((status) => statuses.includes(taskStatusOf[status]));
  const byAnswer =
    answered.length > 0 ? sql`(m.status <> 'cancelled' AND i.status IN (${sql.join(answered)}))` : sql`FALSE`;
  return statuses.includes('cancelled') ? sql<SqlBool>`(${byAnswer} OR m.status = 'cancelled')` : sql<SqlBool>`${byAnswer}`;
}

function anyOf(column: string, ids: string[] | null): RawBuilder<SqlBool> {
  return ids === null ? sql<SqlBool>`TRUE` : sql<SqlBool>`${sql.ref(column)} = ANY (${ids}::uuid[])`;
}

function visibleTasks(unitId: string, today: string, filter: TaskFilter) {
  return sql`
    FROM invitations i
    JOIN meetings m ON m.id = i.meeting_id
    JOIN sips s ON s.id = i.sip_id
    WHERE ${visibleToUnit(sql.ref('i.sip_id'), unitId, today)}
      AND ${anyOf('i.id', filter.ids)}
      AND ${anyOf('s.person_id', filter.personIds)}
      AND ${anyOf('i.sip_id', filter.sipIds)}
      AND ${anyOf('i.unit_id', filter.ownerUnitIds)}
      AND ${filter.statuses === null ? sql`TRUE` : statusCondition(filter.statuses)}`;
}

/** What a Task is built from, from the invitation `i`, its meeting `m` and its case `s`. */
function taskColumns(unitId: string) {
  return sql`i.id, i.sip_id, i.meeting_id, i.unit_id, i.obliged, i.status, i.message, i.sent_at, i.sent_by,
    i.acknowledged_at, i.answered_at, i.attendees, i.decline_reason, i.forward_note,
    m.status AS meeting_status, m.cancelled_at, m.cancel_reason, m.organiser_unit_id, s.person_id,
    (SELECT f.id FROM invitations f WHERE f.forwarded_from_id = i.id ORDER BY f.id LIMIT 1) AS forwarded_to_id,
    ${caseStandingSql(sql.ref('i.sip_id'), unitId)} AS standing`;
}

/** One page of the Tasks the unit may see that match, in id order from the window's cursor. */
export async function tasksPage(
  db: Kysely<DB>,
  unitId: string,
  today: string,
  filter: TaskFilter,
  window: PageWindow,
): Promise<TaskRow[]> {
  const { rows } = await sql<TaskRow>`
    SELECT ${taskColumns(unitId)}
    ${visibleTasks(unitId, today, filter)}
      AND ${keysetCondition(sql.ref('i.id'), window)}
    ORDER BY i.id ${sql.raw(keysetDirection(window))}
    LIMIT ${keysetLimit(window)}`.execute(db);
  return rows;
}

/** How many Tasks the unit may see match, for a search's total. */
export async function countTasks(db: Kysely<DB>, unitId: string, today: string, filter: TaskFilter): Promise<number> {
  const { rows } = await sql<{ count: string }>`SELECT count(*) AS count ${visibleTasks(unitId, today, filter)}`.execute(
    db,
  );
  return Number(rows[0]?.count ?? 0);
}

/**
 * The invitation to the unit itself, whether or not it still sees the case: after its answer, the unit is told
 * what it answered even when a decline ended its part in the case.
 */
export async function ownTaskRow(db: Kysely<DB>, unitId: string, invitationId: string): Promise<TaskRow | undefined> {
  const { rows } = await sql<TaskRow>`
    SELECT ${taskColumns(unitId)}
    FROM invitations i JOIN meetings m ON m.id = i.meeting_id JOIN sips s ON s.id = i.sip_id
    WHERE i.id = ${invitationId} AND i.unit_id = ${unitId}`.execute(db);
  return rows[0];
}

/**
 * Locks the case an invitation is to, as every write on a case does first (runCaseWrite), so that the Task an
 * update is compared with stays as read until the answer is written in the same transaction.
 */
export async function lockCaseOfInvitation(db: Kysely<DB>, invitationId: string): Promise<void> {
  await sql`SELECT s.id FROM sips s WHERE s.id = (SELECT sip_id FROM invitations WHERE id = ${invitationId})
    FOR UPDATE`.execute(db);
}

/** The facts a Task is built from, from its row. */
export function taskFacts(row: TaskRow): TaskFacts {
  return {
    invitation: row,
    meeting: {
      status: row.meetingStatus,
      cancelledAt: row.cancelledAt,
      cancelReason: row.cancelReason,
      organiserUnitId: row.organiserUnitId,
    },
    personId: row.personId,
    forwardedToId: row.forwardedToId,
  };
}
