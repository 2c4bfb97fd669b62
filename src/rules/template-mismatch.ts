import type { Problem } from '../types.js';
import type { Rule } from './rule.js';
import type { Template } from '../record/layout.js';
import type { TemplateClue } from '../tables/extraction.js';

// The labels a message names; the rest are counted.
const SHOWN = 3;

/**
 * A report for 2021 or later fills in the 2021 tables (国办公开办函〔2021〕30号), one for 2019 or 2020
 * the 2019 ones (〔2019〕60号). The tables' own labels tell which they are; a table printing labels of
 * both templates is named too (a 2023 table keeping 2019's single （六）其他处理 row, corpus 027).
 */
export const templateMismatch: Rule = {
  id: 'template-mismatch',
  description: { zh: '报告年度与所用表格格式（2019 版或 2021 版）不符', en: "The tables' template (2019 or 2021) is not the one the report's year calls for" },
  defaultSeverity: 'warning',
  messages: {
    wrong: {
      zh: '{year}年度报告应使用 {expected} 版表格，但表格是 {found} 版（{labels}）',
      en: 'a report for {year} uses the {expected} tables, but these are the {found} ones ({labelsEn})',
    },
    mixed: {
      zh: '{year}年度报告使用 {expected} 版表格，但表中仍有 {found} 版的行或列（{labels}）',
      en: 'a report for {year} uses the {expected} tables, yet they still hold rows or columns of the {found} ones ({labelsEn})',
    },
  },
  check({ meta, extraction }) {
    const year = meta.year;
    if (year === null || year < 2019) return [];
    const expected: Template = year >= 2021 ? '2021' : '2019';
    const other = extraction.templateClues.filter((c) => c.template !== expected);
    if (other.length === 0) return [];
    const found = other[0]!.template;
    const own = extraction.templateClues.some((c) => c.template === expected);
    const problem: Problem = {
      rule: this.id,
      messageId: own ? 'mixed' : 'wrong',
      data: { year, expected, found, labels: labelList(other, 'zh'), labelsEn: labelList(other, 'en') },
      location: { line: other[0]!.line, ...(other[0]!.page !== undefined && { page: other[0]!.page }) },
    };
    return [problem];
  },
};

function labelList(clues: readonly TemplateClue[], lang: 'zh' | 'en'): string {
  const labels = [...new Set(clues.map((c) => (lang === 'zh' ? `“${c.label}”（行 ${c.line}）` : `"${c.label}" at line ${c.line}`)))];
  const shown = labels.slice(0, SHOWN).join(lang === 'zh' ? '、' : ', ');
  if (labels.length <= SHOWN) return shown;
  return lang === 'zh' ? `${shown}等 ${labels.length} 处` : `${shown} and ${labels.length - SHOWN} more`;
}
