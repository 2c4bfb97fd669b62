import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValueLike, parseCellValue, parseValue, type ParsedValue } from '../src/normalize/number.js';
import { compactLabel, foldCellSpaces, foldSpaces, isSpaceCode, normalizeCell, normalizeText, splitLines, squeeze, SURVIVES_NFKC } from '../src/normalize/text.js';

describe('parseValue', () => {
  const numbers: [string, ParsedValue][] = [
    ['0', { kind: 'number', value: 0 }],
    ['12', { kind: 'number', value: 12 }],
    ['007', { kind: 'number', value: 7 }],
    ['111.1', { kind: 'number', value: 111.1 }],
    ['12.0', { kind: 'number', value: 12 }],
    ['35,381', { kind: 'number', value: 35381 }],
    ['1,234,567', { kind: 'number', value: 1234567 }],
    ['17,233.32', { kind: 'number', value: 17233.32 }],
    ['+12', { kind: 'number', value: 12 }],
    ['+1036', { kind: 'number', value: 1036 }],
    ['-8', { kind: 'number', value: -8 }],
    ['-1,036', { kind: 'number', value: -1036 }],
    // full-width digits, signs, comma and point (NFKC)
    ['１２', { kind: 'number', value: 12 }],
    ['３５，３８１', { kind: 'number', value: 35381 }],
    ['１２．５', { kind: 'number', value: 12.5 }],
    ['＋１２', { kind: 'number', value: 12 }],
    ['－８', { kind: 'number', value: -8 }],
    // spaces, NBSP, ideographic space and zero-width characters around a number
    [' 12 ', { kind: 'number', value: 12 }],
    ['\t12\n', { kind: 'number', value: 12 }],
    ['\u00a012', { kind: 'number', value: 12 }],
    ['12\u00a0', { kind: 'number', value: 12 }],
    ['\u300012', { kind: 'number', value: 12 }],
    ['\u200b12\ufeff', { kind: 'number', value: 12 }],
    ['1\u200b2', { kind: 'number', value: 12 }],
    // units: counts lose theirs; money keeps 元 / 万元 for the converter
    ['4件', { kind: 'number', value: 4 }],
    ['12项', { kind: 'number', value: 12 }],
    ['3个', { kind: 'number', value: 3 }],
    ['5条', { kind: 'number', value: 5 }],
    ['2次', { kind: 'number', value: 2 }],
    ['12人次', { kind: 'number', value: 12 }],
    ['12 件', { kind: 'number', value: 12 }],
    ['251000元', { kind: 'number', value: 251000, unit: 'yuan' }],
    ['251,000元', { kind: 'number', value: 251000, unit: 'yuan' }],
    ['12 元', { kind: 'number', value: 12, unit: 'yuan' }],
    ['1.5万元', { kind: 'number', value: 1.5, unit: 'wanYuan' }],
    ['2,000万元', { kind: 'number', value: 2000, unit: 'wanYuan' }],
  ];
  it.each(numbers)('reads %j as a number', (raw, expected) => {
    expect(parseValue(raw)).toEqual(expected);
    expect(isValueLike(raw)).toBe(true);
  });

  const blanks = ['', ' ', '\t', '\u00a0', '\u3000', '\u200b', '\ufeff', ' \u00a0\u200b '];
  it.each(blanks)('reads %j as blank', (raw) => {
    expect(parseValue(raw)).toEqual({ kind: 'blank' });
    expect(isValueLike(raw)).toBe(true);
  });

  const none = ['-', '--', '—', '——', '–', '/', '\\', '无', '空', 'x', 'X', '×', ' - ', '\u00a0—\u00a0', '－', '／'];
  it.each(none)('reads %j as a mark meaning no value', (raw) => {
    expect(parseValue(raw)).toEqual({ kind: 'none' });
    expect(isValueLike(raw)).toBe(true);
  });

  const invalid: [string, string][] = [
    ['abc', 'abc'],
    ['N/A', 'N/A'],
    [' 1,23 ', '1,23'], // a separator that does not group thousands
    ['12,3456', '12,3456'],
    ['1.2.3', '1.2.3'],
    ['1.', '1.'],
    ['.5', '.5'],
    ['1e5', '1e5'],
    ['0x10', '0x10'],
    ['Infinity', 'Infinity'],
    ['NaN', 'NaN'],
    ['+', '+'],
    ['++1', '++1'],
    ['+-1', '+-1'],
    ['1-', '1-'],
    ['(12)', '(12)'],
    ['12%', '12%'],
    ['12。', '12。'],
    ['１２ａ', '１２ａ'],
    ['元', '元'],
    ['万元', '万元'],
    ['-元', '-元'],
    ['零', '零'],
    ['自然人', '自然人'],
  ];
  it.each(invalid)('reads %j as garbage, keeping its trimmed text', (raw, text) => {
    expect(parseValue(raw)).toEqual({ kind: 'invalid', text });
    expect(isValueLike(raw)).toBe(false);
  });

  // Dash-like characters outside NFKC's reach. U+2015 is how CP936 (Windows GBK) decodes the 0xA1AA
  // dash that GB18030 decodes as "—" U+2014; U+2212 is the minus sign Word and PDFs write.
  it('reads the horizontal bar "―" (U+2015) and "――" as marks meaning no value, like "—"', () => {
    expect(parseValue('―')).toEqual({ kind: 'none' });
    expect(parseValue('――')).toEqual({ kind: 'none' });
  });

  it('reads a change written with the minus sign "−8" (U+2212) as -8, like "-8"', () => {
    expect(parseValue('−8')).toEqual({ kind: 'number', value: -8 });
  });

  it('parseCellValue reads a cell the reader normalized as parseValue reads it, on every case above', () => {
    const all = [...numbers.map(([raw]) => raw), ...blanks, ...none, ...invalid.map(([raw]) => raw), '―', '−8', '１ ２', '1 2'];
    for (const raw of all) expect(parseCellValue(normalizeCell(raw)), raw).toEqual(parseValue(normalizeCell(raw)));
  });

  it('parseCellValue reads any normalized text as parseValue reads it', () => {
    const cell = fc.stringMatching(/^[0-9０-９,，.．+＋\-－—―−\/ \u00a0\u3000\u200b元万件项人次无空xX×a-z自然人]{0,12}$/);
    fc.assert(
      fc.property(fc.oneof(cell, fc.string(), fc.string({ unit: 'binary' })), (raw) => {
        const text = normalizeCell(raw);
        expect(parseCellValue(text)).toEqual(parseValue(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('normalizeText', () => {
  const cases: [string, string, string][] = [
    ['full-width digits', '１２３４５６７８９０', '1234567890'],
    ['full-width letters', 'ＡＢＣａｂｃ', 'ABCabc'],
    ['full-width brackets', '（一）［二］', '(一)[二]'],
    ['full-width punctuation that has an ASCII twin', '，：；／＋－．', ',:;/+-.'],
    ['Chinese punctuation with no ASCII twin, kept', '、。“”《》', '、。“”《》'],
    ['NBSP and the other odd spaces, to spaces', 'a\u00a0b\u2002c\u2009d\u202fe\u3000f', 'a b c d e f'],
    ['zero-width characters, BOM and soft hyphen, removed', 'a\u200bb\u200cc\u200dd\u2060e\ufefff\u00adg', 'abcdefg'],
    ['tabs and line breaks, kept', 'a\tb\nc\r\nd', 'a\tb\nc\r\nd'],
    ['Han characters, untouched', '政府信息公开工作年度报告', '政府信息公开工作年度报告'],
    ['an empty string', '', ''],
  ];
  it.each(cases)('folds %s', (_name, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe('normalizeCell', () => {
  const cases: [string, string][] = [
    [' \t 规章 \u00a0', '规章'],
    ['结果  \t 维持', '结果 维持'],
    ['本年新\n制作数量', '本年新 制作数量'],
    ['（二）部分公开\u3000（区分处理的）', '(二)部分公开 (区分处理的)'],
    ['\u200b', ''],
  ];
  it.each(cases)('trims and folds %j to %j', (input, expected) => {
    expect(normalizeCell(input)).toBe(expected);
  });
});

describe('splitLines', () => {
  const cases: [string, string, string[]][] = [
    ['LF', 'a\nb\n', ['a', 'b', '']],
    ['CRLF', 'a\r\nb\r\n\r\nc', ['a', 'b', '', 'c']],
    ['CR alone', 'a\rb\rc', ['a', 'b', 'c']],
    ['CRLF with a stray LF', 'a\r\nb\nc', ['a', 'b', 'c']],
    ['CRLF with a stray CR', 'a\r\nb\rc\r\n', ['a', 'b', 'c', '']],
    ['LF CR (one break each)', 'a\n\rb', ['a', '', 'b']],
    ['no break', '本年新收', ['本年新收']],
    ['empty', '', ['']],
  ];
  it.each(cases)('splits %s', (_name, input, expected) => {
    expect(splitLines(input)).toEqual(expected);
  });
});

describe('compactLabel', () => {
  const cases: [string, string][] = [
    ['结果 维持', '结果维持'],
    ['尚 未 审 结', '尚未审结'],
    ['（三）\u3000不予公开', '(三)不予公开'],
    ['8. 属于行政查询事项', '8.属于行政查询事项'],
    ['本\u200b年新收', '本年新收'],
  ];
  it.each(cases)('removes every space from %j', (input, expected) => {
    expect(compactLabel(input)).toBe(expected);
  });
});

describe('parseValue: two numbers in one cell', () => {
  it('reads "1 2" as garbage, not as 12, while "12 件" keeps its unit', () => {
    expect(parseValue('1 2')).toEqual({ kind: 'invalid', text: '1 2' });
    expect(parseValue('12 件')).toEqual({ kind: 'number', value: 12 });
  });
});

describe('normalizeText told that no character SURVIVES_NFKC is there', () => {
  it('gives what it gives without being told, for every BMP character that SURVIVES_NFKC does not match', () => {
    // Alone, after a full-width comma (so that NFKC runs), and beside an odd space (so that clean-up would).
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      if (SURVIVES_NFKC.test(ch)) continue;
      for (const text of [ch, `，${ch}`, `\u3000${ch}\u00a0`]) if (normalizeText(text, false) !== normalizeText(text)) wrong.push(text);
    }
    expect(wrong).toEqual([]);
  });

  it('NFKC leaves each character SURVIVES_NFKC matches as it is, so that clean-up must remove it', () => {
    const survivors = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).filter((ch) => SURVIVES_NFKC.test(ch));
    expect(survivors.length).toBe(11);
    for (const ch of survivors) {
      expect(`，${ch}`.normalize('NFKC')).toBe(`,${ch}`);
      expect(normalizeText(`，${ch}`)).not.toContain(ch);
    }
  });
});

describe('whitespace after normalizeText', () => {
  it('isSpaceCode matches exactly what \\s matches, over the whole BMP', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });

  it('leaves no whitespace but spaces, tabs and line ends', () => {
    const spaces = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).filter((ch) => /\s/.test(ch));
    const left = new Set([...normalizeText(spaces.join('x'))].filter((ch) => /\s/.test(ch)));
    expect([...left].sort()).toEqual(['\t', '\n', '\r', ' ']);
  });

  it('folds and squeezes any whitespace once normalized', () => {
    const text = normalizeText('\u2028 一、\u000b总体\u3000\u3000情况\u2029\u000c');
    expect(foldSpaces(text)).toBe('一、 总体 情况');
    expect(squeeze(text)).toBe('一、总体情况');
    expect(foldSpaces('自然人')).toBe('自然人');
    expect(foldSpaces(' a\tb ')).toBe('a b');
  });

  it('foldCellSpaces folds as foldSpaces does, on normalized text without tabs or line ends', () => {
    const char = fc.constantFrom(...'自然人12 \u3000\u00a0\u2028\u000b-'.split(''));
    fc.assert(
      fc.property(fc.array(char, { maxLength: 10 }), (chars) => {
        const text = normalizeText(chars.join(''));
        return foldCellSpaces(text) === foldSpaces(text);
      }),
      { numRuns: 3000 },
    );
  });
});
