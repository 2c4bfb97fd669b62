import type { CellRef, Finding, Report } from '../record/schema.js';

/** The statutory identities, whose failing totals the views mark in the table itself. */
export const IDENTITY_RULES: ReadonlySet<string> = new Set(['requests-balance', 'requests-row-total', 'requests-outcome-total', 'appeals-total']);

/** A finding that a total printed in the table breaks its identity (not a "could not check"). */
export function failsIdentity(f: Finding): boolean {
  return IDENTITY_RULES.has(f.rule) && f.severity === 'error' && f.actual !== undefined;
}

/** The record's provenance indexed by path, and each row's first source cell (row path: "requests.received"). */
export interface Provenance {
  cells: Map<string, CellRef>;
  rows: Map<string, CellRef>;
}

export function provenance(report: Pick<Report, 'cells'>): Provenance {
  const cells = new Map<string, CellRef>();
  const rows = new Map<string, CellRef>();
  for (const cell of report.cells) {
    cells.set(cell.path, cell);
    const row = cell.path.slice(0, cell.path.lastIndexOf('.'));
    if (!rows.has(row)) rows.set(row, cell);
  }
  return { cells, rows };
}
