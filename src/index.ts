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
export { validateFiles, BatchInputError, DEFAULT_TIMEOUT_MS, DEFAULT_MAX_BYTES, type ValidateFilesOptions } from './batch/validate-files.js';
export { planFiles, REPORT_EXTENSIONS, type Plan, type PlanEntry } from './batch/plan-files.js';
export type { ReportFindings, ResultDetail } from './batch/check-file.js';
export type { FileResult, CheckedFile, SkippedFile, Summary, Counts } from './batch/summary.js';
export { formatBatch, type BatchFormatter, type FormatContext, type RuleInfo } from './formatters/batch-util.js';
export { stylish } from './formatters/stylish.js';
export { json, BATCH_OUTPUT_VERSION } from './formatters/json.js';
export { ndjson } from './formatters/ndjson.js';
export { junit } from './formatters/junit.js';
export { sarif } from './formatters/sarif.js';
export { github } from './formatters/github.js';
export { exportColumns, type ExportColumn } from './export/columns.js';
export { exportRow, exportObject, type ExportCell } from './export/export-row.js';
export { formatCsvHeader, formatCsvRow } from './formatters/csv.js';
export { recordJsonSchema } from './commands/schema.js';
