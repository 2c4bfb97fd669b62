import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/report.js';

/** A report for `year` with the six statutory headings and no tables; `lead` stands after the title. */
function reportText(year: number, lead: string, tail: string[] = []): string {
  return [
    `某县人民政府${year}年政府信息公开工作年度报告`,
    lead,
    '一、总体情况',
    '本年度我县认真贯彻落实《中华人民共和国政府信息公开条例》。',
    '二、主动公开政府信息情况',
    '无。',
    '三、收到和处理政府信息公开申请情况',
    '无。',
    '四、政府信息公开行政复议、行政诉讼情况',
    '无。',
    '五、存在的主要问题及改进情况',
    '无。',
    '六、其他需要报告的事项',
    '无。',
    ...tail,
  ].join('\n');
}

async function parse(text: string) {
  return parseReport({ path: 'x.txt', bytes: Buffer.from(text) });
}

describe('the template the text names', () => {
  it('follows the year when the text names no notice: 2020 → 2019, 2021 → 2021', async () => {
    const plain = '本报告根据《中华人民共和国政府信息公开条例》编制。';
    expect((await parse(reportText(2020, plain))).meta).toMatchObject({ year: 2020, template: '2019' });
    expect((await parse(reportText(2021, plain))).meta).toMatchObject({ year: 2021, template: '2021' });
  });

  it('gives the 2019 template to a 2021 report that names 国办公开办函〔2019〕60号', async () => {
    const report = await parse(reportText(2021, '本报告按照国办公开办函〔2019〕60号要求编制。'));
    expect(report.meta).toMatchObject({ year: 2021, template: '2019' });
    expect(report.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(report.findings.filter((f) => f.rule === 'input-unreadable')).toEqual([]);
  });

  it('gives the 2021 template to a report naming 国办公开办函〔2021〕30号, even for 2020: the notice beats the year', async () => {
    const notice = '本报告按照国办公开办函〔2021〕30号要求编制。';
    expect((await parse(reportText(2021, notice))).meta).toMatchObject({ year: 2021, template: '2021' });
    const report = await parse(reportText(2020, notice));
    expect(report.meta).toMatchObject({ year: 2020, template: '2021' });
    expect(report.findings.filter((f) => f.rule === 'input-unreadable')).toEqual([]);
  });

  it('reads the notice with ASCII brackets too', async () => {
    expect((await parse(reportText(2022, '本报告按照国办公开办函[2019]60号要求编制。'))).meta).toMatchObject({ year: 2022, template: '2019' });
  });

  it('reads the notice in the first 80 rows only', async () => {
    const late = [...Array.from({ length: 80 }, () => '本年度我县继续做好政府信息公开工作。'), '本报告按照国办公开办函〔2019〕60号要求编制。'];
    expect((await parse(reportText(2021, '本报告根据条例编制。', late))).meta).toMatchObject({ year: 2021, template: '2021' });
  });
});
