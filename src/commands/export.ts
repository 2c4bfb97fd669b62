import { Command, Option } from 'commander';
import { EXIT, type Io } from '../io.js';
import type { BatchCliOptions } from '../config/settings.js';
import { addBatchOptions, openOutput, settingsOrExit } from './validate.js';

interface ExportOptions extends BatchCliOptions {
  format: 'csv' | 'ndjson';
  output?: string;
  header: 'keys' | 'zh';
  bom: boolean;
}

export function registerExport(program: Command, io: Io): void {
  const command = program
    .command('export')
    .description('one row per report with every value of the record (CSV for spreadsheets, or NDJSON); exit 1 when any finding is an error')
    .argument('<paths...>', 'files, folders or glob patterns')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['csv', 'ndjson']).default('csv'))
    .option('-o, --output <file>', 'write to a file (atomically) instead of stdout')
    .addOption(new Option('--header <header>', 'CSV header: dotted keys, or Chinese labels').choices(['keys', 'zh']).default('keys'))
    .option('--no-bom', 'no UTF-8 byte order mark at the start of the CSV (Excel needs it to read Chinese)');
  addBatchOptions(command).action(async (paths: string[], opts: ExportOptions) => {
    io.setExitCode(await runExport(paths, opts, io));
  });
}

async function runExport(paths: string[], opts: ExportOptions, io: Io): Promise<number> {
  const settings = await settingsOrExit(opts, io);
  if (!settings) return EXIT.usage;
  // Loaded here, not with the program: see validate.ts.
  const [{ validateFiles, BatchInputError }, { addToSummary, emptySummary, hasRecord }, { createProgress }, { exportColumns }, { exportObject, exportRow }, { formatCsvHeader, formatCsvRow }, { batchOptions }] =
    await Promise.all([
      import('../batch/validate-files.js'),
      import('../batch/summary.js'),
      import('../batch/progress.js'),
      import('../export/columns.js'),
      import('../export/export-row.js'),
      import('../formatters/csv.js'),
      import('../config/settings.js'),
    ]);
  const sink = await openOutput(opts.output, io);
  if (!sink) return EXIT.usage;
  const columns = exportColumns();
  const summary = emptySummary();
  const writeErr = (text: string) => io.stderr(text);
  let progress = createProgress(writeErr, false, 0, settings.lang);
  try {
    const results = validateFiles(
      paths,
      batchOptions(settings, io.cwd, 'no-cells', (plan) => (progress = createProgress(writeErr, io.stderrIsTTY, plan.files + plan.skipped, settings.lang))),
    );
    // The CSV header waits for the first file: when there is none, stdout stays empty.
    let begun = false;
    for await (const result of results) {
      if (!begun && opts.format === 'csv') sink.write(formatCsvHeader(columns.map((c) => (opts.header === 'zh' ? c.zh : c.key)), opts.bom));
      begun = true;
      addToSummary(summary, result);
      progress.update(summary);
      if (result.status !== 'checked' || !hasRecord(result.report)) continue;
      sink.write(opts.format === 'csv' ? formatCsvRow(exportRow(result.report, columns)) : `${JSON.stringify(exportObject(result.report, columns))}\n`);
    }
    progress.finish();
    if (summary.files === 0) {
      sink.abort();
      io.stderr(`gov-report: ${settings.lang === 'zh' ? '没有找到要导出的报告文件' : 'no report files to export'} (${paths.join(' ')})\n`);
      return EXIT.usage;
    }
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
  if (summary.unreadable > 0 || summary.skipped > 0) {
    io.stderr(
      settings.lang === 'zh'
        ? `gov-report: 导出 ${summary.files} 份报告（其中 ${summary.unreadable} 份无法读取，数据为空）；跳过 ${summary.skipped} 个非报告格式的文件\n`
        : `gov-report: exported ${summary.files} reports (${summary.unreadable} unreadable, left blank); ${summary.skipped} files skipped (not a report format)\n`,
    );
  }
  return summary.findings.error > 0 ? EXIT.errors : EXIT.ok;
}
