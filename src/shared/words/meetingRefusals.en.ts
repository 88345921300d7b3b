import type { MeetingRefusalMessages } from './meetingRefusals.sv.js';

export const meetingRefusalsEn: MeetingRefusalMessages = {
  endsBeforeStart: 'The meeting must end after it starts.',
  inPast: 'The meeting cannot be set in the past.',
  cannotInviteConvener: 'The unit calling the meeting is not invited to it.',
  unitOutsideConsent:
    'The consent does not cover every chosen unit. Widen the consent first, with the individual’s agreement.',
  alreadyInvited: 'One or more of the units are already invited to the meeting.',
  alreadyScheduled: 'A meeting is already scheduled. Invite more units or reschedule it instead.',
  noScheduledMeeting: 'There is no scheduled meeting {{toDo}}.',
  toDo: {
    invite: 'to invite to',
    reschedule: 'to reschedule',
    cancel: 'to cancel',
    recordAttendance: 'to record attendance for',
  },
  notStarted: 'Attendance can be recorded once the meeting has begun ({{startsAt}}).',
  attendanceIncomplete: 'Give attendance once for every party invited to the meeting, and no others.',
  relativesNotConsented:
    'The consent says relatives may not take part, so they cannot be recorded as present.',
  notOver: 'A meeting can be entered afterwards once it is over. Book it instead if it lies ahead.',
  alreadyBooked: 'A meeting is already booked. Record its attendance, or cancel it first.',
  attendanceTwice: 'Give each unit once.',
};
