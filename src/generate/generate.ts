import { inTransaction } from '../db/transaction.js';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { rebuildStatisticsFacts } from '../server/statistics/rebuild.js';
import { writeCaseBatch } from './cases.js';
import { generateCounty, type GeneratedCounty } from './county.js';

export interface GenerateOptions {
  sips: number;
  seed: number;
  /** The generated history ends here; what would come later has not happened yet. */
  asOf: Date;
  /** Add to a database that already has persons or SIPs. */
  force?: boolean;
  batchSize?: number;
  onProgress?: (done: number) => void;
}

export interface GenerateResult {
  county: Omit<GeneratedCounty, 'areaUnits'>;
  sips: number;
}

/** Why the generator will not touch a database, in words for the person who ran it. */
export class GenerateRefused extends Error {}

const DEFAULT_BATCH = 10_000;

/**
 * Fills the database with a generated county and `sips` cases told from the seed. Persons and cases are personal
 * data, so a database that already holds any is left alone unless `force` is given: generated cases must never be
 * mixed into a county's real ones by mistake. Each batch is its own transaction, so a stopped run leaves whole
 * cases behind; the statistics facts and the units' cases are rebuilt from the case tables at the end.
 */
export async function generate(db: Kysely<DB>, options: GenerateOptions): Promise<GenerateResult> {
  const { sips, seed, asOf } = options;
  const { persons, cases, seedUsers } = await sql<{ persons: string; cases: string; seedUsers: string }>`
    SELECT (SELECT count(*) FROM persons) AS persons, (SELECT count(*) FROM sips) AS cases,
      (SELECT count(*) FROM users WHERE username LIKE ${`gen-${seed}-%`}) AS seed_users`
    .execute(db)
    .then((result) => result.rows[0]!);
  if (!options.force && (Number(persons) > 0 || Number(cases) > 0)) {
    throw new GenerateRefused(
      `The database already has ${persons} persons and ${cases} SIPs; generate only fills an empty one. ` +
        'Use --force to add generated data to it anyway.',
    );
  }
  if (Number(seedUsers) > 0) {
    throw new GenerateRefused(
      `Seed ${seed} has already been generated into this database; choose another seed.`,
    );
  }
  const { areaUnits, ...county } = await generateCounty(db, seed, sips, asOf);
  const { base } = await sql<{ base: string }>`
    SELECT CASE WHEN is_called THEN last_value ELSE 0 END AS base FROM sip_number_seq`
    .execute(db)
    .then((result) => result.rows[0]!);
  const caseNumberBase = Number(base);
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  for (let from = 0; from < sips; from += batchSize) {
    const to = Math.min(sips, from + batchSize);
    await inTransaction(db, (trx) =>
      writeCaseBatch(trx, {
        seed,
        asOf: asOf.toISOString(),
        from,
        to,
        personOffset: Number(persons),
        areas: county.areas,
        caseNumberBase,
        areaUnits,
      }),
    );
    options.onProgress?.(to);
  }
  // Case numbers given by the app afterwards continue after the generated ones.
  await sql`SELECT setval('sip_number_seq', ${caseNumberBase + sips + 1}, false)`.execute(db);
  await rebuildStatisticsFacts(db);
  await sql`SELECT rebuild_unit_cases()`.execute(db);
  return { county, sips };
}
