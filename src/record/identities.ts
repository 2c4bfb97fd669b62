import { ORG_COLUMNS } from './layout.js';

/** One cell of a statutory identity: its row and column keys, and whether it adds (+1) or is added to (−1). */
export interface IdentityTerm {
  row: string;
  column: string;
  sign: 1 | -1;
}

/**
 * The request table's identities, declared once for the checks that judge them (rules/suspect.ts)
 * and the recovery that cuts digits by them (tables/recover/): each sums to 0.
 */

// The rows above and below the outcomes: 一、二 and （七）、四.
export const TOP_REQUEST_ROWS: ReadonlySet<string> = new Set(['received', 'carriedOver', 'total', 'carriedForward']);

/** The 勾稽关系 of one column: 一 + 二 − （七）总计 − 四. */
export function balanceTerms(column: string): IdentityTerm[] {
  return [
    { row: 'received', column, sign: 1 },
    { row: 'carriedOver', column, sign: 1 },
    { row: 'total', column, sign: -1 },
    { row: 'carriedForward', column, sign: -1 },
  ];
}

/** The outcomes of one column: the outcome rows − （七）总计. */
export function outcomeTerms(outcomeRows: readonly string[], column: string): IdentityTerm[] {
  return [...outcomeRows.map((row) => ({ row, column, sign: 1 as const })), { row: 'total', column, sign: -1 }];
}

/** One row's total: 自然人 + the five organisations − 总计. */
export function rowTotalTerms(row: string): IdentityTerm[] {
  return [...(['natural', ...ORG_COLUMNS] as const).map((column) => ({ row, column, sign: 1 as const })), { row, column: 'total', sign: -1 }];
}
