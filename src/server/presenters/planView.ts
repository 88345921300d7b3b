import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
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

export async function presentPlan(db: Kysely<DB>, sipId: string) {
  const plan = await db.selectFrom('plans').selectAll().where('sipId', '=', sipId).executeTakeFirst();
  if (!plan) return null;
  const updatedBy = plan.updatedBy
    ? await db.selectFrom('users').select('displayName').where('id', '=', plan.updatedBy).executeTakeFirst()
    : undefined;
  return {
    revision: plan.revision,
    establishedVersion: plan.establishedVersion,
    content: plan.content,
    missing: missingPlanParts(plan.content, await completenessContext(db, plan.content)),
    updatedByName: updatedBy?.displayName ?? null,
    updatedAt: plan.updatedAt.toISOString(),
  };
}
