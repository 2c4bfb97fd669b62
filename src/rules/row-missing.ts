import { ACTIVE_ITEMS, REQUEST_ROWS, requestRows, requestsLayout } from '../record/layout.js';
import { normalizeText } from '../normalize/text.js';
import { editDistance } from '../tables/match-label.js';
import { labelParts, withoutNote } from '../tables/row-values.js';
import type { Loc, Problem } from '../types.js';
import type { Extraction } from '../tables/extraction.js';
import type { Rule } from './rule.js';
import { rowLoc, tableFound } from './support.js';

/** Statutory rows absent from a table that is there (seed 002 is cut off in the middle of both). */
export const rowMissing: Rule = {
  id: 'row-missing',
  description: { zh: '表格缺少法定行', en: 'A statutory row is missing from a table' },
  defaultSeverity: 'error',
  messages: {
    request: { zh: '申请情况表缺少“{row}”行', en: 'request table: row {row} is missing' },
    active: { zh: '主动公开情况表缺少“{row}”行', en: 'proactive disclosure: row {row} is missing' },
    requestMany: {
      zh: '申请情况表缺少 {count} 行（表格残缺、中断，或行名无法识别）：{rows}',
      en: 'request table: {count} rows are missing (the table is incomplete, cut off, or its labels cannot be read): {rows}',
    },
    activeMany: {
      zh: '主动公开情况表缺少 {count} 行（表格残缺、中断，或行名无法识别）：{rows}',
      en: 'proactive disclosure: {count} rows are missing (the tables are incomplete, cut off, or their labels cannot be read): {rows}',
    },
    appeals: { zh: '行政复议、行政诉讼情况表缺少数据行', en: 'appeals table: the row of numbers is missing' },
    didYouMean: {
      zh: '申请情况表缺少“{row}”行；第 {line} 行“{text}”像是此行，行名是否有误？',
      en: 'request table: row {row} is missing; is line {line}, "{text}", that row with its label mistyped?',
    },
  },
  check({ extraction }) {
    const problems: Problem[] = [];
    // The rows found, looked up once each: a scan of them per statutory row cost more than the rest of the rule.
    const tables = new Set<string>();
    const requestKeys = new Set<string>();
    for (const r of extraction.rows) {
      tables.add(r.table);
      if (r.table === 'requests') requestKeys.add(r.key);
    }
    if (tableFound(extraction, 'active')) {
      // Plain loops, and nothing built when nothing is missing (the common case): this runs per report.
      let missing: string[] | null = null;
      for (const item of ACTIVE_ITEMS[extraction.template]) {
        const table = `active.${item.key}`;
        if (!tables.has(table)) (missing ??= []).push(table);
      }
      if (missing) report(problems, this.id, 'active', missing, tableLine(extraction, 'active'));
    }
    if (tableFound(extraction, 'requests')) {
      let missing: string[] | null = null;
      for (const row of requestRows(requestsLayout(extraction.requests))) if (!requestKeys.has(row.key)) (missing ??= []).push(row.key);
      // A missing row with an unnamed row of values that reads like it: said at that row's line.
      if (missing && extraction.unmatchedRequestRows.length > 0) missing = didYouMean(problems, this.id, missing, extraction);
      if (missing && missing.length > 0) report(problems, this.id, 'request', missing, tableLine(extraction, 'requests'));
    }
    if (tableFound(extraction, 'appeals') && !tables.has('appeals')) {
      problems.push({ rule: this.id, messageId: 'appeals', location: rowLoc(extraction, 'appeals', '') });
    }
    return problems;
  },
};

// Past this many missing rows a table is read in part (cut off, or fragmented past reading): one
// finding lists them, instead of a cascade of errors that all say the same.
const MANY = 4;

function report(problems: Problem[], rule: string, table: 'active' | 'request', missing: readonly string[], line: number | undefined): void {
  if (missing.length < MANY) {
    for (const row of missing) {
      const location: Loc = table === 'active' ? { section: 2, table: 'active', row } : { section: 3, table: 'requests', row };
      problems.push({ rule, messageId: table, data: { row }, location });
    }
    return;
  }
  // Where the table was found: the line of its first row read.
  const location: Loc = { ...(line !== undefined && { line }), section: table === 'active' ? 2 : 3, table: table === 'active' ? 'active' : 'requests' };
  problems.push({ rule, messageId: `${table}Many`, data: { count: missing.length, rows: missing.join(',') }, location });
}

function tableLine(extraction: Extraction, table: string): number | undefined {
  return extraction.tables.find((t) => t.table === table)?.line;
}

// The statutory wording each row is compared with, numbering dropped.
const WORDING = new Map(REQUEST_ROWS.map((d) => [d.key, labelParts(normalizeText(d.zh)).at(-1)!]));

/**
 * The missing rows an unnamed row of values among the table's rows reads like (within one edit in
 * two characters of the statutory wording: a question, not a reading, so looser than the scored
 * labels' one in four; each unnamed row matched once): a did-you-mean each, at that row's line.
 * Returns the rows still missing.
 */
function didYouMean(problems: Problem[], rule: string, missing: readonly string[], extraction: Extraction): string[] {
  const left: string[] = [];
  const used = new Set<number>();
  for (const key of missing) {
    const wording = WORDING.get(key)!;
    const max = Math.floor(wording.length / 2);
    let best = -1;
    let bestDistance = max + 1;
    extraction.unmatchedRequestRows.forEach((u, i) => {
      if (used.has(i)) return;
      const d = editDistance(withoutNote(labelParts(u.text).at(-1) ?? u.text), wording, max);
      if (d < bestDistance) [best, bestDistance] = [i, d];
    });
    if (best < 0) {
      left.push(key);
      continue;
    }
    used.add(best);
    const u = extraction.unmatchedRequestRows[best]!;
    problems.push({ rule, messageId: 'didYouMean', data: { row: key, line: u.line, text: u.text }, location: { line: u.line, ...(u.page !== undefined && { page: u.page }), section: 3, table: 'requests', row: key } });
  }
  return left;
}

