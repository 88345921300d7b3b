import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { DB, Organisation } from '../../db/schema.js';

/**
 * The county's directory as the FHIR API's Organization reads it: organisations and units in one list, ordered
 * by id, so a page of a search is a merge of two index scans whatever the size of the directory.
 */

export interface DirectoryRow {
  id: string;
  level: 'organisation' | 'unit';
  name: string;
  /** The organisation's kind; null for a unit. */
  kind: Organisation['kind'] | null;
  /** A unit's organisation and parent unit; null for an organisation. */
  organisationId: string | null;
  parentId: string | null;
  category: string;
  email: string;
  phone: string;
  hsaId: string | null;
}

/** Both levels as one relation `o`, with the columns of DirectoryRow in snake_case. */
const directory = sql`(
  SELECT id, 'organisation' AS level, name, kind, NULL::uuid AS organisation_id, NULL::uuid AS parent_id,
    '' AS category, '' AS email, '' AS phone, NULL::text AS hsa_id
  FROM organisations
  UNION ALL
  SELECT id, 'unit', name, NULL, organisation_id, parent_id, category, email, phone, hsa_id FROM units
) AS o`;

const columns = sql`o.id, o.level, o.name, o.kind, o.organisation_id AS "organisationId", o.parent_id AS "parentId",
  o.category, o.email, o.phone, o.hsa_id AS "hsaId"`;

/** The organisation or unit with the id; undefined when there is none. */
export async function directoryEntry(db: Kysely<DB>, id: string): Promise<DirectoryRow | undefined> {
  const { rows } = await sql<DirectoryRow>`SELECT ${columns} FROM ${directory} WHERE o.id = ${id}::uuid`.execute(
    db,
  );
  return rows[0];
}

/** A search of the directory: conditions on `o`, and the page as the framework's keyset, order and limit. */
export interface DirectorySearch {
  conditions: Expression<SqlBool>[];
  keyset: Expression<SqlBool>;
  direction: 'asc' | 'desc';
  limit: number;
}

export async function searchDirectory(
  db: Kysely<DB>,
  search: DirectorySearch,
): Promise<{ rows: DirectoryRow[]; total: number }> {
  const where = search.conditions.length > 0 ? sql.join(search.conditions, sql` AND `) : sql`TRUE`;
  const order = search.direction === 'asc' ? sql`ASC` : sql`DESC`;
  const { rows } = await sql<DirectoryRow>`
    SELECT ${columns} FROM ${directory} WHERE ${where} AND ${search.keyset}
    ORDER BY o.id ${order} LIMIT ${search.limit}`.execute(db);
  const { rows: counted } = await sql<{ total: number }>`
    SELECT count(*)::int AS total FROM ${directory} WHERE ${where}`.execute(db);
  return { rows, total: counted[0]?.total ?? 0 };
}
