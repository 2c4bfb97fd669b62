import { Command, Option } from 'commander';
import { EXIT, type Io } from '../io.js';
import { formatReportText } from '../formatters/report-text.js';
import { resolve } from 'node:path';
import { parseFile, parseReport, problemReport, readReportFile } from '../report.js';
import type { ParseOptions as ReportOptions } from '../report.js';
import type { Report } from '../record/schema.js';
import { collectRule, openOutput, ruleInfos, settingsOrExit } from './validate.js';
import type { BatchCliOptions, BatchSettings } from '../config/settings.js';
import { VERSION } from '../cli.js';

interface ParseOptions extends BatchCliOptions {
  format: 'text' | 'json' | 'html';
  quiet?: boolean;
  printConfig?: string;
  output?: string;
}

/**
 * `gov-report parse FILE`: one report, every table as read and every finding. It reads the same
 * configuration and takes the same --rule, --lang and --quiet as `validate`, so that the two give
 * the same findings on the same file.
 */
export function registerParse(program: Command, io: Io): void {
  program
    .command('parse')
    .description('read one report and show every table as read and every finding (file "-" reads standard input)')
    .argument('[file]', 'report file: .txt, .md, .html, .docx or .pdf')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'html']).default('text'))
    .option('-o, --output <file>', 'write the output to a file (atomically) instead of stdout')
    .option('--rule <id=severity>', 'set a rule to off|info|warning|error (repeatable)', collectRule)
    .option('-c, --config <file>', 'configuration file (default: gov-report.config.json here or in a parent folder)')
    .option('--no-config', 'do not look for a configuration file')
    .addOption(new Option('--lang <lang>', 'language of messages (default: zh, or the configuration’s)').choices(['zh', 'en']))
    .option('--blank-as-zero', 'the body leaves zeros blank: count blank cells 0 in the identities (the record keeps null)')
    .option('--quiet', 'report errors only (the exit status still counts every finding)')
    .option('--verbose', 'also say, as info, what a check could not look at (no publication date found …)')
    .option('--print-config <file>', 'print the configuration in force for a file, and do nothing else')
    .action(async (file: string | undefined, opts: ParseOptions) => {
      const settings = await settingsOrExit(opts, io);
      if (!settings) return;
      if (opts.printConfig !== undefined) {
        // Loaded here only: tinyglobby is no part of reading one report.
        const { printConfig } = await import('./print-config.js');
        io.stdout(await printConfig(settings, opts.printConfig, io.cwd));
        return;
      }
      if (file === undefined) {
        io.stderr('gov-report: parse needs a file (or --print-config FILE)\n');
        io.setExitCode(EXIT.usage);
        return;
      }
      const report = await parseAt(file, io.cwd, { lang: settings.lang, rules: settings.rules, blankAsZero: settings.blankAsZero, verbose: settings.verbose });
      io.setExitCode(report.findings.some((f) => f.severity === 'error') ? EXIT.errors : EXIT.ok);
      const shown = opts.quiet ? { ...report, findings: report.findings.filter((f) => f.severity === 'error') } : report;
      // The whole file unread (not one page of it without text): the one line says why.
      const fatal = report.findings.find((f) => f.rule === 'input-unreadable' && f.location.page === undefined);
      if (fatal && opts.format === 'text') io.stderr(`gov-report: ${file}: ${fatal.message}\n`);
      else {
        const sink = await openOutput(opts.output, io);
        if (!sink) return;
        sink.write(await render(shown, opts.format, settings, io.stdoutColor === true && opts.output === undefined));
        sink.commit();
      }
    });
}

async function render(report: Report, format: ParseOptions['format'], settings: BatchSettings, color: boolean): Promise<string> {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  if (format === 'text') return formatReportText(report, settings.lang, { color });
  const { formatReportHtml } = await import('../formatters/html.js');
  return formatReportHtml(report, { lang: settings.lang, rules: ruleInfos(settings.rules), tool: { name: 'gov-report', version: VERSION }, cwd: '' });
}

/** The file read relative to the command's folder, shown as it was named ("-": standard input). */
async function parseAt(file: string, cwd: string, options: ReportOptions): Promise<Report> {
  if (file === '-') return parseFile(file, options);
  const read = readReportFile(resolve(cwd, file));
  return 'problem' in read ? problemReport(file, read.problem, options) : parseReport({ path: file, bytes: read.bytes }, options);
}

