import { tidyChineseSpacing } from '../normalize/text.js';

/** A name as one source gives it; `polluted` when injected spam had to be cut out of it first. */
export interface AgencyCandidate {
  name: string;
  polluted: boolean;
}

// Words spam mirrors inject into the pages they copy; no government body's name holds one
// (corpus 010: "新葡京博彩官网区人民政府北京街道办事处").
const SPAM = /博彩|官网|娱乐|彩票|赌|棋牌|投注|下注|葡京|百家乐|六合彩|时时彩|老虎机|真人|威尼斯人|开户|注册送|彩金|澳门/gu;
// What is left of "XX区人民政府" once spam took the place name: a level with no place.
const PLACELESS_GOVERNMENT = /^(?:自治[州县旗]|[省市县区州旗盟镇乡])(?:人民)?政府/u;
// Pinyin that mirror sites' Traditional-Chinese conversion leaves after a character: "鳳凰鎮(zhèn)" (corpus 003, 018).
const PINYIN_JUNK = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,8}\)/gu;
// Lead-ins of a sentence that states the title: "特编制…", "现公布…", "现将…予以公开" (corpus 008, 015, 020, 023).
// Only these compounds are cut wherever they stand: a bare 编制 is part of names (机构编制委员会办公室).
const LEAD_IN = /^.*?(?:特编制|现编制|特此公布|特公布|现公布|现予公布|特向社会公布|向社会公布|现发布|特发布|现印发|现将|特将|兹将|现把|现就)/u;
const LEAD_VERB = /^(?:(?:根据|按照|依据|依照)\p{Script=Han}*?(?:规定|要求|精神|部署)(?:编制|公布|发布|印发)?|(?:编制|公布|发布|印发|报送|呈报|形成|制定|撰写))了?/u;
// After the name: "XX县人民政府关于2023年…", "XX县财政局编制了2023年…".
const TRAILING = /(?:关于|的|(?:特此|特|现|已)?(?:编制|编写|制定|形成|发布|公布|印发)(?:完成)?了?)$/u;
// The body speaking of itself ("我局", "本镇", "本级", "我县政务公开办"): no name, however often it is said.
const SELF = /^(?:本|我|该|全)(?:镇|乡|街道|街|局|委|办|区|县|市|省|州|旗|单位|机关|部门|级|厅|署|院|中心|公司|委员会|办公室)?(?:人民政府|政府)?$/u;
const SELF_PREFIX = /^(?:本|我|该)(?:镇|乡|街道|局|委|办|区|县|市|省|州|旗|单位|机关|部门|级)/u;
// How the name of a government body ends.
const BODY_SUFFIX = /(?:政府|办公室|办公厅|局|委员会|委|署|中心|办事处|街道|厅|院|所|部|会|处|站|队|馆|公司|集团|社|电视台|办|管委|工委)$/u;
// Words ending as a body's name ends that name none: "政府网站", "工作平台", "新闻发布会", "社会", "督办".
const NOT_BODY = /(?:网站|平台|全部|内部|场所|之处|好处|会议|发布会|座谈会|培训会|推进会|部署会|例会|大会|社会|[举承督创交主协代帮申通好快查转领]办)$/u;
// A place alone stands for its government in a title ("合水县2024年…", "2022年上海市…").
const PLACE_SUFFIX = /(?:省|市|县|区|旗|州|盟|镇|乡)$/u;
const GENERIC_PLACE = /^(?:自治[州县旗]|设区的市|[省市县区旗州盟镇乡])$/u;
// "市政府", "县人民政府办公室": a level with no place names no one body.
const GENERIC_BODY = /^(?:自治[州县旗]|[省市县区州旗盟镇乡])(?:人民)?政府(?:办公室|办公厅)?$/u;
const HAN_ONLY = /^\p{Script=Han}+$/u;

/**
 * The agency a source's raw text names, or null: lead-ins and pinyin junk cut, spam cut out (the
 * candidate is then `polluted`), and the rest kept only if it is a name — Chinese characters only,
 * ending as a body's name ends (or, with `place`, as a place name), not the body speaking of itself.
 */
export function readAgencyName(raw: string, options: { place?: boolean } = {}): AgencyCandidate | null {
  let name = tidyChineseSpacing(raw.includes('(') ? raw.replace(PINYIN_JUNK, '') : raw);
  name = cutLeadIn(name).replace(TRAILING, '');
  let polluted = false;
  SPAM.lastIndex = 0;
  if (SPAM.test(name)) {
    polluted = true;
    let end = 0;
    for (const m of name.matchAll(SPAM)) end = m.index + m[0].length;
    name = name.slice(end).replace(PLACELESS_GOVERNMENT, '');
  }
  return isAgencyName(name, options.place === true) ? { name, polluted } : null;
}

/** Text before a body's name in a sentence stating the title: "特编制", "现公布", "根据…规定". */
export function cutLeadIn(text: string): string {
  return text.replace(LEAD_IN, '').replace(LEAD_VERB, '');
}

function isAgencyName(name: string, place: boolean): boolean {
  if (name.length < 2 || name.length > 40 || !HAN_ONLY.test(name) || name.includes('的')) return false;
  if (SELF.test(name) || SELF_PREFIX.test(name) || GENERIC_BODY.test(name)) return false;
  if (BODY_SUFFIX.test(name)) return !NOT_BODY.test(name);
  return place && PLACE_SUFFIX.test(name) && !GENERIC_PLACE.test(name);
}

/** The first candidate no spam had to be cut from; else the first one at all. */
export function pickAgency(candidates: Iterable<AgencyCandidate | null>): string | null {
  let fallback: string | null = null;
  for (const c of candidates) {
    if (!c) continue;
    if (!c.polluted) return c.name;
    fallback ??= c.name;
  }
  return fallback;
}
