import { readFile } from 'node:fs/promises';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { DomainError } from '../domain/errors.js';
import { refusedCodeRow } from '../shared/api/codeSystemRoutes.js';
import { codeRefusalsEn } from '../shared/words/codeRefusals.en.js';
import { importCodes } from '../server/codes/importCodes.js';

/**
 * `samplan import-codes <file.csv> [name]`: loads a code system from a CSV file as the code systems page does,
 * for a file too large to send from a browser or a load scripted by the operator. Answers what was loaded, or
 * throws what is wrong with the file, each bad row by its line.
 */
export async function importCodesFile(
  db: Kysely<DB>,
  path: string,
  name: string | undefined,
): Promise<string> {
  let csv: string;
  try {
    csv = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(path));
  } catch (error) {
    if (error instanceof TypeError) throw new Error(codeRefusalsEn.notUtf8, { cause: error });
    throw error;
  }
  try {
    const { system, replaced } = await importCodes(db, { csv, name }, null);
    const instead = replaced > 0 ? ` (replacing ${replaced})` : '';
    return `${system.name} (${system.uri}) is loaded with ${system.codeCount} codes${instead}.`;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const rows = refusedCodeRow.array().safeParse(error.details.rows);
    const lines = rows.success ? rows.data.map((row) => `  line ${row.line}: ${row.messages.en}`) : [];
    throw new Error([error.text.en, ...lines].join('\n'), { cause: error });
  }
}
