import { mkdtempSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli.js';

/**
 * One engine: `parse` reads the configuration `validate` reads and takes its --rule, --lang and
 * --quiet, so that the two give the same findings on the same file; --print-config shows what is
 * in force.
 */
const SEED = 'fixtures/003_6e2b379abcfd2652.txt';
let folder: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'gov-report-parse-'));
  cpSync(join(ROOT, SEED), join(folder, 'report.txt'));
  writeFileSync(join(folder, 'gov-report.config.json'), JSON.stringify({ lang: 'en', rules: { 'row-misaligned': 'warning', 'column-missing': 'off' }, ignore: ['drafts/**'] }));
});

const findingsOf = (stdout: string) => (JSON.parse(stdout) as { findings: { rule: string; severity: string; message: string }[] }).findings;

describe('gov-report parse with a configuration', () => {
  it('applies the configuration file it finds: severities, rules turned off, the language', async () => {
    const run = await runCli(['parse', 'report.txt', '--format', 'json'], { cwd: folder });
    const findings = findingsOf(run.stdout);
    expect(findings.filter((f) => f.rule === 'row-misaligned').every((f) => f.severity === 'warning')).toBe(true);
    expect(findings.filter((f) => f.rule === 'row-misaligned').length).toBeGreaterThan(0);
    expect(findings.some((f) => f.rule === 'column-missing')).toBe(false);
    expect(findings[0]!.message).toMatch(/^[\x20-\x7e]/);
    // Seed 003's errors were its row-misaligned ones: made warnings, none is left.
    expect(run.code).toBe(0);
  });

  it('gives the findings validate gives on the same file under the same configuration', async () => {
    const parsed = await runCli(['parse', 'report.txt', '--format', 'json'], { cwd: folder });
    const validated = await runCli(['validate', 'report.txt', '--format', 'json'], { cwd: folder });
    const batch = JSON.parse(validated.stdout) as { files: { report: { findings: unknown[] } }[] };
    expect(batch.files[0]!.report.findings).toEqual(findingsOf(parsed.stdout));
  });

  it('takes --rule over the file, and --no-config leaves the defaults', async () => {
    const run = await runCli(['parse', 'report.txt', '--format', 'json', '--rule', 'row-misaligned=off'], { cwd: folder });
    expect(findingsOf(run.stdout).some((f) => f.rule === 'row-misaligned')).toBe(false);
    const plain = await runCli(['parse', 'report.txt', '--format', 'json', '--no-config'], { cwd: folder });
    expect(findingsOf(plain.stdout).filter((f) => f.rule === 'row-misaligned').every((f) => f.severity === 'error')).toBe(true);
    expect(plain.code).toBe(1);
  });

  it('shows errors only with --quiet, and still exits 1 on them', async () => {
    const run = await runCli(['parse', 'report.txt', '--format', 'json', '--quiet', '--no-config'], { cwd: folder });
    const findings = findingsOf(run.stdout);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.severity === 'error')).toBe(true);
    expect(run.code).toBe(1);
  });

  it('prints the configuration in force for a file with --print-config, for parse and validate alike', async () => {
    const run = await runCli(['parse', '--print-config', 'drafts/a.txt', '--rule', 'cell-blank=off'], { cwd: folder });
    expect(run.code).toBe(0);
    const shown = JSON.parse(run.stdout) as { configFile: string; ignored: boolean; lang: string; rules: Record<string, string> };
    expect(shown.configFile).toBe(join(folder, 'gov-report.config.json'));
    expect(shown.lang).toBe('en');
    expect(shown.rules).toMatchObject({ 'row-misaligned': 'warning', 'column-missing': 'off', 'cell-blank': 'off', 'requests-balance': 'error' });
    expect(shown.ignored).toBe(true);
    const other = await runCli(['validate', '--print-config', 'report.txt'], { cwd: folder });
    expect((JSON.parse(other.stdout) as { ignored: boolean }).ignored).toBe(false);
  });

  it('says what is missing when neither a file nor --print-config is given', async () => {
    const run = await runCli(['parse'], { cwd: folder });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('parse needs a file');
  });

  it('stops with status 2 and the file’s name on a bad configuration', async () => {
    writeFileSync(join(folder, 'bad.json'), '{"rules": {"no-such-rule": "error"}}');
    const run = await runCli(['parse', 'report.txt', '--config', 'bad.json'], { cwd: folder });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('bad.json');
  });
});
