import { inTransaction } from '../db/transaction.js';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';

/**
 * The HSA ids by which single sign-on names units (docs/decisions/0006). An operator connecting a county's
 * identity provider lists the units and records each one's HSA id; a unit without one cannot be reached by
 * single sign-on, only by local accounts.
 */
export interface UnitListing {
  organisation: string;
  unit: string;
  id: string;
  hsaId: string | null;
}

// SE, the organisation number (10 digits), a dash and the catalogue's own suffix.
const hsaIdPattern = /^SE\d{10}-[A-Za-z0-9-]{1,31}$/;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function listUnits(db: Kysely<DB>): Promise<UnitListing[]> {
  return db
    .selectFrom('units')
    .innerJoin('organisations', 'organisations.id', 'units.organisationId')
    .select(['organisations.name as organisation', 'units.name as unit', 'units.id', 'units.hsaId'])
    .orderBy('organisations.name')
    .orderBy('units.name')
    .execute();
}

export function formatUnits(units: readonly UnitListing[]): string {
  return units
    .map((unit) => [unit.id, unit.hsaId ?? '-', unit.organisation, unit.unit].join('\t'))
    .join('\n');
}

/** Sets a unit's HSA id, or clears it with `-`. Throws a message for the operator on anything it cannot do. */
export async function setUnitHsaId(db: Kysely<DB>, unitId: string, hsaId: string): Promise<string> {
  if (!uuidPattern.test(unitId))
    throw new Error(`"${unitId}" is not a unit id; \`samplan units\` lists them.`);
  const value = hsaId === '-' ? null : hsaId.trim();
  if (value !== null && !hsaIdPattern.test(value))
    throw new Error(
      `"${hsaId}" is not an HSA id (SE, ten digits, a dash and the unit's suffix, e.g. SE2321000016-15CQ)`,
    );
  return inTransaction(db, async (trx) => {
    const unit = await trx
      .selectFrom('units')
      .select(['id', 'name'])
      .where('id', '=', unitId)
      .executeTakeFirst();
    if (!unit) throw new Error(`No unit has the id ${unitId}; \`samplan units\` lists them.`);
    if (value !== null) {
      const holder = await trx
        .selectFrom('units')
        .select('name')
        .where('hsaId', '=', value)
        .where('id', '<>', unitId)
        .executeTakeFirst();
      if (holder) throw new Error(`${value} is already the HSA id of ${holder.name}.`);
    }
    await trx.updateTable('units').set({ hsaId: value }).where('id', '=', unitId).execute();
    return value === null ? `${unit.name} has no HSA id now.` : `${unit.name} has the HSA id ${value}.`;
  });
}
