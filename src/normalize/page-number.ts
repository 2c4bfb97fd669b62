// "3", "- 3 -", "—3—", "第 3 页", "第3页 共12页", "共12页 第3页", "3/12", "Page 3 of 12".
const BARE = /^\d{1,4}$/;
const PAGE_NUMBER = [
  /^[-–—－~·•\s]*\d{1,4}[-–—－~·•\s]*$/,
  /^第\s*\d{1,4}\s*页\s*[,，/]?\s*(共\s*\d{1,4}\s*页)?$/,
  /^共\s*\d{1,4}\s*页\s*[,，]?\s*第\s*\d{1,4}\s*页$/,
  /^\d{1,4}\s*\/\s*\d{1,4}$/,
  /^(page\s*)?\d{1,4}\s*(of|\/)\s*\d{1,4}$/i,
];

/**
 * A line that is a page number as printed. `bare: false` leaves a lone number alone: inside running
 * text it may be a value (a cell laid out on a line of its own), and only the page's geometry or a
 * paragraph of its own tells it apart.
 */
export function isPageNumber(text: string, bare = true): boolean {
  const t = text.trim();
  if (t === '' || (!bare && BARE.test(t))) return false;
  return PAGE_NUMBER.some((re) => re.test(t));
}
