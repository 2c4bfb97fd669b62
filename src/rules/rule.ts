import type { Meta, SectionRef } from '../record/schema.js';
import type { Problem, PublishedDate, Severity } from '../types.js';
import type { Extraction } from '../tables/extraction.js';

/** Everything a rule may look at: the extracted tables with their provenance, the sections found, the text. */
export interface CheckInput {
  meta: Meta;
  sections: SectionRef[];
  extraction: Extraction;
  /** The document's rows as text, in reading order: what the narrative rules read. */
  text: readonly TextLine[];
  /** The publication date the file gives, and where it was read; null when it gives none. */
  published: PublishedDate | null;
  /** The pictures in the body, each with the section it stands in. */
  images: readonly PlacedImage[];
  options: CheckOptions;
}

export interface PlacedImage {
  line?: number;
  page?: number;
  /**
   * The sections it may hold: the one it stands in, and those whose headings were not found that
   * would come before the next heading found (a scanned page holding 三 and 四, headings and all).
   */
  sections: number[];
}

/** One row of the document as text: a paragraph, or a table row's cells joined by a space. */
export interface TextLine {
  text: string;
  line: number;
  page?: number;
  /** The section it stands in (0 before the first heading). */
  section: number;
  /** A row of a table grid (the tables' own rules read those). */
  inTable: boolean;
}

export interface CheckOptions {
  /** The body's convention, declared by the user: blank cells count 0 in the identities (the record keeps null). */
  blankAsZero: boolean;
  /** Also say, as info, what a check could not look at. */
  verbose: boolean;
}

export interface MessageText {
  zh: string;
  en: string;
}

/**
 * One validation rule (ESLint's shape). `check` is pure and reports problems; it does not decide the
 * final severity, configuration does. Rules without `check` are reported by a reading stage.
 */
export interface Rule {
  id: string;
  description: MessageText;
  defaultSeverity: Severity;
  /** Message templates by id; `{name}` is replaced from the problem's data. */
  messages: Record<string, MessageText>;
  check?: (input: CheckInput) => Problem[];
}
