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

/**
 * A date search value as a condition on a period from `start` to `end` (null while it runs): R4's rules for
 * ranges — `eq` the period lies within the value, `ge`/`gt` it reaches the value or past it, `le`/`lt` it began by
 * it, `sa` it starts after it, `eb` it ended before it. A period without a start matches nothing.
 */
export function periodCondition(
  start: Expression<Date | null>,
  end: Expression<Date | null>,
  value: DateValue,
): Expression<SqlBool> {
  const { start: from, end: to } = value;
  const within = sql<SqlBool>`(${start} >= ${from} AND ${end} IS NOT NULL AND ${end} < ${to})`;
  switch (value.prefix) {
    case 'eq':
      return within;
    case 'ne':
      return sql<SqlBool>`(${start} IS NOT NULL AND NOT ${within})`;
    case 'gt':
    case 'ge':
      return sql<SqlBool>`(${start} IS NOT NULL AND (${end} IS NULL OR ${end} >= ${value.prefix === 'gt' ? to : from}))`;
    case 'lt':
    case 'le':
      return sql<SqlBool>`${start} < ${value.prefix === 'lt' ? from : to}`;
    case 'sa':
      return sql<SqlBool>`${start} >= ${to}`;
    case 'eb':
      return sql<SqlBool>`${end} < ${from}`;
  }
}
