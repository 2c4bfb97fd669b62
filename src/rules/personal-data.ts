import type { Problem } from '../types.js';
import type { Rule } from './rule.js';
import { findPersonalNumbers, maskNumber } from '../normalize/personal-numbers.js';

/**
 * Reports are public: a citizen's resident identity number or a mobile number must not be in one.
 * Office landlines and postcodes are fine. A number shaped like a mobile number is an amount when a
 * unit follows it or an amount's word stands before it (资金13800000000元), and a row of the tables,
 * or a line that is mostly digits (a crawler's cells run together), holds counts, not phones.
 */
const PHONE_WORD = /电话|手机|联系|咨询|热线|致电|拨打|tel|phone/i;
// An amount or a count: a unit after the number, or a word for a sum before it.
const UNIT_AFTER = /^\s*(元|万|亿|件|条|次|人|个|份|余|多|%|％|项|户|册|篇|字|页|平方|公里|吨)/;
const SUM_BEFORE = /(共|计|合计|累计|金额|资金|总额|总计|预算|投资|收入|支出)\s*$/;

/** A line of the document that is mostly digits: a table's row, however it was pasted. */
function mostlyDigits(text: string): boolean {
  const chars = text.replace(/\s/g, '');
  return chars.length > 0 && (chars.match(/\d/g)?.length ?? 0) / chars.length > 0.6;
}

export const personalData: Rule = {
  id: 'personal-data',
  description: { zh: '报告中出现公民身份号码或手机号码（个人信息不得公开）', en: 'A resident identity number or a mobile number in the report (personal data must not be published)' },
  defaultSeverity: 'error',
  messages: {
    id: { zh: '文中出现公民身份号码 {masked}，报告公开前应删除', en: 'a resident identity number ({masked}) stands in the text; remove it before publishing' },
    mobile: { zh: '文中出现手机号码 {masked}，报告公开前应删除或改为办公电话', en: 'a mobile number ({masked}) stands in the text; remove it or give an office line before publishing' },
  },
  check({ text, extraction }) {
    const tableLines = new Set([...extraction.rows.map((r) => r.line), ...extraction.runNotes.map((n) => n.line)]);
    const problems: Problem[] = [];
    for (const line of text) {
      // Most lines hold no run of eleven digits at all: one cheap test before the patterns.
      if (!/\d{3}[- ]?\d{4}/.test(line.text)) continue;
      for (const n of findPersonalNumbers(line.text)) {
        if (n.kind === 'mobile') {
          const after = line.text.slice(n.index + n.text.length);
          const before = line.text.slice(0, n.index);
          if (line.inTable || tableLines.has(line.line) || mostlyDigits(line.text) || UNIT_AFTER.test(after) || SUM_BEFORE.test(before)) continue;
          // A label and then digits to the line's end is a table's row pasted as text, unless it names a phone.
          if (after.trim() === '' && !/[，,。：:；;（(）)]/.test(before) && !PHONE_WORD.test(before)) continue;
        }
        problems.push({
          rule: this.id,
          messageId: n.kind,
          data: { masked: maskNumber(n) },
          location: { line: line.line, ...(line.page !== undefined && { page: line.page }), ...(line.section > 0 && { section: line.section }) },
        });
      }
    }
    return problems;
  },
};
