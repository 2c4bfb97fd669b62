import { REQUEST_COLUMNS } from '../record/layout.js';
import type { Rule } from './rule.js';

/** The request table's header lacks a statutory column (seed 003 has no 其他): that column is null throughout. */
export const columnMissing: Rule = {
  id: 'column-missing',
  description: { zh: '申请情况表缺少法定列', en: 'A statutory column is missing from the request table' },
  defaultSeverity: 'error',
  messages: { missing: { zh: '申请情况表表头缺少“{column}”列，该列数值均记为空', en: 'request table header has no {column} column; its values are all null' } },
  check({ extraction }) {
    const info = extraction.tables.find((t) => t.table === 'requests');
    if (!info?.found || !info.header) return [];
    return REQUEST_COLUMNS.filter((c) => !info.header!.includes(c.key)).map((c) => ({
      rule: this.id,
      messageId: 'missing',
      data: { column: c.key },
      location: {
        ...((info.headerLine ?? info.line) !== undefined && { line: info.headerLine ?? info.line }),
        ...(info.page !== undefined && { page: info.page }),
        ...(info.section !== undefined && { section: info.section }),
        table: 'requests',
        column: c.key,
      },
    }));
  },
};
