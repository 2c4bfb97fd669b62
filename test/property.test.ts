import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/report.js';
import { ReportSchema, type Report } from '../src/record/schema.js';
import { RULES } from '../src/rules/index.js';

/**
 * Whatever bytes come in, the pipeline returns a record (never an exception): issue 2's property
 * test. Four sources of input: random bytes, random Unicode text, text assembled from the pieces
 * reports are made of, and random damage to the five seeds.
 */
const RULE_IDS = new Set(RULES.map((r) => r.id));
// PROPERTY_RUNS=5000 npx vitest run test/property.test.ts for a longer hunt.
const RUNS = Number(process.env.PROPERTY_RUNS ?? 200);

const dir = join(import.meta.dirname, '..', 'fixtures');
const SEEDS = readdirSync(dir)
  .filter((f) => /^\d{3}_.*\.txt$/.test(f))
  .sort()
  .map((f) => readFileSync(join(dir, f), 'utf8'));

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

/** Parses and checks the record: schema-valid, every rule id registered. Returns it for more checks. */
async function parsesToValidRecord(bytes: Uint8Array): Promise<Report> {
  const report = await parseReport({ path: 'input.txt', bytes });
  const parsed = ReportSchema.safeParse(report);
  if (!parsed.success) throw new Error(`record does not match ReportSchema: ${parsed.error.message}`);
  for (const f of report.findings) if (!RULE_IDS.has(f.rule)) throw new Error(`finding with unregistered rule id ${f.rule}`);
  expect(report.source.bytes).toBe(bytes.length);
  return report;
}

// ---------------------------------------------------------------------------------------------
// Report-ish pieces.
// ---------------------------------------------------------------------------------------------
const HEADINGS = [
  '一、总体情况',
  '总体情况',
  '二、主动公开政府信息情况',
  '二、行政机关主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
  '三、开展基层政务公开标准化规范化工作',
  '某某县人民政府2020年政府信息公开工作年度报告',
];
const LABELS = [
  '一、本年新收政府信息公开申请数量',
  '二、上年结转政府信息公开申请数量',
  '三、本年度办理结果',
  '(一) 予以公开',
  '(二) 部分公开',
  '(三) 不予公开',
  '1.属于国家秘密',
  '8.属于行政查询事项',
  '(四) 无法提供',
  '1.本机关不掌握相关政府信息',
  '(五) 不予处理',
  '2.重复申请',
  '(六) 其他处理',
  '3.其他',
  '(七) 总计',
  '四、结转下年度继续办理',
  '规章',
  '规范性文件',
  '行政许可',
  '行政处罚',
  '行政事业性收费',
  '政府集中采购',
  '自然人',
  '法人或其他组织',
  '商业企业',
  '其他',
  '总计',
  '小计',
  '行政复议',
  '行政诉讼',
  '结果维持',
  '结果纠正',
  '其他结果',
  '尚未审结',
  '未经复议直接起诉',
  '复议后起诉',
  '信息内容',
  '本年新制作数量',
  '本年制发件数',
  '现行有效件数',
  '上一年项目数量',
  '本年增/减',
  '处理决定数量',
  '采购总金额（单位：万元）',
  '第二十条第（一）项',
];
const VALUES = ['0', '1', '12', '35,381', '17,233.32', '+12', '-8', '-', '—', '/', '', ' ', '１２', '251000元', '4件', 'abc', '\u00a00', '0\u200b'];

const label = fc.constantFrom(...LABELS);
const value = fc.oneof(fc.constantFrom(...VALUES), fc.nat({ max: 100_000 }).map(String));
const cell = fc.oneof({ weight: 3, arbitrary: value }, { weight: 1, arbitrary: label });
const tabRow = fc.tuple(fc.array(label, { maxLength: 3 }), fc.array(cell, { maxLength: 16 })).map(([ls, cs]) => [...ls, ...cs].join('\t'));
const stackedRow = fc.array(cell, { minLength: 1, maxLength: 8 }).map((cs) => cs.map((c) => `\t${c}`).join('\n'));
const spacedRow = fc.tuple(label, fc.array(value, { minLength: 1, maxLength: 8 })).map(([l, vs]) => [l, ...vs].join(' '));
const piece = fc.oneof(
  fc.constantFrom(...HEADINGS),
  tabRow,
  stackedRow,
  spacedRow,
  label,
  value,
  fc.constant(''),
  fc.string({ maxLength: 40 }),
);
const reportish = fc
  .tuple(fc.array(piece, { maxLength: 120 }), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([pieces, eol]) => pieces.join(eol));

// ---------------------------------------------------------------------------------------------
// Damage to a seed: one line-level or character-level change after another.
// ---------------------------------------------------------------------------------------------
type Op =
  | { op: 'delete'; at: number }
  | { op: 'duplicate'; at: number }
  | { op: 'swap'; at: number; with: number }
  | { op: 'tab'; at: number; col: number }
  | { op: 'replace'; at: number; ch: string }
  | { op: 'truncate'; at: number };

// Positions are fractions of the current length, so that every op applies whatever came before it.
const frac = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const op: fc.Arbitrary<Op> = fc.oneof(
  frac.map((at) => ({ op: 'delete' as const, at })),
  frac.map((at) => ({ op: 'duplicate' as const, at })),
  fc.tuple(frac, frac).map(([at, w]) => ({ op: 'swap' as const, at, with: w })),
  fc.tuple(frac, frac).map(([at, col]) => ({ op: 'tab' as const, at, col })),
  fc.tuple(frac, fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), fc.constantFrom('\t', '\n', '0', '9', '、', '（', '-', ','))).map(([at, ch]) => ({
    op: 'replace' as const,
    at,
    ch,
  })),
  frac.map((at) => ({ op: 'truncate' as const, at })),
);

function applyOps(text: string, ops: readonly Op[]): string {
  let lines = text.split('\n');
  for (const o of ops) {
    const i = Math.floor(o.at * lines.length);
    switch (o.op) {
      case 'delete':
        lines.splice(i, 1);
        break;
      case 'duplicate':
        if (lines[i] !== undefined) lines.splice(i, 0, lines[i]!);
        break;
      case 'swap': {
        const j = Math.floor(o.with * lines.length);
        if (lines[i] !== undefined && lines[j] !== undefined) [lines[i], lines[j]] = [lines[j]!, lines[i]!];
        break;
      }
      case 'tab': {
        const line = lines[i];
        if (line !== undefined) {
          const c = Math.floor(o.col * (line.length + 1));
          lines[i] = `${line.slice(0, c)}\t${line.slice(c)}`;
        }
        break;
      }
      case 'replace': {
        const joined = lines.join('\n');
        const chars = [...joined];
        if (chars.length > 0) chars[Math.floor(o.at * chars.length)] = o.ch;
        lines = chars.join('').split('\n');
        break;
      }
      case 'truncate': {
        const joined = lines.join('\n');
        lines = joined.slice(0, Math.floor(o.at * joined.length)).split('\n');
        break;
      }
    }
  }
  return lines.join('\n');
}

const damagedSeed = fc.tuple(fc.nat({ max: SEEDS.length - 1 }), fc.array(op, { minLength: 1, maxLength: 8 })).map(([s, ops]) => applyOps(SEEDS[s]!, ops));

describe('the pipeline on arbitrary input', () => {
  it('never throws on random bytes, and says what is wrong with them', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (bytes) => {
        const report = await parsesToValidRecord(bytes);
        expect(report.findings.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on random Unicode text (any code point), and says what is wrong with it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 2000 }), async (text) => {
        const report = await parsesToValidRecord(utf8(text));
        expect(report.findings.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on text assembled from headings, tab rows of labels and numbers, and blank lines', async () => {
    await fc.assert(
      fc.asyncProperty(reportish, async (text) => {
        await parsesToValidRecord(utf8(text));
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on the seeds with lines deleted, duplicated, swapped, tabs inserted, characters replaced or the text truncated', async () => {
    await fc.assert(
      fc.asyncProperty(damagedSeed, async (text) => {
        await parsesToValidRecord(utf8(text));
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on damaged seeds saved as UTF-16LE with a BOM', async () => {
    await fc.assert(
      fc.asyncProperty(damagedSeed, async (text) => {
        await parsesToValidRecord(new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]));
      }),
      { numRuns: 50 },
    );
  });
});

describe('the damage helper used above', () => {
  it('changes nothing with no ops, and each op does what it says', () => {
    const text = 'a\nb\nc';
    expect(applyOps(text, [])).toBe(text);
    expect(applyOps(text, [{ op: 'delete', at: 0.5 }])).toBe('a\nc');
    expect(applyOps(text, [{ op: 'duplicate', at: 0 }])).toBe('a\na\nb\nc');
    expect(applyOps(text, [{ op: 'swap', at: 0, with: 0.9 }])).toBe('c\nb\na');
    expect(applyOps(text, [{ op: 'tab', at: 0, col: 0 }])).toBe('\ta\nb\nc');
    expect(applyOps(text, [{ op: 'replace', at: 0, ch: 'x' }])).toBe('x\nb\nc');
    expect(applyOps(text, [{ op: 'truncate', at: 0.5 }])).toBe('a\n');
  });
});
