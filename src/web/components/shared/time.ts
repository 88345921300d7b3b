import { localeOf } from '../../i18n/language.js';

/** Time on the case page is Swedish time, whatever the browser's own zone (DOMAIN.md §5). */
export const TIME_ZONE = 'Europe/Stockholm';

type Language = string;

const isoDay = new Intl.DateTimeFormat('sv-SE', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const clock = new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit' });

/** Today's calendar date in Stockholm, as YYYY-MM-DD. */
export function stockholmToday(): string {
  return isoDay.format(new Date());
}

/** A YYYY-MM-DD date moved by whole days, months or years, still as YYYY-MM-DD. */
export function shiftDate(date: string, { days = 0, months = 0, years = 0 }): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const shifted = new Date(Date.UTC(y + years, m - 1 + months, d + days));
  return shifted.toISOString().slice(0, 10);
}

/** A timestamp as date and time in Stockholm, numeric (2026-03-05 14:00) so it reads the same in both languages. */
export function formatDateTime(iso: string): string {
  const instant = new Date(iso);
  return `${isoDay.format(instant)} ${clock.format(instant)}`;
}

/** A timestamp as its Stockholm calendar date, YYYY-MM-DD. */
export function formatDay(iso: string): string {
  return isoDay.format(new Date(iso));
}

/** A meeting's time in words: "torsdag 5 mars 2026, 14:00–15:30". */
export function formatMeetingTime(startsAt: string, endsAt: string, language: Language): string {
  const day = new Intl.DateTimeFormat(localeOf(language), {
    timeZone: TIME_ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(startsAt));
  return `${day}, ${clock.format(new Date(startsAt))}–${clock.format(new Date(endsAt))}`;
}

/** Minutes east of UTC that Stockholm has at `instant` (60 in winter, 120 in summer). */
function stockholmOffsetMinutes(instant: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/**
 * A Stockholm wall-clock date and time (from date and time inputs) as ISO 8601 with its offset, e.g.
 * 2026-03-05T14:00:00+01:00, so the server gets the instant the user meant even from a browser in another zone.
 */
export function stockholmDateTime(date: string, time: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  // The offset depends on the instant, which depends on the offset: one correction settles it outside the DST hour.
  let offset = stockholmOffsetMinutes(new Date(wall));
  offset = stockholmOffsetMinutes(new Date(wall - offset * 60_000));
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date}T${pad(hh)}:${pad(mm)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The Stockholm date and time of a timestamp, as the values of date and time inputs. */
export function toStockholmInputs(iso: string): { date: string; time: string } {
  const instant = new Date(iso);
  return { date: isoDay.format(instant), time: clock.format(instant) };
}
