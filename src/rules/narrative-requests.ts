import type { Problem } from '../types.js';
import type { Rule } from './rule.js';
import { getPath } from '../record/paths.js';
import { tableFound } from './support.js';
import { MISMATCH_MESSAGE, compare, findStatements, plus, type Reading } from './narrative.js';

// "共收到政府信息公开申请 41 件", "受理依申请公开 14 件", "办结申请十七件", "收到 12 件政府信息公开申请".
const VERB = '(?<verb>收到|受理|接收|新收|接到|办理|处理|办结|答复)';
const PATTERNS = [`${VERB}[^，,、\\d]{0,16}?申请[^，,、\\d]{0,10}?{N}\\s*件`, `${VERB}[^，,、申\\d]{0,4}?{N}\\s*件[^，,、\\d]{0,8}?申请`];

/**
 * A count of applications the text states (sections 一–三) against the request table: "收到" may be
 * 本年新收 or 新收 + 上年结转, "办理" the total handled or what was received, "办结"/"答复" the total
 * handled; warned only when no reading fits.
 */
export const narrativeRequests: Rule = {
  id: 'narrative-requests',
  description: { zh: '正文所述申请件数与申请情况表不符', en: 'A count of applications in the text differs from the request table' },
  defaultSeverity: 'warning',
  messages: { mismatch: MISMATCH_MESSAGE },
  check({ text, extraction }) {
    if (!tableFound(extraction, 'requests')) return [];
    const total = (row: string) => getPath(extraction.requests, `${row}.total`) as number | null | undefined;
    const received = total('received') ?? null;
    const carried = total('carriedOver') ?? null;
    const handled = total('total') ?? null;
    const readings: Record<string, Reading[]> = {
      receive: [
        { zh: '本年新收', en: 'received', value: received },
        { zh: '本年新收加上年结转', en: 'received + carried over', value: plus(received, carried) },
      ],
      handle: [
        { zh: '办理结果总计', en: 'total handled', value: handled },
        { zh: '本年新收', en: 'received', value: received },
        { zh: '本年新收加上年结转', en: 'received + carried over', value: plus(received, carried) },
      ],
      close: [
        { zh: '办理结果总计', en: 'total handled', value: handled },
        { zh: '本年新收', en: 'received', value: received },
      ],
    };
    const problems: Problem[] = [];
    for (const s of findStatements(text, [1, 2, 3], PATTERNS)) {
      const verb = /办结|答复/.test(s.verb ?? '') ? 'close' : /办理|处理/.test(s.verb ?? '') ? 'handle' : 'receive';
      const problem = compare(this.id, 'requests', s, readings[verb]!);
      if (problem) problems.push(problem);
    }
    return problems;
  },
};
