import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PGlite, Transaction } from '@electric-sql/pglite';
import type pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import type { Database } from '../../db/database.js';

/**
 * One transaction on one connection, in which a backup reads or a restore writes whole tables through COPY in
 * PostgreSQL's text format: the database itself writes and reads every value, so nothing is lost between types.
 */
export interface Session {
  rows<Row>(sql: string): Promise<Row[]>;
  exec(script: string): Promise<void>;
  /** The table's rows as `COPY … TO` writes them. */
  copyOut(table: string, columns: string[]): Promise<Readable>;
  /** Loads rows in `COPY … FROM`'s text format. */
  copyIn(table: string, columns: string[], data: Readable): Promise<void>;
}

/**
 * `snapshot`: every read sees the database as it was at the first one (REPEATABLE READ, READ ONLY), while the
 * server goes on writing. `write`: all or nothing.
 */
export type SessionMode = 'snapshot' | 'write';

export const quoteName = (name: string) => `"${name.replace(/"/g, '""')}"`;

const copyTarget = (table: string, columns: string[]) =>
  `${quoteName(table)} (${columns.map(quoteName).join(', ')})`;

export function inSession<T>(
  database: Database,
  mode: SessionMode,
  work: (session: Session) => Promise<T>,
): Promise<T> {
  const driver = database.driver;
  return driver.kind === 'pglite'
    ? inPgliteSession(driver.pglite, mode, work)
    : inPostgresSession(driver.pool, mode, work);
}

async function inPostgresSession<T>(
  pool: pg.Pool,
  mode: SessionMode,
  work: (session: Session) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  let failed = false;
  try {
    await client.query(mode === 'snapshot' ? 'BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY' : 'BEGIN');
    const result = await work({
      rows: async <Row>(sql: string) => (await client.query(sql)).rows as Row[],
      exec: async (script) => {
        await client.query(script);
      },
      copyOut: (table, columns) =>
        Promise.resolve(client.query(copyTo(`COPY ${copyTarget(table, columns)} TO STDOUT`))),
      copyIn: (table, columns, data) =>
        pipeline(data, client.query(copyFrom(`COPY ${copyTarget(table, columns)} FROM STDIN`))),
    });
    await client.query('COMMIT');
    return result;
  } catch (error) {
    failed = true;
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    // A connection whose COPY broke off midway is not given back to others.
    client.release(failed);
  }
}

/** PGlite has one connection, so one transaction is one snapshot; its COPY goes through a blob in memory. */
function inPgliteSession<T>(
  pglite: PGlite,
  mode: SessionMode,
  work: (session: Session) => Promise<T>,
): Promise<T> {
  return pglite.transaction(async (tx: Transaction) => {
    if (mode === 'snapshot') await tx.exec('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    return work({
      rows: async <Row>(sql: string) => (await tx.query<Row>(sql)).rows,
      exec: async (script) => {
        await tx.exec(script);
      },
      async copyOut(table, columns) {
        const { blob } = await tx.query(`COPY ${copyTarget(table, columns)} TO '/dev/blob'`);
        return Readable.from(blob ? [Buffer.from(await blob.arrayBuffer())] : []);
      },
      async copyIn(table, columns, data) {
        const chunks: Buffer[] = [];
        for await (const chunk of data) chunks.push(chunk as Buffer);
        await tx.query(`COPY ${copyTarget(table, columns)} FROM '/dev/blob'`, [], {
          blob: new Blob(chunks),
        });
      },
    });
  });
}
