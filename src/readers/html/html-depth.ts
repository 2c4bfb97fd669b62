// Elements that close themselves or whose end tag may be left out: they do not deepen the tree.
const FLAT = [
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption', 'option', 'optgroup',
  'rt', 'rp', 'html', 'head', 'body',
];
const RAW_TEXT = ['script', 'style', 'textarea', 'title', 'xmp', 'noscript'];

// Tag names are compared as numbers (base 37, case folded), not as strings: slicing and lower-casing
// every tag of a page cost more than the rest of the scan. Names longer than 8 never match.
const KEY_MAX = 8;
const keyOf = (name: string) => nameKey(name, 0, name.length);
const FLAT_KEYS = new Set(FLAT.map(keyOf));
const RAW_TEXT_KEYS = new Set(RAW_TEXT.map(keyOf));

function nameKey(text: string, from: number, to: number): number {
  if (to - from > KEY_MAX) return -1;
  let key = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) | 0x20; // ASCII letters to lower case; digits and "-" keep their bit
    key = key * 37 + (c >= 97 && c <= 122 ? c - 96 : c >= 48 && c <= 57 ? c - 21 : 0);
  }
  return key;
}

/**
 * True when the markup nests elements deeper than `limit`, judged from its tags without parsing.
 * Parsers slow down with the square of the nesting depth (20 000 nested <div>s take seconds) and
 * the reader walks the tree recursively, so such a page is refused before it is parsed; real pages
 * nest a few dozen levels, sloppy ones with unclosed <font> tags a few hundred.
 */
export function nestsDeeperThan(html: string, limit: number): boolean {
  // A hand-rolled scan: this runs on every page before parsing, and a regex over every tag cost as
  // much as a fifth of the parse itself.
  let depth = 0;
  for (let lt = html.indexOf('<'); lt >= 0; ) {
    let i = lt + 1;
    const closing = html.charCodeAt(i) === 47; // "/"
    if (closing) i++;
    const nameStart = i;
    if (!isLetter(html.charCodeAt(i))) {
      lt = html.indexOf('<', lt + 1);
      continue;
    }
    while (isNameChar(html.charCodeAt(i))) i++;
    const gt = html.indexOf('>', i);
    if (gt < 0) break;
    const key = nameKey(html, nameStart, i);
    lt = html.indexOf('<', gt + 1);
    if (closing) {
      if (!FLAT_KEYS.has(key) && depth > 0) depth--;
      continue;
    }
    if (RAW_TEXT_KEYS.has(key)) {
      // Skip to the end of a script or style: its text is not markup.
      const end = indexOfCloseTag(html, html.slice(nameStart, i).toLowerCase(), gt + 1);
      if (end < 0) break;
      lt = end;
      continue;
    }
    const selfClosing = html.charCodeAt(gt - 1) === 47;
    if (FLAT_KEYS.has(key) || selfClosing) continue;
    if (++depth > limit) return true;
  }
  return false;
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isNameChar = (c: number) => isLetter(c) || (c >= 48 && c <= 57) || c === 45;

/** Where "</name" (any case) starts at or after `from`, or -1. */
function indexOfCloseTag(html: string, name: string, from: number): number {
  for (let at = html.indexOf('</', from); at >= 0; at = html.indexOf('</', at + 2)) {
    if (html.slice(at + 2, at + 2 + name.length).toLowerCase() === name) return at;
  }
  return -1;
}
