import cliProgress from 'cli-progress';
import { parseArgs } from 'node:util';
import { openDatabase, type DatabaseConfig } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { stockholmDate, stockholmMidnight } from '../domain/time/stockholm.js';
import { generate, GenerateRefused } from '../generate/generate.js';

const generateUsage = `Usage: samplan generate --sips N --seed S [--as-of YYYY-MM-DD] [--force]

Fills the configured database (DATABASE_URL or DATA_DIR) with a generated county and N SIPs told from the seed
S: the same seed gives the same data. The generated history runs up to 00:00 Stockholm time on --as-of (default
today); steps due later have not happened yet. A database that already holds persons or SIPs is refused unless
--force is given.`;

const MAX_SEED = 2 ** 31 - 1;

/** Runs `samplan generate`; returns the exit code. */
export async function runGenerate(args: string[], databaseConfig: DatabaseConfig): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      sips: { type: 'string' },
      seed: { type: 'string' },
      'as-of': { type: 'string' },
      force: { type: 'boolean', default: false },
    },
  });
  const sips = wholeNumber(values.sips, 1, 100_000_000);
  const seed = wholeNumber(values.seed, 0, MAX_SEED);
  const asOf = values['as-of'] ?? stockholmDate();
  const asOfMidnight = /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? stockholmMidnight(asOf) : null;
  // A date that does not exist (2026-02-30) rolls over to another; refused rather than silently moved.
  if (sips === null || seed === null || !asOfMidnight || stockholmDate(asOfMidnight) !== asOf) {
    console.error(`${generateUsage}\n\nN is 1–100,000,000, S is 0–${MAX_SEED}.`);
    return 1;
  }
  const database = await openDatabase(databaseConfig);
  await migrate(database);
  const bar = new cliProgress.SingleBar(
    { format: 'SIPs {bar} {value}/{total} | {rate} SIPs/s | {duration_formatted}', hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  try {
    bar.start(sips, 0, { rate: 0 });
    const result = await generate(database.db, {
      sips,
      seed,
      asOf: asOfMidnight,
      force: values.force,
      onProgress: (done) => bar.update(done, { rate: Math.round(done / ((Date.now() - started) / 1000)) }),
    });
    bar.stop();
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `Generated ${result.sips} SIPs in ${result.county.areas} municipalities ` +
        `(${result.county.organisations} organisations, ${result.county.units} units, ${result.county.users} users) ` +
        `in ${seconds.toFixed(1)} s.`,
    );
    return 0;
  } catch (error) {
    bar.stop();
    if (error instanceof GenerateRefused) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    await database.close();
  }
}

function wholeNumber(text: string | undefined, min: number, max: number): number | null {
  if (text === undefined || !/^\d+$/.test(text)) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}
