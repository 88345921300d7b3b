import { addDays, differenceInCalendarDays, format, parseISO, subYears } from 'date-fns';
import type { Comparison } from '../../shared/api/statistics.js';

/** A period of whole Stockholm calendar days, both included, as YYYY-MM-DD. */
export interface Period {
  from: string;
  to: string;
}

const day = (date: Date) => format(date, 'yyyy-MM-dd');

/** The previous period: as many days, ending the day before `from`. */
export function previousPeriod({ from, to }: Period): Period {
  const length = differenceInCalendarDays(parseISO(to), parseISO(from)) + 1;
  const previousTo = addDays(parseISO(from), -1);
  return { from: day(addDays(previousTo, 1 - length)), to: day(previousTo) };
}

/**
 * Where the day `date` begins, a year earlier: the same date, and for 29 February, which a year earlier has not,
 * the start of 1 March. Moving the boundaries between days rather than the days themselves keeps periods that
 * follow each other following each other a year earlier, with no day lost or counted twice.
 */
function dayBeginsYearEarlier(date: Date): Date {
  const isLeapDay = date.getMonth() === 1 && date.getDate() === 29;
  return isLeapDay ? new Date(date.getFullYear() - 1, 2, 1) : subYears(date, 1);
}

/**
 * The same dates one year earlier, as county reports compare them. A period starting on 29 February starts on
 * 1 March the year before, one ending on it ends on 28 February, and 29 February alone is compared with
 * 28 February. A period ending on 28 February of the year after a leap year ends on 29 February the year before,
 * so a whole February is compared with a whole February and the last twelve months with the twelve before them.
 */
export function yearBeforePeriod({ from, to }: Period): Period {
  const start = dayBeginsYearEarlier(parseISO(from));
  const end = addDays(dayBeginsYearEarlier(addDays(parseISO(to), 1)), -1);
  return { from: day(start > end ? end : start), to: day(end) };
}

/** The period a report's figures are compared with. */
export function comparisonPeriod(period: Period, compareWith: Comparison): Period {
  return compareWith === 'yearBefore' ? yearBeforePeriod(period) : previousPeriod(period);
}
