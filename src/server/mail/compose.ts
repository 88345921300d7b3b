import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { TIME_ZONE } from '../../domain/time/stockholm.js';
import type { NoticeSnapshot } from '../notifications/snapshot.js';
import { meetingCalendar } from './calendar.js';
import { mailText } from './mailTexts.js';

export interface MailSettings {
  /** Where users reach Samplan; every mail links there. */
  publicUrl: string;
  /** The sender, and the calendar organiser when the convening unit has no mailbox. */
  mailFrom: string;
}

export interface ComposedMail {
  subject: string;
  text: string;
  ical: string | null;
}

function meetingTime(startsAt: string, endsAt: string, locale: 'sv-SE' | 'en-GB'): string {
  const day = new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, dateStyle: 'full' });
  const clock = new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, timeStyle: 'short' });
  const start = new Date(startsAt);
  return `${day.format(start)} ${clock.format(start)}–${clock.format(new Date(endsAt))}`;
}

/** The mail for one notice, the same for each of its recipients; built from ids, unit names and the snapshot. */
export async function composeMail(
  db: Kysely<DB>,
  noticeId: string,
  settings: MailSettings,
): Promise<ComposedMail> {
  const notice = await db
    .selectFrom('notices')
    .innerJoin('units', 'units.id', 'notices.unitId')
    .leftJoin('sips', 'sips.id', 'notices.sipId')
    .leftJoin('units as convening', 'convening.id', 'sips.conveningUnitId')
    .select([
      'notices.kind',
      'notices.sipId',
      'notices.meetingId',
      'notices.deviationId',
      'notices.data',
      'units.name as receivingUnit',
      'sips.caseNumber',
      'convening.name as convener',
      'convening.email as convenerEmail',
    ])
    .where('notices.id', '=', noticeId)
    .executeTakeFirstOrThrow();
  const snapshot = notice.data as NoticeSnapshot;
  const path = notice.deviationId
    ? `/deviations/${notice.deviationId}`
    : notice.sipId
      ? `/sips/${notice.sipId}`
      : notice.kind === 'discharge_invitation_due'
        ? '/discharges'
        : '/';
  const link = `${settings.publicUrl}${path}`;
  const meeting = snapshot.meeting ?? null;
  const { subject, text } = mailText(
    notice.kind,
    {
      caseNumber: notice.caseNumber,
      receivingUnit: notice.receivingUnit,
      convener: notice.convener,
      meeting: meeting && {
        when: {
          sv: meetingTime(meeting.startsAt, meeting.endsAt, 'sv-SE'),
          en: meetingTime(meeting.startsAt, meeting.endsAt, 'en-GB'),
        },
        form: meeting.form,
      },
      planVersion: snapshot.planVersion ?? null,
      followUpOn: snapshot.followUpOn ?? null,
    },
    link,
  );
  const carriesCalendar =
    notice.kind === 'invitation_new' ||
    notice.kind === 'meeting_changed' ||
    notice.kind === 'meeting_cancelled';
  const ical =
    carriesCalendar && meeting && notice.meetingId
      ? meetingCalendar({
          meetingId: notice.meetingId,
          sequence: meeting.sequence,
          startsAt: meeting.startsAt,
          endsAt: meeting.endsAt,
          form: meeting.form,
          caseLabel: notice.caseNumber ?? 'SIP',
          link,
          organizer: {
            name: notice.convener ?? 'Samplan',
            email: notice.convenerEmail || settings.mailFrom,
          },
          cancelled: notice.kind === 'meeting_cancelled',
        })
      : null;
  return { subject, text, ical };
}
