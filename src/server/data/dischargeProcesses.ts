import { sql, type ExpressionBuilder, type Insertable, type Kysely, type Selectable, type Updateable } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { DB, DischargeProcessesTable } from '../../db/schema.js';
import { worksWithCases } from '../../domain/access/policy.js';
import type { DischargeEventType } from '../../shared/api/dischargeVocabulary.js';
import type { Actor } from '../sips/actor.js';
import type { DueCondition } from './dueOccasion.js';

/**
 * The discharge process's reads and writes: the process from the admission notice to the SIP's invitation, and
 * its history of events. A step locks the process's own row (`dischargeProcessForStep`); a process never writes a
 * case's rows.
 */

export type DischargeProcess = Selectable<DischargeProcessesTable>;

/**
 * Need to know: only the inpatient ward and the two receiving units know of a discharge process, and only
 * through roles that work with cases. The WHERE of every query that reads processes for a unit.
 */
function visibleTo(actor: Actor) {
  return (eb: ExpressionBuilder<DB, 'dischargeProcesses'>) =>
    worksWithCases(actor.role)
      ? eb.or([
          eb('dischargeProcesses.inpatientUnitId', '=', actor.unitId),
          eb('dischargeProcesses.municipalityUnitId', '=', actor.unitId),
          eb('dischargeProcesses.primaryCareUnitId', '=', actor.unitId),
        ])
      : eb.val(false);
}

/** Whether the process exists and the acting unit knows of it. */
export async function dischargeProcessKnownTo(db: Kysely<DB>, dischargeId: string, actor: Actor): Promise<boolean> {
  const visible = await db
    .selectFrom('dischargeProcesses')
    .select('id')
    .where('id', '=', dischargeId)
    .where(visibleTo(actor))
    .executeTakeFirst();
  return visible !== undefined;
}

/** The process locked for a step, if the acting unit knows of it; undefined otherwise. */
export function dischargeProcessForStep(
  db: Kysely<DB>,
  dischargeId: string,
  actor: Actor,
): Promise<DischargeProcess | undefined> {
  return db
    .selectFrom('dischargeProcesses')
    .selectAll()
    .where('id', '=', dischargeId)
    .where(visibleTo(actor))
    .forUpdate()
    .executeTakeFirst();
}

/** The processes the acting unit knows of, with their person's name. */
function processesWithNames(db: Kysely<DB>, actor: Actor) {
  return db
    .selectFrom('dischargeProcesses')
    .innerJoin('persons', 'persons.id', 'dischargeProcesses.personId')
    .selectAll('dischargeProcesses')
    .select(['persons.givenName', 'persons.familyName', 'persons.protectedIdentity'])
    .where(visibleTo(actor));
}

/** The processes the acting unit knows of, latest admission first: at most 500. */
export function dischargeProcessesKnownTo(db: Kysely<DB>, actor: Actor) {
  return processesWithNames(db, actor).orderBy('dischargeProcesses.admittedAt', 'desc').limit(500).execute();
}

/** One process with its person's name, if the acting unit knows of it. */
export function dischargeProcessWithName(db: Kysely<DB>, dischargeId: string, actor: Actor) {
  return processesWithNames(db, actor).where('dischargeProcesses.id', '=', dischargeId).executeTakeFirst();
}

/** The process's history, oldest event first. */
export function dischargeEvents(db: Kysely<DB>, dischargeId: string) {
  return db
    .selectFrom('dischargeEvents')
    .select(['type', 'occurredAt', 'actorUnitId'])
    .where('dischargeId', '=', dischargeId)
    .orderBy('occurredAt')
    .orderBy('id')
    .execute();
}

/**
 * Appends one step to the process's history. The table refuses updates and deletes, so the lead times counted
 * from it (admission → ready → invitation) cannot be rewritten. Never free text or identity numbers in `data`.
 */
export async function appendDischargeEvent(
  db: Kysely<DB>,
  dischargeId: string,
  actor: Actor,
  type: DischargeEventType,
  data: Record<string, unknown> = {},
): Promise<void> {
  await db
    .insertInto('dischargeEvents')
    .values({
      id: uuidv7(),
      dischargeId,
      type,
      actorUserId: actor.userId,
      actorUnitId: actor.unitId,
      data: JSON.stringify(data),
    })
    .execute();
}

/** A process opened by an admission notice. */
export async function insertDischargeProcess(
  db: Kysely<DB>,
  process: Insertable<DischargeProcessesTable>,
): Promise<void> {
  await db.insertInto('dischargeProcesses').values(process).execute();
}

/** The process changed, by a step or by its invitation; at `updatedAt` when given, else now. */
export async function updateDischargeProcess(
  db: Kysely<DB>,
  dischargeId: string,
  changes: Updateable<DischargeProcessesTable>,
): Promise<void> {
  await db
    .updateTable('dischargeProcesses')
    .set({ updatedAt: new Date(), ...changes })
    .where('id', '=', dischargeId)
    .execute();
}

/** The process whose SIP was started and not yet invited, locked for its invitation; undefined when none. */
export function dischargeProcessAwaitingInvitation(db: Kysely<DB>, sipId: string) {
  return db
    .selectFrom('dischargeProcesses')
    .select(['id', 'invitationLateFrom', 'invitationLastDay', 'careContactUnitId', 'primaryCareUnitId'])
    .where('sipId', '=', sipId)
    .where('status', '=', 'sip_started')
    .forUpdate()
    .executeTakeFirst();
}

/** What an "invitation late" deviation names of the process: who invites, and by which day. */
export function dischargeProcessToInvite(db: Kysely<DB>, dischargeId: string) {
  return db
    .selectFrom('dischargeProcesses')
    .select(['id', 'careContactUnitId', 'primaryCareUnitId', 'invitationLastDay'])
    .where('id', '=', dischargeId)
    .executeTakeFirstOrThrow();
}

/**
 * Processes ready for discharge, with or without their SIP started, whose deadline passed by `now` without an
 * invitation: a reminder's occasions, one per process, for the inviting unit — the named care contact's, else
 * primary care's.
 */
export function dischargeInvitationsOverdue(db: Kysely<DB>, now: Date, due: DueCondition) {
  const key = sql<string>`'overdue:' || d.id::text`;
  return db
    .selectFrom('dischargeProcesses as d')
    .select([
      'd.id as subjectId',
      key.as('key'),
      'd.sipId',
      (eb) => eb.fn.coalesce('d.careContactUnitId', 'd.primaryCareUnitId').as('unitId'),
    ])
    .where('d.status', 'in', ['ready', 'sip_started'])
    .where('d.invitationLateFrom', '<=', now)
    .where(due(sql.ref('d.id'), key))
    .execute();
}
