import { workerData } from 'node:worker_threads';
import { checkFile, type CheckReply, type CheckTask } from './check-file.js';

/** What the pool shares with every worker (see validate-files.ts). */
export interface WorkerShared {
  /** One Int32 slot per task in flight: 0, or 1 + the ms since `epoch` at which a worker began it. */
  started: SharedArrayBuffer;
  epoch: number;
}

export interface WorkerTask extends CheckTask {
  slot: number;
}

const shared = workerData as WorkerShared | undefined;
const started = shared ? new Int32Array(shared.started) : null;

/**
 * Piscina's entry point. Marks the task's start in shared memory first, so that the main thread
 * times each file from the moment a worker takes it, not from when it was queued.
 */
export default async function runTask(task: WorkerTask): Promise<CheckReply> {
  if (started && shared) Atomics.store(started, task.slot, Date.now() - shared.epoch + 1);
  return checkFile(task);
}
