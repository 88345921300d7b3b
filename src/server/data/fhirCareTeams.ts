import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { DB } from '../../db/schema.js';
import { sipPhases, type SipPhase } from '../../domain/sip/phase.js';
import { caseStandingSql, type CaseStanding } from '../access/caseStanding.js';
import { visibleToUnit } from '../access/consentInForce.js';
import { keysetCondition, keysetDirection, keysetLimit, type PageWindow } from '../fhir/paging.js';
import {
  careTeamStatusOf,
  memberParts,
  type CareTeamFacts,
  type CareTeamStatus,
} from '../fhir/resources/careTeam.js';

/**
 * The SIPs a unit may read as FHIR CareTeams (fhir-mapping.md, CareTeam), one per case it may see
 * (`visibleToUnit`): the units' parts that make them members, what the newest established version says of the
 * coordinator and the overall responsibility, and the unit's standing in the case for the access policy.
 */
export interface CareTeamRow {
  id: string;
  caseNumber: string;
  personId: string;
  phase: SipPhase;
  conveningUnitId: string;
  createdAt: Date;
  closedAt: Date | null;
  /** Read as JSON: `since` arrives as text. */
  parts: { unitId: string; part: CareTeamFacts['parts'][number]['part']; since: string }[];
  established: boolean;
  coordinatorName: string | null;
  overallResponsibilityOrganisationId: string | null;
  standing: CaseStanding;
}

/** Which teams a search asks for; null leaves a criterion out. Ids are UUIDs, checked by the caller. */
export interface CareTeamFilter {
  ids: string[] | null;
  personIds: string[] | null;
  statuses: CareTeamStatus[] | null;
}

function anyOf(column: string, ids: string[] | null): RawBuilder<SqlBool> {
  return ids === null ? sql<SqlBool>`TRUE` : sql<SqlBool>`${sql.ref(column)} = ANY (${ids}::uuid[])`;
}

/** The statuses asked for as the phases that give them, from the one table that maps them. */
function phasesGiving(statuses: CareTeamStatus[]): RawBuilder<SqlBool> {
  const phases = sipPhases.filter((phase) => statuses.includes(careTeamStatusOf[phase]));
  return phases.length === 0 ? sql<SqlBool>`FALSE` : sql<SqlBool>`s.phase IN (${sql.join(phases)})`;
}

function visibleTeams(unitId: string, today: string, filter: CareTeamFilter) {
  return sql`
    FROM sips s
    LEFT JOIN plans pl ON pl.sip_id = s.id
    LEFT JOIN plan_versions v ON v.sip_id = s.id AND v.version = pl.established_version
    WHERE ${visibleToUnit(sql.ref('s.id'), unitId, today)}
      AND ${anyOf('s.id', filter.ids)}
      AND ${anyOf('s.person_id', filter.personIds)}
      AND ${filter.statuses === null ? sql`TRUE` : phasesGiving(filter.statuses)}`;
}

/** One page of the teams the unit may see that match, in id order from the window's cursor. */
export async function careTeamsPage(
  db: Kysely<DB>,
  unitId: string,
  today: string,
  filter: CareTeamFilter,
  window: PageWindow,
): Promise<CareTeamRow[]> {
  const { rows } = await sql<CareTeamRow>`
    SELECT s.id, s.case_number, s.person_id, s.phase, s.convening_unit_id, s.created_at, s.closed_at,
      (SELECT coalesce(json_agg(json_build_object('unitId', p.unit_id, 'part', p.part, 'since', p.since)
          ORDER BY p.since, p.unit_id, p.part), '[]')
        FROM sip_participants p WHERE p.sip_id = s.id AND p.part IN (${sql.join(memberParts)})) AS parts,
      v.sip_id IS NOT NULL AS established,
      v.content -> 'coordinator' ->> 'name' AS coordinator_name,
      v.content ->> 'overallResponsibilityOrganisationId' AS overall_responsibility_organisation_id,
      ${caseStandingSql(sql.ref('s.id'), unitId)} AS standing
    ${visibleTeams(unitId, today, filter)}
      AND ${keysetCondition(sql.ref('s.id'), window)}
    ORDER BY s.id ${sql.raw(keysetDirection(window))}
    LIMIT ${keysetLimit(window)}`.execute(db);
  return rows;
}

/** How many teams the unit may see match, for a search's total. */
export async function countCareTeams(
  db: Kysely<DB>,
  unitId: string,
  today: string,
  filter: CareTeamFilter,
): Promise<number> {
  const { rows } = await sql<{ count: string }>`
    SELECT count(*) AS count ${visibleTeams(unitId, today, filter)}`.execute(db);
  return Number(rows[0]?.count ?? 0);
}

/** The facts a CareTeam is built from, from its row. */
export function careTeamFacts(row: CareTeamRow): CareTeamFacts {
  return {
    sip: row,
    parts: row.parts.map((part) => ({ ...part, since: new Date(part.since) })),
    plan: row.established
      ? {
          coordinatorName: row.coordinatorName ?? '',
          overallResponsibilityOrganisationId: row.overallResponsibilityOrganisationId,
        }
      : null,
  };
}
