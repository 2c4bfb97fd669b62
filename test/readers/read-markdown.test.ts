import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/readers/read-document.js';
import { readMarkdownText } from '../../src/readers/markdown/read-markdown.js';
import { looksLikeMarkdown } from '../../src/readers/markdown/looks-like-markdown.js';
import { parseReport } from '../../src/report.js';
import type { Block, Table } from '../../src/types.js';

const md = (...lines: string[]) => lines.join('\n');
const grids = (blocks: Block[]) => blocks.filter((b): b is Table => b.kind === 'table').map((t) => t.rows.map((r) => r.map((c) => c.text)));
const texts = (blocks: Block[]) => blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));

describe('readMarkdownText: pipe tables', () => {
  it('reads a GFM table as a grid: alignment row gone, escaped pipes, <br> and empty cells kept in place', () => {
    const doc = readMarkdownText(md('| 信息内容 | 本年<br>制发件数 | 备注 |', '|:---|---:|---|', '| 规章 | 0 | a \\| b |', '| 行政规范性文件 |  | |'));
    expect(grids(doc.blocks)).toEqual([
      [
        ['信息内容', '本年 制发件数', '备注'],
        ['规章', '0', 'a | b'],
        ['行政规范性文件', '', ''],
      ],
    ]);
    expect(doc.blocks[0]).toMatchObject({ kind: 'table', aligned: true, line: 1 });
  });

  it('keeps the cells of a row longer than its header (converters print 15 values under 12 header cells)', () => {
    const doc = readMarkdownText(md('| 维持 | 纠正 |', '|---|---|', '| 1 | 0 | 0 | 0 | 1 |'));
    expect(grids(doc.blocks)).toEqual([[['维持', '纠正'], ['1', '0', '0', '0', '1']]]);
  });

  it('drops a delimiter row repeated inside a table body, and gives each row its own line', () => {
    const doc = readMarkdownText(md('| 0 | 0 |', '|---|---|', '| 3.其他 | 4 | 4 |', '|---|---|---|', '| (七)总计 | 33 | 35 |'));
    const table = doc.blocks[0] as Table;
    expect(table.rows.map((r) => [r[0]!.text, r[0]!.line])).toEqual([
      ['0', 1],
      ['3.其他', 3],
      ['(七)总计', 5],
    ]);
  });

  it('reads a raw HTML <table> through the HTML reader, at its own lines', () => {
    const doc = readMarkdownText(md('前言。', '', '<table>', '<tr><td>规章</td><td>1</td></tr>', '</table>'));
    expect(grids(doc.blocks)).toEqual([[['规章', '1']]]);
    expect((doc.blocks[1] as Table).rows[0]![0]!.line).toBe(4);
  });
});

describe('readMarkdownText: text outside tables', () => {
  it('strips heading, emphasis and list markers, one paragraph a source line', () => {
    const doc = readMarkdownText(md('# XX县人民政府2023年政府信息公开工作年度报告', '', '一、**总体情况**', '本年度*主动*公开。', '', '- 列表一项'));
    expect(doc.blocks).toEqual([
      { kind: 'paragraph', text: 'XX县人民政府2023年政府信息公开工作年度报告', line: 1 },
      { kind: 'paragraph', text: '一、总体情况', line: 3 },
      { kind: 'paragraph', text: '本年度主动公开。', line: 4 },
      { kind: 'paragraph', text: '列表一项', line: 6 },
    ]);
  });

  it('drops page furniture: "— 3 —", "第 2 页", and a page number standing as a paragraph of its own', () => {
    const doc = readMarkdownText(md('正文一。', '', '— 3 —', '', '第 2 页', '', '7', '', '正文二。'));
    expect(texts(doc.blocks)).toEqual(['正文一。', '正文二。']);
  });

  it('keeps a lone number inside a paragraph (a value on its line), and rebuilds rows as in plain text', () => {
    const doc = readMarkdownText(md('第二十条第(五)项', '行政许可 97', '信息公开申请', '1'));
    expect(grids(doc.blocks)).toEqual([[['行政许可', '97'], ['信息公开申请', '1']]]);
    expect(texts(doc.blocks)).toEqual(['第二十条第(五)项']);
  });
});

describe('Markdown detection', () => {
  it('takes text with a delimiter row or an ATX heading for Markdown, and pipes or hashes alone for text', () => {
    expect(looksLikeMarkdown('前言\n| a | b |\n|---|---|\n| 1 | 2 |')).toBe(true);
    expect(looksLikeMarkdown('a|b\n---|---\n1|2')).toBe(true);
    expect(looksLikeMarkdown('## 表二')).toBe(true);
    expect(looksLikeMarkdown('规章 | 0 | 0 |\n行政许可 | 3 |')).toBe(false);
    expect(looksLikeMarkdown('#1 号文\n-----')).toBe(false);
  });

  it('reads a .txt holding Markdown as md, a plain .txt as txt, and a .md named file as md whatever it holds', async () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect((await readDocument(enc('| a | b |\n|---|---|\n| 1 | 2 |'))).format).toBe('md');
    expect((await readDocument(enc('一、总体情况\n正文。'))).format).toBe('txt');
    expect((await readDocument(enc('一、总体情况\n正文。'), { markdown: true })).format).toBe('md');
  });

  it('keeps the heading marker out of meta.title and meta.agency', async () => {
    const bytes = new TextEncoder().encode(md('# 某县人民政府2023年政府信息公开工作年度报告', '', '一、总体情况', '', '正文。'));
    const report = await parseReport({ path: 'r.md', bytes });
    expect(report.source.format).toBe('md');
    expect(report.meta).toMatchObject({ title: '某县人民政府2023年政府信息公开工作年度报告', agency: '某县人民政府', year: 2023 });
  });
});
