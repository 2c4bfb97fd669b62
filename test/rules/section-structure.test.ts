import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport } from '../../src/report.js';

const seed001 = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', '001_dde6e9dcd5a2f618.txt'), 'utf8');
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.startsWith(needle)) + 1;

async function structure(text: string) {
  const report = await parseReport({ path: 'a.txt', bytes: new TextEncoder().encode(text) });
  return report.findings.filter((f) => f.rule === 'section-order' || f.rule === 'section-heading').map((f) => [f.rule, f.location.line, f.message]);
}

describe('section-order and section-heading', () => {
  it('say nothing of the seed, nor of the wording variants reviewers accept', async () => {
    expect(await structure(seed001)).toEqual([]);
    const variants = seed001.replace('五、存在的主要问题及改进情况', '五、存在的主要问题及整改措施').replace('六、其他需要报告的事项', '六、其他事项');
    expect(await structure(variants)).toEqual([]);
    for (const [from, to] of [
      ['六、其他需要报告的事项', '六、其它需要报告的事项'],
      ['六、其他需要报告的事项', '六、其他需要报告事项'],
      ['五、存在的主要问题及改进情况', '五、主要问题和改进情况'],
      ['一、总体情况', '一、总体情况概述'],
      ['二、主动公开政府信息情况', '二、主动公开政府信息'],
    ] as const) {
      expect(await structure(seed001.replace(from, to)), to).toEqual([]);
    }
  });

  it('name a heading worded otherwise, with the statutory wording', async () => {
    const typo = seed001.replace('二、主动公开政府信息情况', '二、主动公开政府政府情况');
    expect(await structure(typo)).toEqual([['section-heading', lineOf(typo, '二、主动公开政府政府情况'), '第二部分的标题“二、主动公开政府政府情况”与法定表述“主动公开政府信息情况”不同']]);
  });

  it('name a misnumbered heading, a repeated one and one out of order', async () => {
    const misnumbered = seed001.replace('五、存在的主要问题及改进情况', '四、存在的主要问题及改进情况');
    expect(await structure(misnumbered)).toEqual([
      ['section-order', lineOf(misnumbered, '四、存在的主要问题'), '标题“四、存在的主要问题及改进情况”是第五部分的标题，却编为第四部分'],
    ]);
    const repeated = `${seed001}\n六、其他需要报告的事项\n无。\n`;
    const at = repeated.split('\n').lastIndexOf('六、其他需要报告的事项') + 1;
    expect(await structure(repeated)).toEqual([['section-order', at, `第六部分的标题“六、其他需要报告的事项”再次出现（首次在第 ${lineOf(seed001, '六、')} 行）`]]);
    // 五 and 六 swapped, each with its own numeral.
    const five = seed001.slice(seed001.indexOf('五、存在的主要问题'), seed001.indexOf('六、其他需要报告的事项'));
    const swapped = seed001.replace(five, '').replace(/(六、其他需要报告的事项[\s\S]*)$/, `$1\n${five}`);
    expect(await structure(swapped)).toEqual([['section-order', lineOf(swapped, '五、存在的主要问题'), '第五部分的标题“五、存在的主要问题及改进情况”出现在第6部分之后，顺序颠倒']]);
  });

  it('leave a table of contents and a table caption in a heading’s words alone', async () => {
    const toc = seed001.replace('一、总体情况', '目录\n一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n六、其他需要报告的事项\n一、总体情况');
    expect(await structure(toc)).toEqual([]);
    const caption = seed001.replace('二、主动公开政府信息情况', '二、主动公开政府信息情况\n主动公开政府信息情况');
    expect(await structure(caption)).toEqual([]);
  });

  it('leave an appendix and its own numbering alone, and say once that a report numbers its parts its own way', async () => {
    const appendix = `${seed001}\n附件：统计表\n一、主动公开政府信息情况\n二、收到和处理政府信息公开申请情况\n三、政府信息公开行政复议、行政诉讼情况\n`;
    expect(await structure(appendix)).toEqual([]);
    const own = seed001
      .replace('二、主动公开政府信息情况', '一、主动公开政府信息情况')
      .replace('三、收到和处理政府信息公开申请情况', '二、收到和处理政府信息公开申请情况')
      .replace('四、政府信息公开行政复议、行政诉讼情况', '三、政府信息公开行政复议、行政诉讼情况');
    const found = await structure(own);
    expect(found.filter(([rule]) => rule === 'section-order')).toEqual([
      ['section-order', lineOf(own, '一、主动公开'), '3 个标题的编号与其法定部分不符，报告自行编排了章节（首个：“一、主动公开政府信息情况”是第二部分的标题，却编为第一部分）'],
    ]);
  });
});
