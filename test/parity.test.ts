import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../src/record/schema.js';
import { parseReport } from '../src/report.js';

// Each seed rendered as published (scripts/render-fixtures.js): an HTML page laid out as the statutory
// template, the .docx LibreOffice makes of it, and for seed 001 a GBK portal page around the report.
// Whatever the format, the record and the findings must be the text's. The .pdf renderings sit in
// fixtures/rendered too; they join this list once the PDF reader reads them.
const RENDERINGS = ['html', 'docx'];
const PORTAL = 'portal.html';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const rendered = join(fixtures, 'rendered');
const seeds = readdirSync(fixtures)
  .filter((f) => /^\d{3}_[0-9a-f]+\.txt$/.test(f))
  .map((f) => f.replace(/\.txt$/, ''));
const portals = new Set(readdirSync(rendered).filter((f) => f.endsWith(`.${PORTAL}`)));

const parse = (path: string) => parseReport({ path, bytes: readFileSync(path) });

/** The record without provenance: what an analyst gets. */
const recordOf = (report: Report) => ({ meta: report.meta, active: report.active, requests: report.requests, appeals: report.appeals });

/** Findings compared by what they say, not by where a format puts them (lines and pages differ). */
const findingsOf = (report: Report) =>
  report.findings.map((f) => [f.rule, f.severity, f.location.row ?? null, f.location.column ?? null].join(' | ')).sort();

describe.each(seeds)('seed %s', (seed) => {
  const formats = [...RENDERINGS, ...(portals.has(`${seed}.${PORTAL}`) ? [PORTAL] : [])];

  it.each(formats)('rendered as .%s gives the record and the findings of the text', async (format) => {
    const [text, other] = await Promise.all([parse(join(fixtures, `${seed}.txt`)), parse(join(rendered, `${seed}.${format}`))]);
    expect(other.source.format).toBe(format === PORTAL ? 'html' : format);
    expect(recordOf(other)).toEqual(recordOf(text));
    expect(findingsOf(other)).toEqual(findingsOf(text));
  });
});

describe('the portal page', () => {
  it('is read as GBK and keeps the report apart from the page around it', async () => {
    const [name] = [...portals];
    const report = await parse(join(rendered, name!));
    expect(report.source.encoding).toBe('gb18030');
    expect(report.meta.title).toBe('夏邑县人民政府2020年政府信息公开工作年度报告');
    expect(report.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
