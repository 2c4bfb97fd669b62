import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/report.js';

const seed = readFileSync(join(import.meta.dirname, '..', 'fixtures', '001_dde6e9dcd5a2f618.txt'), 'utf8');

/**
 * Seed 001 rewritten as the 8-column variant: a 小计 column after 其他 holding the sum of the five
 * organisation columns. Lines 47–71 are its data rows; each has its seven values last (after
 * trimming stray tabs), so the subtotal goes in before the last one.
 */
function withSubtotal(text: string, change: (line: number, subtotal: number) => number = (_l, s) => s): string {
  return text
    .split('\n')
    .map((line, i) => {
      const n = i + 1;
      if (n === 46) return line.replace('其他\t', '其他\t小计\t');
      if (n < 47 || n > 71) return line;
      const cells = line.split('\t');
      const numeric = cells.map((c, j) => (/^\d+$/.test(c.trim()) ? j : -1)).filter((j) => j >= 0);
      if (numeric.length !== 7) return line;
      const orgs = numeric.slice(1, 6).reduce((s, j) => s + Number(cells[j]), 0);
      cells.splice(numeric[6]!, 0, String(change(n, orgs)));
      return cells.join('\t');
    })
    .join('\n');
}

describe('the 8-column request table with a 法人或其他组织 subtotal', () => {
  it('reads every row into the seven statutory columns and finds nothing wrong', async () => {
    const report = await parseReport({ path: 'variant.txt', bytes: Buffer.from(withSubtotal(seed)) });
    // Line 47 of seed 001: 一、本年新收 10 2 0 0 0 0 12 — unchanged by the extra column.
    expect(report.requests.received).toEqual({ natural: 10, business: 2, research: 0, nonprofit: 0, legal: 0, otherOrg: 0, total: 12 });
    // Line 60: (四) 1.本机关不掌握 4 2 0 0 0 0 6.
    expect(report.requests.unavailable.notHeld).toEqual({ natural: 4, business: 2, research: 0, nonprofit: 0, legal: 0, otherOrg: 0, total: 6 });
    expect(report.findings).toEqual([]);
  });

  it('reports a subtotal that is not the sum of the organisation columns', async () => {
    const text = withSubtotal(seed, (line, s) => (line === 60 ? s + 1 : s));
    const report = await parseReport({ path: 'variant.txt', bytes: Buffer.from(text) });
    expect(report.findings.map((f) => ({ rule: f.rule, severity: f.severity, line: f.location.line, row: f.location.row, column: f.location.column, actual: f.actual, expected: f.expected }))).toEqual([
      { rule: 'requests-row-total', severity: 'error', line: 60, row: 'unavailable.notHeld', column: 'subtotal', actual: 3, expected: 2 },
    ]);
  });
});
