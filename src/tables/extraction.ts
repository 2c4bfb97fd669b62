import type { ParsedValue } from '../normalize/number.js';
import type { FlatRow } from './flatten.js';
import type { Active, Appeals, Requests } from '../record/schema.js';
import type { Template } from '../record/layout.js';
import type { LabelNote, TableCandidate } from './locate-tables.js';

/** One value cell as read: its dotted record path, raw text, how it parsed, and where it stands. */
export interface CellInfo {
  path: string;
  raw: string;
  kind: ParsedValue['kind'];
  line: number;
  page?: number;
  section?: number;
  /** A money cell converted from 元 to 万元. */
  convertedFromYuan?: boolean;
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
  values: number;
  columns: number;
  /** Column keys that received a value (or a blank) with certainty. */
  assigned: string[];
}

/** The RowInfo of a statutory row read from `row`: `values` cells found against `columns` expected. */
export function rowInfo(table: string, key: string, row: FlatRow, section: number, values: number, columns: number, assigned: string[]): RowInfo {
  return {
    table,
    key,
    line: row.line,
    ...(row.page !== undefined && { page: row.page }),
    ...(section > 0 && { section }),
    values,
    columns,
    assigned,
  };
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
  /** Per table, every run of rows that could be it, the one read first. */
  candidates: Record<string, TableCandidate[]>;
  /** When no statutory table was found: the line of the first row of numbers in the file, if any. */
  numbersLine?: number;
}
