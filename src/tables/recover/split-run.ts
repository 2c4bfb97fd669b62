/**
 * The readings of a run of digits whose cell boundaries were lost ("352000037") as a row's cells.
 * A printed cell is a number as the statutory tables print it: no leading zero except a lone 0, a
 * sign only in a signed column (本年增/减), a decimal point only in an amount column, or a "-" that
 * marks none. A cell may also have printed nothing: the format lets a zero stay blank, and a blank
 * leaves no trace in run-together text. Blanks and none-marks count 0 in the row's own sums (总计 =
 * the applicant columns; each appeal group's 总计), which are applied while reading, from the right:
 * the total is read first, and each part may not exceed what is left of it, which keeps the search
 * small. The search is bounded by a budget of steps; a run that exceeds it is reported so.
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

/** One reading of a run: each column's number, or null where the cell printed nothing or a none-mark. */
export type Reading = readonly (number | null)[];

export interface RunSplits {
  splits: Reading[];
  /** Where each cell of each reading starts in the run (-1 for a blank), parallel to `splits`. */
  starts: number[][];
  /** True when the budget or `maxSplits` ran out before every reading was tried: `splits` is then incomplete. */
  exhausted: boolean;
  /** True when it was `maxSplits` that ran out: at least that many readings exist. */
  many: boolean;
}

// No count in these tables reaches a billion, and no amount a trillion: a longer cell is no reading.
const MAX_INTEGER_DIGITS = 9;
const MAX_AMOUNT_DIGITS = 12;
const DEFAULT_BUDGET = 50_000;

/** The run's text with its spaces dropped (they may stand inside a number as well as between two). */
export function runDigits(text: string): string {
  return text.replace(/\s+/g, '');
}

// A number one cell could print: no leading zero, at most twelve digits (an amount in 元), an optional
// sign and decimals.
const ONE_NUMBER = /^[+-]?(?:0|[1-9]\d{0,11})(?:\.\d+)?$/;

/** True when the text (spaces dropped) is a number one cell could print; else it can only be cells run together. */
export function isOneNumber(text: string): boolean {
  return ONE_NUMBER.test(text);
}

/** True when the text can only be a run of cells: digits, and signs or points where a cell may have them. */
export function isRunText(text: string): boolean {
  return /^[+-]?\d[\d+\-.\s]*$/.test(text) && !/[+.-]$|\.\.|\.[+-]|[+-]\./.test(text);
}

/**
 * Every reading of `run` (spaces already dropped) as `spec.cells.length` cells that satisfies the
 * row's sums; at most `maxSplits` are returned. `pieces`: where the text showed its pieces apart
 * (their ends, in `run`), when those are cells as printed and only blanks may stand between them.
 */
export function splitRun(run: string, spec: RowSpec, options: { budget?: number; maxSplits?: number; pieces?: readonly number[] } = {}): RunSplits {
  const k = spec.cells.length;
  const splits: Reading[] = [];
  const starts: number[][] = [];
  const values = new Array<number | null>(k).fill(null);
  const at = new Array<number>(k).fill(-1);
  let budget = options.budget ?? DEFAULT_BUDGET;
  const maxSplits = options.maxSplits ?? 10_000;
  let exhausted = false;
  if (k === 0 || run.length === 0) return { splits, starts, exhausted, many: splits.length >= maxSplits };

  // For each cell, the sum it closes (when it is a total) or belongs to (when it is a part).
  const totalOf = new Array<RowSum | undefined>(k).fill(undefined);
  const partOf = new Array<RowSum | undefined>(k).fill(undefined);
  for (const sum of spec.sums) {
    totalOf[sum.total] = sum;
    for (const p of sum.parts) partOf[p] = sum;
  }
  const maxLength: number[] = [];
  for (const c of spec.cells) maxLength.push((c.decimal ? MAX_AMOUNT_DIGITS + 7 : MAX_INTEGER_DIGITS) + (c.signed ? 1 : 0));
  // The most characters cells 0..c-1 can hold together: a reading leaving more before them is none.
  const room: number[] = [0];
  for (let c = 0; c < k; c++) room.push(room[c]! + maxLength[c]!);
  if (run.length > room[k]!) return { splits, starts, exhausted, many: splits.length >= maxSplits };
  // The fewest printed cells that can hold run[0, e): a zero stands alone, so "0000000" needs seven,
  // and cells 0..c, blanks or not, can hold no run that needs more than c + 1.
  const fewest = fewestPieces(run, Math.max(...maxLength));
  if (fewest[run.length]! > k) return { splits, starts, exhausted, many: splits.length >= maxSplits };
  // What cells 0..c can add up to when all of them are parts of one sum: at least the prefix's digits
  // one by one, at most the prefix read as one number (cutting a number only makes it smaller).
  const { least, most } = prefixSums(run);

  // With the pieces given, a cell is one whole piece: from the end of the one before to its own end.
  let pieceStart: Int32Array | null = null;
  if (options.pieces) {
    pieceStart = new Int32Array(run.length + 1).fill(-1);
    let from = 0;
    for (const end of options.pieces) {
      pieceStart[end] = from;
      from = end;
    }
  }

  // Cells are read from the last to the first; `end` is where the current cell ends in `run`,
  // `left` what remains of the open sum (NaN when none is open).
  const place = (cell: number, end: number, left: number): void => {
    if (--budget < 0) {
      exhausted = true;
      return;
    }
    if (fewest[end]! > cell + 1) return;
    const sum = partOf[cell];
    const open = sum !== undefined && !Number.isNaN(left);
    const first = open && sum.parts[0] === cell;
    const closes = totalOf[cell] !== undefined;
    if (open && sum.parts[0] === 0 && (left < least[end]! || left > most[end]!)) return;
    // A cell that printed nothing: the cells before it hold the rest.
    if (end <= room[cell]! && (!first || left === 0)) {
      values[cell] = null;
      at[cell] = -1;
      then(cell, end, closes ? 0 : first ? Number.NaN : left);
      if (exhausted) return;
    }
    if (end === 0) return;
    let lo = cell === 0 ? 0 : Math.max(0, end - maxLength[cell]!);
    let hi = cell === 0 ? 0 : Math.min(end - 1, room[cell]!);
    if (pieceStart !== null) {
      const only = pieceStart[end]!;
      if (only < 0 || only < lo || only > hi) return;
      lo = hi = only;
    }
    for (let start = hi; start >= lo; start--) {
      // A lone "-" marks none; any other text must be a number this column may hold.
      const mark = end === start + 1 && run.charCodeAt(start) === 0x2d;
      const value = mark ? 0 : cellValue(run, start, end, spec.cells[cell]!);
      if (value === null || (open && value > left) || (first && value !== left)) continue;
      values[cell] = mark ? null : value;
      at[cell] = start;
      then(cell, start, closes ? value : first ? Number.NaN : open ? left - value : Number.NaN);
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
  return { splits, starts, exhausted, many: splits.length >= maxSplits };
}

/**
 * For each prefix length e, the fewest pieces that can make run[0, e): a piece is a lone 0 (or a 0
 * before a decimal point), or starts with another digit, a sign or a "-", and is at most `longest`
 * characters. A lower bound, so the most lenient column decides what a piece may be.
 */
function fewestPieces(run: string, longest: number): number[] {
  const n = run.length;
  const fewest = new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY);
  fewest[0] = 0;
  for (let start = 0; start < n; start++) {
    if (fewest[start] === Number.POSITIVE_INFINITY) continue;
    const next = fewest[start]! + 1;
    // A zero not followed by a point is a piece of one character.
    const zero = run.charCodeAt(start) === 0x30 && run.charCodeAt(start + 1) !== 0x2e;
    const last = zero ? start + 1 : Math.min(n, start + longest);
    for (let end = start + 1; end <= last; end++) if (next < fewest[end]!) fewest[end] = next;
  }
  return fewest;
}

/** Per prefix length, the sum of its digits and its value as one number (NaN bounds nothing: a sign or point in it). */
function prefixSums(run: string): { least: number[]; most: number[] } {
  const least = [0];
  const most = [0];
  let plain = true;
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    if (!isDigit(c)) plain = false;
    least.push(plain ? least[i]! + (c - 0x30) : Number.NEGATIVE_INFINITY);
    most.push(plain ? most[i]! * 10 + (c - 0x30) : Number.POSITIVE_INFINITY);
  }
  return { least, most };
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
  if (intEnd === intStart || intEnd - intStart > (spec.decimal ? MAX_AMOUNT_DIGITS : MAX_INTEGER_DIGITS)) return null;
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
