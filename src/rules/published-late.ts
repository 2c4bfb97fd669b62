import type { DateSource } from '../types.js';
import type { Rule } from './rule.js';
import { agencyKind } from '../meta/agency-kind.js';


const SOURCES: Record<DateSource, { zh: string; en: string }> = {
  header: { zh: '页面的发布日期', en: "the page's publication line" },
  'html-meta': { zh: '网页元数据', en: "the page's metadata" },
  signature: { zh: '落款日期', en: 'the date under the signature' },
  'pdf-created': { zh: 'PDF 文件的创建日期', en: "the PDF's creation date" },
};

/**
 * 条例第四十九条: a department publishes its report for a year by 31 January of the next, a 县级以上地方人民政府
 * its own by 31 March. The date is the file's own (see CheckInput.published, which says where it was
 * read); the deadline is the body's, told by its name. No date, no finding (`--verbose` says so).
 */
export const publishedLate: Rule = {
  id: 'published-late',
  description: { zh: '年度报告晚于法定期限公布（条例第四十九条）', en: 'The report was published after its statutory deadline (article 49)' },
  defaultSeverity: 'warning',
  messages: {
    late: {
      zh: '报告于 {date} 公布（据{source}），晚于法定期限 {deadline}：{who}应于次年{by}前公布上一年度报告（条例第四十九条）',
      en: 'published on {date} (from {sourceEn}), after the deadline of {deadline}: {whoEn} publishes its report by {byEn} of the next year (article 49)',
    },
    noDate: { zh: '文件中未找到发布日期，未核对公布期限', en: 'no publication date found in the file: the deadline was not checked' },
  },
  check({ meta, published, options }) {
    // The deadlines are the 2019 条例's (in force from the reports for 2019).
    if (meta.year === null || meta.year < 2019 || meta.agency === null) return [];
    // A PDF made after the year following the report is a copy made later (a conversion, an archive's), not the one published.
    const date = published?.source === 'pdf-created' && published.date > `${meta.year + 1}-12-31` ? null : published;
    if (!date) return options.verbose ? [{ rule: this.id, messageId: 'noDate', severity: 'info', location: {} }] : [];
    const kind = agencyKind(meta.agency);
    // A town's government is not named by 第四十九条; it reports to its county as the departments do.
    const government = kind === 'local-government';
    const deadline = `${meta.year + 1}-${government ? '03-31' : '01-31'}`;
    // A date inside the year reported on is no publication date (a signature mistyped, a draft's).
    if (date.date <= deadline || date.date < `${meta.year + 1}-01-01`) return [];
    return [
      {
        rule: this.id,
        messageId: 'late',
        data: {
          date: date.date,
          source: SOURCES[date.source].zh,
          sourceEn: SOURCES[date.source].en,
          deadline,
          who: government ? '县级以上地方人民政府' : kind === 'town-government' ? '乡镇人民政府（同县级政府部门）' : '政府部门',
          whoEn: government ? 'a local government at county level or above' : kind === 'town-government' ? "a town's government (as the county's departments)" : 'a department',
          by: government ? '3月31日' : '1月31日',
          byEn: government ? '31 March' : '31 January',
        },
        location: { ...(date.line !== undefined && { line: date.line }), ...(date.page !== undefined && { page: date.page }) },
      },
    ];
  },
};
