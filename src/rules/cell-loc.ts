import type { Loc } from '../types.js';
import type { CellInfo } from '../tables/extraction.js';

/** A cell's location, split from its dotted path: "requests.withheld.stateSecret.natural". */
export function cellLoc(cell: CellInfo): Loc {
  const parts = cell.path.split('.');
  const table = parts[0]!;
  const column = parts[parts.length - 1]!;
  const middle = parts.slice(1, -1).join('.');
  const loc: Loc = { line: cell.line };
  if (cell.page !== undefined) loc.page = cell.page;
  if (cell.section !== undefined) loc.section = cell.section;
  if (table === 'requests') Object.assign(loc, { table, row: middle, column });
  else if (table === 'active') Object.assign(loc, { table: `active.${middle}`, column });
  else Object.assign(loc, { table, column: `${middle}.${column}` });
  return loc;
}
