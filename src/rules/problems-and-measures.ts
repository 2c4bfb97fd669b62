import type { Rule } from './rule.js';
import { predatesFormat, sectionLoc, sectionText } from './support.js';

// How reports state a problem (存在的问题, 不足, 有待提高, 不及时 …) and a measure (下一步, 将…, 加强, 整改 …).
const PROBLEM = /问题|不足|差距|短板|薄弱|欠缺|不够|有待|尚需|仍需|尚未|还不|不完善|不到位|不平衡|不规范|较弱|偏少|滞后|不及时|单一|不高|不强|淡薄|较少|不深|不细|不全|不多|不够|亟待|需要进一步/;
const MEASURE = /措施|改进|整改|下一步|下步|今后|将[\u4e00-\u9fff]|加强|推进|完善|提升|强化|健全|落实|持续|计划|拟|建立|组织|深化|开展|做好|规范|加大|优化/;
// Section 五's own sub-headings and labels name the two parts; they state neither.
const LABELS = /(?<=^|[。；;：:\s])[（(]?[一二三四五六七八九十\d]*[)）、.]?\s*(存在的?(主要)?问题|(主要)?问题|改进(情况|措施)|整改(情况|措施)|下一步(工作)?(打算|计划|措施)?)\s*(?=[:：]|$|\s)[:：]?/g;
// "无", "暂无", "无其他" standing alone, or after a label: the section says nothing.
const NOTHING = /^[（(]?(无|暂无|没有|略)[）)。.]?$/;
// "本年度未发现…问题", "无存在的问题": a year without problems is a statement of its own.
const NO_PROBLEM = /(未发现|没有发现|无|没有|不存在)[^。；，,]{0,8}问题/;

/**
 * Section 五 states the problems of the year's disclosure work and the measures taken or planned
 * (条例第五十条): an empty section, or one with only one of the two, is a warning.
 */
// "将" inside a problem's words (将近) is no plan; taken out before measures are looked for.
const PROBLEM_WORDS_WITH_JIANG = /将近|即将/g;

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
    // What the section says once its labels are taken out: "存在的主要问题：无。改进情况：无。" says nothing.
    const said = lines.map((l) => l.text.replace(LABELS, ' ').trim()).filter((t) => t !== '' && !NOTHING.test(t.replace(/[\s。.]/g, '')) && !/^[。.:：;；\s无]*$/.test(t));
    const location = sectionLoc(sections, 5);
    if (said.length === 0) return [{ rule: this.id, messageId: 'empty', location }];
    const body = said.join('');
    const problems = PROBLEM.test(body) || NO_PROBLEM.test(body);
    const measures = MEASURE.test(body.replace(PROBLEM_WORDS_WITH_JIANG, ''));
    if (problems && measures) return [];
    return [{ rule: this.id, messageId: problems ? 'noMeasures' : 'noProblems', location }];
  },
};
