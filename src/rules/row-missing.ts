import { ACTIVE_ITEMS, requestRows, requestsLayout } from '../record/layout.js';
import type { Problem } from '../types.js';
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
      for (const item of ACTIVE_ITEMS[extraction.template]) {
        if (!tables.has(`active.${item.key}`)) problems.push({ rule: this.id, messageId: 'active', data: { row: `active.${item.key}` }, location: { section: 2, table: `active.${item.key}` } });
      }
    }
    if (tableFound(extraction, 'requests')) {
      for (const row of requestRows(requestsLayout(extraction.requests))) {
        if (!requestKeys.has(row.key)) problems.push({ rule: this.id, messageId: 'request', data: { row: row.key }, location: { section: 3, table: 'requests', row: row.key } });
      }
    }
    if (tableFound(extraction, 'appeals') && !tables.has('appeals')) {
      problems.push({ rule: this.id, messageId: 'appeals', location: rowLoc(extraction, 'appeals', '') });
    }
    return problems;
  },
};
