/** What a command may do to the outside world; tests pass their own. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** True when stderr is a terminal (progress bars, colours). */
  stderrIsTTY: boolean;
  /** True when stdout is a terminal and colour is wanted (not with NO_COLOR): the parse view marks cells in colour. */
  stdoutColor?: boolean;
  cwd: string;
  /** Records the exit status; the highest status set wins. Only main.ts exits. */
  setExitCode(code: number): void;
}

/** Exit statuses of FORMAT.md. */
export const EXIT = { ok: 0, errors: 1, usage: 2 } as const;
