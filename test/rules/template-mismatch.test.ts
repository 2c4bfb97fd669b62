import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport } from '../../src/report.js';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', name), 'utf8');
// Seed 001: 夏邑县 2020, the 2019 tables. Seed 003: 延津县 2024, the 2021 tables.
const seed001 = fixture('001_dde6e9dcd5a2f618.txt');
const seed003 = fixture('003_6e2b379abcfd2652.txt');
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

async function mismatch(text: string, lang: 'zh' | 'en' = 'zh') {
  const report = await parseReport({ path: 'a.txt', bytes: new TextEncoder().encode(text) }, { lang });
  return report.findings.filter((f) => f.rule === 'template-mismatch').map((f) => [f.location.line, f.message]);
}

describe('template-mismatch', () => {
  it('says nothing when the tables are the year’s', async () => {
    expect(await mismatch(seed001)).toEqual([]);
    expect(await mismatch(seed003)).toEqual([]);
  });

  it('names the year and the labels when a 2021-or-later report fills in the 2019 tables', async () => {
    const late = seed001.replace(/2020年/g, '2022年');
    // 本年新制作数量 is 本年制发件数 renamed; 本年新公开数量 is 2019's alone.
    const line = lineOf(late, '本年新公开数量');
    const found = await mismatch(late);
    expect(found).toHaveLength(1);
    expect(found[0]![0]).toBe(line);
    expect(found[0]![1]).toMatch(new RegExp(`^2022年度报告应使用 2021 版表格，但表格是 2019 版（“本年新公开数量”（行 ${line}）、.*等 \\d+ 处）$`));
    expect((await mismatch(late, 'en'))[0]![1]).toMatch(new RegExp(`^a report for 2022 uses the 2021 tables, but these are the 2019 ones \\("本年新公开数量" at line ${line}, .* and \\d+ more\\)$`));
  });

  it('names the rows of the other template inside a table of the right one', async () => {
    // Seed 003's three （六） rows replaced by 2019's single 其他处理 row.
    const lines = seed003.split('\n');
    const first = lines.findIndex((l) => l.includes('逾期不补正'));
    expect(first).toBeGreaterThan(0);
    const values = /((?:\t\d+)+)\t*$/.exec(lines[first]!)![1];
    const mixed = [...lines.slice(0, first), `\t(六) 其他处理${values}`, ...lines.slice(first + 3)].join('\n');
    const found = await mismatch(mixed);
    expect(found).toEqual([[first + 1, `2024年度报告使用 2021 版表格，但表中仍有 2019 版的行或列（“（六）其他处理”（行 ${first + 1}））`]]);
  });
});
