/**
 * The six headings as the statutory format words them, with the variants real reports use and
 * reviewers accept (存在的主要问题及整改措施, 其他事项, 基本情况 …), compared on the heading's text
 * without its numeral, spaces or punctuation.
 */
export const STATUTORY_HEADINGS: readonly { number: number; zh: string; accepts: RegExp }[] = [
  { number: 1, zh: '总体情况', accepts: /^(本年度)?(政府信息公开)?(工作)?(的)?(总体|基本)(情况)?(概况|概述|情况)?$|^概述$/ },
  { number: 2, zh: '主动公开政府信息情况', accepts: /^(行政机关)?主动公开政府信息(工作)?(的)?(情况)?$/ },
  { number: 3, zh: '收到和处理政府信息公开申请情况', accepts: /^收到(和|及|与)处理政府信息公开申请(的)?(情况)?$/ },
  { number: 4, zh: '政府信息公开行政复议、行政诉讼情况', accepts: /^(因)?政府信息公开(工作)?(被申请)?行政复议(和|及|与)?(提起)?行政诉讼(的)?(情况)?$/ },
  { number: 5, zh: '存在的主要问题及改进情况', accepts: /^(政府信息公开工作)?(存在(的)?)?(主要)?问题(及|和|与)(改进|整改)(情况|措施|举措)?$/ },
  { number: 6, zh: '其他需要报告的事项', accepts: /^其[他它](需要报告(的)?)?事项$/ },
];

const NUMERALS = '一二三四五六七八九十';
const NUMBER_PREFIX = /^(?:第([一二三四五六七八九十])部分|([一二三四五六七八九十])[、.．,，]|\(([一二三四五六七八九十])\))/;

/** A heading's numeral (一 → 1) and its words without it, spaces and punctuation. */
export function headingParts(text: string): { numeral: number | null; words: string } {
  const compact = text.replace(/[\s\u3000]/g, '').replace(/（/g, '(').replace(/）/g, ')');
  const m = NUMBER_PREFIX.exec(compact);
  const numeral = m ? NUMERALS.indexOf((m[1] ?? m[2] ?? m[3])!) + 1 : null;
  const words = (m ? compact.slice(m[0].length) : compact).replace(/[、，,。.．:：;；"“”]/g, '');
  return { numeral, words };
}

/** The section a heading's words name in an accepted wording, or null. */
export function statutoryTopic(words: string): number | null {
  return STATUTORY_HEADINGS.find((h) => h.accepts.test(words))?.number ?? null;
}
