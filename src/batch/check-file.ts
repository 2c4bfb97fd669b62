import { performance } from 'node:perf_hooks';
import type { Report } from '../record/schema.js';
import { parseReport, problemReport, readReportFile, type ParseOptions, type ReadFileResult } from '../report.js';
import { renderFindings } from '../findings/render-findings.js';
import { unreadable } from '../rules/input-unreadable.js';

/**
 * How much of each record travels back from a worker: `full`; `no-cells` (the provenance cells are
 * most of a record's weight); `findings` (source, meta and findings only: copying the values between
 * threads costs ten times as much as copying the findings, and CI formats show findings alone).
 */
export type ResultDetail = 'full' | 'no-cells' | 'findings';

/** A record cut down to what a findings-only batch needs. */
export type ReportFindings = Pick<Report, 'version' | 'source' | 'meta' | 'findings'>;

export interface CheckTask {
  /** As shown in output and recorded in `source.path`. */
  path: string;
  /** Where to read it: absolute, since a worker's working directory is not the batch's. */
  file: string;
  /** The bytes of standard input ("-"), read by the main thread. */
  bytes?: Uint8Array;
  options: ParseOptions;
  maxBytes: number;
  detail: ResultDetail;
}

export interface CheckReply {
  report: Report | ReportFindings;
  elapsedMs: number;
  /** Set when the file was refused unread. */
  failure?: 'too-large';
}

/**
 * One file, start to finish: refuse it unread when it is too large, else run the pipeline. Runs in a
 * pool worker, or in the main thread for in-process batches.
 */
export async function checkFile(task: CheckTask): Promise<CheckReply> {
  const start = performance.now();
  const read: ReadFileResult = !task.bytes
    ? readReportFile(task.file, task.maxBytes)
    : task.bytes.length > task.maxBytes
      ? { tooLarge: task.bytes.length }
      : { bytes: task.bytes };
  if ('tooLarge' in read) {
    const report = await tooLargeReport(task.path, read.tooLarge, task.maxBytes, task.options);
    return { report, elapsedMs: performance.now() - start, failure: 'too-large' };
  }
  // A findings-only reply has no use for the values' cells nor the file's hash (5% of the work on a text report).
  const options = task.detail === 'full' ? task.options : task.detail === 'no-cells' ? { ...task.options, cells: false } : { ...task.options, cells: false, sha256: false };
  const report = 'bytes' in read ? await parseReport({ path: task.path, bytes: read.bytes }, options) : await problemReport(task.path, read.problem, options);
  if (task.detail === 'findings') {
    const { version, source, meta, findings } = report;
    return { report: { version, source, meta, findings }, elapsedMs: performance.now() - start };
  }
  return { report, elapsedMs: performance.now() - start };
}

export type FailureKind = 'too-large' | 'timeout' | 'crash';

/**
 * The record of a file the pipeline did not finish: an empty record (the shape parseReport gives an
 * empty file) whose only finding is an `input-unreadable` saying why. Severity and language follow
 * the same configuration as every other finding.
 */
export async function failedReport(path: string, bytes: number, zh: string, en: string, options: ParseOptions): Promise<Report> {
  const report = await problemReport(path, unreadable(zh, en), options);
  report.source.format = null;
  report.source.bytes = bytes;
  report.source.sha256 = '';
  return report;
}

/** `size` null: a pipe or a device that went on past the limit. */
export function tooLargeReport(path: string, size: number | null, maxBytes: number, options: ParseOptions): Promise<Report> {
  if (size === null) {
    return failedReport(path, 0, `输入超过上限 ${byteSize(maxBytes)}，未读取`, `input beyond the limit of ${byteSize(maxBytes)}; not read`, options);
  }
  return failedReport(
    path,
    size,
    `文件过大（${byteSize(size)}，上限 ${byteSize(maxBytes)}），未读取`,
    `file too large (${byteSize(size)}, limit ${byteSize(maxBytes)}); not read`,
    options,
  );
}

function byteSize(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

export function timeoutReport(path: string, timeoutMs: number, options: ParseOptions): Promise<Report> {
  const seconds = (timeoutMs / 1000).toString();
  return failedReport(path, 0, `处理超时（超过 ${seconds} 秒），已中止`, `timed out after ${seconds} s; stopped`, options);
}

export function crashReport(path: string, error: unknown, options: ParseOptions): Promise<Report> {
  const reason = error instanceof Error ? error.message : String(error);
  return failedReport(path, 0, `处理时内部出错：${reason}`, `internal error while reading: ${reason}`, options);
}
