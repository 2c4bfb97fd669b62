import type { Rule } from './rule.js';
import { predatesFormat, tablesInImages } from './support.js';

const TABLES = [
  { table: 'active', section: 2, zh: '主动公开情况表（第二十条）', en: 'proactive disclosure tables (article 20)' },
  { table: 'requests', section: 3, zh: '政府信息公开申请情况表', en: 'request table' },
  { table: 'appeals', section: 4, zh: '行政复议、行政诉讼情况表', en: 'appeals table' },
] as const;

/**
 * A statutory table not found at all: every value of it is null and none of its checks can run, which
 * this finding says instead of one "could not check" per rule. With no table at all, one finding,
 * naming its true cause: rows of numbers the reader could not make out (with their line), or none
 * at all (reports that paste their tables as pictures are common). A report written before the
 * format existed has none to find: one note says so.
 */
export const tableMissing: Rule = {
  id: 'table-missing',
  description: { zh: '缺少法定表格（第二、三、四部分）', en: 'A statutory table (sections 二, 三, 四) is missing' },
  defaultSeverity: 'error',
  messages: {
    missing: { zh: '未找到{name}，其数值均记为空，相关核对无法进行', en: '{nameEn} not found: its values are null and its checks cannot run' },
    none: {
      zh: '未找到任何法定表格（第二、三、四部分），无法核对；文件中没有数字表格，表格可能以图片形式插入',
      en: 'none of the statutory tables (sections 二, 三, 四) found, nothing can be checked; the file holds no table of numbers, the tables may be pictures',
    },
    preFormat: {
      zh: '{year}年度的报告早于法定格式（国办公开办函〔2019〕60号），没有法定表格，不按法定表格核对',
      en: 'a report for {year} predates the statutory format (国办公开办函〔2019〕60号): it has no statutory tables and is not checked against them',
    },
    unread: {
      zh: '未找到任何法定表格（第二、三、四部分），无法核对；第 {line} 行起有数字表格，但其行名和表头无法识别为法定表格',
      en: 'none of the statutory tables (sections 二, 三, 四) found, nothing can be checked; there are rows of numbers from line {line}, but their labels and headers are not those of the statutory tables',
    },
  },
  check({ extraction, meta, images }) {
    if (predatesFormat(meta, extraction)) return [{ rule: this.id, messageId: 'preFormat', severity: 'info', data: { year: meta.year }, location: {} }];
    // Tables that are pictures are tables-are-images' to say.
    const pictured = new Set(tablesInImages(extraction, images).map((t) => t.table));
    if (pictured.size > 0) {
      return TABLES.filter((t) => !pictured.has(t.table) && !extraction.tables.some((info) => info.table === t.table && info.found)).map((t) => ({
        rule: this.id,
        messageId: 'missing',
        data: { name: t.zh, nameEn: t.en },
        location: { section: t.section, table: t.table },
      }));
    }
    const missing = TABLES.filter((t) => !extraction.tables.some((info) => info.table === t.table && info.found));
    if (missing.length === TABLES.length) {
      const line = extraction.numbersLine;
      return [line === undefined ? { rule: this.id, messageId: 'none', location: {} } : { rule: this.id, messageId: 'unread', data: { line }, location: { line } }];
    }
    return missing.map((t) => ({ rule: this.id, messageId: 'missing', data: { name: t.zh, nameEn: t.en }, location: { section: t.section, table: t.table } }));
  },
};
