import type { Problem } from '../types.js';
import type { Rule } from './rule.js';
import { withSuspect } from './suspect.js';
import type { RequestColumns } from '../record/schema.js';
import { REQUEST_COLUMN_KEYS, equal, requestRowValues, rowLoc, tableFound, unchecked } from './support.js';

const NOT_OUTCOMES = new Set(['received', 'carriedOver', 'total', 'carriedForward']);

/** Every column: 三（七）总计 = the sum of every outcome row （一） … （六）. */
export const requestsOutcomeTotal: Rule = {
  id: 'requests-outcome-total',
  description: {
    zh: '申请情况表每一列：（七）总计 = （一）至（六）各项办理结果之和',
    en: 'Every column of the request table: total handled = the sum of the outcome rows (一) to (六)',
  },
  defaultSeverity: 'error',
  messages: {
    mismatch: { zh: '{column}列：各项办理结果之和为 {sum}，但（七）总计为 {total}', en: '{column}: outcomes add up to {sum}, but the total handled says {total}' },
    unchecked: { zh: '无法核对办理结果总计（缺少数值）：{columns}列', en: 'outcome total not checked, values missing in column(s): {columns}' },
  },
  check({ extraction }) {
    // A table not found at all is table-missing's to report.
    if (!tableFound(extraction, 'requests')) return [];
    const rows = requestRowValues(extraction).filter(([key]) => !NOT_OUTCOMES.has(key));
    const problems: Problem[] = [];
    const missing: string[] = [];
    for (const column of REQUEST_COLUMN_KEYS) {
      const outcomes = columnSum(rows, column);
      const total = extraction.requests.total[column];
      if (outcomes === null || total === null) missing.push(column);
      else if (!equal(outcomes, total)) {
        problems.push({
          rule: this.id,
          messageId: 'mismatch',
          data: { column, sum: outcomes, total },
          location: rowLoc(extraction, 'requests', 'total', column),
          actual: total,
          expected: outcomes,
        });
      }
    }
    if (missing.length > 0) problems.push(unchecked(this.id, 'columns', missing, rowLoc(extraction, 'requests', '')));
    return withSuspect(problems, extraction);
  },
};

/** One column's sum over the rows, or null when a value is missing. */
function columnSum(rows: readonly (readonly [string, RequestColumns])[], column: keyof RequestColumns): number | null {
  let total = 0;
  for (const [, row] of rows) {
    const v = row[column];
    if (v === null) return null;
    total += v;
  }
  return total;
}
