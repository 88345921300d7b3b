import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { deadlineStanding } from '../../domain/deadlines/dischargeInvitation.js';
import { allowedDischargeActions } from '../../domain/discharge/lifecycle.js';
import { notFound } from '../../domain/errors.js';
import { stockholmDate } from '../../domain/time/stockholm.js';
import type { DischargeDetail, DischargeListItem } from '../../shared/api/discharge.js';
import { logAccess } from '../audit/logAccess.js';
import { partsOf, theDischarge } from '../discharge/access.js';
import {
  dischargeEvents,
  dischargeProcessesKnownTo,
  dischargeProcessWithName,
} from '../data/dischargeProcesses.js';
import { personById } from '../data/persons.js';
import type { Actor } from '../sips/actor.js';
import { protectedName } from './names.js';
import { activeUsersOfUnit, unitDirectory, userNames } from '../data/directory.js';
import { presentPerson } from './person.js';

const dayMs = 86_400_000;

/** Whole calendar days between two YYYY-MM-DD dates. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);
}

interface ProcessRow {
  id: string;
  status: DischargeListItem['status'];
  inpatientUnitId: string;
  municipalityUnitId: string;
  primaryCareUnitId: string;
  admittedAt: Date;
  estimatedDischargeOn: string | null;
  readyAt: Date | null;
  invitationLastDay: string | null;
  invitationLateFrom: Date | null;
  invitedAt: Date | null;
  careContactUserId: string | null;
  sipId: string | null;
  givenName: string;
  familyName: string;
  protectedIdentity: boolean;
}

function listItem(
  row: ProcessRow,
  actor: Actor,
  names: { units: Awaited<ReturnType<typeof unitDirectory>>; users: Map<string, string> },
  language: 'sv' | 'en',
  now: Date,
): DischargeListItem {
  const deadline =
    row.readyAt && row.invitationLateFrom && row.invitationLastDay
      ? {
          lastDay: row.invitationLastDay,
          lateFrom: row.invitationLateFrom.toISOString(),
          standing: deadlineStanding(row.invitationLateFrom, row.invitedAt, now),
          days: daysBetween(stockholmDate(row.readyAt), row.invitationLastDay),
        }
      : null;
  return {
    id: row.id,
    personName: row.protectedIdentity ? protectedName[language] : `${row.givenName} ${row.familyName}`,
    protectedIdentity: row.protectedIdentity,
    status: row.status,
    inpatientUnit: {
      unitId: row.inpatientUnitId,
      unitName: names.units.get(row.inpatientUnitId)?.unitName ?? '',
    },
    admittedAt: row.admittedAt.toISOString(),
    estimatedDischargeOn: row.estimatedDischargeOn,
    readyAt: row.readyAt?.toISOString() ?? null,
    // An interrupted process has no deadline left to keep.
    deadline: row.status === 'interrupted' ? null : deadline,
    careContactName: row.careContactUserId ? (names.users.get(row.careContactUserId) ?? null) : null,
    sipId: row.sipId,
    myParts: [...partsOf(row, actor.unitId)],
  };
}

async function namesFor(db: Kysely<DB>, rows: ProcessRow[], extraUnits: string[] = []) {
  const [units, users] = await Promise.all([
    unitDirectory(db, [
      ...rows.flatMap((row) => [row.inpatientUnitId, row.municipalityUnitId, row.primaryCareUnitId]),
      ...extraUnits,
    ]),
    userNames(
      db,
      rows.map((row) => row.careContactUserId),
    ),
  ]);
  return { units, users };
}

/**
 * The discharge processes of the acting unit's three parts, "to invite by" first: those waiting for an
 * invitation by the nearest deadline, then those not yet ready, then the finished. Scoped in the query itself;
 * protected identities masked; the list is logged as one access.
 */
export async function listDischarges(
  db: Kysely<DB>,
  actor: Actor,
  language: 'sv' | 'en',
): Promise<DischargeListItem[]> {
  const rows = await dischargeProcessesKnownTo(db, actor);
  if (rows.length > 0) await logAccess(db, actor, 'list_discharges');
  const names = await namesFor(db, rows);
  const now = new Date();
  const rank = { ready: 0, sip_started: 0, admitted: 1, invited: 2, interrupted: 2 } as const;
  return rows
    .map((row) => listItem(row, actor, names, language, now))
    .sort(
      (a, b) =>
        rank[a.status] - rank[b.status] ||
        (a.deadline?.lateFrom ?? '').localeCompare(b.deadline?.lateFrom ?? '') ||
        b.admittedAt.localeCompare(a.admittedAt),
    );
}

/** One process as the acting unit sees it, with what it may do next. Logged as a read of the person's data. */
export async function presentDischarge(
  db: Kysely<DB>,
  dischargeId: string,
  actor: Actor,
  language: 'sv' | 'en',
): Promise<DischargeDetail> {
  const row = await dischargeProcessWithName(db, dischargeId, actor);
  if (!row) throw notFound(theDischarge);
  const events = await dischargeEvents(db, dischargeId);
  const parts = partsOf(row, actor.unitId);
  const allowedActions = allowedDischargeActions(row.status, parts);
  const candidates = allowedActions.includes('assignCareContact')
    ? await activeUsersOfUnit(db, actor.unitId)
        .select(['users.id as userId', 'users.displayName as name'])
        .orderBy('users.displayName')
        .execute()
    : [];
  const names = await namesFor(
    db,
    [row],
    events.map((event) => event.actorUnitId),
  );
  const unit = (unitId: string) => ({ unitId, unitName: names.units.get(unitId)?.unitName ?? '' });
  const person = presentPerson(await personById(db, row.personId));
  await logAccess(db, actor, 'read_discharge', { personId: row.personId, sipId: row.sipId });
  return {
    ...listItem(row, actor, names, language, new Date()),
    person: {
      idNumber: person.idNumber,
      givenName: person.givenName,
      familyName: person.familyName,
      age: person.age,
      protectedIdentity: person.protectedIdentity,
    },
    municipalityUnit: unit(row.municipalityUnitId),
    primaryCareUnit: unit(row.primaryCareUnitId),
    expectsMunicipalityEfforts: row.expectsMunicipalityEfforts,
    expectsPrimaryCareEfforts: row.expectsPrimaryCareEfforts,
    admissionNoticeAt: row.admissionNoticeAt.toISOString(),
    careContact:
      row.careContactUnitId && row.careContactUserId
        ? {
            unit: unit(row.careContactUnitId),
            userId: row.careContactUserId,
            name: names.users.get(row.careContactUserId) ?? '',
          }
        : null,
    careContactCandidates: candidates,
    invitedAt: row.invitedAt?.toISOString() ?? null,
    interruption:
      row.interruptionReason && row.interruptedAt
        ? { reason: row.interruptionReason, note: row.interruptionNote, at: row.interruptedAt.toISOString() }
        : null,
    events: events.map((event) => ({
      type: event.type,
      occurredAt: event.occurredAt.toISOString(),
      unitName: names.units.get(event.actorUnitId)?.unitName ?? '',
    })),
    allowedActions,
  };
}
