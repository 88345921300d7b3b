import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stockholmDate } from '../time/stockholm.js';
import { deadlineStanding, invitationDeadline, isLate } from './dischargeInvitation.js';

/** A YYYY-MM-DD date moved by whole days, computed on the calendar alone (no time zone involved). */
function plusDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

const stockholmClock = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

describe('the deadline for the SIP invitation after discharge', () => {
  const cases: { name: string; readyAt: string; days: number; lastDay: string; lateFrom: string }[] = [
    {
      name: 'ready late in the evening (23:30) before the spring change to summer time',
      readyAt: '2026-03-27T23:30:00+01:00',
      days: 3,
      lastDay: '2026-03-30',
      lateFrom: '2026-03-31T00:00:00+02:00',
    },
    {
      name: 'ready in the night of the spring change itself',
      readyAt: '2026-03-29T01:30:00+01:00',
      days: 3,
      lastDay: '2026-04-01',
      lateFrom: '2026-04-02T00:00:00+02:00',
    },
    {
      name: 'ready late in the evening before the autumn change to winter time',
      readyAt: '2026-10-23T23:30:00+02:00',
      days: 3,
      lastDay: '2026-10-26',
      lateFrom: '2026-10-27T00:00:00+01:00',
    },
    {
      name: 'ready in the repeated hour of the autumn change (the second 02:30)',
      readyAt: '2026-10-25T02:30:00+01:00',
      days: 3,
      lastDay: '2026-10-28',
      lateFrom: '2026-10-29T00:00:00+01:00',
    },
    {
      name: 'ready just after midnight, when the UTC date is still the day before',
      readyAt: '2026-06-10T00:01:00+02:00',
      days: 3,
      lastDay: '2026-06-13',
      lateFrom: '2026-06-14T00:00:00+02:00',
    },
    {
      name: 'ready at 23:30 in summer, when the UTC date is the same day',
      readyAt: '2026-06-10T23:30:00+02:00',
      days: 3,
      lastDay: '2026-06-13',
      lateFrom: '2026-06-14T00:00:00+02:00',
    },
    {
      name: 'across the year end',
      readyAt: '2026-12-30T23:30:00+01:00',
      days: 3,
      lastDay: '2027-01-02',
      lateFrom: '2027-01-03T00:00:00+01:00',
    },
    {
      name: 'across the end of February in a common year',
      readyAt: '2027-02-27T12:00:00+01:00',
      days: 3,
      lastDay: '2027-03-02',
      lateFrom: '2027-03-03T00:00:00+01:00',
    },
    {
      name: 'across the end of February in a leap year',
      readyAt: '2028-02-27T12:00:00+01:00',
      days: 3,
      lastDay: '2028-03-01',
      lateFrom: '2028-03-02T00:00:00+01:00',
    },
    {
      name: 'across a month end with a county setting of 5 days',
      readyAt: '2026-04-28T08:00:00+02:00',
      days: 5,
      lastDay: '2026-05-03',
      lateFrom: '2026-05-04T00:00:00+02:00',
    },
  ];

  it.each(cases)('$name', ({ readyAt, days, lastDay, lateFrom }) => {
    const deadline = invitationDeadline(new Date(readyAt), days);
    expect(deadline.lastDay).toBe(lastDay);
    expect(deadline.lateFrom.toISOString()).toBe(new Date(lateFrom).toISOString());
  });

  it('is midnight in Stockholm at the end of day N after the day of the notice, for any time and N', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2020-01-01T00:00:00Z'),
          max: new Date('2040-12-31T23:59:59Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: 1, max: 30 }),
        (readyAt, days) => {
          const { lastDay, lateFrom } = invitationDeadline(readyAt, days);
          const dayOfNotice = stockholmDate(readyAt);
          expect(lastDay).toBe(plusDays(dayOfNotice, days));
          expect(stockholmDate(lateFrom)).toBe(plusDays(dayOfNotice, days + 1));
          expect(stockholmClock.format(lateFrom)).toBe('00:00:00');
          expect(stockholmDate(new Date(lateFrom.getTime() - 1))).toBe(lastDay);
          // Never shorter than the whole calendar days the law gives, however late the notice came.
          expect(lateFrom.getTime() - readyAt.getTime()).toBeGreaterThan(days * 24 * 3600_000 - 3600_000);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('refuses a number of days that is not a whole number of at least zero', () => {
    expect(() => invitationDeadline(new Date(), -1)).toThrow(RangeError);
    expect(() => invitationDeadline(new Date(), 1.5)).toThrow(RangeError);
  });
});

describe('late or not at the boundary', () => {
  const { lateFrom } = invitationDeadline(new Date('2026-03-27T23:30:00+01:00'), 3);
  const justBefore = new Date(lateFrom.getTime() - 1);

  it('counts an invitation sent in the last millisecond of the last day as in time', () => {
    expect(deadlineStanding(lateFrom, justBefore, lateFrom)).toBe('invited_in_time');
    expect(isLate('invited_in_time')).toBe(false);
  });

  it('counts an invitation sent at midnight after the last day as late', () => {
    expect(deadlineStanding(lateFrom, lateFrom, lateFrom)).toBe('invited_late');
    expect(isLate('invited_late')).toBe(true);
  });

  it('counts a process without invitation as due until midnight and overdue from then', () => {
    expect(deadlineStanding(lateFrom, null, justBefore)).toBe('due');
    expect(deadlineStanding(lateFrom, null, lateFrom)).toBe('overdue');
    expect(isLate('due')).toBe(false);
    expect(isLate('overdue')).toBe(true);
  });

  it('classifies by the send time alone once sent, however much later it is read', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5 * 86_400_000, max: 5 * 86_400_000 }), (offset) => {
        const invitedAt = new Date(lateFrom.getTime() + offset);
        const standing = deadlineStanding(
          lateFrom,
          invitedAt,
          new Date(lateFrom.getTime() + 30 * 86_400_000),
        );
        expect(standing).toBe(offset < 0 ? 'invited_in_time' : 'invited_late');
      }),
    );
  });
});
