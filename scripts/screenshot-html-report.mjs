// The README's pictures of `--format html`: the five seeds and seed 001 with one cell misprinted,
// validated as one batch, shown in Debian's Chromium (apt-get install chromium fonts-noto-cjk).
// Usage: npm run build && node scripts/screenshot-html-report.mjs [docs]
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(import.meta.dirname, '..');
const seeds = join(root, 'fixtures');
const outDir = process.argv[2] ?? join(root, 'docs');
const work = mkdtempSync(join(tmpdir(), 'gov-report-shot-'));
const batch = join(work, 'reports');
mkdirSync(batch);
for (const name of readdirSync(seeds).filter((n) => n.endsWith('.txt'))) copyFileSync(join(seeds, name), join(batch, name));
const seed001 = readFileSync(join(seeds, '001_dde6e9dcd5a2f618.txt'), 'utf8');
writeFileSync(join(batch, '001_changed.txt'), seed001.replace(/^(一、本年新收政府信息公开申请数量\t)10\t/m, '$111\t'));

const page = join(work, 'report.html');
spawnSync(process.execPath, [join(root, 'bin', 'gov-report.js'), 'validate', 'reports', '--format', 'html', '-o', page], { cwd: work, stdio: 'inherit' });

const browser = await chromium.launch({ executablePath: process.env.GOV_REPORT_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const tab = await browser.newPage({ viewport: { width: 1100, height: 900 }, deviceScaleFactor: 1 });
await tab.goto(pathToFileURL(page).href);
mkdirSync(outDir, { recursive: true });
await tab.locator('#summary').screenshot({ path: join(outDir, 'html-report-summary.png') });
const changed = tab.locator('section.report[data-path="reports/001_changed.txt"]');
await changed.locator('summary').click();
await changed.locator('.table-block').nth(1).screenshot({ path: join(outDir, 'html-report-form.png') });
await browser.close();
console.log(`written: ${join(outDir, 'html-report-summary.png')}, ${join(outDir, 'html-report-form.png')}`);
