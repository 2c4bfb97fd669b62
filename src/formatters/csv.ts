import { stringify } from 'csv-stringify/sync';
import type { ExportCell } from '../export/export-row.js';

const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

// RFC 4180 line ends; csv-stringify quotes and escapes, and its escape_formulas prefixes "'" to a
// text cell starting with =, +, -, @, tab or CR (and their full-width forms), so that a spreadsheet
// does not run "=HYPERLINK(…)" from a report's title. Numbers are left alone: -8 stays -8.
// A cell with a bare LF or CR is quoted too: csv-stringify only looks for the record delimiter itself.
const OPTIONS = { escape_formulas: true, record_delimiter: '\r\n', quoted_match: /[\r\n]/ } as const;

/** The header line, after the UTF-8 BOM that Excel on Chinese Windows needs to read the file as UTF-8. */
export function formatCsvHeader(labels: readonly string[], bom: boolean): string {
  return stringify([labels as string[]], { ...OPTIONS, bom });
}

/** One row. A text cell that is a plain number ("-8" as a title) is written as the number it is. */
export function formatCsvRow(cells: readonly ExportCell[]): string {
  return stringify([cells.map((c) => (typeof c === 'string' && PLAIN_NUMBER.test(c) && String(Number(c)) === c ? Number(c) : c))], OPTIONS);
}
