import type { SectionRef } from '../record/schema.js';
import { squeeze, tidyChineseSpacing } from '../normalize/text.js';
import { soleText, type FlatRow } from '../tables/flatten.js';
import { packedMap } from '../packed-map.js';

export interface SplitSections {
  sections: SectionRef[];
  /** For every row, the number of the section it stands in (0 before the first heading). */
  rowSection: number[];
  /** Index of the first heading row, or rows.length when none was found. */
  bodyStart: number;
}

const NUMERALS = '一二三四五六';
// "一、", "一.", "第一部分", and "(一)" — the last also numbers sub-points, so it counts for less.
const NUMBERED = /^(?:第([一二三四五六])部分[、.,:]?|([一二三四五六])[、.,]|\(([一二三四五六])\))/;

/** What each section's heading says, in the forms real reports use. */
const KEYWORDS: Record<number, RegExp> = {
  1: /总体情况|概述|概况|基本情况/,
  2: /主动公开/,
  3: /收到和处理|依申请公开|申请情况/,
  4: /行政复议|行政诉讼/,
  5: /问题|改进/,
  6: /其[他它]需要报告|其[他它]事项/,
};

/** The statutory wording (short and long forms); a match outranks a sub-point that merely shares a keyword. */
const CANONICAL: Record<number, RegExp> = {
  1: /^(总体情况|概述|总体概况)$/,
  2: /^(行政机关)?主动公开政府信息(的)?情况$/,
  3: /^收到和处理政府信息公开申请(的)?情况$/,
  4: /^(因)?政府信息公开(工作)?(被申请)?行政复议[、和及]?(提起)?行政诉讼(的)?情况$/,
  5: /^(政府信息公开工作)?存在(的)?(主要)?问题(及|和)改进情况$/,
  6: /^其[他它]需要报告(的)?事项$/,
};

interface Candidate {
  number: number;
  row: number;
  score: number;
  /** The heading cell's text, tidied only once chosen. */
  text: string;
}

/**
 * Finds the six statutory headings. A heading is a short row of one cell whose text says what the
 * section is about; the numeral alone is not enough, because reports number their own sub-points
 * with the same numerals (seed 000: "三、开展延津县基层…" inside section 一) and the request table's
 * row labels start with 一、 二、 三、 四、. Seed 000 also drops the numeral of its first heading.
 */
export function splitSections(rows: readonly FlatRow[]): SplitSections {
  const candidates: Candidate[] = [];
  rows.forEach((row, index) => {
    const text = soleText(row);
    if (text === null) return;
    const compact = squeeze(text);
    if (compact.length > 40) return;
    const numbered = NUMBERED.exec(compact);
    if (numbered) {
      const number = NUMERALS.indexOf((numbered[1] ?? numbered[2] ?? numbered[3])!) + 1;
      const rest = compact.slice(numbered[0].length);
      const canonical = CANONICAL[number]!.test(rest);
      if (numbered[3]) {
        if (canonical) candidates.push({ number, row: index, text, score: 1 });
      } else if (KEYWORDS[number]!.test(rest)) candidates.push({ number, row: index, text, score: 1 + (canonical ? 2 : 0) });
      return;
    }
    for (let number = 1; number <= 6; number++) {
      if (CANONICAL[number]!.test(compact)) candidates.push({ number, row: index, text, score: 2 });
    }
  });

  const chosen: Candidate[] = [];
  let after = -1;
  for (let number = 1; number <= 6; number++) {
    let best: Candidate | undefined;
    for (const c of candidates) {
      if (c.number === number && c.row > after && (!best || c.score > best.score)) best = c;
    }
    if (best) {
      chosen.push(best);
      after = best.row;
    }
  }

  const rowSection = new Array<number>(rows.length).fill(0);
  chosen.forEach((c, i) => {
    const end = chosen[i + 1]?.row ?? rows.length;
    for (let r = c.row; r < end; r++) rowSection[r] = c.number;
  });
  const sections = packedMap(chosen, (c): SectionRef => {
    const row = rows[c.row]!;
    return { number: c.number, heading: tidyChineseSpacing(c.text), line: row.line, ...(row.page !== undefined && { page: row.page }) };
  });
  return { sections, rowSection, bodyStart: chosen[0]?.row ?? rows.length };
}
