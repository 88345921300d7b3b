import type { Coding, Encounter } from '@medplum/fhirtypes';
import type { Meeting } from '../../../db/schema.js';
import { sipMeeting, type MeetingFacts } from './appointmentFacts.js';
import { unitRoleId } from './practitionerRoleIds.js';
import type { Served } from './served.js';
import { fhirInstant } from './elements.js';

/** A held SIP meeting as an Encounter, with the units that came (docs/fhir-mapping.md, Encounter). */

const actCode = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';
const participationType = 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType';

/** In person is ambulatory; by phone or video it is virtual. */
const encounterClass = {
  in_person: { system: actCode, code: 'AMB', display: 'ambulatory' },
  phone: { system: actCode, code: 'VR', display: 'virtual' },
  video: { system: actCode, code: 'VR', display: 'virtual' },
} as const satisfies Record<Meeting['form'], Coding>;

const attender = {
  coding: [{ system: participationType, code: 'ATND', display: 'attender' }],
};

/** Only a held meeting is an encounter; undefined for one scheduled or cancelled. */
export function encounterResource(facts: MeetingFacts): Served<Encounter> | undefined {
  const { meeting, sip, invitations } = facts;
  if (meeting.status !== 'held') return undefined;
  // The unit that called the meeting held it; the invited units came as their attendance was recorded.
  const present = [
    ...new Set([
      meeting.organiserUnitId,
      ...invitations
        .filter((invitation) => invitation.attendance === 'present')
        .map((invitation) => invitation.unitId),
    ]),
  ];
  return {
    resourceType: 'Encounter',
    id: meeting.id,
    meta: { lastUpdated: fhirInstant(meeting.updatedAt) },
    status: 'finished',
    class: encounterClass[meeting.form],
    type: [{ text: sipMeeting }],
    subject: { reference: `Patient/${sip.personId}` },
    episodeOfCare: [{ reference: `EpisodeOfCare/${sip.id}` }],
    appointment: [{ reference: `Appointment/${meeting.id}` }],
    // A meeting entered afterwards was stored with its real times, so the period is always when it was held.
    period: { start: fhirInstant(meeting.startsAt), end: fhirInstant(meeting.endsAt) },
    participant: present.map((unitId) => ({
      type: [attender],
      individual: { reference: `PractitionerRole/${unitRoleId(unitId)}` },
    })),
    serviceProvider: { reference: `Organization/${meeting.organiserUnitId}` },
  };
}
