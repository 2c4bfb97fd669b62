/** gov-report's public API. */
export { parseReport, parseFile, type ParseOptions, type ReportInput } from './report.js';
export { formatReportText } from './formatters/report-text.js';
export { RULES } from './rules/index.js';
export type { Rule, CheckInput } from './rules/index.js';
export {
  ReportSchema,
  ActiveSchema,
  Active2019Schema,
  Active2021Schema,
  RequestsSchema,
  Requests2019Schema,
  Requests2021Schema,
  AppealsSchema,
  FindingSchema,
  RECORD_VERSION,
} from './record/schema.js';
export type { Report, Finding, Loc, Meta, Active, Requests, Appeals, SourceInfo } from './record/schema.js';
export { REQUEST_ROWS, REQUEST_COLUMNS, APPEAL_GROUPS, APPEAL_COLUMNS, ACTIVE_ITEMS, type Template } from './record/layout.js';
export { labelOf } from './record/labels.js';
export { main } from './main.js';
