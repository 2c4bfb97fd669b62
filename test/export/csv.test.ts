import { describe, expect, it } from 'vitest';
import { formatCsvHeader, formatCsvRow } from '../../src/formatters/csv.js';
import { parseCsv } from '../commands/csv-parse.js';

describe('csv', () => {
  it('starts with a UTF-8 BOM unless told not to, and ends rows with CRLF', () => {
    expect(formatCsvHeader(['文件', 'errors'], true)).toBe('\uFEFF文件,errors\r\n');
    expect(formatCsvHeader(['文件', 'errors'], false)).toBe('文件,errors\r\n');
  });

  it('quotes what needs quoting', () => {
    const row = formatCsvRow(['a,b', 'say "hi"', 'two\nlines', null, 12, 17233.32]);
    expect(row).toBe('"a,b","say ""hi""","two\nlines",,12,17233.32\r\n');
    expect(parseCsv(row)).toEqual([['a,b', 'say "hi"', 'two\nlines', '', '12', '17233.32']]);
  });

  it('neutralises cells a spreadsheet would run as formulas, but keeps numbers, negative ones included', () => {
    expect(formatCsvRow(['=HYPERLINK("http://x","点击")', '+1', '-cmd', '@SUM(A1)', '\tx', '\rx', '＝全角', -8, '-8', '+12', '3.5', '007'])).toBe(
      `"'=HYPERLINK(""http://x"",""点击"")",'+1,'-cmd,'@SUM(A1),'\tx,"'\rx",'＝全角,-8,-8,'+12,3.5,007\r\n`,
    );
  });
});
