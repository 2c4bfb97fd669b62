/**
 * The ways a run of digits whose cell boundaries were lost ("352000037") can be cut back into a
 * row's cells. Each cell is a number as the statutory tables print it: no leading zero except a lone
 * 0, a sign only in a signed column (本年增/减), a decimal point only in an amount column. A row's own
 * sums (总计 = the applicant columns; each appeal group's 总计) are applied while cutting, from the
 * right: the total is read first, and each part may not exceed what is left of it, which keeps the
 * search small. The search is bounded by a budget of steps; a run that exceeds it is reported so.
 */

export interface CellSpec {
  signed?: boolean;
  decimal?: boolean;
}

/** A row-local sum: the cells at `parts` (contiguous, just before `total`) add up to the cell at `total`. */
export interface RowSum {
  parts: readonly number[];
  total: number;
}

export interface RowSpec {
  cells: readonly CellSpec[];
  sums: readonly RowSum[];
}

export interface RunSplits {
  splits: number[][];
  /** Where each cell of each split starts in the run, parallel to `splits`. */
  starts: number[][];
  /** True when the budget or `maxSplits` ran out before every cut was tried: `splits` is then incomplete. */
  exhausted: boolean;
}

// No count in these tables reaches a billion; a longer cell is no reading of the run.
const MAX_INTEGER_DIGITS = 9;
const DEFAULT_BUDGET = 200_000;

/** The run's text with its spaces dropped (they may stand inside a number as well as between two). */
export function runDigits(text: string): string {
  return text.replace(/\s+/g, '');
}

/** True when the text can only be a run of cells: digits, and signs or points where a cell may have them. */
export function isRunText(text: string): boolean {
  return /^[+-]?\d[\d+\-.\s]*$/.test(text) && !/[+.-]$|\.\.|\.[+-]|[+-]\./.test(text);
}

/**
 * Every cut of `run` (spaces already dropped) into `spec.cells.length` cells that satisfies the
 * row's sums; at most `maxSplits` are returned.
 */
export function splitRun(run: string, spec: RowSpec, options: { budget?: number; maxSplits?: number } = {}): RunSplits {
  const k = spec.cells.length;
  const splits: number[][] = [];
  const starts: number[][] = [];
  const values = new Array<number>(k).fill(0);
  const at = new Array<number>(k).fill(0);
  let budget = options.budget ?? DEFAULT_BUDGET;
  const maxSplits = options.maxSplits ?? 10_000;
  let exhausted = false;
  if (k === 0 || run.length < k) return { splits, starts, exhausted };

  // For each cell, the sum it closes (when it is a total) or belongs to (when it is a part).
  const totalOf = new Array<RowSum | undefined>(k).fill(undefined);
  const partOf = new Array<RowSum | undefined>(k).fill(undefined);
  for (const sum of spec.sums) {
    totalOf[sum.total] = sum;
    for (const p of sum.parts) partOf[p] = sum;
  }
  const maxLength = packedLengths(spec.cells);
  // The most characters cells 0..c-1 can hold together: a start leaving more before it is no cut.
  const room: number[] = [0];
  for (let c = 0; c < k; c++) room.push(room[c]! + maxLength[c]!);

  // Cells are placed from the last to the first; `end` is where the current cell ends in `run`,
  // `left` what remains of the open sum (NaN when none is open).
  const place = (cell: number, end: number, left: number): void => {
    if (--budget < 0) {
      exhausted = true;
      return;
    }
    const sum = partOf[cell];
    const open = sum !== undefined && !Number.isNaN(left);
    // The first part of a sum is what is left of it: its text is known.
    if (open && sum.parts[0] === cell) {
      const text = String(left);
      const start = end - text.length;
      if (start < cell || start > room[cell]! || run.slice(start, end) !== text) return;
      values[cell] = left;
      at[cell] = start;
      return then(cell, start, Number.NaN);
    }
    const lo = cell === 0 ? 0 : Math.max(cell, end - maxLength[cell]!);
    const hi = cell === 0 ? 0 : Math.min(end - 1, room[cell]!);
    for (let start = hi; start >= lo; start--) {
      const value = cellValue(run, start, end, spec.cells[cell]!);
      if (value === null || (open && value > left)) continue;
      values[cell] = value;
      at[cell] = start;
      // A total opens its sum; a part takes from it.
      then(cell, start, totalOf[cell] !== undefined ? value : open ? left - value : Number.NaN);
      if (exhausted) return;
    }
  };
  const then = (cell: number, start: number, left: number): void => {
    if (cell === 0) {
      if (start !== 0) return;
      splits.push(values.slice());
      starts.push(at.slice());
      if (splits.length >= maxSplits) exhausted = true;
      return;
    }
    place(cell - 1, start, left);
  };
  place(k - 1, run.length, Number.NaN);
  return { splits, starts, exhausted };
}

/** Per cell, the most characters it may take: digits, a sign, a point and decimals. */
function packedLengths(cells: readonly CellSpec[]): number[] {
  const lengths: number[] = [];
  for (const c of cells) lengths.push(MAX_INTEGER_DIGITS + (c.signed ? 1 : 0) + (c.decimal ? 6 : 0));
  return lengths;
}

/** The number `run[start, end)` stands for in a cell of this kind; null when it is no such number. */
export function cellValue(run: string, start: number, end: number, spec: CellSpec): number | null {
  let i = start;
  const c0 = run.charCodeAt(i);
  let negative = false;
  if (c0 === 0x2b || c0 === 0x2d) {
    if (!spec.signed) return null;
    negative = c0 === 0x2d;
    i++;
  }
  const intStart = i;
  while (i < end && isDigit(run.charCodeAt(i))) i++;
  const intEnd = i;
  if (intEnd === intStart || intEnd - intStart > MAX_INTEGER_DIGITS) return null;
  // "07" is no number as printed; "0" is.
  if (intEnd - intStart > 1 && run.charCodeAt(intStart) === 0x30) return null;
  if (i < end) {
    if (run.charCodeAt(i) !== 0x2e || !spec.decimal) return null;
    i++;
    const fracStart = i;
    while (i < end && isDigit(run.charCodeAt(i))) i++;
    if (i !== end || i === fracStart) return null;
  }
  const value = Number(run.slice(negative || c0 === 0x2b ? start + 1 : start, end));
  return negative ? -value : value;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
