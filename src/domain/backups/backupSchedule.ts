import { TZDate } from '@date-fns/tz';
import { stockholmClock, stockholmDate, TIME_ZONE } from '../time/stockholm.js';

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

/**
 * A scheduled backup's file name: Stockholm date and time, e.g. `samplan-2026-12-07T02-00-13.backup` — sortable,
 * and free of the colons some file systems refuse.
 */
export function scheduledBackupFileName(instant: Date): string {
  const at = stockholmClock(instant);
  return `samplan-${at.year}-${at.month}-${at.day}T${at.hour}-${at.minute}-${at.second}.backup`;
}
