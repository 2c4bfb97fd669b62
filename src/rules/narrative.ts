import type { Problem } from '../types.js';
import type { TextLine } from './rule.js';
import { PROSE_NUMBER, parseProseNumber } from '../normalize/chinese-number.js';

/**
 * What the narrative rules share: the clauses of sections 一–四's prose that state a count, read
 * with the sentence they stand in, and the comparison with the table's cells. The wording allows
 * several readings ("收到" is 本年新收, or 新收 + 上年结转); a clause is a finding only when no
 * reading fits.
 */

/** One way the wording may be meant: a name for the message and the value the table gives it. */
export interface Reading {
  zh: string;
  en: string;
  value: number | null;
}

export interface Statement {
  line: TextLine;
  /** The words around the count, from the comma before it to the comma after. */
  clause: string;
  value: number;
  /** The pattern's named group `verb`, when it has one (收到, 办结 …). */
  verb?: string;
}

// A clause about a part (其中…, 通过网站…, 自然人…) or another year (上年, 同比) counts something else.
const SUBSET = /其中|通过|网上|在线|当面|信函|邮寄|传真|电子邮件|自然人|企业|法人|组织|予以公开|部分公开|不予|无法提供|不予处理|同比|上年|去年|上一年|较|增长|下降|增加|减少|占|%|％|平均|累计|历年|以来|截至.*?[年月]/;

interface Clause {
  line: TextLine;
  clause: string;
}

// The clauses of a document's prose are cut once, whichever narrative rule asks first.
const CLAUSES = new WeakMap<readonly TextLine[], Clause[]>();

/** The clauses of sections 一–四's prose holding a numeral, each in its line. */
function clauses(text: readonly TextLine[], sections: readonly number[]): Clause[] {
  let all = CLAUSES.get(text);
  if (!all) {
    all = [];
    for (const line of text) {
      if (line.inTable || line.section < 1 || line.section > 4) continue;
      for (const clause of line.text.split(/[。；;！？!?]/)) if (/\d|[一二三四五六七八九十两]/.test(clause)) all.push({ line, clause: clause.trim() });
    }
    CLAUSES.set(text, all);
  }
  return all.filter((c) => sections.includes(c.line.section));
}

// Each rule's patterns, compiled once.
const COMPILED = new Map<string, RegExp>();

function compiled(pattern: string): RegExp {
  let re = COMPILED.get(pattern);
  if (!re) COMPILED.set(pattern, (re = new RegExp(pattern.replace('{N}', `(?<n>${PROSE_NUMBER})`))));
  return re;
}

/**
 * The clauses matching one of `patterns` (each with a named group `n`, the count), about the whole
 * and not a part. A pattern is written with `{N}` for the number.
 */
export function findStatements(text: readonly TextLine[], sections: readonly number[], patterns: readonly string[]): Statement[] {
  const regexes = patterns.map(compiled);
  const found: Statement[] = [];
  for (const { line, clause } of clauses(text, sections)) {
    for (const pattern of regexes) {
      const m = pattern.exec(clause);
      if (!m?.groups) continue;
      // The part before the count says what it counts: "其中通过网站申请 9 件" is a part.
      if (SUBSET.test(clause.slice(0, m.index + m[0].length)) || /^其中/.test(clause)) break;
      const value = parseProseNumber(`${m.groups.n ?? ''}`.replace(/\s/g, ''));
      if (value !== null) found.push({ line, clause: around(clause, m.index, m.index + m[0].length), value, ...(m.groups.verb && { verb: m.groups.verb }) });
      break;
    }
  }
  return found;
}

/** The words of a clause from the comma before `start` to the comma after `end`. */
function around(clause: string, start: number, end: number): string {
  const before = Math.max(clause.lastIndexOf(',', start - 1), clause.lastIndexOf('，', start - 1));
  const after = [clause.indexOf(',', end), clause.indexOf('，', end)].filter((i) => i !== -1);
  return clause.slice(before + 1, after.length > 0 ? Math.min(...after) : clause.length).trim();
}

/** A finding when no reading of the statement fits the table (and the table has the values to tell). */
export function compare(rule: string, table: string, s: Statement, readings: readonly Reading[]): Problem | null {
  const known = readings.filter((r): r is Reading & { value: number } => r.value !== null);
  if (known.length === 0 || known.some((r) => r.value === s.value)) return null;
  const clause = s.clause.length > 40 ? `${s.clause.slice(0, 40)}…` : s.clause;
  return {
    rule,
    messageId: 'mismatch',
    data: {
      clause,
      value: s.value,
      readings: known.map((r) => `${r.zh} ${r.value}`).join('，'),
      readingsEn: known.map((r) => `${r.en} ${r.value}`).join(', '),
    },
    location: { line: s.line.line, ...(s.line.page !== undefined && { page: s.line.page }), ...(s.line.section > 0 && { section: s.line.section }), table },
  };
}

/** The sum of values, null when one is missing. */
export function plus(...values: (number | null | undefined)[]): number | null {
  let sum = 0;
  for (const v of values) {
    if (typeof v !== 'number') return null;
    sum += v;
  }
  return sum;
}

export const MISMATCH_MESSAGE = {
  zh: '正文称“{clause}”（{value}），与表格不符：{readings}',
  en: 'the text says "{clause}" ({value}), which the table does not give: {readingsEn}',
};
