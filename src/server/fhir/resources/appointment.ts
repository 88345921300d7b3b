import type { Appointment, AppointmentParticipant, Extension } from '@medplum/fhirtypes';
import type { Invitation, Meeting } from '../../../db/schema.js';
import { vocabSv } from '../../../shared/words/vocab.sv.js';
import { meetingKindText, sipMeeting, type MeetingFacts } from './appointmentFacts.js';
import { unitRoleId } from './practitionerRoleIds.js';
import type { Served } from './served.js';
import { fhirInstant } from './elements.js';

/** A SIP meeting as an Appointment, one per meeting (docs/fhir-mapping.md, Appointment). */

export const appointmentStatus = {
  scheduled: 'booked',
  held: 'fulfilled',
  cancelled: 'cancelled',
} as const satisfies Record<Meeting['status'], Appointment['status']>;

/** An invited unit's answer as its participation: no answer yet needs action; a forward is the unit's no. */
const answerStatus = {
  sent: 'needs-action',
  acknowledged: 'needs-action',
  accepted: 'accepted',
  declined: 'declined',
  forwarded: 'declined',
} as const satisfies Record<Invitation['status'], AppointmentParticipant['status']>;

const individualAnswerStatus = {
  coming: 'accepted',
  another_time: 'declined',
} as const satisfies Record<NonNullable<MeetingFacts['individualAnswer']>, AppointmentParticipant['status']>;

/**
 * Who came, carried on each participant by Samplan's extension: R4 has no element for "came, sent återbud, stayed
 * away without återbud", and that difference is what the county's deviation reporting counts.
 */
function attendance(base: string, value: string | null): { extension?: Extension[] } {
  if (value === null) return {};
  return { extension: [{ url: `${base}/StructureDefinition/attendance`, valueCode: value }] };
}

const presence = (present: boolean | null) => (present === null ? null : present ? 'present' : 'absent');

export function appointmentResource(base: string, facts: MeetingFacts): Served<Appointment> {
  const { meeting, sip, invitations } = facts;
  const invitedUnits = new Set(invitations.map((invitation) => invitation.unitId));
  const participant: AppointmentParticipant[] = [
    {
      actor: { reference: `Patient/${sip.personId}` },
      required: 'required',
      status: facts.individualAnswer ? individualAnswerStatus[facts.individualAnswer] : 'needs-action',
      ...attendance(base, presence(meeting.individualPresent)),
    },
    ...(meeting.relativesPresent === null
      ? []
      : [
          {
            type: [{ text: vocabSv.initiatorType.relative }],
            required: 'optional' as const,
            status: 'accepted' as const,
            ...attendance(base, presence(meeting.relativesPresent)),
          },
        ]),
    // The unit that called the meeting comes to it; it is listed once even if it was also invited.
    ...(invitedUnits.has(meeting.organiserUnitId)
      ? []
      : [
          {
            actor: { reference: `PractitionerRole/${unitRoleId(meeting.organiserUnitId)}` },
            required: 'required' as const,
            status: 'accepted' as const,
          },
        ]),
    // A principal's unit must come; another actor is called but not obliged, so it may.
    ...invitations.map((invitation) => ({
      actor: { reference: `PractitionerRole/${unitRoleId(invitation.unitId)}` },
      required: invitation.obliged ? ('required' as const) : ('optional' as const),
      status: answerStatus[invitation.status],
      ...attendance(base, invitation.attendance),
    })),
  ];
  return {
    resourceType: 'Appointment',
    id: meeting.id,
    meta: { lastUpdated: fhirInstant(meeting.updatedAt) },
    status: appointmentStatus[meeting.status],
    ...(meeting.status === 'cancelled' &&
      meeting.cancelReason && { cancelationReason: { text: meeting.cancelReason } }),
    appointmentType: { text: meetingKindText(meeting.form) },
    description: `${sipMeeting} ${sip.caseNumber}`,
    supportingInformation: [{ reference: `CarePlan/${sip.id}` }, { reference: `EpisodeOfCare/${sip.id}` }],
    start: fhirInstant(meeting.startsAt),
    end: fhirInstant(meeting.endsAt),
    created: fhirInstant(meeting.createdAt),
    ...(meeting.place && { comment: meeting.place }),
    participant,
  };
}
