import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/report.js';
import type { Finding } from '../src/record/schema.js';

/**
 * "Changing any single number in a complete request or appeals table is caught by at least one rule"
 * (issue 2), proved on seed 001, whose tables 三 and 四 are complete and add up.
 */
const SEED = join(import.meta.dirname, '..', 'fixtures', '001_dde6e9dcd5a2f618.txt');
const TEXT = readFileSync(SEED, 'utf8');
const LINES = TEXT.split('\n');

const COLUMNS = ['natural', 'business', 'research', 'nonprofit', 'legal', 'otherOrg', 'total'] as const;
type Column = (typeof COLUMNS)[number];

/** Section 三 of seed 001 as read by eye: file line → row key and its seven values. */
const REQUEST_TABLE: { line: number; row: string; values: number[] }[] = [
  { line: 47, row: 'received', values: [10, 2, 0, 0, 0, 0, 12] },
  { line: 48, row: 'carriedOver', values: [2, 0, 0, 0, 0, 0, 2] },
  { line: 50, row: 'granted', values: [3, 0, 0, 0, 0, 0, 3] },
  { line: 51, row: 'partiallyGranted', values: [0, 0, 0, 0, 0, 0, 0] },
  { line: 52, row: 'withheld.stateSecret', values: [0, 0, 0, 0, 0, 0, 0] },
  { line: 53, row: 'withheld.prohibitedByLaw', values: [0, 0, 0, 0, 0, 0, 0] },
  { line: 54, row: 'withheld.endangersSafety', values: [0, 0, 0, 0, 0, 0, 0] },
  { line: 55, row: 'withheld.thirdPartyRights', values: [0, 0, 0, 0, 0, 0, 0] },
  { line: 56, row: 'withheld.internalAffairs', values: [0, 0, 0, 0, 0, 0, 0] },
  { line: 57, row: 'withheld.processInformation', values: [0, 0, 0, 0, 0, 0, 0] },
  { line: 58, row: 'withheld.enforcementFiles', values: [0, 0, 0, 0, 0, 0, 0] },
  { line: 59, row: 'withheld.queryMatters', values: [0, 0, 0, 0, 0, 0, 0] },
  { line: 60, row: 'unavailable.notHeld', values: [4, 2, 0, 0, 0, 0, 6] },
  { line: 61, row: 'unavailable.needsCreation', values: [0, 0, 0, 0, 0, 0, 0] },
  { line: 62, row: 'unavailable.unclear', values: [5, 0, 0, 0, 0, 0, 5] },
  { line: 63, row: 'notProcessed.complaint', values: [0, 0, 0, 0, 0, 0, 0] },
  { line: 64, row: 'notProcessed.duplicate', values: [0, 0, 0, 0, 0, 0, 0] },
  { line: 65, row: 'notProcessed.publication', values: [0, 0, 0, 0, 0, 0, 0] },
  { line: 66, row: 'notProcessed.excessive', values: [0, 0, 0, 0, 0, 0, 0] },
  // "5.要求行政机关确认…" wandered to the start of its line, with a stray tab before and after the numbers.
  { line: 67, row: 'notProcessed.confirmation', values: [0, 0, 0, 0, 0, 0, 0] },
  { line: 69, row: 'otherDisposal', values: [0, 0, 0, 0, 0, 0, 0] },
  { line: 70, row: 'total', values: [12, 2, 0, 0, 0, 0, 14] },
  { line: 71, row: 'carriedForward', values: [0, 0, 0, 0, 0, 0, 0] },
];
const TOTAL_LINE = 70;
const BALANCE_ROWS = new Set(['received', 'carriedOver', 'total', 'carriedForward']);
const OUTCOME_ROWS = new Set(REQUEST_TABLE.map((r) => r.row).filter((r) => !BALANCE_ROWS.has(r)));

/** Section 四's one data row (line 78): 行政复议, 未经复议直接起诉, 复议后起诉; each 维持 纠正 其他 尚未审结 总计. */
const APPEALS_LINE = 78;
const APPEAL_GROUPS = ['reconsideration', 'litigation.direct', 'litigation.afterReconsideration'] as const;
const APPEAL_VALUES = [0, 0, 0, 1, 1, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0];

// The numeric cells of the two tables, counted by reading the file: section 三 has 23 rows with a
// number in each of its 7 columns (lines 47–48, 50–67, 69–71; lines 49 and 68 are blank), 23 × 7 =
// 161; section 四 has 15 numbers on line 78. 161 + 15 = 176.
const NUMERIC_CELLS = 176;
const REQUEST_LINES = { first: 44, last: 71 };
const APPEALS_LINES = { first: 75, last: 78 };
const ARITHMETIC = new Set(['requests-balance', 'requests-row-total', 'requests-outcome-total', 'appeals-total']);

interface Mutation {
  name: string;
  line: number;
  /** Index of the tab-separated cell on the line. */
  cell: number;
  from: number;
  to: number;
  /** Which value of the table changed: a request row and column, or an appeals position 0–14. */
  target: { table: 'requests'; row: string; column: Column } | { table: 'appeals'; index: number };
}

/** Every tab-separated cell of the line that is a whole number, with its position. */
function numericCells(line: number): { cell: number; value: number }[] {
  return LINES[line - 1]!.split('\t').flatMap((text, cell) => (/^\d+$/.test(text) ? [{ cell, value: Number(text) }] : []));
}

/** A different single digit: the last digit plus five, so some values go down and some go up. */
const otherDigit = (v: number) => ((v % 10) + 5) % 10;

function mutations(): Mutation[] {
  const list: Mutation[] = [];
  const add = (line: number, cell: number, from: number, target: Mutation['target']) => {
    for (const [how, to] of [
      ['+1', from + 1],
      ['digit', otherDigit(from)],
    ] as const) {
      const where = target.table === 'requests' ? `${target.row}/${target.column}` : `appeals #${target.index + 1}`;
      list.push({ name: `line ${line} ${where}: ${from} → ${to} (${how})`, line, cell, from, to, target });
    }
  };
  for (const row of REQUEST_TABLE) {
    numericCells(row.line).forEach(({ cell, value }, i) => add(row.line, cell, value, { table: 'requests', row: row.row, column: COLUMNS[i]! }));
  }
  numericCells(APPEALS_LINE).forEach(({ cell, value }, index) => add(APPEALS_LINE, cell, value, { table: 'appeals', index }));
  return list;
}

function mutate(m: Mutation): Uint8Array {
  const lines = [...LINES];
  const cells = lines[m.line - 1]!.split('\t');
  cells[m.cell] = String(m.to);
  lines[m.line - 1] = cells.join('\t');
  return new Uint8Array(Buffer.from(lines.join('\n'), 'utf8'));
}

type Brief = Pick<Finding, 'rule' | 'severity' | 'location' | 'actual' | 'expected' | 'suspect'>;

/**
 * The findings the statutory identities call for when one value changes, worked out from the table
 * as read by eye (not from the program): the row's 总计, the column's （七）总计 if the row is an outcome
 * or the total, and the column's 勾稽关系 if the row is one of 一、二、（七）、四.
 */
function expectedFindings(m: Mutation): Brief[] {
  if (m.target.table === 'appeals') {
    const values = [...APPEAL_VALUES];
    values[m.target.index] = m.to;
    const g = Math.floor(m.target.index / 5);
    const parts = values.slice(g * 5, g * 5 + 4).reduce((a, b) => a + b, 0);
    return [
      {
        rule: 'appeals-total',
        severity: 'error',
        location: { line: APPEALS_LINE, section: 4, table: 'appeals', row: APPEAL_GROUPS[g], column: 'total', path: `appeals.${APPEAL_GROUPS[g]}.total` },
        actual: values[g * 5 + 4]!,
        expected: parts,
      },
    ];
  }
  const { row, column } = m.target;
  const table = new Map(REQUEST_TABLE.map((r) => [r.row, Object.fromEntries(COLUMNS.map((c, i) => [c, r.values[i]!])) as Record<Column, number>]));
  table.get(row)![column] = m.to;
  const out: Brief[] = [];
  const rowValues = table.get(row)!;
  const line = REQUEST_TABLE.find((r) => r.row === row)!.line;
  out.push({
    rule: 'requests-row-total',
    severity: 'error',
    location: { line, section: 3, table: 'requests', row, column: 'total', path: `requests.${row}.total` },
    actual: rowValues.total,
    expected: COLUMNS.filter((c) => c !== 'total').reduce((a, c) => a + rowValues[c], 0),
  });
  const col = (r: string) => table.get(r)![column];
  if (BALANCE_ROWS.has(row)) {
    out.push({
      rule: 'requests-balance',
      severity: 'error',
      location: { line: TOTAL_LINE, section: 3, table: 'requests', row: 'total', column, path: `requests.total.${column}` },
      actual: col('total') + col('carriedForward'),
      expected: col('received') + col('carriedOver'),
    });
  }
  if (OUTCOME_ROWS.has(row) || row === 'total') {
    out.push({
      rule: 'requests-outcome-total',
      severity: 'error',
      location: { line: TOTAL_LINE, section: 3, table: 'requests', row: 'total', column, path: `requests.total.${column}` },
      actual: col('total'),
      expected: [...OUTCOME_ROWS].reduce((a, r) => a + col(r), 0),
    });
  }
  // The one cell that repairs every failing identity and breaks none is the one changed: named, with the
  // value it had, and carried by each failing identity's finding.
  const suspect = { table: 'requests', row, column, value: m.to, proposed: m.from, certainty: 'unique' };
  for (const b of out) b.suspect = suspect;
  out.push({ rule: 'suspect-cell', severity: 'warning', location: { line, section: 3, table: 'requests', row, column, path: `requests.${row}.${column}` }, actual: undefined, expected: undefined, suspect });
  return out;
}

const brief = (f: Finding): Brief => ({ rule: f.rule, severity: f.severity, location: f.location, actual: f.actual, expected: f.expected, suspect: f.suspect });
const order = (a: Brief, b: Brief) =>
  (a.location.line ?? 0) - (b.location.line ?? 0) || a.rule.localeCompare(b.rule) || String(a.location.column).localeCompare(String(b.location.column));

const ALL = mutations();

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))];
}

describe('seed 001 unmutated', () => {
  it('has no findings at all', async () => {
    const report = await parseReport({ path: SEED, bytes: readFileSync(SEED) });
    expect(report.findings).toEqual([]);
  });

  it('has the table values the mutations start from', async () => {
    const report = await parseReport({ path: SEED, bytes: readFileSync(SEED) });
    for (const r of REQUEST_TABLE) {
      const value = r.row.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], report.requests);
      expect(value, r.row).toEqual(Object.fromEntries(COLUMNS.map((c, i) => [c, r.values[i]])));
      expect(numericCells(r.line).map((c) => c.value), `line ${r.line}`).toEqual(r.values);
    }
    expect(numericCells(APPEALS_LINE).map((c) => c.value)).toEqual(APPEAL_VALUES);
  });
});

describe('changing any single number in seed 001’s tables 三 and 四', () => {
  it('mutates every numeric cell, each in two ways', () => {
    expect(new Set(ALL.map((m) => `${m.line}:${m.cell}`)).size).toBe(NUMERIC_CELLS);
    expect(ALL.length).toBe(2 * NUMERIC_CELLS);
    expect(ALL.every((m) => m.to !== m.from)).toBe(true);
  });

  it.each(ALL)('is caught: $name', async (m) => {
    const report = await parseReport({ path: SEED, bytes: mutate(m) });
    const errors = report.findings.filter((f) => ARITHMETIC.has(f.rule) && f.severity === 'error');
    expect(errors.length).toBeGreaterThanOrEqual(1);
    const range = m.target.table === 'requests' ? REQUEST_LINES : APPEALS_LINES;
    for (const e of errors) {
      expect(e.location.line).toBeGreaterThanOrEqual(range.first);
      expect(e.location.line).toBeLessThanOrEqual(range.last);
    }
    // And exactly the findings the identities call for: nothing structural, nothing else. A total the
    // text also states (受理 14 件) now disagrees with it: that is narrative-*'s, at the text's line.
    const [narrative, table] = partition(report.findings, (f) => f.rule.startsWith('narrative-'));
    expect(table.map(brief).sort(order)).toEqual(expectedFindings(m).sort(order));
    for (const f of narrative) expect(f.location.line! < REQUEST_LINES.first, `${f.rule} at line ${f.location.line}`).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// The same property on the other two complete seeds, whose tables are laid out differently:
// seed 000 one cell per line (with NBSPs around some numbers), seed 004 tab rows with stray tabs.
// Here only "caught by an arithmetic error inside the table" is asserted.
// ---------------------------------------------------------------------------------------------
interface SeedTables {
  file: string;
  requests: { first: number; last: number };
  appeals: { first: number; last: number };
  /** Numeric cells counted by reading the file. */
  cells: number;
  /** The rules the file's text calls for, read from it (no table change touches them). */
  text: string[];
}

const OTHER_SEEDS: SeedTables[] = [
  // 000: the request table runs from its header (line 91) to the last value of 四、结转 (line 349):
  // 23 rows × 7 values, one per line; the appeals table from line 353 to its 15 values on 380–394.
  // 161 + 15 = 176.
  // Its text says nothing of 工作考核, 社会评议 or 责任追究, which a government's report gives: read, true.
  { file: '000_ad3c2041cc5fe348.txt', requests: { first: 91, last: 349 }, appeals: { first: 353, last: 394 }, cells: 176, text: ['assessment-missing'] },
  // 004: lines 46–71 hold 23 rows × 7 values (line 49 … 71); line 78 holds 15. 161 + 15 = 176.
  { file: '004_10687c40e7fd93a5.txt', requests: { first: 46, last: 71 }, appeals: { first: 75, last: 78 }, cells: 176, text: [] },
];

describe.each(OTHER_SEEDS)('changing any single number in seed $file', ({ file, requests, appeals, cells, text }) => {
  // The findings on the text, which no change to a table touches, and the text's counts a change may contradict.
  const ofText = (f: Finding) => text.includes(f.rule) || f.rule.startsWith('narrative-');
  const path = join(import.meta.dirname, '..', 'fixtures', file);
  const lines = readFileSync(path, 'utf8').split('\n');
  // A cell is numeric when, NBSPs and spaces aside, it is a whole number.
  const targets: { line: number; cell: number; digits: string; table: 'requests' | 'appeals' }[] = [];
  for (const [table, range] of [
    ['requests', requests],
    ['appeals', appeals],
  ] as const) {
    for (let line = range.first; line <= range.last; line++) {
      lines[line - 1]!.split('\t').forEach((text, cell) => {
        const digits = text.replace(/[\s\u00a0]/g, '');
        if (/^\d+$/.test(digits)) targets.push({ line, cell, digits, table });
      });
    }
  }
  const cases = targets.flatMap((t) =>
    [String(Number(t.digits) + 1), String(otherDigit(Number(t.digits)))].map((to) => ({ ...t, to, name: `line ${t.line} cell ${t.cell}: ${t.digits} → ${to}` })),
  );

  it('has no findings unmutated, and the counted number of numeric cells', async () => {
    const report = await parseReport({ path, bytes: readFileSync(path) });
    expect(report.findings.map((f) => f.rule)).toEqual(text);
    expect(targets).toHaveLength(cells);
  });

  it.each(cases)('is caught: $name', async (c) => {
    const copy = [...lines];
    const row = copy[c.line - 1]!.split('\t');
    row[c.cell] = row[c.cell]!.replace(c.digits, c.to);
    copy[c.line - 1] = row.join('\t');
    const report = await parseReport({ path, bytes: new Uint8Array(Buffer.from(copy.join('\n'), 'utf8')) });
    const errors = report.findings.filter((f) => ARITHMETIC.has(f.rule) && f.severity === 'error');
    expect(errors.length).toBeGreaterThanOrEqual(1);
    const range = c.table === 'requests' ? requests : appeals;
    for (const e of errors) {
      expect(e.location.line).toBeGreaterThanOrEqual(range.first);
      expect(e.location.line).toBeLessThanOrEqual(range.last);
    }
    expect(report.findings.filter((f) => !ARITHMETIC.has(f.rule) && f.rule !== 'suspect-cell' && !ofText(f))).toEqual([]);
    // A suspect named unique is the cell changed: it stands on the changed line.
    for (const f of report.findings.filter((f) => f.rule === 'suspect-cell' && f.suspect?.certainty === 'unique')) expect(f.location.line).toBe(c.line);
  });
});
