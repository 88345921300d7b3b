import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { meetingForms } from '../../shared/api/vocabulary.js';

export interface CalendarMeeting {
  meetingId: string;
  /** meetings.sequence: a reschedule or cancellation raises it, so calendars replace the older copy. */
  sequence: number;
  startsAt: string;
  endsAt: string;
  form: (typeof meetingForms)[number];
  caseLabel: string;
  link: string;
  organizer: { name: string; email: string };
  cancelled: boolean;
}

const locations: Record<(typeof meetingForms)[number], string> = {
  in_person: 'Se Samplan / See Samplan',
  phone: 'Telefon / Phone',
  video: 'Video',
};

/**
 * The meeting as an iCalendar request (or cancellation) that calendars file under one UID per meeting. The
 * location is the form only: an in-person meeting may be in the individual's home, whose address stays in Samplan.
 */
export function meetingCalendar(meeting: CalendarMeeting): string {
  const calendar = ical({
    prodId: { company: 'Samplan', product: 'Samplan', language: 'SV' },
    method: meeting.cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  calendar.createEvent({
    id: `${meeting.meetingId}@samplan`,
    sequence: meeting.sequence,
    start: new Date(meeting.startsAt),
    end: new Date(meeting.endsAt),
    stamp: new Date(),
    summary: `SIP-möte / SIP meeting – ${meeting.caseLabel}`,
    description: `Underlag och plats i Samplan / Details in Samplan: ${meeting.link}`,
    location: locations[meeting.form],
    url: meeting.link,
    organizer: meeting.organizer,
    status: meeting.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return calendar.toString();
}
