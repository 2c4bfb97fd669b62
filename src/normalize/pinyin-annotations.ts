// Mirror sites that convert reports to Traditional characters leave the converter's pinyin behind a
// character, in brackets: "數(shù)量", "規(guī)章", "城南區(qū)" (corpus 003, 018). A bracket that holds one
// toned pinyin syllable right after a Chinese character is that garbage; no report writes one
// (its own brackets hold numerals, units, notes: "(一)", "(万元)", "(指2019年事项数)").
const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
const SYLLABLE = `[a-zü${TONED}]`;
// Brackets are ASCII here: the text is through NFKC already, which folds （） to ().
const ANNOTATION = new RegExp(`(?<=\\p{Script=Han})\\((?=${SYLLABLE}*[${TONED}])${SYLLABLE}{1,6}\\)`, 'gu');
// The same annotation cut at a line end ("部分公開(區(" where a page or a paste was cut): only in a
// text that has whole annotations, since a label wrapped after its "(" looks the same.
const CUT_ANNOTATION = new RegExp(`(?<=\\p{Script=Han})\\(${SYLLABLE}{0,6}$`, 'gmu');
const ANY_TONE = new RegExp(`[${TONED}]`);

/**
 * Removes the pinyin a Traditional-Chinese conversion inserted after characters ("數(shù)" → "數"),
 * and one such annotation cut off at a line end. Text without a toned vowel is returned as it is.
 */
export function stripPinyinAnnotations(text: string): string {
  if (!ANY_TONE.test(text)) return text;
  const stripped = text.replace(ANNOTATION, '');
  return stripped === text ? text : stripped.replace(CUT_ANNOTATION, '');
}
