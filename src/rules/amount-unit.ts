import type { Rule } from './rule.js';
import { cellLoc } from './cell-loc.js';

/** Amounts are recorded in 万元; a cell or header in 元 ("251000元") is converted, and that is said. */
export const amountUnit: Rule = {
  id: 'amount-unit',
  description: { zh: '金额以“元”填写，已换算为万元', en: 'An amount was given in 元 and converted to 万元' },
  defaultSeverity: 'info',
  messages: { converted: { zh: '金额“{raw}”以元计，已换算为万元：{path}', en: 'amount "{raw}" is in 元, converted to 万元: {path}' } },
  check({ extraction }) {
    return extraction.cells
      .filter((c) => c.convertedFromYuan)
      .map((c) => ({ rule: this.id, messageId: 'converted', data: { path: c.path, raw: c.raw }, location: cellLoc(c) }));
  },
};
