import { sql, type Kysely, type Selectable } from 'kysely';
import type { DB, PlansTable } from '../../db/schema.js';
import { missingPlanParts, type CompletenessContext } from '../../domain/plan/completeness.js';
import { stockholmDate } from '../../domain/time/stockholm.js';
import type { PlanContent } from '../../shared/plan.js';

/** What completeness needs to know about organisations named in the plan: whether each is a principal. */
export async function completenessContext(db: Kysely<DB>, plan: PlanContent): Promise<CompletenessContext> {
  const ids = [plan.overallResponsibilityOrganisationId].filter((id): id is string => id !== null);
  const kinds = new Map<string, string>();
  if (ids.length > 0) {
    const rows = await db.selectFrom('organisations').select(['id', 'kind']).where('id', 'in', ids).execute();
    for (const row of rows) kinds.set(row.id, row.kind);
  }
  return { organisationKind: (id) => kinds.get(id), today: stockholmDate() };
}

/** The working copy of the plan as read, with what it still lacks before it can be established. */
export function planView(
  plan: Pick<Selectable<PlansTable>, 'revision' | 'establishedVersion' | 'content'> & {
    updatedAt: Date | string;
  },
  updatedByName: string | null,
  overallResponsibilityKind: string | null,
) {
  const { overallResponsibilityOrganisationId } = plan.content;
  const context: CompletenessContext = {
    organisationKind: (id) =>
      id === overallResponsibilityOrganisationId ? (overallResponsibilityKind ?? undefined) : undefined,
    today: stockholmDate(),
  };
  return {
    revision: plan.revision,
    establishedVersion: plan.establishedVersion,
    content: plan.content,
    missing: missingPlanParts(plan.content, context),
    updatedByName,
    updatedAt: new Date(plan.updatedAt).toISOString(),
  };
}

export async function presentPlan(db: Kysely<DB>, sipId: string) {
  const plan = await db
    .selectFrom('plans')
    .leftJoin('users', 'users.id', 'plans.updatedBy')
    .leftJoin('organisations', (join) =>
      join.on(sql`organisations.id::text`, '=', sql`plans.content ->> 'overallResponsibilityOrganisationId'`),
    )
    .selectAll('plans')
    .select(['users.displayName as updatedByName', 'organisations.kind as overallResponsibilityKind'])
    .where('plans.sipId', '=', sipId)
    .executeTakeFirst();
  return plan ? planView(plan, plan.updatedByName, plan.overallResponsibilityKind) : null;
}
