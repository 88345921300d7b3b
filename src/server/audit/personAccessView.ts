import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { ActorKind } from '../../shared/api/accessLogFields.js';
import { personRelations } from '../../domain/access/personPolicy.js';
import type { PersonActor } from './logPersonAccess.js';

/** The most entries one look at the individual's own log gives. */
export const personAccessLimitMax = 200;

/** Who opened or changed something about the person, as the person themselves is shown it. */
export type PersonAccessWho =
  /**
   * Staff: the unit they acted for (none when they acted for no unit), and their name only where the county lets;
   * a FHIR client, another system reading for its unit, is shown as that unit with the client's name.
   */
  | { kind: 'staff'; unitName: string | null; staffName: string | null }
  /** Someone signed in with e-ID: the person, a guardian, the child or a guest, by the name their e-ID gave. */
  | { kind: 'e_id'; relation: PersonActor['relation']; name: string }
  /** A system of the national platform (NPÖ, 1177 Journal) that read plans through GetCarePlans (decision 0039). */
  | { kind: 'rivta_consumer'; consumer: string };

export interface PersonAccess {
  occurredAt: Date;
  /** The action as logged, e.g. `read_case` or `person:readPlan`. */
  action: string;
  who: PersonAccessWho;
}

interface Row {
  occurredAt: Date | string;
  action: string;
  actorKind: ActorKind;
  role: string;
  unitName: string | null;
  staffName: string | null;
  eIdName: string | null;
}

/**
 * The access-log entries about a person, newest first, for their own view of who opened their records (decision
 * 0035): when, what, and who. `namesStaff` is the county's choice (county_settings.person_log_names_staff);
 * without it a staff member's name is not even read. `since` keeps entries from that moment on. `exceptIdentityId`
 * leaves out what the one looking did themselves: they asked who *else* opened the records.
 */
export async function accessToPerson(
  db: Kysely<DB>,
  query: { personId: string; since?: Date; limit: number; namesStaff: boolean; exceptIdentityId?: string },
): Promise<PersonAccess[]> {
  if (!Number.isInteger(query.limit) || query.limit < 1 || query.limit > personAccessLimitMax)
    throw new RangeError(
      `Person access view: limit must be a whole number from 1 to ${personAccessLimitMax}`,
    );
  const staffName = query.namesStaff ? sql`coalesce(u.display_name, fc.name)` : sql`NULL::text`;
  const since = query.since ? sql`AND l.occurred_at >= ${query.since}` : sql``;
  const except = query.exceptIdentityId
    ? sql`AND NOT (l.actor_kind = 'e_id' AND l.user_id = ${query.exceptIdentityId}::uuid)`
    : sql``;
  const { rows } = await sql<Row>`
    SELECT l.occurred_at, l.action, l.actor_kind, l.role, un.name AS unit_name, ${staffName} AS staff_name,
      e.name AS e_id_name
    FROM access_log l
    LEFT JOIN units un ON un.id = l.unit_id
    LEFT JOIN users u ON l.actor_kind = 'staff' AND u.id = l.user_id
    LEFT JOIN e_id_identities e ON l.actor_kind = 'e_id' AND e.id = l.user_id
    LEFT JOIN fhir_clients fc ON l.actor_kind = 'fhir_client' AND fc.id = l.user_id
    WHERE l.person_id = ${query.personId}::uuid ${since} ${except}
    ORDER BY l.occurred_at DESC, l.chain DESC, l.seq DESC
    LIMIT ${query.limit}::int`.execute(db);
  return rows.map((row) => ({ occurredAt: new Date(row.occurredAt), action: row.action, who: who(row) }));
}

function who(row: Row): PersonAccessWho {
  // consumerReads.ts writes the consumer's HSA id as the role.
  if (row.actorKind === 'rivta_consumer') return { kind: 'rivta_consumer', consumer: row.role };
  if (row.actorKind !== 'e_id') return { kind: 'staff', unitName: row.unitName, staffName: row.staffName };
  // logPersonAccess writes the relation as the role; anything else is an entry this view cannot explain.
  if (!isRelation(row.role)) throw new Error('Person access view: an e-ID entry names no relation');
  return { kind: 'e_id', relation: row.role, name: row.eIdName ?? '' };
}

const relations: ReadonlySet<string> = new Set(personRelations.filter((relation) => relation !== 'none'));

function isRelation(role: string): role is PersonActor['relation'] {
  return relations.has(role);
}
