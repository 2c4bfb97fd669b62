import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { planFiles } from '../../src/batch/plan-files.js';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gov-report-plan-'));
  for (const f of ['b.txt', 'a.TXT', 'c.html', 'd.htm', 'e.shtml', 'f.docx', 'g.pdf', 'h.doc', 'i.md', 'j.markdown', 'notes.odt', 'sub/deeper/z.txt', 'sub/y.pdf', '.hidden/x.txt', '报告/年报.txt']) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), 'x');
  }
});

const kinds = (entries: { path: string; kind: string }[]) => entries.map((e) => `${e.kind} ${e.path}`);

describe('planFiles', () => {
  it('leaves the run’s own output out of a folder or glob it checks, but checks it when named', async () => {
    const exclude = [join(dir, 'c.html')];
    expect(kinds((await planFiles(['.'], { cwd: dir, exclude })).entries)).not.toContain('file c.html');
    expect(kinds((await planFiles(['*.html'], { cwd: dir, exclude })).entries)).toEqual([]);
    expect(kinds((await planFiles(['c.html'], { cwd: dir, exclude })).entries)).toEqual(['file c.html']);
  });

  it('walks a directory recursively, sorted by path, skipping files that are not reports and hidden folders', async () => {
    const plan = await planFiles(['.'], { cwd: dir });
    expect(kinds(plan.entries)).toEqual([
      'file a.TXT',
      'file b.txt',
      'file c.html',
      'file d.htm',
      'file e.shtml',
      'file f.docx',
      'file g.pdf',
      'file h.doc', // legacy .doc: checked, so its finding says to save it as .docx
      'file i.md', // a converter's Markdown
      'file j.markdown',
      'skipped notes.odt',
      'file sub/deeper/z.txt',
      'file sub/y.pdf',
      'file 报告/年报.txt',
    ]);
    expect(plan.unmatched).toEqual([]);
  });

  it('crawls a directory named through a symbolic link, shown under that name, without following links inside', async () => {
    const links = mkdtempSync(join(tmpdir(), 'gov-report-links-'));
    symlinkSync(join(dir, 'sub'), join(links, 'reports'));
    // A link back up inside the crawl: followed, it would loop.
    symlinkSync(links, join(dir, 'sub', 'loop'));
    expect(kinds((await planFiles(['reports', 'reports/'], { cwd: links })).entries)).toEqual(['file reports/deeper/z.txt', 'file reports/y.pdf']);
    expect(kinds((await planFiles([join(links, 'reports')], { cwd: dir })).entries)).toEqual([
      `file ${join(links, 'reports', 'deeper', 'z.txt')}`,
      `file ${join(links, 'reports', 'y.pdf')}`,
    ]);
  });

  it('keeps the user’s relative prefix and accepts absolute directories', async () => {
    expect(kinds((await planFiles(['sub/'], { cwd: dir })).entries)).toEqual(['file sub/deeper/z.txt', 'file sub/y.pdf']);
    expect(kinds((await planFiles([join(dir, 'sub')], { cwd: '/' })).entries)).toEqual([`file ${join(dir, 'sub/deeper/z.txt')}`, `file ${join(dir, 'sub/y.pdf')}`]);
  });

  it('gives each entry the absolute path path.resolve gives, and lists a file named in several forms once', async () => {
    const inputs = ['b.txt', './b.txt', join(dir, 'b.txt'), 'sub//y.pdf', 'sub/../c.html', '.', `../${basename(dir)}/d.htm`, `${join(dir, 'sub')}/`];
    const plan = await planFiles(inputs, { cwd: dir });
    for (const e of plan.entries) expect(e.file).toBe(resolve(dir, e.path));
    expect(plan.entries.filter((e) => e.file === join(dir, 'b.txt'))).toHaveLength(1);
    expect(plan.entries.filter((e) => e.file === join(dir, 'c.html'))).toHaveLength(1);
    expect(plan.entries.filter((e) => e.file === join(dir, 'd.htm'))).toHaveLength(1);
    expect(plan.entries.filter((e) => e.kind === 'file')).toHaveLength(13);
  });

  it('checks a file named explicitly whatever its extension, and a missing one too (it becomes a finding)', async () => {
    const plan = await planFiles(['h.doc', 'missing.txt', 'notes.odt'], { cwd: dir });
    expect(kinds(plan.entries)).toEqual(['file h.doc', 'file missing.txt', 'file notes.odt']);
  });

  it('expands globs, reports patterns that match nothing, and names each file once', async () => {
    const plan = await planFiles(['**/*.pdf', 'g.pdf', 'sub', 'nothing/*.txt', '-'], { cwd: dir });
    expect(kinds(plan.entries)).toEqual(['file g.pdf', 'file sub/y.pdf', 'file sub/deeper/z.txt', 'stdin -']);
    expect(plan.unmatched).toEqual(['nothing/*.txt']);
  });

  it('leaves out ignored patterns', async () => {
    const plan = await planFiles(['.'], { cwd: dir, ignore: ['sub/**', '**/*.htm*'] });
    expect(kinds(plan.entries)).toEqual(['file a.TXT', 'file b.txt', 'file e.shtml', 'file f.docx', 'file g.pdf', 'file h.doc', 'file i.md', 'file j.markdown', 'skipped notes.odt', 'file 报告/年报.txt']);
  });
});
