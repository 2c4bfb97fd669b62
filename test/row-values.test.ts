import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseValue } from '../src/normalize/number.js';
import { normalizeCell } from '../src/normalize/text.js';
import { isLabel, labelParts } from '../src/tables/row-values.js';

describe('labelParts', () => {
  it.each([
    ['(一)予以公开', ['予以公开']],
    ['三、本年度办理结果 (一) 予以公开', ['本年度办理结果', '予以公开']],
    ['(六)其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', ['其他处理', '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请']],
    ['3.危及“三安全一稳定”', ['危及“三安全一稳定”']],
    ['四、结转下年度继续办理', ['结转下年度继续办理']],
    ['采购总金额(单位:万元,保留4位小数)', ['采购总金额(单位:万元,保留4位小数)']],
    ['8. 属于行政查询事项', ['属于行政查询事项']],
  ])('splits %s at its inner numbering', (label, parts) => {
    expect(labelParts(label)).toEqual(parts);
  });
});

describe('isLabel', () => {
  // The definition isLabel implements with character codes, written as the patterns it replaced.
  const reference = (text: string) =>
    text !== '' && /[\u3400-\u9FFF\uF900-\uFAFF]|[A-Za-z]{2}/.test(text) && (!/^[\s\d+\-−.,０-９－＋无空]/.test(text) || parseValue(text).kind === 'invalid');

  it.each([
    ['自然人', true],
    ['(一)予以公开', true],
    ['12', false],
    ['12件', false],
    ['251,000元', false],
    ['无', false],
    ['空', false],
    ['无法提供', true],
    ['－８', false],
    ['１２项', false],
    ['\u3000自然人', true],
    ['ab', true],
    ['a1', false],
    ['', false],
    ['-', false],
    ['1 2', false],
  ])('%j, as the reader gives it, → %s', (raw, expected) => {
    // isLabel reads cells, whose text the reader has normalized (full-width digits to ASCII, spaces trimmed).
    const text = normalizeCell(raw);
    expect(isLabel(text)).toBe(expected);
    expect(reference(text)).toBe(expected);
  });

  it('agrees with the pattern definition on any cell text', () => {
    const char = fc.constantFrom(...'0123456789+-−.,０１９－＋无空自然人件元abcXYZ \t\u3000\u00a0\u2028（）、'.split(''));
    fc.assert(
      fc.property(fc.array(char, { maxLength: 8 }).map((cs) => normalizeCell(cs.join(''))), (text) => isLabel(text) === reference(text)),
      { numRuns: 5000 },
    );
  });
});
