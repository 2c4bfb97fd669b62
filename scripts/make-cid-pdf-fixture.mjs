// Writes fixtures/readers/pdf/cid-no-tounicode.pdf: a two-page report excerpt drawn the way many Word/WPS
// exports and older government PDF tools draw text, which LibreOffice never produces:
// - a non-embedded CJK font (STSong-Light, Adobe-GB1) addressed through the predefined UniGB-UCS2-H CMap
//   and no ToUnicode map, so a reader only gets Chinese text if it loads pdf.js's CMaps;
// - one positioned text item per character;
// - full-width spaces (U+3000) indenting paragraphs and padding labels;
// - page 1's tables without any ruling lines; page 2's table ruled with thin filled rectangles, not strokes;
// - a running header and a "第 1 页 共 2 页" footer.
// The numbers are seed 001's. Usage: node scripts/make-cid-pdf-fixture.mjs OUT.pdf
import { writeFileSync } from 'node:fs';

const out = process.argv[2];
if (!out) throw new Error('usage: make-cid-pdf-fixture.mjs OUT.pdf');

const PAGE_W = 595;
const PAGE_H = 842;
const LEFT = 72;
const RIGHT = 523;

/** Width of one character in em: Adobe-GB1's proportional ASCII is half width here, everything else full. */
const em = (ch) => (ch.codePointAt(0) < 0x7f ? 0.5 : 1);
const textWidth = (text, size) => [...text].reduce((w, ch) => w + em(ch) * size, 0);
const hex = (ch) => ch.codePointAt(0).toString(16).padStart(4, '0').toUpperCase();

/** Draws text one character per text object, as per-glyph exporters do. */
function chars(text, x, y, size) {
  let ops = '';
  for (const ch of text) {
    ops += `BT /F1 ${size} Tf 1 0 0 1 ${x.toFixed(2)} ${y.toFixed(2)} Tm <${hex(ch)}> Tj ET\n`;
    x += em(ch) * size;
  }
  return ops;
}
const centered = (text, x0, x1, y, size) => chars(text, (x0 + x1) / 2 - textWidth(text, size) / 2, y, size);

/** Breaks a paragraph into lines of the text block's width (no justification: the last gap stays ragged). */
function wrap(text, size, width) {
  const lines = [];
  let line = '';
  for (const ch of text) {
    if (textWidth(line + ch, size) > width) {
      lines.push(line);
      line = '';
    }
    line += ch;
  }
  if (line) lines.push(line);
  return lines;
}

function furniture(page, pages) {
  return chars('夏邑县人民政府办公室', RIGHT - textWidth('夏邑县人民政府办公室', 9), 800, 9) + centered(`第 ${page} 页 共 ${pages} 页`, LEFT, RIGHT, 40, 9);
}

/** An unruled table: each row's cells centered in their columns, the first column left-aligned. */
function unruledRows(rows, columns, y, size, pitch) {
  let ops = '';
  for (const row of rows) {
    row.forEach((cell, i) => {
      if (cell === '') return;
      const [x0, x1] = columns[i];
      ops += i === 0 && !cell.startsWith('@') ? chars(cell, x0, y, size) : centered(cell.replace(/^@/, ''), x0, x1, y, size);
    });
    y -= pitch;
  }
  return { ops, y };
}

// ---- page 1 -------------------------------------------------------------------------------------
let p1 = furniture(1, 2);
p1 += centered('夏邑县人民政府2020年政府信息公开工作年度报告', LEFT, RIGHT, 760, 16);
p1 += chars('一、总体情况', LEFT, 725, 12);
const para =
  '\u3000\u30002020年以来，我县认真贯彻落实新修订的《中华人民共和国政府信息公开条例》及省、市有关文件要求，深化政务公开，优化政务服务，强化交流互动。截止2020年12月底，全年共受理依申请政府信息公开14件，其中1件引起复议，尚未办结；1件引起行政诉讼，结果维持。';
let y = 703;
for (const line of wrap(para, 12, RIGHT - LEFT)) {
  p1 += chars(line, LEFT, y, 12);
  y -= 20;
}
y -= 8;
p1 += chars('二、主动公开政府信息情况', LEFT, y, 12);
y -= 24;
p1 += chars('第二十条第（一）项', LEFT, y, 10.5);
y -= 20;
const activeColumns = [[LEFT, 190], [190, 300], [300, 410], [410, RIGHT]];
let rows = unruledRows(
  [
    ['信息内容', '@本年新制作数量', '@本年新公开数量', '@对外公开总数量'],
    ['规\u3000\u3000章', '0', '0', '0'],
    ['规范性文件', '5', '5', '5'],
  ],
  activeColumns,
  y,
  10.5,
  18,
);
p1 += rows.ops;
y = rows.y;
y -= 12;
p1 += chars('三、收到和处理政府信息公开申请情况', LEFT, y, 12);
y -= 24;
// Label column, then 自然人, five kinds of 法人或其他组织, 总计.
// Widths leave Word's default cell margins (5.4 pt a side) between the texts of neighbouring cells.
const requestColumns = [[LEFT, 223], [223, 259], [259, 303], [303, 347], [347, 407], [407, 467], [467, 495], [495, RIGHT]];
p1 += centered('申请人情况', 223, RIGHT, y, 8);
y -= 15;
p1 += centered('法人或其他组织', 259, 467, y, 8);
p1 += centered('自然人', 223, 259, y - 7.5, 8) + centered('总计', 495, RIGHT, y - 7.5, 8);
y -= 15;
// （六）其他处理 leaves 科研机构 blank (seed 001 has 0 there): a blank cell must keep its column.
rows = unruledRows(
  [
    ['', '', '@商业企业', '@科研机构', '@社会公益组织', '@法律服务机构', '@其他', ''],
    ['一、本年新收政府信息公开申请数量', '10', '2', '0', '0', '0', '0', '12'],
    ['二、上年结转政府信息公开申请数量', '2', '0', '0', '0', '0', '0', '2'],
    ['（六）其他处理', '0', '0', '', '0', '0', '0', '0'],
    ['（七）总计', '12', '2', '0', '0', '0', '0', '14'],
    ['四、结转下年度继续办理', '0', '0', '0', '0', '0', '0', '0'],
  ],
  requestColumns,
  y,
  8,
  15,
);
p1 += rows.ops;
y = rows.y;

// ---- page 2 -------------------------------------------------------------------------------------
let p2 = furniture(2, 2);
p2 += chars('四、政府信息公开行政复议、行政诉讼情况', LEFT, 760, 12);
// 15 columns; borders are 0.5 pt filled rectangles, as Word draws cell borders.
const colW = (RIGHT - LEFT) / 15;
const xs = Array.from({ length: 16 }, (_, i) => LEFT + i * colW);
const ys = [740, 720, 700, 666, 646];
const rule = (x0, y0, x1, y1) => `${x0.toFixed(2)} ${y0.toFixed(2)} ${(x1 - x0).toFixed(2)} ${(y1 - y0).toFixed(2)} re f\n`;
const hRule = (yy, x0, x1) => rule(x0, yy - 0.25, x1, yy + 0.25);
const vRule = (xx, y0, y1) => rule(xx - 0.25, y1, xx + 0.25, y0);
p2 += '0 0 0 rg\n';
p2 += hRule(ys[0], xs[0], xs[15]) + hRule(ys[4], xs[0], xs[15]) + hRule(ys[3], xs[0], xs[15]);
p2 += hRule(ys[1], xs[0], xs[15]); // under 行政复议 / 行政诉讼
p2 += hRule(ys[2], xs[5], xs[15]); // under 未经复议直接起诉 / 复议后起诉 (columns 0-4 span two header rows)
for (let i = 0; i <= 15; i++) {
  if (i === 0 || i === 5 || i === 15) p2 += vRule(xs[i], ys[0], ys[4]);
  else if (i < 5 || i === 10) p2 += vRule(xs[i], ys[1], ys[4]);
  else p2 += vRule(xs[i], ys[2], ys[4]);
}
const cellText = (text, c0, c1, yTop, yBottom, size) => {
  // Wraps to the cell width and centers the lines vertically, as a word processor does.
  const lines = wrap(text, size, xs[c1] - xs[c0] - 4);
  const pitch = size * 1.2;
  let base = (yTop + yBottom) / 2 + ((lines.length - 1) * pitch) / 2 - size * 0.35;
  let ops = '';
  for (const line of lines) {
    ops += centered(line, xs[c0], xs[c1], base, size);
    base -= pitch;
  }
  return ops;
};
p2 += cellText('行政复议', 0, 5, ys[0], ys[1], 9) + cellText('行政诉讼', 5, 15, ys[0], ys[1], 9);
p2 += cellText('未经复议直接起诉', 5, 10, ys[1], ys[2], 9) + cellText('复议后起诉', 10, 15, ys[1], ys[2], 9);
const outcomes = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
outcomes.forEach((t, i) => (p2 += cellText(t, i, i + 1, ys[1], ys[3], 9)));
for (let g = 1; g <= 2; g++) outcomes.forEach((t, i) => (p2 += cellText(t, g * 5 + i, g * 5 + i + 1, ys[2], ys[3], 9)));
['0', '0', '0', '1', '1', '1', '0', '0', '0', '1', '0', '0', '0', '0', '0'].forEach((t, i) => (p2 += cellText(t, i, i + 1, ys[3], ys[4], 9)));
p2 += chars('五、存在的主要问题及改进情况', LEFT, 610, 12);
p2 += chars('\u3000\u3000无。', LEFT, 588, 12);

// ---- file ---------------------------------------------------------------------------------------
const objects = [];
const add = (body) => objects.push(body) && objects.length;
const catalog = add('');
const pages = add('');
const font = add('<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [DESC] >>');
const desc = add(
  '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor FD /DW 1000 /W [1 95 500] >>',
);
const fd = add('<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>');
objects[font - 1] = objects[font - 1].replace('DESC', `${desc} 0 R`);
objects[desc - 1] = objects[desc - 1].replace('FD', `${fd} 0 R`);
const pageIds = [];
for (const content of [p1, p2]) {
  const stream = add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}endstream`);
  pageIds.push(
    add(`<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 ${PAGE_W} ${PAGE_H}] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${stream} 0 R >>`),
  );
}
objects[catalog - 1] = `<< /Type /Catalog /Pages ${pages} 0 R >>`;
objects[pages - 1] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;

let pdf = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
const offsets = [];
objects.forEach((body, i) => {
  offsets.push(Buffer.byteLength(pdf, 'latin1'));
  pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
});
const xref = Buffer.byteLength(pdf, 'latin1');
pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
for (const off of offsets) pdf += `${String(off).padStart(10, '0')} 00000 n \n`;
pdf += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
writeFileSync(out, Buffer.from(pdf, 'latin1'));
