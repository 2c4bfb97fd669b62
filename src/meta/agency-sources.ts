import { squeeze } from '../normalize/text.js';
import { rowTexts, soleText, type FlatRow } from '../tables/flatten.js';
import { readAgencyName, type AgencyCandidate } from './agency-name.js';

// The sources below read the first and the last rows only: readMeta runs on every report of a
// batch, and what names the body stands in the page chrome, the preamble or the signature.
const HEAD_ROWS = 40;
const TAIL_ROWS = 12;
// "由…编制" and "请与…联系" stand in the preamble, or at the end.
const SENTENCE_ROWS = 12;
// The body count reads this much text at each end (a PDF breaks the same text into more rows).
const COUNT_HEAD_CHARS = 8000;
const COUNT_TAIL_CHARS = 3000;

// A crawler's header block ("发布机构: 平潭县人民政府", corpus 001) or a portal's metadata table.
const FIELD_NAMES = '发布机构|发布单位|发布机关|编制单位|编制机关|发文机关|制发机关';
const FIELD = new RegExp(`(?:${FIELD_NAMES})\\s*[:：]\\s*([^\\s|:：,，;；]{2,40})`, 'u');
const FIELD_LABEL = new RegExp(`^(?:${FIELD_NAMES})\\s*[:：]?$`, 'u');
const FIELD_LINE_CHARS = 160;
// The date under the signature: "2024年1月20日", "2024-01-20".
const DATE = /^(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|[-./]\d{1,2}[-./]\d{1,2})$/;
const SIGNED_DATE = /^(.{2,30}?)\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/u;
// "本年度报告由周湾镇人民政府编制" (corpus 005).
// Read from each 由 (sticky): the regex run over the whole row would try every start in it.
const COMPILED_BY = /(\p{Script=Han}{2,40}?)(?:负责|牵头|组织)?(?:编制|根据|依据|按照|依照|起草|汇总)/uy;
// "请与衢州市衢江区湖南镇政府综合督考办公室联系" (corpus 004; 003 in Traditional characters, with pinyin junk).
const CONTACT = /[请請][与與]([\p{Script=Han}()a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{2,50}?)[联聯][系繫]/gu;
const CONTACT_START = /[请請][与與]/u;
// The body in a contact: the name up to its first body suffix, before the office that answers.
const CONTACT_BODY = /^.*?(?:人民政府|[镇乡鎮县縣区區市]政府|街道办事处|街道辦事處|局|委员会|委員會|署|厅|廳)/u;
// The subject of the narrative's first sentence: "2022年,国家新闻出版署坚持…" (corpus 014), "2019年,县城南区
// 工委、管委高度重视…" (018), past a "在…领导下," clause (010).
const OPENING_SUBJECT = /^\s*(?:19|20)\d{2}\s*年(?:度|以来)?\s*[,，]\s*(?:在[^,，。]{2,30}?下\s*[,，]\s*)?([^,，。;；、:：\s《》“”()]{2,40}?)(?:、[^,，。\s]{1,10}?)?(?:坚持|认真|深入|高度重视|严格|紧紧围绕|围绕|全面|始终|积极|进一步|不断|持续|切实|扎实|着力|聚焦|贯彻|落实|以|按照|依据|根据|主动|大力|共)/u;
// A place name before 人民政府: "延津县人民政府", "洛阳市汝阳县人民政府", "富县人民政府"; then the 街道 a district's
// government holds, whose own name it is ("广州市荔湾区人民政府南源街道办事处").
const GOVERNMENT = /(\p{Script=Han}{1,12}?(?:自治州|自治县|自治旗|省|市|县|区|旗|州|盟|镇|乡|街道))人民政府(\p{Script=Han}{2,8}?街道办事处)?/u;
const PLACE_CHARS = 15;
const STREET_CHARS = 13;
// Words that stand before a place name in running text and are not part of it.
const LEADING_WORDS = /^(?:[在对向由经将把和与及为以了是从按据于至等其该本我全各原新]|按照|根据|关于|通过|组织|依托|结合)+/u;
// Words no place name holds: the place starts after the last of them ("全县各部门按照富县人民政府").
const BEFORE_PLACE = /^.*(?:的|了|按照|根据|依照|依据|关于|通过|部门|单位|配合|会同)/u;

/** "发布机构: …", "编制单位: …" in the first and last rows, in that order; a label cell takes the next cell. */
export function* readFieldAgencies(rows: readonly FlatRow[]): Generator<AgencyCandidate | null> {
  for (let r = 0; r < rows.length; r = nextEndRow(r, rows.length, HEAD_ROWS)) {
    const cells = rows[r]!.cells;
    for (let i = 0; i < cells.length; i++) {
      const text = cells[i]!.text;
      // Fields are short lines; a paragraph that says 发布机构 is not one.
      if (text.length > FIELD_LINE_CHARS || cells[i]!.merged || (!text.includes('机构') && !text.includes('单位') && !text.includes('机关'))) continue;
      const m = FIELD.exec(text);
      if (m) yield readAgencyName(m[1]!, { place: true });
      else if (FIELD_LABEL.test(text)) {
        const value = cells.slice(i + 1).find((c) => !c.merged && c.text !== '');
        if (value) yield readAgencyName(value.text, { place: true });
      }
    }
  }
}

/** The body's name signed at the end of the report, above or beside its date. */
export function findSignatureAgency(rows: readonly FlatRow[]): AgencyCandidate | null {
  for (let j = rows.length - 1; j >= Math.max(0, rows.length - TAIL_ROWS); j--) {
    const text = soleText(rows[j]!);
    if (text === null || text.length > 40 || (!text.includes('年') && !text.includes('-') && !text.includes('.'))) continue;
    const date = squeeze(text);
    if (DATE.test(date)) {
      for (let k = j - 1; k >= Math.max(0, j - 2); k--) {
        const above = soleText(rows[k]!);
        if (above === null || above.length > 30) continue;
        const name = readAgencyName(above);
        if (name) return name;
      }
      continue;
    }
    const signed = SIGNED_DATE.exec(text);
    if (signed) {
      const name = readAgencyName(signed[1]!);
      if (name) return name;
    }
  }
  return null;
}

/** "由…编制" and "请与…联系" in the first and last rows. */
export function* readSentenceAgencies(rows: readonly FlatRow[]): Generator<AgencyCandidate | null> {
  for (let r = 0; r < rows.length; r = nextEndRow(r, rows.length, SENTENCE_ROWS)) {
    for (const { text, merged } of rows[r]!.cells) {
      if (merged || text === '') continue;
      for (let at = text.indexOf('由'); at !== -1; at = text.indexOf('由', at + 1)) {
        COMPILED_BY.lastIndex = at + 1;
        const m = COMPILED_BY.exec(text);
        if (m) yield readAgencyName(m[1]!);
      }
      if (CONTACT_START.test(text)) {
        for (const m of text.matchAll(CONTACT)) {
          const body = CONTACT_BODY.exec(m[1]!);
          if (body) yield readAgencyName(body[0]);
        }
      }
    }
  }
}

/** The body the first sentence of a paragraph speaks of, in the first rows. */
export function findOpeningSubject(rows: readonly FlatRow[]): AgencyCandidate | null {
  const end = Math.min(rows.length, HEAD_ROWS);
  for (let i = 0; i < end; i++) {
    const text = soleText(rows[i]!);
    if (text === null || !text.includes('年')) continue;
    const m = OPENING_SUBJECT.exec(text);
    const name = m ? readAgencyName(m[1]!) : null;
    if (name) return name;
  }
  return null;
}

/**
 * The government the narrative names most, for reports with no title nor other source (seeds 000,
 * 004); table rows are not read: their labels name governments in general ("设区的市、自治州人民政府规章").
 */
export function countAgency(rows: readonly FlatRow[]): AgencyCandidate | null {
  const counts = new Map<string, { candidate: AgencyCandidate; count: number }>();
  for (const row of countedRows(rows)) {
    if (row.table !== null) continue;
    for (const text of rowTexts(row)) {
      for (const name of governmentsNamed(text)) {
        const candidate = readAgencyName(name);
        if (!candidate) continue;
        const entry = counts.get(candidate.name);
        if (entry) entry.count++;
        else counts.set(candidate.name, { candidate, count: 1 });
      }
    }
  }
  // The most frequent; the first seen wins a tie.
  let top: { candidate: AgencyCandidate; count: number } | null = null;
  for (const entry of counts.values()) if (!top || entry.count > top.count) top = entry;
  return top?.candidate ?? null;
}

/**
 * "延津县人民政府", "广州市荔湾区人民政府南源街道办事处" as the text names them, found from each 人民政府:
 * GOVERNMENT run over the whole text would try every start in it.
 */
function* governmentsNamed(text: string): Generator<string> {
  let from = 0;
  for (let at = text.indexOf('人民政府'); at !== -1; at = text.indexOf('人民政府', at + 4)) {
    const start = Math.max(from, at - PLACE_CHARS);
    const m = GOVERNMENT.exec(text.slice(start, at + 4 + STREET_CHARS));
    if (!m || start + m.index + m[1]!.length !== at) continue;
    from = start + m.index + m[0].length;
    const place = m[1]!.replace(BEFORE_PLACE, '').replace(LEADING_WORDS, '');
    if (place.length < 2 || /^[省市县区]/.test(place)) continue;
    yield `${place}人民政府${m[2] ?? ''}`;
  }
}

/** The row after `r` among the first `head` rows and the last TAIL_ROWS. */
function nextEndRow(r: number, length: number, head: number): number {
  return r + 1 === head ? Math.max(head, length - TAIL_ROWS) : r + 1;
}

function* countedRows(rows: readonly FlatRow[]): Generator<FlatRow> {
  let chars = 0;
  let head = 0;
  while (head < rows.length && chars < COUNT_HEAD_CHARS) chars += rowLength(rows[head++]!);
  for (let i = 0; i < head; i++) yield rows[i]!;
  chars = 0;
  let tail = rows.length;
  while (tail > head && chars < COUNT_TAIL_CHARS) chars += rowLength(rows[--tail]!);
  for (let i = tail; i < rows.length; i++) yield rows[i]!;
}

function rowLength(row: FlatRow): number {
  let n = 0;
  for (const c of row.cells) n += c.text.length;
  return n;
}
