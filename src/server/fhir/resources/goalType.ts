import { stockholmDate } from '../../../domain/time/stockholm.js';
import { countGoals, goalsPage, type GoalFilter, type GoalRow } from '../../data/fhirGoals.js';
import { pageOf } from '../paging.js';
import type { Found, ResourceType } from '../registry.js';
import type { FhirContext } from '../requestContext.js';
import { goalResource, readGoalId } from './goal.js';
import { goalLifecycleStatuses } from './goalStatus.js';
import { codesAsked, idsAsked, referencedIds, windowOfIds } from './searchValues.js';

const goalStatusSystem = 'http://hl7.org/fhir/goal-status';
const isGoalId = (id: string) => readGoalId(id) !== undefined;

/** The goals the unit's part in the case lets it read: the plan's, as the JSON API's plan read decides (`readPlan`). */
function readable(context: FhirContext, rows: GoalRow[]): Found[] {
  return rows
    .filter((row) => context.may(row.standing, 'readPlan'))
    .map((row) => ({
      resource: goalResource(context.baseUrl, row),
      concerns: { personId: row.personId, sipId: row.sipId },
    }));
}

/** Goal: each goal of the newest established plan version, or of the draft before one (fhir-mapping.md, Goal). */
export const goalType: ResourceType = {
  type: 'Goal',
  searchParameters: [
    { name: '_id', type: 'token', description: 'The Goal id' },
    {
      name: 'patient',
      type: 'reference',
      target: ['Patient'],
      description: 'The individual whose goal it is',
    },
    {
      name: 'care-plan',
      type: 'reference',
      target: ['CarePlan'],
      description: 'The SIP’s CarePlan the goal is in',
    },
    {
      name: 'lifecycle-status',
      type: 'token',
      description:
        'proposed, active, on-hold, completed or cancelled (from the plan and the newest follow-up)',
    },
  ],

  async read(context, id) {
    if (!isGoalId(id)) return null;
    const filter: GoalFilter = { ids: [id], personIds: null, sipIds: null, lifecycleStatuses: null };
    const window = { count: 1, after: null, before: null };
    const rows = await goalsPage(context.db, context.actor.unitId, stockholmDate(), filter, window);
    return readable(context, rows)[0] ?? null;
  },

  async search(context, search, window) {
    const filter: GoalFilter = {
      ids: idsAsked(search, isGoalId),
      personIds: referencedIds(search, 'patient'),
      sipIds: referencedIds(search, 'care-plan'),
      lifecycleStatuses: codesAsked(search, 'lifecycle-status', goalStatusSystem, goalLifecycleStatuses),
    };
    const today = stockholmDate();
    const rows = await goalsPage(
      context.db,
      context.actor.unitId,
      today,
      filter,
      windowOfIds(window, isGoalId),
    );
    const page = pageOf(rows, window, (row) => row.id);
    return {
      found: readable(context, page.rows),
      total: await countGoals(context.db, context.actor.unitId, today, filter),
      nextKey: page.nextKey,
      previousKey: page.previousKey,
    };
  },
};
