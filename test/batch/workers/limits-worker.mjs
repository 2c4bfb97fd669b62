// A stand-in worker that answers each file with the resource limits its thread was given, in place
// of a record's title.
import { resourceLimits } from 'node:worker_threads';

export default async function runTask(task) {
  return task.files.map((file) => ({ report: { source: { path: file.path }, meta: { title: JSON.stringify(resourceLimits) }, findings: [] }, elapsedMs: 1 }));
}
