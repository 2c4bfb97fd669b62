/**
 * Counts as report prose writes them: 41, 1,234, 十七, 一百二十三, 两千零五, 1.2万, 3万余. NFKC has
 * already made full-width digits ASCII.
 */

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 一百二十三 → 123, 十七 → 17, 两千零五 → 2005; null when it is not a number below 万. */
function belowWan(text: string): number | null {
  if (text === '') return null;
  let total = 0;
  let digit: number | null = null;
  let lastUnit = Infinity;
  for (const ch of text) {
    if (ch === '零' || ch === '〇') {
      // A placeholder between places (两千零五); on its own, zero.
      if (digit !== null) return null;
      continue;
    }
    if (DIGITS[ch] !== undefined) {
      if (digit !== null) return null;
      digit = DIGITS[ch]!;
      continue;
    }
    const unit = UNITS[ch];
    // Places come once each, largest first; only 十 may stand without its digit (十七).
    if (unit === undefined || unit >= lastUnit || (digit === null && !(unit === 10 && total === 0))) return null;
    total += (digit ?? 1) * unit;
    digit = null;
    lastUnit = unit;
  }
  return total + (digit ?? 0);
}

/** The value of a number as written in prose, Arabic or Chinese, with 万 and 亿; null when it is none. */
export function parseProseNumber(text: string): number | null {
  const t = text.replace(/[,，\s]/g, '');
  const m = /^(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)(万|亿)?$/.exec(t);
  if (!m) return null;
  const base = /^\d/.test(m[1]!) ? Number(m[1]) : belowWan(m[1]!.replace(/^[零〇]+(?=.)/, ''));
  if (base === null || !Number.isFinite(base)) return null;
  const scale = m[2] === '万' ? 10_000 : m[2] === '亿' ? 100_000_000 : 1;
  return Math.round(base * scale);
}

/** The pattern of such a number inside a sentence (for building the narrative patterns). */
export const PROSE_NUMBER = String.raw`(\d[\d,，]*(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)\s*(万|亿)?`;
