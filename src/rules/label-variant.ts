import type { Problem } from '../types.js';
import type { Rule } from './rule.js';
import { recordPlace } from './cell-loc.js';

/**
 * A row read although its label is not the statutory one: misspelt or misread (OCR, corpus 027's
 * "其他法律行政止公开"), cut at a page or cell edge, or missing, its values placed by the statutory
 * order. Said, so that a reader can check the reading and the officer can mend the label.
 */
export const labelVariant: Rule = {
  id: 'label-variant',
  description: { zh: '行名与法定表述不一致（错字、截断或缺失），已按最接近的法定行读取', en: 'A row label differs from the statutory wording (misspelt, cut or missing); read as the closest statutory row' },
  defaultSeverity: 'info',
  messages: {
    scored: { zh: '行名“{text}”与法定表述不同，按“{row}”读取', en: 'row label "{text}" differs from the statutory wording; read as {row}' },
    cut: { zh: '行名“{text}”不完整，按“{row}”读取', en: 'row label "{text}" is cut short; read as {row}' },
    order: { zh: '该行数值没有行名，按法定行序归入“{row}”', en: 'this row of values has no label; placed as {row} by the statutory order' },
  },
  check({ extraction }) {
    return extraction.labelNotes.map(
      (n): Problem => ({
        rule: this.id,
        messageId: n.how,
        data: { row: n.key, ...(n.text !== undefined && { text: n.text }) },
        location: { line: n.line, ...(n.page !== undefined && { page: n.page }), ...recordPlace(n.table, n.key) },
      }),
    );
  },
};
