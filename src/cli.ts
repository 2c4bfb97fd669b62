import { Command } from 'commander';
import type { Io } from './io.js';
import { registerExport } from './commands/export.js';
import { registerParse } from './commands/parse.js';
import { registerRules } from './commands/rules.js';
import { registerSchema } from './commands/schema.js';
import { registerValidate } from './commands/validate.js';

export const VERSION = '0.1.0';

/** The commander program: options → library calls → formatter → io. No process access here. */
export function buildProgram(io: Io): Command {
  const program = new Command('gov-report')
    .description('读取并核对政府信息公开工作年度报告 — parse and check Chinese government information-disclosure annual reports')
    .version(VERSION)
    // One line that says where the options are: thirty lines of help bury the one line of error.
    .showHelpAfterError('(add --help for the options)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) });
  registerParse(program, io);
  registerValidate(program, io);
  registerExport(program, io);
  registerSchema(program, io);
  registerRules(program, io);
  return program;
}
