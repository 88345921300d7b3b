import { TZDate } from '@date-fns/tz';
import { stockholmDate, TIME_ZONE } from '../time/stockholm.js';

/** The county's choice of scheduled backup, as its settings hold it. */
export interface BackupSchedule {
  scheduledBackups: boolean;
  /** HH:MM in Stockholm. */
  backupTime: string;
}

/** The instant it is `time` (HH:MM) in Stockholm on `day` (YYYY-MM-DD), whatever the machine's own time zone. */
function stockholmTimeOn(day: string, time: string): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return new Date(new TZDate(year, month - 1, date, hours, minutes, TIME_ZONE).getTime());
}

/**
 * The Stockholm day whose backup has fallen due at `now`, or null: none is due while backups are off or before the
 * day's set time. A county that turns them on after the set time gets that day's backup at once.
 */
export function backupDueDay(schedule: BackupSchedule, now: Date): string | null {
  if (!schedule.scheduledBackups) return null;
  const day = stockholmDate(now);
  return now >= stockholmTimeOn(day, schedule.backupTime) ? day : null;
}

const localDateAndTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/**
 * A scheduled backup's file name: Stockholm date and time, e.g. `samplan-2026-12-07T02-00-13.backup` — sortable,
 * and free of the colons some file systems refuse.
 */
export function scheduledBackupFileName(instant: Date): string {
  const parts = Object.fromEntries(
    localDateAndTime.formatToParts(instant).map((part) => [part.type, part.value]),
  );
  return `samplan-${parts.year}-${parts.month}-${parts.day}T${parts.hour}-${parts.minute}-${parts.second}.backup`;
}
