import type { Kysely, Selectable } from 'kysely';
import type { DB, PlansTable } from '../../db/schema.js';
import { missingPlanParts, type CompletenessContext } from '../../domain/plan/completeness.js';
import { stockholmDate } from '../../domain/time/stockholm.js';
import type { PlanContent } from '../../shared/plan.js';
import { organisationKind, unitDirectory } from '../data/directory.js';
import { unitsAtMeetings } from '../data/meetings.js';
import { planWithEditor } from '../data/plans.js';
import { templateReferenceOf, type TemplateColumns } from '../templates/templateReference.js';

/** What the completeness rules ask of the case: the kinds of the organisations named, and who took part. */
export interface CaseFacts {
  organisationKinds: ReadonlyMap<string, string>;
  unitOrganisationKinds: ReadonlyMap<string, string>;
  unitsAtMeetings: readonly string[];
}

export function completenessOf(facts: CaseFacts): CompletenessContext {
  return {
    organisationKind: (id) => facts.organisationKinds.get(id),
    unitOrganisationKind: (id) => facts.unitOrganisationKinds.get(id),
    unitsAtMeetings: facts.unitsAtMeetings,
    today: stockholmDate(),
  };
}

/** Reads what the completeness rules need about a case and the plan written for it. */
export async function completenessContext(
  db: Kysely<DB>,
  sipId: string,
  plan: PlanContent,
): Promise<CompletenessContext> {
  const atMeetings = await unitsAtMeetings(db, sipId);
  const unitIds = [
    ...atMeetings,
    ...plan.writtenWithUnitIds,
    ...(plan.coordinator.unitId ? [plan.coordinator.unitId] : []),
  ];
  const units = await unitDirectory(db, unitIds);
  const principal = plan.overallResponsibilityOrganisationId;
  const principalKind = principal ? await organisationKind(db, principal) : undefined;
  return completenessOf({
    organisationKinds: new Map(principal && principalKind ? [[principal, principalKind]] : []),
    unitOrganisationKinds: new Map([...units.values()].map((unit) => [unit.unitId, unit.organisationKind])),
    unitsAtMeetings: atMeetings,
  });
}

/** The working copy of the plan as read, with what it still lacks before it can be established. */
export function planView(
  plan: Pick<Selectable<PlansTable>, 'revision' | 'establishedVersion' | 'content'> &
    TemplateColumns & { updatedAt: Date | string },
  updatedByName: string | null,
  context: CompletenessContext,
) {
  return {
    revision: plan.revision,
    establishedVersion: plan.establishedVersion,
    content: plan.content,
    missing: missingPlanParts(plan.content, context),
    updatedByName,
    updatedAt: new Date(plan.updatedAt).toISOString(),
    template: templateReferenceOf(plan),
  };
}

export async function presentPlan(db: Kysely<DB>, sipId: string) {
  const plan = await planWithEditor(db, sipId);
  return plan ? planView(plan, plan.updatedByName, await completenessContext(db, sipId, plan.content)) : null;
}
