/**
 * Dates as reports and their files write them, to ISO (YYYY-MM-DD): 2021-01-20, 2021/1/20,
 * 2021.01.20, 2021年1月20日, 二〇二一年一月二十日 (the signature's form), and a PDF's D:20210120….
 */

const DIGIT: Record<string, number> = { 〇: 0, 零: 0, O: 0, o: 0, Ｏ: 0, '○': 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 三十一 as a number (十二, 二十, 二十三, 三十一); null when it is not one. */
function chineseSmall(text: string): number | null {
  const m = /^([一二三]?)十([一二三四五六七八九]?)$/.exec(text);
  if (m) return (m[1] ? DIGIT[m[1]]! : 1) * 10 + (m[2] ? DIGIT[m[2]]! : 0);
  return text.length === 1 && DIGIT[text] !== undefined ? DIGIT[text]! : null;
}

function iso(year: number, month: number, day: number): string | null {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const NUMERIC = /(?<!\d)(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})(?!\d)/;
const CHINESE = /([〇○零一二三四五六七八九OoＯ]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/;
const PDF_DATE = /^D:(\d{4})(\d{2})(\d{2})/;

/** The first date the text holds, as YYYY-MM-DD; null when it holds none. */
export function findDate(text: string): string | null {
  const pdf = PDF_DATE.exec(text);
  if (pdf) return iso(Number(pdf[1]), Number(pdf[2]), Number(pdf[3]));
  const n = NUMERIC.exec(text);
  if (n) return iso(Number(n[1]), Number(n[2]), Number(n[3]));
  const c = CHINESE.exec(text);
  if (!c) return null;
  const year = Number([...c[1]!].map((ch) => DIGIT[ch]).join(''));
  const month = chineseSmall(c[2]!);
  const day = chineseSmall(c[3]!);
  return month === null || day === null ? null : iso(year, month, day);
}

const WRITTEN_DATE = String.raw`(\d{4}年\d{1,2}月\d{1,2}日|[〇○零一二三四五六七八九OoＯ]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)`;
const SIGNED = new RegExp(`^(?<body>.{0,30}?)${WRITTEN_DATE}$`);

/**
 * A signature's date: a line that is a date written out (2021年1月20日, 二〇二一年一月二十日) and
 * nothing else, or a body's name and its date on one line. The ISO form a portal prints
 * (2024-05-12, its crawl or print time) is no signature.
 */
export function signatureDate(text: string): { date: string; body: string } | null {
  const m = SIGNED.exec(text.replace(/\s/g, ''));
  const date = m ? findDate(m[2]!) : null;
  return date && m ? { date, body: m.groups!.body! } : null;
}

/** A line that is a date written out and nothing else. */
export function isDateLine(text: string): boolean {
  return signatureDate(text)?.body === '';
}
