// The record has a few hundred paths, read and written for every report: each is split once.
const PARTS_CACHE_MAX = 4096;
const partsCache = new Map<string, readonly string[]>();

function partsOf(path: string): readonly string[] {
  let parts = partsCache.get(path);
  if (!parts) {
    parts = path.split('.');
    if (partsCache.size < PARTS_CACHE_MAX) partsCache.set(path, parts);
  }
  return parts;
}

/** Reads a dotted path ("withheld.stateSecret") out of a nested record. */
export function getPath(target: unknown, path: string): unknown {
  let node = target;
  for (const part of partsOf(path)) node = (node as Record<string, unknown> | undefined)?.[part];
  return node;
}

/** Writes a dotted path into a nested record, creating the objects on the way. */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = partsOf(path);
  let node = target;
  for (let i = 0; i < parts.length - 1; i++) node = (node[parts[i]!] ??= {}) as Record<string, unknown>;
  node[parts[parts.length - 1]!] = value;
}
