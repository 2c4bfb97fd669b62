import { ACTIVE_ITEMS, APPEAL_COLUMNS, APPEAL_GROUPS, REQUEST_COLUMNS, REQUEST_ROWS, requestRows, type Template } from '../record/layout.js';
import type { Active, Appeals, Requests } from '../record/schema.js';
import { extractActive } from './extract-active.js';
import { extractAppeals } from './extract-appeals.js';
import { extractRequests } from './extract-requests.js';
import type { Extraction } from './extraction.js';
import type { FlatRow } from './flatten.js';
import { setPath } from '../record/paths.js';
import { splitRows, type RowValues, type SplitRow } from './row-values.js';
import { recoverRuns } from './recover/recover-runs.js';
import type { CellInfo, RowInfo, TemplateClue } from './extraction.js';

/**
 * Reads the three statutory tables into records of the report's template. Every leaf is present:
 * null where the report leaves it blank or the row or column is missing, never an invented 0.
 */
export function extractTables(rows: readonly FlatRow[], rowSection: readonly number[], year: number | null): Extraction {
  const splits = splitRows(rows);
  const active = extractActive(rows, splits, rowSection);
  const requests = extractRequests(rows, splits, rowSection);
  const appeals = extractAppeals(rows, splits, rowSection);
  // The tables' own wording first; then the format the text names ("按照国办公开办函〔2021〕30号要求"),
  // which a dump whose tables could not be read still shows.
  const templateFromTables = active.template ?? requests.layout ?? templateNamedIn(rows);
  // The 2021 format applies from the 2021 reports on; a table or the text saying otherwise wins.
  const template: Template = templateFromTables ?? (year !== null && year < 2021 ? '2019' : '2021');
  // Digits run together are cut before the records are built, so that what is recovered is in them.
  const recovered: CellInfo[] = [];
  const runNotes = recoverRuns({ active, requests, appeals }, template, recovered);

  const inTemplate = (c: CellInfo) => ACTIVE_PATHS[template].has(c.path);
  const activeRecord: Record<string, Record<string, number | null>> = {};
  for (const item of ACTIVE_ITEMS[template]) activeRecord[item.key] = leaves(item.columns, active.values.get(item.key));

  const requestsRecord: Record<string, unknown> = {};
  const subtotals = new Map<string, number | null>();
  // The record has the report's template's keys; a 2021 report printing （六） as one row keeps that
  // row too (corpus 027), so that the record says what the table says.
  const oneRowOther = template === '2021' && requests.layout === '2019';
  for (const row of requestRows(oneRowOther ? '2021' : (requests.layout ?? template))) {
    const found = requests.values.get(row.key);
    setPath(requestsRecord, row.key, leaves(REQUEST_KEYS, found));
    if (found && 'subtotal' in found) subtotals.set(row.key, found.subtotal ?? null);
  }
  if (oneRowOther) {
    const found = requests.values.get('otherDisposal');
    Object.assign(requestsRecord.otherDisposal as object, leaves(REQUEST_KEYS, found));
    if (found && 'subtotal' in found) subtotals.set('otherDisposal', found.subtotal ?? null);
  }

  const appealsRecord: Record<string, unknown> = {};
  for (const group of APPEAL_GROUPS) {
    const leaf: Record<string, number | null> = {};
    for (const [key, path] of APPEAL_LEAVES.get(group.key)!) leaf[key] = appeals.values[path] ?? null;
    setPath(appealsRecord, group.key, leaf);
  }

  return {
    template,
    templateFromTables,
    templateClues: [...active.clues, ...requestClues(requests.rows)],
    active: activeRecord as Active,
    requests: requestsRecord as Requests,
    appeals: appealsRecord as Appeals,
    requestSubtotals: subtotals,
    // Cells read for columns the template has no place for (a 2019 column in a 2021 report) stay out of the record.
    cells: [...active.cells.filter(inTemplate), ...requests.cells, ...appeals.cells, ...(recovered.length === 0 ? recovered : recovered.filter((c) => !c.path.startsWith('active.') || inTemplate(c)))],
    rows: [...active.rows, ...requests.rows, ...appeals.rows],
    tables: [active.table, requests.table, appeals.table],
    labelNotes: requests.notes,
    runNotes,
    unmatchedRequestRows: requests.unmatched,
    ...(!active.table.found && !requests.table.found && !appeals.table.found && numbersLineOf(rows, splits)),
    candidates: { active: active.candidates, requests: requests.candidates, appeals: appeals.candidates },
  };
}

const REQUEST_KEYS = REQUEST_COLUMNS.map((c) => c.key);
// Per group, each column's key and its flat path in the appeals extraction ("litigation.direct.upheld").
const APPEAL_LEAVES = new Map(APPEAL_GROUPS.map((g) => [g.key, APPEAL_COLUMNS.map((c) => [c.key, `${g.key}.${c.key}`] as const)]));
// The active cells each template has a place for.
const ACTIVE_PATHS = {
  '2019': activePaths('2019'),
  '2021': activePaths('2021'),
};

function activePaths(template: Template): Set<string> {
  return new Set(ACTIVE_ITEMS[template].flatMap((item) => item.columns.map((column) => `active.${item.key}.${column}`)));
}

/** The （六） rows of one template only: 其他处理 as one row (2019), or its three sub-rows (2021). */
function requestClues(rows: readonly RowInfo[]): TemplateClue[] {
  return rows.flatMap((r) => {
    if (r.table !== 'requests' || !r.key.startsWith('otherDisposal')) return [];
    const label = REQUEST_ROWS.find((d) => d.key === r.key)?.zh ?? r.key;
    return [{ template: r.key === 'otherDisposal' ? ('2019' as const) : ('2021' as const), label, line: r.line, ...(r.page !== undefined && { page: r.page }) }];
  });
}

/** One leaf per key: the value read, or null (blank, uncertain, or not in the table). */
function leaves(keys: readonly string[], found: Readonly<RowValues> | undefined): Record<string, number | null> {
  const record: Record<string, number | null> = {};
  for (const key of keys) record[key] = found?.[key] ?? null;
  return record;
}

/**
 * The first row holding three numbers or more: a table the reader could not make out, which the
 * finding for a report without tables then names instead of guessing it was pasted as a picture.
 */
function numbersLineOf(rows: readonly FlatRow[], splits: readonly SplitRow[]): { numbersLine?: number } {
  for (let i = 0; i < rows.length; i++) {
    let numbers = 0;
    for (const cell of splits[i]!.values) if (/^[-+]?\d[\d,]*(\.\d+)?$/.test(cell.text) && ++numbers === 3) return { numbersLine: rows[i]!.line };
  }
  return {};
}

// The notices that set the formats: 国办公开办函〔2019〕60号 and 国办公开办函〔2021〕30号.
const FORMAT_NOTICE = /国办公开办函\s*[〔[(【]\s*(?:(2019)\s*[〕\])】]\s*60|(2021)\s*[〕\])】]\s*30)\s*号/;
const NOTICE_ROWS = 80;

/** The template the text says it follows, by the notice it names in its first rows; null when it names none. */
function templateNamedIn(rows: readonly FlatRow[]): Template | null {
  for (let r = 0; r < Math.min(rows.length, NOTICE_ROWS); r++) {
    for (const cell of rows[r]!.cells) {
      if (!cell.text.includes('公开办函')) continue;
      const m = FORMAT_NOTICE.exec(cell.text);
      if (m) return (m[1] ?? m[2]) as Template;
    }
  }
  return null;
}
