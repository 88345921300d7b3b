import { describe, expect, it } from 'vitest';
import { backupDueDay, scheduledBackupFileName } from './backupSchedule.js';

describe('the scheduled backup’s day', () => {
  const on = { scheduledBackups: true, backupTime: '02:30' };

  it('falls due at the set time in Stockholm, in winter and in summer time alike', () => {
    // 02:30 in Stockholm is 01:30 UTC in winter (CET) and 00:30 UTC in summer (CEST).
    expect(backupDueDay(on, new Date('2026-12-07T01:29:59Z'))).toBeNull();
    expect(backupDueDay(on, new Date('2026-12-07T01:30:00Z'))).toBe('2026-12-07');
    expect(backupDueDay(on, new Date('2026-07-01T00:29:00Z'))).toBeNull();
    expect(backupDueDay(on, new Date('2026-07-01T00:31:00Z'))).toBe('2026-07-01');
  });

  it('names the Stockholm day, not the UTC one, late in the evening', () => {
    expect(backupDueDay({ ...on, backupTime: '23:45' }, new Date('2026-12-07T22:50:00Z'))).toBe('2026-12-07');
    // 00:10 on the 8th in Stockholm is still the 7th in UTC.
    expect(backupDueDay({ ...on, backupTime: '00:05' }, new Date('2026-12-07T23:10:00Z'))).toBe('2026-12-08');
  });

  it('is never due while scheduled backups are off', () => {
    expect(backupDueDay({ ...on, scheduledBackups: false }, new Date('2026-12-07T12:00:00Z'))).toBeNull();
  });
});

describe('a scheduled backup’s file name', () => {
  it('holds the Stockholm date and time, so names sort as the backups were taken', () => {
    expect(scheduledBackupFileName(new Date('2026-12-07T01:30:05Z'))).toBe(
      'samplan-2026-12-07T02-30-05.backup',
    );
    expect(scheduledBackupFileName(new Date('2026-07-01T22:00:00Z'))).toBe(
      'samplan-2026-07-02T00-00-00.backup',
    );
  });
});
