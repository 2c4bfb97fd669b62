// Renders each seed report (fixtures/00N_*.txt) the way it would be published, for the parity test
// (test/parity.test.ts): fixtures/rendered/<seed>.html laid out as the statutory template does, then
// <seed>.docx and <seed>.pdf made from it by LibreOffice, and one realistic GBK portal page.
//
// Each seed's damage is kept: rows and headings it lacks stay out, blank cells stay blank, and cells
// it lacks stay missing. Where the text itself cannot tell which of a short row's values is missing
// (seed 003), only the values gotten with certainty are rendered: a real grid would otherwise assert
// positions the text does not have. The HTML and the .docx keep such rows short; a PDF cannot (a
// drawn table is rectangular, the cells a row lacks are drawn empty), so that seed's PDF is made from
// a "drawn" variant of its HTML with the short rows padded with empty cells, on fixed column widths
// as a report laid out by hand has them. The PDF LibreOffice makes of the .docx with its short rows
// (a narrow, ragged table whose labels wrap and break across pages) is kept as a stress input of the
// PDF reader: fixtures/readers/pdf/narrow-ragged-table.pdf.
//
// Run: npm run build && node scripts/render-fixtures.js   (needs dist/, soffice and fonts-noto-cjk)
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { TARGETS, convertWithLibreOffice } from './libreoffice-convert.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const outDir = join(root, 'fixtures', 'rendered');
const readerFixtures = join(root, 'fixtures', 'readers', 'pdf');
/** The .docx-made PDF of the seed with short rows, kept for the PDF reader's tests. */
const RAGGED_PDF = 'narrow-ragged-table.pdf';
if (!existsSync(join(dist, 'index.js'))) throw new Error('dist/ is missing: run `npm run build` first');

// The pipeline's own reading of each seed decides what the rendering shows.
const load = (path) => import(pathToFileURL(join(dist, path)).href);
const { readDocument } = await load('readers/read-document.js');
const { flattenDocument } = await load('tables/flatten.js');
const { splitSections } = await load('sections/split-sections.js');
const { readMeta } = await load('meta/read-meta.js');
const { tidyChineseSpacing } = await load('normalize/text.js');
const { extractTables } = await load('tables/extract-tables.js');
const { splitRow, labelKey } = await load('tables/row-values.js');
const { REQUEST_ROWS, REQUEST_COLUMNS, REQUEST_GROUPS, APPEAL_COLUMNS } = await load('record/layout.js');

/** Stands in a missing cell while LibreOffice converts (it squares rows off); removed from the .docx afterwards. */
const MISSING = '@@MISSING@@';
const NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
const GROUP_LABELS = {
  results: '三、本年度办理结果',
  withheld: '（三）不予公开',
  unavailable: '（四）无法提供',
  notProcessed: '（五）不予处理',
  otherDisposal: '（六）其他处理',
};
// Attributes rather than CSS: LibreOffice keeps borders and the page-wide width from them.
const TABLE = 'border="1" cellspacing="0" cellpadding="2" width="100%"';
const TOP_ROWS = new Set(['received', 'carriedOver', 'carriedForward']);

const esc = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const td = (text, attrs = '') => `<td${attrs}>${esc(text)}</td>`;
/**
 * Column widths in percent of the text width, so that LibreOffice fits the table to the page instead
 * of letting it run off. A drawn table gets fixed widths (pixels of an A4 text width, 640 px) for
 * every column and the table, as reports laid out in Word have them: LibreOffice then never narrows
 * a column to its shortest content.
 */
const TEXT_WIDTH_PX = 640;
const cols = (widths, fill) =>
  `<colgroup>${widths.map((w) => `<col width="${fill === 'blank' ? Math.round((w * TEXT_WIDTH_PX) / 100) : `${w.toFixed(1)}%`}">`).join('')}</colgroup>`;
const tableAttrs = (fill) => (fill === 'blank' ? TABLE.replace('width="100%"', `width="${TEXT_WIDTH_PX}"`) : TABLE);
const even = (n, total) => Array.from({ length: n }, () => total / n);
const span = (rows, cols) => `${rows > 1 ? ` rowspan="${rows}"` : ''}${cols > 1 ? ` colspan="${cols}"` : ''}`;

/** A seed as the text pipeline reads it: its rows, sections, meta and what the extractors found. */
async function readSeed(name) {
  const read = await readDocument(readFileSync(join(root, 'fixtures', name)));
  if (!read.value) throw new Error(`${name}: unreadable`);
  const rows = flattenDocument(read.value.document);
  const split = splitSections(rows);
  const meta = readMeta(rows, split.bodyStart);
  const extraction = extractTables(rows, split.rowSection, meta.year);
  const infoByLine = new Map();
  for (const info of extraction.rows) {
    if (infoByLine.has(info.line)) throw new Error(`${name}: two statutory rows on line ${info.line}`);
    infoByLine.set(info.line, info);
  }
  const header = extraction.tables.find((t) => t.table === 'requests')?.header ?? null;
  return { name, rows, meta, infoByLine, requestHeader: header };
}

/**
 * The values a row shows, trimmed as the extractor trims text rows; only the certain ones when the
 * row is short or long (the extractor assigns all columns or just the first).
 */
function rowValues(row, info) {
  const values = [...splitRow(row).values];
  while (values.length > 0 && values[values.length - 1].text === '') values.pop();
  while (values.length > info.columns && values[0].text === '') values.shift();
  return values.slice(0, info.assigned.length).map((cell) => cell.text);
}

const leafLabel = (row) => {
  const labels = splitRow(row).labels;
  return labels[labels.length - 1] ?? '';
};

/**
 * Cells that pad a short row to `width`: none in the published HTML ('short'), stand-ins while
 * converting to .docx ('stand-in'), empty cells in a drawn table ('blank').
 */
const pad = (width, used, fill) => (fill === 'short' ? '' : td(fill === 'blank' ? '' : MISSING).repeat(Math.max(0, width - used)));

function renderActive(sub, fill) {
  const widest = Math.max(0, ...sub.items.map(({ row, info }) => rowValues(row, info).length));
  const width = sub.header ? sub.header.length : 1 + widest;
  const out = [`<table class="active" ${tableAttrs(fill)}>`, cols([width > 1 ? 40 : 100, ...even(width - 1, 60)], fill)];
  if (sub.caption) out.push(`<tr>${td(sub.caption, span(1, width))}</tr>`);
  if (sub.header) out.push(`<tr>${sub.header.map((text) => td(text)).join('')}</tr>`);
  for (const { row, info } of sub.items) {
    const values = rowValues(row, info);
    out.push(`<tr>${td(leafLabel(row))}${values.map((v) => td(v)).join('')}${pad(width, 1 + values.length, fill)}</tr>`);
  }
  out.push('</table>');
  return out.join('\n');
}

function renderRequests(seed, blockRows, fill) {
  const found = blockRows.filter(({ row }) => seed.infoByLine.get(row.line)?.table === 'requests');
  const byKey = new Map(found.map(({ row }) => [seed.infoByLine.get(row.line).key, row]));
  const present = REQUEST_ROWS.filter((def) => byKey.has(def.key));
  const keys = seed.requestHeader ?? REQUEST_COLUMNS.map((c) => c.key);
  const width = 3 + keys.length;
  const labels = blockRows.flatMap(({ row }) => splitRow(row).labels);
  const groupLabel = (key) => {
    const group = REQUEST_GROUPS.find((g) => g.key === key);
    return labels.find((label) => group.match.test(labelKey(label))) ?? GROUP_LABELS[key];
  };
  const out = [`<table class="requests" ${tableAttrs(fill)}>`, cols([8, 10, 18, ...even(keys.length, 64)], fill)];
  if (seed.requestHeader) {
    const orgs = keys.filter((k) => k !== 'natural' && k !== 'total');
    const zh = (key) => (key === 'subtotal' ? '小计' : REQUEST_COLUMNS.find((c) => c.key === key).zh);
    const note = blockRows.flatMap(({ row }) => row.cells).find((cell) => cell.text.includes('勾稽'))?.text ?? NOTE;
    out.push(`<tr>${td(note, span(3, 3))}${td('申请人情况', span(1, keys.length))}</tr>`);
    out.push(`<tr>${td('自然人', span(2, 1))}${td('法人或其他组织', span(1, orgs.length))}${td('总计', span(2, 1))}</tr>`);
    out.push(`<tr>${orgs.map((k) => td(zh(k))).join('')}</tr>`);
  }
  const inResults = present.filter((def) => !TOP_ROWS.has(def.key));
  const groupOf = (def) => (def.key.includes('.') ? def.key.slice(0, def.key.indexOf('.')) : null);
  for (const def of present) {
    const row = byKey.get(def.key);
    const info = seed.infoByLine.get(row.line);
    let cells = '';
    if (TOP_ROWS.has(def.key)) {
      cells += td(leafLabel(row), span(1, 3));
    } else {
      if (def === inResults[0]) cells += td(groupLabel('results'), span(inResults.length, 1));
      const group = groupOf(def);
      if (group) {
        const members = present.filter((d) => groupOf(d) === group);
        if (def === members[0]) cells += td(groupLabel(group), span(members.length, 1));
        cells += td(leafLabel(row));
      } else {
        cells += td(leafLabel(row), span(1, 2));
      }
    }
    const values = rowValues(row, info);
    out.push(`<tr>${cells}${values.map((v) => td(v)).join('')}${pad(width, 3 + values.length, fill)}</tr>`);
  }
  out.push('</table>');
  return out.join('\n');
}

function renderAppeals(seed, blockRows, fill) {
  const data = blockRows.find(({ row }) => seed.infoByLine.get(row.line)?.table === 'appeals');
  const leaves = APPEAL_COLUMNS.map((c) => c.zh);
  const out = [`<table class="appeals" ${tableAttrs(fill)}>`, cols(even(15, 100), fill)];
  out.push(`<tr>${td('行政复议', span(1, 5))}${td('行政诉讼', span(1, 10))}</tr>`);
  out.push(`<tr>${leaves.map((zh) => td(zh, span(2, 1))).join('')}${td('未经复议直接起诉', span(1, 5))}${td('复议后起诉', span(1, 5))}</tr>`);
  out.push(`<tr>${[...leaves, ...leaves].map((zh) => td(zh)).join('')}</tr>`);
  if (data) {
    const values = rowValues(data.row, seed.infoByLine.get(data.row.line));
    out.push(`<tr>${values.map((v) => td(v)).join('')}${pad(15, values.length, fill)}</tr>`);
  }
  out.push('</table>');
  return out.join('\n');
}

/** One text table of the seed → the statutory tables it holds, in the order they appear. */
function renderBlock(seed, blockRows, fill) {
  const segments = [];
  let sub = null;
  for (const entry of blockRows) {
    const { row } = entry;
    const info = seed.infoByLine.get(row.line);
    const text = row.cells.map((c) => c.text).join('|');
    if (info?.table.startsWith('active.')) {
      if (!sub) segments.push((sub = { kind: 'active', caption: null, header: null, items: [] }));
      sub.items.push({ row, info });
    } else if (info?.table === 'requests' || /勾稽|申请人情况|自然人|商业企业/.test(text)) {
      if (!segments.some((s) => s.kind === 'requests')) segments.push({ kind: 'requests' });
      sub = null;
    } else if (info?.table === 'appeals' || /行政复议|行政诉讼|结果\s*维持/.test(text)) {
      if (!segments.some((s) => s.kind === 'appeals')) segments.push({ kind: 'appeals' });
      sub = null;
    } else if (/第二十条/.test(text)) {
      segments.push((sub = { kind: 'active', caption: row.cells.find((c) => c.text !== '').text, header: null, items: [] }));
    } else if (sub && !sub.header && sub.items.length === 0) {
      const cells = row.cells.map((c) => c.text);
      while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
      sub.header = cells;
    } else {
      throw new Error(`${seed.name}: a table row on line ${row.line} that belongs to no statutory table: ${text}`);
    }
  }
  return segments.map((s) =>
    s.kind === 'active' ? renderActive(s, fill) : s.kind === 'requests' ? renderRequests(seed, blockRows, fill) : renderAppeals(seed, blockRows, fill),
  );
}

/** The report's body: its paragraphs as they stand, each text table replaced by the statutory tables it holds. */
function renderReport(seed, { fill = 'short', withTitle = true } = {}) {
  const out = [];
  const done = new Set();
  seed.rows.forEach((row) => {
    if (row.table === null) {
      const text = row.cells[0].text;
      // meta.title is the line without the spaces typesetting puts around Chinese; the line keeps them.
      if (seed.meta.title && tidyChineseSpacing(text) === seed.meta.title) {
        if (withTitle) out.push(`<h1>${esc(text)}</h1>`);
      } else {
        out.push(`<p>${esc(text)}</p>`);
      }
      return;
    }
    if (done.has(row.table)) return;
    done.add(row.table);
    const blockRows = seed.rows.map((r, index) => ({ row: r, index })).filter(({ row: r }) => r.table === row.table);
    out.push(...renderBlock(seed, blockRows, fill));
  });
  return out.join('\n');
}

const STYLE = `body { font-family: "宋体", SimSun, "Noto Serif CJK SC", serif; font-size: 12pt; }
h1 { font-size: 18pt; text-align: center; }
table { border-collapse: collapse; margin: 8pt 0; font-size: 10pt; }
td { text-align: center; }`;

function renderPage(seed, options) {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(seed.name.replace(/\.txt$/, ''))}</title>
<style>
${STYLE}
</style>
</head>
<body>
${renderReport(seed, options)}
</body>
</html>
`;
}

/** A county portal's article page around the report, as saved from a browser (GB2312-declared, GBK bytes). */
function renderPortal(seed) {
  const title = seed.meta.title ?? '政府信息公开工作年度报告';
  const agency = seed.meta.agency ?? '县人民政府';
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>${esc(title)}_${esc(agency)}</title>
<meta name="keywords" content="政府信息公开,年度报告" />
<link rel="stylesheet" type="text/css" href="/css/index.css" />
<style type="text/css">
${STYLE}
.nav li { display: inline; margin: 0 12px; }
</style>
<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript">
function doZoom(size) { document.getElementById("zoom").style.fontSize = size + "px"; }
var shareTitle = "${esc(title)}：一、总体情况 二、主动公开政府信息情况";
</script>
</head>
<body>
<div class="topbar"><span>欢迎访问${esc(agency)}门户网站</span> <a href="/">设为首页</a> | <a href="#">加入收藏</a> | <a href="/wza/">无障碍</a></div>
<div class="header">
  <div class="logo"><img src="/images/logo.png" alt="${esc(agency)}" /></div>
  <div class="search"><form action="/search/" method="get"><input type="text" name="q" value="请输入关键字" /><input type="submit" value="搜索" /></form></div>
</div>
<div class="nav">
  <ul>
    <li><a href="/">首页</a></li>
    <li><a href="/zwgk/">政务公开</a></li>
    <li><a href="/zwgk/xxgkzn/">政府信息公开指南</a></li>
    <li><a href="/zwgk/xxgkzd/">政府信息公开制度</a></li>
    <li><a href="/zwgk/xxgknb/">政府信息公开年报</a></li>
    <li><a href="/hdjl/">互动交流</a></li>
  </ul>
</div>
<div class="container">
  <div class="position">您现在的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/xxgknb/">政府信息公开年报</a></div>
  <div class="article">
    <div class="article-title">${esc(title)}</div>
    <div class="article-info">来源：${esc(agency)}办公室 &nbsp; 发布时间：${seed.meta.year ? seed.meta.year + 1 : 2021}-01-29 &nbsp; 字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></div>
    <div id="zoom" class="TRS_Editor">
${renderReport(seed, { withTitle: false })}
    </div>
    <div class="share">分享到：<a href="#" class="bds_weixin">微信</a> <a href="#" class="bds_tsina">新浪微博</a> <a href="#" class="bds_qzone">QQ空间</a></div>
    <div class="print"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
  </div>
  <div class="related">
    <h3>相关信息</h3>
    <ul>
      <li><a href="/zwgk/xxgknb/1.html">${esc(agency)}2019年政府信息公开工作年度报告</a></li>
      <li><a href="/zwgk/xxgknb/2.html">${esc(agency)}2018年政府信息公开工作年度报告</a></li>
    </ul>
  </div>
</div>
<div class="footer">
  <p>主办：${esc(agency)}办公室 &nbsp; 承办：县大数据管理中心</p>
  <p>网站标识码：4114260001 &nbsp; 豫ICP备05001234号-1 &nbsp; 豫公网安备 41142602000123号</p>
</div>
<script type="text/javascript">
var _hmt = _hmt || [];
document.write("<span id='cnzz_stat_icon'></span>");
</script>
</body>
</html>
`;
}

/** Takes the stand-in cells out of LibreOffice's .docx, leaving short rows short (w:gridAfter), as Word writes them. */
async function dropMissingCells(docxPath) {
  const zip = await JSZip.loadAsync(readFileSync(docxPath));
  const xml = await zip.file('word/document.xml').async('string');
  const fixed = xml.replace(/<w:tr\b[^>]*>[\s\S]*?<\/w:tr>/g, (tr) => {
    let dropped = 0;
    const kept = tr.replace(/<w:tc>(?:(?!<\/w:tc>)[\s\S])*?<\/w:tc>/g, (tc) => (tc.includes(MISSING) ? (dropped++, '') : tc));
    if (dropped === 0) return tr;
    const gridAfter = `<w:gridAfter w:val="${dropped}"/>`;
    return /<w:trPr>/.test(kept) ? kept.replace('<w:trPr>', `<w:trPr>${gridAfter}`) : kept.replace(/^(<w:tr\b[^>]*>)/, `$1<w:trPr>${gridAfter}</w:trPr>`);
  });
  if (fixed.includes(MISSING)) throw new Error(`${docxPath}: a stand-in cell is left`);
  zip.file('word/document.xml', fitTables(fixed));
  writeFileSync(docxPath, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

/**
 * LibreOffice gives the request table a fixed width wider than the page (its long labels); scales
 * such a table's columns down to the text width, as Word's "autofit to window" would.
 */
function fitTables(xml) {
  const size = /<w:pgSz w:w="(\d+)"/.exec(xml);
  const margins = /<w:pgMar [^>]*w:left="(\d+)"[^>]*w:right="(\d+)"/.exec(xml);
  if (!size || !margins) return xml;
  const text = Number(size[1]) - Number(margins[1]) - Number(margins[2]);
  return xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, (table) => {
    const width = /<w:tblW w:w="(\d+)" w:type="dxa"\/>/.exec(table);
    if (!width || Number(width[1]) <= text) return table;
    const scale = text / Number(width[1]);
    return table
      .replace(/(<w:(?:gridCol|tcW|tblW) w:w=")(\d+)(")/g, (_, a, n, b) => `${a}${Math.floor(Number(n) * scale)}${b}`);
  });
}

mkdirSync(outDir, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'gov-report-render-'));
const drawnDir = join(work, 'drawn');
const raggedDir = join(work, 'ragged');
mkdirSync(drawnDir);
mkdirSync(raggedDir);
try {
  const seeds = readdirSync(join(root, 'fixtures')).filter((f) => /^\d{3}_[0-9a-f]+\.txt$/.test(f)).sort();
  const docxInputs = [];
  /** Seeds with short rows: their PDF comes from the drawn variant of their HTML. */
  const drawnInputs = [];
  for (const name of seeds) {
    const seed = await readSeed(name);
    const base = name.replace(/\.txt$/, '');
    writeFileSync(join(outDir, `${base}.html`), renderPage(seed));
    console.log(`wrote fixtures/rendered/${base}.html`);
    const input = join(work, `${base}.html`);
    const marked = renderPage(seed, { fill: 'stand-in' });
    writeFileSync(input, marked);
    docxInputs.push(input);
    if (marked.includes(MISSING)) {
      const drawn = join(drawnDir, `${base}.html`);
      writeFileSync(drawn, renderPage(seed, { fill: 'blank' }));
      drawnInputs.push(drawn);
    }
    if (name.startsWith('001_')) {
      const utf8 = join(work, 'portal.utf8.html');
      writeFileSync(utf8, renderPortal(seed));
      // GBK with a GB2312 declaration, as such portals serve; iconv fails on a character GBK lacks.
      writeFileSync(join(outDir, `${base}.portal.html`), execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK', utf8]));
      console.log(`wrote fixtures/rendered/${base}.portal.html`);
    }
  }
  if (drawnInputs.length > 1) throw new Error(`several seeds with short rows, one ${RAGGED_PDF}: ${drawnInputs.join(', ')}`);
  const drawnBases = new Set(drawnInputs.map((input) => basename(input, '.html')));

  const docxFiles = [];
  for (const docx of convertWithLibreOffice(docxInputs, TARGETS.docx, outDir)) {
    await dropMissingCells(docx);
    docxFiles.push(docx);
    console.log(`wrote ${docx.slice(root.length + 1)}`);
  }
  // The PDFs come from the .docx, as reports are exported from Word, so short rows stay short there too.
  const isDrawn = (docx) => drawnBases.has(basename(docx, '.docx'));
  for (const pdf of convertWithLibreOffice(docxFiles.filter((f) => !isDrawn(f)), TARGETS.docxToPdf, outDir)) console.log(`wrote ${pdf.slice(root.length + 1)}`);
  const ragged = docxFiles.filter(isDrawn);
  if (ragged.length > 0) {
    // What Word's export of the short rows looks like: kept for the PDF reader, not for parity.
    const [pdf] = convertWithLibreOffice(ragged, TARGETS.docxToPdf, raggedDir);
    copyFileSync(pdf, join(readerFixtures, RAGGED_PDF));
    console.log(`wrote fixtures/readers/pdf/${RAGGED_PDF}`);
    // The published PDF: the drawn variant, through .docx as the others.
    const drawnDocx = convertWithLibreOffice(drawnInputs, TARGETS.docx, drawnDir);
    for (const docx of drawnDocx) await dropMissingCells(docx);
    for (const pdf of convertWithLibreOffice(drawnDocx, TARGETS.docxToPdf, outDir)) console.log(`wrote ${pdf.slice(root.length + 1)}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
