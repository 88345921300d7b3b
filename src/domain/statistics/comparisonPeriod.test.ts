import { addDays, format, parseISO } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparisonPeriod, previousPeriod, yearBeforePeriod } from './comparisonPeriod.js';

const period = (from: string, to: string) => ({ from, to });
const nextDay = (date: string) => format(addDays(parseISO(date), 1), 'yyyy-MM-dd');

/** A calendar date from 2020 to 2030 as YYYY-MM-DD. */
const date = fc
  .integer({ min: 0, max: 4017 })
  .map((offset) => format(addDays(parseISO('2020-01-01'), offset), 'yyyy-MM-dd'));

describe('the period a report is compared with', () => {
  it('is by default the previous period of as many days', () => {
    expect(previousPeriod(period('2025-03-01', '2025-03-31'))).toEqual(period('2025-01-29', '2025-02-28'));
    expect(comparisonPeriod(period('2025-03-01', '2025-03-31'), 'previous')).toEqual(
      period('2025-01-29', '2025-02-28'),
    );
  });

  it('is the same dates a year earlier when chosen', () => {
    expect(comparisonPeriod(period('2025-03-01', '2025-03-31'), 'yearBefore')).toEqual(
      period('2024-03-01', '2024-03-31'),
    );
    expect(yearBeforePeriod(period('2026-01-01', '2026-12-07'))).toEqual(period('2025-01-01', '2025-12-07'));
    expect(yearBeforePeriod(period('2025-01-01', '2025-12-31'))).toEqual(period('2024-01-01', '2024-12-31'));
    expect(yearBeforePeriod(period('2024-07-01', '2024-09-30'))).toEqual(period('2023-07-01', '2023-09-30'));
  });

  it('moves 29 February so that no day is lost or counted twice', () => {
    // A whole February against a whole February, whichever of the two has the 29th.
    expect(yearBeforePeriod(period('2025-02-01', '2025-02-28'))).toEqual(period('2024-02-01', '2024-02-29'));
    expect(yearBeforePeriod(period('2024-02-01', '2024-02-29'))).toEqual(period('2023-02-01', '2023-02-28'));
    // Starting on the 29th: from 1 March; ending on it: to 28 February; the 29th alone: 28 February.
    expect(yearBeforePeriod(period('2024-02-29', '2024-03-31'))).toEqual(period('2023-03-01', '2023-03-31'));
    expect(yearBeforePeriod(period('2024-01-01', '2024-02-29'))).toEqual(period('2023-01-01', '2023-02-28'));
    expect(yearBeforePeriod(period('2024-02-29', '2024-02-29'))).toEqual(period('2023-02-28', '2023-02-28'));
    // The last twelve months against the twelve before them, across a leap day.
    expect(yearBeforePeriod(period('2024-03-01', '2025-02-28'))).toEqual(period('2023-03-01', '2024-02-29'));
    expect(yearBeforePeriod(period('2023-03-01', '2024-02-29'))).toEqual(period('2022-03-01', '2023-02-28'));
    // 28 February in a leap year is an ordinary day.
    expect(yearBeforePeriod(period('2024-02-28', '2024-02-28'))).toEqual(period('2023-02-28', '2023-02-28'));
  });

  it('keeps periods that follow each other following each other a year earlier', () => {
    fc.assert(
      fc.property(date, date, date, (a, b, c) => {
        const [first, second, third] = [a, b, c].sort();
        fc.pre(first! <= second! && second! < third!);
        const before = yearBeforePeriod(period(first!, second!));
        const after = yearBeforePeriod(period(nextDay(second!), third!));
        expect(before.from <= before.to).toBe(true);
        expect(after.from <= after.to).toBe(true);
        // Only 29 February alone has no day of its own a year earlier: it borrows 28 February.
        const leapDayAlone = (from: string, to: string) => from === to && from.endsWith('-02-29');
        if (!leapDayAlone(nextDay(second!), third!)) expect(nextDay(before.to)).toBe(after.from);
      }),
    );
  });

  it('is the same dates a year earlier wherever 29 February plays no part', () => {
    fc.assert(
      fc.property(date, date, (a, b) => {
        const [from, to] = [a, b].sort() as [string, string];
        const touches = (day: string) => /-02-2[89]$/.test(day);
        fc.pre(!touches(from) && !touches(to));
        const shifted = (day: string) => `${String(Number(day.slice(0, 4)) - 1)}${day.slice(4)}`;
        expect(yearBeforePeriod(period(from, to))).toEqual(period(shifted(from), shifted(to)));
      }),
    );
  });
});
