import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/report.js';
import { getPath } from '../src/record/paths.js';
import type { Finding, Report } from '../src/record/schema.js';

/**
 * Every finding leads to its place: the record path of the table, row and cell it names, and where
 * lines say nothing (an HTML page on one line, a .docx) the table grid's position or the source
 * offset, and on a PDF page the cell's corner. Checked against the files themselves.
 */
const ROOT = join(import.meta.dirname, '..');
const VARIANTS = join(ROOT, 'fixtures', 'variants');
const SEED_001 = '001_dde6e9dcd5a2f618';
// A real report's PDF with a misprinted total in a ruled table (corpus 027).
const PDF_027 = join(ROOT, '..', 'shared', 'corpus', '027_huaian-hongze-district-gov-2023.pdf');
if (!existsSync(PDF_027)) console.log('locations: ../shared/corpus/ is absent, the PDF corner test was not run');

const parse = (path: string, bytes: Uint8Array) => parseReport({ path, bytes });
const only = (report: Report, rule: string): Finding => {
  const found = report.findings.filter((f) => f.rule === rule);
  expect(found, rule).toHaveLength(1);
  return found[0]!;
};

describe('finding locations', () => {
  it('an HTML page of one line: each finding gives the table, row and cell, and the offset of the cell in the source', async () => {
    const page = readFileSync(join(VARIANTS, `${SEED_001}.grid.html`), 'utf8');
    // 一、本年新收 / 自然人 misprinted 11 for 10, then the whole page put on one line.
    const label = page.indexOf('本年新收');
    const at = page.indexOf('>10<', label);
    const changed = `${page.slice(0, at)}>11<${page.slice(at + 4)}`.replace(/\r?\n/g, ' ');
    const report = await parse('one-line.html', new TextEncoder().encode(changed));
    const suspect = only(report, 'suspect-cell');
    const rowTotal = only(report, 'requests-row-total');
    for (const f of [suspect, rowTotal]) expect(f.location.line).toBe(1);
    expect(suspect.location).toMatchObject({ table: 'requests', row: 'received', column: 'natural', path: 'requests.received.natural' });
    expect(rowTotal.location.path).toBe('requests.received.total');

    // The offsets point at the cells' own tags, which hold the values the findings speak of.
    const cellAt = (offset: number) => changed.slice(offset, changed.indexOf('</td>', offset)).replace(/<[^>]*>/g, '').trim();
    expect(changed.startsWith('<td', suspect.location.source!.offset!)).toBe(true);
    expect(cellAt(suspect.location.source!.offset!)).toBe('11');
    expect(cellAt(rowTotal.location.source!.offset!)).toBe('12');
    // Same table and row, the total further right.
    const [s, t] = [suspect.location.source!, rowTotal.location.source!];
    expect(t.table).toBe(s.table);
    expect(t.row).toBe(s.row);
    expect(t.cell!).toBeGreaterThan(s.cell!);
  });

  it('a .docx: the table and row index (and grid column) of the cell in the document', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(VARIANTS, `${SEED_001}.grid.docx`)));
    const xml = await zip.file('word/document.xml')!.async('string');
    const at = xml.indexOf('<w:t>10</w:t>', xml.indexOf('本年新收'));
    zip.file('word/document.xml', `${xml.slice(0, at)}<w:t>11</w:t>${xml.slice(at + 13)}`);
    const report = await parse('changed.docx', await zip.generateAsync({ type: 'uint8array' }));
    const { table, row, cell } = only(report, 'suspect-cell').location.source!;

    // Read back from the XML: the row-th row of the table-th table, its cells spread over their grid spans.
    const tables = xml.split('<w:tbl>').slice(1);
    const rows = tables[table! - 1]!.split('<w:tr>').slice(1);
    const columns = rows[row! - 1]!.split('<w:tc>').slice(1).flatMap((tc) => {
      const span = Number(/<w:gridSpan w:val="(\d+)"/.exec(tc)?.[1] ?? 1);
      const text = [...tc.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
      return Array.from({ length: span }, () => text);
    });
    expect(columns.some((text) => text.includes('本年新收'))).toBe(true);
    expect(columns[cell! - 1]).toBe('10');
  });

  it.skipIf(!existsSync(PDF_027))('a PDF: the page and the corner of the cell on it, in points from the top left', async () => {
    const file = PDF_027;
    const report = await parse('027.pdf', readFileSync(file));
    // The file's 行政复议 row: 10 + 1 + 0 + 0 against a total of 0.
    const total = report.findings.find((f) => f.rule === 'appeals-total' && f.location.row === 'reconsideration')!;
    expect(total.location).toMatchObject({ page: 4, table: 'appeals', column: 'total', path: 'appeals.reconsideration.total' });
    const { x, y } = total.location.source!;
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await getDocument({ data: new Uint8Array(readFileSync(file)) }).promise;
    const page = await doc.getPage(4);
    const height = page.view[3]!;
    // The text drawn within a cell's width and height of that corner (pdf.js measures from the bottom).
    const near = (await page.getTextContent()).items
      .filter((item) => 'str' in item && item.str.trim() !== '')
      .map((item) => item as { str: string; transform: number[] })
      .filter((item) => item.transform[4]! >= x! && item.transform[4]! < x! + 30 && height - item.transform[5]! > y! && height - item.transform[5]! < y! + 40);
    expect(near.map((i) => i.str.trim())).toEqual(['0']);
    const upheld = report.cells.find((c) => c.path === 'appeals.reconsideration.upheld')!;
    expect(upheld.raw).toBe('10');
  });

  it('every finding that names a table carries its record path, and a path to a cell names a value of the record', async () => {
    const files = readdirSync(VARIANTS).filter((f) => !f.endsWith('.json'));
    let cellPaths = 0;
    for (const name of files) {
      const report = await parse(name, readFileSync(join(VARIANTS, name)));
      for (const f of report.findings) {
        const { table, row, column, path } = f.location;
        if (table === undefined) {
          expect(path, `${name} ${f.rule}`).toBeUndefined();
          continue;
        }
        expect(path, `${name} ${f.rule}`).toBe(row ? [table, row, column].filter(Boolean).join('.') : table);
        if (row !== undefined && column !== undefined && column !== 'subtotal') {
          cellPaths++;
          expect(getPath(report, path!), `${name} ${f.rule} ${path}`).not.toBeUndefined();
        }
      }
    }
    // Not vacuous: some findings of these files name cells.
    expect(cellPaths).toBeGreaterThan(0);
  });
});
