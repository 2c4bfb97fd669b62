import type { Rule } from './rule.js';
import { STATUTORY_HEADINGS, headingParts } from '../sections/statutory-headings.js';
import { predatesFormat } from './support.js';

/**
 * A heading found for a section but not in the statutory wording or a variant reviewers accept
 * ("二、主动公开政府政府情况", a typo in a published report): named with the wording expected.
 */
export const sectionHeading: Rule = {
  id: 'section-heading',
  description: { zh: '章节标题的措辞与法定表述不同', en: 'A section heading is not worded as the statutory format words it' },
  defaultSeverity: 'warning',
  messages: {
    wording: {
      zh: '第{section}部分的标题“{heading}”与法定表述“{statutory}”不同',
      en: 'the heading of section {section} reads "{heading}", not the statutory "{statutory}"',
    },
  },
  check({ sections, meta, extraction }) {
    if (predatesFormat(meta, extraction)) return [];
    return sections.flatMap((s) => {
      const def = STATUTORY_HEADINGS[s.number - 1]!;
      if (def.accepts.test(headingParts(s.heading).words)) return [];
      return [
        {
          rule: this.id,
          messageId: 'wording',
          data: { section: s.number, heading: s.heading, statutory: def.zh },
          location: { line: s.line, ...(s.page !== undefined && { page: s.page }), section: s.number },
        },
      ];
    });
  },
};
