import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import type { CodeSystemSummary } from '../../shared/api/codeSystemRoutes.js';
import { codeSystems, replaceCodeSystem } from '../data/codes.js';
import { readCodesFile } from './readCodesFile.js';

/**
 * Loads one code system from a CSV file, replacing the codes it had, in one transaction: a refused file (any bad
 * row) changes nothing, and a plan editor searching meanwhile sees the old codes or the new, never a mix.
 * `loadedBy` is the administrator's user id, null from the command line or the seed.
 */
export async function importCodes(
  db: Kysely<DB>,
  file: { csv: string; name?: string | undefined; version?: string | undefined },
  loadedBy: string | null,
): Promise<{ system: CodeSystemSummary; replaced: number }> {
  const { system, codes } = readCodesFile(file.csv);
  return inTransaction(db, async (trx) => {
    const { id, replaced } = await replaceCodeSystem(
      trx,
      { uri: system, name: file.name, version: file.version, loadedBy },
      codes,
    );
    const [summary] = await codeSystems(trx, { id });
    if (!summary) throw new Error(`The code system ${system} was not written`);
    return { system: summary, replaced };
  });
}
