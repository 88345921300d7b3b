import { shiftDate } from '../shared/time.js';

/**
 * The periods the dashboard offers, as Stockholm calendar dates (YYYY-MM-DD, both days included). Worked out
 * from today's Stockholm date rather than the browser's clock zone, so a user abroad sees the county's year.
 */
export type NamedPeriod = 'thisYear' | 'lastYear' | 'last12Months' | `quarter:${number}-${1 | 2 | 3 | 4}`;
export type PeriodPreset = NamedPeriod | 'custom';

export interface Period {
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const date = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function parts(today: string): [number, number, number] {
  const [year, month, day] = today.split('-').map(Number);
  return [year!, month!, day!];
}

/** The quarters offered: the current one and the three before it, newest first. */
export function recentQuarters(today: string): NamedPeriod[] {
  const [year, month] = parts(today);
  const current = year * 4 + Math.floor((month - 1) / 3);
  return [0, 1, 2, 3].map((back) => {
    const index = current - back;
    return `quarter:${Math.floor(index / 4)}-${((index % 4) + 1) as 1 | 2 | 3 | 4}` as const;
  });
}

/** The dates of a preset; `custom` has none of its own. */
export function presetPeriod(preset: NamedPeriod, today: string): Period {
  const [year] = parts(today);
  if (preset === 'thisYear') return { from: date(year, 1, 1), to: today };
  if (preset === 'lastYear') return { from: date(year - 1, 1, 1), to: date(year - 1, 12, 31) };
  if (preset === 'last12Months') {
    // From the day after the same date a year ago; 29 February falls back to 1 March.
    return { from: shiftDate(today, { years: -1, days: 1 }), to: today };
  }
  const [quarterYear, quarter] = preset.slice('quarter:'.length).split('-').map(Number);
  const firstMonth = (quarter! - 1) * 3 + 1;
  const end = date(quarterYear!, firstMonth + 2, lastDayOf(quarterYear!, firstMonth + 2));
  return { from: date(quarterYear!, firstMonth, 1), to: end < today ? end : today };
}

/** Which preset a period is, so an address with dates shows the right choice. */
export function presetOf(period: Period, today: string): PeriodPreset {
  const named: NamedPeriod[] = ['thisYear', 'lastYear', 'last12Months', ...recentQuarters(today)];
  const match = named.find((preset) => {
    const dates = presetPeriod(preset, today);
    return dates.from === period.from && dates.to === period.to;
  });
  return match ?? 'custom';
}
