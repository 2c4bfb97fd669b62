import type { Extraction } from './extraction.js';

/**
 * The tables as the checks see them when the user declares blanks zeros (--blank-as-zero): every
 * cell read blank or marked none counts 0. The record itself keeps null: it says what the file says.
 */
export function withBlanksAsZero(extraction: Extraction): Extraction {
  const tables = { active: structuredClone(extraction.active), requests: structuredClone(extraction.requests), appeals: structuredClone(extraction.appeals) };
  for (const cell of extraction.cells) {
    if (cell.kind !== 'blank' && cell.kind !== 'none') continue;
    const parts = cell.path.split('.');
    let node = tables as unknown as Record<string, unknown>;
    for (const part of parts.slice(0, -1)) node = (node?.[part] ?? undefined) as Record<string, unknown>;
    const last = parts[parts.length - 1]!;
    if (node && node[last] === null) node[last] = 0;
  }
  return { ...extraction, ...tables };
}
