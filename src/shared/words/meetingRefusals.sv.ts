import type { Messages } from './messages.js';

/** Swedish words of the refusals of a SIP meeting's steps; meetingRefusals.en.ts mirrors every key. */
export const meetingRefusalsSv = {
  endsBeforeStart: 'Mötet måste sluta efter att det börjar.',
  inPast: 'Mötet kan inte läggas i det förflutna.',
  cannotInviteConvener: 'Enheten som kallar till mötet kallas inte till det.',
  unitOutsideConsent:
    'Samtycket omfattar inte alla valda enheter. Utöka samtycket först, med den enskildes medgivande.',
  alreadyInvited: 'En eller flera av enheterna är redan kallade till mötet.',
  alreadyScheduled: 'Ett möte är redan planerat. Kalla fler eller flytta det i stället.',
  noScheduledMeeting: 'Det finns inget planerat möte {{toDo}}.',
  /** What there was no scheduled meeting for, as the end of `noScheduledMeeting`. */
  toDo: {
    invite: 'att kalla till',
    reschedule: 'att flytta',
    cancel: 'att ställa in',
    recordAttendance: 'att registrera närvaro för',
  },
  notStarted: 'Närvaro kan registreras först när mötet har börjat ({{startsAt}}).',
  attendanceIncomplete: 'Ange närvaro en gång för varje kallad part till mötet, och inga andra.',
  relativesNotConsented:
    'Samtycket säger att närstående inte får delta, så de kan inte registreras som närvarande.',
  notOver: 'Ett möte kan efterregistreras först när det är slut. Boka det i stället om det ligger framåt.',
  alreadyBooked: 'Ett möte är redan bokat. Registrera närvaron för det, eller ställ in det först.',
  attendanceTwice: 'Ange varje enhet en gång.',
};

export type MeetingRefusalMessages = Messages<typeof meetingRefusalsSv>;
