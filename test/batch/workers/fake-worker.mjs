// A stand-in for dist/batch/worker.js that follows the same protocol (mark each file's start and
// index in the shared slot, answer one reply per file) but behaves as the file name says: "stall"
// never returns, "slow-<ms>" sleeps, "crash" throws, "exit" kills its thread, "late" waits until a
// "signal" file beside it has been checked (so the order of completion does not hang on timing);
// anything else is clean.
import { existsSync, writeFileSync } from 'node:fs';
import { workerData } from 'node:worker_threads';
import { setTimeout as sleep } from 'node:timers/promises';

const progress = workerData ? new Int32Array(workerData.progress) : null;

export default async function runTask(task) {
  const replies = [];
  for (let i = 0; i < task.files.length; i++) {
    const file = task.files[i];
    if (progress) {
      Atomics.store(progress, task.slot * 2 + 1, i);
      Atomics.store(progress, task.slot * 2, Date.now() - workerData.epoch + 1);
    }
    const name = file.path.split('/').pop();
    if (name.startsWith('stall')) for (;;);
    const slow = /^slow-(\d+)/.exec(name);
    if (slow) await sleep(Number(slow[1]));
    if (name.startsWith('late')) while (!existsSync(`${file.file}.signalled`)) await sleep(10);
    if (name.startsWith('signal')) writeFileSync(file.file.replace(/signal[^/]*$/, 'late.txt.signalled'), '');
    if (name.startsWith('exit')) process.exit(3);
    if (name.startsWith('crash')) {
      replies.push({ error: `cannot cope with ${name}` });
      continue;
    }
    replies.push({ report: { source: { path: file.path }, findings: [], cells: [{ path: 'x', raw: '1', line: 1 }] }, elapsedMs: 1 });
  }
  return replies;
}
