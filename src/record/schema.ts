import { z } from 'zod';

/** A value as the report gives it: a number, or null where it is blank or the row/column is missing. */
const value = z.number().nullable();

const requestColumns = z.object({
  natural: value,
  business: value,
  research: value,
  nonprofit: value,
  legal: value,
  otherOrg: value,
  total: value,
});

const withheld = z.object({
  stateSecret: requestColumns,
  prohibitedByLaw: requestColumns,
  endangersSafety: requestColumns,
  thirdPartyRights: requestColumns,
  internalAffairs: requestColumns,
  processInformation: requestColumns,
  enforcementFiles: requestColumns,
  queryMatters: requestColumns,
});

const unavailable = z.object({ notHeld: requestColumns, needsCreation: requestColumns, unclear: requestColumns });

const notProcessed = z.object({
  complaint: requestColumns,
  duplicate: requestColumns,
  publication: requestColumns,
  excessive: requestColumns,
  confirmation: requestColumns,
});

const requestsCommon = {
  received: requestColumns,
  carriedOver: requestColumns,
  granted: requestColumns,
  partiallyGranted: requestColumns,
  withheld,
  unavailable,
  notProcessed,
  total: requestColumns,
  carriedForward: requestColumns,
};

export const Requests2019Schema = z.object({ ...requestsCommon, otherDisposal: requestColumns });
export const Requests2021Schema = z.object({
  ...requestsCommon,
  // A 2021 report that prints （六）其他处理 as one row, as the 2019 form does, carries that row's
  // values here too, beside its three statutory sub-rows (null then).
  otherDisposal: z.object({ noCorrection: requestColumns, unpaidFee: requestColumns, other: requestColumns, ...requestColumns.partial().shape }),
});
export const RequestsSchema = z.union([Requests2019Schema, Requests2021Schema]);

const appealColumns = z.object({ upheld: value, corrected: value, other: value, pending: value, total: value });
export const AppealsSchema = z.object({
  reconsideration: appealColumns,
  litigation: z.object({ direct: appealColumns, afterReconsideration: appealColumns }),
});

const documents2019 = z.object({ issued: value, published: value, total: value });
const items2019 = z.object({ previousItems: value, change: value, decisions: value });
export const Active2019Schema = z.object({
  regulations: documents2019,
  normativeDocuments: documents2019,
  licensing: items2019,
  otherServices: items2019,
  penalties: items2019,
  enforcement: items2019,
  fees: z.object({ previousItems: value, change: value }),
  procurement: z.object({ projects: value, amount: value.describe('万元') }),
});

const documents2021 = z.object({ issued: value, repealed: value, inForce: value });
const decisions = z.object({ decisions: value });
export const Active2021Schema = z.object({
  regulations: documents2021,
  normativeDocuments: documents2021,
  licensing: decisions,
  penalties: decisions,
  enforcement: decisions,
  fees: z.object({ amount: value.describe('万元') }),
});
export const ActiveSchema = z.union([Active2019Schema, Active2021Schema]);

export const LocSchema = z.object({
  line: z.number().int().optional(),
  page: z.number().int().optional(),
  section: z.number().int().min(1).max(6).optional(),
  table: z.string().optional(),
  row: z.string().optional(),
  column: z.string().optional(),
  /** The record path of what the finding names: "requests", "requests.received", "requests.received.natural". */
  path: z.string().optional(),
  /**
   * Where the cell or row stands when lines do not say it: the table grid's position (HTML, DOCX;
   * 1-based, tables counted among the document's data tables), the HTML source offset, or the
   * top-left corner on a PDF page in points from the page's top-left corner.
   */
  source: z
    .object({
      table: z.number().int().optional(),
      row: z.number().int().optional(),
      cell: z.number().int().optional(),
      offset: z.number().int().optional(),
      x: z.number().optional(),
      y: z.number().optional(),
    })
    .optional(),
});

/** The cell a failing identity most likely comes from (rules/suspect.ts): row and column as the record's keys. */
export const SuspectSchema = z.object({
  table: z.string(),
  row: z.string(),
  column: z.string(),
  value: z.number(),
  proposed: z.number(),
  /** "unique", or "one of N". */
  certainty: z.string(),
});

export const FindingSchema = z.object({
  rule: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  location: LocSchema,
  actual: z.union([z.number(), z.string(), z.null()]).optional(),
  expected: z.union([z.number(), z.string(), z.null()]).optional(),
  suspect: SuspectSchema.optional(),
});

/** Where one value of the record was read: its dotted path, the raw cell text and its place. */
export const CellRefSchema = z.object({
  path: z.string(),
  raw: z.string(),
  line: z.number().int(),
  page: z.number().int().optional(),
  /** Cut out of digits run together (the identities decided the cut; see the digits-run-together findings). */
  recovered: z.literal(true).optional(),
});

export const SourceSchema = z.object({
  path: z.string(),
  format: z.enum(['txt', 'md', 'html', 'docx', 'pdf']).nullable(),
  encoding: z.string().nullable(),
  bytes: z.number().int(),
  sha256: z.string(),
});

export const MetaSchema = z.object({
  title: z.string().nullable(),
  agency: z.string().nullable(),
  year: z.number().int().nullable(),
  template: z.enum(['2019', '2021']).nullable(),
  /** The publication date a header block or the page's metadata states (YYYY-MM-DD). */
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  /** The original page's address a crawler's header block states. */
  url: z.string().nullable(),
});

export const SectionSchema = z.object({
  number: z.number().int().min(1).max(6),
  heading: z.string(),
  line: z.number().int(),
  page: z.number().int().optional(),
});

import { RECORD_VERSION } from './version.js';

export { RECORD_VERSION };

export const ReportSchema = z.object({
  version: z.literal(RECORD_VERSION),
  source: SourceSchema,
  meta: MetaSchema,
  sections: z.array(SectionSchema),
  active: ActiveSchema,
  requests: RequestsSchema,
  appeals: AppealsSchema,
  cells: z.array(CellRefSchema),
  findings: z.array(FindingSchema),
});

export type Requests2019 = z.infer<typeof Requests2019Schema>;
export type Requests2021 = z.infer<typeof Requests2021Schema>;
export type Requests = z.infer<typeof RequestsSchema>;
export type RequestColumns = z.infer<typeof requestColumns>;
export type Appeals = z.infer<typeof AppealsSchema>;
export type AppealColumns = z.infer<typeof appealColumns>;
export type Active = z.infer<typeof ActiveSchema>;
export type Meta = z.infer<typeof MetaSchema>;
export type SectionRef = z.infer<typeof SectionSchema>;
export type CellRef = z.infer<typeof CellRefSchema>;
export type Report = z.infer<typeof ReportSchema>;
export type Finding = z.infer<typeof FindingSchema>;
export type Loc = z.infer<typeof LocSchema>;
export type SourceInfo = z.infer<typeof SourceSchema>;
