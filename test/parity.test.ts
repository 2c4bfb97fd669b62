import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REQUEST_COLUMNS } from '../src/record/layout.js';
import type { Finding, Report } from '../src/record/schema.js';
import { parseReport } from '../src/report.js';

// Each seed rendered as published (scripts/render-fixtures.js): an HTML page laid out as the statutory
// template, the .docx LibreOffice makes of it, and for seed 001 a GBK portal page around the report.
// Whatever the format, the record and the findings must be the text's (for a PDF, see drawnFindings).
const RENDERINGS = ['html', 'docx', 'pdf'];
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
const findingsOf = (report: Report) => summarize(report.findings);
const summarize = (findings: readonly Finding[]) =>
  findings.map((f) => [f.rule, f.severity, f.location.row ?? null, f.location.column ?? null].join(' | ')).sort();

/**
 * The findings a PDF of the text's report gives. A row of the text with more or fewer values than the
 * header has columns (seed 003: five values under six columns) cannot say which column lost its value,
 * so the text keeps only the certain cells and reports `row-misaligned`; the HTML and the .docx keep
 * such rows short, and so does their reading. A PDF cannot: a drawn table is rectangular, each of its
 * cells has a certain position, and the cells the row lacks are drawn empty. There the row is aligned
 * and each cell the text did not keep is a blank, of exactly the header's columns (the statutory ones
 * minus those the text reports missing) that have no cell in the text's record: the blank totals one
 * `cell-blank` finding (at 总计), the other blanks one for the table (or a finding at the cell for one).
 */
function drawnFindings(text: Report): string[] {
  const missing = new Set(text.findings.filter((f) => f.rule === 'column-missing').map((f) => `${f.location.table}.${f.location.column}`));
  const header = REQUEST_COLUMNS.map((c) => c.key).filter((key) => !missing.has(`requests.${key}`));
  const kept = new Set(text.cells.map((c) => c.path));
  const blanks: { row: string; column: string }[] = [];
  const others = text.findings.filter((f) => {
    if (f.rule !== 'row-misaligned') return true;
    // Only the request table's columns are known here; a misaligned row elsewhere would need its own.
    if (f.location.table !== 'requests') throw new Error(`row-misaligned outside the request table: ${f.location.table}`);
    for (const column of header) if (!kept.has(`requests.${f.location.row}.${column}`)) blanks.push({ row: f.location.row!, column });
    return false;
  });
  const blank = (location: Finding['location']): Finding => ({ rule: 'cell-blank', severity: 'warning', message: '', location });
  const totals = blanks.filter((b) => b.column === 'total');
  const rest = blanks.filter((b) => b.column !== 'total');
  const drawn: Finding[] = [];
  if (totals.length > 0) drawn.push(blank(totals.length === 1 ? { table: 'requests', ...totals[0]! } : { table: 'requests', column: 'total' }));
  if (rest.length > 0) drawn.push(blank(rest.length === 1 ? { table: 'requests', ...rest[0]! } : { table: 'requests' }));
  return summarize([...others, ...drawn]);
}

describe.each(seeds)('seed %s', (seed) => {
  const formats = [...RENDERINGS, ...(portals.has(`${seed}.${PORTAL}`) ? [PORTAL] : [])];

  it.each(formats)('rendered as .%s gives the record and the findings of the text', async (format) => {
    const [text, other] = await Promise.all([parse(join(fixtures, `${seed}.txt`)), parse(join(rendered, `${seed}.${format}`))]);
    expect(other.source.format).toBe(format === PORTAL ? 'html' : format);
    expect(recordOf(other)).toEqual(recordOf(text));
    expect(findingsOf(other)).toEqual(format === 'pdf' ? drawnFindings(text) : findingsOf(text));
  });
});

describe('the findings expected of a drawn PDF', () => {
  it('replace each of the 19 short rows of seed 003 by blanks in the 5 columns the text could not place: its totals one finding, the rest another', async () => {
    // Checked against the source: lines 43–61 of the text have 5 values under the 6 columns 自然人 商业企业
    // 科研机构 社会公益组织 法律服务机构 总计 (the header has no 其他), of which only 自然人 is certain.
    const seed = seeds.find((s) => s.startsWith('003_'))!;
    const text = await parse(join(fixtures, `${seed}.txt`));
    expect(text.findings.filter((f) => f.rule === 'row-misaligned')).toHaveLength(19);
    const expected = drawnFindings(text);
    expect(expected.filter((f) => f.startsWith('row-misaligned'))).toEqual([]);
    expect(expected.filter((f) => f.startsWith('cell-blank'))).toEqual(['cell-blank | warning |  | ', 'cell-blank | warning |  | total']);
    const pdf = await parse(join(rendered, `${seed}.pdf`));
    const grouped = pdf.findings.filter((f) => f.rule === 'cell-blank' && f.location.column === undefined)[0]!;
    expect(grouped.message).toContain('申请情况表有 76 个单元格为空，在 19 行');
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
