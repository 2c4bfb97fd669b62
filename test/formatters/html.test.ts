import { describe, expect, it } from 'vitest';
import { parseDocument } from 'htmlparser2';
import { selectAll, selectOne } from 'css-select';
import { textContent, getAttributeValue } from 'domutils';
import type { Element } from 'domhandler';
import { formatBatch } from '../../src/formatters/batch-util.js';
import { formatReportHtml, html } from '../../src/formatters/html.js';
import { checked, context, finding, report, sampleResults } from './hand-built.js';

/** The page parsed as a browser would, for the checks that need no script (the browser test has those). */
function page(text: string) {
  const doc = parseDocument(text);
  const all = (sel: string) => selectAll(sel, doc) as unknown as Element[];
  const one = (sel: string) => selectOne(sel, doc) as unknown as Element | null;
  return { doc, all, one, text: (sel: string) => textContent(one(sel)!).trim() };
}

describe('html', () => {
  it('is one page: the summary counts of the batch, each file a section with its data, the skipped file listed', () => {
    const out = formatBatch(html, sampleResults(), context(), 1234);
    const p = page(out);
    expect(out.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(p.text('#count-files')).toBe('3');
    expect(p.text('#count-skipped')).toBe('1');
    expect(p.text('#count-unreadable')).toBe('1');
    expect(p.text('#count-with-errors')).toBe('2');
    expect(p.text('#count-errors')).toBe('2');
    expect(p.text('#count-warnings')).toBe('1');
    expect(p.text('#count-time')).toBe('1.23');
    const sections = p.all('section.report').map((s) => [getAttributeValue(s, 'data-path'), getAttributeValue(s, 'data-status'), getAttributeValue(s, 'data-errors')]);
    expect(sections).toEqual([
      ['reports/a.txt', 'error', '1'],
      ['reports/b.html', 'clean', '0'],
      ['reports/sub/c.pdf', 'unreadable', '1'],
      ['reports/notes.md', 'skipped', '0'],
    ]);
    // Findings by rule, most errors first, with the rule's description.
    expect(p.all('#by-rule tbody tr').map((tr) => textContent(tr))).toEqual([
      'input-unreadable文件无法读取100',
      'requests-balance一加二等于三（七）加四100',
      'row-missing缺少行010',
    ]);
    const chart = JSON.parse(p.text('#chart-data'));
    // Drawn from the bottom: the last label is the top bar, the rule with most errors.
    expect(chart.labels).toEqual(['row-missing', 'requests-balance', 'input-unreadable']);
    expect(chart.series).toEqual([[0, 1, 1], [1, 0, 0], [0, 0, 0]]);
  });

  it('needs no network: styles, scripts and the chart library are inline', () => {
    const p = page(formatBatch(html, sampleResults(), context(), 0));
    expect(p.all('link, img, iframe, script[src]')).toEqual([]);
    const scripts = p.all('script:not([type])').map((s) => textContent(s));
    expect(scripts.some((s) => s.includes('BarChart'))).toBe(true);
    expect(scripts.join('')).not.toMatch(/sourceMappingURL|fetch\(|XMLHttpRequest/);
  });

  it('escapes what the files say: a path, a title and a message cannot open a tag or end the script', () => {
    const evil = '<script>alert(1)</script>';
    const r = report(`x/${evil}.txt`, [finding('row-missing', 'warning', `缺少行 ${evil}`, { table: 'requests', row: 'received', line: 3 })]);
    r.meta.title = `标题</script><marquee>`;
    r.meta.agency = `"quoted" & <marquee>`;
    const out = formatBatch(html, [{ status: 'checked', index: 0, path: r.source.path, report: r, elapsedMs: 1 }], context(), 0);
    const p = page(out);
    expect(p.all('marquee')).toEqual([]);
    expect(p.all('script').every((s) => !textContent(s).includes('alert(1)'))).toBe(true);
    expect(getAttributeValue(p.one('section.report')!, 'data-agency')).toBe('"quoted" & <marquee>');
    expect(p.text('li.finding')).toContain(`缺少行 ${evil}`);
  });

  it('draws the statutory form with the suspect cell, the failing totals and blank cells marked, each finding numbered beside', () => {
    const r = report('a.txt', [
      finding('requests-row-total', 'error', '行：各申请人之和为 13，但总计为 12', { line: 47, table: 'requests', row: 'received', column: 'total', path: 'requests.received.total' }, { actual: 12, expected: 13 }),
      finding('suspect-cell', 'warning', '可能填错的单元格', { line: 47, table: 'requests', row: 'received', column: 'natural', path: 'requests.received.natural' }, {
        suspect: { table: 'requests', row: 'received', column: 'natural', value: 11, proposed: 10, certainty: 'unique' },
      }),
      finding('section-missing', 'warning', '缺少第五部分', { section: 5 }),
    ]);
    (r.requests.received as Record<string, number | null>).natural = 11;
    (r.requests.received as Record<string, number | null>).total = 12;
    r.cells = [
      { path: 'requests.received.natural', raw: '11', line: 47 },
      { path: 'requests.received.total', raw: '12', line: 47, page: 2, recovered: true },
      { path: 'requests.received.business', raw: '', line: 47 },
    ];
    const p = page(formatReportHtml(r, context()));
    const cell = (path: string) => p.one(`td[data-path="${path}"]`)!;
    expect(getAttributeValue(cell('requests.received.natural'), 'class')).toBe('suspect');
    expect(textContent(cell('requests.received.natural'))).toBe('112');
    expect(getAttributeValue(cell('requests.received.total'), 'class')).toBe('failing recovered');
    // Printed empty: a blank; not in the file at all: absent.
    expect(getAttributeValue(cell('requests.received.business'), 'class')).toBe('blank');
    expect(textContent(cell('requests.received.business'))).toBe('·');
    expect(getAttributeValue(cell('requests.received.research'), 'class')).toBe('absent');
    expect(textContent(cell('requests.received.research'))).toBe('');
    // The row's source line, and the findings on the table beside it, numbered as the cells cite them.
    expect(textContent(p.one('table.requests tbody tr td.src')!)).toBe('47');
    const beside = p.all('.table-block ol.findings li').map((li) => [getAttributeValue(li, 'value'), getAttributeValue(li, 'data-rule')]);
    expect(beside).toEqual([
      ['1', 'requests-row-total'],
      ['2', 'suspect-cell'],
    ]);
    // A finding on no table is listed apart; a single report has no script.
    expect(p.all('li.finding[data-rule="section-missing"]')).toHaveLength(1);
    expect(p.all('script')).toEqual([]);
    expect(p.all('details[open]')).toHaveLength(1);
  });

  it('marks the cells of tables 二 and 四 that findings name, and gives each report its own anchors', () => {
    const appeals = finding('appeals-total', 'error', '行政复议：各项之和为 11，但总计为 0', { line: 9, table: 'appeals', row: 'reconsideration', column: 'total', path: 'appeals.reconsideration.total' }, { actual: 0, expected: 11 });
    const amount = finding('amount-unit', 'info', '金额以“元”填写，已换算为万元', { line: 4, table: 'active', row: 'fees', column: 'amount', path: 'active.fees.amount' });
    const results = [0, 1].map((index) => ({ status: 'checked' as const, index, path: 'same.txt', report: report('same.txt', [appeals, amount]), elapsedMs: 1 }));
    const p = page(formatBatch(html, results, context(), 0));
    expect(p.all('td[data-path="appeals.reconsideration.total"]').map((td) => getAttributeValue(td, 'class'))).toEqual(['failing absent', 'failing absent']);
    expect(p.all('td[data-path="active.fees.amount"]').map((td) => getAttributeValue(td, 'class'))).toEqual(['info absent', 'info absent']);
    // Two files of one name and content: every anchor once, every link to its own file's note.
    const ids = p.all('li.finding').map((li) => getAttributeValue(li, 'id'));
    expect(new Set(ids).size).toBe(ids.length);
    const links = p.all('section.report').map((s) => (selectAll('td sup a', s) as unknown as Element[]).map((a) => getAttributeValue(a, 'href')));
    expect(links[0]!.every((href) => href!.startsWith('#f0-'))).toBe(true);
    expect(links[1]!.every((href) => href!.startsWith('#f1-'))).toBe(true);
  });

  it('says a table the file does not have instead of drawing it empty', () => {
    const r = report('a.txt', [finding('table-missing', 'error', '缺少法定表格', { section: 4, table: 'appeals', path: 'appeals' })]);
    const p = page(formatReportHtml(r, context()));
    expect(p.all('table.appeals')).toEqual([]);
    expect(p.all('table.requests')).toHaveLength(1);
  });

  it('an empty batch is still a page', () => {
    const out = formatBatch(html, [checked(0, 'a.txt', [])], context('en'), 0);
    const p = page(out);
    expect(p.text('#count-files')).toBe('1');
    expect(p.all('#chart')).toEqual([]);
    expect(p.text('h1')).toBe('Government information-disclosure annual reports: check results');
  });
});
