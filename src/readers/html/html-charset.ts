import { latin1 } from '../latin1.js';

/**
 * The charset a page declares for itself: <meta charset>, <meta http-equiv="Content-Type"
 * content="…; charset=…"> or an XML declaration. The bytes are read as latin1, which cannot fail
 * and keeps every ASCII byte in place, as the HTML encoding prescan does. Looks further than the
 * prescan's 1 KiB: portal pages put long comment banners and scripts before their <meta>.
 */
export function sniffDeclaredCharset(bytes: Uint8Array): string | null {
  const head = latin1(bytes.subarray(0, 8192));
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']\s*([\w.:-]+)/i.exec(head);
  if (xml) return xml[1]!.toLowerCase();
  for (const meta of head.matchAll(/<meta\b[^>]*>/gi)) {
    const m = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta[0]);
    if (m) return m[1]!.toLowerCase();
  }
  return null;
}
