import { readdir, readFile } from 'node:fs/promises';
import type { Database } from './database.js';

const migrationsDir = new URL('./migrations/', import.meta.url);

/** The migration files this version knows, in the order they run. */
export async function knownMigrations(): Promise<string[]> {
  return (await readdir(migrationsDir)).filter((name) => name.endsWith('.sql')).sort();
}

/** A migration's SQL followed by the row that records it as applied; the caller runs both in one transaction. */
export async function migrationScript(name: string): Promise<string> {
  const script = await readFile(new URL(name, migrationsDir), 'utf8');
  return `${script}\n;INSERT INTO schema_migrations (name) VALUES ('${name.replace(/'/g, "''")}');`;
}

export const createMigrationsTable = `CREATE TABLE IF NOT EXISTS schema_migrations (
  name text PRIMARY KEY,
  applied_at timestamptz NOT NULL DEFAULT now()
)`;

/**
 * Applies the SQL files in migrations/ that have not run yet, in name order, each in its own transaction.
 * Instances starting together wait for one another on an advisory lock, so each file runs once.
 * `before` stops at the first file whose name sorts at or after it, so a test can make data as it was before a
 * migration and then run the rest.
 */
export async function migrate(database: Database, options: { before?: string } = {}): Promise<string[]> {
  const files = (await knownMigrations()).filter(
    (name) => options.before === undefined || name < options.before,
  );
  return database.exclusive(async (exec) => {
    await exec(createMigrationsTable);
    const applied = new Set(
      (await database.db.selectFrom('schemaMigrations').select('name').execute()).map((row) => row.name),
    );
    const done: string[] = [];
    for (const name of files) {
      if (applied.has(name)) continue;
      try {
        await exec(`BEGIN;\n${await migrationScript(name)}\nCOMMIT;`);
      } catch (error) {
        await exec('ROLLBACK').catch(() => undefined);
        throw new Error(`Migration ${name} failed: ${(error as Error).message}`, { cause: error });
      }
      done.push(name);
    }
    return done;
  });
}
