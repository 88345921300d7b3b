import { createHash } from 'node:crypto';
import { sql, type Expression, type SqlBool } from 'kysely';
import { invalidSearch } from './outcome.js';
import { idPattern } from './searchParameters.js';

/** Results on a page unless `_count` says otherwise, and the most it may say (decision 0038). */
export const defaultCount = 20;
export const maxCount = 100;

/**
 * Which page of a search is asked for: its size, and where it starts — after the key the page before ended on, or
 * before the key the page after began with (for the `previous` link). Keys are the resources' ids, the order of
 * every search, so a page is an index range scan whatever the size of the table.
 */
export interface PageWindow {
  count: number;
  after: string | null;
  before: string | null;
}

/** The search's own parameters, in a fixed order: what a cursor is bound to. */
function searchDigest(query: URLSearchParams): string {
  const kept = [...query].filter(([name]) => !['_page', '_format', '_count'].includes(name)).sort();
  return createHash('sha256').update(JSON.stringify(kept)).digest('base64url').slice(0, 16);
}

/**
 * The `_page` of the page after (`after`) or before (`before`) a key. The cursor is opaque to clients and bound to
 * its search, so one cannot be carried over to another search where its position would mean something else. It is
 * not secret and not signed: any position is a legitimate place to start, and the access policy decides every
 * page afresh, so a forged cursor can only skip rows the client may read anyway (as the case list's, 0016).
 */
export function pageCursor(query: URLSearchParams, direction: 'after' | 'before', key: string): string {
  return Buffer.from(JSON.stringify([direction === 'after' ? 'a' : 'b', key, searchDigest(query)])).toString(
    'base64url',
  );
}

function readCursor(cursor: string, query: URLSearchParams): Pick<PageWindow, 'after' | 'before'> {
  const refuse = () => invalidSearch('badPage');
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(cursor)) throw refuse();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refuse();
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) throw refuse();
  const [direction, key, digest] = parsed as unknown[];
  if (
    (direction !== 'a' && direction !== 'b') ||
    typeof key !== 'string' ||
    !idPattern.test(key) ||
    digest !== searchDigest(query)
  )
    throw refuse();
  return direction === 'a' ? { after: key, before: null } : { after: null, before: key };
}

/** The page a search asks for, from `_count` and `_page`; a size out of range is refused, never cut. */
export function pageWindow(query: URLSearchParams): PageWindow {
  const countText = query.get('_count');
  let count = defaultCount;
  if (countText !== null) {
    if (!/^\d{1,6}$/.test(countText)) throw invalidSearch('badCount', { max: maxCount });
    count = Number(countText);
    if (count > maxCount) throw invalidSearch('countTooLarge', { max: maxCount });
  }
  const cursor = query.get('_page');
  return { count, ...(cursor === null ? { after: null, before: null } : readCursor(cursor, query)) };
}

/** The window's condition on the key column: past the cursor's key, in the direction asked. */
export function keysetCondition(column: Expression<string>, window: PageWindow): Expression<SqlBool> {
  if (window.after !== null) return sql<SqlBool>`${column} > ${window.after}`;
  if (window.before !== null) return sql<SqlBool>`${column} < ${window.before}`;
  return sql<SqlBool>`TRUE`;
}

/** The order to read the key column in: backwards for the page before, so the limit keeps the nearest rows. */
export function keysetDirection(window: PageWindow): 'asc' | 'desc' {
  return window.before !== null ? 'desc' : 'asc';
}

/** Rows to read for a page: one more than it holds, to learn whether there is more beyond it. */
export function keysetLimit(window: PageWindow): number {
  return window.count + 1;
}

/**
 * A page read with the three functions above, put in key order, with the keys the pages either side start from:
 * `nextKey` (the page after starts after it) and `previousKey` (the page before ends before it), null at an end.
 */
export function pageOf<Row>(
  rows: Row[],
  window: PageWindow,
  keyOf: (row: Row) => string,
): { rows: Row[]; nextKey: string | null; previousKey: string | null } {
  const more = rows.length > window.count;
  const kept = rows.slice(0, window.count);
  if (window.before !== null) kept.reverse();
  const first = kept[0];
  const last = kept.at(-1);
  const hasNext = window.before !== null || more;
  const hasPrevious = window.before !== null ? more : window.after !== null;
  return {
    rows: kept,
    nextKey: hasNext && last ? keyOf(last) : null,
    previousKey: hasPrevious && first ? keyOf(first) : null,
  };
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The window of a type whose keys are UUIDs: a cursor holding any other key was not made by this search. */
export function uuidWindow(window: PageWindow): PageWindow {
  for (const key of [window.after, window.before])
    if (key !== null && !uuidPattern.test(key)) throw invalidSearch('badPage');
  return window;
}

/** Whether an id can be a Samplan row's id; an id that cannot is simply not found, without asking the database. */
export function isUuid(id: string): boolean {
  return uuidPattern.test(id);
}
