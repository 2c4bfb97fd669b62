import type { Rule } from './rule.js';
import { recordPlace } from './cell-loc.js';

/**
 * A row whose number of values does not match the columns: its values cannot all be placed, so only
 * the certain ones are kept (seed 003: five values under six columns, only 自然人 is certain).
 */
export const rowMisaligned: Rule = {
  id: 'row-misaligned',
  description: { zh: '行内数值个数与列数不符，无法确定对应列', en: 'A row has more or fewer values than the table has columns' },
  defaultSeverity: 'error',
  messages: {
    short: { zh: '“{row}”行只有 {values} 个数值，应有 {columns} 个；仅采用可确定的列：{assigned}', en: 'row {row} has {values} values for {columns} columns; kept only: {assigned}' },
    long: { zh: '“{row}”行有 {values} 个数值，多于 {columns} 列，数值未采用', en: 'row {row} has {values} values for {columns} columns; none kept' },
  },
  check({ extraction }) {
    return extraction.rows
      .filter((r) => r.values !== r.columns && r.run === undefined)
      .map((r) => ({
        rule: this.id,
        messageId: r.values < r.columns ? 'short' : 'long',
        data: { row: r.key === '' ? r.table : r.key, values: r.values, columns: r.columns, assigned: r.assigned.join(',') },
        location: {
          line: r.line,
          ...(r.page !== undefined && { page: r.page }),
          ...(r.section !== undefined && { section: r.section }),
          ...recordPlace(r.table, r.key),
          ...(r.source !== undefined && { source: r.source }),
        },
      }));
  },
};
