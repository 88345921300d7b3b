import type { ExpressionBuilder, Kysely, Selectable } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { DB, DeviationHistoryTable, DeviationsTable } from '../../db/schema.js';
import type { DeviationFilter, DeviationKind } from '../../shared/api/deviationFields.js';
import type { AccessSubject } from '../audit/logAccess.js';
import type { Actor } from '../sips/actor.js';

/**
 * The deviation aggregate's reads and writes: a deviation opened about a SIP or a discharge process, routed to a
 * unit at a level, moved through its statuses with one history entry per step. A change locks the deviation's own
 * row (`deviationKnownToUnit` with `forUpdate`); a deviation never writes a case's rows.
 */

export type Deviation = Selectable<DeviationsTable>;

/**
 * Which units know of a deviation: the one it concerns, the one that reported it, the one it is routed to now,
 * and every one it was routed to before. A deviation shows the case number and what happened, never who the
 * individual is, so an escalation group that takes no part in the SIP can act on it without learning that.
 */
function knownToUnit(eb: ExpressionBuilder<DB, 'deviations'>, unitId: string) {
  return eb.or([
    eb('deviations.unitId', '=', unitId),
    eb('deviations.reportedByUnitId', '=', unitId),
    eb('deviations.routedUnitId', '=', unitId),
    eb.exists(
      eb
        .selectFrom('deviationHistory')
        .select('deviationHistory.id')
        .whereRef('deviationHistory.deviationId', '=', 'deviations.id')
        .where('deviationHistory.routedUnitId', '=', unitId),
    ),
  ]);
}

/** The deviation if the unit knows of it, locked for a change when `forUpdate`; undefined otherwise. */
export function deviationKnownToUnit(
  db: Kysely<DB>,
  deviationId: string,
  unitId: string,
  { forUpdate }: { forUpdate: boolean },
): Promise<Deviation | undefined> {
  const query = db
    .selectFrom('deviations')
    .selectAll('deviations')
    .where('deviations.id', '=', deviationId)
    .where((eb) => knownToUnit(eb, unitId));
  return (forUpdate ? query.forUpdate() : query).executeTakeFirst();
}

/** The deviations the acting unit knows of, by filter, newest change first: at most 500. */
export function deviationsKnownTo(db: Kysely<DB>, actor: Actor, filter: DeviationFilter): Promise<Deviation[]> {
  let query = db
    .selectFrom('deviations')
    .selectAll('deviations')
    .where((eb) => knownToUnit(eb, actor.unitId));
  if (filter === 'open') query = query.where('status', '=', 'open');
  if (filter === 'escalated') query = query.where('status', '=', 'escalated');
  if (filter === 'mine') {
    // What waits for this user: routed to their unit, not closed, and theirs to handle at its level.
    query = query
      .where('routedUnitId', '=', actor.unitId)
      .where('status', '<>', 'closed')
      .where((eb) => (actor.role === 'unit_manager' ? eb.lit(true) : eb('escalationLevel', '>', 0)));
  }
  return query.orderBy('updatedAt', 'desc').limit(500).execute();
}

/** The deviation's history, oldest step first. */
export function deviationHistory(
  db: Kysely<DB>,
  deviationId: string,
): Promise<Selectable<DeviationHistoryTable>[]> {
  return db
    .selectFrom('deviationHistory')
    .selectAll()
    .where('deviationId', '=', deviationId)
    .orderBy('occurredAt')
    .orderBy('id')
    .execute();
}

/** The case numbers of the deviations' SIPs, by SIP; a deviation about a discharge process alone has none. */
export async function caseNumbersOfDeviations(db: Kysely<DB>, deviations: Deviation[]): Promise<Map<string, string>> {
  const sipIds = [...new Set(deviations.flatMap((deviation) => (deviation.sipId ? [deviation.sipId] : [])))];
  if (sipIds.length === 0) return new Map();
  const sips = await db.selectFrom('sips').select(['id', 'caseNumber']).where('id', 'in', sipIds).execute();
  return new Map(sips.map((sip) => [sip.id, sip.caseNumber]));
}

/**
 * Whose data a deviation touches, for the access log: its SIP and the SIP's person, or — for a discharge process
 * without a SIP — the process's person. A deviation never shows the person, yet reading it tells that something
 * happened in their care, so the access is logged against them all the same.
 */
export async function accessSubjectOfDeviation(
  db: Kysely<DB>,
  deviation: { sipId: string | null; dischargeProcessId: string | null },
): Promise<AccessSubject> {
  if (deviation.sipId) {
    const sip = await db
      .selectFrom('sips')
      .select('personId')
      .where('id', '=', deviation.sipId)
      .executeTakeFirstOrThrow();
    return { sipId: deviation.sipId, personId: sip.personId };
  }
  const process = await db
    .selectFrom('dischargeProcesses')
    .select('personId')
    .where('id', '=', deviation.dischargeProcessId!)
    .executeTakeFirstOrThrow();
  return { personId: process.personId };
}

interface Opening {
  kind: DeviationKind;
  sipId: string | null;
  dischargeProcessId: string | null;
  unitId: string;
  description: string;
  dedupeKey: string | null;
  reporter: Actor | null;
}

/**
 * A deviation opened at the local level, routed to the unit it concerns, with the first entry of its history.
 * Returns the new id, or null when a deviation with the same dedupe key already exists.
 */
export async function insertDeviation(db: Kysely<DB>, deviation: Opening): Promise<string | null> {
  const inserted = await db
    .insertInto('deviations')
    .values({
      id: uuidv7(),
      kind: deviation.kind,
      sipId: deviation.sipId,
      dischargeProcessId: deviation.dischargeProcessId,
      unitId: deviation.unitId,
      reportedBy: deviation.reporter?.userId ?? null,
      reportedByUnitId: deviation.reporter?.unitId ?? null,
      routedUnitId: deviation.unitId,
      description: deviation.description,
      dedupeKey: deviation.dedupeKey,
      closedAt: null,
    })
    .onConflict((oc) => oc.column('dedupeKey').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) return null;
  await db
    .insertInto('deviationHistory')
    .values({
      id: uuidv7(),
      deviationId: inserted.id,
      fromStatus: null,
      toStatus: 'open',
      escalationLevel: 0,
      routedUnitId: deviation.unitId,
      actorUserId: deviation.reporter?.userId ?? null,
      actorUnitId: deviation.reporter?.unitId ?? null,
    })
    .execute();
  return inserted.id;
}

interface Move {
  status: Deviation['status'];
  escalationLevel: number;
  routedUnitId: string;
  /** The step's note; for a closing, its resolution. */
  note: string;
  closing: boolean;
  actor: Actor;
}

/** The deviation moved by one step of its handling, now, with that step appended to its history. */
export async function moveDeviation(db: Kysely<DB>, deviation: Deviation, move: Move): Promise<void> {
  const now = new Date();
  const routing = { escalationLevel: move.escalationLevel, routedUnitId: move.routedUnitId };
  await db
    .updateTable('deviations')
    .set({
      status: move.status,
      ...routing,
      updatedAt: now,
      ...(move.closing ? { resolution: move.note, closedAt: now } : {}),
    })
    .where('id', '=', deviation.id)
    .execute();
  await db
    .insertInto('deviationHistory')
    .values({
      id: uuidv7(),
      deviationId: deviation.id,
      fromStatus: deviation.status,
      toStatus: move.status,
      ...routing,
      note: move.note,
      actorUserId: move.actor.userId,
      actorUnitId: move.actor.unitId,
      occurredAt: now,
    })
    .execute();
}
