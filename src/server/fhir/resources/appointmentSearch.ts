import { sql, type Expression, type SqlBool } from 'kysely';
import { stockholmDate } from '../../../domain/time/stockholm.js';
import { visibleToUnit } from '../../access/consentInForce.js';
import { meetingWithFacts, searchMeetings, type MeetingRow } from '../../data/fhirMeetings.js';
import {
  isUuid,
  keysetCondition,
  keysetDirection,
  keysetLimit,
  pageOf,
  uuidWindow,
  type PageWindow,
} from '../paging.js';
import type { Found, SearchPage } from '../registry.js';
import type { FhirContext } from '../requestContext.js';
import type { ParsedSearch } from '../searchParameters.js';
import { dateCondition } from '../searchSql.js';
import type { MeetingFacts } from './appointmentFacts.js';

/**
 * Reading and searching meetings for Appointment and Encounter alike: the acting unit sees a meeting exactly when
 * it may read its case (`readCase`), and the individual's own answer only when it may also read the plan, as the
 * JSON API shows what the individual's side told only with the plan.
 */

/** The facts a resource is built from, as the unit may see them; undefined when it may not read the case. */
function factsFor(context: FhirContext, row: MeetingRow): MeetingFacts | undefined {
  if (!context.may(row.standing, 'readCase')) return undefined;
  return {
    meeting: row,
    sip: { id: row.sipId, caseNumber: row.caseNumber, personId: row.personId },
    invitations: row.invitations,
    individualAnswer: context.may(row.standing, 'readPlan') ? row.individualAnswer : null,
  };
}

/** Builds a resource from a meeting's facts; undefined when the meeting is not one of the type (not held). */
export type MeetingResource = (context: FhirContext, facts: MeetingFacts) => Found['resource'] | undefined;

function found(context: FhirContext, row: MeetingRow, build: MeetingResource): Found | null {
  const facts = factsFor(context, row);
  const resource = facts && build(context, facts);
  if (!resource) return null;
  return { resource, concerns: { personId: row.personId, sipId: row.sipId } };
}

export async function readMeeting(
  context: FhirContext,
  id: string,
  build: MeetingResource,
): Promise<Found | null> {
  if (!isUuid(id)) return null;
  const row = await meetingWithFacts(context.db, id, context.actor.unitId);
  return row ? found(context, row, build) : null;
}

/** The condition that `column` is one of the ids a reference parameter names; ids that cannot exist match none. */
export function referenceCondition(
  search: ParsedSearch,
  name: string,
  column: Expression<string>,
): Expression<SqlBool> | null {
  const values = search.references.get(name);
  if (!values) return null;
  const ids = values.map((value) => value.id).filter(isUuid);
  return ids.length > 0 ? sql<SqlBool>`${column} = ANY (${ids}::uuid[])` : sql<SqlBool>`FALSE`;
}

/** Every date value given for a parameter, each a condition on the column (two make a range). */
export function dateConditions(
  search: ParsedSearch,
  name: string,
  column: Expression<Date>,
): Expression<SqlBool>[] {
  return (search.dates.get(name) ?? []).map((value) => dateCondition(column, value));
}

/**
 * One page of the meetings that meet `conditions` (on `m`, the meeting, and `s`, its case) among the cases the
 * unit may see, in id order, each built by `build`.
 */
export async function searchMeetingPage(
  context: FhirContext,
  conditions: (Expression<SqlBool> | null)[],
  window: PageWindow,
  build: MeetingResource,
): Promise<SearchPage> {
  const keyed = uuidWindow(window);
  const { rows, total } = await searchMeetings(context.db, context.actor.unitId, {
    conditions: [
      visibleToUnit(sql.ref('m.sip_id'), context.actor.unitId, stockholmDate()),
      ...conditions.filter((condition) => condition !== null),
    ],
    keyset: keysetCondition(sql.ref('m.id'), keyed),
    direction: keysetDirection(keyed),
    limit: keysetLimit(keyed),
  });
  const page = pageOf(rows, keyed, (row) => row.id);
  return {
    found: page.rows.flatMap((row) => found(context, row, build) ?? []),
    total,
    nextKey: page.nextKey,
    previousKey: page.previousKey,
  };
}
