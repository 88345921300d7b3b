import { inTransaction } from '../../db/transaction.js';
import type { Kysely } from 'kysely';
import type { CountySettingsSnapshot, DB } from '../../db/schema.js';
import { unprocessable } from '../../domain/errors.js';
import type { CountySettingsBody } from '../../shared/api/countySettings.js';
import type { Actor } from '../sips/actor.js';
import { lockCountySettings, readCountySettings, replaceCountySettings } from '../data/countySettings.js';
import { existingUnits } from '../data/directory.js';
import { bothLanguages } from '../../shared/words/bothLanguages.js';
import { fill } from '../../shared/words/fill.js';
import { settingsRefusalsEn } from '../../shared/words/settingsRefusals.en.js';
import { settingsRefusalsSv } from '../../shared/words/settingsRefusals.sv.js';

const words = { sv: settingsRefusalsSv, en: settingsRefusalsEn };

/**
 * Replaces the county settings and escalation path in one transaction and records the change (who, when, before
 * and after). Deviations already escalated keep the unit they were routed to; the new path applies to the next
 * escalation.
 */
export function updateCountySettings(db: Kysely<DB>, actor: Actor, body: CountySettingsBody): Promise<void> {
  return inTransaction(db, async (trx) => {
    // One change at a time: the row lock orders concurrent saves, so every "before" is the previous "after".
    await lockCountySettings(trx);
    const before: CountySettingsSnapshot = await readCountySettings(trx);
    const known = await existingUnits(
      trx,
      body.escalationPath.map((level) => level.unitId),
    );
    const unknown = body.escalationPath.findIndex((level) => !known.has(level.unitId));
    if (unknown >= 0) {
      throw unprocessable(
        'escalation_unit_unknown',
        bothLanguages(words, (said) => fill(said.escalationUnitUnknown, { level: unknown + 1 })),
        { field: `escalationPath.${unknown}.unitId` },
      );
    }
    // The settings added after the first ones may be left out by an older client: they then stay as they are.
    const {
      escalationPath,
      childSignInAge,
      personLogNamesStaff,
      guestDays,
      scheduledBackups,
      backupTime,
      backupsKept,
      ...days
    } = body;
    await replaceCountySettings(trx, actor.userId, before, {
      ...days,
      scheduledBackups: scheduledBackups ?? before.scheduledBackups,
      backupTime: backupTime ?? before.backupTime,
      backupsKept: backupsKept ?? before.backupsKept,
      childSignInAge: childSignInAge ?? before.childSignInAge,
      personLogNamesStaff: personLogNamesStaff ?? before.personLogNamesStaff,
      guestDays: guestDays ?? before.guestDays,
      escalationPath: escalationPath.map((level, index) => ({ level: index + 1, ...level })),
    });
  });
}
