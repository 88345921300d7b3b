import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';

/** The records an operator gives an HSA id: a unit (decision 0006) or an organisation as a care giver (0039). */
export type HsaIdHolder = 'units' | 'organisations';

// SE, the organisation number (10 digits), a dash and the catalogue's own suffix.
const hsaIdPattern = /^SE\d{10}-[A-Za-z0-9-]{1,31}$/;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const named = {
  units: { one: 'unit', a: 'a unit', listing: '`samplan units`', example: 'SE2321000016-15CQ' },
  organisations: {
    one: 'organisation',
    a: 'an organisation',
    listing: '`samplan organisations`',
    example: 'SE2321000016-39KJ',
  },
} as const;

/**
 * Sets the HSA id of a unit or an organisation, or clears it with `-`. Throws a message for the operator on
 * anything it cannot do: a malformed id, an unknown record, an HSA id another record of the same kind has.
 */
export async function setHsaId(
  db: Kysely<DB>,
  holder: HsaIdHolder,
  id: string,
  hsaId: string,
): Promise<string> {
  const { one, a, listing, example } = named[holder];
  if (!uuidPattern.test(id)) throw new Error(`"${id}" is not ${a} id; ${listing} lists them.`);
  const value = hsaId === '-' ? null : hsaId.trim();
  if (value !== null && !hsaIdPattern.test(value))
    throw new Error(
      `"${hsaId}" is not an HSA id (SE, ten digits, a dash and the catalogue's suffix, e.g. ${example})`,
    );
  return inTransaction(db, async (trx) => {
    const record = await trx
      .selectFrom(holder)
      .select(['id', 'name'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!record) throw new Error(`No ${one} has the id ${id}; ${listing} lists them.`);
    if (value !== null) {
      const other = await trx
        .selectFrom(holder)
        .select('name')
        .where('hsaId', '=', value)
        .where('id', '<>', id)
        .executeTakeFirst();
      if (other) throw new Error(`${value} is already the HSA id of ${other.name}.`);
    }
    await trx.updateTable(holder).set({ hsaId: value }).where('id', '=', id).execute();
    return value === null ? `${record.name} has no HSA id now.` : `${record.name} has the HSA id ${value}.`;
  });
}
