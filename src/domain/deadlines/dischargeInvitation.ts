import { TZDate } from '@date-fns/tz';
import { addDays, startOfDay } from 'date-fns';
import { stockholmDate, TIME_ZONE } from '../time/stockholm.js';

/**
 * The deadline for the SIP invitation after discharge (lag 2017:612, 4 kap.): the named care contact invites
 * no later than `days` calendar days after the patient was declared ready for discharge.
 *
 * Definition: the day of the notice is day 0, counted as the Stockholm calendar day on which "ready for
 * discharge" was declared, whatever the hour. The invitation is in time when it is sent before midnight
 * (Stockholm time) at the end of calendar day `days`. Ready on Monday 23:30 with 3 days: in time until Thursday
 * 23:59:59, late from Friday 00:00. Counting whole calendar days, not 72 hours, is what the law and the county
 * agreements mean, and a daylight-saving change neither shortens nor lengthens the deadline by an hour.
 */
export interface InvitationDeadline {
  /** The last calendar day on which the invitation is in time, as YYYY-MM-DD (Stockholm). */
  lastDay: string;
  /** The first instant at which the invitation is late: 00:00 Stockholm time on the day after `lastDay`. */
  lateFrom: Date;
}

export function invitationDeadline(readyAt: Date, days: number): InvitationDeadline {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`days must be a whole number ≥ 0: ${days}`);
  // Calendar arithmetic in Stockholm time: adding a day moves the date, keeping midnight through DST changes.
  const dayOfNotice = startOfDay(new TZDate(readyAt.getTime(), TIME_ZONE));
  const lateFrom = new Date(addDays(dayOfNotice, days + 1).getTime());
  return { lastDay: stockholmDate(new Date(lateFrom.getTime() - 1)), lateFrom };
}

/**
 * Where an invitation stands against its deadline: sent in time or late, or not yet sent and still due or
 * already late.
 */
export type DeadlineStanding = 'invited_in_time' | 'invited_late' | 'due' | 'overdue';

export function deadlineStanding(lateFrom: Date, invitedAt: Date | null, now: Date): DeadlineStanding {
  if (invitedAt) return invitedAt < lateFrom ? 'invited_in_time' : 'invited_late';
  return now < lateFrom ? 'due' : 'overdue';
}

/** Whether the standing breaks the deadline, so that a deviation is due. */
export function isLate(standing: DeadlineStanding): boolean {
  return standing === 'invited_late' || standing === 'overdue';
}
