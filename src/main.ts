import { CommanderError } from 'commander';
import { buildProgram } from './cli.js';
import { langOfArgs } from './commander-messages.js';
import { EXIT, type Io } from './io.js';

/** Runs the CLI and returns its exit status: 0 clean, 1 errors found, 2 bad usage or internal failure. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  let code: number = EXIT.ok;
  const sink: Io = { ...io, setExitCode: (c) => (code = Math.max(code, c)) };
  try {
    await buildProgram(sink, langOfArgs(argv)).parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version end through exitOverride too, with status 0.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    io.stderr(`gov-report: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.GOV_REPORT_DEBUG) io.stderr(`${(error as Error).stack ?? ''}\n`);
    return EXIT.usage;
  }
}

function processIo(): Io {
  // `gov-report validate … | head` closes the pipe early: that is the reader's choice, not a crash.
  // The rest of the output goes nowhere, but the run goes on to its end, so that the exit status is
  // the one the findings call for (1 when a file has an error), as a CI step piped into head expects.
  let closed = false;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') closed = true;
    else throw error;
  });
  return {
    stdout: (text) => {
      if (!closed) process.stdout.write(text);
    },
    stderr: (text) => process.stderr.write(text),
    stderrIsTTY: process.stderr.isTTY === true,
    // NO_COLOR (no-color.org): any value, even empty, turns colour off.
    stdoutColor: process.stdout.isTTY === true && process.env.NO_COLOR === undefined,
    cwd: process.cwd(),
    setExitCode: () => {},
  };
}
