import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { DB, PlanVersionsTable } from '../../db/schema.js';
import { caseStandingSql, type CaseStanding } from '../access/caseStanding.js';
import { visibleToUnit } from '../access/consentInForce.js';
import { keysetCondition, keysetDirection, keysetLimit, type PageWindow } from '../fhir/paging.js';
import type { ProvenanceEvent, ProvenanceFacts } from '../fhir/resources/provenance.js';

/**
 * The plan versions a unit may read the provenance of (fhir-mapping.md, Provenance): each established version on
 * a case it may see (`visibleToUnit`) gives its establishment, and once approved, the individual's approval —
 * each a row of its own with the id `provenanceId` gives it, so pages run in id order.
 */
export interface ProvenanceRow {
  id: string;
  event: ProvenanceEvent;
  sipId: string;
  version: number;
  reason: string;
  authorId: string;
  authorUnitId: string;
  createdAt: Date;
  approvedAt: Date | null;
  approvalMethod: PlanVersionsTable['approvalMethod'];
  approvalRecordedBy: string | null;
  /** The unit the approval was recorded for, from the step in the case history that recorded it. */
  approvalRecordedUnitId: string | null;
  personId: string;
  /** For an approval with e-ID: whether the identity is the individual's own, and its name. */
  approvedBySelf: boolean | null;
  approvedByName: string | null;
  standing: CaseStanding;
}

/** Which provenance a search asks for; null leaves a criterion out. */
export interface ProvenanceFilter {
  ids: string[] | null;
  personIds: string[] | null;
  sipIds: string[] | null;
}

function anyOf(column: RawBuilder<string>, ids: string[] | null, cast: 'uuid' | 'text'): RawBuilder<SqlBool> {
  if (ids === null) return sql<SqlBool>`TRUE`;
  return sql<SqlBool>`${column} = ANY (${ids}::${sql.raw(cast)}[])`;
}

/** The id `provenanceId` gives, compared byte by byte as JavaScript compares the keys of a page. */
const provenanceIdSql = sql<string>`(v.sip_id::text || '.v' || v.version
  || CASE WHEN e.event = 'approval' THEN '.approval' ELSE '' END) COLLATE "C"`;

function visibleProvenance(unitId: string, today: string, filter: ProvenanceFilter) {
  return sql`
    FROM plan_versions v
    JOIN sips s ON s.id = v.sip_id
    JOIN persons person ON person.id = s.person_id
    LEFT JOIN e_id_identities identity ON identity.id = v.approved_by_identity_id
    CROSS JOIN LATERAL (VALUES ('establishment'), ('approval')) AS e(event)
    WHERE (e.event = 'establishment' OR v.approved_at IS NOT NULL)
      AND ${visibleToUnit(sql.ref('v.sip_id'), unitId, today)}
      AND ${anyOf(provenanceIdSql, filter.ids, 'text')}
      AND ${anyOf(sql.ref('s.person_id'), filter.personIds, 'uuid')}
      AND ${anyOf(sql.ref('v.sip_id'), filter.sipIds, 'uuid')}`;
}

/** One page of the provenance the unit may see that matches, in id order from the window's cursor. */
export async function provenancePage(
  db: Kysely<DB>,
  unitId: string,
  today: string,
  filter: ProvenanceFilter,
  window: PageWindow,
): Promise<ProvenanceRow[]> {
  const { rows } = await sql<ProvenanceRow>`
    SELECT ${provenanceIdSql} AS id, e.event, v.sip_id, v.version, v.reason, v.author_id, v.author_unit_id,
      v.created_at, v.approved_at, v.approval_method, v.approval_recorded_by, s.person_id,
      (SELECT ev.actor_unit_id FROM sip_events ev
        WHERE ev.sip_id = v.sip_id AND ev.type = 'approvePlanVersion' AND ev.actor_user_id = v.approval_recorded_by
          AND ev.data ->> 'version' = v.version::text
        ORDER BY ev.occurred_at DESC LIMIT 1) AS approval_recorded_unit_id,
      identity.id_number = person.id_number AS approved_by_self,
      identity.name AS approved_by_name,
      ${caseStandingSql(sql.ref('v.sip_id'), unitId)} AS standing
    ${visibleProvenance(unitId, today, filter)}
      AND ${keysetCondition(provenanceIdSql, window)}
    ORDER BY ${provenanceIdSql} ${sql.raw(keysetDirection(window))}
    LIMIT ${keysetLimit(window)}`.execute(db);
  return rows;
}

/** How many provenance resources the unit may see match, for a search's total. */
export async function countProvenance(
  db: Kysely<DB>,
  unitId: string,
  today: string,
  filter: ProvenanceFilter,
): Promise<number> {
  const { rows } = await sql<{ count: string }>`
    SELECT count(*) AS count ${visibleProvenance(unitId, today, filter)}`.execute(db);
  return Number(rows[0]?.count ?? 0);
}

/** The facts a Provenance is built from, from its row. */
export function provenanceFacts(row: ProvenanceRow): ProvenanceFacts {
  const version = row;
  // An approval row is read only once the version is approved, with the method it was approved by.
  if (row.event === 'establishment' || row.approvedAt === null || row.approvalMethod === null) {
    return { event: 'establishment', version };
  }
  return {
    event: 'approval',
    version,
    approval: {
      at: row.approvedAt,
      method: row.approvalMethod,
      personId: row.personId,
      withEIdBy:
        row.approvedBySelf === null ? null : row.approvedBySelf ? { self: true } : { self: false, name: row.approvedByName ?? '' },
      recordedBy:
        row.approvalRecordedBy !== null && row.approvalRecordedUnitId !== null
          ? { userId: row.approvalRecordedBy, unitId: row.approvalRecordedUnitId }
          : null,
    },
  };
}
