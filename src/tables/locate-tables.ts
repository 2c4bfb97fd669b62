/**
 * Where each statutory table stands, told by its content (row labels, header cells), not by the
 * section it stands in: tables sit in appendices after section 六, under renamed, misnumbered or
 * missing headings, or are printed twice. The extractors gather the runs of rows that could be a
 * table; this module decides among them and says so when it had to.
 */

/** One run of rows that could be a statutory table. */
export interface TableCandidate {
  /** Row indexes of its first and last matched rows. */
  first: number;
  last: number;
  /** How many statutory rows (or header cells) it names. */
  score: number;
  /** How many of them stand in the table's own section. */
  inSection: number;
  /** Source line of its first row, once chosen. */
  line?: number;
}

/** A row named otherwise than by its statutory label: a scored or cut label, or its place in the order. */
export interface LabelNote {
  table: string;
  /** The row's record key below the table ("withheld.prohibitedByLaw"). */
  key: string;
  line: number;
  page?: number;
  how: 'scored' | 'cut' | 'order';
  /** The label as the report writes it (absent when the row had none). */
  text?: string;
}

// A run naming fewer rows than this is a stray label, not a competing table.
const COMPETING_SCORE = 3;

/**
 * The index of the candidate to read: the one naming the most statutory rows; on a tie the one with
 * more of them in the table's own section, then the first. -1 when there is none.
 */
export function chooseCandidate(candidates: readonly TableCandidate[]): number {
  let best = -1;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    const b = candidates[best];
    if (!b || c.score > b.score || (c.score === b.score && c.inSection > b.inSection)) best = i;
  }
  return best;
}

/** The candidates other than the chosen one (the first) that are tables in their own right. */
export function competing(candidates: readonly TableCandidate[]): TableCandidate[] {
  return candidates.slice(1).filter((c) => c.score >= COMPETING_SCORE);
}

/** The candidates with the chosen one first, each with the source line of its first row. */
export function chosenFirst(candidates: readonly TableCandidate[], best: number, lineOf: (row: number) => number): TableCandidate[] {
  const out: TableCandidate[] = [{ ...candidates[best]!, line: lineOf(candidates[best]!.first) }];
  for (let i = 0; i < candidates.length; i++) if (i !== best) out.push({ ...candidates[i]!, line: lineOf(candidates[i]!.first) });
  return out;
}

/** A run of matched rows (by row index, in document order) as a candidate: how many, how many in `section`. */
export function candidateOf(run: readonly { index: number }[], rowSection: readonly number[], section: number): TableCandidate {
  let inSection = 0;
  for (const m of run) if (rowSection[m.index] === section) inSection++;
  return { first: run[0]!.index, last: run[run.length - 1]!.index, score: run.length, inSection };
}
