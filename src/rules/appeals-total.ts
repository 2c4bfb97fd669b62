import { APPEAL_GROUPS } from '../record/layout.js';
import type { AppealColumns } from '../record/schema.js';
import type { Problem } from '../types.js';
import type { Rule } from './rule.js';
import { getPath } from '../record/paths.js';
import { cellSource, equal, rowLoc, sum, tableFound, unchecked } from './support.js';

/** Each of the three groups of section 四: 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计. */
export const appealsTotal: Rule = {
  id: 'appeals-total',
  description: {
    zh: '行政复议、行政诉讼各组：结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计',
    en: 'Each appeals group: upheld + corrected + other + pending = total',
  },
  defaultSeverity: 'error',
  messages: {
    mismatch: { zh: '{group}：各项之和为 {sum}，但总计为 {total}', en: '{group}: outcomes add up to {sum}, but the total says {total}' },
    unchecked: { zh: '无法核对总计（缺少数值）：{groups}', en: 'total not checked, values missing in: {groups}' },
  },
  check({ extraction }) {
    // A table not found at all is table-missing's to report.
    if (!tableFound(extraction, 'appeals')) return [];
    const problems: Problem[] = [];
    const missing: string[] = [];
    for (const group of APPEAL_GROUPS) {
      const g = getPath(extraction.appeals, group.key) as AppealColumns;
      const parts = sum([g.upheld, g.corrected, g.other, g.pending]);
      if (parts === null || g.total === null) missing.push(group.key);
      else if (!equal(parts, g.total)) {
        const source = cellSource(extraction, `appeals.${group.key}.total`);
        problems.push({
          rule: this.id,
          messageId: 'mismatch',
          data: { group: group.key, sum: parts, total: g.total },
          location: { ...rowLoc(extraction, 'appeals', ''), row: group.key, column: 'total', ...(source !== undefined && { source }) },
          actual: g.total,
          expected: parts,
        });
      }
    }
    if (missing.length > 0) problems.push(unchecked(this.id, 'groups', missing, rowLoc(extraction, 'appeals', '')));
    return problems;
  },
};
