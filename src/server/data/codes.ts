import { sql, type Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { DB } from '../../db/schema.js';
import { codeSearchLimit, type CodeFound, type CodeSystemSummary } from '../../shared/api/codeSystemRoutes.js';

/**
 * The code systems a county has loaded and their codes. Codes carry no personal data: reading them is not an
 * access to a case and is not written to the access log.
 */

/** Rows per insert when a system's codes are written: well under PostgreSQL's limit on parameters. */
const insertBatch = 1000;

export async function codeSystems(db: Kysely<DB>, where?: { id: string }): Promise<CodeSystemSummary[]> {
  let query = db
    .selectFrom('codeSystems as s')
    .leftJoin('users as u', 'u.id', 's.loadedBy')
    .select(['s.id', 's.uri', 's.name', 's.version', 's.loadedAt', 'u.displayName as loadedByName'])
    .select((eb) =>
      eb
        .selectFrom('codes')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('codes.systemId', '=', 's.id')
        .as('codeCount'),
    )
    .orderBy('s.name')
    .orderBy('s.uri');
  if (where) query = query.where('s.id', '=', where.id);
  const rows = await query.execute();
  return rows.map((row) => ({
    ...row,
    loadedAt: row.loadedAt.toISOString(),
    codeCount: Number(row.codeCount ?? 0),
  }));
}

/**
 * Loads a code system's codes in place of those it had (the caller's transaction makes it all or nothing): the
 * system is made by its URI the first time, and named, versioned and stamped anew each time. Answers the
 * system's id and how many codes it had before.
 */
export async function replaceCodeSystem(
  db: Kysely<DB>,
  system: { uri: string; name: string | undefined; version: string | undefined; loadedBy: string | null },
  codes: readonly { code: string; display: string }[],
): Promise<{ id: string; replaced: number }> {
  const stamp = {
    version: system.version ?? null,
    loadedBy: system.loadedBy,
    loadedAt: new Date(),
  };
  const { id } = await db
    .insertInto('codeSystems')
    .values({ id: uuidv7(), uri: system.uri, name: system.name ?? system.uri, ...stamp })
    .onConflict((oc) =>
      oc.column('uri').doUpdateSet(system.name === undefined ? stamp : { ...stamp, name: system.name }),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  const removed = await db.deleteFrom('codes').where('systemId', '=', id).executeTakeFirst();
  for (let start = 0; start < codes.length; start += insertBatch) {
    await db
      .insertInto('codes')
      .values(codes.slice(start, start + insertBatch).map((code) => ({ systemId: id, ...code })))
      .execute();
  }
  return { id, replaced: Number(removed.numDeletedRows) };
}

/** LIKE's own characters in what a user typed, taken literally. */
const literal = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

/**
 * Codes whose code or display matches what the user typed, best first: the code itself, a code beginning with
 * it, a display beginning with it, then a display containing it. At most `codeSearchLimit`.
 */
export async function searchCodes(
  db: Kysely<DB>,
  query: { q: string; system?: string | undefined },
): Promise<CodeFound[]> {
  const typed = query.q.toLowerCase();
  const starts = `${literal(typed)}%`;
  const contains = `%${literal(typed)}%`;
  let search = db
    .selectFrom('codes as c')
    .innerJoin('codeSystems as s', 's.id', 'c.systemId')
    .select(['s.uri as system', 's.name as systemName', 'c.code', 'c.display'])
    .where((eb) =>
      eb.or([
        eb(sql`lower(c.code)`, 'like', starts),
        eb(sql`lower(c.display)`, 'like', contains),
      ]),
    )
    .orderBy(
      sql`CASE WHEN lower(c.code) = ${typed} THEN 0 WHEN lower(c.code) LIKE ${starts} THEN 1
        WHEN lower(c.display) LIKE ${starts} THEN 2 ELSE 3 END`,
    )
    .orderBy('c.code')
    .orderBy('s.uri')
    .limit(codeSearchLimit);
  if (query.system) search = search.where('s.uri', '=', query.system);
  return search.execute();
}

/** The stored codes among the ones asked for, by system URI and code; those not loaded are left out. */
export async function storedCodes(
  db: Kysely<DB>,
  wanted: readonly { system: string; code: string }[],
): Promise<{ system: string; code: string; display: string }[]> {
  if (wanted.length === 0) return [];
  const { rows } = await sql<{ system: string; code: string; display: string }>`
    SELECT s.uri AS system, c.code, c.display
    FROM unnest(${wanted.map((one) => one.system)}::text[], ${wanted.map((one) => one.code)}::text[])
      AS w (system, code)
    JOIN code_systems s ON s.uri = w.system
    JOIN codes c ON c.system_id = s.id AND c.code = w.code`.execute(db);
  return rows;
}
