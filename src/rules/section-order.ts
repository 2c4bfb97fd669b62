import type { Problem } from '../types.js';
import type { Rule, TextLine } from './rule.js';
import { headingParts, statutoryTopic } from '../sections/statutory-headings.js';
import { sectionLabel } from '../record/labels.js';
import { predatesFormat } from './support.js';

// A heading is a short line of its own; a sentence naming a section is not one.
const HEADING_MAX = 40;
// Tables moved to an appendix ("（详见附件）") are titled there with the appendix's own numbering.
const APPENDIX = /^(附件|附表)[\d一二三四五六七八九十]*[:：]?|^附[:：]/;
// More misnumbered headings than this are one finding: the report numbers its parts its own way.
const MISNUMBERED_EACH = 2;

/**
 * The six headings in order, each once, each with its own numeral: a heading in the statutory
 * wording of one section but numbered as another, a section's heading twice, or a heading after the
 * one that should follow it is a warning at its line.
 */
export const sectionOrder: Rule = {
  id: 'section-order',
  description: { zh: '章节标题编号错误、重复或顺序颠倒', en: 'A section heading is misnumbered, repeated or out of order' },
  defaultSeverity: 'warning',
  messages: {
    misnumbered: { zh: '标题“{heading}”是第{section}部分的标题，却编为第{numeral}部分', en: 'heading "{heading}" is that of section {section} but numbered {numeralEn}' },
    repeated: { zh: '第{section}部分的标题“{heading}”再次出现（首次在第 {first} 行）', en: 'the heading of section {section} ("{heading}") appears again (first at line {first})' },
    misnumberedMany: {
      zh: '{count} 个标题的编号与其法定部分不符，报告自行编排了章节（首个：“{heading}”是第{section}部分的标题，却编为第{numeral}部分）',
      en: '{count} headings are numbered other than their statutory sections: the report numbers its parts its own way (first: "{heading}" is that of section {section} but numbered {numeralEn})',
    },
    order: { zh: '第{section}部分的标题“{heading}”出现在第{previous}部分之后，顺序颠倒', en: 'the heading of section {section} ("{heading}") comes after section {previous}: out of order' },
  },
  check({ text, meta, extraction }) {
    if (predatesFormat(meta, extraction)) return [];
    const problems: Problem[] = [];
    const misnumbered: Problem[] = [];
    const seen = new Map<number, number>();
    let highest = 0;
    const lines = text.filter((l) => l.text.trim() !== '');
    for (const [i, line] of lines.entries()) {
      if (line.inTable || line.text.length > HEADING_MAX) continue;
      if (APPENDIX.test(line.text.trim())) break;
      const { numeral, words } = headingParts(line.text);
      const topic = statutoryTopic(words);
      // An unnumbered line in a heading's words is a table's caption (or seed 000's first heading): not read.
      if (topic === null || numeral === null) continue;
      // A table of contents: headings one under another with nothing between them.
      const next = lines[i + 1];
      if (next && !next.inTable && next.text.length <= HEADING_MAX && statutoryTopic(headingParts(next.text).words) !== null) continue;
      const at = location(line, topic);
      const heading = line.text.trim();
      // A sub-point "(二)主动公开…" is not a heading of its own.
      if (numeral !== null && /^[（(]/.test(heading)) continue;
      if (numeral !== null && numeral !== topic) {
        misnumbered.push({ rule: this.id, messageId: 'misnumbered', data: { heading, section: topic, numeral: sectionLabel(numeral, 'zh'), numeralEn: numeral }, location: at });
      }
      const first = seen.get(topic);
      if (first !== undefined) {
        problems.push({ rule: this.id, messageId: 'repeated', data: { heading, section: topic, first }, location: at });
        continue;
      }
      seen.set(topic, line.line);
      if (topic < highest) problems.push({ rule: this.id, messageId: 'order', data: { heading, section: topic, previous: highest }, location: at });
      highest = Math.max(highest, topic);
    }
    if (misnumbered.length > MISNUMBERED_EACH) {
      const first = misnumbered[0]!;
      problems.unshift({ ...first, messageId: 'misnumberedMany', data: { ...first.data, count: misnumbered.length } });
    } else problems.unshift(...misnumbered);
    return problems;
  },
};

function location(line: TextLine, section: number) {
  return { line: line.line, ...(line.page !== undefined && { page: line.page }), section };
}
