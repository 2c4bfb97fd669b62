// Elements that close themselves or whose end tag may be left out: they do not deepen the tree.
const FLAT = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption', 'option', 'optgroup',
  'rt', 'rp', 'html', 'head', 'body',
]);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript']);

/**
 * True when the markup nests elements deeper than `limit`, judged from its tags without parsing.
 * parse5 slows down with the square of the nesting depth (20 000 nested <div>s take seconds) and
 * the reader walks the tree recursively, so such a page is refused before it is parsed; real pages
 * nest a few dozen levels, sloppy ones with unclosed <font> tags a few hundred.
 */
export function nestsDeeperThan(html: string, limit: number): boolean {
  const tag = /<(\/?)([A-Za-z][A-Za-z0-9-]*)[^>]*?(\/?)>/g;
  let depth = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const name = m[2]!.toLowerCase();
    if (m[1]) {
      if (!FLAT.has(name) && depth > 0) depth--;
      continue;
    }
    if (RAW_TEXT.has(name)) {
      // Skip to the end of a script or style: its text is not markup.
      const close = new RegExp(`</${name}`, 'gi');
      close.lastIndex = tag.lastIndex;
      const end = close.exec(html);
      if (!end) break;
      tag.lastIndex = end.index;
      continue;
    }
    if (FLAT.has(name) || m[3]) continue;
    if (++depth > limit) return true;
  }
  return false;
}
