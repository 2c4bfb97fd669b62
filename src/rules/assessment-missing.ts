import type { Rule } from './rule.js';
import { predatesFormat, sectionLoc } from './support.js';
import { agencyKind } from '../meta/agency-kind.js';

const TOPICS = [
  { key: '工作考核', said: /考核|考评/ },
  { key: '社会评议', said: /评议|群众评价|满意度测评/ },
  { key: '责任追究', said: /责任追究|追责|问责|追究责任/ },
];

/**
 * 条例第五十条: every people's government's report gives the results of 工作考核, 社会评议 and 责任追究
 * (a department's need not). A government's complete report that says nothing of any of them is a
 * warning; a report cut short (no section 五 or 六) is not judged.
 */
export const assessmentMissing: Rule = {
  id: 'assessment-missing',
  description: { zh: '人民政府的年度报告应说明工作考核、社会评议和责任追究结果（条例第五十条）', en: "A people's government's report gives the results of assessment, public review and accountability (article 50)" },
  defaultSeverity: 'warning',
  messages: {
    missing: {
      zh: '{agency}的报告未说明工作考核、社会评议和责任追究结果（条例第五十条要求人民政府的报告包括这些内容）',
      en: "{agency}'s report says nothing of the results of assessment (工作考核), public review (社会评议) or accountability (责任追究), which article 50 asks of a people's government",
    },
  },
  check({ text, sections, meta, extraction }) {
    if (meta.agency === null || agencyKind(meta.agency) === 'department' || predatesFormat(meta, extraction)) return [];
    if (!sections.some((s) => s.number === 5) || !sections.some((s) => s.number === 6)) return [];
    const prose = text.filter((l) => !l.inTable).map((l) => l.text).join('\n');
    if (TOPICS.some((t) => t.said.test(prose))) return [];
    return [{ rule: this.id, messageId: 'missing', data: { agency: meta.agency }, location: sectionLoc(sections, 6) }];
  },
};
