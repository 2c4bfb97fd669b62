import { describe, expect, it } from 'vitest';
import { detectFormat } from '../src/readers/detect-format.js';
import { readDocument } from '../src/readers/read-document.js';

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const bytes = (...parts: (number[] | string | Buffer)[]) =>
  new Uint8Array(Buffer.concat(parts.map((p) => (Array.isArray(p) ? Buffer.from(p) : typeof p === 'string' ? Buffer.from(p) : p))));

describe('detectFormat', () => {
  it.each([
    ['a PDF', bytes('%PDF-1.7\n'), 'pdf'],
    ['a PDF after some junk', bytes('\r\n\r\n%PDF-1.4\n'), 'pdf'],
    ['an HTML page', bytes('<!DOCTYPE html><html><body>x</body></html>'), 'html'],
    ['an HTML page behind a 2 KiB comment banner', bytes(`<!-- ${'版权所有 '.repeat(200)} -->\n<div>一、总体情况</div>`), 'html'],
    ['plain text', bytes('一、总体情况\n'), 'txt'],
    ['a legacy .doc', bytes(OLE2, Buffer.alloc(600)), 'legacy-office'],
    ['a password-protected .docx', bytes(OLE2, Buffer.alloc(600), Buffer.from('EncryptedPackage', 'utf16le')), 'encrypted-office'],
  ])('recognises %s', (_what, input, format) => {
    expect(detectFormat(input)).toBe(format);
  });

  it('says a password-protected .docx is encrypted, not an old .doc', async () => {
    const result = await readDocument(bytes(OLE2, Buffer.alloc(600), Buffer.from('EncryptedPackage', 'utf16le')));
    expect(result.problems.map((p) => [p.rule, p.data?.en])).toEqual([
      ['input-unreadable', 'the document is password-protected (encrypted): remove the password, save as .docx and try again'],
    ]);
  });
});
