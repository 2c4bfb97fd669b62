/**
 * The rows of one table whose digits ran together, solved as one problem: each row offers the cuts
 * its own sums allow, and the table's identities (the 勾稽关系, the outcome rows summing to （七）总计)
 * keep the combinations under which they all hold. A row is settled only when every combination
 * left gives it the same cut. The search is bounded; what it could not finish is said so.
 */

/** One cell of an identity: a row (run or read directly), a column index, and +1 or −1. */
export interface Term {
  row: string;
  column: number;
  sign: 1 | -1;
}

/** A linear identity over cells: the signed terms sum to 0. */
export interface Identity {
  name: string;
  terms: readonly Term[];
}

export interface RunCandidates {
  row: string;
  /** The cuts the row's own sums allow. */
  splits: readonly (readonly number[])[];
}

export type RowOutcome =
  /** One cut fits every identity that binds the row. */
  | { kind: 'unique'; split: readonly number[]; by: readonly string[] }
  /** Several cuts fit: `splits` holds up to four of them, `count` how many were seen. */
  | { kind: 'ambiguous'; splits: readonly (readonly number[])[]; count: number; by: readonly string[] }
  /** No cut fits the identities binding the row. */
  | { kind: 'none'; by: readonly string[] }
  /** The search ran out before it could tell. */
  | { kind: 'unsolved' };

const NODE_BUDGET = 100_000;
const MAX_SOLUTIONS = 256;
const SHOWN = 4;

/**
 * `known`: the rows read directly, by key, each column's value (null: blank, which binds nothing).
 * Identities naming a row that is neither known nor a run, or a blank cell, are left out.
 */
export function solveRuns(runs: readonly RunCandidates[], known: ReadonlyMap<string, readonly (number | null | undefined)[]>, identities: readonly Identity[]): Map<string, RowOutcome> {
  // A row no cut fits binds nothing: the identities through it are left out with it.
  const order = runs.filter((r) => r.splits.length > 0).sort((a, b) => a.splits.length - b.splits.length);
  const depthOf = new Map(order.map((r, i) => [r.row, i]));
  const usable = identities.filter((id) => id.terms.some((t) => depthOf.has(t.row)) && id.terms.every((t) => depthOf.has(t.row) || typeof known.get(t.row)?.[t.column] === 'number'));
  // Per depth, the identities to check once the row at that depth is placed.
  const touching: Identity[][] = order.map(() => []);
  for (const id of usable) for (const d of new Set(id.terms.filter((t) => depthOf.has(t.row)).map((t) => depthOf.get(t.row)!))) touching[d]!.push(id);

  const chosen: (readonly number[] | undefined)[] = new Array(order.length).fill(undefined);
  const seen = order.map(() => new Map<string, readonly number[]>());
  let solutions = 0;
  let budget = NODE_BUDGET;
  let stopped = false;

  const valueOf = (t: Term): number | undefined => {
    const d = depthOf.get(t.row);
    if (d === undefined) return known.get(t.row)![t.column] as number;
    return chosen[d]?.[t.column];
  };
  // False when an identity can no longer hold: complete and unequal, or one side already larger
  // than the other side complete (every cell of these tables is a count, never negative).
  const holds = (id: Identity): boolean => {
    let pos = 0;
    let neg = 0;
    let posOpen = false;
    let negOpen = false;
    for (const t of id.terms) {
      const v = valueOf(t);
      if (v === undefined) {
        if (t.sign > 0) posOpen = true;
        else negOpen = true;
      } else if (t.sign > 0) pos += v;
      else neg += v;
    }
    if (!posOpen && !negOpen) return pos === neg;
    if (!posOpen) return neg <= pos;
    if (!negOpen) return pos <= neg;
    return true;
  };
  const search = (d: number): void => {
    if (d === order.length) {
      solutions++;
      for (let i = 0; i < order.length; i++) {
        const split = chosen[i]!;
        const key = split.join(',');
        if (!seen[i]!.has(key)) seen[i]!.set(key, split);
      }
      if (solutions >= MAX_SOLUTIONS) stopped = true;
      return;
    }
    for (const split of order[d]!.splits) {
      if (--budget < 0) {
        stopped = true;
        return;
      }
      chosen[d] = split;
      if (touching[d]!.every(holds)) search(d + 1);
      if (stopped) break;
    }
    chosen[d] = undefined;
  };
  search(0);

  const outcomes = new Map<string, RowOutcome>();
  for (const run of runs) if (run.splits.length === 0) outcomes.set(run.row, { kind: 'none', by: [] });
  order.forEach((run, d) => {
    const by = [...new Set(touching[d]!.map((id) => id.name))];
    const found = seen[d]!;
    // A row its own sums leave one cut is settled whatever the rest of the table says.
    if (run.splits.length === 1) outcomes.set(run.row, { kind: 'unique', split: run.splits[0]!, by: [] });
    else if (found.size > 1) outcomes.set(run.row, { kind: 'ambiguous', splits: [...found.values()].slice(0, SHOWN), count: found.size, by });
    else if (stopped) outcomes.set(run.row, { kind: 'unsolved' });
    else if (found.size === 1) outcomes.set(run.row, { kind: 'unique', split: [...found.values()][0]!, by });
    else outcomes.set(run.row, { kind: 'none', by });
  });
  return outcomes;
}
