import { tidyChineseSpacing } from '../normalize/text.js';
import { rowTexts, soleText, type FlatRow } from '../tables/flatten.js';
import { cutLeadIn, readAgencyName } from './agency-name.js';

/** A title as the report states it, split into the text naming the body and the year. */
export interface TitleReading {
  /** Null when the text names no body of its own ("现公布我局2022年…"): only its year is kept. */
  title: string | null;
  /** The raw text before the year ("夏邑县人民政府"), or after it when the title starts with it ("2022年上海市…"). */
  agency: string;
  year: number | null;
}

/** What the report's first rows say of its title. */
export interface StatedTitles {
  /** The title line, or the title a sentence states ("特编制…年度报告"). */
  title: TitleReading | null;
  /** The body named by a report title quoted in passing: "《国家新闻出版署2021年…年度报告》" (last year's; corpus 014). */
  quotedAgency: string | null;
}

const YEAR = /((?:19|20)\d{2})\s*年/;
const TITLE_END = /(?:年度报告|工作报告|年报)$/;
const PUBLIC = /政府信息公开|政务公开|信息公开/;
// A crawler's field name or a Markdown heading marker before the title (corpus 001, 002).
const PREFIX = /^(?:#{1,6}\s*|(?:标题|题目|文章标题|信息名称|名称)\s*[:：]\s*)/u;
// A page <title>'s site name after the report's: "…年度报告_XX县人民政府门户网站".
const SITE_SUFFIX = /^(.*?(?:年度报告|工作报告|年报))\s*[_|—–-]+[^报]*$/u;
// Title lines stand in the page chrome before the body; a few rows, however long the report.
const TITLE_ROWS = 40;
// A sentence stating the title comes in the preamble or the first paragraph of section 一.
const SENTENCE_ROWS = 12;
const SENTENCE_CHARS = 600;

// Characters that end the text naming a body, in running text; spaces too (breadcrumbs "年报 平潭…").
const STOP = String.raw`\s,，。;；:：、()（）《》〈〉<>“”"'‘’!！?？\[\]【】|/`;
const STOP_CHAR = new RegExp(`[${STOP}\\d]`, 'u');
// "…2023年政府信息公开工作年度报告", "2022年上海市政府信息公开…" in running text; group 2 is what stands between
// the year and 政府信息公开. Not the statutory format's own name ("…工作年度报告格式"). What stands before
// the year is read backwards from it, up to 40 characters: a regex that found it too would try every
// start in the row.
const SENTENCE_TITLE = new RegExp(
  String.raw`((?:19|20)\d{2})\s*年度?\s*([^${STOP}\d]{0,20}?)\s*(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:年度)?(?:报告|年报)(?!格式|模板)`,
  'gu',
);
const NAME_CHARS = 40;
// What says a sentence states this report's title: a lead-in before it, or the body's verb ("XX县财政局编制了").
const LEAD_IN = /特编制|现编制|公布|现发布|特发布|现印发|现将|特将|兹将|现把|现就|(?:编制|编写|制定|形成|发布|印发)(?:完成)?了?$/u;
const QUOTE_OPEN = /[《〈“"'‘<]/u;
// Breadcrumbs and menus: "首页 > 政府信息公开 > 年度报告" names a page, not a report.
const CHROME = /[>»/|]|首页|当前位置/u;

/** A title found in running text: what stands before its year, the year, what follows up to 报告. */
interface SentenceMatch {
  before: string;
  year: number;
  between: string;
  /** From the year to the end of the title. */
  rest: string;
}

/** The title line, the title over two lines, or the title a sentence of the first rows states. */
export function findStatedTitles(rows: readonly FlatRow[], bodyStart: number): StatedTitles {
  const line = findTitleLine(rows, bodyStart);
  if (line) return { title: line, quotedAgency: null };
  let quotedAgency: string | null = null;
  const end = Math.min(rows.length, SENTENCE_ROWS);
  for (let i = 0; i < end; i++) {
    const texts = rowTexts(rows[i]!);
    if (texts.length === 0) continue;
    const text = (texts.length === 1 ? texts[0]! : texts.join(' ')).trimStart().slice(0, SENTENCE_CHARS);
    if (!text.includes('报告') && !text.includes('年报')) continue;
    for (const m of text.matchAll(SENTENCE_TITLE)) {
      let yearAt = m.index;
      while (yearAt > 0 && text[yearAt - 1] === ' ') yearAt--;
      let start = yearAt;
      while (start > 0 && yearAt - start < NAME_CHARS && !STOP_CHAR.test(text[start - 1]!)) start--;
      const found: SentenceMatch = { before: text.slice(start, yearAt), year: Number(m[1]), between: m[2]!, rest: m[0] };
      const after = m.index + m[0].length;
      const quoted = start > 0 && QUOTE_OPEN.test(text[start - 1]!);
      // A title stated as this report's: the sentence's lead-in says so, or the row starts with it and
      // the text goes on after a space (corpus 019: the whole report on one line).
      const standing = start === 0 && (after === text.length || /\s/.test(text[after]!));
      if (!quoted && (standing || LEAD_IN.test(found.before))) return { title: readSentenceTitle(found), quotedAgency };
      quotedAgency ??= found.before !== '' ? found.before : found.between;
    }
  }
  return { title: null, quotedAgency };
}

function readSentenceTitle(m: SentenceMatch): TitleReading {
  const before = cutLeadIn(m.before);
  const raw = before !== '' ? before : m.between;
  const agency = readAgencyName(raw, { place: true });
  // "现公布我局2022年…", "特向社会公布2021年度本镇…": the year is this report's, the text names no body.
  if (raw !== '' && !agency) return { title: null, agency: '', year: m.year };
  const body = agency?.name ?? '';
  const rest = tidyChineseSpacing(m.rest);
  return { title: before !== '' ? body + rest : rest, agency: body, year: m.year };
}

function findTitleLine(rows: readonly FlatRow[], bodyStart: number): TitleReading | null {
  const end = Math.min(bodyStart, rows.length, TITLE_ROWS);
  let previous: string | null = null;
  for (let i = 0; i < end; i++) {
    const sole = soleText(rows[i]!);
    const text = sole === null ? null : cleanTitleText(sole);
    if (text !== null && text !== '') {
      const title = isTitle(text) ? text : joinTitleEnd(text, i + 1 < rows.length ? soleText(rows[i + 1]!) : null);
      if (title !== null) {
        // "高平市人民政府办公室" / "2023年政府信息公开工作年度报告" (corpus 007, 024, 027); not over a title
        // that names its body after the year (a portal's name above "2023年某县统计局…").
        const reading = splitTitle(title);
        if (previous !== null && reading.agency === '' && startsWithYear(title) && isAgencyLine(previous)) return splitTitle(previous + title);
        return reading;
      }
    }
    previous = text;
  }
  return null;
}

/** "2024 年上海市科委政府信息公开工作" / "年度报告" (corpus 026): a title cut before its last words. */
function joinTitleEnd(text: string, next: string | null): string | null {
  if (next === null || next.length > 12 || !YEAR.test(text) || !PUBLIC.test(text)) return null;
  const joined = text + cleanTitleText(next);
  return isTitle(joined) ? joined : null;
}

/** A title line without what crawlers and Markdown put before it or portals after it. */
function cleanTitleText(text: string): string {
  const bare = tidyChineseSpacing(text.replace(PREFIX, ''));
  const site = SITE_SUFFIX.exec(bare);
  return site ? site[1]! : bare;
}

function isTitle(text: string): boolean {
  return text.length <= 80 && TITLE_END.test(text.replace(/\s+/g, '')) && PUBLIC.test(text) && !CHROME.test(text);
}

function startsWithYear(text: string): boolean {
  return YEAR.exec(text)?.index === 0;
}

function isAgencyLine(text: string): boolean {
  return text.length <= 30 && !YEAR.test(text) && readAgencyName(text, { place: true }) !== null;
}

function splitTitle(title: string): TitleReading {
  const year = YEAR.exec(title);
  if (!year) {
    const pub = PUBLIC.exec(title);
    return { title, agency: pub ? title.slice(0, pub.index) : '', year: null };
  }
  const before = title.slice(0, year.index).trim();
  if (before !== '') return { title, agency: before, year: Number(year[1]) };
  // "2022年上海市政府信息公开工作年度报告": the body stands between the year and 政府信息公开.
  const after = title.slice(year.index + year[0].length).replace(/^度/, '');
  const pub = PUBLIC.exec(after);
  return { title, agency: pub ? after.slice(0, pub.index).trim() : '', year: Number(year[1]) };
}
