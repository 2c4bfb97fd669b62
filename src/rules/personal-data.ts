import type { Problem } from '../types.js';
import type { Rule } from './rule.js';
import { findPersonalNumbers, maskNumber } from '../normalize/personal-numbers.js';

/**
 * Reports are public: a citizen's resident identity number or a mobile number must not be in one.
 * Office landlines and postcodes are fine. In the sections of the tables (二–四) a row of digits run
 * together can read like a mobile number: there one counts only beside a word for a phone.
 */
const PHONE_WORD = /电话|手机|联系|咨询|热线|致电|拨打|tel|phone/i;

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
        const amongTables = line.inTable || tableLines.has(line.line) || (line.section >= 2 && line.section <= 4);
        if (n.kind === 'mobile' && amongTables && !PHONE_WORD.test(line.text)) continue;
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
