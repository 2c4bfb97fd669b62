// A stand-in for dist/batch/worker.js that follows the same protocol (mark each file's start and
// index in the shared slot, answer one reply per file) but behaves as the file name says: "stall"
// never returns, "slow-<ms>" sleeps, "crash" throws, "exit" kills its thread, "late" waits until the
// test writes "<file>.go" beside it (so the order of completion does not hang on timing); anything
// else is clean.
import { existsSync } from 'node:fs';
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
    // Released by the test once it holds another file's result; after 5 s it goes on anyway, so
    // that a batch yielding in input order fails the test instead of hanging it.
    for (let waited = 0; name.startsWith('late') && waited < 5000 && !existsSync(`${file.file}.go`); waited += 10) await sleep(10);
    if (name.startsWith('exit')) process.exit(3);
    if (name.startsWith('crash')) {
      replies.push({ error: `cannot cope with ${name}` });
      continue;
    }
    replies.push({ report: { source: { path: file.path }, findings: [], cells: [{ path: 'x', raw: '1', line: 1 }] }, elapsedMs: 1 });
  }
  return replies;
}
