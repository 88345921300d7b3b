import { isDeepStrictEqual } from 'node:util';
import type { LocalisedText } from '../../../domain/errors.js';
import { acceptBody, declineBody } from '../../../shared/api/requests.js';
import { bothLanguages } from '../../../shared/words/bothLanguages.js';
import { fhirResourceRefusalsEn } from '../../../shared/words/fhirResourceRefusals.en.js';
import {
  fhirResourceRefusalsSv,
  type FhirResourceRefusalMessages,
} from '../../../shared/words/fhirResourceRefusals.sv.js';
import { fill } from '../../../shared/words/fill.js';
import type { InvitationAnswer } from '../../sips/steps/answerInvitation.js';
import { taskOutputTypes, type FhirTask } from './task.js';

const words = { sv: fhirResourceRefusalsSv, en: fhirResourceRefusalsEn };

/** What a Task update asks for: nothing new, one of the invited unit's answers, or a refusal naming the element. */
export type TaskUpdate =
  | { kind: 'unchanged' }
  | { kind: 'answer'; answer: InvitationAnswer }
  | { kind: 'refused'; status: 400 | 412 | 422; code: string; element: string; text: LocalisedText };

/** The elements an answer changes; everything else must be sent back as it was read. */
const answerElements = new Set(['status', 'statusReason', 'output']);
/** Kept by the server: versions travel in If-Match, not in the body. */
const serverElements = new Set(['meta']);

function refused(
  status: 400 | 412 | 422,
  code: string,
  element: string,
  say: (said: FhirResourceRefusalMessages) => string,
): TaskUpdate {
  return { kind: 'refused', status, code, element, text: bothLanguages(words, say) };
}

/**
 * Reads a Task update against the Task as it stands (fhir-mapping.md, Task; 0038), with the version `If-Match`
 * named (null without one: the answer command refuses a second answer anyway). The invited unit's answer is
 * a change of `status` — received acknowledges, accepted accepts with who attends in an `output`, rejected
 * declines with the reason in `statusReason.text`. Any other difference is refused naming the element, so a
 * client never believes it changed something Samplan ignored. Whether the answer may be given now is the
 * answer command's rule, not this one's.
 */
export function readTaskUpdate(
  current: FhirTask,
  body: unknown,
  ask: { id: string; ifMatch: string | null },
): TaskUpdate {
  if (
    typeof body !== 'object' ||
    body === null ||
    (body as { resourceType?: unknown }).resourceType !== 'Task'
  ) {
    return refused(400, 'not_a_task', 'Task', (said) => said.notATask);
  }
  const proposed = body as Record<string, unknown>;
  if (proposed.id !== ask.id) {
    return refused(400, 'id_differs', 'Task.id', (said) => fill(said.idDiffers, { id: String(proposed.id) }));
  }
  const version = current.meta.versionId ?? '';
  const asked = ask.ifMatch;
  if (asked !== null && asked !== version) {
    return refused(412, 'version_differs', 'If-Match', (said) =>
      fill(said.versionDiffers, { current: version, asked }),
    );
  }
  // Compared as JSON, as the client read it: elements left out are absent on both sides.
  const stands = JSON.parse(JSON.stringify(current)) as Record<string, unknown>;
  const differs = (element: string) => !isDeepStrictEqual(stands[element], proposed[element]);
  const elements = [...new Set([...Object.keys(stands), ...Object.keys(proposed)])];
  const changed = elements.find(
    (element) => !answerElements.has(element) && !serverElements.has(element) && differs(element),
  );
  if (changed !== undefined) {
    return refused(422, 'element_not_changeable', `Task.${changed}`, (said) =>
      fill(said.elementNotChangeable, { element: `Task.${changed}` }),
    );
  }
  if (!differs('status')) {
    if (differs('statusReason') || differs('output')) {
      const element = differs('statusReason') ? 'Task.statusReason' : 'Task.output';
      return refused(422, 'changed_without_answer', element, (said) => said.reasonOrOutputWithoutAnswer);
    }
    return { kind: 'unchanged' };
  }
  return answerOf(proposed);
}

function answerOf(proposed: Record<string, unknown>): TaskUpdate {
  switch (proposed.status) {
    case 'received':
      return { kind: 'answer', answer: { command: 'acknowledge' } };
    case 'accepted': {
      const attendees = acceptBody.safeParse({ attendees: attendeesOf(proposed.output) });
      if (!attendees.success) {
        return refused(422, 'attendees_missing', 'Task.output', (said) =>
          fill(said.attendeesMissing, { type: taskOutputTypes.attendees }),
        );
      }
      return { kind: 'answer', answer: { command: 'accept', attendees: attendees.data.attendees } };
    }
    case 'rejected': {
      const reason = declineBody.safeParse({
        reason: (proposed.statusReason as { text?: unknown } | undefined)?.text,
      });
      if (!reason.success)
        return refused(422, 'reason_missing', 'Task.statusReason', (said) => said.reasonMissing);
      return { kind: 'answer', answer: { command: 'decline', reason: reason.data.reason } };
    }
    default:
      return refused(422, 'status_not_an_answer', 'Task.status', (said) =>
        fill(said.statusNotAnAnswer, { status: String(proposed.status) }),
      );
  }
}

/** Who attends, from the one output named as such; anything else there is not an answer Samplan can keep. */
function attendeesOf(output: unknown): unknown {
  if (!Array.isArray(output) || output.length !== 1) return undefined;
  const [only] = output as { type?: { text?: unknown }; valueString?: unknown }[];
  return only?.type?.text === taskOutputTypes.attendees ? only.valueString : undefined;
}
