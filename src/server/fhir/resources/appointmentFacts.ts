import type { Invitation, Meeting } from '../../../db/schema.js';
import { fhirResourcesSv } from '../../../shared/words/fhirResources.sv.js';
import { vocabSv } from '../../../shared/words/vocab.sv.js';

/**
 * What Appointment and Encounter are both built from: a meeting, its case, the invitations to it and the
 * individual's own answer (docs/fhir-mapping.md, Appointment and Encounter).
 */
export interface MeetingFacts {
  meeting: Pick<
    Meeting,
    | 'id'
    | 'startsAt'
    | 'endsAt'
    | 'form'
    | 'place'
    | 'status'
    | 'individualPresent'
    | 'relativesPresent'
    | 'organiserUnitId'
    | 'cancelReason'
    | 'createdAt'
    | 'updatedAt'
  >;
  sip: { id: string; caseNumber: string; personId: string };
  /** Every invitation to the meeting, forwarded ones too, in the order they were sent. */
  invitations: Pick<Invitation, 'unitId' | 'status' | 'obliged' | 'attendance'>[];
  /**
   * The individual's own answer on their pages; null before they answered, and when the reader may not read the
   * plan, since the JSON API shows what the individual's side told only with the plan.
   */
  individualAnswer: 'coming' | 'another_time' | null;
}

/** What FHIR calls a SIP meeting in its texts. */
export const sipMeeting = fhirResourcesSv.meeting.sipMeeting;

/** The meeting's kind in words: a SIP meeting, and how it is held. */
export function meetingKindText(form: Meeting['form']): string {
  return `${sipMeeting}, ${vocabSv.meetingForm[form].toLowerCase()}`;
}
