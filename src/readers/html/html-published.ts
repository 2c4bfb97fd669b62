import type { PublishedDate } from '../../types.js';
import { findDate } from '../../normalize/dates.js';

// The names portals' CMSs give their publication time (TRS's PubDate, Hanweb's publishdate …).
const NAMES = /^(pubdate|publishdate|publishtime|firstpublishedtime|article:published_time|dc\.date\.issued|dcterms\.issued|createdate)$/i;

/** The publication date a page's <meta> tags state, read from the raw source (they stand in <head>). */
export function publishedInMeta(html: string): PublishedDate | null {
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
