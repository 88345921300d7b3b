#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { openDatabase } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { seedDemoCounty } from '../db/seed/seedDemo.js';
import { prepareDemoHistory } from '../generate/demoHistory.js';
import { pruneAccessLog } from '../server/audit/retention.js';
import { verifyAccessLog } from '../server/audit/verifyAudit.js';
import { readConfig } from '../server/config.js';
import { checkConfiguration } from '../server/configuration/configurationCheck.js';
import { createLogger } from '../server/logger.js';
import { seedDemoCases } from '../server/seed/demoCases.js';
import { settleDemoHistoryReminders } from '../server/seed/demoHistoryReminders.js';
import { startServer } from '../server/start.js';
import {
  formatOrganisations,
  formatUnits,
  listOrganisations,
  listUnits,
  setOrganisationHsaId,
  setUnitHsaId,
} from './unitHsaIds.js';
import { verificationReport } from './verifyAuditReport.js';
import { importCodesFile } from './importCodes.js';
import { runGenerate } from './generate.js';
import { runBackup } from './backup.js';
import { runMoveToPostgres } from './moveToPostgres.js';
import { runRestore } from './restore.js';

const usage = `Samplan — samordnad individuell plan

Usage: samplan <command>

Commands:
  serve         start the web server (it listens at once and takes traffic once the database is migrated)
  migrate       apply database migrations and exit
  seed-demo     add the demo county, with its generated history (DEMO_HISTORY_SIPS), to an empty database
                and exit
  verify-audit  check each of the access log's hash chains; exits 1 naming each chain's first altered, missing
                or reordered entry
  prune-audit   remove access log entries older than AUDIT_RETENTION_DAYS (default 3650), keeping an anchor
                per chain, and exit
  units         list the units: id, HSA id, organisation, name (tab-separated)
  unit-hsa-id <unit id> <HSA id | ->
                set (or with - clear) the HSA id by which single sign-on names a unit
  organisations list the organisations: id, HSA id as a care giver, name (tab-separated)
  organisation-hsa-id <organisation id> <HSA id | ->
                set (or with - clear) the care giver's HSA id that GetCarePlans names (RIVTA_GETCAREPLANS)
  import-codes <file.csv> [name]
                load a code system from a CSV file (system, code, display; UTF-8), replacing its codes if loaded
  generate --sips N --seed S [--as-of YYYY-MM-DD] [--force]
                fill an empty database with a generated county and N SIPs (same seed, same data)
  backup <file> write a backup of the database to a new file, also while the server runs (it holds personal
                data: keep it as safely as the database)
  restore <file>
                restore a backup into the empty data directory (DATA_DIR) or database (DATABASE_URL)
  move-to-postgres <DATABASE_URL>
                copy the embedded database (DATA_DIR; server stopped) into an empty PostgreSQL database and verify it
  config --check
                print every setting with its value or default and where it came from (secrets hidden); exits 1
                naming each variable that is wrong

Configuration is read from the environment and checked before any command runs: PORT, HOST, DATA_DIR,
DATABASE_URL, SEED_DEMO, LOG_LEVEL, AUDIT_RETENTION_DAYS and the others in README.md's table of environment
variables; \`samplan config --check\` shows them all.`;

async function main(argv: string[]): Promise<number> {
  // Its own options (--sips, --seed …), which the other commands do not take.
  if (argv[0] === 'generate') return runGenerate(argv.slice(1), readConfig().database);
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { help: { type: 'boolean', short: 'h' }, check: { type: 'boolean' } },
  });
  const command = positionals[0];
  if (values.help || command === undefined || command === 'help') {
    console.log(usage);
    return command === undefined && !values.help ? 1 : 0;
  }
  // Before the configuration is read, as its point is to say what is wrong with it.
  if (command === 'config') {
    if (!values.check || positionals.length > 1) {
      console.error('Usage: samplan config --check');
      return 1;
    }
    const { settings, verdict, valid } = checkConfiguration(process.env);
    console.log(`${settings}\n`);
    (valid ? console.log : console.error)(verdict);
    return valid ? 0 : 1;
  }
  const config = readConfig();
  const logger = createLogger(config.logLevel, undefined, config.instance);
  switch (command) {
    case 'serve': {
      const started = Date.now();
      const server = await startServer(config, logger);
      logger.info(
        { url: server.url, database: server.database.kind, startupMs: Date.now() - started },
        'Samplan is ready',
      );
      // The log is JSON for machines; someone who started it by hand also gets the address in plain words.
      if (process.stderr.isTTY) process.stderr.write(`\nSamplan is ready at ${server.url}\n\n`);
      const shutdown = (signal: string) => {
        logger.info({ signal }, 'shutting down');
        server.stop().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
      return -1;
    }
    case 'migrate': {
      const database = await openDatabase(config.database);
      try {
        const applied = await migrate(database);
        console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
      } finally {
        await database.close();
      }
      return 0;
    }
    case 'seed-demo': {
      const database = await openDatabase(config.database);
      try {
        await migrate(database);
        const county = await seedDemoCounty(database.db);
        if (county) await seedDemoCases(database.db, county);
        // Here the history is written before the command ends; a server writes it in the background.
        const history = await prepareDemoHistory(database.db, { county, sips: config.demoHistorySips });
        const generated = history
          ? await history.run({ afterBatch: (trx) => settleDemoHistoryReminders(trx, history.unitIds) })
          : 0;
        console.log(
          county
            ? `The demo county was added, with ${String(generated)} SIPs of generated history.`
            : generated > 0
              ? `The demo county's generated history was finished (${String(generated)} SIPs).`
              : 'The database already has organisations; nothing was added.',
        );
      } finally {
        await database.close();
      }
      return 0;
    }
    case 'verify-audit': {
      const database = await openDatabase(config.database);
      try {
        const result = await verifyAccessLog(database.db);
        console.log(verificationReport(result));
        if (!result.ok) return 1;
      } finally {
        await database.close();
      }
      return 0;
    }
    case 'prune-audit': {
      const retentionDays = config.auditRetentionDays;
      const database = await openDatabase(config.database);
      try {
        const pruned = await pruneAccessLog(database.db, retentionDays);
        console.log(`Pruned ${pruned} access log entries older than ${retentionDays} days.`);
      } finally {
        await database.close();
      }
      return 0;
    }
    case 'units':
    case 'organisations': {
      const database = await openDatabase(config.database);
      try {
        await migrate(database);
        console.log(
          command === 'units'
            ? formatUnits(await listUnits(database.db))
            : formatOrganisations(await listOrganisations(database.db)),
        );
      } finally {
        await database.close();
      }
      return 0;
    }
    case 'unit-hsa-id':
    case 'organisation-hsa-id': {
      const [id, hsaId] = positionals.slice(1);
      const holder = command === 'unit-hsa-id' ? 'unit' : 'organisation';
      if (!id || !hsaId || positionals.length > 3) {
        console.error(`Usage: samplan ${command} <${holder} id> <HSA id | ->`);
        return 1;
      }
      const database = await openDatabase(config.database);
      try {
        await migrate(database);
        const set = holder === 'unit' ? setUnitHsaId : setOrganisationHsaId;
        console.log(await set(database.db, id, hsaId));
      } finally {
        await database.close();
      }
      return 0;
    }
    case 'import-codes': {
      const [path, name] = positionals.slice(1);
      if (!path || positionals.length > 3) {
        console.error('Usage: samplan import-codes <file.csv> [name]');
        return 1;
      }
      const database = await openDatabase(config.database);
      try {
        await migrate(database);
        console.log(await importCodesFile(database.db, path, name));
      } finally {
        await database.close();
      }
      return 0;
    }
    case 'backup':
    case 'restore':
    case 'move-to-postgres': {
      const [argument] = positionals.slice(1);
      if (!argument || positionals.length > 2) {
        console.error(
          `Usage: samplan ${command} <${command === 'move-to-postgres' ? 'DATABASE_URL' : 'file'}>`,
        );
        return 1;
      }
      if (command === 'move-to-postgres') {
        const moved = await runMoveToPostgres(argument, config.database);
        console.log(moved.report);
        return moved.ok ? 0 : 1;
      }
      console.log(await (command === 'backup' ? runBackup : runRestore)(argument, config.database));
      return 0;
    }
    default:
      console.error(`Unknown command: ${command}\n\n${usage}`);
      return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
