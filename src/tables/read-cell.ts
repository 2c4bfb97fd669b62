import type { Cell } from '../types.js';
import { parseCellValue } from '../normalize/number.js';
import type { CellInfo } from './extraction.js';

/** Reads one value cell: its number (null when blank, marked "none" or unreadable) and its provenance. */
export function readCell(cell: Cell, path: string, section: number, opts: { amountInYuan?: boolean } = {}): { value: number | null; info: CellInfo } {
  const parsed = parseCellValue(cell.text);
  const info: CellInfo = { path, raw: cell.text, kind: parsed.kind, line: cell.line };
  if (cell.page !== undefined) info.page = cell.page;
  if (cell.source !== undefined) info.source = cell.source;
  if (section > 0) info.section = section;
  if (parsed.kind !== 'number') return { value: null, info };
  // Amounts are recorded in 万元; "251000元", or a header saying 元, is converted.
  const inYuan = parsed.unit === 'yuan' || (parsed.unit === undefined && opts.amountInYuan === true);
  if (inYuan) {
    info.convertedFromYuan = true;
    // To the fen: 561.57 元 is 0.056157 万元.
    return { value: Math.round(parsed.value * 100) / 1_000_000, info };
  }
  return { value: parsed.value, info };
}
