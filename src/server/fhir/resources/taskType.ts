import { stockholmDate } from '../../../domain/time/stockholm.js';
import {
  countTasks,
  lockCaseOfInvitation,
  ownTaskRow,
  taskFacts,
  tasksPage,
  type TaskFilter,
  type TaskRow,
} from '../../data/fhirTasks.js';
import { fhirClientById } from '../../data/fhirClients.js';
import type { Actor } from '../../sips/actor.js';
import { answerInvitation } from '../../sips/steps/answerInvitation.js';
import { FhirError, fhirError, type IssueType } from '../outcome.js';
import { isUuid, pageOf, uuidWindow, type PageWindow } from '../paging.js';
import type { Found, ResourceType } from '../registry.js';
import type { FhirContext } from '../requestContext.js';
import { codesAsked, idsAsked, referencedIds } from './searchValues.js';
import { taskResource, taskStatuses, type FhirTask } from './task.js';
import { readTaskUpdate } from './taskUpdate.js';

const taskStatusSystem = 'http://hl7.org/fhir/task-status';

/** R4's issue type for each refusal of an update. */
const refusalIssue: Record<400 | 412 | 422, IssueType> = {
  400: 'invalid',
  412: 'conflict',
  422: 'business-rule',
};

/** The Task as its row reads, with whom it concerns. */
function found(context: FhirContext, row: TaskRow): Found & { resource: FhirTask } {
  return {
    resource: taskResource(context.baseUrl, taskFacts(row)),
    concerns: { personId: row.personId, sipId: row.sipId },
  };
}

/**
 * Who answers: the staff user, or a FHIR system client, whose actor carries its registration's id where a user's
 * would be. The answer then names the client, not a user, in the invitation and the case history.
 */
async function answerer(context: FhirContext): Promise<Actor> {
  const { actor } = context;
  if (actor.kind === 'fhir_client') return actor;
  return (await fhirClientById(context.db, actor.userId)) ? { ...actor, kind: 'fhir_client' } : actor;
}

/** The rows the unit's part in the case lets it read, as the JSON API's case read decides (`readCase`). */
function readable(context: FhirContext, rows: TaskRow[]): TaskRow[] {
  return rows.filter((row) => context.may(row.standing, 'readCase'));
}

/** The invitation's row whoever may read it; undefined when there is none on a case the unit may see. */
async function taskRow(context: FhirContext, id: string): Promise<TaskRow | undefined> {
  if (!isUuid(id)) return undefined;
  const filter: TaskFilter = { ids: [id], personIds: null, sipIds: null, ownerUnitIds: null, statuses: null };
  const window: PageWindow = { count: 1, after: null, before: null };
  return (await tasksPage(context.db, context.actor.unitId, stockholmDate(), filter, window))[0];
}

/**
 * Task: one per invitation, its status the invited unit's answer (fhir-mapping.md, Task). The one type a client
 * writes: a Task update by the invited unit is its answer, run by the same command as the JSON API's answer.
 */
export const taskType: ResourceType = {
  type: 'Task',
  searchParameters: [
    { name: '_id', type: 'token', description: 'The Task id (the invitation’s id in Samplan)' },
    { name: 'patient', type: 'reference', target: ['Patient'], description: 'The individual the SIP is for' },
    { name: 'based-on', type: 'reference', target: ['CarePlan'], description: 'The SIP’s CarePlan' },
    { name: 'owner', type: 'reference', target: ['Organization'], description: 'The invited unit' },
    {
      name: 'status',
      type: 'token',
      description: 'The answer: requested, received, accepted, rejected, cancelled',
    },
  ],

  async read(context, id) {
    const row = await taskRow(context, id);
    return row && readable(context, [row]).length > 0 ? found(context, row) : null;
  },

  async search(context, search, window) {
    const filter: TaskFilter = {
      ids: idsAsked(search),
      personIds: referencedIds(search, 'patient'),
      sipIds: referencedIds(search, 'based-on'),
      ownerUnitIds: referencedIds(search, 'owner'),
      statuses: codesAsked(search, 'status', taskStatusSystem, taskStatuses),
    };
    const today = stockholmDate();
    const rows = await tasksPage(context.db, context.actor.unitId, today, filter, uuidWindow(window));
    const page = pageOf(rows, window, (row) => row.id);
    return {
      found: readable(context, page.rows).map((row) => found(context, row)),
      total: await countTasks(context.db, context.actor.unitId, today, filter),
      nextKey: page.nextKey,
      previousKey: page.previousKey,
    };
  },

  /**
   * The invited unit's answer (0038): compared with the Task as it stands under the case's lock, then given by
   * `answerInvitation`, which decides whether this unit may answer and whether the answer may be given now, records
   * it in the case history and the access log, and notifies as the JSON API's answer does.
   */
  async update(context, id, body, ifMatch) {
    if (isUuid(id)) await lockCaseOfInvitation(context.db, id);
    const row = await taskRow(context, id);
    if (!row || readable(context, [row]).length === 0)
      throw fhirError(404, 'not-found', 'notFound', { type: 'Task', id });
    const current = found(context, row);
    const update = readTaskUpdate(current.resource, body, { id, ifMatch });
    switch (update.kind) {
      case 'refused':
        throw new FhirError(update.status, refusalIssue[update.status], update.text);
      case 'unchanged':
        return current;
      case 'answer': {
        await answerInvitation(context.db, await answerer(context), id, update.answer);
        // The Task as answered, read as the unit's own invitation: a decline may end its part in the case, yet
        // it is told what it just wrote.
        const answered = await ownTaskRow(context.db, context.actor.unitId, id);
        return answered ? found(context, answered) : current;
      }
    }
  },
};
