import { describe, expect, it } from 'vitest';
import { findDate, isDateLine } from '../src/normalize/dates.js';

describe('dates', () => {
  it('reads the forms reports and files write', () => {
    expect(findDate('发布时间：2021-01-20 10:30')).toBe('2021-01-20');
    expect(findDate('2021/1/5')).toBe('2021-01-05');
    expect(findDate('2021.03.31')).toBe('2021-03-31');
    expect(findDate('2022年1月28日')).toBe('2022-01-28');
    expect(findDate('二〇二一年一月二十日')).toBe('2021-01-20');
    expect(findDate('二〇二二年十二月三十一日')).toBe('2022-12-31');
    expect(findDate('二〇二三年三月十日')).toBe('2023-03-10');
    expect(findDate("D:20210120103000+08'00'")).toBe('2021-01-20');
    expect(findDate('二○二一年四月十五日')).toBe('2021-04-15');
  });

  it('refuses what is no date', () => {
    expect(findDate('2021年2月30日')).toBeNull();
    expect(findDate('共收到申请 2021 件')).toBeNull();
    expect(findDate('20210120')).toBeNull();
    expect(findDate('二〇二一年十三月一日')).toBeNull();
  });

  it('tells a line that is only a date', () => {
    expect(isDateLine('2022年1月28日')).toBe(true);
    expect(isDateLine(' 二〇二一年一月二十日 ')).toBe(true);
    expect(isDateLine('截至2022年1月28日，共受理申请12件。')).toBe(false);
  });
});
