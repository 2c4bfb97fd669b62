// npm run accuracy: cells right / annotated, per file, per layout and in total, for the corpus's
// hand-read fixtures and the variants made from the seeds. `--wrong` lists each wrong cell. Values cut
// out of digits run together are counted apart (recovered, of the right ones), and so are the values
// left null there with the finding that says why (null-with-reason: neither right nor wrong).
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadCases, scoreCase } from './accuracy-cases.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { parseFile } = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
const showWrong = process.argv.includes('--wrong');
// --write-gaps: record the cells read wrong now in test/corpus/known-gaps.json, the list
// test/corpus.test.ts holds the reading to (a reviewed diff, like an expected.json).
const writeGaps = process.argv.includes('--write-gaps');
const gaps = {};
const cases = loadCases(root);
if (cases.length === 0) {
  console.log('no annotated case found (../shared/corpus/ and fixtures/variants/ are both absent)');
  process.exit(0);
}
const totals = new Map();
const add = (key, s) => {
  const t = totals.get(key) ?? { right: 0, scored: 0, files: 0, full: 0, recovered: 0, explained: 0 };
  t.right += s.right;
  t.scored += s.scored;
  t.recovered += s.recovered;
  t.explained += s.explained;
  t.files++;
  if (s.wrong.length === 0) t.full++;
  totals.set(key, t);
};
const pct = (r, n) => (n === 0 ? '—' : `${((100 * r) / n).toFixed(1)}%`);
for (const c of cases) {
  const report = await parseFile(c.file);
  const s = scoreCase(report, c);
  add(`${c.group}`, s);
  add(`${c.group} · ${c.kind}`, s);
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  const damage = s.recovered + s.explained > 0 ? `  (${s.recovered} recovered, ${s.explained} null with reason)` : '';
  console.log(`${String(s.right).padStart(4)}/${String(s.scored).padEnd(4)} ${pct(s.right, s.scored).padStart(6)}  ${String(errors).padStart(2)} errors  ${c.name}${damage}`);
  if (showWrong) for (const w of s.wrong) console.log(`        ${w.key}: expected ${w.want}, got ${w.got}`);
  if (s.wrong.length > 0) gaps[c.name] = s.wrong.map((w) => w.key);
}
console.log('');
for (const [key, t] of [...totals].sort()) {
  const damage = t.recovered + t.explained > 0 ? ` (of them ${t.recovered} recovered from run-together digits; ${t.explained} more null with reason)` : '';
  console.log(`${pct(t.right, t.scored).padStart(6)}  ${t.right}/${t.scored} cells${damage}, ${t.full}/${t.files} files without a wrong cell  ${key}`);
}
if (writeGaps) {
  const { writeFileSync, renameSync } = await import('node:fs');
  const target = join(root, 'test', 'corpus', 'known-gaps.json');
  writeFileSync(`${target}.tmp`, `${JSON.stringify(gaps, null, 1)}\n`);
  renameSync(`${target}.tmp`, target);
  console.log(`wrote ${target}`);
}
