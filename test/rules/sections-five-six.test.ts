import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport } from '../../src/report.js';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', name), 'utf8');
// Seed 001: 夏邑县人民政府 2020 (2019 tables), its 五 with problems and measures, its 六 "无其他需要报告事项".
// Seed 003: 延津县人民政府办公室 2024 (2021 tables), its 六 saying no 信息处理费 was charged.
const seed001 = fixture('001_dde6e9dcd5a2f618.txt');
const seed003 = fixture('003_6e2b379abcfd2652.txt');
const RULES = ['problems-and-measures', 'processing-fee', 'assessment-missing'];

async function found(text: string) {
  const report = await parseReport({ path: 'a.txt', bytes: new TextEncoder().encode(text) });
  return report.findings.filter((f) => RULES.includes(f.rule)).map((f) => [f.rule, f.location.line, f.message]);
}
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.startsWith(needle)) + 1;
/** The text with section 五's body (up to 六's heading) replaced. */
const withFive = (text: string, body: string) => text.replace(/(五、存在的主要问题及改进情况\n)[\s\S]*?(\n六、)/, `$1${body}\n$2`);

describe('problems-and-measures', () => {
  it('says nothing of a section 五 with problems and measures', async () => {
    expect(await found(seed001)).toEqual([]);
  });

  it('warns of a section 五 that is empty, or states only one of the two', async () => {
    const at = lineOf(seed001, '五、');
    expect(await found(withFive(seed001, '无。'))).toEqual([['problems-and-measures', at, '第五部分“存在的主要问题及改进情况”没有内容']]);
    expect(await found(withFive(seed001, '一是政务公开意识有待提高。二是专职人员不足。'))).toEqual([['problems-and-measures', at, '第五部分只写了存在的问题，未写明改进措施']]);
    expect(await found(withFive(seed001, '下一步，我县将加强培训，完善制度。'))).toEqual([['problems-and-measures', at, '第五部分只写了改进措施，未写明存在的问题']]);
    // Labels with nothing under them say nothing.
    expect(await found(withFive(seed001, '存在的主要问题：无。改进情况：无。'))).toEqual([['problems-and-measures', at, '第五部分“存在的主要问题及改进情况”没有内容']]);
    expect(await found(withFive(seed001, '（一）存在的主要问题\n一是信息公开不及时。\n（二）改进措施\n无。'))).toEqual([['problems-and-measures', at, '第五部分只写了存在的问题，未写明改进措施']]);
  });

  it('reads the everyday wordings of problems and of measures', async () => {
    for (const body of [
      '一是部分单位信息发布不及时。二是政策解读形式较为单一。针对以上问题，我县将组织专题培训，建立督查通报机制。',
      '个别科室公开意识淡薄，信息报送积极性不高。下一步，我镇将组织专题培训。',
      '2020年我县政务公开工作还存在薄弱环节。2021年，我县将重点做好以下工作：进一步深化重点领域信息公开。',
      '本年度未发现存在的问题。下一步将继续做好政府信息公开工作。',
    ]) {
      expect(await found(withFive(seed001, body)), body).toEqual([]);
    }
  });
});

describe('processing-fee', () => {
  it('says nothing when section 六 of a 2021-format report speaks of the fee, nor of a 2019-format report', async () => {
    expect((await found(seed003)).filter(([rule]) => rule === 'processing-fee')).toEqual([]);
    expect(await found(seed001)).toEqual([]);
  });

  it('takes any sentence on charging as saying it', async () => {
    for (const said of ['本年度均免收费用。', '未收取任何费用。', '依申请公开均未收费。']) {
      const text = seed003.replace('我办公室依据《政府信息公开信息处理费管理办法》规定，2024年未收取政府信息处理费。', said);
      expect((await found(text)).filter(([rule]) => rule === 'processing-fee'), said).toEqual([]);
    }
  });

  it('warns when section 六 is silent on the fee', async () => {
    const silent = seed003.replace(/我办公室依据《政府信息公开信息处理费管理办法》规定，2024年未收取政府信息处理费。/, '无。');
    expect(silent).not.toBe(seed003);
    expect((await found(silent)).filter(([rule]) => rule === 'processing-fee')).toEqual([
      ['processing-fee', lineOf(silent, '六、'), '第六部分未说明是否收取信息处理费及金额（2021 版格式要求）'],
    ]);
  });

  it('warns when section 六 says no fee notice went out but table 三 counts applications closed for unpaid fees', async () => {
    const lines = seed003.split('\n');
    const row = lines.findIndex((l) => l.includes('逾期未按收费通知要求缴纳费用'));
    // （六）2 with one natural person, its six cells all printed (the seed's header has no 其他 column; its rows are short of one).
    lines[row] = lines[row]!.replace(/(\t0){5}\t*$/, '\t1\t0\t0\t0\t0\t1');
    const six = lines.findIndex((l) => l.includes('未收取政府信息处理费'));
    lines[six] = '本年度未发出收费通知，未收取信息处理费。';
    const found6 = (await found(lines.join('\n'))).filter(([rule]) => rule === 'processing-fee');
    expect(found6).toEqual([['processing-fee', six + 1, '第六部分称未发出收费通知，但申请情况表（六）2“申请人逾期未按收费通知要求缴纳费用”为 1']]);
    // An account of the notice that went unpaid is no denial.
    lines[six] = '本年度向1名申请人发出收费通知，申请人逾期未按收费通知要求缴纳费用，未收取信息处理费。';
    expect((await found(lines.join('\n'))).filter(([rule]) => rule === 'processing-fee')).toEqual([]);
  });
});

describe('assessment-missing', () => {
  it('says nothing of a government report that gives the results, nor of a department’s that does not', async () => {
    expect(await found(seed001)).toEqual([]);
    const department = seed001.replace(/工作考核|考核|考评/g, '工作').replace(/社会评议|评议/g, '评价').replace(/责任追究/g, '处理').replace(/夏邑县人民政府/g, '夏邑县审计局');
    expect((await found(department)).filter(([rule]) => rule === 'assessment-missing')).toEqual([]);
  });

  it('counts a county named without 人民政府, and a town, as governments', async () => {
    const silent = seed001.replace(/工作考核|考核|考评/g, '工作').replace(/社会评议|评议/g, '评价').replace(/责任追究/g, '处理');
    for (const name of ['夏邑县', '夏邑县政府', '会亭镇人民政府']) {
      expect((await found(silent.replace(/夏邑县人民政府/g, name))).filter(([rule]) => rule === 'assessment-missing').length, name).toBe(1);
    }
    expect((await found(silent.replace(/夏邑县人民政府/g, '夏邑县人民政府办公室'))).filter(([rule]) => rule === 'assessment-missing')).toEqual([]);
  });

  it('warns when a people’s government’s report says nothing of 工作考核, 社会评议 or 责任追究', async () => {
    const silent = seed001.replace(/工作考核|考核|考评/g, '工作').replace(/社会评议|评议/g, '评价').replace(/责任追究/g, '处理');
    expect(await found(silent)).toEqual([
      ['assessment-missing', lineOf(silent, '六、'), '夏邑县人民政府的报告未说明工作考核、社会评议和责任追究结果（条例第五十条要求人民政府的报告包括这些内容）'],
    ]);
  });
});
