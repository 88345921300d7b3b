import { localeOf } from '../../i18n/language.js';

/** Dates and times as people in Sweden read them: always in Europe/Stockholm, whatever the device's zone. */
const timeZone = 'Europe/Stockholm';

/** A calendar date (YYYY-MM-DD) is read at noon UTC so that no time zone can move it to another day. */
function toInstant(value: string): Date {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
}

export function isDateOnly(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value);
}

/** "12 maj 2026" */
export function formatDate(value: string | Date, language: string): string {
  const instant = typeof value === 'string' ? toInstant(value) : value;
  return new Intl.DateTimeFormat(localeOf(language), { timeZone, dateStyle: 'medium' }).format(instant);
}

/** "tis 12 maj 2026 14:00" */
export function formatDateTime(value: string, language: string): string {
  return new Intl.DateTimeFormat(localeOf(language), {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(value));
}

/** A date, or a date and time when the value carries one. */
export function formatDateOrDateTime(value: string, language: string): string {
  return isDateOnly(value) ? formatDate(value, language) : formatDateTime(value, language);
}

/** The machine-readable form for <time dateTime>. */
export function machineDate(value: string): string {
  return isDateOnly(value) ? value : new Date(value).toISOString();
}
