import { Command } from 'commander';
import type { Io } from './io.js';
import { registerParse } from './commands/parse.js';
import { registerRules } from './commands/rules.js';

export const VERSION = '0.1.0';

/** The commander program: options → library calls → formatter → io. No process access here. */
export function buildProgram(io: Io): Command {
  const program = new Command('gov-report')
    .description('读取并核对政府信息公开工作年度报告 — parse and check Chinese government information-disclosure annual reports')
    .version(VERSION)
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) });
  registerParse(program, io);
  registerRules(program, io);
  return program;
}
