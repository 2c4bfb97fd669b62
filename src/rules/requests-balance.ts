import type { Problem } from '../types.js';
import type { Rule } from './rule.js';
import { withSuspect } from './suspect.js';
import { REQUEST_COLUMN_KEYS, equal, rowLoc, tableFound, unchecked } from './support.js';

/** The 勾稽关系 the table prints about itself: 一 + 二 = 三（七）总计 + 四, for every applicant column. */
export const requestsBalance: Rule = {
  id: 'requests-balance',
  description: {
    zh: '申请情况表每一列：本年新收 + 上年结转 = 本年度办理结果总计 + 结转下年度继续办理',
    en: 'Every column of the request table: received + carried over = total handled + carried forward',
  },
  defaultSeverity: 'error',
  messages: {
    mismatch: {
      zh: '{column}列勾稽关系不成立：本年新收 {received} + 上年结转 {carriedOver} = {left}，但办理结果总计 {total} + 结转下年度 {carriedForward} = {right}',
      en: '{column}: received {received} + carried over {carriedOver} = {left}, but total {total} + carried forward {carriedForward} = {right}',
    },
    unchecked: { zh: '无法核对勾稽关系（缺少数值）：{columns}列', en: 'balance not checked, values missing in column(s): {columns}' },
  },
  check({ extraction }) {
    // A table not found at all is table-missing's to report.
    if (!tableFound(extraction, 'requests')) return [];
    const { received, carriedOver, total, carriedForward } = extraction.requests;
    const problems: Problem[] = [];
    const missing: string[] = [];
    for (const column of REQUEST_COLUMN_KEYS) {
      const [a, b, t, f] = [received[column], carriedOver[column], total[column], carriedForward[column]];
      if (a === null || b === null || t === null || f === null) {
        missing.push(column);
        continue;
      }
      if (!equal(a + b, t + f)) {
        problems.push({
          rule: this.id,
          messageId: 'mismatch',
          data: { column, received: a, carriedOver: b, left: a + b, total: t, carriedForward: f, right: t + f },
          location: rowLoc(extraction, 'requests', 'total', column),
          actual: t + f,
          expected: a + b,
        });
      }
    }
    if (missing.length > 0) problems.push(unchecked(this.id, 'columns', missing, rowLoc(extraction, 'requests', '')));
    return withSuspect(problems, extraction);
  },
};
