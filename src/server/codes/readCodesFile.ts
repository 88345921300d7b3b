import { parse } from 'csv-parse/sync';
import { unprocessable, type DomainError, type LocalisedText } from '../../domain/errors.js';
import { codeFileLimits, type RefusedCodeRow } from '../../shared/api/codeSystemRoutes.js';
import { codeDisplay, codeSystemUri, codeValue } from '../../shared/coding.js';
import { bothLanguages } from '../../shared/words/bothLanguages.js';
import { codeRefusalsEn } from '../../shared/words/codeRefusals.en.js';
import { codeRefusalsSv, type CodeRefusalMessages } from '../../shared/words/codeRefusals.sv.js';
import { fill } from '../../shared/words/fill.js';

const words = { sv: codeRefusalsSv, en: codeRefusalsEn };

/** One code system as a file gives it: its URI and its codes, each with its Swedish display, in file order. */
export interface CodesFile {
  system: string;
  codes: { code: string; display: string }[];
}

/** How many bad rows a refusal lists: enough to fix a file by, bounded however broken the file is. */
const rowsListed = 200;

const header = ['system', 'code', 'display'];

function refused(code: string, say: (said: CodeRefusalMessages) => string): DomainError {
  return unprocessable(code, bothLanguages(words, say));
}

/**
 * Reads a CSV file of one code system: a header row `system,code,display` (commas or semicolons, as the header
 * row has them), then one code per row. Every bad row is named with its line number and the file is refused as a
 * whole, so a county never loads half a code system. The text is the file as UTF-8 (a byte-order mark is left
 * out).
 */
export function readCodesFile(text: string): CodesFile {
  if (Buffer.byteLength(text, 'utf8') > codeFileLimits.bytes)
    throw refused('codes_file_too_large', (said) =>
      fill(said.tooLarge, { megabytes: codeFileLimits.bytes / 1024 / 1024 }),
    );
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  const problems: RefusedCodeRow[] = [];
  const problem = (line: number, say: (row: CodeRefusalMessages['row']) => string) =>
    problems.push({ line, messages: bothLanguages(words, (said) => say(said.row)) });

  // The line each record ends on, in the order parsed (the records themselves are plain fields), and the last
  // line read: a record that cannot be read begins on the line after it (an open quote runs to the file's end).
  const endLines: number[] = [];
  let lastLine = 0;
  const records = parse(text, {
    bom: true,
    delimiter,
    on_record: (record: string[], context) => {
      endLines.push(context.lines);
      lastLine = context.lines;
      return record;
    },
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      if (!error) return;
      problem(lastLine + 1, (said) => fill(said.unreadable, { reason: error.message }));
      if (typeof error.lines === 'number') lastLine = error.lines;
    },
  }).map((record, index) => ({ record, endLine: endLines[index] ?? 0 }));

  const [head, ...rows] = records;
  if (!head || head.record.map((name) => name.trim().toLowerCase()).join() !== header.join())
    throw refused('codes_file_header', (said) => said.header);
  if (rows.length === 0 && problems.length === 0) throw refused('codes_file_empty', (said) => said.empty);
  if (rows.length > codeFileLimits.rows)
    throw refused('codes_file_too_many_rows', (said) => fill(said.tooManyRows, { max: codeFileLimits.rows }));

  const first = rows[0]?.record[0]?.trim() ?? '';
  const seen = new Map<string, number>();
  const codes: CodesFile['codes'] = [];
  for (const { record, endLine } of rows) {
    // A quoted field may run over several lines; the row is named by the line it begins on.
    const line = endLine - record.join('').split('\n').length + 1;
    if (record.length !== 3) {
      problem(line, (said) => fill(said.columns, { found: record.length }));
      continue;
    }
    const [systemText, codeText, displayText] = record as [string, string, string];
    const system = codeSystemUri.safeParse(systemText);
    const code = codeValue.safeParse(codeText);
    const display = codeDisplay.safeParse(displayText);
    if (!system.success) problem(line, (said) => said.system);
    else if (system.data !== first)
      problem(line, (said) => fill(said.otherSystem, { system: system.data, first }));
    if (!code.success || code.data !== codeText) problem(line, (said) => said.code);
    if (!display.success) problem(line, (said) => said.display);
    if (!system.success || !code.success || !display.success) continue;
    const earlier = seen.get(code.data);
    if (earlier !== undefined) {
      problem(line, (said) => fill(said.duplicate, { code: code.data, line: earlier }));
      continue;
    }
    seen.set(code.data, line);
    codes.push({ code: code.data, display: display.data });
  }

  if (problems.length > 0) {
    problems.sort((a, b) => a.line - b.line);
    const [firstProblem] = problems as [RefusedCodeRow];
    const text: LocalisedText = bothLanguages(words, (said, language) =>
      fill(said.fileRefused, {
        count: new Set(problems.map((row) => row.line)).size,
        line: firstProblem.line,
        first: firstProblem.messages[language],
      }),
    );
    throw unprocessable('codes_file_refused', text, { rows: problems.slice(0, rowsListed) });
  }
  return { system: first, codes };
}
