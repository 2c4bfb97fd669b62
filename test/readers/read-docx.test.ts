import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Block, Cell, Paragraph, Table } from '../../src/types.js';
import { readDocx } from '../../src/readers/docx/read-docx.js';
import { readDocument } from '../../src/readers/read-document.js';

// The .docx files are LibreOffice's conversions of the HTML reader's inputs (scripts/make-reader-docx-fixtures.js).
const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'readers', 'docx');
const fixture = (name: string) => readFileSync(join(dir, name));
const utf8 = (text: string) => new TextEncoder().encode(text);

const p = (text: string, line: number): Paragraph => ({ kind: 'paragraph', text, line });
const c = (text: string, line: number): Cell => ({ text, line });

function grid(block: Block | undefined): string[] {
  if (block?.kind !== 'table') throw new Error(`expected a table, got ${JSON.stringify(block)}`);
  return block.rows.map((row) => row.map((cell) => (cell.merged ? '^' : cell.text)).join(' | '));
}

async function blocksOf(bytes: Uint8Array): Promise<Block[]> {
  const result = await readDocx(bytes);
  expect(result.problems).toEqual([]);
  expect(result.value!.encoding).toBeNull();
  return result.value!.document.blocks;
}

function causes(result: { problems: { rule: string; data?: Record<string, unknown> }[] }) {
  return result.problems.map((problem) => ({ rule: problem.rule, zh: problem.data?.zh, en: problem.data?.en }));
}

interface EntrySpec {
  name: string;
  data: Uint8Array;
  deflate?: boolean;
  /** Declared uncompressed size, when it is to lie. */
  size?: number;
  /** Declared compressed size, when it is to lie. */
  compressedSize?: number;
  flags?: number;
  /** Declares this uncompressed size in a ZIP64 extra field. */
  zip64Size?: bigint;
}

/** A zip written by hand from the format's documented records, so that its sizes can lie. */
function buildZip(entries: EntrySpec[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = utf8(entry.name);
    const body = entry.deflate ? new Uint8Array(deflateRawSync(entry.data)) : entry.data;
    const compressed = entry.compressedSize ?? body.length;
    const size = entry.zip64Size !== undefined ? 0xffffffff : (entry.size ?? entry.data.length);
    const extra = new Uint8Array(entry.zip64Size !== undefined ? 12 : 0);
    if (entry.zip64Size !== undefined) {
      const ev = new DataView(extra.buffer);
      ev.setUint16(0, 0x0001, true);
      ev.setUint16(2, 8, true);
      ev.setBigUint64(4, entry.zip64Size, true);
    }
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, entry.flags ?? 0, true);
    lv.setUint16(8, entry.deflate ? 8 : 0, true);
    lv.setUint32(18, compressed, true);
    lv.setUint32(22, size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.length + extra.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, entry.flags ?? 0, true);
    cv.setUint16(10, entry.deflate ? 8 : 0, true);
    cv.setUint32(20, compressed, true);
    cv.setUint32(24, size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint16(30, extra.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    central.set(extra, 46 + name.length);
    locals.push(local, body);
    centrals.push(central);
    offset += local.length + body.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + centralSize + 22);
  let at = 0;
  for (const part of [...locals, ...centrals, end]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const CONTENT_TYPES = utf8(
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="xml" ContentType="application/xml"/></Types>',
);

describe('readDocx', () => {
  it('reads the statutory request table with its merged header and group labels, numbering paragraphs and rows in order', async () => {
    const blocks = await blocksOf(fixture('request-table.docx'));
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(blocks[0]).toEqual(p('三、收到和处理政府信息公开申请情况', 1));
    expect(blocks[2]).toEqual(p('四、政府信息公开行政复议、行政诉讼情况', 30));
    const table = blocks[1] as Table;
    expect(table.line).toBe(2);
    expect(table.aligned).toBe(true);
    // Each row is one block; its merged copies keep the line of the row they come from.
    expect(table.rows.map((row) => row.find((cell) => !cell.merged)!.line)).toEqual(Array.from({ length: 28 }, (_, i) => i + 2));
    const zeros = '0 | 0 | 0 | 0 | 0 | 0 | 0';
    expect(grid(table).slice(0, 9)).toEqual([
      '(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | ^ | ^ | 申请人情况 | ^ | ^ | ^ | ^ | ^ | ^',
      '^ | ^ | ^ | 自然人 | 法人或其他组织 | ^ | ^ | ^ | ^ | 总计',
      '^ | ^ | ^ | ^ | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | ^',
      '一、本年新收政府信息公开申请数量 | ^ | ^ | 40 | 2 | 0 | 0 | 0 | 1 | 43',
      '二、上年结转政府信息公开申请数量 | ^ | ^ | 1 | 0 | 0 | 0 | 0 | 0 | 1',
      '三、本年度办理结果 | (一)予以公开 | ^ | 5 | 1 |  |  |  | 0 | 6',
      `^ | (二)部分公开(区分处理的,只计这一情形,不计其他情形) | ^ | ${zeros}`,
      `^ | (三)不予公开 | 1.属于国家秘密 | ${zeros}`,
      `^ | ^ | 2.其他法律行政法规禁止公开 | ${zeros}`,
    ]);
    expect(grid(table).slice(23)).toEqual([
      `^ | (六)其他处理 | 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | ${zeros}`,
      `^ | ^ | 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | ${zeros}`,
      '^ | ^ | 3.其他 | 1 | 0 | 0 | 0 | 0 | 0 | 1',
      '^ | (七)总计 | ^ | 41 | 2 |  |  | 0 | 1 | 44',
      `四、结转下年度继续办理 | ^ | ^ | ${zeros}`,
    ]);
    expect(table.rows[27]![0]).toEqual({ text: '四、结转下年度继续办理', line: 29, source: { table: 1, row: 28, cell: 1 } });
    expect(table.rows[26]![0]).toEqual({ text: '三、本年度办理结果', line: 7, merged: true });
  });

  it('joins header cells broken over lines and keeps blank cells blank', async () => {
    const blocks = await blocksOf(fixture('active-tables.docx'));
    expect(blocks.map((b) => (b.kind === 'paragraph' ? `${b.line}: ${b.text}` : [`table ${b.line}`, ...grid(b)]))).toEqual([
      '1: 二、主动公开政府信息情况',
      ['table 2', '第二十条第(一)项 | ^ | ^ | ^', '信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量', '规章 | 0 |  | 0', '规范性文件 | 4 | 4 | 4'],
      [
        'table 7',
        '第二十条第(五)项 | ^ | ^ | ^',
        // LibreOffice made the HTML's line break inside "处理决定\n数量" a space: the .docx holds the space.
        '信息内容 | 上一年项目数量 | 本年增/减 | 处理决定 数量',
        '行政许可 | 452 | +212 | 35,381',
        '其他对外管理服务事项 |  | - | 3,206',
      ],
      // LibreOffice squares a short row off with an empty cell: the missing amount is blank in the .docx.
      ['table 12', '第二十条第(九)项 | ^ | ^', '信息内容 | 采购项目数量 | 采购总金额(单位:万元)', '政府集中采购 | 253 | '],
    ]);
  });

  it('reads tables nested in a layout table, the layout table as blocks', async () => {
    const blocks = await blocksOf(fixture('layout-table.docx'));
    expect(blocks.map((b) => (b.kind === 'paragraph' ? `${b.line}: ${b.text}` : grid(b)))).toEqual([
      '1: 台前县人民政府2020年政府信息公开工作年度报告',
      '2: 一、总体情况',
      '3: 2020年,新增主动公开政府信息10998条。',
      '4: 注:本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。本报告电子版可在台前县人民政府门户网站下载,如对本报告有任何疑问,请与台前县人民政府办公室联系。',
      '5: 四、政府信息公开行政复议、行政诉讼情况',
      [
        '行政复议 | ^ | ^ | ^ | ^ | 行政诉讼 | ^ | ^ | ^ | ^ | ^ | ^ | ^ | ^ | ^',
        '结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | ^ | ^ | ^ | ^ | 复议后起诉 | ^ | ^ | ^ | ^',
        '^ | ^ | ^ | ^ | ^ | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计',
        '0 | 0 | 0 | 1 | 1 | 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0',
      ],
      '10: 五、存在的主要问题及改进情况',
      '11: 六、其他需要报告的事项',
      '12: 无',
    ]);
  });

  it('reads a .docx with no tables: missing tables are for the rules to report, not the reader', async () => {
    expect(await blocksOf(fixture('prose-only.docx'))).toEqual([
      p('延津县人民政府办公室2024年政府信息公开工作年度报告', 1),
      p('一、总体情况', 2),
      p('2024年,延津县人民政府办公室共公开政府信息2222条。', 3),
      p('二、主动公开政府信息情况', 4),
      p('本年制发行政规范性文件15件,废止7件,现行有效127件。', 5),
      p('三、收到和处理政府信息公开申请情况', 6),
      p('本年新收政府信息公开申请40件,均已办结。', 7),
      p('四、政府信息公开行政复议、行政诉讼情况', 8),
      p('未发生政府信息公开行政复议、行政诉讼案件。', 9),
      p('五、存在的主要问题及改进情况', 10),
      p('一是公开内容不够全面;二是解读形式较为单一。', 11),
      p('六、其他需要报告的事项', 12),
      p('本机关2024年未收取信息处理费。', 13),
    ]);
  });

  it('keeps Word tab stops as cell separators, so tab-laid tables are rebuilt as in text', async () => {
    const document = utf8(
      '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
        '<w:p><w:r><w:t>信息内容</w:t></w:r><w:r><w:tab/><w:t>本年制发件数</w:t></w:r></w:p>' +
        '<w:p><w:r><w:t>规章</w:t><w:tab/><w:t>3</w:t></w:r></w:p>' +
        '</w:body></w:document>',
    );
    const bytes = buildZip([
      { name: '[Content_Types].xml', data: CONTENT_TYPES },
      { name: 'word/document.xml', data: document, deflate: true },
    ]);
    expect(await blocksOf(bytes)).toEqual([
      { kind: 'table', line: 1, aligned: false, rows: [[c('信息内容', 1), c('本年制发件数', 1)], [c('规章', 2), c('3', 2)]] },
    ]);
  });

  it('refuses a truncated .docx, found as a .docx by readDocument, and says why', async () => {
    const result = await readDocument(fixture('truncated.docx'));
    expect(result.format).toBe('docx');
    expect(result.value).toBeNull();
    expect(causes(result)).toEqual([
      {
        rule: 'input-unreadable',
        zh: '文件不完整或已损坏：找不到完整的 ZIP 中央目录（下载可能被截断）',
        en: 'the file is truncated or damaged: no complete zip central directory (the download may have been cut short)',
      },
    ]);
  });

  it('refuses a zip bomb that declares more than 100 MiB in all before unpacking anything', async () => {
    const bytes = buildZip(
      ['word/document.xml', 'word/media/a.bin', 'word/media/b.bin'].map((name) => ({
        name,
        data: utf8('x'),
        size: 40 * 1024 * 1024,
        compressedSize: 400 * 1024,
      })),
    );
    const result = await readDocument(bytes);
    expect(result.value).toBeNull();
    expect(causes(result)).toEqual([
      {
        rule: 'input-unreadable',
        zh: 'ZIP 声明的解压后总大小为 120 MiB，超过 100 MiB 的上限（疑似压缩炸弹）',
        en: 'the zip declares 120 MiB uncompressed in total, over the 100 MiB limit (a possible zip bomb)',
      },
    ]);
  });

  it('refuses an entry with an absurd compression ratio, declared plainly or in a ZIP64 field', async () => {
    const zeros = new Uint8Array(2 * 1024 * 1024);
    const plain = buildZip([{ name: 'word/document.xml', data: zeros, deflate: true }]);
    const ratio = Math.round(zeros.length / deflateRawSync(zeros).length);
    expect(causes(await readDocx(plain))).toEqual([
      {
        rule: 'input-unreadable',
        zh: `ZIP 条目 word/document.xml 的压缩比高达 ${ratio}:1，不合常理（疑似压缩炸弹）`,
        en: `zip entry word/document.xml has an absurd compression ratio of ${ratio}:1 (a possible zip bomb)`,
      },
    ]);
    const zip64 = buildZip([{ name: 'word/document.xml', data: utf8('<w:document/>'), deflate: true, zip64Size: 1n << 40n }]);
    expect((await readDocx(zip64)).problems[0]!.data!.en).toMatch(/^zip entry word\/document\.xml has an absurd compression ratio of \d+:1/);
  });

  it('refuses an entry that expands beyond the size it declares', async () => {
    const bytes = buildZip([
      { name: '[Content_Types].xml', data: CONTENT_TYPES },
      { name: 'word/document.xml', data: new Uint8Array(2 * 1024 * 1024), deflate: true, size: 1000 },
    ]);
    expect(causes(await readDocx(bytes))).toEqual([
      {
        rule: 'input-unreadable',
        zh: 'ZIP 条目 word/document.xml 解压后超过其声明的 1000 字节（疑似压缩炸弹）',
        en: 'zip entry word/document.xml expands beyond its declared 1000 bytes (a possible zip bomb)',
      },
    ]);
  });

  it('refuses an encrypted zip entry', async () => {
    const bytes = buildZip([{ name: 'word/document.xml', data: utf8('xxxx'), flags: 1 }]);
    expect(causes(await readDocx(bytes))).toEqual([
      {
        rule: 'input-unreadable',
        zh: '文档已加密（受密码保护），请解除密码后再检查',
        en: 'the document is encrypted (password-protected): remove the password and try again',
      },
    ]);
  });

  it('turns a document part mammoth cannot read into a finding instead of an exception', async () => {
    const bytes = buildZip([
      { name: '[Content_Types].xml', data: CONTENT_TYPES },
      { name: 'word/document.xml', data: utf8('<w:document><w:body><w:p>'), deflate: true },
    ]);
    const result = await readDocx(bytes);
    expect(result.value).toBeNull();
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.rule).toBe('input-unreadable');
    expect(result.problems[0]!.data!.zh).toMatch(/^文档内容损坏，无法转换（.+）$/);
    expect(result.problems[0]!.data!.en).toMatch(/^the document is damaged and cannot be converted \(.+\)$/);
  });

  it('finds a .docx with no text at all unreadable', async () => {
    const document = utf8(
      '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p/></w:body></w:document>',
    );
    const bytes = buildZip([
      { name: '[Content_Types].xml', data: CONTENT_TYPES },
      { name: 'word/document.xml', data: document, deflate: true },
    ]);
    expect(causes(await readDocx(bytes))).toEqual([
      { rule: 'input-unreadable', zh: '文档中没有文字（可能只有扫描图片）', en: 'the document has no text (perhaps only scanned images)' },
    ]);
  });
});
