import { isUtf8 } from 'node:buffer';

/** Bytes → string for text and HTML: BOM first, then strict UTF-8, then GB18030. */
export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
}

const UTF8 = new TextDecoder('utf-8');

export function decodeText(bytes: Uint8Array, declared?: string | null): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  // A page's own <meta charset> wins over guessing, but only for the GB family: pages that declare
  // UTF-8 yet are GBK exist, while the reverse does not decode cleanly anyway.
  if (declared && /^(gb2312|gbk|gb18030|x-gbk|cp936)$/i.test(declared)) {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
  // Native validation, then a lenient decoder: faster than a fatal TextDecoder, and than Buffer's
  // toString on text that is mostly Chinese.
  if (isUtf8(bytes)) return { text: UTF8.decode(bytes), encoding: 'utf-8' };
  // `gbk` would lose GB18030's four-byte sequences; gb18030 is a superset of GBK and GB2312.
  return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
}

/** True when the bytes cannot be text: a NUL byte in the first 8 KiB, outside UTF-16. */
export function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  return bytes.subarray(0, 8192).indexOf(0) >= 0;
}

// Control characters other than tab, line ends, form feed and escape; text has next to none of them.
const CONTROL = /[\u0000-\u0008\u000E-\u001A\u001C-\u001F\uFFFD]/g;

/** True when decoded text is mostly control characters or undecodable bytes: a binary file. */
export function looksGarbled(text: string): boolean {
  const head = text.slice(0, 8192);
  return head.length > 0 && (head.match(CONTROL)?.length ?? 0) / head.length > 0.1;
}
