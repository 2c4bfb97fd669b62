import { createRequire } from 'node:module';
import type { ConverterFunction } from 'opencc-js/core';
import { stripPinyinAnnotations } from './pinyin-annotations.js';

// Mirror sites republish reports converted to Traditional characters (corpus 003, 018); every label
// the tables look for is Simplified. This list only *detects* such a text: frequent characters of
// these reports that exist in Traditional writing alone (the conversion is OpenCC's, below). A test
// checks that OpenCC changes each of them and that no Simplified fixture holds any (exported for it).
export const TRADITIONAL_ONLY =
  '開關國會數縣區鎮處總請辦務實統計結轉與業機構為說這個時發過還進動現項規範許導門網報條訊資議訴復決強費採購額萬級積極員們對應經當從問點無長後衛環創質準則體況題類據參戶優續價編維護確認際權織專內單書歸聯監嚴廳設審預職責舉頁';
// Characters every converted report has, in its prose and in its tables (政府信息公開, 中華人民共和國,
// 數量, 規章, 總計): a string search for each takes 0.3–0.5 µs on a report, one scan with a class of all the
// characters above 20 µs, which every Simplified report would pay.
const ANCHORS = ['開', '國', '數', '規', '總'];
const EACH_TRADITIONAL = new RegExp(`[${TRADITIONAL_ONLY}]`, 'g');
const HAN = /\p{Script=Han}/gu;

// The decision is taken on the head of the text: a report is converted whole or not at all, and its
// first pages (title, section 一) are prose full of these characters.
const SAMPLE = 4096;
// A Simplified report may name a place or quote a title in Traditional characters; a converted one
// has them in a quarter or more of its characters (003: 28%, 018: 26%).
const MIN_HITS = 3;
const MIN_SHARE = 0.05;

/** True when the text is written in Traditional characters (decided on its first 4,096 characters). */
export function looksTraditional(text: string): boolean {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  // Searches that find nothing settle an ordinary report; the counting is for the rare rest.
  if (!ANCHORS.some((c) => sample.includes(c))) return false;
  const hits = sample.match(EACH_TRADITIONAL)?.length ?? 0;
  if (hits < MIN_HITS) return false;
  return hits >= MIN_SHARE * (sample.match(HAN)?.length ?? 0);
}

/**
 * Folds a report converted to Traditional characters back to the characters the tables are matched
 * in: drops the converter's pinyin annotations, then turns Traditional characters into Simplified
 * ones (OpenCC t2s, phrase by phrase). Any other text comes back as it is, without loading OpenCC.
 *
 * The pinyin is looked for only in Traditional text: the conversion that makes a text Traditional is
 * what inserts it, and even the cheapest search for a toned vowel costs a Simplified report 5 µs.
 */
export function foldTraditional(text: string): string {
  return looksTraditional(text) ? toSimplified(stripPinyinAnnotations(text)) : text;
}

let t2s: ConverterFunction | undefined;

/**
 * OpenCC's Traditional → Simplified, loaded on first use: 5–7 ms to load and 17–25 ms to build its
 * dictionaries, which no Simplified report should pay. Required, not imported, so that the readers that
 * fold stay synchronous (decodeTextFile); the package's CommonJS build is the same code as its ES one.
 */
function toSimplified(text: string): string {
  const convert = (t2s ??= (createRequire(import.meta.url)('opencc-js/t2cn') as typeof import('opencc-js/t2cn')).Converter({ from: 't', to: 'cn' }));
  return convert(text);
}
