import { styleText } from 'node:util';

type Format = Parameters<typeof styleText>[0];

/**
 * Text in colour. Whether to colour is the caller's decision (a terminal, no NO_COLOR, no -o), so
 * styleText is told not to judge the stream itself: it would look at process.stdout, which a
 * formatter writing for a file or a test does not write to.
 */
export function paint(format: Format, text: string): string {
  return styleText(format, text, { validateStream: false } as never);
}
