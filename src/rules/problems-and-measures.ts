import type { Rule } from './rule.js';
import { predatesFormat, sectionLoc, sectionText } from './support.js';

// How reports state a problem (存在的问题, 不足, 有待提高 …) and a measure (下一步, 将, 加强, 整改 …).
const PROBLEM = /问题|不足|差距|短板|薄弱|欠缺|不够|有待|尚需|仍需|尚未|还不|不完善|不到位|不平衡|不规范|较弱|偏少|滞后/;
const MEASURE = /措施|改进|整改|下一步|下步|今后|将(?:进一步|继续|持续|加强|着力|认真|切实|不断|全面|积极|严格|以)|加强|推进|完善|提升|强化|健全|落实|持续|计划|拟/;
// "无", "暂无", "无其他" standing alone: the section says nothing.
const NOTHING = /^[（(]?(无|暂无|没有|略)[）)。.]?$/;

/**
 * Section 五 states the problems of the year's disclosure work and the measures taken or planned
 * (条例第五十条): an empty section, or one with only one of the two, is a warning.
 */
export const problemsAndMeasures: Rule = {
  id: 'problems-and-measures',
  description: { zh: '第五部分应写明存在的主要问题和改进措施', en: 'Section 五 states both the problems and the measures taken or planned' },
  defaultSeverity: 'warning',
  messages: {
    empty: { zh: '第五部分“存在的主要问题及改进情况”没有内容', en: 'section 五 (problems and improvements) is empty' },
    noProblems: { zh: '第五部分只写了改进措施，未写明存在的问题', en: 'section 五 gives measures but states no problem' },
    noMeasures: { zh: '第五部分只写了存在的问题，未写明改进措施', en: 'section 五 states problems but no measure taken or planned' },
  },
  check({ text, sections, meta, extraction }) {
    if (predatesFormat(meta, extraction) || !sections.some((s) => s.number === 5)) return [];
    const lines = sectionText(text, sections, 5);
    const body = lines.map((l) => l.text).join('');
    const location = sectionLoc(sections, 5);
    if (lines.length === 0 || lines.every((l) => NOTHING.test(l.text.trim()))) return [{ rule: this.id, messageId: 'empty', location }];
    const problems = PROBLEM.test(body);
    const measures = MEASURE.test(body);
    if (problems && measures) return [];
    return [{ rule: this.id, messageId: problems ? 'noMeasures' : 'noProblems', location }];
  },
};
