import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import OpenCC from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import { stripPinyinAnnotations } from '../src/normalize/pinyin-annotations.js';
import { foldTraditional, looksTraditional, TRADITIONAL_ONLY } from '../src/normalize/traditional.js';
import { decodeTextFile } from '../src/readers/text/read-text.js';
import { parseReport } from '../src/report.js';

const root = join(import.meta.dirname, '..');
const fixtures = join(root, 'fixtures');
const corpus = join(root, '..', 'shared', 'corpus');
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('stripPinyinAnnotations', () => {
  const stripped: [string, string][] = [
    // corpus 003 and 018, as the mirror wrote them
    ['本年制發(fā)件數(shù)', '本年制發件數'],
    ['規(guī)章 | 0 | 0 | 0 |', '規章 | 0 | 0 | 0 |'],
    ['縣城南區(qū)工委、管委', '縣城南區工委、管委'],
    ['第二十條第(一)項(xiàng)', '第二十條第(一)項'],
    ['柞水縣鳳凰鎮(zhèn)人民政府', '柞水縣鳳凰鎮人民政府'],
    // ü with a tone mark, and the longest syllables
    ['綠(lǜ)化', '綠化'],
    ['莊(zhuāng)重', '莊重'],
    ['雙(shuāng)方', '雙方'],
  ];
  it.each(stripped)('removes the pinyin a conversion inserted: %s', (text, want) => {
    expect(stripPinyinAnnotations(text)).toBe(want);
  });

  it('removes an annotation cut at a line end when the text has whole ones', () => {
    expect(stripPinyinAnnotations('申請數(shù)量\n(二)部分公開(區(')).toBe('申請數量\n(二)部分公開(區');
    expect(stripPinyinAnnotations('申請數(shù)量\n(二)部分公開(區(q\n下一行')).toBe('申請數量\n(二)部分公開(區\n下一行');
    expect(stripPinyinAnnotations('申請數(shù)量\r\n(二)部分公開(區(qū\r\n')).toBe('申請數量\r\n(二)部分公開(區\r\n');
  });

  const kept = [
    '(一)予以公开',
    '本年收费金额(单位:万元)',
    '上一年项目数量(指2019年事项数)',
    '《条例》(以下简称《条例》)',
    '门户网站(tufwp.cn)',
    '附件(pdf)',
    '见附件(PDF)',
    '联系电话(0914-4261352)',
    '数(shù liàng)',
    'Beijing(běi)',
    '数 (shù)',
    '数(shùliàngzhǔ)',
    // a label wrapped after its bracket, in a text with no annotation
    '(二)部分公开(\n区分处理的,只计这一情形,不计其他情形)',
    'Pinyin ā á ǎ à in a sentence (not an annotation)',
  ];
  it.each(kept)('leaves ordinary brackets alone: %s', (text) => {
    expect(stripPinyinAnnotations(text)).toBe(text);
  });
});

describe('looksTraditional', () => {
  it('does not take any Simplified seed report for Traditional', () => {
    const seeds = readdirSync(fixtures).filter((f) => f.endsWith('.txt'));
    expect(seeds.length).toBeGreaterThan(0);
    expect(seeds.filter((f) => looksTraditional(readFileSync(join(fixtures, f), 'utf8')))).toEqual([]);
  });

  it('takes a short Traditional excerpt for Traditional', () => {
    expect(looksTraditional('一、本年新收政府信息公開申請數量\t0\t0\t0')).toBe(true);
    expect(looksTraditional('規章\t0\t0\t0\n行政規範性文件\t0\t0\t0')).toBe(true);
  });

  it('does not take a Simplified report that names a few places in Traditional characters for Traditional', () => {
    const text = `${'本机关全年主动公开政府信息126条，受理政府信息公开申请9件，均按时答复。'.repeat(4)}协助办理臺灣同胞、澳門居民、香港居民来函3件。`;
    expect(looksTraditional(text)).toBe(false);
  });

  it('decides on the first 4,096 characters', () => {
    const head = '本机关全年主动公开政府信息，受理申请均按时答复。'.repeat(200).slice(0, 4096);
    expect(looksTraditional(`${head}規章\t0\t0\t0\n行政規範性文件\t0\t0\t0`)).toBe(false);
  });

  it('counts only characters that OpenCC turns into Simplified ones', () => {
    const t2s = OpenCC.Converter({ from: 't', to: 'cn' });
    expect([...TRADITIONAL_ONLY].filter((c) => t2s(c) === c)).toEqual([]);
  });

  it('counts no character that any Simplified fixture holds', () => {
    const texts: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.(txt|md|html?)$/.test(entry.name) && !entry.name.startsWith('traditional-')) texts.push(path);
      }
    };
    walk(fixtures);
    expect(texts.length).toBeGreaterThan(10);
    const holding = texts.filter((path) => [...readFileSync(path, 'utf8')].some((c) => TRADITIONAL_ONLY.includes(c)));
    expect(holding).toEqual([]);
  });
});

describe('foldTraditional', () => {
  it('folds Traditional text to Simplified and drops the pinyin, line for line', () => {
    const text = '規(guī)章\t0\t0\t0\n行政規(guī)範性文件\t3\t1\t12\n(二)部分公開(區(qū)分處理的,只計這一情形)';
    expect(foldTraditional(text)).toBe('规章\t0\t0\t0\n行政规范性文件\t3\t1\t12\n(二)部分公开(区分处理的,只计这一情形)');
  });

  it('returns Simplified text as it is', () => {
    const text = readFileSync(join(fixtures, '001_dde6e9dcd5a2f618.txt'), 'utf8');
    expect(foldTraditional(text)).toBe(text);
  });

  it('is applied by the text reader after NFKC, so full-width brackets around the pinyin go too', () => {
    expect(decodeTextFile(utf8('行政規（guī）範性文件\t0\r\n總計\t0')).value).toEqual({ text: '行政规范性文件\t0\r\n总计\t0', encoding: 'utf-8' });
  });
});

describe('a report a mirror converted to Traditional (fixtures/readers/text/traditional-mirror-2021.txt)', () => {
  const name = 'traditional-mirror-2021.txt';
  const parse = () => parseReport({ path: name, bytes: readFileSync(join(fixtures, 'readers', 'text', name)) });

  it('reads its tables as if it were Simplified, with no finding', async () => {
    const report = await parse();
    expect(report.meta).toEqual({ title: '示例县凤凰镇人民政府2021年政府信息公开工作年度报告', agency: '示例县凤凰镇人民政府', year: 2021, template: '2021', published: null, url: null });
    expect(report.sections.map((s) => s.heading)).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
    expect(report.active).toEqual({
      regulations: { issued: 0, repealed: 0, inForce: 0 },
      normativeDocuments: { issued: 3, repealed: 1, inForce: 12 },
      licensing: { decisions: 45 },
      penalties: { decisions: 17 },
      enforcement: { decisions: 2 },
      fees: { amount: 3.5 },
    });
    const row = (natural: number, business: number, total: number) => ({ natural, business, research: 0, nonprofit: 0, legal: 0, otherOrg: 0, total });
    expect(report.requests.received).toEqual(row(7, 2, 9));
    expect(report.requests.carriedOver).toEqual(row(1, 0, 1));
    expect(report.requests.granted).toEqual(row(5, 1, 6));
    expect(report.requests.partiallyGranted).toEqual(row(1, 0, 1));
    expect(report.requests.unavailable.notHeld).toEqual(row(1, 1, 2));
    expect(report.requests.total).toEqual(row(7, 2, 9));
    expect(report.requests.carriedForward).toEqual(row(1, 0, 1));
    expect(report.appeals).toEqual({
      reconsideration: { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 },
      litigation: { direct: { upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 }, afterReconsideration: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 } },
    });
    expect(report.findings).toEqual([]);
  });

  it('keeps the line numbers of the file', async () => {
    const report = await parse();
    expect(report.cells.find((c) => c.path === 'active.normativeDocuments.inForce')).toEqual({ path: 'active.normativeDocuments.inForce', raw: '12', line: 10 });
    expect(report.sections.map((s) => s.line)).toEqual([3, 6, 22, 52, 58, 61]);
  });
});

// The developers' corpus (../shared/corpus) is beside the repository on developers' machines and in CI.
if (!existsSync(corpus)) console.log('traditional.test: ../shared/corpus/ is absent, the tests on its converted reports were not run');
describe.runIf(existsSync(corpus))('the converted reports of the corpus', () => {
  const read = (name: string) => decodeTextFile(readFileSync(join(corpus, name))).value?.text ?? '';

  it('003: reads every table 二 value', async () => {
    const name = '003_zhashui-fenghuang-town-2021.txt';
    const report = await parseReport({ path: name, bytes: readFileSync(join(corpus, name)) });
    expect(report.meta).toMatchObject({ year: 2021, template: '2021' });
    expect(report.active).toEqual({
      regulations: { issued: 0, repealed: 0, inForce: 0 },
      normativeDocuments: { issued: 0, repealed: 0, inForce: 0 },
      licensing: { decisions: 0 },
      penalties: { decisions: 0 },
      enforcement: { decisions: 0 },
      fees: { amount: 0 },
    });
  });

  it('003 and 018: the text read holds Simplified labels and no pinyin', () => {
    const t003 = read('003_zhashui-fenghuang-town-2021.txt');
    expect(t003).toContain('信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |');
    expect(t003).toContain('柞水县凤凰镇人民政府党政办公室');
    expect(t003.endsWith('(二)部分公开(区')).toBe(true);
    const t018 = read('018_chengnan-district-2019.txt');
    expect(t018).toContain('2019年,县城南区工委、管委');
    expect(t018).toContain('\n处理决定 数量\n');
    expect(t018).toContain('\n政府集中采购\n|\n236\n|\n80618元\n');
    for (const text of [t003, t018]) expect(text).not.toMatch(/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/);
  });
});
