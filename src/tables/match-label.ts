/**
 * Scored matching of labels as real reports print them against the statutory wording: typos and OCR
 * misreads (corpus 027's "其他法律行政止公开" for 其他法律行政法规禁止公开; 行政复义 for 行政复议), and
 * labels cut at a page or cell edge ("2.申请人逾期未按收费"). Exact patterns (record/layout.ts) are
 * tried first; this is the fallback, so it stays strict.
 */

export interface LabelTarget<T> {
  /** The statutory label, numbering and spaces removed. */
  text: string;
  value: T;
}

export interface LabelMatch<T> {
  value: T;
  /** Edits between the label and the statutory text (for a cut label: between it and the text's start). */
  distance: number;
  /** The label is the start of the statutory text, cut short. */
  cut: boolean;
}

// A cut label must keep this much of the statutory text to name it.
const CUT_MIN = 6;

/**
 * How many edits a label of `length` characters may differ by: one in four, none under four
 * characters (行政许可 and 行政处罚 differ by two; 规章 and 规范 by one).
 */
export function allowedEdits(length: number): number {
  return length < 4 ? 0 : Math.floor(length / 4);
}

/**
 * The target `label` names, when exactly one is close enough: within allowedEdits of the target's
 * length, or the target's start cut short (at least CUT_MIN characters, one edit allowed). A tie
 * between two targets is no match.
 */
export function closestLabel<T>(label: string, targets: readonly LabelTarget<T>[]): LabelMatch<T> | null {
  let best: LabelMatch<T> | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  let tie = false;
  for (const target of targets) {
    const whole = allowedEdits(target.text.length);
    let match: LabelMatch<T> | null = null;
    if (Math.abs(target.text.length - label.length) <= whole) {
      const d = editDistance(label, target.text, whole);
      if (d <= whole) match = { value: target.value, distance: d, cut: false };
    }
    if (!match && label.length >= CUT_MIN && label.length < target.text.length) {
      const d = editDistance(label, target.text.slice(0, label.length), 1);
      if (d <= 1) match = { value: target.value, distance: d, cut: true };
    }
    if (!match) continue;
    // A cut match ranks after a whole one with as many edits.
    const score = match.distance * 2 + (match.cut ? 1 : 0);
    if (score < bestScore) {
      best = match;
      bestScore = score;
      tie = false;
    } else if (score === bestScore && best && best.value !== match.value) tie = true;
  }
  return tie ? null : best;
}

/**
 * Edits (insertions, deletions, substitutions, swaps of neighbours) between a and b; any number
 * above `max` is returned as max + 1 as soon as it is certain.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      if (d < least) least = d;
    }
    if (least > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return Math.min(prev[b.length]!, max + 1);
}
