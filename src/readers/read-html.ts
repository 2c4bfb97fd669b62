import type { Result } from '../types.js';
import { unreadable } from '../rules/input-unreadable.js';
import type { ReadOutput } from './read-text.js';

// Placeholder until the html reader lands: reports the format as not yet readable.
export function readHtml(_bytes: Uint8Array): Result<ReadOutput | null> {
  return { value: null, problems: [unreadable('暂不支持此格式', 'this format is not supported yet')] };
}
