import { describe, expect, it } from 'vitest';
import { groupSeries, normaliseAgency } from '../../src/series/group-series.js';

describe('normaliseAgency', () => {
  it('writes one name one way', () => {
    expect(normaliseAgency('夏邑县政府')).toBe('夏邑县人民政府');
    expect(normaliseAgency('夏邑县 人民政府')).toBe('夏邑县人民政府');
    expect(normaliseAgency('河南省商丘市夏邑县人民政府')).toBe('夏邑县人民政府');
    expect(normaliseAgency('夏邑县政府办公室')).toBe('夏邑县人民政府办公室');
    expect(normaliseAgency('夏邑县人民政府办公厅')).toBe('夏邑县人民政府办公室');
    expect(normaliseAgency('上海市人民政府')).toBe('上海市人民政府');
    expect(normaliseAgency('上海市')).toBe('上海市人民政府');
    expect(normaliseAgency('商丘市审计局')).toBe('商丘市审计局');
  });
});

describe('groupSeries', () => {
  it('groups a body’s years, joins its spellings and says how', () => {
    const series = groupSeries([
      { path: 'a/2021.txt', agency: '夏邑县人民政府', year: 2021 },
      { path: 'a/2020.txt', agency: '夏邑县政府', year: 2020 },
      { path: 'a/2022.pdf', agency: '夏邑县人民政俯', year: 2022 },
      { path: 'b/2022.txt', agency: '夏津县人民政府', year: 2022 },
      { path: 'c.txt', agency: null, year: 2022 },
    ]);
    expect(series.map((s) => [s.body, s.reports.map((r) => r.year)])).toEqual([
      ['夏津县人民政府', [2022]],
      ['夏邑县人民政府', [2020, 2021, 2022]],
      ['', [2022]],
    ]);
    // 夏津 and 夏邑 are one character apart too, but in the place's name: two counties, not a slip.
    expect(series[1]!.joined).toEqual([
      { name: '夏邑县政府', how: 'normalised', into: '夏邑县人民政府' },
      { name: '夏邑县人民政俯', how: 'similar', into: '夏邑县人民政府' },
    ]);
  });

  it('takes the user’s map for names no rule joins, and never joins short names by one character', () => {
    const series = groupSeries(
      [
        { path: '1.txt', agency: '夏邑县人民政府', year: 2020 },
        { path: '2.txt', agency: '夏邑县政府信息公开办', year: 2021 },
        { path: '3.txt', agency: '审计局', year: 2021 },
        { path: '4.txt', agency: '统计局', year: 2021 },
      ],
      { 夏邑县政府信息公开办: '夏邑县人民政府' },
    );
    expect(series.map((s) => [s.body, s.reports.length])).toEqual([
      ['夏邑县人民政府', 2],
      ['审计局', 1],
      ['统计局', 1],
    ]);
    expect(series[0]!.joined).toEqual([{ name: '夏邑县政府信息公开办', how: 'map', into: '夏邑县人民政府' }]);
  });
});
