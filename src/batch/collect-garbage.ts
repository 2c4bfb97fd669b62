import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * How many files a thread of a batch checks between two full garbage collections. V8 leaves a full
 * collection until the old generation has grown to several times what is live, and in a long batch
 * what gets there is garbage (objects that happened to be alive at a minor GC): left alone, RSS
 * climbs by a fifth over 50,000 files before the first full collection brings it down. A full
 * collection of these small heaps takes 5–15 ms, a few thousandths of the time it covers.
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
