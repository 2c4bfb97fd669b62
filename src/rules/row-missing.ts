import { ACTIVE_ITEMS, requestRows, requestsLayout } from '../record/layout.js';
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
      if (missing) report(problems, this.id, 'request', missing, tableLine(extraction, 'requests'));
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
      const location: Loc = table === 'active' ? { section: 2, table: row } : { section: 3, table: 'requests', row };
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
