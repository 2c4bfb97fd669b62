import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { parseReport } from '../../src/report.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const page = readFileSync(join(FIXTURES, 'variants', '001_dde6e9dcd5a2f618.grid.html'), 'utf8');

async function findings(path: string, bytes: Uint8Array | string) {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  const report = await parseReport({ path, bytes: data });
  return report.findings.map((f) => [f.rule, f.severity, f.message]);
}

describe('tables-are-images', () => {
  it('an HTML page whose three tables are pictures: one error, no missing table or row', async () => {
    const pictured = page.replace(/<table[\s\S]*?<\/table>/g, '<p><img src="table.png" alt="表格"></p>');
    expect(pictured).not.toBe(page);
    const found = await findings('a.html', pictured);
    expect(found.filter(([, severity]) => severity === 'error')).toEqual([
      ['tables-are-images', 'error', expect.stringMatching(/^第二、三、四部分的表格是图片（行 \d+、行 \d+、行 \d+），其中的数字无法读取，报告无法核对；请以文字表格发布$/)],
    ]);
    expect(found.some(([rule]) => rule === 'table-missing' || rule === 'row-missing')).toBe(false);
  });

  it('leaves icons and pictures beside real tables alone', async () => {
    const icons = page.replace('<table', '<p><img src="print.png" width="16" height="16"><img src="photo.jpg"></p><table');
    expect(icons).not.toBe(page);
    expect((await findings('a.html', icons)).filter(([rule]) => rule === 'tables-are-images')).toEqual([]);
  });

  it('a PDF page without text where 三 and 四 should be: one error, the headings on it not asked for', async () => {
    const found = await findings('a.pdf', readFileSync(join(FIXTURES, 'readers', 'pdf', 'scanned-page-inside.pdf')));
    expect(found).toContainEqual(['tables-are-images', 'error', '第三、四部分的表格是图片（第 3 页），其中的数字无法读取，报告无法核对；请以文字表格发布']);
    expect(found.some(([rule]) => rule === 'table-missing' || rule === 'section-missing')).toBe(false);
  });

  it('a .docx whose request table is a picture', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(FIXTURES, 'variants', '001_dde6e9dcd5a2f618.grid.docx')));
    const xml = await zip.file('word/document.xml')!.async('string');
    const tables = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g)!;
    const request = tables.find((t) => t.includes('本年新收'))!;
    const picture =
      '<w:p><w:r><w:drawing><wp:inline><wp:extent cx="5000000" cy="3000000"/><wp:docPr id="1" name="表格"/>' +
      '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
      '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip r:embed="rIdTable"/></pic:blipFill></pic:pic>' +
      '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>';
    zip.file('word/document.xml', xml.replace(request, picture));
    zip.file('word/media/table.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    zip.file('word/_rels/document.xml.rels', rels.replace('</Relationships>', '<Relationship Id="rIdTable" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/table.png"/></Relationships>'));
    const found = await findings('a.docx', await zip.generateAsync({ type: 'uint8array' }));
    expect(found.filter(([rule]) => rule === 'tables-are-images').map(([, , m]) => m)).toEqual([
      expect.stringMatching(/^第三部分的表格是图片（行 \d+），其中的数字无法读取，报告无法核对；请以文字表格发布$/),
    ]);
    expect(found.some(([rule]) => rule === 'table-missing')).toBe(false);
  });
});

describe('parse on a PDF with one page unread', () => {
  it('shows the report and its findings, not only the unread page', async () => {
    const { runCli } = await import('../commands/run-cli.js');
    const run = await runCli(['parse', 'fixtures/readers/pdf/scanned-page-inside.pdf', '--lang', 'en']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('the tables of sections 3, 4 are pictures (page 3)');
    expect(run.stdout).toMatch(/page 3\s+warning\s+cannot read the file: page 3 has no text layer/);
  });
});
