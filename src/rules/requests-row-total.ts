import { ORG_COLUMNS } from '../record/layout.js';
import type { Problem } from '../types.js';
import type { Rule } from './rule.js';
import { withSuspect } from './suspect.js';
import { equal, requestRowValues, rowLoc, sumOf, tableFound, unchecked } from './support.js';

/** Every row of the request table: 总计 = 自然人 + the five 法人或其他组织 columns (and their subtotal, where printed). */
export const requestsRowTotal: Rule = {
  id: 'requests-row-total',
  description: {
    zh: '申请情况表每一行：总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他',
    en: 'Every row of the request table: total = natural persons + the five organisation columns',
  },
  defaultSeverity: 'error',
  messages: {
    mismatch: { zh: '“{row}”行：各申请人之和为 {sum}，但总计为 {total}', en: 'row {row}: applicants add up to {sum}, but the total says {total}' },
    subtotal: { zh: '“{row}”行：法人或其他组织之和为 {sum}，但小计为 {subtotal}', en: 'row {row}: organisations add up to {sum}, but the subtotal says {subtotal}' },
    unchecked: { zh: '{count} 行无法核对总计（缺少数值）：{rows}', en: '{count} row(s) not checked, values missing: {rows}' },
  },
  check({ extraction }) {
    // A table not found at all is table-missing's to report.
    if (!tableFound(extraction, 'requests')) return [];
    const problems: Problem[] = [];
    const missing: string[] = [];
    for (const [key, row] of requestRowValues(extraction)) {
      const orgs = sumOf(row, ORG_COLUMNS);
      const all = orgs === null || row.natural === null ? null : orgs + row.natural;
      if (all === null || row.total === null) missing.push(key);
      else if (!equal(all, row.total)) {
        problems.push({
          rule: this.id,
          messageId: 'mismatch',
          data: { row: key, sum: all, total: row.total },
          location: rowLoc(extraction, 'requests', key, 'total'),
          actual: row.total,
          expected: all,
        });
      }
      const subtotal = extraction.requestSubtotals.get(key);
      if (subtotal != null && orgs !== null && !equal(orgs, subtotal)) {
        problems.push({
          rule: this.id,
          messageId: 'subtotal',
          data: { row: key, sum: orgs, subtotal },
          location: rowLoc(extraction, 'requests', key, 'subtotal'),
          actual: subtotal,
          expected: orgs,
        });
      }
    }
    if (missing.length > 0) problems.push(unchecked(this.id, 'rows', missing, rowLoc(extraction, 'requests', '')));
    return withSuspect(problems, extraction);
  },
};
