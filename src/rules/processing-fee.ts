import type { Rule } from './rule.js';
import { getPath } from '../record/paths.js';
import { sectionLoc, sectionText } from './support.js';

// The fee by name, or any sentence on charging: "均免收费用", "未收取任何费用", "均未收费".
const FEE = /信息处理费|处理费|收费|费用|免收/;
// "未发出收费通知": with table 三's （六）2 above zero, applications were closed for fees never paid.
const NO_NOTICE = /(未|没有|无)(发出|下发|作出|出具|发放)[^。；;，,按缴]{0,6}收费通知|(未|没有)(收到|发生|产生)?[^。；;，,按缴]{0,2}收费通知/;

/**
 * The 2021 format asks section 六 to say whether information-processing fees (信息处理费) were
 * charged and how much. Silence is a warning; so is a section 六 saying no fee notice went out while
 * table 三's row （六）2 counts applications closed because a fee notice went unpaid.
 */
export const processingFee: Rule = {
  id: 'processing-fee',
  description: { zh: '第六部分应说明信息处理费的收取情况（2021 版格式）', en: 'Section 六 says whether information-processing fees were charged (2021 format)' },
  defaultSeverity: 'warning',
  messages: {
    silent: { zh: '第六部分未说明是否收取信息处理费及金额（2021 版格式要求）', en: 'section 六 does not say whether information-processing fees were charged, nor how much (the 2021 format asks it)' },
    noNotice: {
      zh: '第六部分称未发出收费通知，但申请情况表（六）2“申请人逾期未按收费通知要求缴纳费用”为 {count}',
      en: 'section 六 says no fee notice was issued, yet table 三 row （六）2 (fee notices not paid) counts {count}',
    },
  },
  check({ text, sections, meta, extraction }) {
    // Asked of a report on the 2021 tables, or for 2021 or later whatever tables it printed (not of
    // one whose template is only assumed).
    if ((extraction.templateFromTables !== '2021' && (meta.year ?? 0) < 2021) || !sections.some((s) => s.number === 6)) return [];
    const lines = sectionText(text, sections, 6);
    const said = lines.find((l) => FEE.test(l.text));
    if (!said) return [{ rule: this.id, messageId: 'silent', location: sectionLoc(sections, 6) }];
    const unpaid = getPath(extraction.requests, 'otherDisposal.unpaidFee.total');
    if (typeof unpaid === 'number' && unpaid > 0) {
      const denial = lines.find((l) => NO_NOTICE.test(l.text));
      if (denial) return [{ rule: this.id, messageId: 'noNotice', data: { count: unpaid }, location: { line: denial.line, ...(denial.page !== undefined && { page: denial.page }), section: 6 } }];
    }
    // "未收取信息处理费" beside a （六）2 above zero is no contradiction: those fees went unpaid.
    return [];
  },
};
