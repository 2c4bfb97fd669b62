import type { Finding, Report } from '../record/schema.js';
import type { Severity } from '../types.js';
import type { FailureKind, ReportFindings } from './check-file.js';

/** One file of a batch, as `validateFiles` yields it. */
export type FileResult = CheckedFile | SkippedFile;

export interface CheckedFile {
  status: 'checked';
  /** Position in the expanded input list. */
  index: number;
  path: string;
  /** The record as the batch's `detail` asked: whole, without `cells`, or findings only. */
  report: Report | ReportFindings;
  elapsedMs: number;
  /** Set when the pipeline did not finish this file: the report then holds one finding saying why. */
  failure?: FailureKind;
}

/** Whether a batch result carries the record's values (any detail but `findings`). */
export function hasRecord(report: Report | ReportFindings): report is Report {
  return 'requests' in report;
}

export interface SkippedFile {
  status: 'skipped';
  index: number;
  path: string;
}

export type Counts = Record<Severity, number>;

/** A finding worth an annotation where only a few can be shown (GitHub keeps 10 of each kind). */
export interface Highlight {
  path: string;
  finding: Finding;
  /** The finding's rank among its own file's findings of that severity (0 = most important). */
  ordinal: number;
  /** Arrival order in the batch, the last tie-breaker. */
  seq: number;
}

/**
 * What a batch keeps about its files: counts, a few names and the most important findings; never
 * the records themselves, so that memory stays flat however many files there are.
 */
export interface Summary {
  /** Files the pipeline was run on (unreadable ones included). */
  files: number;
  skipped: number;
  /** The first skipped paths, for the closing summary. */
  skippedSample: string[];
  /** Files with an `input-unreadable` finding. */
  unreadable: number;
  failures: Record<FailureKind, number>;
  filesWithErrors: number;
  filesWithWarnings: number;
  /** Files with at least one finding of any severity. */
  filesWithFindings: number;
  findings: Counts;
  /** Rule id → findings by severity. */
  rules: Record<string, Counts>;
  /** Wall time of the batch, set by whoever ran it. */
  elapsedMs: number;
  highlights: { error: Highlight[]; warning: Highlight[] };
}

export const SKIPPED_SAMPLE = 20;
export const HIGHLIGHTS = 10;

export function emptySummary(): Summary {
  return {
    files: 0,
    skipped: 0,
    skippedSample: [],
    unreadable: 0,
    failures: { 'too-large': 0, timeout: 0, crash: 0 },
    filesWithErrors: 0,
    filesWithWarnings: 0,
    filesWithFindings: 0,
    findings: { error: 0, warning: 0, info: 0 },
    rules: {},
    elapsedMs: 0,
    highlights: { error: [], warning: [] },
  };
}

// Which findings GitHub's ten annotation slots go to first: the statutory identities printed in the
// table itself (a wrong number the officer must mend), then the other findings on content, and a
// file that could not be read at all last (its one finding says so already, and it is in the log).
const PRIORITY = ['requests-balance', 'requests-outcome-total', 'requests-row-total', 'appeals-total', 'suspect-cell'];

function priority(rule: string): number {
  if (rule === 'input-unreadable') return PRIORITY.length + 1;
  const i = PRIORITY.indexOf(rule);
  return i === -1 ? PRIORITY.length : i;
}

/** Most important first: each file's worst finding before any file's second, then by rule, then by arrival. */
export function compareHighlights(a: Highlight, b: Highlight): number {
  return a.ordinal - b.ordinal || priority(a.finding.rule) - priority(b.finding.rule) || a.seq - b.seq;
}

/** Adds one file to the summary (in place: a batch keeps one accumulator). */
export function addToSummary(summary: Summary, result: FileResult): void {
  if (result.status === 'skipped') {
    summary.skipped++;
    if (summary.skippedSample.length < SKIPPED_SAMPLE) summary.skippedSample.push(result.path);
    return;
  }
  summary.files++;
  if (result.failure) summary.failures[result.failure]++;
  const findings = result.report.findings;
  let errors = 0;
  let warnings = 0;
  let unreadable = false;
  for (const f of findings) {
    summary.findings[f.severity]++;
    (summary.rules[f.rule] ??= { error: 0, warning: 0, info: 0 })[f.severity]++;
    if (f.severity === 'error') errors++;
    if (f.severity === 'warning') warnings++;
    if (f.rule === 'input-unreadable') unreadable = true;
  }
  if (unreadable) summary.unreadable++;
  if (errors > 0) summary.filesWithErrors++;
  if (warnings > 0) summary.filesWithWarnings++;
  if (findings.length > 0) summary.filesWithFindings++;
  if (errors > 0) keepHighlights(summary.highlights.error, result.path, findings, 'error', summary.files);
  if (warnings > 0) keepHighlights(summary.highlights.warning, result.path, findings, 'warning', summary.files);
}

function keepHighlights(kept: Highlight[], path: string, findings: readonly Finding[], severity: Severity, fileSeq: number): void {
  const mine = findings
    .map((finding, i) => ({ finding, i }))
    .filter(({ finding }) => finding.severity === severity)
    .sort((a, b) => priority(a.finding.rule) - priority(b.finding.rule) || a.i - b.i)
    .slice(0, HIGHLIGHTS)
    .map(({ finding, i }, ordinal) => ({ path, finding, ordinal, seq: fileSeq * 1e6 + i }));
  kept.push(...mine);
  kept.sort(compareHighlights);
  kept.length = Math.min(kept.length, HIGHLIGHTS);
}

/** True when the batch should fail: an error anywhere, or more warnings than allowed. */
export function exceedsLimits(summary: Summary, maxWarnings: number | undefined): boolean {
  return summary.findings.error > 0 || (maxWarnings !== undefined && summary.findings.warning > maxWarnings);
}
