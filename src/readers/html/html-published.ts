import type { PublishedDate } from '../../types.js';
import { findDate } from '../../normalize/dates.js';

// The names portals' CMSs give their publication time (TRS's PubDate, Hanweb's publishdate …).
const NAMES = /^(pubdate|publishdate|publishtime|firstpublishedtime|article:published_time|dc\.date\.issued|dcterms\.issued|createdate)$/i;

// The page's own publication line ("发布时间：2021-01-29"), which portals print above the article,
// often outside the block the reader takes for the report.
const PAGE_LINE = /(?:发布时间|发布日期)\s*(?:<[^>]*>\s*)*[:：]\s*(?:<[^>]*>\s*)*([^<]{6,24})/;

/**
 * The publication date the page states: its publication line anywhere in the page, else its <meta>
 * tags (they stand in <head>), read from the raw source.
 */
export function publishedOnPage(html: string): PublishedDate | null {
  const line = PAGE_LINE.exec(html);
  const onPage = line ? findDate(line[1]!) : null;
  if (onPage) return { date: onPage, source: 'header' };
  const head = html.indexOf('</head>');
  for (const tag of (head === -1 ? html : html.slice(0, head)).matchAll(/<meta\b[^>]*>/gi)) {
    const name = /\b(?:name|property|itemprop)\s*=\s*["']?([\w:.-]+)/i.exec(tag[0])?.[1];
    if (!name || !NAMES.test(name)) continue;
    const content = /\bcontent\s*=\s*["']([^"']*)["']/i.exec(tag[0])?.[1];
    const date = content === undefined ? null : findDate(content);
    if (date) return { date, source: 'html-meta' };
  }
  return null;
}
