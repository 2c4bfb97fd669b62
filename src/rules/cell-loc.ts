import type { Loc } from '../types.js';
import type { CellInfo } from '../tables/extraction.js';

/**
 * Where a row of the extraction stands in the record: the extractors name each item of table 二 as
 * a table of its own ("active.licensing", row "") and table 四 as one row (""); a finding names the
 * record's table, row and column keys, as its path does ("active.licensing.decisions").
 */
export function recordPlace(table: string, row: string): Pick<Loc, 'table' | 'row'> {
  const dot = table.indexOf('.');
  if (dot !== -1 && row === '') return { table: table.slice(0, dot), row: table.slice(dot + 1) };
  return row === '' ? { table } : { table, row };
}

/** A cell's location, split from its dotted path: "requests.withheld.stateSecret.natural". */
export function cellLoc(cell: CellInfo): Loc {
  const parts = cell.path.split('.');
  const loc: Loc = { line: cell.line };
  if (cell.page !== undefined) loc.page = cell.page;
  if (cell.section !== undefined) loc.section = cell.section;
  if (cell.source !== undefined) loc.source = cell.source;
  return Object.assign(loc, { table: parts[0]!, row: parts.slice(1, -1).join('.'), column: parts[parts.length - 1]! });
}
