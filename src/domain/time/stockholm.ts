import { TZDate } from '@date-fns/tz';

/** Time in the domain is Europe/Stockholm (DOMAIN.md §5): a "day" is a Swedish calendar day. */
export const TIME_ZONE = 'Europe/Stockholm';

const calendarDay = new Intl.DateTimeFormat('sv-SE', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in Stockholm at `instant`, as YYYY-MM-DD. */
export function stockholmDate(instant: Date = new Date()): string {
  return calendarDay.format(instant);
}

const dateAndTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: TIME_ZONE,
  dateStyle: 'short',
  timeStyle: 'short',
});

/** Date and time in Stockholm as people read them there, e.g. "2026-12-07 09:00". */
export function stockholmDateTime(instant: Date): string {
  return dateAndTime.format(instant);
}

const clockParts = new Intl.DateTimeFormat('sv-SE', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** The Stockholm calendar and clock at `instant`, each part as digits ("2026", "05", "12", "14", "03", "22"). */
export interface StockholmClock {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
}

/** Stockholm's calendar and clock at `instant`, for the fixed formats of file names, contracts and spreadsheets. */
export function stockholmClock(instant: Date): StockholmClock {
  const part = Object.fromEntries(
    clockParts.formatToParts(instant).map((piece) => [piece.type, piece.value]),
  );
  return {
    year: part.year!,
    month: part.month!,
    day: part.day!,
    hour: part.hour!,
    minute: part.minute!,
    second: part.second!,
  };
}

/** The first day of a calendar date's month (YYYY-MM-DD): the month a figure is counted by. */
export function firstOfMonth(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

/** 00:00 in Stockholm on the given date (YYYY-MM-DD), whatever the machine's own time zone. */
export function stockholmMidnight(date: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(year, month - 1, day, TIME_ZONE).getTime());
}
