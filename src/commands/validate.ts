import { resolve } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { EXIT, type Io } from '../io.js';
import { VERSION } from '../cli.js';
import { RULES, RULES_BY_ID } from '../rules/index.js';
import type { RuleSetting } from '../findings/render-findings.js';
import type { FileResult } from '../batch/summary.js';
import type { OutputSink } from '../batch/output-sink.js';
import type { BatchCliOptions, BatchSettings } from '../config/settings.js';
import type { BatchFormatter, FormatContext, RuleInfo } from '../formatters/batch-util.js';

// The batch machinery (piscina, tinyglobby, the formatters) loads when a batch command runs, not
// when the program is built: `gov-report parse FILE` must start fast.

export const FORMAT_NAMES = ['stylish', 'json', 'ndjson', 'junit', 'sarif', 'github', 'html'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export async function loadFormatter(name: FormatName): Promise<BatchFormatter> {
  switch (name) {
    case 'stylish':
      return (await import('../formatters/stylish.js')).stylish;
    case 'json':
      return (await import('../formatters/json.js')).json;
    case 'ndjson':
      return (await import('../formatters/ndjson.js')).ndjson;
    case 'junit':
      return (await import('../formatters/junit.js')).junit;
    case 'sarif':
      return (await import('../formatters/sarif.js')).sarif;
    case 'github':
      return (await import('../formatters/github.js')).github;
    case 'html':
      return (await import('../formatters/html.js')).html;
  }
}

const SEVERITIES: readonly RuleSetting[] = ['off', 'info', 'warning', 'error'];

/** `--rule ID=SEVERITY`, repeatable: collects into one map, rejecting unknown ids and severities. */
export function collectRule(value: string, previous: Record<string, RuleSetting> = {}): Record<string, RuleSetting> {
  const m = /^([\w-]+)=(\w+)$/.exec(value.trim());
  if (!m) throw new InvalidArgumentError(`expected ID=${SEVERITIES.join('|')}, got "${value}"`);
  const [, id, severity] = m as unknown as [string, string, string];
  if (!RULES_BY_ID.has(id)) throw new InvalidArgumentError(`unknown rule "${id}" (see gov-report rules)`);
  if (!SEVERITIES.includes(severity as RuleSetting)) throw new InvalidArgumentError(`severity must be one of ${SEVERITIES.join(', ')}, got "${severity}"`);
  return { ...previous, [id]: severity as RuleSetting };
}

function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number');
  return n;
}

function count(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number ≥ 0');
  return n;
}

function positiveInteger(value: string): number {
  const n = count(value);
  if (n < 1) throw new InvalidArgumentError('expected a whole number ≥ 1');
  return n;
}

/** The options `validate` and `export` share: parallelism, limits, rules, configuration, language. */
export function addBatchOptions(command: Command): Command {
  return command
    .option('-j, --jobs <n>', 'worker threads (default: the number of CPU cores)', positiveInteger)
    .option('--timeout <seconds>', 'give up on a file after this long (default: 30)', positiveNumber)
    .option('--max-file-size <MiB>', 'refuse larger files without reading them (default: 50)', positiveNumber)
    .option('--rule <id=severity>', 'set a rule to off|info|warning|error (repeatable)', collectRule)
    .option('-c, --config <file>', 'configuration file (default: gov-report.config.json here or in a parent folder)')
    .option('--no-config', 'do not look for a configuration file')
    .option('--blank-as-zero', 'the bodies leave zeros blank: count blank cells 0 in the identities (the record keeps null)')
    .option('--verbose', 'also say, as info, what a check could not look at (no publication date found …)')
    .addOption(new Option('--lang <lang>', 'language of messages (default: zh)').choices(['zh', 'en']));
}

/** Reads the config and merges it; a bad config file ends the command with status 2. */
export async function settingsOrExit(opts: BatchCliOptions, io: Io): Promise<BatchSettings | null> {
  const [{ resolveSettings }, { ConfigError }] = await Promise.all([import('../config/settings.js'), import('../config/load-config.js')]);
  try {
    return await resolveSettings(opts, io.cwd, RULES.map((r) => r.id));
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr(`gov-report: ${error.message}\n`);
    io.setExitCode(EXIT.usage);
    return null;
  }
}

/** Opens --output, or stdout; a file that cannot be created ends the command with status 2. */
export async function openOutput(output: string | undefined, io: Io): Promise<OutputSink | null> {
  const { atomicFileSink, streamSink } = await import('../batch/output-sink.js');
  if (output === undefined) return streamSink((text) => io.stdout(text));
  try {
    return atomicFileSink(resolve(io.cwd, output));
  } catch (error) {
    io.stderr(`gov-report: cannot write ${output}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
    io.setExitCode(EXIT.usage);
    return null;
  }
}

export function ruleInfos(rules: Readonly<Record<string, RuleSetting>>): RuleInfo[] {
  return RULES.map((r) => ({ id: r.id, description: r.description, defaultSeverity: r.defaultSeverity, severity: rules[r.id] ?? r.defaultSeverity }));
}

interface ValidateOptions extends BatchCliOptions {
  format: FormatName;
  output?: string;
  quiet?: boolean;
  printConfig?: string;
  printSeries?: boolean;
}

export function registerValidate(program: Command, io: Io): void {
  const command = program
    .command('validate')
    .description('check report files, folders (recursively) and glob patterns; exit 1 when any finding is an error')
    .argument('[paths...]', 'files, folders or glob patterns ("-" reads standard input)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMAT_NAMES).default('stylish'))
    .option('-o, --output <file>', 'write the output to a file (atomically) instead of stdout')
    .option('--max-warnings <n>', 'also fail when there are more warnings than this', count)
    .option('--quiet', 'report errors only')
    .option('--print-config <file>', 'print the configuration in force for a file, and do nothing else')
    .option('--print-series', "print how the files group into series (one body's reports by year) as JSON, and do nothing else");
  addBatchOptions(command).action(async (paths: string[], opts: ValidateOptions) => {
    if (opts.printConfig !== undefined) {
      const settings = await settingsOrExit(opts, io);
      if (!settings) return;
      const { printConfig } = await import('./print-config.js');
      io.stdout(await printConfig(settings, opts.printConfig, io.cwd));
      return;
    }
    if (paths.length === 0) {
      io.stderr('gov-report: validate needs files, folders or patterns (or --print-config FILE)\n');
      io.setExitCode(EXIT.usage);
      return;
    }
    io.setExitCode(opts.printSeries ? await printSeries(paths, opts, io) : await runValidate(paths, opts, io));
  });
}

/** The command's work; returns its exit status. */
async function runValidate(paths: string[], opts: ValidateOptions, io: Io): Promise<number> {
  const settings = await settingsOrExit(opts, io);
  if (!settings) return EXIT.usage;
  const [formatter, { validateFiles, BatchInputError }, { addToSummary, emptySummary }, { createProgress }, { batchOptions }] = await Promise.all([
    loadFormatter(opts.format),
    import('../batch/validate-files.js'),
    import('../batch/summary.js'),
    import('../batch/progress.js'),
    import('../config/settings.js'),
  ]);
  // Colour only on a terminal, and never into a file.
  const ctx: FormatContext = { lang: settings.lang, rules: ruleInfos(settings.rules), tool: { name: 'gov-report', version: VERSION }, cwd: io.cwd, color: io.stdoutColor === true && opts.output === undefined };
  const sink = await openOutput(opts.output, io);
  if (!sink) return EXIT.usage;

  const full = emptySummary();
  const shown = emptySummary();
  const started = Date.now();
  const writeErr = (text: string) => io.stderr(text);
  let progress = createProgress(writeErr, false, 0, settings.lang);
  try {
    // Only the machine-readable formats and the page that redraws the tables carry records; the others need findings alone.
    const detail = opts.format === 'json' || opts.format === 'ndjson' || opts.format === 'html' ? 'full' : 'findings';
    const results = validateFiles(
      paths,
      {
        ...batchOptions(settings, io.cwd, detail, (plan) => (progress = createProgress(writeErr, io.stderrIsTTY, plan.files + plan.skipped, settings.lang))),
        ...(opts.output !== undefined && { exclude: [resolve(io.cwd, opts.output)] }),
      },
    );
    // The opening of a JSON document waits for the first file: when there is none, stdout stays empty.
    let begun = false;
    for await (const result of results) {
      if (!begun) sink.write(formatter.begin(ctx));
      begun = true;
      const display = opts.quiet ? errorsOnly(result) : result;
      sink.write(formatter.file(display, shown, ctx));
      addToSummary(full, result);
      addToSummary(shown, display);
      progress.update(full);
    }
    progress.finish();
    if (full.files === 0) {
      sink.abort();
      io.stderr(`gov-report: ${settings.lang === 'zh' ? '没有找到要检查的报告文件' : 'no report files to check'} (${paths.join(' ')})\n`);
      return EXIT.usage;
    }
    full.elapsedMs = shown.elapsedMs = Date.now() - started;
    sink.write(formatter.end(shown, ctx));
    sink.commit();
  } catch (error) {
    progress.finish();
    sink.abort();
    if (error instanceof BatchInputError) {
      io.stderr(`gov-report: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }

  if (full.findings.error > 0) return EXIT.errors;
  if (settings.maxWarnings !== undefined && full.findings.warning > settings.maxWarnings) {
    // With --quiet the warnings were not shown: the failure says so, or it would look like none.
    const hidden = opts.quiet ? (settings.lang === 'zh' ? '；--quiet 未显示这些警告' : '; --quiet did not show them') : '';
    io.stderr(
      settings.lang === 'zh'
        ? `gov-report: 警告过多（${full.findings.warning} 个，上限 ${settings.maxWarnings} 个${hidden}）\n`
        : `gov-report: too many warnings (${full.findings.warning}, at most ${settings.maxWarnings} allowed${hidden})\n`,
    );
    return EXIT.errors;
  }
  return EXIT.ok;
}

/**
 * --print-series: every file read for its body and year, and the series they make, with how the names
 * were joined; nothing is checked. Exit 0, or 2 for bad inputs.
 */
async function printSeries(paths: string[], opts: ValidateOptions, io: Io): Promise<number> {
  const settings = await settingsOrExit(opts, io);
  if (!settings) return EXIT.usage;
  const [{ validateFiles, BatchInputError }, { batchOptions }, { groupSeries }] = await Promise.all([
    import('../batch/validate-files.js'),
    import('../config/settings.js'),
    import('../series/group-series.js'),
  ]);
  const entries: { path: string; agency: string | null; year: number | null }[] = [];
  try {
    for await (const result of validateFiles(paths, batchOptions(settings, io.cwd, 'findings', () => {}))) {
      if (result.status === 'checked') entries.push({ path: result.path, agency: result.report.meta.agency, year: result.report.meta.year });
    }
  } catch (error) {
    if (!(error instanceof BatchInputError)) throw error;
    io.stderr(`gov-report: ${error.message}\n`);
    return EXIT.usage;
  }
  io.stdout(`${JSON.stringify({ series: groupSeries(entries, settings.series) }, null, 2)}\n`);
  return EXIT.ok;
}

/** --quiet: the file as shown, with its errors only (the exit status still counts every warning). */
function errorsOnly(result: FileResult): FileResult {
  if (result.status !== 'checked') return result;
  return { ...result, report: { ...result.report, findings: result.report.findings.filter((f) => f.severity === 'error') } };
}
