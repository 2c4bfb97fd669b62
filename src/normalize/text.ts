// Zero-width characters and BOMs survive copy-paste from portals and break label matching.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// Spaces NFKC leaves alone but which are still just spaces in these reports.
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

/**
 * Folds the variants copy-paste produces into one form: full-width digits, letters, brackets and
 * punctuation become ASCII (NFKC), invisible characters go, odd spaces become plain spaces.
 * Tabs and line breaks are kept: they carry layout.
 */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '').replace(ODD_SPACES, ' ');
}

/** A cell's text with its edges trimmed and inner runs of spaces folded to one. */
export function normalizeCell(text: string): string {
  return normalizeText(text).replace(/[ \t\r\n]+/g, ' ').trim();
}

/** The form labels are compared in: no whitespace at all ("结果 维持" = "结果维持"). */
export function compactLabel(text: string): string {
  return normalizeText(text).replace(/\s+/g, '');
}
