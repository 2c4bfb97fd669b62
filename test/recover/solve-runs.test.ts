import { describe, expect, it } from 'vitest';
import { solveRuns, type Identity } from '../../src/tables/recover/solve-runs.js';

// The 勾稽关系 of one column c: received + carriedOver = total + carriedForward.
const balance = (c: number): Identity => ({
  name: 'balance',
  terms: [
    { row: 'received', column: c, sign: 1 },
    { row: 'carriedOver', column: c, sign: 1 },
    { row: 'total', column: c, sign: -1 },
    { row: 'carriedForward', column: c, sign: -1 },
  ],
});
const ALL = Array.from({ length: 7 }, (_, c) => balance(c));
const zeros = [0, 0, 0, 0, 0, 0, 0];
const TWO_CUTS = [
  [10, 1, 0, 0, 0, 0, 11],
  [1, 0, 10, 0, 0, 0, 11],
];

describe('solveRuns', () => {
  it('settles a row its own total leaves ambiguous by the column identities the other rows give', () => {
    const known = new Map([
      ['carriedOver', zeros],
      ['total', [10, 1, 0, 0, 0, 0, 11]],
      ['carriedForward', zeros],
    ]);
    const out = solveRuns([{ row: 'received', splits: TWO_CUTS }], known, ALL);
    expect(out.get('received')).toEqual({ kind: 'unique', split: [10, 1, 0, 0, 0, 0, 11], by: ['balance'] });
  });

  it('leaves it ambiguous when nothing binds it, with the cuts that remain', () => {
    const out = solveRuns([{ row: 'received', splits: TWO_CUTS }], new Map(), ALL);
    expect(out.get('received')).toMatchObject({ kind: 'ambiguous', count: 2 });
  });

  it('does not let a blank cell bind: an identity through it is left out', () => {
    const known = new Map<string, (number | null)[]>([
      ['carriedOver', zeros],
      ['total', [10, 1, null, 0, 0, 0, 11]],
      ['carriedForward', zeros],
    ]);
    // Column 2 (where the two cuts differ by 10) is blank in 总计; column 0 still tells them apart.
    const out = solveRuns([{ row: 'received', splits: TWO_CUTS }], known, ALL);
    expect(out.get('received')).toMatchObject({ kind: 'unique', split: [10, 1, 0, 0, 0, 0, 11] });
  });

  it('solves the rows together: two runs, each with two cuts, of which one pair fits', () => {
    const known = new Map([
      ['carriedOver', zeros],
      ['carriedForward', zeros],
    ]);
    const out = solveRuns(
      [
        { row: 'received', splits: TWO_CUTS },
        { row: 'total', splits: [TWO_CUTS[1]!, [5, 5, 1, 0, 0, 0, 11]] },
      ],
      known,
      ALL,
    );
    expect(out.get('received')).toMatchObject({ kind: 'unique', split: TWO_CUTS[1] });
    expect(out.get('total')).toMatchObject({ kind: 'unique', split: TWO_CUTS[1] });
  });

  it('says none fits when the identities hold under no cut (the report’s own numbers disagree)', () => {
    const known = new Map([
      ['carriedOver', zeros],
      ['total', [3, 0, 0, 0, 0, 0, 3]],
      ['carriedForward', zeros],
    ]);
    expect(solveRuns([{ row: 'received', splits: TWO_CUTS }], known, ALL).get('received')).toEqual({ kind: 'none', by: ['balance'] });
  });

  it('takes a row its own sums cut one way only whatever the rest says', () => {
    const known = new Map([['total', [3, 0, 0, 0, 0, 0, 3]]]);
    const out = solveRuns([{ row: 'received', splits: [TWO_CUTS[0]!] }], known, ALL);
    expect(out.get('received')).toMatchObject({ kind: 'unique', split: TWO_CUTS[0] });
  });

  it('stops a search too large to finish and says so rather than settle a row on part of it', () => {
    // 300 cuts a row, six rows, nothing binding: far over the budget of steps.
    const many = Array.from({ length: 300 }, (_, i) => [i, 0, 0, 0, 0, 0, i]);
    const rows = ['a', 'b', 'c', 'd', 'e', 'f'].map((row) => ({ row, splits: many }));
    const identity: Identity = { name: 'balance', terms: rows.map((r, i) => ({ row: r.row, column: 0, sign: i < 3 ? 1 : -1 })) };
    const out = solveRuns(rows, new Map(), [identity]);
    for (const r of rows) expect(['ambiguous', 'unsolved']).toContain(out.get(r.row)!.kind);
  });
});
