import { stringify } from 'csv-stringify/sync';

export type SpreadsheetCell = number | string | null;

/** A spreadsheet runs a cell that starts like a formula; names and free text are kept as text. */
function asText(cell: SpreadsheetCell): SpreadsheetCell {
  return typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/**
 * Rows as CSV for spreadsheet programs: UTF-8 with a byte-order mark so they read Swedish letters, CRLF line
 * ends, and no cell a spreadsheet would run as a formula. Numbers keep a decimal point.
 */
export function spreadsheetCsv(rows: SpreadsheetCell[][]): string {
  return `\uFEFF${stringify(
    rows.map((row) => row.map(asText)),
    { record_delimiter: '\r\n' },
  )}`;
}
