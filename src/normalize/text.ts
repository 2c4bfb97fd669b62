// Zero-width characters and BOMs survive copy-paste from portals and break label matching.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// Whitespace NFKC leaves alone but which is still just a space in these reports. Once these are
// plain spaces, normalized text holds no whitespace but spaces, tabs and line ends, and the hot
// paths can look for ' ' and '\t' with indexOf instead of scanning for \s (several times slower on
// Chinese text).
const ODD_SPACES = /[\u000B\u000C\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/g;

// What NFKC changes in these reports: full-width forms, ideographic space, enclosed and parenthesized
// numbers (①, ⒈), Kangxi radicals that PDFs emit for ordinary characters (⼀ for 一), compatibility
// ideographs, CJK compatibility forms and letterlike symbols.
const NEEDS_NFKC = /[\u00A0-\u00BF\u2000-\u2BFF\u2E80-\u2FDF\u3000\u3200-\u33FF\uF900-\uFAFF\uFE10-\uFE6F\uFF00-\uFFEF]/;
const NEEDS_CLEANUP = /[\u000B\u000C\u00A0\u00AD\u1680\u2000-\u200D\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF]/;
// Either of the two: one scan tells whether a line needs anything at all.
const NEEDS_ANY = new RegExp(`${NEEDS_NFKC.source}|${NEEDS_CLEANUP.source}`);
/**
 * The characters of NEEDS_CLEANUP that NFKC leaves as they are; the others it turns into spaces
 * itself, and it makes none of these out of other characters (a test checks both over the BMP).
 */
export const SURVIVES_NFKC = /[\u000B\u000C\u00AD\u1680\u200B-\u200D\u2028\u2029\u2060\uFEFF]/;

// The CJK Radicals Supplement forms some PDFs' fonts map ordinary characters to (人⺠政府), which NFKC
// leaves as they are (unlike the Kangxi radicals): the simplified characters they stand for.
const RADICALS: Readonly<Record<string, string>> = {
  '⺠': '民', '⻓': '长', '⻔': '门', '⻋': '车', '⻢': '马', '⻅': '见', '⻉': '贝', '⻚': '页', '⻛': '风', '⻜': '飞',
  '⻝': '食', '⻄': '西', '⻩': '黄', '⻬': '齐', '⻰': '龙', '⻆': '角', '⻘': '青', '⻨': '麦', '⻮': '齿', '⻥': '鱼',
  '⻦': '鸟', '⻧': '卤', '⺟': '母', '⺬': '示', '⺮': '竹', '⻊': '足', '⻣': '骨', '⻤': '鬼', '⻑': '長',
};
const RADICAL = /[⺀-⻿]/;
const RADICAL_ALL = /[⺀-⻿]/g;

/**
 * Folds the variants copy-paste produces into one form: full-width digits, letters, brackets and
 * punctuation become ASCII (NFKC), invisible characters go, every other kind of whitespace becomes a
 * plain space. Tabs and line breaks are kept: they carry layout.
 *
 * `mayHoldSurvivors: false` is for a caller whose own scan of the text found nothing SURVIVES_NFKC
 * matches: the scan for what is left to clean up after NFKC, a pass over the whole text, is skipped.
 */
export function normalizeText(text: string, mayHoldSurvivors = true): string {
  // NFKC is the costliest step of reading a text file; most lines hold nothing it would change.
  if (!NEEDS_ANY.test(text)) return text;
  const nfkc = NEEDS_NFKC.test(text) ? text.normalize('NFKC') : text;
  const folded = RADICAL.test(nfkc) ? nfkc.replace(RADICAL_ALL, (r) => RADICALS[r] ?? r) : nfkc;
  return mayHoldSurvivors && NEEDS_CLEANUP.test(folded) ? folded.replace(INVISIBLE, '').replace(ODD_SPACES, ' ') : folded;
}

/**
 * Splits text at CRLF, CR and LF. Splitting at one string is three times faster than at a regex
 * alternation; most files use one kind of line end throughout.
 */
export function splitLines(text: string): string[] {
  if (!text.includes('\r')) return text.split('\n');
  if (!LONE_CR_OR_LF.test(text)) return text.split('\r\n');
  return text.split(/\r\n|\r|\n/);
}
const LONE_CR_OR_LF = /\r(?!\n)|(?<!\r)\n/;

/** A cell's text with its edges trimmed and inner runs of spaces folded to one. */
export function normalizeCell(text: string): string {
  return foldSpaces(normalizeText(text));
}

/** Trims and folds runs of whitespace in text that is already normalized (spaces and tabs only). */
export function foldSpaces(text: string): string {
  const fold = text.includes('  ') || text.includes('\t') || text.includes('\n') || text.includes('\r');
  return fold ? text.replace(/\s+/g, ' ').trim() : text.trim();
}

/** What `\s` matches in a regular expression, by character code. */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The form labels are compared in: no whitespace at all ("结果 维持" = "结果维持"). */
export function compactLabel(text: string): string {
  return normalizeText(text).replace(/\s+/g, '');
}

/** foldSpaces for normalized text with no tab nor line end in it (a cell split out of a line): spaces only. */
export function foldCellSpaces(text: string): string {
  return text.includes('  ') ? text.replace(/ {2,}/g, ' ').trim() : text.trim();
}

/** Removes all whitespace from text that is already normalized (cell text): the cheap compactLabel. */
export function squeeze(text: string): string {
  return text.includes(' ') || text.includes('\t') || text.includes('\n') || text.includes('\r') ? text.replace(/\s+/g, '') : text;
}

// Whitespace with a Chinese character or full-width punctuation on either side.
const SPACE_BY_HAN = /(?<=[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF])\s+|\s+(?=[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF])/gu;

/**
 * Drops the spaces typesetting puts around Chinese text ("夏邑县人民政府 2020 年…", as PDF tools
 * and some editors write it), so that a title reads the same whatever the format.
 */
export function tidyChineseSpacing(text: string): string {
  return text.replace(SPACE_BY_HAN, '').trim();
}
