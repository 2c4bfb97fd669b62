import { Command, CommanderError } from 'commander';
import { join } from 'node:path';
import type { Io } from '../../src/io.js';
import { registerValidate } from '../../src/commands/validate.js';
import { registerExport } from '../../src/commands/export.js';
import { registerSchema } from '../../src/commands/schema.js';
import { registerParse } from '../../src/commands/parse.js';

export const ROOT = join(import.meta.dirname, '..', '..');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the batch commands in process the way main.ts does (exit status: the highest one set; a
 * commander usage error is 2), with their own program so that these tests do not depend on which
 * commands cli.ts registers.
 */
export async function runCli(args: string[], options: { cwd?: string; tty?: boolean } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  let code = 0;
  const io: Io = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    stderrIsTTY: options.tty ?? false,
    cwd: options.cwd ?? ROOT,
    setExitCode: (c) => void (code = Math.max(code, c)),
  };
  const program = new Command('gov-report')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) });
  registerValidate(program, io);
  registerExport(program, io);
  registerSchema(program, io);
  registerParse(program, io);
  try {
    await program.parseAsync(args, { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    code = error.exitCode === 0 ? 0 : 2;
  }
  return { code, stdout, stderr };
}
