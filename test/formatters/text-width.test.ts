import { describe, expect, it } from 'vitest';
import { displayWidth, padStart, truncate } from '../../src/formatters/text-width.js';

describe('displayWidth (East Asian Width, from get-east-asian-width)', () => {
  it('counts wide and full-width characters two columns, ASCII and ambiguous ones one', () => {
    expect(displayWidth('自然人')).toBe(6);
    expect(displayWidth('行 47')).toBe(5);
    expect(displayWidth('１２')).toBe(4);
    expect(displayWidth('“三安全一稳定”')).toBe(14);
    expect(displayWidth('😀')).toBe(2);
    expect(displayWidth('')).toBe(0);
  });

  it('pads and cuts by columns, not characters', () => {
    expect(padStart('总计', 6)).toBe('  总计');
    expect(truncate('一、本年新收政府信息公开申请数量', 10)).toBe('一、本年…');
  });
});
