import { editDistance } from '../tables/match-label.js';

/**
 * A body's reports as one series: the agency named one way whatever the file says
 * (夏邑县政府 / 夏邑县人民政府 / 商丘市夏邑县人民政府; 县政府办公室 / 县人民政府办公厅), names one
 * character apart taken as one body when they are long enough to make a slip likely (an OCR's 夏邑县人民政俯),
 * and a user's map for the names no rule can join. Each decision is kept, so that a user can see why
 * two files were or were not taken as one body.
 */

export interface SeriesEntry {
  path: string;
  agency: string | null;
  year: number | null;
}

export interface Series {
  /** The name the series goes by: its most frequent normalised name. */
  body: string;
  reports: { year: number | null; path: string; agency: string | null }[];
  /** How the names came together: the map, a normalisation, a one-character difference. */
  joined: { name: string; how: 'map' | 'normalised' | 'similar'; into: string }[];
}

// A leading province or city before the body's own unit: 河南省商丘市夏邑县人民政府 is 夏邑县人民政府.
const PREFIX = /^[\u4e00-\u9fff]{2,7}?(省|自治区|市)(?=[\u4e00-\u9fff]{2,}(市|县|区|旗|州|盟|镇|乡))/;

/** The agency's name in one form: no spaces, 政府 as 人民政府, 办公厅 as 办公室, the province or city before a county dropped. */
export function normaliseAgency(name: string): string {
  let n = name.normalize('NFKC').replace(/\s/g, '');
  n = n.replace(/(?<!人民)政府(?=办公室|办公厅|$)/, '人民政府').replace(/人民政府办公厅$/, '人民政府办公室');
  for (let i = 0; i < 2 && PREFIX.test(n); i++) n = n.replace(PREFIX, '');
  // A title's bare place (上海市2022年…) is the place's government.
  return /^[\u4e00-\u9fff]{1,10}(省|自治区|市|县|区|旗|州|盟)$/.test(n) ? `${n}人民政府` : n;
}

// Names shorter than this are too close to each other to join by one character (审计局 and 统计局).
const SIMILAR_MIN = 6;
// The place a name starts with: two places one character apart are two bodies (夏邑县, 夏津县), never a slip.
const PLACE = /^.*?(省|自治区|市|县|区|旗|州|盟|镇|乡)/;

/** Two names one character apart in the body's own words, their place the same: a slip (政府 read 政俯). */
function slipOf(a: string, b: string): boolean {
  if (a.length < SIMILAR_MIN || b.length < SIMILAR_MIN) return false;
  const place = PLACE.exec(a)?.[0];
  return place !== undefined && b.startsWith(place) && editDistance(a, b, 1) <= 1;
}

export function groupSeries(entries: readonly SeriesEntry[], map: Readonly<Record<string, string>> = {}): Series[] {
  const joined = new Map<string, Series['joined']>();
  const note = (key: string, item: Series['joined'][number]) => void (joined.get(key) ?? joined.set(key, []).get(key)!).push(item);
  // 1. The user's map, then the normalised form.
  const keyOf = new Map<string, string>();
  for (const e of entries) {
    if (e.agency === null || keyOf.has(e.agency)) continue;
    const mapped = map[e.agency];
    const key = normaliseAgency(mapped ?? e.agency);
    keyOf.set(e.agency, key);
    if (mapped !== undefined) note(key, { name: e.agency, how: 'map', into: key });
    else if (key !== e.agency) note(key, { name: e.agency, how: 'normalised', into: key });
  }
  // 2. Names one character apart join the more frequent one.
  const count = new Map<string, number>();
  for (const e of entries) if (e.agency !== null) count.set(keyOf.get(e.agency)!, (count.get(keyOf.get(e.agency)!) ?? 0) + 1);
  const keys = [...count.keys()].sort((a, b) => count.get(b)! - count.get(a)! || (a < b ? -1 : 1));
  const into = new Map<string, string>();
  for (const [i, key] of keys.entries()) {
    const target = keys.slice(0, i).find((k) => !into.has(k) && slipOf(k, key));
    if (target) {
      into.set(key, target);
      note(target, { name: key, how: 'similar', into: target });
    }
  }
  const bodyOf = (agency: string | null) => {
    if (agency === null) return null;
    const key = keyOf.get(agency)!;
    return into.get(key) ?? key;
  };
  const series = new Map<string, Series>();
  const unknown: Series['reports'] = [];
  for (const e of entries) {
    const body = bodyOf(e.agency);
    const report = { year: e.year, path: e.path, agency: e.agency };
    if (body === null) {
      unknown.push(report);
      continue;
    }
    (series.get(body) ?? series.set(body, { body, reports: [], joined: joined.get(body) ?? [] }).get(body)!).reports.push(report);
  }
  const out = [...series.values()];
  for (const s of out) s.reports.sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || (a.path < b.path ? -1 : 1));
  out.sort((a, b) => (a.body < b.body ? -1 : 1));
  // Reports whose body was not found stand alone, each a series of one.
  return [...out, ...unknown.map((r) => ({ body: '', reports: [r], joined: [] }))];
}
