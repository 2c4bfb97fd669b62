import { describe, expect, it } from 'vitest';
import { positionLabel } from '../../src/formatters/batch-util.js';

describe('positionLabel', () => {
  it('says the page and line, and the grid place of a cell of a real table', () => {
    expect(positionLabel({ page: 3, line: 12 }, 'zh')).toBe('第 3 页 行 12');
    expect(positionLabel({}, 'en')).toBe('-');
    const cell = { line: 1, source: { table: 2, row: 5, cell: 3, offset: 880 } };
    expect(positionLabel(cell, 'zh')).toBe('行 1 表 2 第 5 行第 3 格');
    expect(positionLabel(cell, 'en')).toBe('line 1 table 2 row 5 cell 3');
    // A row without a cell, and a PDF corner (said by page and line only).
    expect(positionLabel({ line: 7, source: { table: 1, row: 9 } }, 'en')).toBe('line 7 table 1 row 9');
    expect(positionLabel({ page: 4, line: 102, source: { x: 202.6, y: 445.6 } }, 'zh')).toBe('第 4 页 行 102');
  });
});
