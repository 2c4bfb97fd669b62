import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';

/**
 * The HTML report in a real browser: Debian's Chromium driven by playwright-core (.ci/run installs
 * the browser; GOV_REPORT_CHROMIUM names another). The page is the built CLI's, as a user gets it.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'gov-report.js');
// The seeds, as fixtures/ keeps them byte for byte.
const SEEDS = join(ROOT, 'fixtures');
const CHROMIUM = process.env.GOV_REPORT_CHROMIUM ?? '/usr/bin/chromium';
const HAVE_BROWSER = existsSync(CHROMIUM);
// Outside CI a machine without the browser skips these tests, and says so; in CI they must run.
if (!HAVE_BROWSER) {
  if (process.env.CI) throw new Error(`no browser at ${CHROMIUM}: .ci/run installs Debian's chromium`);
  console.warn(`html-browser.test.ts: SKIPPED, no browser at ${CHROMIUM} (apt-get install chromium, or set GOV_REPORT_CHROMIUM)`);
}

const SEED_001 = '001_dde6e9dcd5a2f618.txt';
const seeds = ['000_ad3c2041cc5fe348.txt', SEED_001, '002_131d603af9a93f8a.txt', '003_6e2b379abcfd2652.txt', '004_10687c40e7fd93a5.txt'];

function cli(args: string[], cwd: string) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
}

describe.skipIf(!HAVE_BROWSER)('--format html in Chromium', () => {
  let dir: string;
  let outDir: string;
  let browser: Browser;
  let problems: string[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gov-report-html-'));
    // Pages are written beside the batch, never into it: the next batch would check them.
    outDir = mkdtempSync(join(tmpdir(), 'gov-report-html-out-'));
    for (const s of seeds) copyFileSync(join(SEEDS, s), join(dir, s));
    // Seed 001 with 一、本年新收 / 自然人 misprinted 11 for 10: a row total and the 勾稽关系 fail, the cell is suspect.
    const seed = readFileSync(join(SEEDS, SEED_001), 'utf8');
    const changed = seed.replace(/^(一、本年新收政府信息公开申请数量\t)10\t/m, '$111\t');
    expect(changed).not.toBe(seed);
    writeFileSync(join(dir, 'changed.txt'), changed);
    writeFileSync(join(dir, 'broken.pdf'), '%PDF-1.7 not really');
    writeFileSync(join(dir, 'notes.png'), 'not a report');
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      // No background traffic: the machine's network is closed, and the page must need none.
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function open(file: string): Promise<Page> {
    problems = [];
    const page = await browser.newPage({ viewport: { width: 1200, height: 1600 } });
    page.on('console', (m) => void (m.type() === 'error' && problems.push(`console: ${m.text()}`)));
    page.on('pageerror', (e) => void problems.push(`page error: ${e.message}`));
    page.on('request', (r) => void (!r.url().startsWith('file:') && problems.push(`request: ${r.url()}`)));
    await page.goto(pathToFileURL(file).href);
    return page;
  }

  it('shows the batch counts, filters and sorts the files, and makes no request nor console error', async () => {
    const out = join(outDir, 'new', 'report.html');
    const run = cli(['validate', '.', '--format', 'html', '-o', out], dir);
    expect(run.status, run.stderr).toBe(1);
    const totals = JSON.parse(cli(['validate', '.', '--format', 'json'], dir).stdout).totals;
    const page = await open(out);
    const text = async (sel: string) => (await page.locator(sel).textContent())?.trim();

    // Seven report files checked (broken.pdf unreadable), notes.png skipped; the counts agree with --format json.
    expect(await text('#count-files')).toBe('7');
    expect(await text('#count-skipped')).toBe('1');
    expect(await text('#count-unreadable')).toBe('1');
    expect(await text('#count-with-errors')).toBe(String(totals.filesWithErrors));
    expect(await text('#count-errors')).toBe(String(totals.errors));
    expect(await text('#count-warnings')).toBe(String(totals.warnings));
    const withErrors = await page.locator('section.report[data-status="error"], section.report[data-status="unreadable"]').count();
    expect(withErrors).toBe(totals.filesWithErrors);
    // The summary, written last, is shown first.
    expect(await page.evaluate(() => document.body.children[2]?.id)).toBe('summary');
    expect(await page.locator('#files tbody tr').count()).toBe(8);
    expect(await page.locator('#by-rule code', { hasText: 'requests-row-total' }).count()).toBe(1);
    expect(await page.locator('#chart svg .ct-bar').count()).toBeGreaterThan(0);
    // 夏邑县人民政府 made 001 and changed.txt: two files, one with two errors (a row total, the 勾稽关系) and one warning (the suspect).
    const body = page.locator('#by-body tbody tr', { hasText: '夏邑县人民政府' });
    expect(await body.locator('td').allTextContents()).toEqual(['夏邑县人民政府', '2', '1', '2', '1']);

    await page.fill('#filter', 'changed');
    expect(await page.locator('#files tbody tr:not(.hidden)').count()).toBe(1);
    expect(await page.locator('section.report:not(.hidden)').count()).toBe(1);
    expect(await text('#shown')).toBe('显示 1 / 8 个文件');
    await page.fill('#filter', '');
    await page.selectOption('#status-filter', 'unreadable');
    expect(await page.locator('#files tbody tr:not(.hidden) a').allTextContents()).toEqual(['broken.pdf']);
    await page.selectOption('#status-filter', 'error');
    expect(await page.locator('#files tbody tr:not(.hidden) a').allTextContents()).toContain('changed.txt');
    expect(await page.locator('#files tbody tr:not(.hidden)').count()).toBe(totals.filesWithErrors - 1);
    await page.selectOption('#status-filter', '');

    // Sorting by errors, twice: the most errors first.
    const errorsHeader = page.locator('#files thead th', { hasText: '错误' });
    await errorsHeader.click();
    await errorsHeader.click();
    const errorCounts = (await page.locator('#files tbody tr td:nth-child(6)').allTextContents()).map(Number);
    expect(errorCounts).toEqual([...errorCounts].sort((a, b) => b - a));
    expect(errorCounts[0]).toBeGreaterThan(errorCounts[errorCounts.length - 1]!);

    // The changed report's form: the suspect cell framed, the failing totals marked, the findings beside.
    const changed = page.locator('section.report[data-path="changed.txt"]');
    await changed.locator('summary').click();
    expect(await changed.locator('td.suspect').getAttribute('data-path')).toBe('requests.received.natural');
    expect(await changed.locator('td.suspect').textContent()).toMatch(/^11/);
    expect(await changed.locator('td.failing').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-path')))).toEqual(
      expect.arrayContaining(['requests.received.total', 'requests.total.natural']),
    );
    expect(await changed.locator('li.finding[data-rule="suspect-cell"]').textContent()).toContain('改为 10');

    const shot = join(outDir, 'report.png');
    await page.screenshot({ path: shot });
    expect(statSync(shot).size).toBeGreaterThan(20_000);

    // Printed: A4, each report from a new page, the folded reports unfolded.
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4' });
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
    expect(doc.numPages).toBeGreaterThanOrEqual(8);
    const first = await doc.getPage(1);
    const [, , width, height] = first.view as number[];
    // A4 is 595.3 × 841.9 pt; Chromium rounds its page box to whole CSS pixels.
    expect(Math.abs(width! - 595.3)).toBeLessThan(2);
    expect(Math.abs(height! - 841.9)).toBeLessThan(2);
    await page.close();
    expect(problems).toEqual([]);
  }, 60_000);

  it('draws one report from parse, in English too', async () => {
    const out = join(outDir, 'one.html');
    const run = cli(['parse', 'changed.txt', '--format', 'html', '--lang', 'en', '-o', out], dir);
    expect(run.status, run.stderr).toBe(1);
    const page = await open(out);
    expect(await page.locator('section.report details[open]').count()).toBe(1);
    expect(await page.locator('td.suspect').getAttribute('data-path')).toBe('requests.received.natural');
    expect(await page.locator('li.finding[data-rule="requests-balance"]').textContent()).toContain('natural');
    // The statutory form keeps its Chinese rows whatever the language of the messages.
    expect(await page.locator('table.requests th[scope="row"]').first().textContent()).toBe('一、本年新收政府信息公开申请数量');
    await page.close();
    expect(problems).toEqual([]);
  }, 60_000);
});
