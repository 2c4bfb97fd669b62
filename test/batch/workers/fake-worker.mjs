// A stand-in for dist/batch/worker.js that follows the same protocol (mark the start in the shared
// slot, answer {report, elapsedMs}) but behaves as the file name says: "stall" never returns,
// "slow-<ms>" sleeps, "crash" throws, "exit" kills its thread; anything else is a clean file.
import { workerData } from 'node:worker_threads';
import { setTimeout as sleep } from 'node:timers/promises';

const started = workerData ? new Int32Array(workerData.started) : null;

export default async function runTask(task) {
  if (started) Atomics.store(started, task.slot, Date.now() - workerData.epoch + 1);
  const name = task.path.split('/').pop();
  if (name.startsWith('stall')) for (;;);
  const slow = /^slow-(\d+)/.exec(name);
  if (slow) await sleep(Number(slow[1]));
  if (name.startsWith('crash')) throw new Error(`cannot cope with ${name}`);
  if (name.startsWith('exit')) process.exit(3);
  return { report: { source: { path: task.path }, findings: [], cells: [{ path: 'x', raw: '1', line: 1 }] }, elapsedMs: 1 };
}
