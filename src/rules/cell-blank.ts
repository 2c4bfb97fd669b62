import type { Rule } from './rule.js';
import { cellLoc } from './cell-loc.js';

/** A value left blank (or marked "-", "无"): recorded as null, never as 0, and said so. */
export const cellBlank: Rule = {
  id: 'cell-blank',
  description: { zh: '表格单元格为空或标为“-”“无”，按无数值处理', en: 'A table cell is blank or marked "-"/"无"; its value is null' },
  defaultSeverity: 'warning',
  messages: {
    blank: { zh: '单元格为空：{path}', en: 'blank cell: {path}' },
    none: { zh: '单元格标为“{raw}”，按无数值处理：{path}', en: 'cell marked "{raw}", read as no value: {path}' },
  },
  check({ extraction }) {
    return extraction.cells
      .filter((c) => c.kind === 'blank' || c.kind === 'none')
      .map((c) => ({
        rule: this.id,
        messageId: c.kind,
        data: { path: c.path, raw: c.raw },
        location: cellLoc(c),
        // "-" is a deliberate mark; a blank may be a lost number.
        ...(c.kind === 'none' && { severity: 'info' as const }),
      }));
  },
};
