import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { InstanceLife } from './instanceLife.js';

/** Why this instance should not get traffic now: the first check that failed. */
export type ReadinessCheck = 'migrations' | 'database' | 'draining';

export type Readiness = { ready: true } | { ready: false; check: ReadinessCheck; error?: unknown };

// PostgreSQL's "undefined table": no instance has created schema_migrations yet.
const undefinedTable = '42P01';

/**
 * Whether this instance should get traffic. Probes come every few seconds from several load balancers, so this
 * costs at most one read of the small schema_migrations table by its key, and none while the phase alone says
 * no. A database that lacks a migration this instance knows is not ready for it: another instance may still be
 * migrating, or the database was restored from before this version.
 */
export async function readiness(
  life: InstanceLife,
  db: Kysely<DB>,
  knownMigrations: readonly string[],
): Promise<Readiness> {
  if (life.phase === 'draining') return { ready: false, check: 'draining' };
  if (life.phase === 'starting') return { ready: false, check: 'migrations' };
  try {
    const { rows } = await sql<{ applied: string | number }>`
      SELECT count(*) AS applied FROM schema_migrations WHERE name IN (${sql.join(knownMigrations)})`.execute(
      db,
    );
    return Number(rows[0]?.applied) === knownMigrations.length
      ? { ready: true }
      : { ready: false, check: 'migrations' };
  } catch (error) {
    if ((error as { code?: unknown }).code === undefinedTable) return { ready: false, check: 'migrations' };
    return { ready: false, check: 'database', error };
  }
}
