import type { SourceFormat } from '../types.js';
import { latin1 } from './latin1.js';

export type DetectedFormat = SourceFormat | 'zip' | 'legacy-office' | 'encrypted-office' | 'unknown-binary';

const startsWith = (bytes: Uint8Array, sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);

/** Reads the format from the bytes, not the name: portals serve .docx as .doc and HTML as .txt. */
export function detectFormat(bytes: Uint8Array): DetectedFormat {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return zipHasEntry(bytes, 'word/document.xml') ? 'docx' : 'zip';
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    // OLE2 holds .doc/.xls/.wps, and also a password-protected .docx (its EncryptedPackage stream).
    return contains(bytes, utf16le('EncryptedPackage')) ? 'encrypted-office' : 'legacy-office';
  }
  // %PDF- may follow a little junk (mail gateways, BOMs); the spec lets readers look in the first 1 KiB.
  const head = latin1(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  // Portal pages may open with a long comment banner before <html>: look past it, only then.
  let start = stripBom(head);
  if (/^\s*<!--/.test(start)) start = stripBom(latin1(bytes.subarray(0, 16384))).replace(/^\s*(<!--[\s\S]*?-->\s*)*/, '');
  if (/^\s*(<!doctype html|<html|<head|<body|<meta|<table|<div|<p[\s>]|<\?xml[^>]*>\s*<html)/i.test(start) || /<html[\s>]/i.test(head)) {
    return 'html';
  }
  return 'txt';
}

function stripBom(s: string): string {
  return s.replace(/^(\xef\xbb\xbf|\xff\xfe|\xfe\xff)/, '');
}

/** Looks for a file name in the zip's central directory without unpacking anything. */
function zipHasEntry(bytes: Uint8Array, name: string): boolean {
  return contains(bytes, new TextEncoder().encode(name));
}

function contains(bytes: Uint8Array, needle: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(needle) >= 0;
}

function utf16le(text: string): Uint8Array {
  return Buffer.from(text, 'utf16le');
}
