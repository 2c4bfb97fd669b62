import { eastAsianWidth } from 'get-east-asian-width';

/**
 * Terminal columns a text takes: East Asian wide and full-width characters two (Unicode's East Asian
 * Width, from get-east-asian-width), ambiguous ones (“ ” …) one, as most terminals show them.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // ASCII, most of any table, needs no look-up.
    if (c < 0x7f) width++;
    else {
      const code = text.codePointAt(i)!;
      if (code > 0xffff) i++;
      width += eastAsianWidth(code);
    }
  }
  return width;
}

export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}

/** Cuts text to at most `width` columns, marking the cut with "…". */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  for (const ch of text) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}
