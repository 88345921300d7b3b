import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { DB, SipsTable } from '../../db/schema.js';
import type { PlanContent } from '../../shared/plan.js';
import { caseStandingSql, type CaseStanding } from '../access/caseStanding.js';
import { visibleToUnit } from '../access/consentInForce.js';
import { keysetCondition, keysetDirection, keysetLimit, type PageWindow } from '../fhir/paging.js';
import type { DateValue } from '../fhir/searchParameters.js';
import { dateCondition, periodCondition } from '../fhir/searchSql.js';

/** A follow-up's judgement of one effort: when, how it went, and what was noted. */
export interface EffortJudgement {
  key: string;
  heldOn: string;
  outcome: 'achieved' | 'partly' | 'not_achieved' | 'no_longer_relevant';
  note: string;
}

/**
 * One version of a SIP's plan with what the CarePlan mapping reads beside it (fhir-mapping.md, CarePlan): the
 * case's phase, the version's content and author, when the plan was first established, the meeting it came
 * from, the units that made it, the consent in force, and the follow-ups' judgements of its efforts. Version 0 is
 * the working draft before the first version is established.
 */
export interface CarePlanRow {
  sipId: string;
  personId: string;
  caseNumber: string;
  phase: SipsTable['phase'];
  closureReason: SipsTable['closureReason'];
  closedAt: Date | null;
  version: number;
  newest: boolean;
  content: PlanContent;
  versionCreatedAt: Date | null;
  authorId: string | null;
  authorUnitId: string | null;
  lastUpdated: Date;
  firstEstablishedAt: Date | null;
  encounterId: string | null;
  contributorUnitIds: string[];
  consentId: string | null;
  judgements: EffortJudgement[] | null;
}

/** Which plans a search asks for; null leaves a criterion out. Ids are checked by the caller. */
export interface CarePlanFilter {
  sipIds: string[] | null;
  personIds: string[] | null;
  caseNumbers: string[] | null;
  /** The (phase, closure reason) pairs whose status was asked for, from the mapping's one rule. */
  standings: { phase: string; closureReason: string | null }[] | null;
  /** A category was asked for that the plans do not carry: nothing matches. */
  none: boolean;
  dates: DateValue[];
  lastUpdated: DateValue[];
}

/**
 * The columns of a version `v` (null for the draft) of the plan `pl` of the SIP `s`; `newest` says whether the
 * version is the one the SIP's CarePlan shows now.
 */
function versionFacts(today: string, newest: RawBuilder<boolean>) {
  return sql`s.id AS sip_id, s.person_id, s.case_number, s.phase, s.closure_reason, s.closed_at,
    coalesce(v.version, 0) AS version, ${newest} AS newest,
    coalesce(v.content, pl.content) AS content, v.created_at AS version_created_at,
    v.author_id, v.author_unit_id,
    CASE WHEN ${newest} THEN greatest(coalesce(v.created_at, pl.updated_at), s.updated_at)
      ELSE v.created_at END AS last_updated,
    (SELECT f.created_at FROM plan_versions f WHERE f.sip_id = s.id AND f.version = 1) AS first_established_at,
    (SELECT m.id FROM meetings m
      WHERE m.sip_id = s.id AND m.status = 'held' AND (v.created_at IS NULL OR m.starts_at <= v.created_at)
      ORDER BY m.starts_at DESC, m.id DESC LIMIT 1) AS encounter_id,
    ARRAY(SELECT u.unit_id FROM sip_units_at_meetings u WHERE u.sip_id = s.id ORDER BY u.unit_id)
      AS contributor_unit_ids,
    (SELECT c.id FROM (
        SELECT id, decision, withdrawn_at, valid_until FROM consents WHERE sip_id = s.id
        ORDER BY recorded_at DESC, id DESC LIMIT 1) c
      WHERE c.decision = 'given' AND c.withdrawn_at IS NULL AND (c.valid_until IS NULL OR c.valid_until >= ${today}::date)
    ) AS consent_id,
    (SELECT json_agg(json_build_object('key', item ->> 'key', 'heldOn', f.held_on, 'outcome', item ->> 'outcome',
        'note', item ->> 'note') ORDER BY f.held_on DESC, f.recorded_at DESC)
      FROM follow_ups f CROSS JOIN LATERAL jsonb_array_elements(f.items) item
      WHERE f.sip_id = s.id AND item ->> 'kind' = 'effort' AND f.plan_version <= coalesce(v.version, 0)
    ) AS judgements`;
}

function anyOf(column: string, values: string[] | null, cast: 'uuid' | 'text' = 'uuid'): RawBuilder<SqlBool> {
  if (values === null) return sql<SqlBool>`TRUE`;
  return sql<SqlBool>`${sql.ref(column)} = ANY (${values}::${sql.raw(cast)}[])`;
}

function standingsCondition(standings: CarePlanFilter['standings']): RawBuilder<SqlBool> {
  if (standings === null) return sql<SqlBool>`TRUE`;
  if (standings.length === 0) return sql<SqlBool>`FALSE`;
  const tuples = standings.map((s) => sql`(${s.phase}::text, ${s.closureReason ?? ''}::text)`);
  return sql<SqlBool>`(s.phase::text, coalesce(s.closure_reason, '')) IN (${sql.join(tuples)})`;
}

/**
 * The newest CarePlans of the SIPs the unit may see that match: each SIP whose plan has begun, at its newest
 * established version or, before the first, its draft. The query keeps to the cases the unit sees
 * (`visibleToUnit`) and takes part in beyond an unanswered invitation, which reads no plan; the policy then
 * decides each row on the standing read with it.
 */
function newestPlans(unitId: string, today: string, filter: CarePlanFilter) {
  const dates = filter.dates.map((value) => periodCondition(sql.ref('plan_row.first_established_at'), sql.ref('plan_row.closed_at'), value));
  const updated = filter.lastUpdated.map((value) => dateCondition(sql.ref('plan_row.last_updated'), value));
  return sql`(
    SELECT ${versionFacts(today, sql<boolean>`TRUE`)}
    FROM sips s
    JOIN plans pl ON pl.sip_id = s.id
    LEFT JOIN plan_versions v ON v.sip_id = s.id AND v.version = pl.established_version
    WHERE ${visibleToUnit(sql.ref('s.id'), unitId, today)}
      AND EXISTS (SELECT 1 FROM sip_participants sp
        WHERE sp.sip_id = s.id AND sp.unit_id = ${unitId} AND sp.part <> 'invited')
      AND ${anyOf('s.id', filter.sipIds)}
      AND ${anyOf('s.person_id', filter.personIds)}
      AND ${anyOf('s.case_number', filter.caseNumbers, 'text')}
      AND ${standingsCondition(filter.standings)}
      AND ${filter.none ? sql`FALSE` : sql`TRUE`}
  ) AS plan_row
  WHERE ${sql.join([sql`TRUE`, ...dates, ...updated], sql` AND `)}`;
}

/**
 * One page of the newest CarePlans the unit may see that match, in SIP id order, each with the unit's standing.
 * The rows are named `plan_row`, not a short alias: the standing's own subqueries name their tables with short
 * aliases, and a reference to an outer `p.sip_id` inside them would be taken as their own column, reading the
 * unit's parts in every case instead of this one.
 */
export async function carePlansPage(
  db: Kysely<DB>,
  unitId: string,
  today: string,
  filter: CarePlanFilter,
  window: PageWindow,
): Promise<(CarePlanRow & { standing: CaseStanding })[]> {
  const { rows } = await sql<CarePlanRow & { standing: CaseStanding }>`
    SELECT plan_row.*, ${caseStandingSql(sql.ref('plan_row.sip_id'), unitId)} AS standing
    FROM ${newestPlans(unitId, today, filter)}
      AND ${keysetCondition(sql.ref('plan_row.sip_id'), window)}
    ORDER BY plan_row.sip_id ${sql.raw(keysetDirection(window))}
    LIMIT ${keysetLimit(window)}`.execute(db);
  return rows;
}

/** How many CarePlans the unit may see match, for a search's total. */
export async function countCarePlans(
  db: Kysely<DB>,
  unitId: string,
  today: string,
  filter: CarePlanFilter,
): Promise<number> {
  const { rows } = await sql<{ count: string }>`
    SELECT count(*) AS count FROM ${newestPlans(unitId, today, filter)}`.execute(db);
  return Number(rows[0]?.count ?? 0);
}

/**
 * The versions of a SIP's plan, newest first, or the one asked for: its established versions, or its draft as
 * version 0 while none is established. The caller has decided the unit may read the plan.
 */
export async function carePlanVersions(
  db: Kysely<DB>,
  sipId: string,
  today: string,
  version: number | null,
): Promise<CarePlanRow[]> {
  const { rows } = await sql<CarePlanRow>`
    SELECT ${versionFacts(today, sql<boolean>`(coalesce(v.version, 0) = coalesce(pl.established_version, 0))`)}
    FROM sips s
    JOIN plans pl ON pl.sip_id = s.id
    LEFT JOIN plan_versions v ON v.sip_id = s.id AND pl.established_version IS NOT NULL
    WHERE s.id = ${sipId}
      AND ${version === null ? sql`TRUE` : sql`coalesce(v.version, 0) = ${version}`}
    ORDER BY coalesce(v.version, 0) DESC
    LIMIT 1000`.execute(db);
  return rows;
}
