import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { DB } from '../../db/schema.js';
import { sipPhases } from '../../domain/sip/phase.js';
import { outcomeValues } from '../../shared/api/vocabulary.js';
import { caseStandingSql, type CaseStanding } from '../access/caseStanding.js';
import { visibleToUnit } from '../access/consentInForce.js';
import { keysetCondition, keysetDirection, keysetLimit, type PageWindow } from '../fhir/paging.js';
import type { GoalFacts } from '../fhir/resources/goal.js';
import { goalLifecycle, type GoalLifecycleStatus, type GoalStanding } from '../fhir/resources/goalStatus.js';

/**
 * The goals a unit may read as FHIR Goals (fhir-mapping.md, Goal): each goal with a text in the newest established
 * version of a plan on a case the unit may see (`visibleToUnit`) — or in the working draft before the first
 * version — with every follow-up's judgement of it and the unit's standing in the case for the access policy.
 * A goal has no row of its own; its id is made in the query as `goalId` makes it, so pages run in id order.
 */
export type GoalRow = GoalFacts & { id: string; standing: CaseStanding };

/** Which goals a search asks for; null leaves a criterion out. Ids are checked by the caller. */
export interface GoalFilter {
  ids: string[] | null;
  personIds: string[] | null;
  sipIds: string[] | null;
  lifecycleStatuses: GoalLifecycleStatus[] | null;
}

/** The id `goalId` gives: the SIP's 32 hex digits, then 32 of SHA-256 of the goal's key. */
const goalIdSql = sql<string>`replace(s.id::text, '-', '')
  || left(encode(sha256(convert_to(g.goal ->> 'key', 'UTF8')), 'hex'), 32)`;

/** The newest follow-up's outcome for the goal, or null before any follow-up judged it. */
const newestOutcomeSql = sql<string | null>`(
  SELECT item ->> 'outcome' FROM follow_ups f CROSS JOIN LATERAL jsonb_array_elements(f.items) item
  WHERE f.sip_id = s.id AND item ->> 'kind' = 'goal' AND item ->> 'key' = g.goal ->> 'key'
  ORDER BY f.held_on DESC, f.recorded_at DESC LIMIT 1)`;

/**
 * The lifecycle statuses asked for as a condition in the query, from the one rule that decides them
 * (`goalLifecycle`): every standing a goal can have is put to the rule, and the query keeps the goals whose
 * standing gives a status asked for.
 */
function lifecycleCondition(statuses: GoalLifecycleStatus[]): RawBuilder<SqlBool> {
  const standings: GoalStanding[] = sipPhases.flatMap((phase) =>
    [true, false].flatMap((established) =>
      [null, ...outcomeValues].map((outcome) => ({ phase, established, outcome })),
    ),
  );
  const kept = standings.filter((standing) => statuses.includes(goalLifecycle(standing)));
  if (kept.length === 0) return sql<SqlBool>`FALSE`;
  const tuples = kept.map(
    ({ phase, established, outcome }) => sql`(${phase}::text, ${established}::boolean, ${outcome ?? ''}::text)`,
  );
  return sql<SqlBool>`(goals.phase::text, goals.established, coalesce(goals.outcome, '')) IN (${sql.join(tuples)})`;
}

function anyOf(column: string, ids: string[] | null, cast: 'uuid' | 'text' = 'uuid'): RawBuilder<SqlBool> {
  if (ids === null) return sql<SqlBool>`TRUE`;
  return sql<SqlBool>`${sql.ref(column)} = ANY (${ids}::${sql.raw(cast)}[])`;
}

/** The goals of the cases the unit may see, with what their lifecycle is decided from. */
function visibleGoals(unitId: string, today: string, filter: GoalFilter) {
  return sql`(
    SELECT ${goalIdSql} AS id, s.id AS sip_id, s.person_id, s.phase, pl.established_version IS NOT NULL AS established,
      g.goal, ${newestOutcomeSql} AS outcome
    FROM sips s
    JOIN plans pl ON pl.sip_id = s.id
    LEFT JOIN plan_versions v ON v.sip_id = s.id AND v.version = pl.established_version
    CROSS JOIN LATERAL jsonb_array_elements(COALESCE(v.content, pl.content) -> 'goals') AS g(goal)
    WHERE ${visibleToUnit(sql.ref('s.id'), unitId, today)}
      AND btrim(g.goal ->> 'text') <> ''
      AND ${anyOf('s.person_id', filter.personIds)}
      AND ${anyOf('s.id', filter.sipIds)}
  ) AS goals
  WHERE ${anyOf('goals.id', filter.ids, 'text')}
    AND ${filter.lifecycleStatuses === null ? sql`TRUE` : lifecycleCondition(filter.lifecycleStatuses)}`;
}

/**
 * One page of the goals the unit may see that match, in id order from the window's cursor, each with every
 * follow-up's judgement of it (newest first) and when the first version that has it was established.
 */
export async function goalsPage(
  db: Kysely<DB>,
  unitId: string,
  today: string,
  filter: GoalFilter,
  window: PageWindow,
): Promise<GoalRow[]> {
  const { rows } = await sql<GoalRow>`
    SELECT goals.id, goals.sip_id, goals.person_id, goals.phase, goals.established, goals.goal,
      (SELECT coalesce(json_agg(json_build_object(
          'heldOn', f.held_on, 'outcome', item ->> 'outcome', 'note', item ->> 'note')
        ORDER BY f.held_on DESC, f.recorded_at DESC), '[]')
        FROM follow_ups f CROSS JOIN LATERAL jsonb_array_elements(f.items) item
        WHERE f.sip_id = goals.sip_id AND item ->> 'kind' = 'goal' AND item ->> 'key' = goals.goal ->> 'key'
      ) AS judgements,
      (SELECT min(pv.created_at) FROM plan_versions pv
        WHERE pv.sip_id = goals.sip_id AND EXISTS (
          SELECT 1 FROM jsonb_array_elements(pv.content -> 'goals') AS kept(goal)
          WHERE kept.goal ->> 'key' = goals.goal ->> 'key')
      ) AS first_established_at,
      ${caseStandingSql(sql.ref('goals.sip_id'), unitId)} AS standing
    FROM ${visibleGoals(unitId, today, filter)}
      AND ${keysetCondition(sql`goals.id COLLATE "C"`, window)}
    ORDER BY goals.id COLLATE "C" ${sql.raw(keysetDirection(window))}
    LIMIT ${keysetLimit(window)}`.execute(db);
  return rows;
}

/** How many goals the unit may see match, for a search's total. */
export async function countGoals(db: Kysely<DB>, unitId: string, today: string, filter: GoalFilter): Promise<number> {
  const { rows } = await sql<{ count: string }>`
    SELECT count(*) AS count FROM ${visibleGoals(unitId, today, filter)}`.execute(db);
  return Number(rows[0]?.count ?? 0);
}
