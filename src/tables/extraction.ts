import type { ParsedValue } from '../normalize/number.js';
import type { CellSource } from '../types.js';
import type { FlatRow } from './flatten.js';
import type { Active, Appeals, Requests } from '../record/schema.js';
import type { Template } from '../record/layout.js';
import type { LabelNote, TableCandidate } from './locate-tables.js';
import type { RunNote } from './recover/recover-runs.js';
import type { UnmatchedRow } from './extract-requests.js';

/** One value cell as read: its dotted record path, raw text, how it parsed, and where it stands. */
export interface CellInfo {
  path: string;
  raw: string;
  kind: ParsedValue['kind'];
  line: number;
  page?: number;
  section?: number;
  source?: CellSource;
  /** A money cell converted from 元 to 万元. */
  convertedFromYuan?: boolean;
  /** Cut out of digits run together, by the table's identities. */
  recovered?: true;
}

/** One statutory row as found: how many values it had against how many columns it should have. */
export interface RowInfo {
  /** "requests", "appeals" or "active.<item>". */
  table: string;
  /** Row key below the table ("withheld.stateSecret"); "" for tables of one row. */
  key: string;
  line: number;
  page?: number;
  section?: number;
  /** Where the row's first cell stands (a real grid only). */
  source?: CellSource;
  values: number;
  columns: number;
  /** Column keys that received a value (or a blank) with certainty. */
  assigned: string[];
  /** The row's values are digits run together (reported by their recovery, not as misaligned). */
  run?: true;
}

/** A statutory row whose values are digits run together, left to tables/recover/ to cut. */
export interface RunRow {
  /** "requests", "appeals" or "active.<item>". */
  table: string;
  /** Row key below the table; "" for tables of one row. */
  key: string;
  /** The columns the run stands for, in order. */
  columns: readonly string[];
  text: string;
  line: number;
  page?: number;
  section?: number;
  /** The header says the amounts are in 元. */
  amountInYuan?: true;
  /** No header gives the row's columns (or the nearest one is another item's): the run is not cut. */
  columnsUnknown?: true;
  /**
   * False when the pieces may as well be cells of their own with some lost ("35 0 0 0 0" under six
   * columns, "102" under seven): the row's first column was then read as the first piece.
   */
  certain: boolean;
  /** The row's RowInfo, whose `run` mark the recovery takes back from a row it gives up as short. */
  info: RowInfo;
}

/** The RunRow of a row read from `row`. */
export function runRow(table: string, key: string, columns: readonly string[], fitted: { run?: string; runCertain?: boolean }, row: FlatRow, section: number, info: RowInfo): RunRow {
  info.run = true;
  return {
    table,
    key,
    columns,
    text: fitted.run!,
    certain: fitted.runCertain === true,
    info,
    line: row.line,
    ...(row.page !== undefined && { page: row.page }),
    ...(section > 0 && { section }),
  };
}

/** The RowInfo of a statutory row read from `row`: `values` cells found against `columns` expected. */
export function rowInfo(table: string, key: string, row: FlatRow, section: number, values: number, columns: number, assigned: string[]): RowInfo {
  const source = row.cells.find((c) => !c.merged && c.source !== undefined)?.source;
  return {
    table,
    key,
    line: row.line,
    ...(row.page !== undefined && { page: row.page }),
    ...(section > 0 && { section }),
    ...(source !== undefined && { source }),
    values,
    columns,
    assigned,
  };
}

/** A label that only one template prints, where it stands: what tells a report's template. */
export interface TemplateClue {
  template: Template;
  label: string;
  line: number;
  page?: number;
}

/** A statutory table as located in the document. */
export interface TableInfo {
  table: string;
  found: boolean;
  line?: number;
  page?: number;
  section?: number;
  /** Column keys the header shows, in order; null when no header was found. */
  header: string[] | null;
  /** Line of the header row that names the columns. */
  headerLine?: number;
}

/** The extract stage's output: plain records for analysts plus everything rules need to judge them. */
export interface Extraction {
  template: Template;
  /** Template seen in the tables themselves (headers, （六） rows), before falling back on the year. */
  templateFromTables: Template | null;
  /** Every label of one template only that the tables print (both templates' when a table mixes them). */
  templateClues: TemplateClue[];
  /** rowKey → 法人或其他组织 subtotal, for the 8-column variant of the request table. */
  requestSubtotals: Map<string, number | null>;
  active: Active;
  requests: Requests;
  appeals: Appeals;
  cells: CellInfo[];
  rows: RowInfo[];
  tables: TableInfo[];
  /** Rows named by a scored or cut label, or by their place in the statutory order. */
  labelNotes: LabelNote[];
  /** Rows whose values were digits run together, and what their recovery made of them. */
  runNotes: RunNote[];
  /** Rows of values among the request table's rows whose label names no statutory row. */
  unmatchedRequestRows: UnmatchedRow[];
  /** Per table, every run of rows that could be it, the one read first. */
  candidates: Record<string, TableCandidate[]>;
  /** When no statutory table was found: the line of the first row of numbers in the file, if any. */
  numbersLine?: number;
}
