import { stringify } from 'csv-stringify/sync';
import type { ExportCell } from './exportTable.js';

/** A spreadsheet runs a cell that starts like a formula; an organisation's or unit's name is kept as text. */
function asText(cell: ExportCell): ExportCell {
  return typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/**
 * The table as CSV, UTF-8 with a byte-order mark so spreadsheet programs read Swedish letters; numbers with a
 * decimal point, as the API gives them.
 */
export function exportCsv(table: ExportCell[][]): string {
  return `\uFEFF${stringify(
    table.map((row) => row.map(asText)),
    { record_delimiter: '\r\n' },
  )}`;
}
