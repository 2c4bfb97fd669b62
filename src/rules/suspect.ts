import { TOP_REQUEST_ROWS, balanceTerms, outcomeTerms, rowTotalTerms, type IdentityTerm } from '../record/identities.js';
import type { Extraction } from '../tables/extraction.js';
import type { Problem } from '../types.js';
import { REQUEST_COLUMN_KEYS, requestRowValues } from './support.js';

/** The cell the failing identities of the request table most likely share, and what would repair them. */
export interface Suspect {
  table: 'requests';
  /** Record keys: "received", "withheld.stateSecret"; "natural" … "total". */
  row: string;
  column: string;
  value: number;
  proposed: number;
  /** "unique", or "one of N" when N cells would each repair every failing identity. */
  certainty: string;
  /** The identities it repairs, by rule id. */
  repairs: string[];
}

interface Identity {
  rule: string;
  /** Cell key "row|column" → coefficient (+1 / −1). */
  terms: Map<string, number>;
  residual: number;
}

/**
 * The identities of the request table whose cells all hold numbers: each row's total, each column's
 * 勾稽关系, each column's outcome sum; each with its residual (0 when it holds).
 */
function identities(extraction: Extraction): Identity[] {
  const rows = requestRowValues(extraction);
  const value = new Map<string, number | null>();
  for (const [key, row] of rows) for (const c of REQUEST_COLUMN_KEYS) value.set(`${key}|${c}`, row[c]);
  const out: Identity[] = [];
  const add = (rule: string, terms: readonly IdentityTerm[]) => {
    let residual = 0;
    for (const t of terms) {
      const v = value.get(`${t.row}|${t.column}`);
      if (v === null || v === undefined) return;
      residual += t.sign * v;
    }
    out.push({ rule, terms: new Map(terms.map((t) => [`${t.row}|${t.column}`, t.sign])), residual });
  };
  for (const [key] of rows) add('requests-row-total', rowTotalTerms(key));
  const outcomes = rows.map(([key]) => key).filter((key) => !TOP_REQUEST_ROWS.has(key));
  for (const c of REQUEST_COLUMN_KEYS) {
    add('requests-balance', balanceTerms(c));
    add('requests-outcome-total', outcomeTerms(outcomes, c));
  }
  return out;
}

/**
 * The cell whose change by one amount repairs every failing identity and breaks none: it must stand
 * in each failing one and in no identity that holds, and each must ask it the same change. Null
 * when no identity fails or no cell fits; the record is never changed.
 */
export function findSuspect(extraction: Extraction): Suspect | null {
  const all = identities(extraction);
  const failing = all.filter((id) => Math.abs(id.residual) > 1e-6);
  if (failing.length === 0) return null;
  const found: Omit<Suspect, 'certainty'>[] = [];
  for (const cell of failing[0]!.terms.keys()) {
    let delta: number | null = null;
    let fits = true;
    for (const id of all) {
      const coef = id.terms.get(cell);
      const fails = Math.abs(id.residual) > 1e-6;
      if (coef === undefined) {
        if (fails) fits = false;
      } else if (!fails) fits = false;
      else {
        const d = -id.residual / coef;
        if (delta === null) delta = d;
        else if (Math.abs(d - delta) > 1e-6) fits = false;
      }
      if (!fits) break;
    }
    if (!fits || delta === null) continue;
    const [row, column] = cell.split('|') as [string, string];
    const value = requestRowValues(extraction).find(([key]) => key === row)![1][column as never] as number;
    const proposed = value + delta;
    if (proposed < 0) continue;
    found.push({ table: 'requests', row, column, value, proposed, repairs: [...new Set(failing.map((id) => id.rule))] });
  }
  if (found.length === 0) return null;
  return { ...found[0]!, certainty: found.length === 1 ? 'unique' : `one of ${found.length}` };
}

/** The problems, the failing identities among them carrying the suspect cell when there is one. */
export function withSuspect(problems: Problem[], extraction: Extraction): Problem[] {
  if (!problems.some((p) => p.messageId === 'mismatch')) return problems;
  const suspect = findSuspect(extraction);
  if (suspect === null) return problems;
  const { repairs: _, ...shown } = suspect;
  for (const p of problems) if (p.messageId === 'mismatch') p.suspect = shown;
  return problems;
}
