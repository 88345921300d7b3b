import { readdir, readFile } from 'node:fs/promises';
import type { Database } from './database.js';

const migrationsDir = new URL('./migrations/', import.meta.url);

/**
 * Applies the SQL files in migrations/ that have not run yet, in name order, each in its own transaction.
 * Instances starting together wait for one another on an advisory lock, so each file runs once.
 * `before` stops at the first file whose name sorts at or after it, so a test can make data as it was before a
 * migration and then run the rest.
 */
export async function migrate(database: Database, options: { before?: string } = {}): Promise<string[]> {
  const files = (await readdir(migrationsDir))
    .filter((name) => name.endsWith('.sql') && (options.before === undefined || name < options.before))
    .sort();
  return database.exclusive(async (exec) => {
    await exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      name text PRIMARY KEY,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const applied = new Set(
      (await database.db.selectFrom('schemaMigrations').select('name').execute()).map((row) => row.name),
    );
    const done: string[] = [];
    for (const name of files) {
      if (applied.has(name)) continue;
      const script = await readFile(new URL(name, migrationsDir), 'utf8');
      try {
        await exec(
          `BEGIN;\n${script}\n;INSERT INTO schema_migrations (name) VALUES ('${name.replace(/'/g, "''")}');\nCOMMIT;`,
        );
      } catch (error) {
        await exec('ROLLBACK').catch(() => undefined);
        throw new Error(`Migration ${name} failed: ${(error as Error).message}`, { cause: error });
      }
      done.push(name);
    }
    return done;
  });
}
