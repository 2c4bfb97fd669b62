import { chmodSync, closeSync, fsyncSync, mkdirSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/** Where a command's output goes, written piece by piece as a batch runs. */
export interface OutputSink {
  write(text: string): void;
  /** All written: make it visible. */
  commit(): void;
  /** The command failed: leave nothing half-written behind. */
  abort(): void;
}

export function streamSink(write: (text: string) => void): OutputSink {
  return { write, commit() {}, abort() {} };
}

// Small pieces are gathered into writes of this size.
const CHUNK = 64 * 1024;

/**
 * `--output FILE`, written atomically: into a temporary file in the same folder (so that the rename
 * stays on one file system), renamed over FILE only once complete. A reader, or a CI step picking
 * up the SARIF file, never sees half a report, and a failed run leaves the previous FILE in place.
 */
export function atomicFileSink(target: string): OutputSink {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  // A run stopped by Ctrl-C or a cancelled CI job leaves no temporary file behind. The handlers go in
  // before the file exists: until a listener is added, SIGTERM kills the process outright.
  const onSignal = (signal: NodeJS.Signals) => {
    removeTemp();
    process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const release = () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
  let fd: number;
  try {
    // -o reports/out.sarif in a fresh checkout: the folder is made, as a user expects.
    mkdirSync(dirname(target), { recursive: true });
    fd = openSync(temp, 'wx', 0o666);
  } catch (error) {
    release();
    throw error;
  }
  let pending: string[] = [];
  let size = 0;
  let open = true;
  const flush = () => {
    if (pending.length === 0) return;
    const data = Buffer.from(pending.join(''), 'utf8');
    for (let off = 0; off < data.length; ) off += writeSync(fd, data, off);
    pending = [];
    size = 0;
  };
  const close = () => {
    if (open) closeSync(fd);
    open = false;
  };
  const removeTemp = () => {
    try {
      close();
    } finally {
      try {
        unlinkSync(temp);
      } catch {
        // already gone
      }
    }
  };
  return {
    write(text) {
      pending.push(text);
      size += text.length;
      if (size >= CHUNK) flush();
    },
    commit() {
      try {
        flush();
        fsyncSync(fd);
        close();
        keepMode(target, temp);
        renameSync(temp, target);
        release();
      } catch (error) {
        this.abort();
        throw error;
      }
    },
    abort() {
      release();
      removeTemp();
    },
  };
}

// Replacing a file should not change who may read it.
function keepMode(target: string, temp: string): void {
  try {
    chmodSync(temp, statSync(target).mode & 0o777);
  } catch {
    // no previous file: the new one keeps the umask's mode
  }
}
