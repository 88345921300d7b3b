import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DatabaseConfig } from '../db/database.js';
import { readOidcConfig, type OidcConfig } from './auth/oidcConfig.js';
import { readEIdConfig, type EIdConfig } from './eId/eIdConfig.js';
import { readFhirOAuthConfig, type FhirOAuthConfig } from './fhir/oauthConfig.js';
import { readSmsConfig, type SmsConfig } from './personNotices/smsConfig.js';
import {
  readPopulationRegisterConfig,
  type PopulationRegisterConfig,
} from './populationRegister/registerConfig.js';
import { readRivtaConfig, type RivtaConfig } from './rivta/rivtaConfig.js';

/** Everything the server reads from its environment, read once at start. */
export interface Config {
  host: string;
  port: number;
  database: DatabaseConfig;
  seedDemo: boolean;
  /** SIPs of generated history the demo county is given at its first start (0: none). */
  demoHistorySips: number;
  /** Cookies marked Secure; off only for plain-http setups such as a laptop demo behind no proxy. */
  cookieSecure: boolean;
  /** Absolute lifetime of a sign-in, counted from the sign-in however active the user is. */
  sessionHours: number;
  /** A session unused for this long ends, so a browser left open at a shared desk does not stay signed in. */
  sessionIdleMinutes: number;
  /** Failed sign-ins for one username within `loginLockMinutes` before it is locked. */
  loginMaxFailures: number;
  /** The same per client address; higher, as an office often shares one address. */
  loginMaxAddressFailures: number;
  /** How long a lock lasts, and the window in which failures are counted. */
  loginLockMinutes: number;
  /** Sign-in requests per client address and minute, per instance: a cheap first defence before the database. */
  loginRateLimitPerMinute: number;
  /** Sign-in with a username and password kept in Samplan; a county with single sign-on may turn it off. */
  passwordSignIn: boolean;
  /** Single sign-on through the county's identity provider, or null when not configured. */
  oidc: OidcConfig | null;
  /** Sign-in with e-ID for the individual's side through the county's e-ID broker, or null (decision 0035). */
  eId: EIdConfig | null;
  /** Bearer tokens of the FHIR API's system clients, or null: then only staff sessions reach /fhir/R4. */
  fhirOAuth: FhirOAuthConfig | null;
  /** How long an e-ID sign-in lasts, in all and unused. */
  personSessionMinutes: number;
  personSessionIdleMinutes: number;
  /** Requests to the individual's side per client address and minute, per instance. */
  personRateLimitPerMinute: number;
  /** Whether this instance runs jobs and reminder sweeps; any number may, each job still runs once. */
  scheduler: boolean;
  /** The pause between the scheduler's rounds when it has nothing left to do. */
  schedulerIntervalSeconds: number;
  /** Which proxies to believe about the client's address (Fastify's trustProxy); per-address limits depend on it. */
  trustProxy: boolean | string[];
  logLevel: string;
  /** Where users reach Samplan (no trailing slash); mail links point here. */
  publicUrl: string;
  /** The SMTP server mail is sent through; null keeps mail in the local outbox that administrators read. */
  smtpUrl: string | null;
  /** The sender address of Samplan's mail. */
  mailFrom: string;
  /** How SMS to the individual and guardians leave: logged only (default), or a county's HTTP gateway. */
  sms: SmsConfig;
  /** Where name and address come from when a new SIP's person is found by identity number. */
  populationRegister: PopulationRegisterConfig;
  /** The built web app to serve, or null to serve the API only. */
  webRoot: string | null;
  /**
   * On SIGTERM, how long requests in flight and the running job have to finish before the remaining connections
   * are cut and the process ends anyway.
   */
  shutdownGraceSeconds: number;
  /** The GetCarePlans 2 producer for NPÖ and 1177 Journal, or null: off unless configured (decision 0039). */
  rivta: RivtaConfig | null;
}

// Both src/server and dist/server sit two levels below the package root, so this finds the build either way.
const builtWebApp = fileURLToPath(new URL('../../dist/web/', import.meta.url));

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return !['false', '0', 'no', 'off'].includes(value.toLowerCase());
}

/** 0 asks the system for any free port; the "ready" log line says which. */
function portNumber(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 3000;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65_535)
    throw new Error('PORT must be a whole number from 0 to 65535');
  return parsed;
}

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) throw new Error(`${name} must be a positive whole number`);
  return parsed;
}

function wholeNumber(name: string, value: string | undefined, fallback: number, max: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > max)
    throw new Error(`${name} must be a whole number from 0 to ${String(max)}`);
  return parsed;
}

/**
 * `true` trusts any proxy (only when Samplan cannot be reached but through one); better, a comma-separated list of
 * the proxies' addresses or CIDR ranges. Off by default, as a client could otherwise forge its own address.
 */
function trustProxy(value: string | undefined): boolean | string[] {
  const text = value?.trim() ?? '';
  if (text === '') return false;
  const onOff = ['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'];
  if (onOff.includes(text.toLowerCase())) return flag(text, false);
  return text
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

const isAddress = (text: string, protocols: string[]) =>
  URL.canParse(text) && protocols.includes(new URL(text).protocol);

/** Where mail links point: refused at start rather than found as a broken link in every mail. */
function publicUrl(value: string | undefined): string {
  const text = value?.trim() || 'http://localhost:3000';
  if (!isAddress(text, ['http:', 'https:']))
    throw new Error('PUBLIC_URL must be an http or https address, such as https://samplan.region.se');
  return text.replace(/\/+$/, '');
}

function smtpUrl(value: string | undefined): string | null {
  const text = value?.trim() ?? '';
  if (text === '') return null;
  if (!isAddress(text, ['smtp:', 'smtps:']))
    throw new Error(
      'SMTP_URL must be an smtp:// or smtps:// address, such as smtp://user:password@mail.region.se:587',
    );
  return text;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL?.trim();
  const seedDemo = flag(env.SEED_DEMO, true);
  const proxies = trustProxy(env.TRUST_PROXY);
  return {
    host: env.HOST?.trim() || '127.0.0.1',
    port: portNumber(env.PORT),
    database: databaseUrl ? { databaseUrl } : { dataDir: resolve(env.DATA_DIR?.trim() || './data') },
    seedDemo,
    demoHistorySips: wholeNumber('DEMO_HISTORY_SIPS', env.DEMO_HISTORY_SIPS, 3000, 100_000),
    cookieSecure: flag(env.COOKIE_SECURE, true),
    sessionHours: integer('SESSION_HOURS', env.SESSION_HOURS, 10),
    sessionIdleMinutes: integer('SESSION_IDLE_MINUTES', env.SESSION_IDLE_MINUTES, 30),
    loginMaxFailures: integer('LOGIN_MAX_FAILURES', env.LOGIN_MAX_FAILURES, 5),
    loginMaxAddressFailures: integer('LOGIN_MAX_ADDRESS_FAILURES', env.LOGIN_MAX_ADDRESS_FAILURES, 50),
    loginLockMinutes: integer('LOGIN_LOCK_MINUTES', env.LOGIN_LOCK_MINUTES, 15),
    loginRateLimitPerMinute: integer('LOGIN_RATE_LIMIT_PER_MINUTE', env.LOGIN_RATE_LIMIT_PER_MINUTE, 30),
    passwordSignIn: flag(env.PASSWORD_SIGN_IN, true),
    oidc: readOidcConfig(env),
    eId: readEIdConfig(env),
    fhirOAuth: readFhirOAuthConfig(env),
    personSessionMinutes: integer('PERSON_SESSION_MINUTES', env.PERSON_SESSION_MINUTES, 60),
    personSessionIdleMinutes: integer('PERSON_SESSION_IDLE_MINUTES', env.PERSON_SESSION_IDLE_MINUTES, 15),
    personRateLimitPerMinute: integer('PERSON_RATE_LIMIT_PER_MINUTE', env.PERSON_RATE_LIMIT_PER_MINUTE, 120),
    scheduler: flag(env.SCHEDULER, true),
    schedulerIntervalSeconds: integer('SCHEDULER_INTERVAL_SECONDS', env.SCHEDULER_INTERVAL_SECONDS, 30),
    trustProxy: proxies,
    logLevel: env.LOG_LEVEL?.trim() || 'info',
    publicUrl: publicUrl(env.PUBLIC_URL),
    smtpUrl: smtpUrl(env.SMTP_URL),
    mailFrom: env.MAIL_FROM?.trim() || 'samplan@localhost',
    sms: readSmsConfig(env),
    populationRegister: readPopulationRegisterConfig(env, seedDemo),
    webRoot: existsSync(builtWebApp) ? builtWebApp : null,
    shutdownGraceSeconds: integer('SHUTDOWN_GRACE_SECONDS', env.SHUTDOWN_GRACE_SECONDS, 20),
    rivta: readRivtaConfig(env, proxies),
  };
}
