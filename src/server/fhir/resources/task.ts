import type { InvitationsTable, MeetingsTable } from '../../../db/schema.js';
import { fhirResourcesSv } from '../../../shared/words/fhirResources.sv.js';
import { vocabSv } from '../../../shared/words/vocab.sv.js';
import {
  fhirInstant,
  practitionerRoleOf,
  reference,
  samplanCodeSystem,
  textOrAbsent,
  type CodeableConcept,
  type Meta,
  type Period,
  type Reference,
} from './elements.js';

/** R4 `task-status` (required binding), as far as an invitation goes. */
export type TaskStatus = 'requested' | 'received' | 'accepted' | 'rejected' | 'cancelled';
export const taskStatuses: readonly TaskStatus[] = [
  'requested',
  'received',
  'accepted',
  'rejected',
  'cancelled',
];

type InvitationStatus = InvitationsTable['status'];

/** The invitation's status as a Task's (fhir-mapping.md, Invitation status); a cancelled meeting cancels all. */
export const taskStatusOf: Record<InvitationStatus, TaskStatus> = {
  sent: 'requested',
  acknowledged: 'received',
  accepted: 'accepted',
  declined: 'rejected',
  forwarded: 'cancelled',
};

export interface TaskFacts {
  invitation: Pick<
    InvitationsTable,
    | 'id'
    | 'sipId'
    | 'meetingId'
    | 'unitId'
    | 'obliged'
    | 'status'
    | 'message'
    | 'sentBy'
    | 'acknowledgedAt'
    | 'answeredAt'
  > & { sentAt: Date; attendees: string; declineReason: string; forwardNote: string };
  meeting: Pick<MeetingsTable, 'organiserUnitId'> & {
    status: 'scheduled' | 'held' | 'cancelled';
    cancelledAt: Date | null;
    cancelReason: string;
  };
  personId: string;
  /** The invitation this one was forwarded to, when it was. */
  forwardedToId: string | null;
}

interface Output {
  type: CodeableConcept;
  valueString?: string;
  valueReference?: Reference;
}

export type FhirTask = {
  resourceType: 'Task';
  id: string;
  meta: Meta;
  status: TaskStatus;
  statusReason?: CodeableConcept;
  intent: 'order' | 'proposal';
  code: CodeableConcept;
  description?: string;
  basedOn: Reference[];
  focus: Reference;
  for: Reference;
  authoredOn: string;
  lastModified: string;
  requester: Reference;
  owner: Reference;
  executionPeriod: Period;
  output?: Output[];
};

/** The texts that name a Task's outputs; an update finds who attends by the first. */
export const taskOutputTypes = {
  attendees: fhirResourcesSv.task.attendees,
  forwardedTo: fhirResourcesSv.task.forwardedTo,
};

/**
 * The Task's version: one for the invitation sent, one more for each later change of what the Task shows — the
 * acknowledgement, the answer, the meeting's cancellation. It is what `If-Match` on an update is compared with.
 */
export function taskVersion({ invitation, meeting }: Pick<TaskFacts, 'invitation' | 'meeting'>): number {
  return [invitation.acknowledgedAt, invitation.answeredAt, meeting.cancelledAt].filter(Boolean).length + 1;
}

/**
 * One invitation as a Task (fhir-mapping.md, Task): the invited unit owns it, and its answer is the Task's status,
 * with who attends as an output or the reason given for declining as the status reason.
 */
export function taskResource(base: string, facts: TaskFacts): FhirTask {
  const { invitation, meeting } = facts;
  const cancelled = meeting.status === 'cancelled';
  const changes = [invitation.sentAt, invitation.acknowledgedAt, invitation.answeredAt].filter(
    (at): at is Date => at !== null,
  );
  const lastModified = new Date(Math.max(...changes.map((at) => at.getTime())));
  const lastUpdated =
    meeting.cancelledAt && meeting.cancelledAt > lastModified ? meeting.cancelledAt : lastModified;
  return {
    resourceType: 'Task',
    id: invitation.id,
    meta: { versionId: String(taskVersion(facts)), lastUpdated: fhirInstant(lastUpdated) },
    status: cancelled ? 'cancelled' : taskStatusOf[invitation.status],
    statusReason: statusReasonOf(base, facts),
    intent: invitation.obliged ? 'order' : 'proposal',
    code: { text: fhirResourcesSv.task.code },
    description: textOrAbsent(invitation.message),
    basedOn: [reference('CarePlan', invitation.sipId)],
    focus: reference('Appointment', invitation.meetingId),
    for: reference('Patient', facts.personId),
    authoredOn: fhirInstant(invitation.sentAt),
    lastModified: fhirInstant(lastModified),
    requester: practitionerRoleOf(invitation.sentBy, meeting.organiserUnitId),
    owner: reference('Organization', invitation.unitId),
    executionPeriod: {
      start: fhirInstant(invitation.sentAt),
      end: invitation.answeredAt ? fhirInstant(invitation.answeredAt) : undefined,
    },
    output: outputsOf(facts),
  };
}

function statusReasonOf(base: string, { invitation, meeting }: TaskFacts): CodeableConcept | undefined {
  if (meeting.status === 'cancelled') {
    const text = textOrAbsent(meeting.cancelReason);
    return text === undefined ? undefined : { text };
  }
  if (invitation.status === 'declined') {
    const text = textOrAbsent(invitation.declineReason);
    return text === undefined ? undefined : { text };
  }
  if (invitation.status !== 'forwarded') return undefined;
  return {
    coding: [
      {
        system: samplanCodeSystem(base, 'invitation-status'),
        code: 'forwarded',
        display: vocabSv.invitationStatus.forwarded,
      },
    ],
    text: textOrAbsent(invitation.forwardNote) ?? vocabSv.invitationStatus.forwarded,
  };
}

function outputsOf({ invitation, forwardedToId }: TaskFacts): Output[] | undefined {
  const attendees = invitation.status === 'accepted' ? textOrAbsent(invitation.attendees) : undefined;
  const outputs: Output[] = [
    ...(attendees === undefined
      ? []
      : [{ type: { text: taskOutputTypes.attendees }, valueString: attendees }]),
    ...(forwardedToId === null
      ? []
      : [{ type: { text: taskOutputTypes.forwardedTo }, valueReference: reference('Task', forwardedToId) }]),
  ];
  return outputs.length > 0 ? outputs : undefined;
}
