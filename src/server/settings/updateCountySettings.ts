import { inTransaction } from '../../db/transaction.js';
import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { CountySettingsSnapshot, DB } from '../../db/schema.js';
import { unprocessable } from '../../domain/errors.js';
import type { CountySettingsBody } from '../../shared/api/countySettings.js';
import type { Actor } from '../sips/actor.js';
import { readCountySettings } from './countySettings.js';
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
    await trx.selectFrom('countySettings').select('id').forUpdate().executeTakeFirstOrThrow();
    const before: CountySettingsSnapshot = await readCountySettings(trx);
    const unitIds = [...new Set(body.escalationPath.map((level) => level.unitId))];
    const known = unitIds.length
      ? await trx.selectFrom('units').select('id').where('id', 'in', unitIds).execute()
      : [];
    const unknown = body.escalationPath.findIndex((level) => !known.some((unit) => unit.id === level.unitId));
    if (unknown >= 0) {
      throw unprocessable(
        'escalation_unit_unknown',
        bothLanguages(words, (said) => fill(said.escalationUnitUnknown, { level: unknown + 1 })),
        { field: `escalationPath.${unknown}.unitId` },
      );
    }
    const { escalationPath, ...days } = body;
    const now = new Date();
    await trx
      .updateTable('countySettings')
      .set({ ...days, updatedAt: now, updatedBy: actor.userId })
      .execute();
    await trx.deleteFrom('escalationLevels').execute();
    const levels = escalationPath.map((level, index) => ({ level: index + 1, ...level }));
    if (levels.length > 0) await trx.insertInto('escalationLevels').values(levels).execute();
    await trx
      .insertInto('countySettingsChanges')
      .values({
        id: uuidv7(),
        changedAt: now,
        changedBy: actor.userId,
        before: JSON.stringify(before),
        after: JSON.stringify({ ...days, escalationPath: levels }),
      })
      .execute();
  });
}
