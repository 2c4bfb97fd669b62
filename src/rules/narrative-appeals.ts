import type { Problem } from '../types.js';
import type { Rule } from './rule.js';
import { getPath } from '../record/paths.js';
import { tableFound } from './support.js';
import { MISMATCH_MESSAGE, compare, findStatements, plus, type Reading } from './narrative.js';

const NOUN = { reconsideration: '(?:行政)?复议', litigation: '(?:行政)?诉讼' };
// "被申请行政复议 2 件", "引起行政诉讼1起", "1件引起复议", "行政复议案件 3 宗".
const patterns = (noun: string) => [`${noun}[^，,、\\d零〇一二两三四五六七八九十]{0,6}?{N}\\s*(?:件|起|宗|次)`, `{N}\\s*(?:件|起|宗|次)[^，,、\\d]{0,6}?${noun}`];

/** Counts of 行政复议 and 行政诉讼 the text states against table 四's totals. */
export const narrativeAppeals: Rule = {
  id: 'narrative-appeals',
  description: { zh: '正文所述行政复议、行政诉讼件数与表格不符', en: 'A count of reconsiderations or lawsuits in the text differs from table 四' },
  defaultSeverity: 'warning',
  messages: { mismatch: MISMATCH_MESSAGE },
  check({ text, extraction }) {
    if (!tableFound(extraction, 'appeals')) return [];
    const total = (group: string) => getPath(extraction.appeals, `${group}.total`) as number | null;
    const direct = total('litigation.direct');
    const after = total('litigation.afterReconsideration');
    const readings: Record<keyof typeof NOUN, Reading[]> = {
      reconsideration: [{ zh: '行政复议总计', en: 'reconsiderations', value: total('reconsideration') }],
      litigation: [
        { zh: '行政诉讼总计', en: 'lawsuits', value: plus(direct, after) },
        { zh: '未经复议直接起诉', en: 'lawsuits without reconsideration', value: direct },
        { zh: '复议后起诉', en: 'lawsuits after reconsideration', value: after },
      ],
    };
    const problems: Problem[] = [];
    for (const kind of ['reconsideration', 'litigation'] as const) {
      // "行政复议、行政诉讼各 1 件" names both: each is read on its own pattern, the clause once per kind.
      for (const s of findStatements(text, [1, 4], patterns(NOUN[kind]))) {
        const problem = compare(this.id, 'appeals', s, readings[kind]);
        if (problem) problems.push(problem);
      }
    }
    return problems;
  },
};
