/**
 * Plain data passed between the pipeline's stages:
 * RawFile → Document → Section[] → tables → Finding[] → Report.
 */

import type { Finding, Loc } from './record/schema.js';

export type { Finding, Loc, Report, SourceInfo } from './record/schema.js';
export type Severity = Finding['severity'];

/**
 * A finding before configuration and language are applied: the rule id, a message id known to the
 * message catalogue, and the data the message template needs.
 */
export interface Problem {
  rule: string;
  messageId: string;
  data?: Record<string, string | number | null>;
  location: Loc;
  actual?: number | string | null;
  expected?: number | string | null;
  /** Overrides the rule's default severity for this one problem ("could not check" is a warning). */
  severity?: Severity;
  /** The cell a failing identity most likely comes from. */
  suspect?: { table: string; row: string; column: string; value: number; proposed: number; certainty: string };
}

/** A stage's output plus what it noticed on the way (mammoth's Result). */
export interface Result<T> {
  value: T;
  problems: Problem[];
}

export type SourceFormat = 'txt' | 'md' | 'html' | 'docx' | 'pdf';

/**
 * Where a cell stands in a file whose lines do not say it: a table grid's position (HTML, DOCX;
 * 1-based, the table counted among the document's data tables, the cell by grid column), the HTML
 * source offset of its tag (a page of one line), or its top-left corner on a PDF page, in points
 * from the page's top-left corner.
 */
export interface CellSource {
  table?: number;
  row?: number;
  cell?: number;
  offset?: number;
  x?: number;
  y?: number;
}

/** One cell of a table grid, as read. */
export interface Cell {
  /** The cell's text normalized by the reader (normalizeCell): NFKC, no invisible characters, spaces folded. */
  text: string;
  line: number;
  page?: number;
  /** A copy standing in a position covered by a rowspan/colspan; its text belongs to another cell. */
  merged?: boolean;
  source?: CellSource;
}

export interface Paragraph {
  kind: 'paragraph';
  text: string;
  line: number;
  page?: number;
}

export interface Table {
  kind: 'table';
  rows: Cell[][];
  line: number;
  page?: number;
  /**
   * True when cell positions are trustworthy (a real table grid: HTML, DOCX, a PDF with column
   * boundaries): a blank cell is a blank value. False for tables rebuilt from text, where leading and
   * trailing empty cells are often stray tabs.
   */
  aligned: boolean;
}

export type Block = Paragraph | Table;

/** The normalized document every reader produces: paragraphs and table grids in reading order. */
export interface Document {
  blocks: Block[];
  /** A publication date the file's own metadata gives (a portal page's <meta>, a PDF's creation date). */
  published?: PublishedDate;
  /** Where the report's body holds pictures (an <img>, a .docx picture, a PDF page with no text layer). */
  images?: ImagePlace[];
}

/** A picture's place: after the row of that line (HTML, DOCX), or a whole page (PDF). */
export interface ImagePlace {
  line?: number;
  page?: number;
}

/** Where a report's publication date was read: what the deadline check says it relied on. */
export type DateSource = 'header' | 'html-meta' | 'signature' | 'pdf-created';

export interface PublishedDate {
  /** YYYY-MM-DD */
  date: string;
  source: DateSource;
  /** Where it stands, when it stands in the text (a signature's date). */
  line?: number;
  page?: number;
}
