import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import { demoHistoryAreas, demoHistoryHsaId, demoHistoryUnits } from '../db/seed/demoHistoryUnits.js';
import type { SeededCounty } from '../db/seed/seedDemo.js';
import { inTransaction } from '../db/transaction.js';
import { stockholmDate, stockholmMidnight } from '../domain/time/stockholm.js';
import type { AreaUnit } from './county.js';
import { lastCaseNumber, writeCases } from './generate.js';

/**
 * The demo county's history: SIPs told by the generator (src/generate/cases.ts) over the three years up to today,
 * in units of their own in the demo's organisations (src/db/seed/demoHistoryUnits.ts), so that the statistics
 * show real figures while the demo users' own lists hold only the hand-made cases. The seed is fixed: the same
 * day gives the same history.
 */
export const demoHistorySeed = 2026;

/** SIPs written per transaction: small enough that a request waits at most about a second behind one. */
const BATCH = 500;
/** SIPs whose statistics facts and units' cases are refilled per transaction once their cases are written. */
const REFRESH_BATCH = 1000;

export interface DemoHistory {
  /** Case indexes still to be written, [from, to). */
  from: number;
  to: number;
  /** The units the history's cases are told in, and that take part in no other case. */
  unitIds: readonly string[];
  /**
   * Writes the cases still missing and refills the statistics facts and the units' cases of every history SIP
   * that lacks them, by the same per-SIP refresh a step runs, so the demo may be used meanwhile. Between
   * batches, `stopping()` may end it early; a later start goes on from there. `afterBatch` does more in each
   * batch's transaction. Returns the cases written.
   */
  run(options?: {
    stopping?: () => boolean;
    afterBatch?: (trx: Transaction<DB>) => Promise<void>;
  }): Promise<number>;
}

/**
 * Makes ready to add the history to the demo county, or to finish one a stopped start left unfinished, and reserves
 * the case numbers it will take, so that a SIP registered while it is written never gets one of them. Call it
 * before the server accepts requests. `county` is the demo county just seeded, whose history units are then made;
 * otherwise the history goes on in the units a start made before. Null when there is nothing to do: a database
 * that is not the demo, a history already whole, or `sips` 0.
 */
export async function prepareDemoHistory(
  db: Kysely<DB>,
  { county, sips, today = stockholmDate() }: { county: SeededCounty | null; sips: number; today?: string },
): Promise<DemoHistory | null> {
  if (sips <= 0) return null;
  const asOf = stockholmMidnight(today);
  if (county) await addHistoryUnits(db, county, asOf);
  const areaUnits = await findHistoryUnits(db);
  if (!areaUnits) return null;
  const unitIds = [...new Set(areaUnits.map((unit) => unit.unitId))];

  const counts = await sql<{ written: string; incomplete: string; persons: string }>`
    SELECT count(*) AS written,
      count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM statistics_sip_facts f WHERE f.sip_id = s.id)
        OR NOT EXISTS (SELECT 1 FROM unit_cases u WHERE u.sip_id = s.id)) AS incomplete,
      (SELECT count(*) FROM persons) AS persons
    FROM sips s WHERE s.convening_unit_id = ANY (${unitIds}::uuid[])`
    .execute(db)
    .then((result) => result.rows[0]!);
  const from = Number(counts.written);
  if (from >= sips && Number(counts.incomplete) === 0) return null;

  // Case i is numbered caseNumberBase + i + 1: the run's numbers follow the last one given, and are taken now.
  const last = await lastCaseNumber(db);
  if (sips > from) await sql`SELECT setval('sip_number_seq', ${last + sips - from})`.execute(db);

  const to = Math.max(from, sips);
  return {
    from,
    to,
    unitIds,
    async run({ stopping, afterBatch } = {}) {
      let done = from;
      // A made-up person may, rarely, be given the personnummer of someone registered by hand: the batch is then
      // told again with every person index of the run moved past those it could have used.
      for (let attempt = 0; ; attempt++) {
        try {
          await writeCases(db, {
            seed: demoHistorySeed,
            asOf,
            from: done,
            to,
            // Past the persons already there, the history's own included, so no person index comes twice.
            personOffset: Number(counts.persons) + attempt * sips,
            areas: demoHistoryAreas,
            areaUnits,
            caseNumberBase: last - from,
            batchSize: BATCH,
            onProgress: (reached) => (done = reached),
            ...(stopping ? { stopping } : {}),
            ...(afterBatch ? { afterBatch } : {}),
          });
          break;
        } catch (error) {
          if (attempt >= 2 || !isUniqueViolation(error)) throw error;
        }
      }
      await refreshHistory(db, unitIds, stopping);
      return done - from;
    },
  };
}

/** The history's units and a staff member acting for each, under the demo units they belong beside. */
async function addHistoryUnits(db: Kysely<DB>, county: SeededCounty, asOf: Date): Promise<void> {
  // Made four years before the history ends, so its oldest case finds its units in place.
  const createdAt = new Date(asOf.getTime() - 4 * 365 * 86_400_000);
  await inTransaction(db, async (trx) => {
    const parents = await trx
      .selectFrom('units')
      .select(['id', 'organisationId'])
      .where('id', 'in', [...county.unitIds.values()])
      .execute();
    const organisationOf = new Map(parents.map((unit) => [unit.id, unit.organisationId]));
    for (const [index, unit] of demoHistoryUnits.entries()) {
      const parentId = county.unitIds.get(unit.parent);
      const organisationId = parentId && organisationOf.get(parentId);
      if (!parentId || !organisationId) throw new Error(`Demo history unit ${unit.key} names ${unit.parent}`);
      const unitId = historyId(createdAt, index * 2);
      const userId = historyId(createdAt, index * 2 + 1);
      await trx
        .insertInto('units')
        .values({
          id: unitId,
          organisationId,
          parentId,
          name: unit.name,
          category: unit.category,
          hsaId: demoHistoryHsaId(unit),
          createdAt,
        })
        .execute();
      // Generated staff, as `samplan generate` makes them: no password, so nobody signs in as them.
      await trx
        .insertInto('users')
        .values({
          id: userId,
          username: `gen-${demoHistorySeed}-${index + 1}`,
          displayName: staffNames[index % staffNames.length]!,
          title: 'Handläggare',
          passwordHash: null,
          disabledAt: null,
          externalIssuer: null,
          externalSubject: null,
          createdAt,
        })
        .execute();
      await trx.insertInto('userUnits').values({ userId, unitId, role: 'staff' }).execute();
    }
  });
}

/** In every area, the history unit playing each part and its staff member; null if the history has none. */
async function findHistoryUnits(db: Kysely<DB>): Promise<AreaUnit[] | null> {
  const found = await db
    .selectFrom('units')
    .innerJoin('userUnits', 'userUnits.unitId', 'units.id')
    .select(['units.id', 'units.hsaId', 'userUnits.userId'])
    .where(
      'units.hsaId',
      'in',
      demoHistoryUnits.map((unit) => demoHistoryHsaId(unit)),
    )
    .where('userUnits.role', '=', 'staff')
    .execute();
  const byHsaId = new Map(found.map((row) => [row.hsaId, row]));
  const areaUnits: AreaUnit[] = [];
  for (const unit of demoHistoryUnits) {
    const row = byHsaId.get(demoHistoryHsaId(unit));
    if (!row) return null;
    for (const area of unit.areas)
      areaUnits.push({ area, key: unit.serves, unitId: row.id, userId: row.userId });
  }
  return areaUnits;
}

/** Statistics facts and units' cases for every history SIP written without them, a batch at a time. */
async function refreshHistory(db: Kysely<DB>, unitIds: string[], stopping?: () => boolean): Promise<void> {
  while (!stopping?.()) {
    const refreshed = await inTransaction(db, async (trx) => {
      const { rows } = await sql<{ id: string }>`
        SELECT s.id FROM sips s
        WHERE s.convening_unit_id = ANY (${unitIds}::uuid[])
          AND (NOT EXISTS (SELECT 1 FROM statistics_sip_facts f WHERE f.sip_id = s.id)
            OR NOT EXISTS (SELECT 1 FROM unit_cases u WHERE u.sip_id = s.id))
        ORDER BY s.id LIMIT ${REFRESH_BATCH}`.execute(trx);
      if (rows.length === 0) return 0;
      const ids = rows.map((row) => row.id);
      await sql`SELECT refresh_statistics_facts(${ids}::uuid[])`.execute(trx);
      await sql`SELECT refresh_unit_cases(${ids}::uuid[])`.execute(trx);
      return rows.length;
    });
    if (refreshed < REFRESH_BATCH) return;
  }
}

const isUniqueViolation = (error: unknown) =>
  typeof error === 'object' && error !== null && 'code' in error && error.code === '23505';

const staffNames = ['Anders Ek', 'Britt Lund', 'Cecilia Holm', 'David Strand', 'Eva Dahl', 'Farid Berg'];

/** A fixed UUIDv7-shaped id for the n-th unit or user of the history, so a day's demo is the same each time. */
function historyId(at: Date, n: number): string {
  const time = at.getTime().toString(16).padStart(12, '0');
  const serial = (demoHistorySeed * 1000 + n).toString(16).padStart(12, '0');
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7000-8000-${serial}`;
}
