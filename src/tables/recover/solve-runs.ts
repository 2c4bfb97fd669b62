/**
 * The rows of one table whose digits ran together, solved as one problem: each row offers the
 * readings its own sums allow, and the table's identities (the 勾稽关系, the outcome rows summing to
 * （七）总计) keep the combinations under which they all hold. A cell is settled only when every
 * combination left gives it the same value; when none is left, the table's numbers disagree with
 * the readings (the report's own error, or cells lost), and no row is settled. The search is
 * bounded; what it could not finish is said so.
 */
import type { Reading } from './split-run.js';

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
  /** The readings the row's own sums allow. */
  splits: readonly Reading[];
}

/** Each column's settled value (null: blank), or undefined where the readings left disagree. */
export type Settled = readonly (number | null | undefined)[];

export type RowOutcome =
  /** One reading fits every identity that binds the row. */
  | { kind: 'unique'; split: Reading; by: readonly string[] }
  /** Several readings fit: `splits` holds up to four of them, `count` how many were seen (`more`: and others not tried); `settled` the cells they agree on. */
  | { kind: 'ambiguous'; splits: readonly Reading[]; count: number; more?: true; by: readonly string[]; settled: Settled; ownSumsOnly?: true }
  /**
   * No reading fits the identities binding the row (`by`), or its own sums (`by` empty); or no header
   * says its columns; or another row of its table has no reading at all (the columns assumed are wrong).
   */
  | { kind: 'none'; by: readonly string[]; columnsUnknown?: true; tableBroken?: true }
  /** The search ran out before it could tell. */
  | { kind: 'unsolved' };

const NODE_BUDGET = 30_000;
const MAX_SOLUTIONS = 256;
const SHOWN = 4;

/**
 * `known`: the rows read directly, by key, each column's value (null: blank, which binds nothing).
 * Identities naming a row that is neither known nor a run, or a blank cell read directly, are left
 * out; a blank in a reading counts 0, as the format has it.
 */
export function solveRuns(runs: readonly RunCandidates[], known: ReadonlyMap<string, readonly (number | null | undefined)[]>, identities: readonly Identity[]): Map<string, RowOutcome> {
  // A row no reading fits binds nothing: the identities through it are left out with it. Readings
  // that differ only in where a 0 and a blank stand weigh the same in every identity: the search
  // takes each set of numbers once ("000" under seven columns is 35 readings and one set).
  const readingsOf = new Map<string, Map<string, Reading[]>>();
  const live: RunCandidates[] = [];
  for (const r of runs) {
    if (r.splits.length === 0) continue;
    const classes = new Map<string, Reading[]>();
    for (const split of r.splits) {
      const key = split.map((v) => v ?? 0).join(',');
      const list = classes.get(key);
      if (list) list.push(split);
      else classes.set(key, [split]);
    }
    readingsOf.set(r.row, classes);
    live.push({ row: r.row, splits: [...classes.keys()].map((key) => key.split(',').map(Number)) });
  }
  const liveRows = new Set(live.map((r) => r.row));
  const usableAll = identities.filter((id) => id.terms.some((t) => liveRows.has(t.row)) && id.terms.every((t) => liveRows.has(t.row) || typeof known.get(t.row)?.[t.column] === 'number'));
  // Readings no combination of the others can balance go first, identity by identity, column by
  // column: what is left is small enough to search (with blanks possible, rows offer many readings).
  const domains = prune(live, known, usableAll);
  const emptied = domains.some((d) => d.splits.length === 0);
  const order = domains.sort((a, b) => a.splits.length - b.splits.length);
  const depthOf = new Map(order.map((r, i) => [r.row, i]));
  const usable = identities.filter((id) => id.terms.some((t) => depthOf.has(t.row)) && id.terms.every((t) => depthOf.has(t.row) || typeof known.get(t.row)?.[t.column] === 'number'));
  // Per depth, the identities to check once the row at that depth is placed.
  const touching: Identity[][] = order.map(() => []);
  for (const id of usable) for (const d of new Set(id.terms.filter((t) => depthOf.has(t.row)).map((t) => depthOf.get(t.row)!))) touching[d]!.push(id);

  const chosen: (Reading | undefined)[] = new Array(order.length).fill(undefined);
  const seen = order.map(() => new Map<string, Reading>());
  let solutions = 0;
  let budget = NODE_BUDGET;
  let stopped = false;

  // Each identity as arrays: the row depth of each term (-1: read directly, folded into `constant`).
  const compiled = new Map(usable.map((id) => [id, compile(id, depthOf, known)] as const));
  const checks = touching.map((list) => list.map((id) => compiled.get(id)!));
  // False when an identity can no longer hold: complete and unequal, or the terms still open all of
  // one sign and already outweighed (every cell of these tables is a count, never negative).
  const holds = (c: Compiled): boolean => {
    let total = c.constant;
    let posOpen = false;
    let negOpen = false;
    for (let i = 0; i < c.depth.length; i++) {
      const split = chosen[c.depth[i]!];
      if (split === undefined) {
        if (c.sign[i]! > 0) posOpen = true;
        else negOpen = true;
      } else total += c.sign[i]! * (split[c.column[i]!] ?? 0);
    }
    if (!posOpen && !negOpen) return total === 0;
    if (!posOpen) return total >= 0;
    if (!negOpen) return total <= 0;
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
      if (checks[d]!.every(holds)) search(d + 1);
      if (stopped) break;
    }
    chosen[d] = undefined;
  };
  if (!emptied) search(0);

  const outcomes = new Map<string, RowOutcome>();
  for (const run of runs) if (run.splits.length === 0) outcomes.set(run.row, { kind: 'none', by: [] });
  // The identities hold under no combination: the readings' assumption (every cell printed as
  // read) or the report's own numbers are wrong, so no row is trusted, not even one its sums cut.
  const contradicted = emptied || (!stopped && solutions === 0 && usable.length > 0);
  order.forEach((run, d) => {
    const by = [...new Set(touching[d]!.map((id) => id.name))];
    const found = seen[d]!;
    const classes = readingsOf.get(run.row)!;
    const all = [...classes.values()].flat();
    if (contradicted && by.length > 0) outcomes.set(run.row, { kind: 'none', by });
    // One reading by its own sums; the identities vouch for it too when a combination they allow was found.
    else if (all.length === 1) outcomes.set(run.row, { kind: 'unique', split: all[0]!, by: found.size > 0 ? by : [] });
    else if (stopped && found.size <= 1) outcomes.set(run.row, { kind: 'unsolved' });
    else {
      // Unbound by any identity, every reading its sums allow is left.
      const left = found.size > 0 ? [...found.keys()].flatMap((key) => classes.get(key)!) : all;
      if (left.length === 1) outcomes.set(run.row, { kind: 'unique', split: left[0]!, by });
      // A search stopped early has seen only some readings: what they agree on is not settled.
      else outcomes.set(run.row, { kind: 'ambiguous', splits: left.slice(0, SHOWN), count: left.length, by, settled: stopped ? left[0]!.map(() => undefined) : agreement(left) });
    }
  });
  return outcomes;
}

interface Compiled {
  depth: number[];
  column: number[];
  sign: number[];
  /** The signed sum of the terms read directly. */
  constant: number;
}

function compile(id: Identity, depthOf: ReadonlyMap<string, number>, known: ReadonlyMap<string, readonly (number | null | undefined)[]>): Compiled {
  const out: Compiled = { depth: [], column: [], sign: [], constant: 0 };
  for (const t of id.terms) {
    const d = depthOf.get(t.row);
    if (d === undefined) out.constant += t.sign * (known.get(t.row)![t.column] as number);
    else {
      out.depth.push(d);
      out.column.push(t.column);
      out.sign.push(t.sign);
    }
  }
  return out;
}

// Sums a term set can reach, past which an identity is not used to prune (it still checks in the search).
const MAX_SUMS = 4_096;

/**
 * The rows' readings without those no choice of the other rows' readings can balance in some
 * identity (the values each term can take, combined; a blank counts 0), repeated until nothing
 * more goes. Only readings that cannot be in any solution go, so what the search finds is unchanged.
 */
function prune(runs: readonly RunCandidates[], known: ReadonlyMap<string, readonly (number | null | undefined)[]>, identities: readonly Identity[]): RunCandidates[] {
  const domains = new Map(runs.map((r) => [r.row, r.splits] as const));
  for (let pass = 0, changed = true; changed && pass < 8; pass++) {
    changed = false;
    for (const id of identities) {
      const values = id.terms.map((t) => {
        const d = domains.get(t.row);
        if (d === undefined) return [(known.get(t.row)![t.column] as number) * t.sign];
        return [...new Set(d.map((r) => (r[t.column] ?? 0) * t.sign))];
      });
      // Sums reachable by the terms before j, and by those after.
      const before: (Set<number> | null)[] = [new Set([0])];
      for (const v of values) before.push(combine(before[before.length - 1]!, v));
      const after: (Set<number> | null)[] = new Array(values.length + 1);
      after[values.length] = new Set([0]);
      for (let j = values.length - 1; j >= 0; j--) after[j] = combine(after[j + 1]!, values[j]!);
      id.terms.forEach((t, j) => {
        const d = domains.get(t.row);
        const a = before[j]!;
        const b = after[j + 1]!;
        if (d === undefined || a === null || b === null) return;
        // A term's value balances when some sum of the others is its negation.
        const kept = d.filter((r) => {
          const v = (r[t.column] ?? 0) * t.sign;
          for (const x of a) if (b.has(-v - x)) return true;
          return false;
        });
        if (kept.length < d.length) {
          domains.set(t.row, kept);
          changed = true;
        }
      });
    }
  }
  return runs.map((r) => ({ row: r.row, splits: domains.get(r.row)! }));
}

/** Every sum of one value of `a` and one of `b`; null when `a` is null or the sums grow past MAX_SUMS. */
function combine(a: Set<number> | null, b: readonly number[]): Set<number> | null {
  if (a === null) return null;
  const out = new Set<number>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out.size > MAX_SUMS ? null : out;
}

/** Per column, the value every reading gives it, or undefined where two differ. */
export function agreement(readings: readonly Reading[]): Settled {
  const out: (number | null | undefined)[] = [...readings[0]!];
  for (const r of readings) for (let c = 0; c < out.length; c++) if (out[c] !== undefined && out[c] !== r[c]) out[c] = undefined;
  return out;
}
