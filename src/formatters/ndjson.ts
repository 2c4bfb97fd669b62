import { fileEntry, totalsOf, type BatchFormatter } from './batch-util.js';
import { BATCH_OUTPUT_VERSION } from './json.js';

/**
 * Newline-delimited JSON, one object per line as each file is done: `{"type":"file", path, status,
 * elapsedMs, report}`, and a last line `{"type":"summary", version, tool, totals}`. A consumer can act
 * on each file without waiting for the batch.
 */
export const ndjson: BatchFormatter = {
  begin: () => '',
  file: (result) => `${JSON.stringify({ type: 'file', ...fileEntry(result) })}\n`,
  end: (summary, ctx) => `${JSON.stringify({ type: 'summary', version: BATCH_OUTPUT_VERSION, tool: ctx.tool, totals: totalsOf(summary) })}\n`,
};
