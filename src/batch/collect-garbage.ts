import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * How many results the main thread of a batch takes in between two full garbage collections. V8
 * leaves a full collection until the old generation has grown to several times what is live, and
 * what the main thread promotes is garbage (results that happened to be waiting at a minor GC): left
 * alone, its heap grows by half over 50,000 files. A full collection of it takes 5–15 ms.
 *
 * Threads that run the pipeline (workers, or the main thread of an in-process batch) force none. A
 * forced collection frees objects that optimized code holds only weakly, and V8 throws that code
 * away ("weak objects"): about 40 functions of the pipeline were deoptimized each time, then
 * compiled again while the interpreter ran, 2.2 G instructions, a quarter of what the 4,096 files in
 * between cost. V8's own collections keep a worker's heap level.
 */
export const FILES_PER_COLLECTION = 4096;

let gc: (() => void) | null | undefined;

/**
 * A full garbage collection now. Node has no API for it; V8's `gc` extension, enabled after start-up,
 * is installed in a new context, from which the function serves the whole isolate. A no-op where
 * that is refused.
 */
export function collectGarbage(): void {
  if (gc === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as () => void;
    } catch {
      gc = null;
    }
  }
  gc?.();
}
