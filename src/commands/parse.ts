import { Command, Option } from 'commander';
import { EXIT, type Io } from '../io.js';
import { formatReportText } from '../formatters/report-text.js';
import { parseFile } from '../report.js';

export function registerParse(program: Command, io: Io): void {
  program
    .command('parse')
    .description('read one report and show every table as read and every finding (file "-" reads standard input)')
    .argument('<file>', 'report file: .txt, .html, .docx or .pdf')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addOption(new Option('--lang <lang>', 'language of messages').choices(['zh', 'en']).default('zh'))
    .action(async (file: string, opts: { format: 'text' | 'json'; lang: 'zh' | 'en' }) => {
      const report = await parseFile(file, { lang: opts.lang });
      const fatal = report.findings.find((f) => f.rule === 'input-unreadable');
      if (fatal && opts.format === 'text') {
        io.stderr(`gov-report: ${file}: ${fatal.message}\n`);
      } else {
        io.stdout(opts.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatReportText(report, opts.lang));
      }
      io.setExitCode(report.findings.some((f) => f.severity === 'error') ? EXIT.errors : EXIT.ok);
    });
}
