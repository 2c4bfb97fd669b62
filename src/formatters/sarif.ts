import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding } from '../record/schema.js';
import type { Severity } from '../types.js';
import type { FileResult, Summary } from '../batch/summary.js';
import { displayPath, findingsBefore, type BatchFormatter, type FormatContext } from './batch-util.js';

const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * SARIF 2.1.0 (GitHub code scanning, IDE viewers): one run, the rule registry as
 * `tool.driver.rules`, one result per finding with the file (relative to %SRCROOT%, the working
 * directory) and its line. Rule settings that differ from the defaults are recorded as the
 * invocation's `ruleConfigurationOverrides`. Streams: results are written as files are done.
 */
export const sarif: BatchFormatter = {
  begin: (ctx) => {
    const head = JSON.stringify({
      $schema: SARIF_SCHEMA,
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: ctx.tool.name,
              version: ctx.tool.version,
              semanticVersion: ctx.tool.version,
              rules: ctx.rules.map((r) => ({
                id: r.id,
                shortDescription: { text: r.description[ctx.lang] },
                fullDescription: { text: `${r.description.zh} — ${r.description.en}` },
                defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
              })),
            },
          },
          language: ctx.lang === 'zh' ? 'zh-CN' : 'en-US',
          originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(ctx.cwd.endsWith('/') ? ctx.cwd : `${ctx.cwd}/`).href } },
          results: [],
        },
      ],
    });
    // Everything up to the opening bracket of `results` (the run's last member): file() writes the
    // results, end() closes the array and adds the invocation.
    return `${head.slice(0, head.lastIndexOf('[]') + 1)}\n`;
  },
  file: (result, before, ctx) => formatResults(result, findingsBefore(before), ctx),
  end: (summary, ctx) => `\n],"invocations":[${JSON.stringify(invocation(summary, ctx))}]}]}\n`,
};

/** A comma before every result but the run's first: `earlier` counts results written before this file. */
function formatResults(result: FileResult, earlier: number, ctx: FormatContext): string {
  if (result.status !== 'checked') return '';
  const uri = artifactUri(result.path);
  return result.report.findings.map((f, i) => `${earlier + i > 0 ? ',\n' : ''}${JSON.stringify(sarifResult(f, uri, ctx))}`).join('');
}

function sarifResult(f: Finding, uri: { uri: string; uriBaseId?: string }, ctx: FormatContext) {
  const ruleIndex = ctx.rules.findIndex((r) => r.id === f.rule);
  const { line, page, section, table, row, column, path, source } = f.location;
  const offset = source?.offset;
  const properties = {
    ...(page !== undefined && { page }),
    ...(section !== undefined && { section }),
    ...(table !== undefined && { table }),
    ...(row !== undefined && { row }),
    ...(column !== undefined && { column }),
    ...(path !== undefined && { path }),
    ...(source !== undefined && { source }),
    ...(f.actual !== undefined && { actual: f.actual }),
    ...(f.expected !== undefined && { expected: f.expected }),
  };
  return {
    ruleId: f.rule,
    ...(ruleIndex >= 0 && { ruleIndex }),
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: uri,
          ...(line !== undefined && line >= 1 && { region: { startLine: line, ...(offset !== undefined && { charOffset: offset }) } }),
        },
      },
    ],
    ...(Object.keys(properties).length > 0 && { properties }),
  };
}

/** A relative path becomes a percent-encoded URI reference under %SRCROOT%; an absolute one a file: URL. */
export function artifactUri(path: string): { uri: string; uriBaseId?: string } {
  if (path === '-') return { uri: 'stdin' };
  if (isAbsolute(path)) return { uri: pathToFileURL(path).href };
  return { uri: displayPath(path).split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

function invocation(summary: Summary, ctx: FormatContext) {
  const overrides = ctx.rules
    .map((r, index) => ({ r, index }))
    .filter(({ r }) => r.severity !== r.defaultSeverity)
    .map(({ r, index }) => ({
      descriptor: { id: r.id, index },
      configuration: r.severity === 'off' ? { enabled: false } : { level: LEVEL[r.severity] },
    }));
  return {
    executionSuccessful: true,
    ...(overrides.length > 0 && { ruleConfigurationOverrides: overrides }),
    properties: { files: summary.files, skipped: summary.skipped, unreadable: summary.unreadable },
  };
}
