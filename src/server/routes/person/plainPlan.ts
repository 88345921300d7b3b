import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { PlainPlan } from '../../../shared/api/personSide.js';
import type { PlanContent } from '../../../shared/plan.js';
import { directoryNames } from '../../data/personSide/cases.js';

/**
 * The plan as the individual reads it: units and organisations by name, the parts the law asks for (needs,
 * wishes, goals, efforts with who does what and when, measures by others, the coordinator, the time plan and the
 * follow-up) and the child's view — none of the staff side's bookkeeping (ids, templates, who wrote it).
 */
export async function plainPlanOf(db: Kysely<DB>, content: PlanContent): Promise<PlainPlan> {
  const unitIds = content.efforts.flatMap((effort) =>
    effort.responsibleUnitId ? [effort.responsibleUnitId] : [],
  );
  if (content.coordinator.unitId) unitIds.push(content.coordinator.unitId);
  const names = await directoryNames(db, {
    units: unitIds,
    organisations: content.overallResponsibilityOrganisationId
      ? [content.overallResponsibilityOrganisationId]
      : [],
  });
  const unitName = (id: string | null) => (id ? (names.units.get(id) ?? null) : null);
  return {
    situation: content.situation,
    needs: content.needs,
    strengths: content.strengths,
    wishes: content.wishes,
    goals: content.goals.map(({ key, kind, text }) => ({ key, kind, text })),
    efforts: content.efforts.map((effort) => ({
      key: effort.key,
      description: effort.description,
      unitName: unitName(effort.responsibleUnitId),
      contact: effort.contactPerson,
      startDate: effort.startDate,
      endDate: effort.endDate,
      goalKeys: effort.goalKeys,
    })),
    measuresByOthers: content.measuresByOthers.map(({ key, description, actor, contact }) => ({
      key,
      description,
      actor,
      contact,
    })),
    coordinator: coordinatorOf(content, unitName(content.coordinator.unitId)),
    overallResponsibility: content.overallResponsibilityOrganisationId
      ? (names.organisations.get(content.overallResponsibilityOrganisationId) ?? null)
      : null,
    timePlan: content.timePlan,
    followUpWhat: content.followUpWhat,
    followUpDate: content.followUpDate,
    childView: content.childView,
  };
}

export function coordinatorOf(content: PlanContent, unitName: string | null): PlainPlan['coordinator'] {
  const { name, phone, email } = content.coordinator;
  return { name, unitName, phone, email };
}
