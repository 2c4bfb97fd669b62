import type { Rule } from './rule.js';

const TABLES = [
  { table: 'active', section: 2, zh: '主动公开情况表（第二十条）', en: 'proactive disclosure tables (article 20)' },
  { table: 'requests', section: 3, zh: '政府信息公开申请情况表', en: 'request table' },
  { table: 'appeals', section: 4, zh: '行政复议、行政诉讼情况表', en: 'appeals table' },
] as const;

/** A statutory table not found at all: every value of it is null and no check of it can run. */
export const tableMissing: Rule = {
  id: 'table-missing',
  description: { zh: '缺少法定表格（第二、三、四部分）', en: 'A statutory table (sections 二, 三, 四) is missing' },
  defaultSeverity: 'error',
  messages: { missing: { zh: '未找到{name}', en: '{nameEn} not found' } },
  check({ extraction }) {
    return TABLES.flatMap((t) =>
      extraction.tables.some((info) => info.table === t.table && info.found)
        ? []
        : [{ rule: this.id, messageId: 'missing', data: { name: t.zh, nameEn: t.en }, location: { section: t.section, table: t.table } }],
    );
  },
};
