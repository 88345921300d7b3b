import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { DB, SipsTable } from '../../db/schema.js';
import type { SipPhase } from '../../domain/sip/phase.js';
import { caseStandingSql, type CaseStanding } from '../access/caseStanding.js';
import { visibleToUnit } from '../access/consentInForce.js';
import { keysetCondition, keysetDirection, keysetLimit, type PageWindow } from '../fhir/paging.js';

/** A change of the SIP's phase, as its case history recorded it. */
export interface PhaseChange {
  toPhase: SipPhase;
  occurredAt: string;
}

/**
 * A SIP from need to closing, with what its EpisodeOfCare reads (fhir-mapping.md, EpisodeOfCare): the case, whether
 * a plan was ever established, the coordinator the newest established version names, and every change of phase.
 */
export interface EpisodeRow {
  sipId: string;
  personId: string;
  phase: SipsTable['phase'];
  targetGroup: SipsTable['targetGroup'];
  needDescription: string;
  conveningUnitId: string;
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
  planEstablished: boolean;
  coordinatorName: string | null;
  phaseChanges: PhaseChange[];
  standing: CaseStanding;
}

/** Which episodes a search asks for; null leaves a criterion out. Ids are checked by the caller. */
export interface EpisodeFilter {
  sipIds: string[] | null;
  personIds: string[] | null;
  /** The (phase, plan ever established) pairs whose status was asked for, from the mapping's one rule. */
  standings: { phase: string; planEstablished: boolean }[] | null;
}

function anyOf(column: string, ids: string[] | null): RawBuilder<SqlBool> {
  if (ids === null) return sql<SqlBool>`TRUE`;
  return sql<SqlBool>`${sql.ref(column)} = ANY (${ids}::uuid[])`;
}

function standingsCondition(standings: EpisodeFilter['standings']): RawBuilder<SqlBool> {
  if (standings === null) return sql<SqlBool>`TRUE`;
  if (standings.length === 0) return sql<SqlBool>`FALSE`;
  const tuples = standings.map((s) => sql`(${s.phase}::text, ${s.planEstablished}::boolean)`);
  return sql<SqlBool>`(e.phase::text, e.plan_established) IN (${sql.join(tuples)})`;
}

/** The SIPs the unit may see (`visibleToUnit`) that match, with the facts of their episodes. */
function episodes(unitId: string, today: string, filter: EpisodeFilter) {
  return sql`(
    SELECT s.id AS sip_id, s.person_id, s.phase, s.target_group, s.need_description, s.convening_unit_id,
      s.created_at, s.updated_at, s.closed_at,
      EXISTS (SELECT 1 FROM plan_versions pv WHERE pv.sip_id = s.id) AS plan_established
    FROM sips s
    WHERE ${visibleToUnit(sql.ref('s.id'), unitId, today)}
      AND ${anyOf('s.id', filter.sipIds)}
      AND ${anyOf('s.person_id', filter.personIds)}
  ) AS e
  WHERE ${standingsCondition(filter.standings)}`;
}

/** One page of the episodes the unit may see that match, in SIP id order, each with the unit's standing. */
export async function episodesPage(
  db: Kysely<DB>,
  unitId: string,
  today: string,
  filter: EpisodeFilter,
  window: PageWindow,
): Promise<EpisodeRow[]> {
  const { rows } = await sql<EpisodeRow>`
    SELECT e.*,
      (SELECT nullif(btrim(v.content -> 'coordinator' ->> 'name'), '') FROM plans pl
        JOIN plan_versions v ON v.sip_id = pl.sip_id AND v.version = pl.established_version
        WHERE pl.sip_id = e.sip_id) AS coordinator_name,
      (SELECT coalesce(json_agg(json_build_object('toPhase', ev.to_phase, 'occurredAt', ev.occurred_at)
          ORDER BY ev.occurred_at, ev.id), '[]')
        FROM sip_events ev
        WHERE ev.sip_id = e.sip_id AND ev.to_phase IS NOT NULL
          AND ev.to_phase IS DISTINCT FROM ev.from_phase) AS phase_changes,
      ${caseStandingSql(sql.ref('e.sip_id'), unitId)} AS standing
    FROM ${episodes(unitId, today, filter)}
      AND ${keysetCondition(sql.ref('e.sip_id'), window)}
    ORDER BY e.sip_id ${sql.raw(keysetDirection(window))}
    LIMIT ${keysetLimit(window)}`.execute(db);
  return rows;
}

/** How many episodes the unit may see match, for a search's total. */
export async function countEpisodes(
  db: Kysely<DB>,
  unitId: string,
  today: string,
  filter: EpisodeFilter,
): Promise<number> {
  const { rows } = await sql<{ count: string }>`
    SELECT count(*) AS count FROM ${episodes(unitId, today, filter)}`.execute(db);
  return Number(rows[0]?.count ?? 0);
}
