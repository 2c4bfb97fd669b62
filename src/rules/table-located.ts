import type { Problem } from '../types.js';
import type { Rule } from './rule.js';
import { competing } from '../tables/locate-tables.js';

/**
 * A statutory table found more than once (printed twice, repeated in an appendix): the run naming
 * the most statutory rows was read, and the finding says which, and where the other stands.
 */
export const tableLocated: Rule = {
  id: 'table-located',
  description: { zh: '同一法定表格出现多处，已采用匹配最好的一处', en: 'A statutory table appears more than once; the best-matching one was read' },
  defaultSeverity: 'info',
  messages: {
    chosen: {
      zh: '{table}出现 {count} 处，采用第 {line} 行起的一处（{score} 行可识别）；另见第 {others} 行',
      en: '{table} appears {count} times; read the one from line {line} ({score} rows recognised); others at line {others}',
    },
  },
  check({ extraction }) {
    const problems: Problem[] = [];
    for (const table in extraction.candidates) {
      const candidates = extraction.candidates[table]!;
      // Most reports hold each table once: nothing to say, nothing to build.
      if (candidates.length < 2) continue;
      const others = competing(candidates);
      const chosen = candidates[0];
      if (!chosen || others.length === 0) continue;
      problems.push({
        rule: this.id,
        messageId: 'chosen',
        data: { table, count: others.length + 1, line: chosen.line ?? 0, score: chosen.score, others: others.map((o) => o.line ?? 0).join(', ') },
        location: { ...(chosen.line !== undefined && { line: chosen.line }), table },
      });
    }
    return problems;
  },
};
