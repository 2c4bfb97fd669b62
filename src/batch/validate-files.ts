import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { isDynamicPattern } from 'tinyglobby';
import type { ParseOptions } from '../report.js';
import { collectGarbage, FILES_PER_COLLECTION } from './collect-garbage.js';
import { checkFile, crashReport, timeoutReport, type CheckReply, type CheckTask, type ResultDetail } from './check-file.js';
import { isReportFile, planFiles, type PlanEntry } from './plan-files.js';
import type { CheckedFile, FileResult } from './summary.js';
import type { WorkerReply, WorkerShared, WorkerTask } from './worker.js';

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
const YOUNG_GENERATION_MB = 16;

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
  /** Absolute paths left out of directory and glob expansion: the run's own output file. */
  exclude?: readonly string[];
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
 * on; a stalled worker is terminated and replaced. When no file is left to check, nothing is yielded
 * (not even the skipped ones). Results are not kept: memory stays flat as long as the caller does not
 * keep them either.
 */
export async function* validateFiles(paths: readonly string[], options: ValidateFilesOptions = {}): AsyncGenerator<FileResult> {
  const cwd = options.cwd ?? process.cwd();
  const wanted = options.jobs ?? availableParallelism();
  const pooled = !options.inProcess && wanted >= 1;
  // Starting a worker takes a few hundred milliseconds, about as long as expanding a folder of
  // 10,000 files: unless the inputs name a single file, the pool starts while they are expanded.
  let runner: Runner | null = pooled && !namesOneFile(paths) ? poolRunner(options, wanted) : null;
  try {
    const plan = await planFiles(paths, { cwd, ...(options.ignore && { ignore: options.ignore }), ...(options.exclude && { exclude: options.exclude }) });
    if (plan.unmatched.length > 0) {
      throw new BatchInputError(`no file matches ${plan.unmatched.map((p) => JSON.stringify(p)).join(', ')}`, plan.unmatched);
    }
    const files = plan.entries.filter((e) => e.kind !== 'skipped').length;
    options.onPlan?.({ files, skipped: plan.entries.length - files });
    // Nothing to check: nothing yielded, not even the skipped entries (onPlan has counted them).
    if (files === 0) return;
    runner ??= pooled ? poolRunner(options, Math.min(wanted, files)) : inProcessRunner();
    yield* schedule(plan.entries, runner, { ...options, cwd });
  } finally {
    await runner?.close();
  }
}

/** One file named as it is, not a folder, a glob nor standard input: one worker is enough. */
function namesOneFile(paths: readonly string[]): boolean {
  return paths.length === 1 && paths[0] !== '-' && isReportFile(paths[0]!) && !isDynamicPattern(paths[0]!);
}

type Outcome = { reply: CheckReply } | { failure: 'timeout' | 'crash'; error: unknown; elapsedMs: number };

interface Runner {
  threads: number;
  /** The pipeline runs in this thread (no pool): no forced collections here, as in a worker. */
  inThisThread: boolean;
  /** Checks files in one task; one outcome per file, in order. Never rejects. */
  run(files: CheckTask[]): Promise<Outcome[]>;
  close(): Promise<void>;
}

// Files per task: enough that messaging costs little, few enough that the last tasks spread evenly.
const MAX_FILES_PER_TASK = 16;

async function* schedule(entries: readonly PlanEntry[], runner: Runner, options: ValidateFilesOptions & { cwd: string }): AsyncGenerator<FileResult> {
  const parse: ParseOptions = { ...(options.lang && { lang: options.lang }), ...(options.rules && { rules: options.rules }), ...(options.blankAsZero && { blankAsZero: true }), ...(options.verbose && { verbose: true }) };
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const detail = options.detail ?? 'full';
  const inOrder = (options.order ?? 'input') === 'input';
  const maxTasks = runner.threads * 2;
  // In input order, finished results wait for the slowest earlier file; bound how far ahead we run.
  const window = Math.max(64, maxTasks * MAX_FILES_PER_TASK * 2);
  let filesLeft = entries.filter((e) => e.kind !== 'skipped').length;

  const done = new Map<number, FileResult>();
  let tasks = 0;
  let next = 0;
  let emitted = 0;
  let wake: (() => void) | null = null;
  const finish = (result: FileResult) => {
    done.set(result.index, result);
    wake?.();
    wake = null;
  };

  const start = async (batch: { index: number; entry: PlanEntry }[]) => {
    tasks++;
    try {
      const files: CheckTask[] = [];
      for (const { entry } of batch) {
        const bytes = entry.kind === 'stdin' ? await (options.readStdin ?? readProcessStdin)() : undefined;
        files.push({ path: entry.path, file: entry.file, ...(bytes && { bytes }), options: parse, maxBytes, detail });
      }
      const outcomes = await runner.run(files);
      for (const [i, { index, entry }] of batch.entries()) {
        const outcome = outcomes[i]!;
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
      }
    } catch (error) {
      // Only a bug in this module gets here; still these files' problem, not the batch's.
      for (const { index, entry } of batch) {
        if (!done.has(index)) finish({ status: 'checked', index, path: entry.path, report: await crashReport(entry.path, error, parse), elapsedMs: 0, failure: 'crash' });
      }
    } finally {
      tasks--;
    }
  };

  while (emitted < entries.length) {
    while (next < entries.length && tasks < maxTasks && next - emitted < window) {
      // Smaller tasks towards the end, so that no worker is left with a long tail while others idle.
      const size = Math.max(1, Math.min(MAX_FILES_PER_TASK, Math.floor(filesLeft / (runner.threads * 4))));
      const batch: { index: number; entry: PlanEntry }[] = [];
      while (next < entries.length && batch.length < size && next - emitted < window) {
        const index = next++;
        const entry = entries[index]!;
        if (entry.kind === 'skipped') {
          done.set(index, { status: 'skipped', index, path: entry.path });
          continue;
        }
        batch.push({ index, entry });
        if (entry.kind === 'stdin') break;
      }
      filesLeft -= batch.length;
      if (batch.length > 0) void start(batch);
    }
    const result = inOrder ? done.get(emitted) : done.values().next().value;
    if (result) {
      done.delete(result.index);
      // Results wait here for the earlier ones; those caught by a minor GC end up as old garbage.
      if (++emitted % FILES_PER_COLLECTION === 0 && !runner.inThisThread) collectGarbage();
      yield result;
      continue;
    }
    await new Promise<void>((resolve) => (wake = resolve));
  }
}

function inProcessRunner(): Runner {
  return {
    threads: 1,
    inThisThread: true,
    async run(files) {
      const outcomes: Outcome[] = [];
      for (const file of files) {
        const began = performance.now();
        try {
          outcomes.push({ reply: await checkFile(file) });
        } catch (error) {
          outcomes.push({ failure: 'crash', error, elapsedMs: performance.now() - began });
        }
      }
      return outcomes;
    },
    async close() {},
  };
}

// How long closing waits for tasks in flight before aborting them. Generous: a reply that comes after
// the abort meets a destroyed pool and piscina throws it where nobody can catch it, and on a loaded
// machine (a CI runner running the test files in parallel) 2 s was seen to be too short.
const CLOSE_GRACE_MS = 10_000;

function poolRunner(options: ValidateFilesOptions, threads: number): Runner {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const slots = threads * 2;
  const shared: WorkerShared = { progress: new SharedArrayBuffer(8 * slots), epoch: Date.now() };
  const progress = new Int32Array(shared.progress);
  const pool = new Piscina<WorkerTask, WorkerReply[]>({
    filename: (options.workerUrl ?? defaultWorkerUrl()).href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60_000,
    workerData: shared,
    // A pathological file may blow up memory: the worker dies with ERR_WORKER_OUT_OF_MEMORY, not the run.
    // A young generation of 16 MB instead of V8's 48 for a worker: 17 MB less resident per worker, for
    // the same work (scavenges come twice as often, but each copies only the file in flight). Workers
    // force no full collection (see collect-garbage.ts).
    resourceLimits: { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  const freeSlots = Array.from({ length: slots }, (_, i) => slots - 1 - i);
  const running = new Map<number, AbortController>();
  const now = () => Date.now() - shared.epoch + 1;

  // The watchdog times the file a worker is on, from the moment it began that file.
  const watchdog = setInterval(
    () => {
      for (const [slot, controller] of running) {
        const began = Atomics.load(progress, slot * 2);
        if (began > 0 && now() - began > timeoutMs) controller.abort(new Error('timeout'));
      }
    },
    Math.max(5, Math.min(250, timeoutMs / 4)),
  );
  watchdog.unref();

  const inFlight = new Set<Promise<unknown>>();

  const run = async (files: CheckTask[]): Promise<Outcome[]> => {
    const slot = freeSlots.pop();
    if (slot === undefined) throw new Error('more tasks in flight than slots');
    Atomics.store(progress, slot * 2, 0);
    Atomics.store(progress, slot * 2 + 1, 0);
    const controller = new AbortController();
    running.set(slot, controller);
    const submitted = performance.now();
    let replies: WorkerReply[] | null = null;
    let error: unknown;
    try {
      // Standard input's bytes are copied, not transferred: a small Buffer shares Node's pool memory.
      const task = pool.run({ files, slot }, { signal: controller.signal });
      inFlight.add(task);
      try {
        replies = await task;
      } finally {
        inFlight.delete(task);
      }
    } catch (e) {
      error = e;
    }
    const began = Atomics.load(progress, slot * 2);
    const current = Atomics.load(progress, slot * 2 + 1);
    running.delete(slot);
    freeSlots.push(slot);
    if (replies) return replies.map((r) => ('error' in r ? { failure: 'crash', error: new Error(r.error), elapsedMs: 0 } : { reply: r }));
    // The worker was terminated (timeout) or died (exit, out of memory) before it began a file: all
    // of them share the blame.
    if (began === 0) return files.map(() => ({ failure: 'crash', error, elapsedMs: performance.now() - submitted }));
    // Otherwise the file it was on takes the blame, and the task's other files are checked again.
    const blamed: Outcome = { failure: controller.signal.aborted ? 'timeout' : 'crash', error, elapsedMs: now() - began };
    const others = [...files.slice(0, current), ...files.slice(current + 1)];
    const again = others.length > 0 ? await run(others) : [];
    return [...again.slice(0, current), blamed, ...again.slice(current)];
  };

  return {
    threads,
    inThisThread: false,
    run,
    async close() {
      clearInterval(watchdog);
      // Destroying the pool under a task whose reply is on its way makes piscina throw that reply
      // ("Unexpected message from Worker") where nobody can catch it: let tasks settle first, and
      // abort only those still running after a moment (a caller that stopped early wants no more).
      const settled = Promise.allSettled([...inFlight]);
      const grace = new Promise((done) => setTimeout(done, CLOSE_GRACE_MS).unref());
      await Promise.race([settled, grace]);
      for (const controller of running.values()) controller.abort(new Error('closed'));
      await Promise.allSettled([...inFlight]);
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
