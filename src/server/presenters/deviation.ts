import type { Kysely } from 'kysely';
import type { DB, EscalationLevelsTable } from '../../db/schema.js';
import { mayHandleDeviation } from '../../domain/deviations/handler.js';
import { deviationAllows } from '../../domain/deviations/statusFlow.js';
import { deviationActions, type DeviationFilter } from '../../shared/api/deviationFields.js';
import type { DeviationDetail, DeviationSummary } from '../../shared/api/deviations.js';
import type { Language } from '../language.js';
import { readEscalationPath } from '../data/countySettings.js';
import { nextEscalationLevel } from '../settings/countySettings.js';
import type { Actor } from '../sips/actor.js';
import {
  caseNumbersOfDeviations,
  deviationHistory,
  deviationsKnownTo,
  type Deviation,
} from '../data/deviations.js';
import { unitDirectory, userNames } from '../data/directory.js';
import { fill } from '../../shared/words/fill.js';
import { presentedNamesEn } from '../../shared/words/presentedNames.en.js';
import { presentedNamesSv } from '../../shared/words/presentedNames.sv.js';

const words = { sv: presentedNamesSv, en: presentedNamesEn };

/** Level names by level; a level since removed from the path is still named by its number. */
function levelNames(path: EscalationLevelsTable[], language: Language): (level: number) => string {
  const names = new Map(path.map((l) => [l.level, language === 'sv' ? l.nameSv : l.nameEn]));
  return (level) =>
    level === 0 ? words[language].localLevel : (names.get(level) ?? fill(words[language].level, { level }));
}

/** The deviations the acting unit knows of, by filter, newest change first. Scoped in the query itself. */
export async function listDeviations(
  db: Kysely<DB>,
  actor: Actor,
  filter: DeviationFilter,
  language: Language,
): Promise<DeviationSummary[]> {
  const rows = await deviationsKnownTo(db, actor, filter);
  return summarise(db, actor, rows, language, await readEscalationPath(db));
}

async function summarise(
  db: Kysely<DB>,
  actor: Actor,
  rows: Deviation[],
  language: Language,
  path: EscalationLevelsTable[],
): Promise<DeviationSummary[]> {
  if (rows.length === 0) return [];
  const units = await unitDirectory(
    db,
    rows.flatMap((row) => [row.unitId, row.routedUnitId]),
  );
  const caseNumbers = await caseNumbersOfDeviations(db, rows);
  const levelName = levelNames(path, language);
  const lastLevel = path.at(-1)?.level ?? 0;
  const named = (unitId: string) => ({ id: unitId, name: units.get(unitId)?.unitName ?? '' });
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    status: row.status,
    sipId: row.sipId,
    caseNumber: row.sipId ? (caseNumbers.get(row.sipId) ?? null) : null,
    dischargeProcessId: row.dischargeProcessId,
    unit: named(row.unitId),
    routedUnit: named(row.routedUnitId),
    escalationLevel: row.escalationLevel,
    levelName: levelName(row.escalationLevel),
    automatic: row.reportedBy === null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    allowedActions: deviationActions.filter(
      (action) =>
        deviationAllows(row.status, action) &&
        mayHandleDeviation(row, actor) &&
        (action !== 'escalate' || lastLevel > row.escalationLevel),
    ),
  }));
}

/** One deviation with its history, as the acting unit may see it. */
export async function presentDeviation(
  db: Kysely<DB>,
  actor: Actor,
  deviation: Deviation,
  language: Language,
): Promise<DeviationDetail> {
  const path = await readEscalationPath(db);
  const [summary] = await summarise(db, actor, [deviation], language, path);
  const history = await deviationHistory(db, deviation.id);
  const units = await unitDirectory(db, [
    ...history.flatMap((entry) => [entry.routedUnitId, entry.actorUnitId ?? entry.routedUnitId]),
    deviation.reportedByUnitId ?? deviation.unitId,
  ]);
  const users = await userNames(db, [...history.map((entry) => entry.actorUserId), deviation.reportedBy]);
  const levelName = levelNames(path, language);
  const next = nextEscalationLevel(path, deviation.escalationLevel);
  const unitName = (unitId: string | null) => (unitId ? (units.get(unitId)?.unitName ?? '') : null);
  return {
    ...summary!,
    description: deviation.description,
    resolution: deviation.resolution,
    reportedBy:
      deviation.reportedBy && deviation.reportedByUnitId
        ? {
            name: users.get(deviation.reportedBy) ?? '',
            unitName: unitName(deviation.reportedByUnitId) ?? '',
          }
        : null,
    closedAt: deviation.closedAt?.toISOString() ?? null,
    nextLevelName: next ? (language === 'sv' ? next.nameSv : next.nameEn) : null,
    history: history.map((entry) => ({
      fromStatus: entry.fromStatus,
      toStatus: entry.toStatus,
      escalationLevel: entry.escalationLevel,
      levelName: levelName(entry.escalationLevel),
      routedUnitName: unitName(entry.routedUnitId) ?? '',
      note: entry.note,
      actorName: entry.actorUserId ? (users.get(entry.actorUserId) ?? '') : null,
      actorUnitName: unitName(entry.actorUnitId),
      occurredAt: entry.occurredAt.toISOString(),
    })),
  };
}
