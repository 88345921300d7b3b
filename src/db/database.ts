import { mkdir } from 'node:fs/promises';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { CamelCasePlugin, Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import { lockDataDirectory } from './dataDirectoryLock.js';
import { runMarkedStatementsPrepared } from './preparedStatements.js';
import type { DB } from './schema.js';

export type DatabaseKind = 'pglite' | 'postgresql';

/**
 * The one database the app talks to: PGlite in-process by default, a PostgreSQL server when a URL is given.
 * Both speak the same SQL; only opening, raw script execution and closing differ.
 */
export interface Database {
  kind: DatabaseKind;
  db: Kysely<DB>;
  /** Runs `work` with exclusive use of one connection that can execute multi-statement scripts. */
  exclusive<T>(work: (exec: (script: string) => Promise<void>) => Promise<T>): Promise<T>;
  /** The driver underneath, for what Kysely cannot say: a backup's and a restore's COPY. */
  driver: { kind: 'pglite'; pglite: PGlite } | { kind: 'postgresql'; pool: pg.Pool };
  close(): Promise<void>;
  /** The PostgreSQL server's connection pool, as the metrics read it; PGlite has one connection and no pool. */
  pool?: Pick<pg.Pool, 'totalCount' | 'idleCount' | 'waitingCount'>;
}

/**
 * A PostgreSQL server's URL; or PGlite's data directory (null: in memory), which `dump` fills when it is new, from
 * a data directory PGlite dumped before (`dumpDataDir`), e.g. one already migrated.
 */
export type DatabaseConfig = { databaseUrl: string } | { dataDir: string | null; dump?: Blob };

// Any fixed number will do; it only has to be the same for every instance sharing the database.
const MIGRATION_LOCK_KEY = 7_261_842;

const plugins = [new CamelCasePlugin({ maintainNestedObjectKeys: true })];

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  return 'databaseUrl' in config ? openPostgres(config.databaseUrl) : openPglite(config.dataDir, config.dump);
}

const dateAsText = new pg.TypeOverrides();
dateAsText.setTypeParser(pg.types.builtins.DATE, (value: string) => value);

function openPostgres(connectionString: string): Database {
  // Calendar dates stay strings: a JS Date would shift them by the server's time zone.
  const pool = new pg.Pool({
    connectionString,
    max: 10,
    types: dateAsText,
  });
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it. Queries in flight report their own errors.
  });
  pool.on('connect', (client) => {
    // A connection cut while checked out between two queries (a transaction awaiting other work) is reported on
    // the client, not the pool; unheard, it would end the process. The next query on it fails instead, the
    // transaction rolls back, and the pool discards the client on release.
    client.on('error', () => undefined);
    runMarkedStatementsPrepared(client);
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), plugins });
  return {
    kind: 'postgresql',
    db,
    driver: { kind: 'postgresql', pool },
    async exclusive(work) {
      const client = await pool.connect();
      try {
        await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
        return await work(async (script) => {
          await client.query(script);
        });
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
        client.release();
      }
    },
    close: () => db.destroy(),
    pool,
  };
}

async function openPglite(dataDir: string | null, dump: Blob | undefined): Promise<Database> {
  let unlock: () => Promise<void> = () => Promise.resolve();
  if (dataDir !== null) {
    await mkdir(dataDir, { recursive: true });
    unlock = await lockDataDirectory(dataDir);
  }
  const pglite = await PGlite.create(dataDir ?? undefined, {
    parsers: { [pgliteTypes.DATE]: (value: string) => value },
    loadDataDir: dump,
  }).catch(async (error: unknown) => {
    await unlock();
    throw error;
  });
  return pgliteDatabase(pglite, unlock);
}

/**
 * The app's view of a PGlite instance already open, as `openDatabase` gives it; a caller holding the instance can
 * also dump its data directory. `release` runs once it has closed.
 */
export function pgliteDatabase(
  pglite: PGlite,
  release: () => Promise<void> = () => Promise.resolve(),
): Database {
  const db = new Kysely<DB>({ dialect: new PGliteDialect({ pglite }), plugins });
  return {
    kind: 'pglite',
    db,
    driver: { kind: 'pglite', pglite },
    // PGlite serves one process; its own mutex already makes this exclusive.
    exclusive: (work) =>
      work(async (script) => {
        await pglite.exec(script);
      }),
    async close() {
      await db.destroy();
      // Kysely closes PGlite only if it ever ran a query; a database opened and never used must close too.
      if (!pglite.closed) await pglite.close();
      await release();
    },
  };
}
