import type { Rule } from './rule.js';
import { cellLoc } from './cell-loc.js';

export const cellInvalid: Rule = {
  id: 'cell-invalid',
  description: { zh: '表格单元格内容不是数字', en: 'A table cell does not hold a number' },
  defaultSeverity: 'error',
  messages: { invalid: { zh: '单元格“{raw}”不是数字：{path}', en: 'cell "{raw}" is not a number: {path}' } },
  check({ extraction }) {
    return extraction.cells
      .filter((c) => c.kind === 'invalid')
      .map((c) => ({ rule: this.id, messageId: 'invalid', data: { path: c.path, raw: c.raw }, location: cellLoc(c), actual: c.raw }));
  },
};
