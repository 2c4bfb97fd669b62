import { Command } from 'commander';
import type { Io } from './io.js';
import type { Lang } from './record/labels.js';
import { localizeCommanderError } from './commander-messages.js';
import { registerExport } from './commands/export.js';
import { registerParse } from './commands/parse.js';
import { registerRules } from './commands/rules.js';
import { registerSchema } from './commands/schema.js';
import { registerValidate } from './commands/validate.js';

export const VERSION = '0.1.0';

/** The commander program: options → library calls → formatter → io. No process access here. */
export function buildProgram(io: Io, lang: Lang = 'zh'): Command {
  const program = new Command('gov-report')
    .description('读取并核对政府信息公开工作年度报告 — parse and check Chinese government information-disclosure annual reports')
    .version(VERSION)
    // One line that says where the options are: thirty lines of help bury the one line of error.
    .showHelpAfterError(lang === 'zh' ? '（加 --help 查看全部选项 add --help for the options）' : '(add --help for the options)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
      outputError: (s, write) => write(localizeCommanderError(s, lang)),
    });
  registerParse(program, io);
  registerValidate(program, io);
  registerExport(program, io);
  registerSchema(program, io);
  registerRules(program, io);
  program.addHelpText('after', HELP_AFTER);
  return program;
}

// Examples and exit statuses, in both languages: the help is asked for before any --lang is read.
const HELP_AFTER = `
示例 Examples:
  gov-report parse 报告.txt                      每张表的读取结果与全部问题 every table as read, every finding
  gov-report parse 报告.pdf --format json         记录（JSON） the record as JSON
  gov-report validate reports/ --format sarif -o out.sarif
  gov-report validate reports/ --blank-as-zero --quiet --max-warnings 0
  gov-report export reports/ --header zh -o 汇总.csv

退出状态 Exit status:
  0  无错误 no finding is an error
  1  有错误（含无法读取的文件） some finding is an error, an unreadable file included
  2  用法错误或内部错误 bad usage, a bad configuration file, or an internal failure
`;
