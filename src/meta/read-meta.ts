import type { Meta } from '../record/schema.js';
import type { Template } from '../record/layout.js';
import { rowTexts, type FlatRow } from '../tables/flatten.js';
import { pickAgency, readAgencyName, type AgencyCandidate } from './agency-name.js';
import { countAgency, findOpeningSubject, findSignatureAgency, readFieldAgencies, readSentenceAgencies } from './agency-sources.js';
import { findStatedTitles, type StatedTitles } from './find-title.js';
import { readHeaderFields } from './header-fields.js';

// A year the text speaks of, not the start of a span ("2019年至2021年").
const YEAR_MENTION = /((?:19|20)\d{2})\s*年(?!度?\s*[-—至到])/g;

/**
 * Title, agency and year. The title is the title line (over two lines, after a crawler's "标题:")
 * or the title a sentence states ("特编制…年度报告"); reports without one (seeds 000, 004) get their
 * year from the body, the year it speaks of most. The agency is the first of these that names a
 * body: the title's, a "发布机构"/"编制单位" field, the signature above the closing date, a report
 * title quoted in the text, "由…编制" / "请与…联系", the subject of the narrative's first sentence
 * ("2022年,国家新闻出版署坚持…"), the government the narrative names most. A name
 * spam had to be cut out of is taken only when no source gives a clean one (corpus 010). The
 * publication date and the page's address come from a header block or the page's metadata.
 */
export function readMeta(rows: readonly FlatRow[], bodyStart: number): Omit<Meta, 'template'> & { inferred: boolean } {
  const stated = findStatedTitles(rows, bodyStart);
  const fromTitle = stated.title?.agency ? readAgencyName(stated.title.agency, { place: true }) : null;
  const agency = pickAgency(agencyCandidates(rows, stated, fromTitle));
  const titleYear = stated.title?.year ?? null;
  const { published, url } = readHeaderFields(rows);
  return {
    title: stated.title?.title ?? null,
    agency,
    year: titleYear ?? mostFrequentYear(rows),
    published,
    url,
    inferred: titleYear === null || agency === null || agency !== fromTitle?.name,
  };
}

export function withTemplate(meta: Omit<Meta, 'template'>, template: Template | null): Meta {
  return { title: meta.title, agency: meta.agency, year: meta.year, template, published: meta.published, url: meta.url };
}

/** Every source of the agency, best first; read only as far as the first clean name. */
function* agencyCandidates(rows: readonly FlatRow[], stated: StatedTitles, fromTitle: AgencyCandidate | null): Generator<AgencyCandidate | null> {
  yield fromTitle;
  yield* readFieldAgencies(rows);
  yield findSignatureAgency(rows);
  if (stated.quotedAgency) yield readAgencyName(stated.quotedAgency, { place: true });
  yield* readSentenceAgencies(rows);
  yield findOpeningSubject(rows);
  yield countAgency(rows);
}

function mostFrequentYear(rows: readonly FlatRow[]): number | null {
  const counts = new Map<string, number>();
  for (const row of rows.slice(0, 200)) {
    for (const text of rowTexts(row)) {
      if (!text.includes('年')) continue;
      for (const m of text.matchAll(YEAR_MENTION)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
    }
  }
  let top: string | null = null;
  let n = 0;
  for (const [key, count] of counts) if (count > n) [top, n] = [key, count];
  return top === null ? null : Number(top);
}
