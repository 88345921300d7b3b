import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { meetingCalendar, type CalendarMeeting } from './calendar.js';

const meeting: CalendarMeeting = {
  meetingId: '0190a3c4-0000-7000-8000-00000000abcd',
  sequence: 0,
  startsAt: '2026-12-07T08:00:00.000Z',
  endsAt: '2026-12-07T09:00:00.000Z',
  form: 'in_person',
  caseLabel: 'SIP-2026-00012',
  link: 'https://samplan.example.se/sips/0190a3c4',
  organizer: { name: 'Individ- och familjeomsorgen Ekby', email: 'ifo@ekby.example.se' },
  cancelled: false,
};

function parsed(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const event = calendar.getFirstSubcomponent('vevent')!;
  return {
    method: calendar.getFirstPropertyValue('method'),
    uid: event.getFirstPropertyValue('uid'),
    sequence: event.getFirstPropertyValue('sequence'),
    status: event.getFirstPropertyValue('status'),
    location: event.getFirstPropertyValue('location'),
    start: (event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString(),
    organizer: String(event.getFirstPropertyValue('organizer')),
  };
}

describe('the meeting as iCalendar', () => {
  it('is a request under one UID per meeting, with the sequence, the time and the organiser', () => {
    expect(parsed(meetingCalendar(meeting))).toMatchObject({
      method: 'REQUEST',
      uid: `${meeting.meetingId}@samplan`,
      sequence: 0,
      status: 'CONFIRMED',
      start: meeting.startsAt,
      organizer: 'mailto:ifo@ekby.example.se',
    });
  });

  it('replaces the earlier copy on a move and removes it on a cancellation', () => {
    const moved = parsed(meetingCalendar({ ...meeting, sequence: 1, startsAt: '2026-12-08T08:00:00.000Z' }));
    expect(moved).toMatchObject({ method: 'REQUEST', uid: `${meeting.meetingId}@samplan`, sequence: 1 });
    const cancelled = parsed(meetingCalendar({ ...meeting, sequence: 2, cancelled: true }));
    expect(cancelled).toMatchObject({
      method: 'CANCEL',
      uid: `${meeting.meetingId}@samplan`,
      sequence: 2,
      status: 'CANCELLED',
    });
  });

  it('gives the form as the location, never an address', () => {
    expect(parsed(meetingCalendar(meeting)).location).toBe('Se Samplan / See Samplan');
    expect(parsed(meetingCalendar({ ...meeting, form: 'video' })).location).toBe('Video');
  });
});
