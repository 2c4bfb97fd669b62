import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/report.js';
import { readAgencyName } from '../../src/meta/agency-name.js';

const BODY = ['一、总体情况', '本年度我单位认真贯彻落实《中华人民共和国政府信息公开条例》。', '二、主动公开政府信息情况', '无。'];

/** The meta of a report made of these lines and a short body, without the template. */
async function metaOf(lines: string[], path = 'r.txt') {
  const report = await parseReport({ path, bytes: new TextEncoder().encode(lines.join('\n')) });
  const { title, agency, year } = report.meta;
  return { title, agency, year };
}

describe('the title line', () => {
  it('gives the title, the agency before the year, and the year', async () => {
    expect(await metaOf(['蠡县审计局2022年度政府信息公开工作年度报告', ...BODY])).toEqual({
      title: '蠡县审计局2022年度政府信息公开工作年度报告',
      agency: '蠡县审计局',
      year: 2022,
    });
  });

  it('keeps a name holding 编制 whole: only lead-in compounds are cut', async () => {
    expect(await metaOf(['某县机构编制委员会办公室2023年政府信息公开工作年度报告', ...BODY])).toMatchObject({ agency: '某县机构编制委员会办公室' });
  });

  it('drops what a crawler or Markdown puts before the title and a portal after it', async () => {
    const crawled = { title: '平潭县人民政府2012年政府信息公开工作年度报告', agency: '平潭县人民政府', year: 2012 };
    expect(await metaOf(['标题: 平潭县人民政府2012年政府信息公开工作年度报告', ...BODY])).toEqual(crawled);
    expect(await metaOf(['# 平潭县人民政府2012年政府信息公开工作年度报告', '', ...BODY], 'r.md')).toEqual(crawled);
    expect(await metaOf(['平潭县人民政府2012年政府信息公开工作年度报告_平潭县人民政府门户网站', ...BODY])).toEqual(crawled);
  });

  it('takes the body between the year and 政府信息公开 when the title starts with the year', async () => {
    expect(await metaOf(['2022年上海市政府信息公开工作年度报告', ...BODY])).toEqual({ title: '2022年上海市政府信息公开工作年度报告', agency: '上海市', year: 2022 });
  });

  it('gives no agency from a title that names none, nor takes a long paragraph for a title', async () => {
    expect(await metaOf(['2023年政府信息公开工作年度报告', ...BODY])).toEqual({ title: '2023年政府信息公开工作年度报告', agency: null, year: 2023 });
    const paragraph = `本单位${'认真做好政府信息公开工作，'.repeat(6)}形成某县统计局2023年政府信息公开工作年度报告`;
    expect((await metaOf([paragraph, ...BODY])).title).toBeNull();
  });
});

describe('a title over two lines', () => {
  it('joins the body line to the year line under it, so the body keeps its own name (corpus 007, 024)', async () => {
    // The body names the government more often than its office: the title decides.
    const lines = ['高平市人民政府办公室', '2023年政府信息公开工作年度报告', ...BODY, '高平市人民政府门户网站；高平市人民政府常务会议。'];
    expect(await metaOf(lines)).toEqual({ title: '高平市人民政府办公室2023年政府信息公开工作年度报告', agency: '高平市人民政府办公室', year: 2023 });
  });

  it('joins a title cut before 年度报告 to its end (corpus 026)', async () => {
    expect(await metaOf(['正文', '2024 年上海市科委政府信息公开工作', '年度报告', ...BODY])).toEqual({
      title: '2024年上海市科委政府信息公开工作年度报告',
      agency: '上海市科委',
      year: 2024,
    });
  });

  it('joins a title over three lines', async () => {
    expect(await metaOf(['某县人民政府办公室', '2023年政府信息公开工作', '年度报告', ...BODY])).toEqual({
      title: '某县人民政府办公室2023年政府信息公开工作年度报告',
      agency: '某县人民政府办公室',
      year: 2023,
    });
  });

  it('never joins page chrome to the title', async () => {
    expect(await metaOf(['首页 > 政府信息公开 > 年度报告', '2023年政府信息公开工作年度报告', ...BODY])).toEqual({
      title: '2023年政府信息公开工作年度报告',
      agency: null,
      year: 2023,
    });
    expect(await metaOf(['字号:', '2022年上海市政府信息公开工作年度报告', ...BODY])).toMatchObject({ agency: '上海市' });
    // The portal's name above a title that names its own body after the year.
    expect(await metaOf(['某县人民政府', '2023年某县统计局政府信息公开工作年度报告', ...BODY])).toEqual({
      title: '2023年某县统计局政府信息公开工作年度报告',
      agency: '某县统计局',
      year: 2023,
    });
  });
});

describe('a title stated in running text', () => {
  it('cuts the lead-in: 特编制, 现公布, 现将 (corpus 008, 015, 023)', async () => {
    const cases: [string, string][] = [
      ['根据《中华人民共和国政府信息公开条例》要求,特编制湛江市人民政府地方志办公室2023年政府信息公开工作年度报告。本报告包括总体情况。', '湛江市人民政府地方志办公室'],
      ['根据《中华人民共和国政府信息公开条例》规定,现公布区统计局2023年政府信息公开工作年度报告。', '区统计局'],
      ['根据《条例》有关要求,现将富县人民政府2023年政府信息公开工作年度报告予以公开。', '富县人民政府'],
    ];
    for (const [sentence, agency] of cases) {
      expect(await metaOf([sentence, ...BODY])).toEqual({ title: `${agency}2023年政府信息公开工作年度报告`, agency, year: 2023 });
    }
  });

  it('takes the body that says it compiled the report', async () => {
    expect(await metaOf(['根据《条例》要求,某县财政局编制了2023年政府信息公开工作年度报告。', ...BODY])).toEqual({
      title: '某县财政局2023年政府信息公开工作年度报告',
      agency: '某县财政局',
      year: 2023,
    });
  });

  it('takes a row that starts with the title (corpus 019: the whole report on one line)', async () => {
    expect(await metaOf(['清水县人民政府2019年 政府信息公开工作年度报告 一、总体情况 2019年,清水县政府信息公开工作稳步推进。'])).toEqual({
      title: '清水县人民政府2019年政府信息公开工作年度报告',
      agency: '清水县人民政府',
      year: 2019,
    });
  });

  it('keeps the year but names no body when the sentence says 我局 or 本镇 (corpus 013, 004)', async () => {
    expect(await metaOf(['根据《条例》规定,现公布我局2022年政府信息公开工作年度报告。', ...BODY])).toEqual({ title: null, agency: null, year: 2022 });
    expect(await metaOf(['特向社会公布2021年度本镇政府信息公开年度报告。', ...BODY])).toEqual({ title: null, agency: null, year: 2021 });
  });

  it('never takes the statutory format, or a title mentioned without a lead-in, for this report', async () => {
    const format = '根据《国务院办公厅关于印发2021年政府信息公开工作年度报告格式的通知》要求编制本报告。';
    expect(await metaOf([format, ...BODY])).toEqual({ title: null, agency: null, year: 2021 });
    const mentioned = '对照某县统计局2022年政府信息公开工作年度报告提出的问题,逐项整改。';
    expect((await metaOf([mentioned, ...BODY])).title).toBeNull();
  });
});

describe('a report title quoted in the text', () => {
  it('names the body but gives neither the title nor the year: it is last year’s report (corpus 014)', async () => {
    const lines = [
      '一、总体情况',
      '2022年,本署深入推进政府信息公开工作。2022年全年公开信息300条。',
      '二是稳妥做好主动公开。公开发布《国家新闻出版署2021年政府信息公开工作年度报告》,主动公开政府信息。',
    ];
    expect(await metaOf(lines)).toEqual({ title: null, agency: '国家新闻出版署', year: 2022 });
  });
});

describe('fields and signatures', () => {
  it('takes 发布机构 from a crawler header when the title names no body, and skips an empty one', async () => {
    const header = ['标题: 2023年政府信息公开工作年度报告', '发布时间: 2024-01-17 00:00', '发布机构: 某县统计局', '栏目: 政府信息公开年报'];
    expect(await metaOf([...header, ...BODY])).toEqual({ title: '2023年政府信息公开工作年度报告', agency: '某县统计局', year: 2023 });
    expect((await metaOf(['标题: 2023年政府信息公开工作年度报告', '发布机构:', ...BODY])).agency).toBeNull();
  });

  it('takes 编制单位 and a signature above the closing date', async () => {
    expect((await metaOf([...BODY, '编制单位:某县审计局'])).agency).toBe('某县审计局');
    expect((await metaOf([...BODY, '某县审计局', '2024年1月20日'])).agency).toBe('某县审计局');
    expect((await metaOf([...BODY, '某县审计局 2024年1月20日'])).agency).toBe('某县审计局');
  });

  it('never takes a line above the date that is not a body’s name', async () => {
    expect((await metaOf([...BODY, '附件下载', '2024年1月20日'])).agency).toBeNull();
    expect((await metaOf([...BODY, '政府门户网站', '2024年1月20日'])).agency).toBeNull();
    expect((await metaOf([...BODY, '特此报告。', '2024-01-20'])).agency).toBeNull();
  });

  it('takes the body compiling the report, or the one to contact, up to its first body suffix (corpus 005, 004)', async () => {
    expect((await metaOf(['本年度报告由周湾镇人民政府编制,本报告由概述等部分组成。', ...BODY])).agency).toBe('周湾镇人民政府');
    const contact = '如对本报告有任何疑问,请与衢州市衢江区湖南镇政府综合督考办公室联系(电话:0570-8755000)。';
    expect((await metaOf([contact, ...BODY])).agency).toBe('衢州市衢江区湖南镇政府');
    expect((await metaOf(['如有疑问,请与市政府办公室联系。', ...BODY])).agency).toBeNull();
  });
});

describe('the narrative', () => {
  it('takes the subject of the first sentence, past a 在…领导下 clause (corpus 014, 018)', async () => {
    expect((await metaOf(['一、总体情况', '2022年,国家新闻出版署坚持以习近平新时代中国特色社会主义思想为指导。'])).agency).toBe('国家新闻出版署');
    expect((await metaOf(['一、总体情况', '2019年,县城南区工委、管委高度重视政府信息公开工作。'])).agency).toBe('县城南区工委');
    expect((await metaOf(['一、总体情况', '2020年,在区委、区政府的正确领导下,某区统计局认真贯彻落实《条例》。'])).agency).toBe('某区统计局');
  });

  it('never takes a subject that is not a body’s name', async () => {
    expect((await metaOf(['一、总体情况', '2024年,合水县政府信息公开工作坚持以公开为常态。'])).agency).toBeNull();
    expect((await metaOf(['一、总体情况', '2023年,我办坚持依法公开。'])).agency).toBeNull();
  });

  it('counts the governments the narrative names, a 街道 under its district by its own name (seeds 000, 004)', async () => {
    const lines = ['一、总体情况', '延津县人民政府办公室关于印发通知;延津县人民政府办公室关于推进工作;全县各部门按照延津县人民政府部署推进。'];
    expect((await metaOf(lines)).agency).toBe('延津县人民政府');
    expect((await metaOf(['一、总体情况', '广州市荔湾区人民政府南源街道办事处推进公开工作。'])).agency).toBe('广州市荔湾区人民政府南源街道办事处');
    expect((await metaOf(['一、总体情况', '全县各部门按照富县人民政府部署推进公开工作。'])).agency).toBe('富县人民政府');
  });

  it('never counts table labels, nor a place that is only a level (corpus 011)', async () => {
    const lines = ['二、主动公开政府信息情况', '信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量', '规章(设区的市、自治州人民政府规章)\t0\t0\t0'];
    expect((await metaOf(lines)).agency).toBeNull();
  });

  it('reads only the ends of a long report: a government named only in its middle is not counted', async () => {
    // 600 rows of 30 characters: the government stands 9,000 characters from either end.
    const filler = Array.from({ length: 600 }, (_, i) => `第${String(i).padStart(3, '0')}项工作按计划推进，群众满意度持续提升，公开质量稳步提高。`);
    const lines = ['一、总体情况', ...filler.slice(0, 300), '夏邑县人民政府推进公开工作。', ...filler.slice(300)];
    expect((await metaOf(lines)).agency).toBeNull();
    expect((await metaOf(['一、总体情况', '夏邑县人民政府推进公开工作。', ...filler])).agency).toBe('夏邑县人民政府');
  });
});

describe('spam injected into the name (corpus 010)', () => {
  it('cuts the spam and the placeless government it leaves, when no cleaner source exists', async () => {
    const lines = ['一、总体情况', '2020年,在区委、区政府的正确领导下,新葡京博彩官网区人民政府北京街道办事处认真贯彻落实《条例》。'];
    expect((await metaOf(lines)).agency).toBe('北京街道办事处');
  });

  it('prefers a clean source to the polluted title', async () => {
    const lines = ['葡京娱乐场北京街道办事处2020年政府信息公开工作年度报告', ...BODY, '广州市越秀区人民政府北京街道办事处', '2021年1月20日'];
    expect(await metaOf(lines)).toMatchObject({ agency: '广州市越秀区人民政府北京街道办事处', year: 2020 });
  });
});

describe('readAgencyName', () => {
  it('takes names as bodies write them', () => {
    for (const name of ['夏邑县人民政府', '国家新闻出版署', '上海市科委', '区统计局', '北京街道办事处', '本溪市人民政府', '全椒县人民政府', '嘉兴市经济和信息化局']) {
      expect(readAgencyName(name)).toEqual({ name, polluted: false });
    }
    expect(readAgencyName('合水县', { place: true })).toEqual({ name: '合水县', polluted: false });
    expect(readAgencyName('柞水縣鳳凰鎮(zhèn)人民政府')).toEqual({ name: '柞水縣鳳凰鎮人民政府', polluted: false });
  });

  it('never takes the body speaking of itself, a level without a place, a bare place where a body is wanted, or spam alone', () => {
    const texts = ['我局', '本镇', '本级', '全县', '我县政务公开办', '市政府', '县人民政府办公室', '自治州人民政府', '合水县', '新葡京博彩官网区人民政府', '工作坚持', '设区的市人民政府'];
    for (const text of [...texts, '政府网站', '政务公开平台', '新闻发布会', '社会', '市政府督办']) {
      expect(readAgencyName(text)).toBeNull();
    }
    expect(readAgencyName('自治州', { place: true })).toBeNull();
  });
});
