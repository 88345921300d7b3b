import { sql, type Expression } from 'kysely';
import { TIME_ZONE } from '../../domain/time/stockholm.js';

/** Stockholm calendar days inside queries, for the reminders and the lists that look days ahead. */

/** The instant a Stockholm calendar day begins, `offsetDays` from `day` (a DST change moves it, not the date). */
export function startOfStockholmDay(day: string, offsetDays: number): Expression<Date> {
  return sql<Date>`((${day}::date + ${offsetDays}::int)::timestamp AT TIME ZONE ${TIME_ZONE})`;
}

/** The date `offsetDays` calendar days from `day`. */
export function daysFrom(day: string, offsetDays: number): Expression<string> {
  return sql<string>`(${day}::date + ${offsetDays}::int)`;
}
