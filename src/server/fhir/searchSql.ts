import { sql, type Expression, type SqlBool } from 'kysely';
import type { DateValue, TokenValue } from './searchParameters.js';

/**
 * A date search value as a condition on one timestamp column (R4 search, "date"): the instant is in the span the
 * value stands for (`eq`), outside it (`ne`), before it (`lt`, `eb`), after it (`gt`, `sa`), or not after or not
 * before it (`le`, `ge`).
 */
export function dateCondition(column: Expression<Date | null>, value: DateValue): Expression<SqlBool> {
  const { start, end } = value;
  switch (value.prefix) {
    case 'eq':
      return sql<SqlBool>`(${column} >= ${start} AND ${column} < ${end})`;
    case 'ne':
      return sql<SqlBool>`NOT (${column} >= ${start} AND ${column} < ${end})`;
    case 'lt':
    case 'eb':
      return sql<SqlBool>`${column} < ${start}`;
    case 'gt':
    case 'sa':
      return sql<SqlBool>`${column} >= ${end}`;
    case 'le':
      return sql<SqlBool>`${column} < ${end}`;
    case 'ge':
      return sql<SqlBool>`${column} >= ${start}`;
  }
}

/** Whether a token value names this system and code: a value without a system matches any, `system|` any code. */
export function tokenMatches(value: TokenValue, system: string, code: string): boolean {
  return (value.system === null || value.system === system) && (value.code === null || value.code === code);
}
