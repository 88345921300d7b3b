import { createHash } from 'node:crypto';
import type pg from 'pg';

/**
 * PostgreSQL plans a statement each time it is sent, and for the statements every request runs (the session,
 * the access check, the case read) planning cost more than running: a case read was planned in about three
 * times the time it ran. A statement marked with this comment runs as a named prepared statement instead, so each
 * connection plans it once and then reuses the plan (PostgreSQL keeps a generic plan once it is as good as the
 * custom ones). Only marked statements: they are fixed texts looking rows up by key, whose plans do not depend on
 * the values, and whose results do not change shape when a column is added to a table.
 */
export function prepared(name: string): string {
  return `/* prepared:${name} */`;
}

const marker = /\/\* prepared:([a-z0-9_]+) \*\//;

/** The statement's name by its text: marked texts are few and fixed, so the map stays small. */
const names = new Map<string, string | null>();

/** The marker's name with a hash of the text, so two texts under one marker never share a statement. */
function preparedName(text: string): string | null {
  let name = names.get(text);
  if (name === undefined) {
    const match = marker.exec(text);
    name = match ? `${match[1]}_${createHash('sha256').update(text).digest('hex').slice(0, 16)}` : null;
    names.set(text, name);
  }
  return name;
}

type QueryFunction = (text: unknown, values?: unknown) => unknown;

/** Lets a pool client run marked statements as prepared statements; every other query is sent as before. */
export function runMarkedStatementsPrepared(client: pg.PoolClient): void {
  const query = client.query.bind(client) as QueryFunction;
  const preparing: QueryFunction = (text, values) => {
    const name = typeof text === 'string' && text.includes('/* prepared:') ? preparedName(text) : null;
    return name === null ? query(text, values) : query({ name, text, values });
  };
  client.query = preparing as typeof client.query;
}
