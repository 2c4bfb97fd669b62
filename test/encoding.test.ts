import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/report.js';
import { Active2019Schema, type Report } from '../src/record/schema.js';

const dir = join(import.meta.dirname, '..', 'fixtures');
const seeds = readdirSync(dir)
  .filter((f) => /^\d{3}_.*\.txt$/.test(f))
  .sort();
const seedText = (name: string) => readFileSync(join(dir, name), 'utf8');

// ---------------------------------------------------------------------------------------------
// Test-only scaffolding: a GB18030 encoder. Node's TextEncoder only writes UTF-8, so the reverse
// map is built from Node's own gb18030 decoder: every two-byte sequence 0x81–0xFE × 0x40–0xFE,
// then the four-byte sequences that cover the rest of the BMP (NBSP, "–" …: seed 000 has NBSPs).
// ---------------------------------------------------------------------------------------------
let gbMap: Map<string, number[]> | null = null;

function gb18030Map(): Map<string, number[]> {
  if (gbMap) return gbMap;
  const decoder = new TextDecoder('gb18030');
  const map = new Map<string, number[]>();
  for (let a = 0x81; a <= 0xfe; a++) {
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      const s = decoder.decode(new Uint8Array([a, b]));
      if (s.length === 1 && s !== '\ufffd' && !map.has(s)) map.set(s, [a, b]);
    }
  }
  // Four-byte sequences always decode to exactly one character (or U+FFFD), so one call suffices.
  const seqs: number[] = [];
  for (let a = 0x81; a <= 0x84; a++) for (let b = 0x30; b <= 0x39; b++) for (let c = 0x81; c <= 0xfe; c++) for (let d = 0x30; d <= 0x39; d++) seqs.push(a, b, c, d);
  const decoded = decoder.decode(new Uint8Array(seqs));
  if (decoded.length !== seqs.length / 4) throw new Error('four-byte GB18030 sequences did not decode one to one');
  for (let i = 0; i < decoded.length; i++) {
    const ch = decoded[i]!;
    if (ch !== '\ufffd' && !map.has(ch)) map.set(ch, seqs.slice(i * 4, i * 4 + 4));
  }
  gbMap = map;
  return map;
}

function encodeGb18030(text: string): Uint8Array {
  const map = gb18030Map();
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const bytes = map.get(ch);
      if (!bytes) throw new Error(`no GB18030 bytes for U+${code.toString(16)}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const withBom = (bom: number[], body: Uint8Array) => new Uint8Array([...bom, ...body]);
const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n');
const crOnly = (text: string) => text.replace(/\r?\n/g, '\r');

function utf16be(text: string): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  const be = new Uint8Array(le.length);
  for (let i = 0; i + 1 < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
  return be;
}

/** What must not change with the bytes: the record's data and where each finding points. */
function essentials(report: Report) {
  return {
    meta: report.meta,
    sections: report.sections,
    active: report.active,
    requests: report.requests,
    appeals: report.appeals,
    findings: report.findings.map((f) => ({ rule: f.rule, severity: f.severity, line: f.location.line })),
  };
}

const parse = (bytes: Uint8Array, path = 'report.txt') => parseReport({ path, bytes });

interface Variant {
  name: string;
  encoding: string;
  bytes: (text: string) => Uint8Array;
}

const VARIANTS: Variant[] = [
  { name: 'GB18030 with CRLF line ends', encoding: 'gb18030', bytes: (t) => encodeGb18030(crlf(t)) },
  { name: 'GB18030 with LF line ends', encoding: 'gb18030', bytes: (t) => encodeGb18030(t) },
  { name: 'UTF-8 with a BOM', encoding: 'utf-8', bytes: (t) => withBom([0xef, 0xbb, 0xbf], utf8(t)) },
  { name: 'UTF-8 with a BOM and CRLF line ends', encoding: 'utf-8', bytes: (t) => withBom([0xef, 0xbb, 0xbf], utf8(crlf(t))) },
  { name: 'UTF-16LE with a BOM', encoding: 'utf-16le', bytes: (t) => withBom([0xff, 0xfe], new Uint8Array(Buffer.from(t, 'utf16le'))) },
  { name: 'UTF-16LE with a BOM and CRLF line ends', encoding: 'utf-16le', bytes: (t) => withBom([0xff, 0xfe], new Uint8Array(Buffer.from(crlf(t), 'utf16le'))) },
  { name: 'UTF-16BE with a BOM', encoding: 'utf-16be', bytes: (t) => withBom([0xfe, 0xff], utf16be(t)) },
  { name: 'UTF-8 with CR-only line ends', encoding: 'utf-8', bytes: (t) => utf8(crOnly(t)) },
  { name: 'GB18030 with CR-only line ends', encoding: 'gb18030', bytes: (t) => encodeGb18030(crOnly(t)) },
];

describe('the GB18030 test encoder', () => {
  it('round-trips every seed through Node’s gb18030 decoder', () => {
    for (const name of seeds) {
      const text = seedText(name);
      expect(new TextDecoder('gb18030').decode(encodeGb18030(text))).toBe(text);
    }
  });

  it('produces bytes that are not valid UTF-8, so the reader has to fall back on GB18030', () => {
    for (const name of seeds) {
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(encodeGb18030(seedText(name)))).toThrow();
    }
  });

  it('writes the four-byte form for characters outside GBK (NBSP → 81 30 84 32)', () => {
    // U+0080 is the first four-byte code, 81 30 81 30; U+00A0 is 32 codes later: 81 30 (81+3) (30+2).
    expect([...encodeGb18030('\u00a0')]).toEqual([0x81, 0x30, 0x84, 0x32]);
    expect([...encodeGb18030('中')]).toEqual([0xd6, 0xd0]);
  });
});

describe.each(seeds)('seed %s saved in other encodings and line ends', (name) => {
  const text = seedText(name);

  it('is read as UTF-8 in its shipped form', async () => {
    const report = await parse(readFileSync(join(dir, name)), name);
    expect(report.source.encoding).toBe('utf-8');
    expect(report.source.format).toBe('txt');
  });

  it.each(VARIANTS)('gives the same record and findings as $name', async ({ bytes, encoding }) => {
    const original = await parse(readFileSync(join(dir, name)), name);
    const encoded = bytes(text);
    const report = await parse(encoded, name);
    expect(report.source.encoding).toBe(encoding);
    expect(report.source.bytes).toBe(encoded.length);
    expect(essentials(report)).toEqual(essentials(original));
  });
});

// ---------------------------------------------------------------------------------------------
// Cell values in the forms copy-paste produces, as small edits of seed 001. Each expected value
// is the number written in the edited cell.
// ---------------------------------------------------------------------------------------------
const SEED_001 = seedText('001_dde6e9dcd5a2f618.txt');
const LINES_001 = SEED_001.split('\n');

/** Seed 001 with whole lines replaced (1-based line numbers, as an editor shows them). */
function edit001(replacements: Record<number, string>): Uint8Array {
  const lines = [...LINES_001];
  for (const [line, text] of Object.entries(replacements)) {
    const i = Number(line) - 1;
    if (lines[i] === undefined) throw new Error(`seed 001 has no line ${line}`);
    lines[i] = text;
  }
  return utf8(lines.join('\n'));
}

// The lines edited below, as the file has them (checked so that a changed fixture fails loudly).
const LINE_29 = '行政许可\t231\t1\t27269';
const LINE_30 = '其他对外管理服务事项\t551\t0\t220809';
const LINE_40 = '政府集中采购\t3\t111.1\t';
const LINE_47 = '一、本年新收政府信息公开申请数量\t10\t2\t0\t0\t0\t0\t12';
const LINE_50 = '三、本年度办理结果\t(一) 予以公开\t\t3\t0\t0\t0\t0\t0\t3';
const LINE_70 = '\t\t(七) 总计\t12\t2\t0\t0\t0\t0\t14';
const LINE_78 = '0\t0\t0\t1\t1\t1\t0\t0\t0\t1\t0\t0\t0\t0\t0';

/** Seed 001 uses the 2019 format; parsing with the 2019 schema both narrows the type and checks it. */
const active2019 = (report: Report) => Active2019Schema.parse(report.active);

const RECEIVED_001 = { natural: 10, business: 2, research: 0, nonprofit: 0, legal: 0, otherOrg: 0, total: 12 };

describe('cell values written in other forms (seed 001 edited)', () => {
  it('starts from the lines the tests edit', () => {
    expect([LINES_001[28], LINES_001[29], LINES_001[39], LINES_001[46], LINES_001[49], LINES_001[69], LINES_001[77]]).toEqual([
      LINE_29,
      LINE_30,
      LINE_40,
      LINE_47,
      LINE_50,
      LINE_70,
      LINE_78,
    ]);
  });

  it('reads full-width digits "１０" "１２" as 10 and 12', async () => {
    const report = await parse(edit001({ 47: '一、本年新收政府信息公开申请数量\t１０\t２\t０\t０\t０\t０\t１２' }));
    expect(report.requests.received).toEqual(RECEIVED_001);
    expect(report.findings).toEqual([]);
  });

  it('reads full-width brackets in row labels "（一）予以公开" and "（七）总计" like their ASCII forms', async () => {
    const report = await parse(edit001({ 50: LINE_50.replace('(一) ', '（一）'), 70: LINE_70.replace('(七) ', '（七）') }));
    expect(report.requests.granted).toEqual({ natural: 3, business: 0, research: 0, nonprofit: 0, legal: 0, otherOrg: 0, total: 3 });
    expect(report.requests.total).toEqual({ natural: 12, business: 2, research: 0, nonprofit: 0, legal: 0, otherOrg: 0, total: 14 });
    expect(report.findings).toEqual([]);
  });

  it('ignores NBSP, ideographic spaces and zero-width characters around and inside numbers', async () => {
    const report = await parse(edit001({ 47: '一、本年新收政府信息公开申请数量\t\u00a010\t2\u200b\t\u200b0\t0\ufeff\t\u30000\t0\u00a0\t1\u200c2' }));
    expect(report.requests.received).toEqual(RECEIVED_001);
    expect(report.findings).toEqual([]);
  });

  it('ignores zero-width characters inside a row label', async () => {
    const report = await parse(edit001({ 47: LINE_47.replace('本年新收', '本\u200b年新\u200d收') }));
    expect(report.requests.received).toEqual(RECEIVED_001);
    expect(report.findings).toEqual([]);
  });

  it('reads thousands separators, decimals and signed changes: "35,381", "+12", "17,233.32", "-8"', async () => {
    const report = await parse(edit001({ 29: '行政许可\t35,381\t+12\t17,233.32', 30: '其他对外管理服务事项\t551\t-8\t220809' }));
    expect(active2019(report).licensing).toEqual({ previousItems: 35381, change: 12, decisions: 17233.32 });
    expect(active2019(report).otherServices).toEqual({ previousItems: 551, change: -8, decisions: 220809 });
    expect(report.findings).toEqual([]);
  });

  it('reads full-width signs and separators "＋１２" "－８" "３５，３８１" like their ASCII forms', async () => {
    const report = await parse(edit001({ 29: '行政许可\t231\t＋１２\t３５，３８１', 30: '其他对外管理服务事项\t551\t－８\t220809' }));
    expect(active2019(report).licensing).toEqual({ previousItems: 231, change: 12, decisions: 35381 });
    expect(active2019(report).otherServices).toEqual({ previousItems: 551, change: -8, decisions: 220809 });
    expect(report.findings).toEqual([]);
  });

  it('reads a grouped decimal amount "17,233.32" under 采购总金额 (万元) as 17233.32', async () => {
    const report = await parse(edit001({ 40: '政府集中采购\t3\t17,233.32\t' }));
    expect(active2019(report).procurement).toEqual({ projects: 3, amount: 17233.32 });
    expect(report.findings).toEqual([]);
  });

  it('reads "-", "—" and "/" cells in section 二 as null and says so in one info finding for the table', async () => {
    const report = await parse(edit001({ 29: '行政许可\t231\t-\t27269', 30: '其他对外管理服务事项\t551\t—\t220809', 40: '政府集中采购\t3\t/\t' }));
    expect(active2019(report).licensing).toEqual({ previousItems: 231, change: null, decisions: 27269 });
    expect(active2019(report).otherServices).toEqual({ previousItems: 551, change: null, decisions: 220809 });
    expect(active2019(report).procurement).toEqual({ projects: 3, amount: null });
    expect(report.findings.map((f) => ({ rule: f.rule, severity: f.severity, location: f.location }))).toEqual([
      { rule: 'cell-blank', severity: 'info', location: { line: 29, section: 2, table: 'active', path: 'active' } },
    ]);
    expect(report.findings[0]!.message).toBe('主动公开情况表有 3 个单元格标为无数值（“-”“无”等），按无数值处理，在 3 行：行政许可、其他对外管理服务事项、政府集中采购');
  });

  it('reads "-", "—" and "/" in the appeals row as null, and the 行政复议 total cannot be checked', async () => {
    const report = await parse(edit001({ 78: LINE_78.replace(/^0\t0\t0/, '-\t—\t/') }));
    expect(report.appeals).toEqual({
      reconsideration: { upheld: null, corrected: null, other: null, pending: 1, total: 1 },
      litigation: {
        direct: { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 },
        afterReconsideration: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
      },
    });
    expect(report.findings.map((f) => ({ rule: f.rule, severity: f.severity, location: f.location }))).toEqual([
      { rule: 'appeals-total', severity: 'warning', location: { line: 78, section: 4, table: 'appeals', path: 'appeals' } },
      { rule: 'cell-blank', severity: 'info', location: { line: 78, section: 4, table: 'appeals', path: 'appeals' } },
    ]);
    expect(report.findings[1]!.message).toContain('有 3 个单元格标为无数值');
  });

  it('reads a "-" in the request table as null, never 0, and the row and column it stands in go unchecked', async () => {
    const report = await parse(edit001({ 47: '一、本年新收政府信息公开申请数量\t10\t2\t-\t0\t0\t0\t12' }));
    expect(report.requests.received).toEqual({ ...RECEIVED_001, research: null });
    expect(report.findings.map((f) => ({ rule: f.rule, severity: f.severity, location: f.location }))).toEqual([
      { rule: 'requests-balance', severity: 'warning', location: { line: 47, section: 3, table: 'requests', path: 'requests' } },
      { rule: 'requests-row-total', severity: 'warning', location: { line: 47, section: 3, table: 'requests', path: 'requests' } },
      { rule: 'cell-blank', severity: 'info', location: { line: 47, section: 3, table: 'requests', row: 'received', column: 'research', path: 'requests.received.research' } },
    ]);
  });
});
