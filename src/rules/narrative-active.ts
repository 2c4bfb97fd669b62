import type { Problem } from '../types.js';
import type { Rule } from './rule.js';
import { getPath } from '../record/paths.js';
import { tableFound } from './support.js';
import { MISMATCH_MESSAGE, compare, findStatements, type Reading } from './narrative.js';

const VERB = '(?<verb>制发|制定|出台|印发|发布|新制作|新公开)';
const ITEMS = { normativeDocuments: '(?:行政)?规范性文件', regulations: '规章' } as const;
// "制发行政规范性文件 3 件", "出台规范性文件三件", "印发 2 件规范性文件".
const patterns = (noun: string) => [`${VERB}[^，,、\\d]{0,8}?${noun}[^，,、\\d]{0,4}?{N}\\s*(?:件|个|份|部)`, `${VERB}[^，,、\\d]{0,4}?{N}\\s*(?:件|个|份|部)[^，,、\\d]{0,4}?${noun}`];

/**
 * The counts of 规范性文件 and 规章 made in the year the prose states, against table 二: 制发 is the
 * year's 制发件数 (本年新制作数量), and in the 2019 tables 发布 may be 本年新公开数量.
 */
export const narrativeActive: Rule = {
  id: 'narrative-active',
  description: { zh: '正文所述制发规范性文件、规章件数与主动公开情况表不符', en: 'A count of normative documents or regulations made in the text differs from table 二' },
  defaultSeverity: 'warning',
  messages: { mismatch: MISMATCH_MESSAGE },
  check({ text, extraction }) {
    if (!tableFound(extraction, 'active')) return [];
    const problems: Problem[] = [];
    for (const [item, noun] of Object.entries(ITEMS)) {
      const cell = (column: string) => (getPath(extraction.active, `${item}.${column}`) as number | null | undefined) ?? null;
      const readings: Reading[] = [
        { zh: '本年制发件数', en: 'made this year', value: cell('issued') },
        { zh: '本年新公开数量', en: 'published this year', value: cell('published') },
      ];
      for (const s of findStatements(text, [1, 2], patterns(noun))) {
        const problem = compare(this.id, 'active', s, readings);
        if (problem) problems.push(problem);
      }
    }
    return problems;
  },
};
