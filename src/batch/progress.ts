import type { Lang } from '../record/labels.js';
import type { Summary } from './summary.js';

export interface ProgressState {
  done: number;
  total: number;
  errors: number;
  warnings: number;
  elapsedMs: number;
}

/** One line of progress: "[#####-----] 1200/10000 · 35 个错误 · 12 个警告 · 3.4 秒". */
export function renderProgress(state: ProgressState, lang: Lang, width = 24): string {
  const ratio = state.total > 0 ? Math.min(1, state.done / state.total) : 1;
  const filled = Math.round(ratio * width);
  const bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`;
  const secs = (state.elapsedMs / 1000).toFixed(1);
  return lang === 'zh'
    ? `${bar} ${state.done}/${state.total} · ${state.errors} 个错误 · ${state.warnings} 个警告 · ${secs} 秒`
    : `${bar} ${state.done}/${state.total} · ${state.errors} errors · ${state.warnings} warnings · ${secs} s`;
}

export interface Progress {
  update(summary: Summary): void;
  /** Clears the line, so that what follows on stderr starts clean. */
  finish(): void;
}

const NONE: Progress = { update() {}, finish() {} };

/**
 * A progress line on stderr, redrawn at most ten times a second, only when stderr is a terminal: in
 * a CI log every redraw would be a line of its own.
 */
export function createProgress(write: (text: string) => void, isTTY: boolean, total: number, lang: Lang, now: () => number = Date.now): Progress {
  if (!isTTY || total < 2) return NONE;
  const start = now();
  let last = -Infinity;
  let drawn = false;
  return {
    update(summary) {
      const t = now();
      const done = summary.files + summary.skipped;
      if (t - last < 100 && done < total) return;
      last = t;
      drawn = true;
      write(`\r\x1b[2K${renderProgress({ done, total, errors: summary.findings.error, warnings: summary.findings.warning, elapsedMs: t - start }, lang)}`);
    },
    finish() {
      if (drawn) write('\r\x1b[2K');
    },
  };
}
