import type { Rule } from './rule.js';
import { sectionLabel } from '../record/labels.js';
import { tablesInImages } from './support.js';

/**
 * Tables pasted as pictures (an <img> in a page, a picture in a .docx, a PDF page with no text layer
 * where section 二, 三 or 四 should hold its table): their numbers cannot be read, so the report
 * cannot be checked. One error says so, instead of a missing table (and no cascade of missing rows).
 */
export const tablesAreImages: Rule = {
  id: 'tables-are-images',
  description: { zh: '法定表格以图片形式插入，数字无法读取和核对', en: 'The statutory tables are pictures: their numbers cannot be read or checked' },
  defaultSeverity: 'error',
  messages: {
    images: {
      zh: '第{sections}部分的表格是图片（{where}），其中的数字无法读取，报告无法核对；请以文字表格发布',
      en: 'the tables of sections {sectionsEn} are pictures ({whereEn}): their numbers cannot be read and the report cannot be checked; publish them as text tables',
    },
  },
  check({ extraction, images }) {
    const found = tablesInImages(extraction, images);
    if (found.length === 0) return [];
    const first = found[0]!.image;
    const place = (zh: boolean) =>
      found
        .map(({ image }) => (image.line !== undefined ? (zh ? `行 ${image.line}` : `line ${image.line}`) : zh ? `第 ${image.page} 页` : `page ${image.page}`))
        .filter((p, i, all) => all.indexOf(p) === i)
        .join(zh ? '、' : ', ');
    return [
      {
        rule: this.id,
        messageId: 'images',
        data: {
          sections: found.map((f) => sectionLabel(f.section, 'zh')).join('、'),
          sectionsEn: found.map((f) => sectionLabel(f.section, 'en')).join(', '),
          where: place(true),
          whereEn: place(false),
        },
        location: { ...(first.line !== undefined && { line: first.line }), ...(first.page !== undefined && { page: first.page }), section: found[0]!.section },
      },
    ];
  },
};
