import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/readers/text/decode-text.js';

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const BOM = [0xef, 0xbb, 0xbf];

describe('decodeText', () => {
  it('decodes UTF-8 Chinese text, keeping characters outside the BMP as surrogate pairs', () => {
    const text = '一、总体情况\t𠀀😀\r\n（一）予以公开\t12';
    const out = decodeText(utf8(text));
    expect(out).toEqual({ text, encoding: 'utf-8' });
    expect(out.text.codePointAt(7)).toBe(0x20000);
  });

  it('decodes pure ASCII as it stands', () => {
    expect(decodeText(utf8('a\tb\r\n1,234\n'))).toEqual({ text: 'a\tb\r\n1,234\n', encoding: 'utf-8' });
  });

  it('reads a subarray of a larger buffer from its own offset', () => {
    const whole = utf8('xx本年新收yy');
    expect(decodeText(whole.subarray(2, 14)).text).toBe('本年新收');
  });

  it('drops a UTF-8 BOM, and decodes what follows it leniently when it is not valid UTF-8', () => {
    expect(decodeText(new Uint8Array([...BOM, ...utf8('总计')]))).toEqual({ text: '总计', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([...BOM, 0x41, 0xff, 0x42]))).toEqual({ text: 'A\uFFFDB', encoding: 'utf-8' });
  });

  it('keeps a BOM-like U+FEFF that stands inside the text', () => {
    expect(decodeText(utf8('a\uFEFFb')).text).toBe('a\uFEFFb');
  });

  it('falls back on GB18030 for bytes that are not UTF-8 (本年 in GBK)', () => {
    expect(decodeText(new Uint8Array([0xb1, 0xbe, 0xc4, 0xea]))).toEqual({ text: '本年', encoding: 'gb18030' });
  });

  it('decodes empty input to an empty string', () => {
    expect(decodeText(new Uint8Array(0))).toEqual({ text: '', encoding: 'utf-8' });
  });
});
