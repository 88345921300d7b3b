/*
 * Samplan's configuration: every environment variable it reads, declared once in a zod schema and checked at start.
 * An invalid one stops the server and every command that reads the configuration, naming each variable that is wrong
 * in Swedish and English; `samplan config --check` prints the resolved settings, secrets hidden.
 *
 * To add a variable:
 *  1. Declare it in its area's `settingsArea({...})` under its exact name, e.g. `METRICS_PORT: variable(wholeNumber(0,
 *     65_535), null)`: a reader from configuration/variables.ts (or one of your own returning a `refused.…()` from
 *     configuration/refusals.ts, whose words are in src/shared/words/configuration.*.ts), the default (null for
 *     "unset"), and `{ secret: 'value' }` when its value must never be shown (`'password'` for an address that may
 *     carry one). A new area is a module exporting `settingsArea(...)`, added to `configAreas` below.
 *  2. Return its value from the area's assemble function and add the field to `Config`.
 *  3. Add its row to README.md's table of environment variables (test/api/configurationReadme.test.ts checks).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { DatabaseConfig } from '../db/database.js';
import { oidcSettings, type OidcConfig } from './auth/oidcConfig.js';
import { sessionSettings } from './auth/sessionConfig.js';
import { ConfigError } from './configuration/configError.js';
import { databaseSettings } from './configuration/databaseSettings.js';
import { serverSettings } from './configuration/serverSettings.js';
import type { Environment } from './configuration/variables.js';
import { eIdSettings, type EIdConfig } from './eId/eIdConfig.js';
import { fhirOAuthSettings, type FhirOAuthConfig } from './fhir/oauthConfig.js';
import { mailSettings } from './mail/mailConfig.js';
import { metricsSettings, type MetricsConfig } from './metrics/metricsConfig.js';
import { smsSettings, type SmsConfig } from './personNotices/smsConfig.js';
import {
  populationRegisterSettings,
  type PopulationRegisterConfig,
} from './populationRegister/registerConfig.js';
import { rivtaSettings, type RivtaConfig } from './rivta/rivtaConfig.js';
import { backupSettings } from './scheduledBackups/backupSettings.js';
import { tracesSettings, type TracesConfig } from './telemetry/tracesConfig.js';

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
  /** The name this instance goes by in the jobs it ran and on every log line (instance.ts). */
  instance: string;
  /** How long the access log keeps its entries before `samplan prune-audit` removes them. */
  auditRetentionDays: number;
  /** The GetCarePlans 2 producer for NPÖ and 1177 Journal, or null: off unless configured (decision 0039). */
  rivta: RivtaConfig | null;
  /** Where the county's scheduled backups are written (BACKUP_DIR), as an absolute path. */
  backupDirectory: string;
  /** The Prometheus metrics listener, or null: off unless configured (decision 0042). */
  metrics: MetricsConfig | null;
  /** OpenTelemetry traces, or null: off unless the standard OTEL_* variables ask for them (decision 0042). */
  traces: TracesConfig | null;
}

// Both src/server and dist/server sit two levels below the package root, so this finds the build either way.
const builtWebApp = fileURLToPath(new URL('../../dist/web/', import.meta.url));

/**
 * Every environment variable Samplan reads, by area: each area sees the whole environment, so that a refusal in one
 * does not hide another's, and a variable two areas need (TRUST_PROXY, HOST, SEED_DEMO) is declared once and
 * shared. The areas' parts together are the `Config`.
 */
export const configAreas = {
  server: serverSettings,
  database: databaseSettings,
  sessions: sessionSettings,
  mail: mailSettings,
  oidc: oidcSettings,
  eId: eIdSettings,
  fhirOAuth: fhirOAuthSettings,
  sms: smsSettings,
  populationRegister: populationRegisterSettings,
  rivta: rivtaSettings,
  backupDirectory: backupSettings,
  metrics: metricsSettings,
  traces: tracesSettings,
};

/** The one schema of Samplan's environment. */
export const configSchema = z
  .preprocess(
    (env) => Object.fromEntries(Object.keys(configAreas).map((area) => [area, env])),
    z.object(configAreas),
  )
  .transform(({ server, database, sessions, mail, ...integrations }): Config => ({
    ...server,
    ...database,
    ...sessions,
    ...mail,
    ...integrations,
    webRoot: existsSync(builtWebApp) ? builtWebApp : null,
  }));

/** The configuration from `env`; throws a ConfigError naming every variable that is wrong. */
export function readConfig(env: Environment = process.env): Config {
  const result = configSchema.safeParse(env);
  if (!result.success) throw new ConfigError(result.error.issues);
  return result.data;
}
