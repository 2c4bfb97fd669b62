import { describe, expect, it } from 'vitest';
import { parseProseNumber } from '../src/normalize/chinese-number.js';

describe('parseProseNumber', () => {
  it('reads Arabic and Chinese numerals, 万 and 亿', () => {
    expect(parseProseNumber('41')).toBe(41);
    expect(parseProseNumber('1,234')).toBe(1234);
    expect(parseProseNumber('十七')).toBe(17);
    expect(parseProseNumber('十')).toBe(10);
    expect(parseProseNumber('二十')).toBe(20);
    expect(parseProseNumber('一百二十三')).toBe(123);
    expect(parseProseNumber('两千零五')).toBe(2005);
    expect(parseProseNumber('零')).toBe(0);
    expect(parseProseNumber('1.2万')).toBe(12000);
    expect(parseProseNumber('三万')).toBe(30000);
  });

  it('refuses what is no number', () => {
    expect(parseProseNumber('一二')).toBeNull();
    expect(parseProseNumber('百千')).toBeNull();
    expect(parseProseNumber('十百')).toBeNull();
    expect(parseProseNumber('五五')).toBeNull();
    expect(parseProseNumber('abc')).toBeNull();
    expect(parseProseNumber('')).toBeNull();
  });
});
