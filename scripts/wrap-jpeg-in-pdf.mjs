// Wraps a JPEG into a one-page PDF with no text at all: what a scanner or a "print to image" step
// produces. (ImageMagick's PDF writer is disabled by Debian's security policy, hence this.)
// Usage: node scripts/wrap-jpeg-in-pdf.mjs IN.jpg OUT.pdf [dpi]
import { readFileSync, writeFileSync } from 'node:fs';

const [input, output, dpiArg] = process.argv.slice(2);
if (!input || !output) throw new Error('usage: wrap-jpeg-in-pdf.mjs IN.jpg OUT.pdf [dpi]');
const jpeg = readFileSync(input);
const dpi = Number(dpiArg ?? 100);

/** Pixel size and component count from the JPEG's start-of-frame marker. */
function frame(bytes) {
  for (let i = 2; i < bytes.length; ) {
    if (bytes[i] !== 0xff) throw new Error('not a JPEG');
    const marker = bytes[i + 1];
    const length = bytes.readUInt16BE(i + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: bytes.readUInt16BE(i + 5), width: bytes.readUInt16BE(i + 7), components: bytes[i + 9] };
    }
    i += 2 + length;
  }
  throw new Error('no JPEG frame header');
}

const { width, height, components } = frame(jpeg);
const w = (width * 72) / dpi;
const h = (height * 72) / dpi;
const content = `q ${w.toFixed(2)} 0 0 ${h.toFixed(2)} 0 0 cm /Im1 Do Q\n`;
const colorSpace = components === 1 ? '/DeviceGray' : components === 4 ? '/DeviceCMYK' : '/DeviceRGB';

const parts = [];
const offsets = [];
let length = 0;
const push = (chunk) => {
  const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk;
  parts.push(buffer);
  length += buffer.length;
};
const object = (id, ...body) => {
  offsets[id] = length;
  push(`${id} 0 obj\n`);
  for (const piece of body) push(piece);
  push('\nendobj\n');
};
push('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n');
object(1, '<< /Type /Catalog /Pages 2 0 R >>');
object(2, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
object(3, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w.toFixed(2)} ${h.toFixed(2)}] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>`);
object(
  4,
  `<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace ${colorSpace} /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>\nstream\n`,
  jpeg,
  '\nendstream',
);
object(5, `<< /Length ${content.length} >>\nstream\n${content}endstream`);
const xref = length;
push(`xref\n0 6\n0000000000 65535 f \n`);
for (let id = 1; id <= 5; id++) push(`${String(offsets[id]).padStart(10, '0')} 00000 n \n`);
push(`trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
writeFileSync(output, Buffer.concat(parts));
