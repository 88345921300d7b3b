import type { Session } from './session.js';

export interface TableShape {
  name: string;
  /** Stored columns in the table's order; generated columns are computed again on load. */
  columns: string[];
}

/** Written by the migrations themselves on every database, so never copied. */
const migrationsTable = 'schema_migrations';

/**
 * The schema's tables in an order in which each comes after every table its foreign keys point to: loading them
 * so satisfies the keys, which stay checked while the user triggers are off.
 */
export async function tablesInLoadOrder(session: Session): Promise<TableShape[]> {
  const tables = await session.rows<{ name: string; columns: string[] }>(
    `SELECT c.relname AS name,
            array(SELECT a.attname::text FROM pg_attribute a
                  WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
                  ORDER BY a.attnum) AS columns
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname <> '${migrationsTable}'
      ORDER BY c.relname`,
  );
  const references = await session.rows<{ child: string; parent: string }>(
    `SELECT child.relname AS child, parent.relname AS parent
       FROM pg_constraint k
       JOIN pg_class child ON child.oid = k.conrelid
       JOIN pg_class parent ON parent.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = child.relnamespace
      WHERE k.contype = 'f' AND n.nspname = current_schema() AND child.oid <> parent.oid`,
  );
  const parents = new Map(tables.map((table) => [table.name, new Set<string>()]));
  for (const { child, parent } of references) parents.get(child)?.add(parent);
  const ordered: TableShape[] = [];
  const placed = new Set<string>();
  let remaining = tables;
  while (remaining.length > 0) {
    const ready = remaining.filter((table) =>
      [...(parents.get(table.name) ?? [])].every((parent) => placed.has(parent)),
    );
    if (ready.length === 0)
      throw new Error(`Foreign keys form a cycle among: ${remaining.map((table) => table.name).join(', ')}`);
    for (const table of ready) {
      ordered.push(table);
      placed.add(table.name);
    }
    remaining = remaining.filter((table) => !placed.has(table.name));
  }
  return ordered;
}

export async function sequenceNames(session: Session): Promise<string[]> {
  const sequences = await session.rows<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relkind = 'S' ORDER BY c.relname`,
  );
  return sequences.map((sequence) => sequence.name);
}

/** Tables of the schema, counted on a target that must be empty. */
export async function tableCount(session: Session): Promise<number> {
  const [row] = await session.rows<{ count: number }>(
    `SELECT count(*)::int AS count FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm')`,
  );
  return row?.count ?? 0;
}
