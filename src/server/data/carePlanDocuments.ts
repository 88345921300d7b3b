import type { Kysely } from 'kysely';
import type { IdKind } from '../../domain/identity/idNumber.js';
import type { DB, PlanVersionsTable } from '../../db/schema.js';
import type { PlanContent } from '../../shared/plan.js';
import { startOfStockholmDay } from './calendarDays.js';

/** Which established plan versions a GetCarePlans request asks for (decision 0039). */
export interface CarePlanDocumentSearch {
  idKind: IdKind;
  idNumber: string;
  /** Only versions whose establishing unit has one of these HSA ids; empty: any. */
  careUnitHsaIds: readonly string[];
  /** Only versions established on one of these Stockholm days, both included (YYYY-MM-DD). */
  datePeriod: { start: string; end: string } | null;
}

/** One established plan version as a document a journal reader shows, with what the contract's header names. */
export interface CarePlanDocument {
  sipId: string;
  caseNumber: string;
  personId: string;
  idKind: IdKind;
  idNumber: string;
  version: number;
  content: PlanContent;
  establishedAt: Date;
  approvedAt: Date | null;
  approvalMethod: PlanVersionsTable['approvalMethod'];
  authorName: string;
  /** The unit that established the version, and so keeps it: the PDL care unit. */
  unit: { hsaId: string; name: string; phone: string; email: string };
  /** Its organisation's HSA id as a care giver, when an operator has set it. */
  careGiverHsaId: string | null;
}

/**
 * The established versions of every SIP of the person, newest first, at most `limit`: whatever phase the SIP is
 * in now, as each version stays a true record of what was agreed. Left out: a person with protected identity,
 * and versions whose establishing unit has no HSA id (NPÖ could not place them under a care unit, and so could
 * not apply the patient's blocks to them).
 */
export async function carePlanDocuments(
  db: Kysely<DB>,
  search: CarePlanDocumentSearch,
  limit: number,
): Promise<CarePlanDocument[]> {
  let query = db
    .selectFrom('planVersions as v')
    .innerJoin('sips as s', 's.id', 'v.sipId')
    .innerJoin('persons as p', 'p.id', 's.personId')
    .innerJoin('users as author', 'author.id', 'v.authorId')
    .innerJoin('units as u', 'u.id', 'v.authorUnitId')
    .innerJoin('organisations as o', 'o.id', 'u.organisationId')
    .select(['v.sipId', 's.caseNumber', 's.personId', 'p.idKind', 'p.idNumber', 'v.version', 'v.content'])
    .select(['v.createdAt as establishedAt', 'v.approvedAt', 'v.approvalMethod', 'author.displayName as authorName'])
    .select(['u.hsaId as unitHsaId', 'u.name as unitName', 'u.phone as unitPhone', 'u.email as unitEmail'])
    .select('o.hsaId as careGiverHsaId')
    .where('p.idKind', '=', search.idKind)
    .where('p.idNumber', '=', search.idNumber)
    .where('p.protectedIdentity', '=', false)
    .where('u.hsaId', 'is not', null);
  if (search.careUnitHsaIds.length > 0) query = query.where('u.hsaId', 'in', [...search.careUnitHsaIds]);
  if (search.datePeriod)
    query = query
      .where('v.createdAt', '>=', startOfStockholmDay(search.datePeriod.start, 0))
      .where('v.createdAt', '<', startOfStockholmDay(search.datePeriod.end, 1));
  const rows = await query
    .orderBy('v.createdAt', 'desc')
    .orderBy('v.sipId')
    .orderBy('v.version', 'desc')
    .limit(limit)
    .execute();
  return rows.map(({ unitHsaId, unitName, unitPhone, unitEmail, ...row }) => ({
    ...row,
    establishedAt: new Date(row.establishedAt),
    approvedAt: row.approvedAt === null ? null : new Date(row.approvedAt),
    unit: { hsaId: unitHsaId!, name: unitName, phone: unitPhone, email: unitEmail },
  }));
}

/**
 * The HSA ids of the units that take part in each document's SIP: every unit the SIP has had as convener, invited,
 * accepting or effort-taking unit, and those the version names as written with or responsible for an effort.
 * Units without an HSA id cannot be named to NPÖ and are left out. Keyed by `sipId:version`.
 */
export async function participatingUnitHsaIds(
  db: Kysely<DB>,
  documents: readonly CarePlanDocument[],
): Promise<Map<string, string[]>> {
  if (documents.length === 0) return new Map();
  const sipIds = [...new Set(documents.map((document) => document.sipId))];
  const named = documents.flatMap((document) => unitsNamedIn(document.content));
  const participants = await db
    .selectFrom('sipParticipants')
    .select(['sipId', 'unitId'])
    .where('sipId', 'in', sipIds)
    .execute();
  const unitIds = [...new Set([...named, ...participants.map((row) => row.unitId)])];
  const hsaIds = new Map(
    (
      await db
        .selectFrom('units')
        .select(['id', 'hsaId'])
        .where('id', 'in', unitIds)
        .where('hsaId', 'is not', null)
        .execute()
    ).map((row) => [row.id, row.hsaId!]),
  );
  return new Map(
    documents.map((document) => {
      const units = [
        ...participants.filter((row) => row.sipId === document.sipId).map((row) => row.unitId),
        ...unitsNamedIn(document.content),
      ];
      const known = units.flatMap((unitId) => hsaIds.get(unitId) ?? []);
      return [`${document.sipId}:${String(document.version)}`, [...new Set(known)].sort()];
    }),
  );
}

function unitsNamedIn(content: PlanContent): string[] {
  return [
    ...content.writtenWithUnitIds,
    ...content.efforts.flatMap((effort) => (effort.responsibleUnitId ? [effort.responsibleUnitId] : [])),
  ];
}
