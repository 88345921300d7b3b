import { fill } from '../../shared/words/fill.js';
import { startSv } from '../../shared/words/start.sv.js';
import { vocabSv } from '../../shared/words/vocab.sv.js';
import { dateTimeOf, fact, type PlanPdfFacts } from './planPdfFacts.js';
import type { TaggedWriter } from './taggedWriter.js';

const print = startSv.print;
type Invitation = NonNullable<PlanPdfFacts['meeting']>['invitations'][number];

const presence = (value: boolean | null | undefined) => {
  if (value === null || value === undefined) return print.notRecorded;
  return value ? print.yes : print.no;
};

function attendance(invitation: Invitation): string {
  if (invitation.attendance) return vocabSv.attendance[invitation.attendance];
  if (invitation.status === 'declined') return vocabSv.invitationStatus.declined;
  return print.notRecorded;
}

/**
 * Who took part in the meeting the version came from, unit by unit with attendance, whether the individual and
 * relatives were there, and how the individual took part — as the print view's `ParticipationSection`.
 */
export function participationSection(
  write: TaggedWriter,
  facts: PlanPdfFacts,
  unitName: (unitId: string | null) => string,
) {
  const { meeting } = facts;
  const section = write.section(print.participationHeading);
  if (meeting) {
    const form = vocabSv.meetingForm[meeting.form].toLocaleLowerCase('sv');
    const when = fill(print.meetingOn, { date: dateTimeOf(meeting.startsAt), form });
    write.paragraph(section, meeting.place ? `${when}, ${meeting.place}` : when);
  }
  const invitations = meeting?.invitations ?? [];
  write.table(
    section,
    [print.unit, print.role, print.attendees, print.attendance],
    [
      [unitName(facts.convenerUnitId), vocabSv.part.convener, startSv.none, startSv.none],
      ...invitations.map((invitation) => [
        unitName(invitation.unitId),
        invitation.obliged ? print.obliged : print.invited,
        invitation.attendees || startSv.none,
        attendance(invitation),
      ]),
    ],
    ['*', 95, 95, 105],
  );
  if (invitations.length === 0) write.paragraph(section, print.noInvitations);
  write.paragraph(section, fact(print.individualPresent, presence(meeting?.individualPresent)));
  write.paragraph(section, fact(print.relativesPresent, presence(meeting?.relativesPresent)));
  if (meeting?.attendanceNote) write.paragraph(section, meeting.attendanceNote);
  write.heading(section, 'H3', print.individualParticipation);
  write.paragraph(section, facts.content.individualParticipation.trim() || startSv.notFilledIn);
  section.end();
}
