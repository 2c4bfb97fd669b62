import { getPath } from '../record/paths.js';
import type { Report } from '../record/schema.js';
import type { ExportColumn } from './columns.js';

export type ExportCell = string | number | null;

/** One report as a row of the export: blank (null) where the report has no such value. */
export function exportRow(report: Report, columns: readonly ExportColumn[]): ExportCell[] {
  return columns.map((column) => {
    if (column.key === 'errors') return report.findings.filter((f) => f.severity === 'error').length;
    if (column.key === 'warnings') return report.findings.filter((f) => f.severity === 'warning').length;
    const value = getPath(report, column.key);
    return typeof value === 'number' || typeof value === 'string' ? value : null;
  });
}

/** The same row as an object keyed by the columns' dotted keys (the ndjson export). */
export function exportObject(report: Report, columns: readonly ExportColumn[]): Record<string, ExportCell> {
  const row = exportRow(report, columns);
  return Object.fromEntries(columns.map((c, i) => [c.key, row[i] ?? null]));
}
