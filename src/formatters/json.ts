import { fileEntry, filesBefore, totalsOf, type BatchFormatter } from './batch-util.js';

/** Bumped whenever the shape of `--format json` / `ndjson` output changes (records carry their own version). */
export const BATCH_OUTPUT_VERSION = 1;

/**
 * One JSON document: `{version, tool, files: [{path, status, elapsedMs, report}], totals}`. Written
 * one file per line as the batch runs, so it streams; the whole is still a single valid JSON value.
 */
export const json: BatchFormatter = {
  begin: (ctx) => `{"version":${BATCH_OUTPUT_VERSION},"tool":${JSON.stringify(ctx.tool)},"files":[\n`,
  file: (result, before) => `${filesBefore(before) > 0 ? ',\n' : ''}${JSON.stringify(fileEntry(result))}`,
  end: (summary) => `\n],"totals":${JSON.stringify(totalsOf(summary))}}\n`,
};
