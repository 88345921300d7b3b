import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DatabaseConfig } from '../db/database.js';

/** Everything the server reads from its environment, read once at start. */
export interface Config {
  host: string;
  port: number;
  database: DatabaseConfig;
  seedDemo: boolean;
  /** Cookies marked Secure; off only for plain-http setups such as a laptop demo behind no proxy. */
  cookieSecure: boolean;
  sessionHours: number;
  logLevel: string;
  /** The built web app to serve, or null to serve the API only. */
  webRoot: string | null;
}

// Both src/server and dist/server sit two levels below the package root, so this finds the build either way.
const builtWebApp = fileURLToPath(new URL('../../dist/web/', import.meta.url));

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return !['false', '0', 'no', 'off'].includes(value.toLowerCase());
}

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) throw new Error(`${name} must be a positive whole number`);
  return parsed;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL?.trim();
  return {
    host: env.HOST?.trim() || '127.0.0.1',
    port: integer('PORT', env.PORT, 3000),
    database: databaseUrl ? { databaseUrl } : { dataDir: resolve(env.DATA_DIR?.trim() || './data') },
    seedDemo: flag(env.SEED_DEMO, true),
    cookieSecure: flag(env.COOKIE_SECURE, true),
    sessionHours: integer('SESSION_HOURS', env.SESSION_HOURS, 10),
    logLevel: env.LOG_LEVEL?.trim() || 'info',
    webRoot: existsSync(builtWebApp) ? builtWebApp : null,
  };
}
