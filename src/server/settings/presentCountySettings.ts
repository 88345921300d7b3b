import type { Kysely } from 'kysely';
import type { CountySettingsSnapshot, DB } from '../../db/schema.js';
import {
  type CountySettingName,
  type CountySettingsResponse,
  countySettingNames,
} from '../../shared/api/countySettings.js';
import { lastSettingsChange, readCountySettings, recentSettingsChanges } from '../data/countySettings.js';
import { unitsByOrganisation } from '../data/directory.js';
import { lastScheduledBackup } from '../data/scheduledBackups.js';

/** How many recent changes the settings page shows. */
const CHANGES_SHOWN = 20;

/** A setting's value in a form that compares equal however jsonb ordered the keys. */
function comparable(snapshot: CountySettingsSnapshot, name: CountySettingName): string {
  if (name !== 'escalationPath') return String(snapshot[name]);
  return JSON.stringify(snapshot.escalationPath.map((l) => [l.level, l.nameSv, l.nameEn, l.unitId]));
}

/** The names of the settings a change altered, in the order the page shows them. */
function changedFields(before: CountySettingsSnapshot, after: CountySettingsSnapshot): CountySettingName[] {
  return countySettingNames.filter((name) => comparable(before, name) !== comparable(after, name));
}

/** The settings as the administrator's page shows them: values, path with unit names, and who changed what. */
export async function presentCountySettings(
  db: Kysely<DB>,
  mail: { smtpUrl: string | null },
): Promise<CountySettingsResponse> {
  const settings = await readCountySettings(db);
  const row = await lastSettingsChange(db);
  const units = await unitsByOrganisation(db);
  const unitName = new Map(units.map((unit) => [unit.id, unit.name]));
  const changes = await recentSettingsChanges(db, CHANGES_SHOWN);
  const backup = await lastScheduledBackup(db);
  return {
    ...settings,
    escalationPath: settings.escalationPath.map((level) => ({
      ...level,
      unitName: unitName.get(level.unitId) ?? '',
    })),
    lastScheduledBackup: backup
      ? {
          startedAt: backup.startedAt.toISOString(),
          writtenAt: backup.writtenAt?.toISOString() ?? null,
          bytes: backup.bytes,
          failedAt: backup.failedAt?.toISOString() ?? null,
        }
      : null,
    updatedAt: row.updatedAt.toISOString(),
    updatedByName: row.displayName,
    changes: changes.map((change) => ({
      changedAt: change.changedAt.toISOString(),
      changedByName: change.displayName,
      fields: changedFields(change.before, change.after),
    })),
    mailConfigured: mail.smtpUrl !== null,
    units,
  };
}
