import { ORG_COLUMNS, requestRows, type Template } from '../../record/layout.js';
import { TOP_REQUEST_ROWS, balanceTerms, outcomeTerms, type IdentityTerm } from '../../record/identities.js';
import type { CellInfo, RunRow } from '../extraction.js';
import type { RowValues } from '../row-values.js';
import { runDigits, splitRun, type RowSpec, type RowSum, type RunSplits } from './split-run.js';
import { agreement, solveRuns, type Identity, type RowOutcome, type RunCandidates } from './solve-runs.js';

/** What became of one row of digits run together, for the digits-run-together rule. */
export interface RunNote {
  table: string;
  key: string;
  line: number;
  page?: number;
  section?: number;
  text: string;
  columns: readonly string[];
  outcome: RowOutcome;
  /** The row's own sums that cut it (row-total, group-total), besides the table's identities. */
  rowSums: readonly string[];
}

/** The tables' rows of run-together digits, each with the table's values read directly. */
export interface RunTables {
  active: { values: Map<string, RowValues>; runs: readonly RunRow[]; cells: CellInfo[] };
  requests: { values: Map<string, RowValues>; runs: readonly RunRow[]; layout: Template | null; cells: CellInfo[] };
  appeals: { values: RowValues; runs: readonly RunRow[]; cells: CellInfo[] };
}

/**
 * Cuts every run of digits the tables hold back into cells where one cut alone fits the row's
 * sums and the table's identities; writes those values into the tables (and their cells, marked
 * recovered) and leaves every other one null. Returns one note per run.
 *
 * A file is damaged when any row holds digits that can only have run together ("0000000"). Then
 * no row's pieces are trusted to be cells: a row not cut uniquely loses what its first column was
 * read as. In a file without such a row, a short row of numbers is taken as cells with some lost
 * (seed 003), unless the identities cut it uniquely.
 */
export function recoverRuns(tables: RunTables, template: Template, cells: CellInfo[]): RunNote[] {
  const notes: RunNote[] = [];
  const damaged = [tables.requests.runs, tables.active.runs, tables.appeals.runs].some((runs) => runs.some((r) => r.certain));
  const keep = (note: RunNote | null) => note && notes.push(note);
  if (tables.requests.runs.length > 0) {
    const { values, runs, layout } = tables.requests;
    const solved = solveTable(runs, knownRows(values, runs), requestIdentities(runs[0]!.columns, layout ?? template, values), damaged);
    for (const run of runs) keep(settle(run, solved, values.get(run.key)!, tables.requests.cells, cells, damaged));
  }
  for (const run of tables.active.runs) {
    const row = tables.active.values.get(run.table.slice('active.'.length))!;
    keep(settle(run, solveTable([run], new Map(), [], damaged), row, tables.active.cells, cells, damaged));
  }
  for (const run of tables.appeals.runs) keep(settle(run, solveTable([run], new Map(), [], damaged), tables.appeals.values, tables.appeals.cells, cells, damaged));
  return notes;
}

interface Solved {
  outcomes: Map<string, RowOutcome>;
  specs: Map<string, RowSpec>;
  starts: Map<string, Map<string, readonly number[]>>;
}

// A row no other row's identity binds is settled by its own readings alone: once this many are
// seen, it is ambiguous whatever the others say, and reading on would only cost time.
const ALONE_READINGS = 64;

/**
 * The table's runs solved. Two things are not left to chance:
 * - a row's own sums never decide by themselves: a wrong printed total (the author's error) would
 *   pick a wrong cut that fits it. Where no other row's identity bound a row, only what its digits
 *   settle whatever the sums (a lone 0, a "0000000") is taken;
 * - a table some row of which no reading fits has other columns or other numbers than the readings
 *   assume (a subtotal column the header does not name): none of its rows is settled.
 * `damaged`: the file shows runs no cell could hold; otherwise a run's visible pieces are cells as
 * printed (only blanks may stand between them), so that "0 1 0 0 0 12" is never cut inside "12".
 */
function solveTable(runs: readonly RunRow[], known: ReadonlyMap<string, readonly (number | null | undefined)[]>, identities: readonly Identity[], damaged: boolean): Solved {
  const candidates: RunCandidates[] = [];
  const specs = new Map<string, RowSpec>();
  const starts = new Map<string, Map<string, readonly number[]>>();
  const stopped = new Map<string, RowOutcome>();
  const alone = new Map<string, RunSplits>();
  let broken = false;
  for (const run of runs) {
    const spec = rowSpec(run);
    specs.set(run.key, spec);
    if (run.columnsUnknown) {
      stopped.set(run.key, { kind: 'none', by: [], columnsUnknown: true });
      candidates.push({ row: run.key, splits: [] });
      continue;
    }
    const digits = runDigits(run.text);
    const pieces = run.certain || damaged ? undefined : pieceEnds(run.text);
    const found = splitRun(digits, spec, { ...(identities.length === 0 && { maxSplits: ALONE_READINGS }), ...(pieces && { pieces }) });
    alone.set(run.key, splitRun(digits, { cells: spec.cells, sums: [] }, { maxSplits: ALONE_READINGS, ...(pieces && { pieces }) }));
    const byKey = new Map<string, readonly number[]>();
    found.splits.forEach((split, i) => byKey.set(split.join(','), found.starts[i]!));
    starts.set(run.key, byKey);
    if (found.splits.length === 0 && !found.exhausted) broken = true;
    // A row whose readings were not all tried cannot take part: any of those left out might be the
    // one. Many readings make it ambiguous, with nothing settled (unseen ones may disagree anywhere).
    if (found.exhausted) {
      const none = run.columns.map(() => undefined);
      stopped.set(run.key, found.many ? { kind: 'ambiguous', splits: [], count: found.splits.length, more: true, by: [], settled: none } : { kind: 'unsolved' });
    }
    candidates.push({ row: run.key, splits: found.exhausted ? [] : found.splits });
  }
  const outcomes = solveRuns(candidates, known, identities);
  for (const [key, outcome] of stopped) outcomes.set(key, outcome);
  for (const run of runs) {
    const outcome = outcomes.get(run.key)!;
    if (broken && run.table === 'requests' && outcome.kind !== 'none') {
      outcomes.set(run.key, { kind: 'none', by: [], tableBroken: true });
      continue;
    }
    if ((outcome.kind !== 'unique' && outcome.kind !== 'ambiguous') || outcome.by.length > 0) continue;
    const own = alone.get(run.key)!;
    if (own.splits.length === 1 && !own.exhausted) {
      outcomes.set(run.key, { kind: 'unique', split: own.splits[0]!, by: [] });
      starts.get(run.key)!.set(own.splits[0]!.join(','), own.starts[0]!);
    } else {
      const readings = outcome.kind === 'unique' ? [outcome.split] : outcome.splits;
      const settled = own.exhausted ? run.columns.map(() => undefined) : agreement(own.splits);
      const ownSums = specs.get(run.key)!.sums.length > 0;
      outcomes.set(run.key, { kind: 'ambiguous', splits: readings, count: outcome.kind === 'unique' ? 1 : outcome.count, by: [], settled, ...(ownSums && { ownSumsOnly: true as const }) });
    }
  }
  return { outcomes, specs, starts };
}

/** Where each whitespace-separated piece of the run's text ends, counted without the spaces. */
function pieceEnds(text: string): number[] {
  const ends: number[] = [];
  let at = 0;
  for (const piece of text.split(/\s+/)) {
    if (piece === '') continue;
    at += piece.length;
    ends.push(at);
  }
  return ends;
}

/**
 * Writes what the readings settle of a row into its values and cells (in place of what the row's
 * reading put in its first column): every cell of a unique reading, or the cells all readings agree
 * on; the note says what became of the row either way. A row whose pieces may be cells of their
 * own, in a file not otherwise damaged, is left a short row unless the identities cut it: no note.
 */
function settle(run: RunRow, solved: Solved, row: RowValues, read: CellInfo[], cells: CellInfo[], damaged: boolean): RunNote | null {
  const outcome = solved.outcomes.get(run.key)!;
  const spec = solved.specs.get(run.key)!;
  const rowSums = spec.sums.length === 0 ? [] : [run.table === 'appeals' ? 'group-total' : 'row-total'];
  // Trusted to be a run: it can be nothing else, or the file shows such runs elsewhere, or it fills
  // one column (its digits can only be that column's number).
  const trusted = run.certain || damaged || run.columns.length === 1;
  const bound = outcome.kind === 'unique' && (rowSums.length > 0 || outcome.by.length > 0);
  if (!trusted && !bound) {
    delete run.info.run;
    return null;
  }
  // What the row's reading put under its columns goes: replaced by what the readings settle, or null.
  const paths = new Set(run.columns.map((column) => pathOf(run, column)));
  for (let i = read.length - 1; i >= 0; i--) if (paths.has(read[i]!.path)) read.splice(i, 1);
  for (const column of run.columns) delete row[column];
  run.info.assigned = [];
  const settled = outcome.kind === 'unique' ? outcome.split : outcome.kind === 'ambiguous' ? outcome.settled : null;
  if (settled !== null) {
    const digits = runDigits(run.text);
    const starts = outcome.kind === 'unique' ? solved.starts.get(run.key)!.get(outcome.split.join(','))! : null;
    run.columns.forEach((column, c) => {
      const value = settled[c];
      if (value === undefined) return;
      run.info.assigned.push(column);
      // A cell that printed nothing stays null, as a blank does.
      if (value === null) return;
      row[column] = column === 'amount' && run.amountInYuan ? yuanToWan(value) : value;
      if (column === 'subtotal') return;
      cells.push({
        path: pathOf(run, column),
        raw: starts ? pieceOf(digits, starts, c) : String(value),
        ...(column === 'amount' && run.amountInYuan && { convertedFromYuan: true }),
        kind: 'number',
        line: run.line,
        ...(run.page !== undefined && { page: run.page }),
        ...(run.section !== undefined && { section: run.section }),
        recovered: true,
      });
    });
  }
  return {
    table: run.table,
    key: run.key,
    line: run.line,
    ...(run.page !== undefined && { page: run.page }),
    ...(run.section !== undefined && { section: run.section }),
    text: run.text,
    columns: run.columns,
    outcome,
    rowSums,
  };
}

/** The text of cell `c` in the run: from its start to the next printed cell's. */
function pieceOf(digits: string, starts: readonly number[], c: number): string {
  let end = digits.length;
  for (let n = c + 1; n < starts.length; n++) {
    if (starts[n]! >= 0) {
      end = starts[n]!;
      break;
    }
  }
  return digits.slice(starts[c], end);
}

/** 元 to 万元, to the fen: 561.57 元 is 0.056157 万元. */
function yuanToWan(value: number): number {
  return Math.round(value * 100) / 1_000_000;
}

function pathOf(run: RunRow, column: string): string {
  if (run.table === 'appeals') return `appeals.${column}`;
  return run.key === '' ? `${run.table}.${column}` : `${run.table}.${run.key}.${column}`;
}

/** The cells a run stands for: signs only under 本年增/减, decimals only under amounts; the row's own sums. */
function rowSpec(run: RunRow): RowSpec {
  const cells = run.columns.map((c) => ({ signed: c === 'change', decimal: c === 'amount' }));
  return { cells, sums: rowSums(run) };
}

function rowSums(run: RunRow): RowSum[] {
  const k = run.columns.length;
  if (run.table === 'appeals') {
    const sums: RowSum[] = [];
    for (let end = 4; end < k; end += 5) if (run.columns[end]!.endsWith('.total')) sums.push({ parts: [end - 4, end - 3, end - 2, end - 1], total: end });
    return sums;
  }
  if (run.table !== 'requests' || k < 2 || run.columns[k - 1] !== 'total') return [];
  // Request rows: 总计 = the applicant columns before it; in the variant with a subtotal, the
  // subtotal = the organisations' columns just before it (总计 = 自然人 + 小计 is a table identity).
  const sub = run.columns.indexOf('subtotal');
  if (sub < 0) return [{ parts: Array.from({ length: k - 1 }, (_, i) => i), total: k - 1 }];
  const orgs = run.columns.flatMap((c, i) => (ORG_COLUMNS.includes(c as never) ? [i] : []));
  return orgs.length > 0 && orgs.every((i, n) => i === sub - orgs.length + n) ? [{ parts: orgs, total: sub }] : [];
}

/** The request rows read directly, by key: each column's value (undefined where the row gave it none). */
function knownRows(values: ReadonlyMap<string, RowValues>, runs: readonly RunRow[]): Map<string, (number | null | undefined)[]> {
  const columns = runs[0]!.columns;
  const inRuns = new Set(runs.map((r) => r.key));
  const known = new Map<string, (number | null | undefined)[]>();
  for (const [key, row] of values) if (!inRuns.has(key)) known.set(key, columns.map((c) => row[c]));
  return known;
}

/** Per column: the 勾稽关系 (一 + 二 = （七） + 四) and the outcome rows summing to （七）总计, over column indexes. */
function requestIdentities(columns: readonly string[], layout: Template, values: ReadonlyMap<string, RowValues>): Identity[] {
  // With （六） printed as one row in a 2021 table (corpus 027), that row is the outcome.
  const outcomeRows = requestRows(values.has('otherDisposal') ? '2019' : layout)
    .map((d) => d.key)
    .filter((key) => !TOP_REQUEST_ROWS.has(key));
  const at = (terms: readonly IdentityTerm[]) => terms.map((t) => ({ row: t.row, column: columns.indexOf(t.column), sign: t.sign }));
  const identities: Identity[] = [];
  // The variant with a subtotal: every row's 总计 = 自然人 + 小计.
  if (columns.includes('subtotal') && columns.includes('natural') && columns.includes('total')) {
    for (const row of values.keys()) {
      identities.push({ name: 'row-total', terms: at([{ row, column: 'natural', sign: 1 }, { row, column: 'subtotal', sign: 1 }, { row, column: 'total', sign: -1 }]) });
    }
  }
  for (const column of columns) {
    if (column === 'subtotal') continue;
    identities.push({ name: 'balance', terms: at(balanceTerms(column)) });
    identities.push({ name: 'outcome-total', terms: at(outcomeTerms(outcomeRows, column)) });
  }
  return identities;
}
