import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** Runs `work` on a connection to the PostgreSQL server's admin database, and closes it. */
async function asAdmin<T>(adminUrl: string, work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/**
 * A new database of a random name (starting `prefix`) on the server `adminUrl` reaches, empty or a copy of
 * `template`; its name and the URL that reaches it.
 */
export async function createServerDatabase(
  adminUrl: string,
  prefix: string,
  template?: string,
): Promise<{ name: string; url: string }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await asAdmin(adminUrl, (admin) =>
    admin.query(template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`),
  );
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString() };
}

/** Drops a database made by `createServerDatabase`, once the connections of pools already closed have gone. */
export async function dropServerDatabase(adminUrl: string, name: string): Promise<void> {
  await asAdmin(adminUrl, async (admin) => {
    await waitForConnectionsToClose(admin, name);
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
}

/** Waits until the connections of pools already closed have gone, as a template must have none. */
export async function serverDatabaseClosed(adminUrl: string, name: string): Promise<void> {
  await asAdmin(adminUrl, (admin) => waitForConnectionsToClose(admin, name));
}

/**
 * A pool's `end()` settles when it has asked its connections to close, not when the server has closed them. A
 * forced drop would terminate those still closing, and a terminated connection whose pool has already let go of it
 * raises its error with no one listening, an uncaught exception in the test run. So the drop waits for them first;
 * FORCE stays for connections a failed test left open.
 */
async function waitForConnectionsToClose(admin: pg.Client, name: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    const { rows } = await admin.query<{ open: number }>(
      'SELECT count(*)::int AS open FROM pg_stat_activity WHERE datname = $1',
      [name],
    );
    if (rows[0]?.open === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
