import { REQUEST_COLUMNS, requestRows, requestsLayout } from '../record/layout.js';
import type { RequestColumns, SectionRef } from '../record/schema.js';
import type { PlacedImage, TextLine } from './rule.js';
import type { Loc, Problem } from '../types.js';
import type { Extraction } from '../tables/extraction.js';
import { getPath } from '../record/paths.js';
import { packedMap } from '../packed-map.js';

/** Where a statutory row was read, for pointing a finding at it. */
export function rowLoc(extraction: Extraction, table: string, key: string, column?: string): Loc {
  const info = extraction.rows.find((r) => r.table === table && r.key === key);
  const tableInfo = extraction.tables.find((t) => table.startsWith(t.table));
  const line = info?.line ?? tableInfo?.line;
  const page = info?.page ?? tableInfo?.page;
  const section = info?.section ?? tableInfo?.section;
  // A finding on one cell of the row points at that cell's place in the grid, else at the row's.
  const source = (column !== undefined ? cellSource(extraction, `${table}.${key}.${column}`) : undefined) ?? info?.source;
  return {
    ...(line !== undefined && { line }),
    ...(page !== undefined && { page }),
    ...(section !== undefined && { section }),
    ...(source !== undefined && { source }),
    table,
    ...(key !== '' && { row: key }),
    ...(column !== undefined && { column }),
  };
}

/** Where the cell at a record path stands in a real grid, if it was read from one. */
export function cellSource(extraction: Extraction, path: string): Loc['source'] {
  return extraction.cells.find((c) => c.path === path)?.source;
}

/**
 * A report for a year before 2019 without any statutory table: written before the format existed
 * (国办公开办函〔2019〕60号), so its sections and tables are not the statutory ones (corpus 001, 002).
 */
export function predatesFormat(meta: { year: number | null; title: string | null }, extraction: Extraction): boolean {
  // The year must be the title's: one guessed from the years the text mentions proves nothing.
  return meta.year !== null && meta.year < 2019 && meta.title !== null && meta.title.includes(String(meta.year)) && !extraction.tables.some((t) => t.found);
}

export function tableFound(extraction: Extraction, table: string): boolean {
  return extraction.tables.some((t) => t.table === table && t.found);
}

/**
 * The request table's rows as a flat map of dotted key → columns, in statutory order. Not memoized
 * per report: a WeakMap keyed by each report's extraction made a long batch's RSS swing by 30 MB.
 */
export function requestRowValues(extraction: Extraction): readonly (readonly [string, RequestColumns])[] {
  return packedMap(requestRows(requestsLayout(extraction.requests)), (row) => [row.key, getPath(extraction.requests, row.key) as RequestColumns] as const);
}

export const REQUEST_COLUMN_KEYS = REQUEST_COLUMNS.map((c) => c.key);

/** Sum of a row's values in the given columns, or null when any is missing (sum without an array). */
export function sumOf<K extends string>(row: Readonly<Record<K, number | null>>, keys: readonly K[]): number | null {
  let total = 0;
  for (const key of keys) {
    const v = row[key];
    if (v === null) return null;
    total += v;
  }
  return total;
}

/** Sum of values, or null when any is missing: a check with a missing input cannot be made. */
export function sum(values: readonly (number | null)[]): number | null {
  let total = 0;
  for (const v of values) {
    if (v === null) return null;
    total += v;
  }
  return total;
}

export function equal(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-6;
}

/** The one "could not check" problem a rule reports for everything its inputs did not allow. */
export function unchecked(rule: string, what: 'columns' | 'rows' | 'groups', keys: readonly string[], location: Loc): Problem {
  return { rule, messageId: 'unchecked', severity: 'warning', data: { [what]: keys.join(','), count: keys.length }, location };
}

/** The text of a section below its heading: its paragraphs (tables left to their own rules). */
export function sectionText(text: readonly TextLine[], sections: readonly SectionRef[], number: number): TextLine[] {
  if (!sections.some((s) => s.number === number)) return [];
  // The section's first row is its heading (a body run into one line gives every row one line number).
  return text.filter((l) => l.section === number).slice(1).filter((l) => !l.inTable && l.text.trim() !== '');
}

/** Where a section's heading stands, for a finding on the section as a whole. */
export function sectionLoc(sections: readonly SectionRef[], number: number): Loc {
  const s = sections.find((x) => x.number === number);
  return { ...(s && { line: s.line }), ...(s?.page !== undefined && { page: s.page }), section: number };
}

/** The statutory tables (二 active, 三 requests, 四 appeals) and the sections that hold them. */
export const TABLE_SECTIONS = [
  { table: 'active', section: 2 },
  { table: 'requests', section: 3 },
  { table: 'appeals', section: 4 },
] as const;

/**
 * The tables not found whose section holds a picture instead: their numbers are in the picture,
 * which tables-are-images says once (and table-missing then does not).
 */
export function tablesInImages(extraction: Extraction, images: readonly PlacedImage[]): { table: string; section: number; image: PlacedImage }[] {
  return TABLE_SECTIONS.flatMap(({ table, section }) => {
    if (extraction.tables.some((t) => t.table === table && t.found)) return [];
    const image = images.find((i) => i.sections.includes(section));
    return image ? [{ table, section, image }] : [];
  });
}
