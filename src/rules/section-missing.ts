import type { Problem } from '../types.js';
import type { Rule } from './rule.js';
import { predatesFormat } from './support.js';

/**
 * The six statutory sections; a missing heading is worth knowing even when the tables were found,
 * not in a report written before the format (table-missing says that once).
 */
export const sectionMissing: Rule = {
  id: 'section-missing',
  description: { zh: '缺少法定章节标题（一至六）', en: 'A statutory section heading (一 to 六) is missing' },
  defaultSeverity: 'warning',
  messages: { missing: { zh: '未找到第{section}部分“{heading}”的标题', en: 'heading of section {section} ({heading}) not found' } },
  check({ sections, meta, extraction, images }) {
    if (predatesFormat(meta, extraction)) return [];
    // A page without text may hold the heading itself (a scanned page): tables-are-images says so.
    const scanned = (n: number) => images.some((i) => i.line === undefined && i.sections.includes(n));
    const headings = ['总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况', '存在的主要问题及改进情况', '其他需要报告的事项'];
    const problems: Problem[] = [];
    headings.forEach((heading, i) => {
      if (!sections.some((s) => s.number === i + 1) && !scanned(i + 1)) problems.push({ rule: this.id, messageId: 'missing', data: { section: i + 1, heading }, location: { section: i + 1 } });
    });
    return problems;
  },
};
