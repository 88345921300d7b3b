import { inTransaction } from '../db/transaction.js';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import { rebuildStatisticsFacts } from '../server/statistics/rebuild.js';
import { writeCaseBatch } from './cases.js';
import { generateCounty, type AreaUnit, type GeneratedCounty } from './county.js';

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
  const caseNumberBase = await lastCaseNumber(db);
  await writeCases(db, {
    seed,
    asOf,
    from: 0,
    to: sips,
    personOffset: Number(persons),
    areas: county.areas,
    areaUnits,
    caseNumberBase,
    batchSize: options.batchSize ?? DEFAULT_BATCH,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  // Case numbers given by the app afterwards continue after the generated ones.
  await sql`SELECT setval('sip_number_seq', ${caseNumberBase + sips + 1}, false)`.execute(db);
  await rebuildStatisticsFacts(db);
  await sql`SELECT rebuild_unit_cases()`.execute(db);
  return { county, sips };
}

/** The number the last case number was made from, 0 before the first. */
export async function lastCaseNumber(db: Kysely<DB>): Promise<number> {
  const { base } = await sql<{ base: string }>`
    SELECT CASE WHEN is_called THEN last_value ELSE 0 END AS base FROM sip_number_seq`
    .execute(db)
    .then((result) => result.rows[0]!);
  return Number(base);
}

export interface CaseRun {
  seed: number;
  asOf: Date;
  /** Case indexes [from, to) of this run; a case's story depends only on the seed and its index. */
  from: number;
  to: number;
  /**
   * Added to each case's index to give its person's: past the persons already in the database, and past every
   * index a run into it used before, so no two persons get the same personnummer.
   */
  personOffset: number;
  areas: number;
  areaUnits: AreaUnit[];
  /** Case `i` is numbered `caseNumberBase + i + 1`. */
  caseNumberBase: number;
  batchSize: number;
  onProgress?: (done: number) => void;
  /** Asked before each batch: true ends the run there, with whole cases written. */
  stopping?: () => boolean;
  /** More work in each batch's transaction, once its cases are written. */
  afterBatch?: (trx: Transaction<DB>) => Promise<void>;
}

/**
 * Writes cases [from, to) a batch at a time, each batch its own transaction, with the tables the database keeps
 * from them (statistics facts, the units' cases) left for the caller to refill. Returns how far it came.
 */
export async function writeCases(db: Kysely<DB>, run: CaseRun): Promise<number> {
  for (let from = run.from; from < run.to; from += run.batchSize) {
    if (run.stopping?.()) return from;
    const to = Math.min(run.to, from + run.batchSize);
    await inTransaction(db, async (trx) => {
      await writeCaseBatch(trx, {
        seed: run.seed,
        asOf: run.asOf.toISOString(),
        from,
        to,
        personOffset: run.personOffset,
        areas: run.areas,
        caseNumberBase: run.caseNumberBase,
        areaUnits: run.areaUnits,
      });
      await run.afterBatch?.(trx);
    });
    run.onProgress?.(to);
  }
  return run.to;
}
