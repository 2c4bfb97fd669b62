/**
 * A copy of `text` that shares no memory with the string it was cut from. V8 makes a substring of
 * 13 characters or more (slice, trim, split, a regex match) a view into its parent, which stays
 * alive as long as the substring does: a cell's text held by a cache that outlives the report keeps
 * the report's whole text alive with it (100 reports with a unique row label each kept 53 MB). Copying
 * through bytes is the one portable way to a string of its own; it costs about 1 µs, so it is for what
 * is kept, not for every cell.
 */
export function detachedString(text: string): string {
  // Shorter substrings are copies already (V8's SlicedString::kMinLength), as are most cache keys:
  // the numbers of neighbouring tables.
  if (text.length < 13) return text;
  return Buffer.from(text, 'utf16le').toString('utf16le');
}
