import type { Meta } from '../record/schema.js';
import type { Template } from '../record/layout.js';
import { compactLabel, tidyChineseSpacing } from '../normalize/text.js';
import { rowTexts, soleText, type FlatRow } from '../tables/flatten.js';

const TITLE = /(年度报告|工作报告|年报)$/;
const YEAR = /((?:19|20)\d{2})\s*年/;
// A year the text speaks of, not the start of a span ("2019年至2021年").
const YEAR_MENTION = /((?:19|20)\d{2})\s*年(?!度?\s*[-—至到])/g;
// A place name before 人民政府: "延津县人民政府", "洛阳市汝阳县人民政府".
const GOVERNMENT = /(\p{Script=Han}{2,12}?(?:自治州|自治县|自治旗|省|市|县|区|旗|州|盟|镇|乡|街道))人民政府/gu;
// Words that stand before a place name in running text and are not part of it.
const LEADING_WORDS = /^(?:[在对向由经将把和与及为以了是从按据于至等其该本我全各原新]|按照|根据|关于|通过|组织|依托|结合)+/u;

/**
 * Title, agency and year from the title line; reports without one (seeds 000, 004) get agency and
 * year from the body: the government it names most and the year it speaks of most.
 */
export function readMeta(rows: readonly FlatRow[], bodyStart: number): Omit<Meta, 'template'> & { inferred: boolean } {
  const title = findTitle(rows, bodyStart);
  if (title) {
    const year = YEAR.exec(title);
    const agency = year ? title.slice(0, year.index).trim() : null;
    return { title, agency: agency || mostFrequentAgency(rows), year: year ? Number(year[1]) : mostFrequentYear(rows), inferred: !year || !agency };
  }
  return { title: null, agency: mostFrequentAgency(rows), year: mostFrequentYear(rows), inferred: true };
}

export function withTemplate(meta: Omit<Meta, 'template'>, template: Template | null): Meta {
  return { title: meta.title, agency: meta.agency, year: meta.year, template };
}

function findTitle(rows: readonly FlatRow[], bodyStart: number): string | null {
  for (let i = 0; i < Math.min(bodyStart, rows.length); i++) {
    const sole = soleText(rows[i]!);
    if (sole === null) continue;
    const text = tidyChineseSpacing(sole);
    if (text.length <= 80 && TITLE.test(compactLabel(text)) && /政府信息公开|政务公开|信息公开/.test(text)) return text;
  }
  return null;
}

function mostFrequentAgency(rows: readonly FlatRow[]): string | null {
  const counts = new Map<string, number>();
  for (const row of rows) {
    for (const text of rowTexts(row)) {
      if (!text.includes('人民政府')) continue;
      for (const m of text.matchAll(GOVERNMENT)) {
        const place = m[1]!.replace(LEADING_WORDS, '');
        if (place.length < 2 || /^[省市县区]/.test(place)) continue;
        const name = `${place}人民政府`;
        counts.set(name, (counts.get(name) ?? 0) + 1);
      }
    }
  }
  return best(counts);
}

function mostFrequentYear(rows: readonly FlatRow[]): number | null {
  const counts = new Map<string, number>();
  for (const row of rows.slice(0, 200)) {
    for (const text of rowTexts(row)) {
      if (!text.includes('年')) continue;
      for (const m of text.matchAll(YEAR_MENTION)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
    }
  }
  const year = best(counts);
  return year === null ? null : Number(year);
}

/** The most frequent key; the first seen wins a tie. */
function best(counts: Map<string, number>): string | null {
  let top: string | null = null;
  let n = 0;
  for (const [key, count] of counts) if (count > n) [top, n] = [key, count];
  return top;
}
