import { localeOf } from '../i18n/language.js';
import { TIME_ZONE } from '../components/shared/time.js';

/**
 * A day as people say it, "5 mars 2026": for a calendar date (YYYY-MM-DD, read as that day) or a timestamp (its
 * day in Stockholm).
 */
export function longDate(value: string, language: string): string {
  const calendarDay = /^\d{4}-\d{2}-\d{2}$/.test(value);
  return new Intl.DateTimeFormat(localeOf(language), {
    timeZone: calendarDay ? 'UTC' : TIME_ZONE,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(calendarDay ? `${value}T00:00:00Z` : value));
}

/** When something begins, as people say it: "torsdag 5 mars 2026 kl. 14:00". */
export function dayAndTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(localeOf(language), {
    timeZone: TIME_ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}
