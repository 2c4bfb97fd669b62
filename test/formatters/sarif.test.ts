import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { formatBatch } from '../../src/formatters/batch-util.js';
import { artifactUri, sarif } from '../../src/formatters/sarif.js';
import { checked, context, finding, sampleResults } from './hand-built.js';

// ajv-formats is CommonJS: its default export arrives as the module object under NodeNext.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/batch/schema/sarif-schema-2.1.0.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

function valid(text: string): unknown[] {
  validate(JSON.parse(text));
  return validate.errors ?? [];
}

describe('sarif', () => {
  it('validates against the SARIF 2.1.0 schema', () => {
    expect(valid(formatBatch(sarif, sampleResults(), context('zh'), 1234))).toEqual([]);
    expect(valid(formatBatch(sarif, [], context('en'), 0))).toEqual([]);
  });

  it('gives a cell of a one-line HTML page its character offset, and its grid place and record path as properties', () => {
    const location = { line: 1, table: 'requests', row: 'received', column: 'natural', path: 'requests.received.natural', source: { table: 2, row: 4, cell: 3, offset: 5120 } };
    const text = formatBatch(sarif, [checked(0, 'page.html', [finding('suspect-cell', 'warning', '可能填错', location)])], context('zh'), 0);
    expect(valid(text)).toEqual([]);
    const result = JSON.parse(text).runs[0].results[0];
    expect(result.locations[0].physicalLocation.region).toEqual({ startLine: 1, charOffset: 5120 });
    expect(result.properties).toMatchObject({ path: 'requests.received.natural', source: { table: 2, row: 4, cell: 3, offset: 5120 } });
  });

  it('has a schema check that catches a broken log', () => {
    const log = JSON.parse(formatBatch(sarif, sampleResults(), context('zh'), 0));
    log.runs[0].results[0].level = 'fatal';
    delete log.runs[0].tool.driver.name;
    expect(valid(JSON.stringify(log)).length).toBeGreaterThan(0);
  });

  it('gives one result per finding with rule, level, message, file and line', () => {
    const log = JSON.parse(formatBatch(sarif, sampleResults(), context('zh'), 1234));
    const run = log.runs[0];
    expect(log.version).toBe('2.1.0');
    expect(run.results).toEqual([
      {
        ruleId: 'requests-balance',
        ruleIndex: 0,
        level: 'error',
        message: { text: '一+二 与 三（七）+四 不等：14 ≠ 15' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'reports/a.txt', uriBaseId: '%SRCROOT%' }, region: { startLine: 12 } } }],
        properties: { section: 3, table: 'requests', column: 'total', actual: 14, expected: 15 },
      },
      {
        ruleId: 'row-missing',
        ruleIndex: 2,
        level: 'warning',
        message: { text: '缺少行：结转下年度继续办理' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'reports/a.txt', uriBaseId: '%SRCROOT%' }, region: { startLine: 40 } } }],
        properties: { section: 3, table: 'requests', row: 'carriedForward' },
      },
      {
        ruleId: 'input-unreadable',
        ruleIndex: 1,
        level: 'error',
        message: { text: '无法读取文件：文件为空' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'reports/sub/c.pdf', uriBaseId: '%SRCROOT%' } } }],
      },
    ]);
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///work/project/' } });
  });

  it('lists the rule registry as tool.driver.rules and records overridden severities', () => {
    const run = JSON.parse(formatBatch(sarif, sampleResults(), context('en'), 0)).runs[0];
    expect(run.tool.driver.name).toBe('gov-report');
    expect(run.tool.driver.rules.map((r: { id: string; defaultConfiguration: { level: string } }) => [r.id, r.defaultConfiguration.level])).toEqual([
      ['requests-balance', 'error'],
      ['input-unreadable', 'error'],
      ['row-missing', 'error'],
      ['cell-blank', 'warning'],
    ]);
    expect(run.tool.driver.rules[0].shortDescription).toEqual({ text: 'received + carried over = total + carried forward' });
    expect(run.invocations).toEqual([
      {
        executionSuccessful: true,
        ruleConfigurationOverrides: [
          { descriptor: { id: 'row-missing', index: 2 }, configuration: { level: 'warning' } },
          { descriptor: { id: 'cell-blank', index: 3 }, configuration: { enabled: false } },
        ],
        properties: { files: 3, skipped: 1, unreadable: 1 },
      },
    ]);
  });

  it('percent-encodes Chinese and odd file names and keeps absolute paths as file URLs', () => {
    expect(artifactUri('报告/2020年 报告#1.txt')).toEqual({ uri: '%E6%8A%A5%E5%91%8A/2020%E5%B9%B4%20%E6%8A%A5%E5%91%8A%231.txt', uriBaseId: '%SRCROOT%' });
    expect(artifactUri('/data/报告.pdf')).toEqual({ uri: 'file:///data/%E6%8A%A5%E5%91%8A.pdf' });
    const text = formatBatch(sarif, [checked(0, '报告/a b.txt', [finding('made-up', 'info', 'x', { page: 3 })])], context('zh'), 0);
    expect(valid(text)).toEqual([]);
    expect(JSON.parse(text).runs[0].results[0]).toEqual({
      ruleId: 'made-up',
      level: 'note',
      message: { text: 'x' },
      locations: [{ physicalLocation: { artifactLocation: { uri: '%E6%8A%A5%E5%91%8A/a%20b.txt', uriBaseId: '%SRCROOT%' } } }],
      properties: { page: 3 },
    });
  });
});
