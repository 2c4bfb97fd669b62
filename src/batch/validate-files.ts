import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { ParseOptions } from '../report.js';
import { checkFile, crashReport, timeoutReport, type CheckReply, type ResultDetail } from './check-file.js';
import { planFiles, type PlanEntry } from './plan-files.js';
import type { CheckedFile, FileResult } from './summary.js';
import type { WorkerShared, WorkerTask } from './worker.js';

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export interface ValidateFilesOptions extends ParseOptions {
  /** Worker threads; default: the machine's available parallelism. */
  jobs?: number;
  /** Per-file limit, counted from the moment a worker takes the file; default 30 s. */
  timeoutMs?: number;
  /** Files larger than this are refused unread; default 50 MiB. */
  maxBytes?: number;
  /** Base of relative inputs and shown paths; default process.cwd(). */
  cwd?: string;
  /** Glob patterns left out of directory and glob expansion. */
  ignore?: readonly string[];
  /**
   * `input` (default): results come in input order (directories and globs sorted by path), so that
   * output is the same from run to run; `completion`: as soon as each file is done.
   */
  order?: 'input' | 'completion';
  /** `no-cells` drops the provenance cells from each record: less copying when only findings matter. */
  detail?: ResultDetail;
  /** Called once the inputs are expanded, before any file is read. */
  onPlan?: (plan: { files: number; skipped: number }) => void;
  /**
   * Run the pipeline in the calling thread instead of a worker pool (no per-file timeout then: a
   * synchronous stall cannot be interrupted). For embedding and tests.
   */
  inProcess?: boolean;
  /** The pool's worker script; default dist/batch/worker.js beside this module. */
  workerUrl?: URL;
  /** How "-" is read; default: all of process.stdin. */
  readStdin?: () => Promise<Uint8Array>;
}

/** Inputs that cannot be checked at all: the batch does not start (exit status 2 in the CLI). */
export class BatchInputError extends Error {
  constructor(
    message: string,
    readonly patterns: readonly string[],
  ) {
    super(message);
    this.name = 'BatchInputError';
  }
}

/**
 * Validates files, directories (recursively) and glob patterns in a worker pool and yields one
 * result per file, in input order unless `order: 'completion'`. A file that is unreadable, too large,
 * too slow or crashes its worker becomes a result with an `input-unreadable` error and the batch goes
 * on; a stalled worker is terminated and replaced. Results are not kept: memory stays flat as long as
 * the caller does not keep them either.
 */
export async function* validateFiles(paths: readonly string[], options: ValidateFilesOptions = {}): AsyncGenerator<FileResult> {
  const cwd = options.cwd ?? process.cwd();
  const plan = await planFiles(paths, { cwd, ...(options.ignore && { ignore: options.ignore }) });
  if (plan.unmatched.length > 0) {
    throw new BatchInputError(`no file matches ${plan.unmatched.map((p) => JSON.stringify(p)).join(', ')}`, plan.unmatched);
  }
  const files = plan.entries.filter((e) => e.kind !== 'skipped').length;
  options.onPlan?.({ files, skipped: plan.entries.length - files });
  // No more threads than files: a single file should not pay for starting idle workers.
  const threads = Math.min(options.jobs ?? availableParallelism(), files);
  const runner = options.inProcess || threads < 1 ? inProcessRunner() : poolRunner(options, threads);
  try {
    yield* schedule(plan.entries, runner, { ...options, cwd });
  } finally {
    await runner.close();
  }
}

interface Runner {
  /** How many tasks to keep in flight. */
  capacity: number;
  run(task: Omit<WorkerTask, 'slot'>): Promise<{ reply: CheckReply } | { failure: 'timeout' | 'crash'; error: unknown; elapsedMs: number }>;
  close(): Promise<void>;
}

async function* schedule(entries: readonly PlanEntry[], runner: Runner, options: ValidateFilesOptions): AsyncGenerator<FileResult> {
  const parse: ParseOptions = { ...(options.lang && { lang: options.lang }), ...(options.rules && { rules: options.rules }) };
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const detail = options.detail ?? 'full';
  const inOrder = (options.order ?? 'input') === 'input';
  // In input order, finished results wait for the slowest earlier file; bound how far ahead we run.
  const window = inOrder ? Math.max(64, runner.capacity * 16) : runner.capacity;

  const done = new Map<number, FileResult>();
  let inFlight = 0;
  let next = 0;
  let emitted = 0;
  let wake: (() => void) | null = null;
  const finish = (result: FileResult) => {
    done.set(result.index, result);
    wake?.();
    wake = null;
  };

  const start = async (entry: PlanEntry, index: number) => {
    inFlight++;
    try {
      const bytes = entry.kind === 'stdin' ? await (options.readStdin ?? readProcessStdin)() : undefined;
      const file = resolve(options.cwd ?? process.cwd(), entry.path);
      const outcome = await runner.run({ path: entry.path, file, ...(bytes && { bytes }), options: parse, maxBytes, detail });
      if ('reply' in outcome) {
        const { report, elapsedMs, failure } = outcome.reply;
        finish({ status: 'checked', index, path: entry.path, report, elapsedMs, ...(failure && { failure }) });
      } else {
        const report =
          outcome.failure === 'timeout'
            ? await timeoutReport(entry.path, options.timeoutMs ?? DEFAULT_TIMEOUT_MS, parse)
            : await crashReport(entry.path, outcome.error, parse);
        finish({ status: 'checked', index, path: entry.path, report, elapsedMs: outcome.elapsedMs, failure: outcome.failure } satisfies CheckedFile);
      }
    } catch (error) {
      // Only a bug in this module gets here; still one file's problem, not the batch's.
      finish({ status: 'checked', index, path: entry.path, report: await crashReport(entry.path, error, parse), elapsedMs: 0, failure: 'crash' });
    } finally {
      inFlight--;
    }
  };

  while (emitted < entries.length) {
    while (next < entries.length && inFlight < runner.capacity && next - emitted < window) {
      const index = next++;
      const entry = entries[index]!;
      if (entry.kind === 'skipped') done.set(index, { status: 'skipped', index, path: entry.path });
      else void start(entry, index);
    }
    if (inOrder) {
      const result = done.get(emitted);
      if (result) {
        done.delete(emitted);
        emitted++;
        yield result;
        continue;
      }
    } else if (done.size > 0) {
      const [index, result] = done.entries().next().value as [number, FileResult];
      done.delete(index);
      emitted++;
      yield result;
      continue;
    }
    await new Promise<void>((resolve) => (wake = resolve));
  }
}

function inProcessRunner(): Runner {
  return {
    capacity: 1,
    async run(task) {
      const began = performance.now();
      try {
        return { reply: await checkFile(task) };
      } catch (error) {
        return { failure: 'crash', error, elapsedMs: performance.now() - began };
      }
    },
    async close() {},
  };
}

function poolRunner(options: ValidateFilesOptions, threads: number): Runner {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // Two tasks per thread keep every worker busy while the main thread handles replies.
  const capacity = threads * 2;
  const shared: WorkerShared = { started: new SharedArrayBuffer(4 * capacity), epoch: Date.now() };
  const started = new Int32Array(shared.started);
  const pool = new Piscina<WorkerTask, CheckReply>({
    filename: (options.workerUrl ?? defaultWorkerUrl()).href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60_000,
    workerData: shared,
    // A pathological file may blow up memory: the worker dies with ERR_WORKER_OUT_OF_MEMORY, not the run.
    resourceLimits: { maxOldGenerationSizeMb: 1024 },
  });
  const freeSlots = Array.from({ length: capacity }, (_, i) => capacity - 1 - i);
  const running = new Map<number, AbortController>();

  // The watchdog: a task is timed from the moment a worker marks it started.
  const watchdog = setInterval(
    () => {
      const now = Date.now() - shared.epoch + 1;
      for (const [slot, controller] of running) {
        const began = Atomics.load(started, slot);
        if (began > 0 && now - began > timeoutMs) controller.abort(new Error('timeout'));
      }
    },
    Math.max(5, Math.min(250, timeoutMs / 4)),
  );
  watchdog.unref();

  return {
    capacity,
    async run(task) {
      const slot = freeSlots.pop();
      if (slot === undefined) throw new Error('more tasks in flight than slots');
      Atomics.store(started, slot, 0);
      const controller = new AbortController();
      running.set(slot, controller);
      const submitted = performance.now();
      try {
        // Standard input's bytes are copied, not transferred: a small Buffer shares Node's pool memory.
        return { reply: await pool.run({ ...task, slot }, { signal: controller.signal }) };
      } catch (error) {
        const began = Atomics.load(started, slot);
        const elapsedMs = began > 0 ? Date.now() - shared.epoch + 1 - began : performance.now() - submitted;
        return { failure: controller.signal.aborted ? 'timeout' : 'crash', error, elapsedMs };
      } finally {
        running.delete(slot);
        freeSlots.push(slot);
      }
    },
    async close() {
      clearInterval(watchdog);
      await pool.destroy();
    },
  };
}

/**
 * dist/batch/worker.js beside the compiled module. When this module runs from its TypeScript source
 * (vitest), the compiled worker of `npm run build` stands in: worker threads cannot load .ts.
 */
function defaultWorkerUrl(): URL {
  const sibling = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(sibling))) return sibling;
  const built = new URL('../../dist/batch/worker.js', import.meta.url);
  if (existsSync(fileURLToPath(built))) return built;
  throw new Error(`the batch worker is not built (${fileURLToPath(sibling)}): run npm run build`);
}

async function readProcessStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
