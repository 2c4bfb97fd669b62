import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type { Problem } from './types.js';
import type { Report } from './record/schema.js';
import { RECORD_VERSION } from './record/version.js';
import { readDocument } from './readers/read-document.js';
import { unreadable } from './rules/input-unreadable.js';
import { RULES } from './rules/index.js';
import { renderFindings, type RenderOptions } from './findings/render-findings.js';
import { splitSections } from './sections/split-sections.js';
import { flattenDocument } from './tables/flatten.js';
import { extractTables } from './tables/extract-tables.js';
import { readMeta, withTemplate } from './meta/read-meta.js';

export type ParseOptions = RenderOptions;

export interface ReportInput {
  /** Shown in findings and recorded in `source`; "-" for standard input. */
  path: string;
  bytes: Uint8Array;
}

/**
 * The whole pipeline on one file's bytes: read → flatten → split sections → extract tables → rules.
 * Never throws on a bad document: what cannot be read becomes an `input-unreadable` finding.
 */
export async function parseReport(input: ReportInput, options: ParseOptions = {}): Promise<Report> {
  const read = await readDocument(input.bytes);
  const problems: Problem[] = [...read.problems];
  const rows = read.value ? flattenDocument(read.value.document) : [];
  const split = splitSections(rows);
  const meta = readMeta(rows, split.bodyStart);
  const extraction = extractTables(rows, split.rowSection, meta.year);
  const record = { title: meta.title, agency: meta.agency, year: meta.year };

  if (read.value) {
    const nothing = split.sections.length === 0 && !extraction.tables.some((t) => t.found);
    if (nothing) {
      // A page with no heading and no table of a report: one clear finding, not twenty missing parts.
      problems.push(unreadable('文件中未找到政府信息公开工作年度报告的章节或表格', 'no section or table of an annual disclosure report found in the file'));
    } else {
      const input = { meta: withTemplate(record, extraction.template), sections: split.sections, extraction };
      for (const rule of RULES) if (rule.check) problems.push(...rule.check(input));
    }
  }
  const ok = read.value !== null && problems.every((p) => p.rule !== 'input-unreadable');
  return {
    version: RECORD_VERSION,
    source: {
      path: input.path,
      format: read.format,
      encoding: read.value?.encoding ?? null,
      bytes: input.bytes.length,
      sha256: createHash('sha256').update(input.bytes).digest('hex'),
    },
    meta: withTemplate(record, ok ? extraction.template : null),
    sections: split.sections,
    active: extraction.active,
    requests: extraction.requests,
    appeals: extraction.appeals,
    cells: extraction.cells.map((c) => ({ path: c.path, raw: c.raw, line: c.line, ...(c.page !== undefined && { page: c.page }) })),
    findings: renderFindings(problems, options),
  };
}

/** Reads a file (or "-" for standard input) and parses it; a missing file or a directory is a finding too. */
export async function parseFile(path: string, options: ParseOptions = {}): Promise<Report> {
  let bytes: Uint8Array;
  try {
    if (path === '-') bytes = await readStdin();
    else {
      // Synchronous on purpose: for files of a few KiB, fs/promises' round trips through the thread
      // pool cost ten times the read itself, and batch workers may block.
      const info = statSync(path);
      if (info.isDirectory()) return failedReport(path, unreadable('这是一个目录，不是文件', 'is a directory, not a file'), options);
      bytes = readFileSync(path);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem =
      code === 'ENOENT'
        ? unreadable('文件不存在', 'no such file')
        : code === 'EACCES'
          ? unreadable('没有读取权限', 'permission denied')
          : unreadable(`读取失败（${code ?? String(error)}）`, `read failed (${code ?? String(error)})`);
    return failedReport(path, problem, options);
  }
  return parseReport({ path, bytes }, options);
}

async function failedReport(path: string, problem: Problem, options: ParseOptions): Promise<Report> {
  const report = await parseReport({ path, bytes: new Uint8Array() }, options);
  report.findings = renderFindings([problem], options);
  return report;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
