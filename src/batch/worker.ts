import { workerData } from 'node:worker_threads';
import { checkFile, type CheckReply, type CheckTask } from './check-file.js';

/** What the pool shares with every worker (see validate-files.ts). */
export interface WorkerShared {
  /**
   * Two Int32 per task in flight: [1 + ms since `epoch` at which the current file was begun (0: none
   * yet), index of that file in the task]. The main thread's watchdog reads them to time each file
   * and, when it has to terminate a worker, to know which file was to blame.
   */
  progress: SharedArrayBuffer;
  epoch: number;
}

/** Several files per task: one message each way per task, not per file, is most of the speed. */
export interface WorkerTask {
  files: CheckTask[];
  slot: number;
}

/** A file's reply, or the message of an exception the pipeline threw on it. */
export type WorkerReply = CheckReply | { error: string };

const shared = workerData as WorkerShared | undefined;
const progress = shared ? new Int32Array(shared.progress) : null;

/** Piscina's entry point: the task's files one after the other, each marked started in shared memory. */
export default async function runTask(task: WorkerTask): Promise<WorkerReply[]> {
  const replies: WorkerReply[] = [];
  for (let i = 0; i < task.files.length; i++) {
    if (progress && shared) {
      Atomics.store(progress, task.slot * 2 + 1, i);
      Atomics.store(progress, task.slot * 2, Date.now() - shared.epoch + 1);
    }
    try {
      replies.push(await checkFile(task.files[i]!));
    } catch (error) {
      // A bug in the pipeline, on this file: the others of the task still get checked.
      replies.push({ error: error instanceof Error ? error.message : String(error) });
    }
  }
  return replies;
}
