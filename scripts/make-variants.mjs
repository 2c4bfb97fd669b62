// Writes damaged variants of the five seed reports to fixtures/variants/, as converters and publishers
// produce them, with one manifest (fixtures/variants/manifest.json: {file, seed, kind, what} per file).
// test/variants.test.ts parses every variant and compares it with its seed's <seed>.expected.json.
//
// A variant holds the seed's tables in another layout and nothing else: every value of the seed in the
// same cell (row, column), and what the seed lacks stays lacking. The values come from the seed's
// expected.json, the headings and prose from the seed's text:
//   - a request/active row whose values are all null is left out (the seed lost it, e.g. 002);
//   - a request column whose values are all null is left out (the seed has no such column, e.g. 003's 其他);
//   - a single null cell is a blank cell (or a "/"-like mark where a layout has no blank: OCR text);
//   - a section heading the seed lacks stays out (002 has no 三、 heading), the title too (000, 004).
//
// Kinds (file <seed>.<kind>.<ext>; each manifest entry's "what" says which choices that file got):
//   md        .md    converter Markdown: headings, GFM pipe tables, one raw <table>, page furniture
//   md-split  .md    PDF-to-Markdown with the request table cut into one pipe fragment per row or few rows
//   ocr       .txt   OCR text: misread labels, stray spaces, mixed full/half-width; tables as label + numbers
//   appendix  .txt   tables moved to 附件：统计表 after section 六, in a plain-text dump shape
//   crawl     .txt   a crawler's dump: header block, page chrome, table cells run together (a row a line, or the body on one line)
//   grid      .html  an HTML page with real <table> grids (rowspan group labels, 总计 in the header row)
// With --office (needs soffice and fonts-noto-cjk; each file kept under 200 KB) also:
//   grid      .docx, .pdf  the grid page converted by LibreOffice
//   wps-like  .pdf   unruled column-aligned tables (one seed of each pair), the request table over a page break
// Without --office the office files already in fixtures/variants/ are kept and listed again.
//
// Deterministic: every choice comes from a PRNG seeded with "<seed>:<kind>", so each run writes the same
// text files. The office files are written only with --office; their dates and ids are pinned, so that
// LibreOffice's output is as repeatable as it can be (fonts and LibreOffice's version still count).
//
// Run: node scripts/make-variants.mjs [--office]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = join(ROOT, 'fixtures');
const OUT = join(FIXTURES, 'variants');
const OFFICE = process.argv.includes('--office');
/** Office files larger than this are not written (commit-sized). */
const MAX_OFFICE_BYTES = 200_000;

// ---------------------------------------------------------------------------------------------------
// Deterministic choices

/** mulberry32 seeded with FNV-1a of the key: the same key gives the same sequence on every run. */
function rng(key) {
  let h = 2166136261;
  for (const ch of key) h = Math.imul(h ^ ch.codePointAt(0), 16777619);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = (r, list) => list[Math.floor(r() * list.length)];
const chance = (r, p) => r() < p;
const int = (r, lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
function shuffle(r, list) {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// The statutory tables (FORMAT.md), keyed as the record is

const ACTIVE_2019_PROJECT = [['previousItems', '上一年项目数量'], ['change', '本年增/减'], ['decisions', '处理决定数量']];
const ACTIVE = {
  2019: [
    { item: '（一）', cols: [['issued', '本年新制作数量'], ['published', '本年新公开数量'], ['total', '对外公开总数量']], rows: [['regulations', '规章'], ['normativeDocuments', '规范性文件']] },
    { item: '（五）', cols: ACTIVE_2019_PROJECT, rows: [['licensing', '行政许可'], ['otherServices', '其他对外管理服务事项']] },
    { item: '（六）', cols: ACTIVE_2019_PROJECT, rows: [['penalties', '行政处罚'], ['enforcement', '行政强制']] },
    { item: '（八）', cols: ACTIVE_2019_PROJECT.slice(0, 2), rows: [['fees', '行政事业性收费']] },
    { item: '（九）', cols: [['projects', '采购项目数量'], ['amount', '采购总金额（单位：万元）']], rows: [['procurement', '政府集中采购']] },
  ],
  2021: [
    { item: '（一）', cols: [['issued', '本年制发件数'], ['repealed', '本年废止件数'], ['inForce', '现行有效件数']], rows: [['regulations', '规章'], ['normativeDocuments', '行政规范性文件']] },
    { item: '（五）', cols: [['decisions', '本年处理决定数量']], rows: [['licensing', '行政许可']] },
    { item: '（六）', cols: [['decisions', '本年处理决定数量']], rows: [['penalties', '行政处罚'], ['enforcement', '行政强制']] },
    { item: '（八）', cols: [['amount', '本年收费金额（单位：万元）']], rows: [['fees', '行政事业性收费']] },
  ],
};
const REQUEST_COLUMNS = [['natural', '自然人'], ['business', '商业企业'], ['research', '科研机构'], ['nonprofit', '社会公益组织'], ['legal', '法律服务机构'], ['otherOrg', '其他'], ['total', '总计']];
const ORG = new Set(['business', 'research', 'nonprofit', 'legal', 'otherOrg']);
const CAPTION = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
const RESULTS = '三、本年度办理结果';
const GROUPS = { withheld: '（三）不予公开', unavailable: '（四）无法提供', notProcessed: '（五）不予处理', otherDisposal: '（六）其他处理' };
/** [key, part (head|results|tail), group, label, template-only]. */
const REQUEST_ROWS = [
  ['received', 'head', null, '一、本年新收政府信息公开申请数量'],
  ['carriedOver', 'head', null, '二、上年结转政府信息公开申请数量'],
  ['granted', 'results', null, '（一）予以公开'],
  ['partiallyGranted', 'results', null, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'],
  ['withheld.stateSecret', 'results', 'withheld', '1.属于国家秘密'],
  ['withheld.prohibitedByLaw', 'results', 'withheld', '2.其他法律行政法规禁止公开'],
  ['withheld.endangersSafety', 'results', 'withheld', '3.危及“三安全一稳定”'],
  ['withheld.thirdPartyRights', 'results', 'withheld', '4.保护第三方合法权益'],
  ['withheld.internalAffairs', 'results', 'withheld', '5.属于三类内部事务信息'],
  ['withheld.processInformation', 'results', 'withheld', '6.属于四类过程性信息'],
  ['withheld.enforcementFiles', 'results', 'withheld', '7.属于行政执法案卷'],
  ['withheld.queryMatters', 'results', 'withheld', '8.属于行政查询事项'],
  ['unavailable.notHeld', 'results', 'unavailable', '1.本机关不掌握相关政府信息'],
  ['unavailable.needsCreation', 'results', 'unavailable', '2.没有现成信息需要另行制作'],
  ['unavailable.unclear', 'results', 'unavailable', '3.补正后申请内容仍不明确'],
  ['notProcessed.complaint', 'results', 'notProcessed', '1.信访举报投诉类申请'],
  ['notProcessed.duplicate', 'results', 'notProcessed', '2.重复申请'],
  ['notProcessed.publication', 'results', 'notProcessed', '3.要求提供公开出版物'],
  ['notProcessed.excessive', 'results', 'notProcessed', '4.无正当理由大量反复申请'],
  ['notProcessed.confirmation', 'results', 'notProcessed', '5.要求行政机关确认或重新出具已获取信息'],
  ['otherDisposal', 'results', null, '（六）其他处理', '2019'],
  ['otherDisposal.noCorrection', 'results', 'otherDisposal', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '2021'],
  ['otherDisposal.unpaidFee', 'results', 'otherDisposal', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '2021'],
  ['otherDisposal.other', 'results', 'otherDisposal', '3.其他', '2021'],
  ['total', 'results', null, '（七）总计'],
  ['carriedForward', 'tail', null, '四、结转下年度继续办理'],
];
const APPEAL_GROUPS = ['reconsideration', 'litigation.direct', 'litigation.afterReconsideration'];
const APPEAL_COLUMNS = [['upheld', '结果维持'], ['corrected', '结果纠正'], ['other', '其他结果'], ['pending', '尚未审结'], ['total', '总计']];
const NUMERALS = ['', '一', '二', '三', '四', '五', '六'];
const SECTION_NAMES = ['', '总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况', '存在的主要问题及改进情况', '其他需要报告的事项'];

const get = (obj, path) => path.split('.').reduce((node, part) => (node == null ? undefined : node[part]), obj);

// ---------------------------------------------------------------------------------------------------
// A seed: its text's title, headings and prose, and its tables as expected.json has them

function loadSeed(file) {
  const name = file.replace(/\.txt$/, '');
  const text = readFileSync(join(FIXTURES, file), 'utf8');
  const expected = JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8'));
  const lines = text.split('\n');
  const heads = expected.sections;
  const title = lines.slice(0, heads.length ? heads[0].line - 1 : 0).map((l) => l.trim()).filter(Boolean);
  const sections = heads.map((s, i) => {
    const body = lines.slice(s.line, i + 1 < heads.length ? heads[i + 1].line - 1 : lines.length);
    // The seeds' tables are tab-separated (or one tab-led cell a line): the prose is what lies outside them.
    const inTable = body.flatMap((l, j) => (l.includes('\t') ? [j] : []));
    const before = inTable.length ? body.slice(0, inTable[0]) : body;
    const after = inTable.length ? body.slice(inTable[inTable.length - 1] + 1) : [];
    const paras = (ls) => ls.map((l) => l.trim()).filter(Boolean);
    return { number: s.number, heading: s.heading, before: paras(before), after: paras(after) };
  });
  const template = expected.meta.template ?? '2019';
  // Numbers printed as the seed prints them: with thousands separators where the seed has them.
  const fmt = (v) => {
    if (v === null || v === undefined) return '';
    const grouped = v.toLocaleString('en-US', { maximumFractionDigits: 6 });
    return Math.abs(v) >= 1000 && text.includes(grouped) ? grouped : String(v);
  };
  return { name, text, expected, title, sections, template, fmt, tables: tablesOf(expected, template) };
}

function tablesOf(expected, template) {
  const active = ACTIVE[template]
    .map((sub) => ({
      ...sub,
      caption: `第二十条第${sub.item}项`,
      rows: sub.rows
        .map(([key, zh]) => ({ key, zh, cells: sub.cols.map(([c]) => get(expected.active, `${key}.${c}`) ?? null) }))
        .filter((row) => row.cells.some((v) => v !== null)),
    }))
    .filter((sub) => sub.rows.length > 0);
  const defs = REQUEST_ROWS.filter((d) => !d[4] || d[4] === template);
  const columns = REQUEST_COLUMNS.filter(([c]) => defs.some(([key]) => get(expected.requests, `${key}.${c}`) != null)).map(([key, zh]) => ({ key, zh }));
  const allRows = defs.map(([key, part, group, zh]) => ({ key, part, group, zh, cells: columns.map((c) => get(expected.requests, `${key}.${c.key}`) ?? null) }));
  const rows = allRows.filter((row) => row.cells.some((v) => v !== null));
  const appealCells = APPEAL_GROUPS.flatMap((g) => APPEAL_COLUMNS.map(([c]) => get(expected.appeals, `${g}.${c}`) ?? null));
  return {
    active: active.length ? active : null,
    requests: rows.length ? { columns, rows, allRows } : null,
    appeals: appealCells.some((v) => v !== null) ? appealCells : null,
  };
}

/** The report as blocks in reading order; each table sits in its section (or the nearest earlier one). */
function blocksOf(seed) {
  const out = [];
  if (seed.title.length) out.push({ t: 'title', text: seed.title.join('') });
  const present = seed.sections.map((s) => s.number);
  const home = (n) => Math.max(...present.filter((p) => p <= n), present[0]);
  for (const s of seed.sections) {
    out.push({ t: 'heading', n: s.number, text: s.heading });
    for (const p of s.before) out.push({ t: 'para', text: p });
    for (const [which, n] of [['active', 2], ['requests', 3], ['appeals', 4]]) {
      if (seed.tables[which] && home(n) === s.number) out.push({ t: 'table', which });
    }
    for (const p of s.after) out.push({ t: 'para', text: p });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Grids: tables as rows of cells with spans, the way a Word/HTML table holds them

const cell = (text, extra = {}) => ({ text, cs: 1, rs: 1, ...extra });

/** The request table; `rows` a run of its rows (a part cut by a page break), `groupText` the 三、 group cell's text. */
function requestGrid(seed, { rows = seed.tables.requests.rows, groupText = RESULTS } = {}) {
  const { columns } = seed.tables.requests;
  const orgs = columns.filter((c) => ORG.has(c.key));
  const grid = [[cell(CAPTION, { cs: 3, rs: orgs.length ? 3 : 2, head: true }), cell('申请人情况', { cs: columns.length, head: true })]];
  const second = [];
  const third = [];
  for (const c of columns) {
    if (!ORG.has(c.key)) second.push(cell(c.zh, { rs: orgs.length ? 2 : 1, head: true }));
    else {
      if (c === orgs[0]) second.push(cell('法人或其他组织', { cs: orgs.length, head: true }));
      third.push(cell(c.zh, { head: true }));
    }
  }
  grid.push(second);
  if (third.length) grid.push(third);
  const results = rows.filter((r) => r.part === 'results');
  const groupSize = (g) => results.filter((r) => r.group === g).length;
  let lastGroup = null;
  for (const row of rows) {
    const cells = [];
    if (row.part !== 'results') cells.push(cell(row.zh, { cs: 3, label: row.key }));
    else {
      if (row === results[0]) cells.push(cell(groupText, { rs: results.length, group: 'results' }));
      if (!row.group) cells.push(cell(row.zh, { cs: 2, label: row.key }));
      else {
        if (row.group !== lastGroup) cells.push(cell(GROUPS[row.group], { rs: groupSize(row.group), group: row.group }));
        cells.push(cell(row.zh, { label: row.key }));
      }
    }
    lastGroup = row.group;
    for (const v of row.cells) cells.push(cell(seed.fmt(v), { value: v }));
    grid.push(cells);
  }
  return grid;
}

function appealsGrid(seed) {
  const sub = APPEAL_COLUMNS.map(([, zh]) => zh);
  return [
    [cell('行政复议', { cs: 5, head: true }), cell('行政诉讼', { cs: 10, head: true })],
    [...sub.map((zh) => cell(zh, { rs: 2, head: true })), cell('未经复议直接起诉', { cs: 5, head: true }), cell('复议后起诉', { cs: 5, head: true })],
    [...sub, ...sub].map((zh) => cell(zh, { head: true })),
    seed.tables.appeals.map((v) => cell(seed.fmt(v), { value: v })),
  ];
}

/** One sub-table of 第二十条 (caption row, header row, data rows), `width` cells wide. */
function activeGrid(seed, sub, width = sub.cols.length + 1) {
  const pad = (n) => (n > 0 ? [cell('', { cs: n })] : []);
  return [
    [cell(sub.caption, { cs: width, caption: true })],
    [cell('信息内容', { head: true }), ...sub.cols.map(([, zh]) => cell(zh, { head: true })), ...pad(width - 1 - sub.cols.length)],
    ...sub.rows.map((row) => [cell(row.zh, { label: row.key }), ...row.cells.map((v) => cell(seed.fmt(v), { value: v })), ...pad(width - 1 - sub.cols.length)]),
  ];
}

/** The grid as a rectangle: span positions hold '' (what a tab dump of a Word table shows, seed 001). */
function fullRows(grid) {
  const taken = [];
  return grid.map((row, y) => {
    const out = taken[y] ?? (taken[y] = []);
    let x = 0;
    for (const c of row) {
      while (out[x] !== undefined) x++;
      for (let dy = 0; dy < c.rs; dy++) {
        const line = taken[y + dy] ?? (taken[y + dy] = []);
        for (let dx = 0; dx < c.cs; dx++) line[x + dx] = dy === 0 && dx === 0 ? c.text : '';
      }
      x += c.cs;
    }
    return Array.from(out, (t) => t ?? '');
  });
}
/** Only each row's own cells (what a cell-per-line or pipe dump of a merged table shows, seeds 000, 006, 008). */
const ownRows = (grid) => grid.map((row) => row.map((c) => c.text));

// ---------------------------------------------------------------------------------------------------
// Writers shared by kinds

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A GFM pipe table: first row the header, then the alignment row, rows padded to one width. */
function gfm(rows, align = '---') {
  const width = Math.max(...rows.map((r) => r.length));
  const line = (r) => `| ${[...r, ...Array(width - r.length).fill('')].join(' | ')} |`;
  const sep = Array.from({ length: width }, (_, i) => (typeof align === 'function' ? align(i) : align));
  return [line(rows[0]), `|${sep.join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

/** A grid as an HTML table; `opts.inner` wraps each cell's text, `opts.blank` is what an empty cell holds. */
function htmlTable(grid, opts = {}) {
  const { attrs = '', th = false, blank = '', inner = (t) => t, cellAttrs = () => '', rowSep = '\n', thead = 0 } = opts;
  const rows = grid.map((row) => {
    const cells = row.map((c) => {
      const tag = th && c.head ? 'th' : 'td';
      const span = `${c.rs > 1 ? ` rowspan="${c.rs}"` : ''}${c.cs > 1 ? ` colspan="${c.cs}"` : ''}`;
      const text = c.html ?? (c.text === '' ? blank : inner(esc(c.text), c));
      return `<${tag}${span}${cellAttrs(c)}>${text}</${tag}>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  if (thead) return `<table${attrs}>${rowSep}<thead>${rows.slice(0, thead).join(rowSep)}</thead>${rowSep}<tbody>${rows.slice(thead).join(rowSep)}</tbody>${rowSep}</table>`;
  return `<table${attrs}>${rowSep}${rows.join(rowSep)}${rowSep}</table>`;
}

/** The 第二十条 sub-tables in statutory order, or `order` (indices). */
const subsOf = (seed, order) => (order ? order.map((i) => seed.tables.active[i]) : seed.tables.active);

const variants = [];
function emit(seed, kind, ext, content, what) {
  const file = `${seed.name}.${kind}.${ext}`;
  writeFileSync(join(OUT, file), content);
  variants.push({ file, seed: seed.name, kind, what });
}

// ---------------------------------------------------------------------------------------------------
// 1. md: the report as a PDF/DOCX-to-Markdown converter writes it

function makeMd(seed) {
  const r = rng(`${seed.name}:md`);
  const T = seed.tables;
  const has = (w) => Boolean(T[w]);
  // One table comes out as raw HTML: converters fall back to <table> where merged cells defeat GFM.
  const htmlWhich = pick(r, ['appeals', 'requests', 'active'].filter(has));
  const htmlSub = has('active') ? int(r, 0, T.active.length - 1) : 0;
  // Merged label cells come out either as three label columns with blanks under the merge, or as one column with group rows.
  const reqLayout = pick(r, ['three', 'one']);
  // The 第二十条 tables are either one GFM table each under a caption paragraph, or one table with caption rows.
  const activeLayout = pick(r, ['separate', 'combined']);
  // Converters differ in their alignment rows.
  const align = pick(r, ['---', ':---', ':---:', (i) => (i === 0 ? ':---' : ':---:')]);
  const subHeads = chance(r, 0.5);
  // A <br> kept from a line break typed inside a header cell.
  const brTargets = [];
  if (has('requests') && htmlWhich !== 'requests') brTargets.push(['requests', '商业企业', '商业<br>企业']);
  if (has('appeals') && htmlWhich !== 'appeals') brTargets.push(['appeals', '尚未审结', '尚未<br>审结']);
  if (has('active') && (htmlWhich !== 'active' || T.active.length > 1)) brTargets.push(['active', T.active[0].cols[0][1], T.active[0].cols[0][1].replace(/^(本年新|本年)/, '$1<br>')]);
  const br = pick(r, brTargets);
  // A literal "|" in a prose cell (a website path), escaped by the converter as \|.
  // It goes into the request table when that is a GFM table (a split there shifts cells that count), else into 第二十条's.
  const noteWhich = has('requests') && htmlWhich !== 'requests' ? 'requests' : has('active') && !(htmlWhich === 'active' && T.active.length === 1) ? 'active' : null;
  const brOn = (w, text) => (br && br[0] === w && text === br[1] ? br[2] : text);
  const what = [];

  const mdTable = (which) => {
    if (which === 'active') {
      // Sub-tables in statutory order; the one chosen for raw HTML cuts a combined GFM table in two.
      const headerRow = (sub, y) => (row) => (sub === T.active[0] && y === 1 ? row.map((t) => brOn('active', t)) : row);
      const note = noteWhich === 'active' ? ['注：规范性文件含在政府网站“政务公开\\|政策文件”栏目发布的文件'] : null;
      const parts = [];
      let pending = [];
      const flush = () => {
        if (pending.length) parts.push(gfm(pending, align));
        pending = [];
      };
      const asHtml = (i) => htmlWhich === 'active' && i === htmlSub;
      const noteAt = Math.max(...T.active.map((_, i) => (asHtml(i) ? -1 : i)));
      T.active.forEach((sub, i) => {
        const last = i === noteAt;
        if (asHtml(i)) {
          flush();
          parts.push(htmlTable(activeGrid(seed, sub)));
          return;
        }
        if (activeLayout === 'combined') {
          pending.push(...fullRows(activeGrid(seed, sub, 4)).map((row, y) => headerRow(sub, y)(row)));
          if (last && note) pending.push(note);
        } else {
          parts.push(chance(r, 0.5) ? `**${sub.caption}**` : sub.caption);
          const rows = fullRows(activeGrid(seed, sub)).map((row, y) => headerRow(sub, y)(row)).slice(1);
          if (last && note) rows.push(note);
          parts.push(gfm(rows, align));
        }
      });
      flush();
      return parts.join('\n\n');
    }
    if (which === 'requests') {
      if (htmlWhich === 'requests') return htmlTable(requestGrid(seed));
      let rows;
      if (reqLayout === 'three') rows = fullRows(requestGrid(seed));
      else {
        // One label column: the group labels become rows of their own, with empty cells.
        const n = T.requests.columns.length;
        const head = fullRows(requestGrid(seed)).slice(0, T.requests.columns.some((c) => ORG.has(c.key)) ? 3 : 2).map((row) => [row[0], ...row.slice(3)]);
        rows = [...head];
        let lastGroup = null;
        let inResults = false;
        for (const row of T.requests.rows) {
          if (row.part === 'results' && !inResults) rows.push([RESULTS, ...Array(n).fill('')]);
          inResults = row.part === 'results';
          if (row.group && row.group !== lastGroup) rows.push([GROUPS[row.group], ...Array(n).fill('')]);
          lastGroup = row.group;
          rows.push([row.zh, ...row.cells.map(seed.fmt)]);
        }
      }
      rows = rows.map((row, y) => (y < 3 ? row.map((t) => brOn('requests', t)) : row));
      if (noteWhich === 'requests') rows.push(['注：依申请公开渠道含“互动交流\\|依申请公开”在线平台']);
      return gfm(rows, align);
    }
    if (htmlWhich === 'appeals') return htmlTable(appealsGrid(seed));
    return gfm(fullRows(appealsGrid(seed)).map((row, y) => (y < 3 ? row.map((t) => brOn('appeals', t)) : row)), align);
  };

  const chunks = [];
  for (const b of blocksOf(seed)) {
    if (b.t === 'title') chunks.push({ t: b.t, text: `# ${b.text}` });
    else if (b.t === 'heading') chunks.push({ t: b.t, n: b.n, text: `## ${b.text}` });
    else if (b.t === 'para') {
      const sub = subHeads && b.text.length <= 30 && /^[（(][一二三四五六七八九十]+[）)]/.test(b.text);
      chunks.push({ t: b.t, text: sub ? `### ${b.text}` : b.text });
    } else chunks.push({ t: b.t, which: b.which, text: mdTable(b.which) });
  }
  // Page furniture between parts: "— 3 —", "第 2 页" and a lone page number, each at least once.
  const styles = shuffle(r, [(p) => `— ${p} —`, (p) => `第 ${p} 页`, (p) => `${p}`]);
  const spots = chunks.flatMap((c, i) => (c.t === 'heading' && c.n >= 2 ? [i] : []));
  const afterTable = chunks.findIndex((c) => c.t === 'table');
  if (afterTable >= 0) spots.push(afterTable + 1); // a page number right under a table, where a reader may take it for a row
  const at = [...new Set(spots)].sort((a, b) => a - b);
  const out = [];
  let page = 1;
  chunks.forEach((c, i) => {
    if (at.includes(i)) out.push(styles[(page - 1) % 3](page++));
    out.push(c.text);
  });
  what.push(`GFM tables (alignment ${typeof align === 'function' ? ':---/:---:' : align})`);
  what.push(`request table ${htmlWhich === 'requests' ? 'as raw <table>' : reqLayout === 'three' ? 'with 3 label columns, blanks under merged labels' : 'with 1 label column, group labels as empty rows'}`);
  what.push(`第二十条 tables ${activeLayout === 'combined' ? 'in one GFM table with caption rows' : 'one GFM table each under a caption'}`);
  what.push(`raw HTML <table> for ${htmlWhich === 'active' ? T.active[htmlSub].caption : htmlWhich}`);
  if (br) what.push(`<br> in header cell ${br[2]}`);
  if (noteWhich) what.push(`one escaped \\| in a note row of the ${noteWhich} table`);
  what.push(`page furniture ${page - 1} lines (— N —, 第 N 页, lone N), one under the first table`);
  emit(seed, 'md', 'md', `${out.join('\n\n')}\n`, what.join('; '));
}

// ---------------------------------------------------------------------------------------------------
// 2. md-split: PDF-to-Markdown that cuts the request table into fragments (shanghai-stcsm-2024.md)

function makeMdSplit(seed) {
  const r = rng(`${seed.name}:md-split`);
  const T = seed.tables;
  const what = [];
  const active = () => {
    // The 第二十条 sub-tables come out in layout order, not statutory (text boxes read column by column).
    const n = T.active.length;
    let order = shuffle(r, [...Array(n).keys()]);
    if (n > 1 && order.every((v, i) => v === i)) order = [...order.slice(1), order[0]];
    what.push(`第二十条 sub-tables in order ${order.map((i) => T.active[i].item).join('')}`);
    return subsOf(seed, order)
      .map((sub) => `${sub.caption}\n${gfm(fullRows(activeGrid(seed, sub)).slice(1))}`)
      .join('\n\n');
  };
  const requests = () => {
    const { columns, rows } = T.requests;
    // Header cells split over two lines: the first halves as prose, the second halves as the first fragment's header row.
    const cut = (zh) => (zh.length >= 4 ? [zh.slice(0, 3), zh.slice(3)] : [zh, '']);
    const orgs = columns.filter((c) => ORG.has(c.key));
    const lines = ['申请人情况', CAPTION, `自然人${orgs.length ? '法人或其他组织' : ''}总计`, orgs.map((c) => cut(c.zh)[0]).join('')];
    const tails = ['', ...columns.map((c) => (ORG.has(c.key) ? cut(c.zh)[1] : ''))];
    what.push(`request header split over two lines (${orgs.map((c) => cut(c.zh).filter(Boolean).join('/')).join(', ')})`);
    // Bogus fragment headers: placeholders, the column headers again, or another table's header.
    const bogus = [
      ['数据N', (w) => Array.from({ length: w }, (_, i) => `数据${i + 1}`)],
      ['column headers again', (w) => ['', ...columns.map((c) => c.zh)].slice(0, w)],
      ['appeals header', (w) => [...APPEAL_COLUMNS, ...APPEAL_COLUMNS].map(([, zh]) => zh).slice(0, w)],
      ['第二十条 header', (w) => ['信息内容', ...(ACTIVE[seed.template][0].cols.map(([, zh]) => zh))].slice(0, w)],
    ];
    const used = new Set();
    // Fragments of 1 to 3 rows; a group label either prose before the fragment (split over lines) or a leading cell.
    const fragments = [];
    let i = 0;
    let lastGroup = null;
    let inResults = false;
    while (i < rows.length) {
      const size = int(r, 1, 3);
      const prose = [];
      const body = [];
      // A group label printed as prose belongs right above its row: it ends the fragment before it.
      while (body.length < size && i < rows.length) {
        const row = rows[i];
        const opens = [];
        if (row.part === 'results' && !inResults) opens.push(RESULTS);
        if (row.group && row.group !== lastGroup) opens.push(GROUPS[row.group]);
        const asProse = opens.map(() => chance(r, 0.5));
        if (body.length && asProse.some(Boolean)) break;
        const lead = [];
        opens.forEach((g, k) => (asProse[k] ? prose.push(g.slice(0, 4), g.slice(4)) : lead.push(g)));
        inResults = row.part === 'results';
        lastGroup = row.group;
        body.push([...lead, row.zh, ...row.cells.map(seed.fmt)]);
        i++;
      }
      fragments.push({ prose, body });
    }
    const parts = [lines.join('\n')];
    let furniture = false;
    fragments.forEach((f, k) => {
      if (f.prose.length) parts.push(f.prose.join('\n'));
      const width = Math.max(...f.body.map((row) => row.length));
      let head;
      if (k === 0) head = tails;
      else if (chance(r, 0.25)) {
        // The converter promotes the fragment's first data row to its header.
        head = f.body.shift();
        used.add('first data row');
      } else {
        const [label, make] = pick(r, bogus);
        used.add(label);
        head = make(width);
      }
      parts.push(gfm([head, ...f.body]));
      if (!furniture && k === Math.floor(fragments.length / 2)) {
        parts.push(`— ${int(r, 2, 4)} —`); // a page break fell inside the table
        furniture = true;
      }
    });
    what.push(`request table in ${fragments.length} fragments, bogus headers: ${[...used].join(', ')}`);
    return parts.join('\n\n');
  };
  const appeals = () => {
    const v = T.appeals.map(seed.fmt);
    if (chance(r, 0.5)) {
      // The two-line column headers 结果/维持 … come out as a prose line and a header row of second halves.
      what.push('appeals header split 结果/维持');
      const halves = [...APPEAL_COLUMNS, ...APPEAL_COLUMNS, ...APPEAL_COLUMNS].map(([, zh]) => (zh === '总计' ? ['总计', ''] : [zh.slice(0, 2), zh.slice(2)]));
      return `行政复议行政诉讼\n未经复议直接起诉复议后起诉\n${halves.map((h) => h[0]).join('')}\n\n${gfm([halves.map((h) => h[1]), v])}`;
    }
    what.push('appeals as one fragment under prose group headers');
    return `行政复议 行政诉讼\n未经复议直接起诉 复议后起诉\n\n${gfm([[...APPEAL_COLUMNS, ...APPEAL_COLUMNS, ...APPEAL_COLUMNS].map(([, zh]) => zh), v])}`;
  };
  const out = [];
  for (const b of blocksOf(seed)) {
    if (b.t === 'title') out.push(`# ${b.text}`);
    else if (b.t === 'heading') out.push(`## ${b.text}`);
    else if (b.t === 'para') out.push(b.text);
    else out.push({ active, requests, appeals }[b.which]());
  }
  emit(seed, 'md-split', 'md', `${out.join('\n\n')}\n`, what.join('; '));
}

// ---------------------------------------------------------------------------------------------------
// 3. ocr: what OCR of a scanned report gives

/** Misreadings: [right, as read, why]; each label stays closer to its own statutory label than to any other. */
const MISREADS = [
  ['本年新收政府信息公开申请数量', '本年新收政府信息公开申请数', 'last character dropped'],
  ['其他法律行政法规禁止公开', '其他法律行政止公开', 'characters dropped'],
  ['行政复议', '行政复义', '议 read without its radical'],
  ['上年结转政府信息公开申请数量', '上年结转政府信息公开申清数量', '请 → 清'],
  ['属于国家秘密', '属于国家密秘', 'two characters swapped'],
  ['予以公开', '予以公幵', '开 → 幵'],
  ['信访举报投诉类申请', '信访举报投拆类申请', '诉 → 拆'],
  ['本机关不掌握相关政府信息', '本机关不掌握相关政府信', 'last character dropped'],
  ['没有现成信息需要另行制作', '没有现戍信息需要另行制作', '成 → 戍'],
  ['结转下年度继续办理', '结转下年度继续力理', '办 → 力'],
  ['要求提供公开出版物', '要求提供公开出板物', '版 → 板'],
  ['保护第三方合法权益', '保护第三方合法杈益', '权 → 杈'],
  ['属于四类过程性信息', '属于四类过程牲信息', '性 → 牲'],
  ['属于行政执法案卷', '属于行政执法案券', '卷 → 券'],
  ['本年度办理结果', '本年度办埋结果', '理 → 埋'],
  ['尚未审结', '尚末审结', '未 → 末'],
  ['危及“三安全一稳定”', '危及"三安全—稳定"', '一 read as a dash, quotes half-width'],
  ['行政许可', '行政许叮', '可 → 叮'],
  ['无正当理由大量反复申请', '无正当理由大量反复申', 'last character dropped'],
];
const FULL = (s) => s.replace(/[0-9.]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
const HALF_PUNCT = (s) => s.replace(/（/g, '(').replace(/）/g, ')').replace(/，/g, ',').replace(/：/g, ':');

function makeOcr(seed, index) {
  const r = rng(`${seed.name}:ocr`);
  const T = seed.tables;
  const what = [];
  // Each seed gets one of the brief's three misreadings for sure, and four more drawn from the list.
  const forced = MISREADS[index % 3];
  const misreads = [forced, ...shuffle(r, MISREADS.filter((m) => m !== forced)).slice(0, 4)];
  // A blank cell has no width in OCR text: it is read as the mark the scan shows there.
  const blank = pick(r, ['/', '-', '—']);
  const applied = new Set();
  const label = (text) => {
    let out = text;
    for (const m of misreads) {
      if (out.includes(m[0])) {
        out = out.replace(m[0], m[1]);
        applied.add(`${m[0]}→${m[1]}`);
      }
    }
    // Full-width and half-width brackets mixed from row to row, as OCR engines guess them.
    if (chance(r, 0.4)) out = HALF_PUNCT(out);
    // A numbering digit in full width now and then.
    if (chance(r, 0.15)) out = out.replace(/^(\d)\./, (_, d) => FULL(`${d}.`));
    return out;
  };
  // Stray spaces inside labels: OCR splits a word where the letter spacing is wide.
  const spaced = new Set(shuffle(r, [...Array(40).keys()]).slice(0, 4));
  let labelNo = 0;
  const stray = (text) => {
    const n = labelNo++;
    if (!spaced.has(n) || text.length < 4) return text;
    const at = int(r, 2, text.length - 2);
    return `${text.slice(0, at)} ${text.slice(at)}`;
  };
  const value = (c) => {
    if (c.value === null) return blank;
    // Full-width digits here and there (a mixed-width OCR font).
    return chance(r, 0.12) ? FULL(c.text) : c.text;
  };
  const lineOf = (row) =>
    row
      .filter((c) => c.text !== '' || c.value === null)
      .map((c) => ('value' in c ? value(c) : stray(label(c.text))))
      .join(chance(r, 0.3) ? '  ' : ' ');
  const table = (which) => {
    if (which === 'active') return T.active.flatMap((sub) => activeGrid(seed, sub).map(lineOf)).join('\n');
    if (which === 'requests') {
      // Group labels either lead their first row or stand on a line of their own.
      const own = chance(r, 0.5);
      what.push(own ? 'group labels on lines of their own' : 'group labels leading their first row');
      return requestGrid(seed)
        .flatMap((row) => {
          const lead = row.filter((c) => c.group);
          if (!own || !lead.length) return [lineOf(row)];
          return [...lead.map((c) => stray(label(c.text))), lineOf(row.filter((c) => !c.group))];
        })
        .join('\n');
    }
    return appealsGrid(seed).map(lineOf).join('\n');
  };
  const out = [];
  let page = 1;
  for (const b of blocksOf(seed)) {
    if (b.t === 'title') out.push(chance(r, 0.5) ? b.text.replace(/\d{4}/, FULL) : b.text);
    else if (b.t === 'heading') {
      if (b.n >= 3) out.push(`- ${++page} -`); // page numbers the scan kept
      out.push(chance(r, 0.3) ? HALF_PUNCT(b.text) : b.text);
    } else if (b.t === 'para') out.push(chance(r, 0.3) ? HALF_PUNCT(b.text) : b.text);
    else out.push(table(b.which));
  }
  what.unshift(`misread: ${[...applied].join(', ')}`);
  what.push(`blank cells read as "${blank}"`, 'stray spaces in 4 labels, mixed （）/() and full-width digits');
  emit(seed, 'ocr', 'txt', `${out.join('\n')}\n`, what.join('; '));
}

// ---------------------------------------------------------------------------------------------------
// crawl: a crawler's text dump of the page, the tables' cells run together

/**
 * What a crawler keeps of a portal page: its header block (标题 / 发布时间 / 发布机构 / 原文链接, a
 * 正文 rule), page chrome, and the tables' cells with nothing between them. A blank cell leaves no
 * trace; now and then a stray space stands inside the digits. Every other seed's body is one line.
 */
function makeCrawl(seed, index) {
  const r = rng(`${seed.name}:crawl`);
  const T = seed.tables;
  const oneLine = index % 2 === 0;
  const what = [oneLine ? 'the body on one line, blocks apart by spaces' : 'one line a row'];
  let strays = 0;
  const stray = (digits) => {
    if (digits.length < 2 || !chance(r, 0.12)) return digits;
    strays++;
    const at = int(r, 1, digits.length - 1);
    return `${digits.slice(0, at)} ${digits.slice(at)}`;
  };
  // Labels in a row's own cells, then its values run together (commas dropped, as a crawler's text keeps them).
  const rowText = (row) => {
    const labels = row.filter((c) => !('value' in c)).map((c) => c.text).join('');
    const values = row.filter((c) => 'value' in c && c.text !== '').map((c) => c.text.replace(/,/g, '')).join('');
    return `${labels}${values === '' ? '' : stray(values)}`;
  };
  const table = (which) => {
    const grid = which === 'active' ? T.active.flatMap((sub) => activeGrid(seed, sub)) : which === 'requests' ? requestGrid(seed) : appealsGrid(seed);
    return grid.map(rowText).filter((t) => t !== '');
  };
  const body = [];
  for (const b of blocksOf(seed)) {
    if (b.t === 'table') body.push(...table(b.which));
    else body.push(b.text);
  }
  const year = seed.expected.meta.year;
  const head = [
    ...(seed.title.length ? [`标题: ${seed.title.join('')}`] : []),
    `发布时间: ${year + 1}-01-${String(int(r, 10, 28)).padStart(2, '0')} ${pick(r, ['00:00', '09:30', '16:12'])}`,
    ...(seed.expected.meta.agency ? [`发布机构: ${seed.expected.meta.agency}`] : []),
    `原文链接: https://www.example.gov.cn/zwgk/zfxxgk/ndbg/${year + 1}01/t${year + 1}01${int(r, 10, 28)}_${int(r, 100000, 999999)}.html`,
    '==================== 正文 ====================',
  ];
  const chrome = pick(r, ['当前位置：首页 > 政务公开 > 政府信息公开年报', '当前位置: 首页 > 信息公开 > 年度报告 全真版 文字版']);
  what.push(`header block, chrome "${chrome}"`, `${strays} stray spaces inside the digits`, 'blank cells leave no trace');
  const text = oneLine ? [...head, `${chrome} ${body.join(' ')} 附件下载`] : [...head, chrome, ...body, '附件下载'];
  emit(seed, 'crawl', 'txt', `${text.join('\n')}\n`, what.join('; '));
}

// ---------------------------------------------------------------------------------------------------
// 4. appendix: the tables in 附件：统计表 after section 六

/** Text dump shapes of a table, as pasted reports have them. */
const DUMPS = {
  // Tab-separated, merged cells as empty cells (seeds 001–004).
  tabs: (grid) => fullRows(grid).map((row) => row.join('\t')).join('\n'),
  // One pipe row a line, merged continuations left out (corpus 006).
  pipes: (grid) => ownRows(grid).map((row) => `| ${row.join(' | ')} |`).join('\n'),
  // Cells ending in " |", merged continuations left out (corpus 008).
  trailing: (grid) => ownRows(grid).map((row) => `${row.map((t) => `${t} |`).join(' ')}`).join('\n'),
  // One tab-led cell a line, merged continuations left out (seed 000).
  cells: (grid) => ownRows(grid).flatMap((row) => row.map((t) => `\t${t}`)).join('\n'),
};

function makeAppendix(seed, index) {
  const r = rng(`${seed.name}:appendix`);
  const T = seed.tables;
  const dump = pick(r, Object.keys(DUMPS));
  // Which heading damage this seed's variant gets; across the five seeds both damages occur.
  const restart = index % 2 === 0; // the appendix numbers its tables 一、二、三 again
  const rename = index % 2 === 1 ? (index % 4 === 1 ? 4 : 2) : null; // a long-form heading
  const drop = index === 4 ? 3 : null; // a section heading missing in the body
  const what = [`tables dumped as ${dump}`];
  const lines = [];
  if (seed.title.length) lines.push(seed.title.join(''));
  const pointer = pick(r, ['具体情况详见附件统计表。', '（详见附件）', '相关数据见附件统计表。']);
  for (const s of seed.sections) {
    let heading = s.heading;
    if (s.number === drop) {
      what.push(`heading ${heading} left out`);
      heading = null;
    } else if (s.number === rename) {
      heading = { 2: '二、行政机关主动公开政府信息情况', 4: '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况' }[s.number];
      what.push(`heading renamed ${heading}`);
    }
    if (heading) lines.push(heading);
    lines.push(...s.before, ...s.after);
    // Sections 二–四 keep only their prose, plus the pointer a publisher writes there.
    if (s.number >= 2 && s.number <= 4 && !s.before.length && !s.after.length) lines.push(pointer);
  }
  lines.push('', chance(r, 0.8) ? '附件：统计表' : '附件:统计表', '');
  const captions = restart
    ? ['一、主动公开政府信息情况', '二、收到和处理政府信息公开申请情况', '三、政府信息公开行政复议、行政诉讼情况']
    : pick(r, [
        ['表1 主动公开政府信息情况', '表2 收到和处理政府信息公开申请情况', '表3 政府信息公开行政复议、行政诉讼情况'],
        ['附表一：主动公开政府信息情况统计表', '附表二：收到和处理政府信息公开申请情况统计表', '附表三：政府信息公开行政复议、行政诉讼情况统计表'],
      ]);
  what.push(restart ? 'appendix numbered 一、二、三 again' : `appendix captions like ${captions[0]}`);
  const grids = {
    active: () => T.active.flatMap((sub) => activeGrid(seed, sub, 4)),
    requests: () => requestGrid(seed),
    appeals: () => appealsGrid(seed),
  };
  ['active', 'requests', 'appeals'].forEach((w, i) => {
    if (!T[w]) return;
    lines.push(captions[i], DUMPS[dump](grids[w]()));
  });
  emit(seed, 'appendix', 'txt', `${lines.join('\n')}\n`, what.join('; '));
}

// ---------------------------------------------------------------------------------------------------
// 5. grid: an HTML article page with the tables as real <table> grids

function gridPage(seed, r, what) {
  const T = seed.tables;
  // Word-pasted pages wrap every cell in <p class=MsoNormal><span>; hand-made pages do not.
  const word = chance(r, 0.5);
  const th = chance(r, 0.5);
  const blank = pick(r, ['', '&nbsp;']);
  const combined = chance(r, 0.5);
  const inner = word ? (t) => `<p class="MsoNormal" align="center"><span style="font-size:10.5pt">${t}</span></p>` : (t) => t;
  const opts = { attrs: ' border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse"', th, blank, inner };
  what.push(`${word ? 'Word-pasted cells (<p class=MsoNormal><span>)' : 'plain cells'}`, th ? 'header cells <th>' : 'header cells <td>', `blank cells "${blank}"`);
  // (b) the request table's group labels are rowspan cells: row labels sit in columns 2 and 3.
  what.push('request table with rowspan groups 三、本年度办理结果 / （三）… in columns 1–2 (labels in column 2 or 3)');
  // (a) the header rows hold 总计 (request and appeals tables): not the （七）总计 data row.
  what.push('总计 in the header rows');
  const blanksInTotal = T.requests ? T.requests.rows.filter((row) => row.cells[T.requests.columns.findIndex((c) => c.key === 'total')] === null).length : 0;
  // (c) 总计 column in the header with blank cells, where the seed lacks them (only 003 has such cells).
  what.push(blanksInTotal ? `总计 column with ${blanksInTotal} blank cells` : '总计 column complete (the seed has every total)');
  const body = [];
  const pr = (t) => `<p style="text-indent:2em">${esc(t)}</p>`;
  for (const b of blocksOf(seed)) {
    if (b.t === 'title') body.push(`<h1 class="article-title">${esc(b.text)}</h1>`);
    else if (b.t === 'heading') body.push(`<p class="heading">${esc(b.text)}</p>`);
    else if (b.t === 'para') body.push(pr(b.text));
    else if (b.which === 'active') {
      if (combined) body.push(htmlTable(T.active.flatMap((sub) => activeGrid(seed, sub, 4)), opts));
      else for (const sub of T.active) body.push(htmlTable(activeGrid(seed, sub), opts));
    } else if (b.which === 'requests') body.push(htmlTable(requestGrid(seed), opts));
    else body.push(htmlTable(appealsGrid(seed), opts));
  }
  what.push(combined ? '第二十条 tables in one grid' : '第二十条 tables one grid each');
  const title = seed.title.join('') || `${seed.name}`;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(title)}</title>
<style>
body { font-family: 'Noto Sans CJK SC', 微软雅黑, sans-serif; font-size: 12pt; }
.article-title { font-size: 16pt; text-align: center; font-weight: normal; }
th { font-weight: normal; }
table { margin: 6pt 0; font-size: 10pt; }
td, th { text-align: center; vertical-align: middle; padding: 1pt 2pt; }
</style>
</head>
<body>
<div class="crumb">首页 &gt; 政务公开 &gt; 政府信息公开年报</div>
<div class="article">
${body.join('\n')}
</div>
<div class="footer">主办单位：${esc(seed.expected.meta.agency ?? '')}</div>
</body>
</html>
`;
}

function makeGrid(seed) {
  const r = rng(`${seed.name}:grid`);
  const what = [];
  // A row the seed lost is printed with every cell blank, as publishers leave rows they have no figures for.
  const lost = seed.tables.requests.allRows.length - seed.tables.requests.rows.length;
  if (lost) what.push(`${lost} request rows the seed lacks printed with all cells blank`);
  const html = gridPage({ ...seed, tables: { ...seed.tables, requests: { ...seed.tables.requests, rows: seed.tables.requests.allRows } } }, r, what);
  emit(seed, 'grid', 'html', html, what.join('; '));
  return html;
}

// ---------------------------------------------------------------------------------------------------
// 6. wps-like.pdf: an unruled, column-aligned table as WPS exports it, the request table over a page break

function wpsPage(seed) {
  const T = seed.tables;
  const td = 'style="border:none"';
  const opts = (extra = '') => ({
    attrs: ` border="0" cellspacing="0" cellpadding="1" width="100%" style="border:none${extra}"`,
    cellAttrs: (c) => {
      // The group label 三、本年度办理结果 in its own narrow column, one character a line.
      if (c.group === 'results') return ` width="4%" ${td}`;
      if (c.group) return ` width="9%" ${td}`;
      // Row labels in a narrow column, so that they wrap over two or three lines.
      if (c.label) return ` width="${c.cs > 1 ? 23 : 14}%" align="left" ${td}`;
      return ` ${td}`;
    },
  });
  // The table breaks at the start of a group near its middle (（四） where there is one); the rows never split.
  const rows = T.requests.rows;
  const starts = rows.flatMap((row, i) => (i > 2 && row.group && row.group !== rows[i - 1].group ? [i] : []));
  const cut = starts.length ? starts.reduce((a, b) => (Math.abs(b - rows.length / 2) < Math.abs(a - rows.length / 2) ? b : a)) : Math.ceil(rows.length / 2);
  const vertical = (grid) => {
    for (const row of grid) for (const c of row) if (c.group === 'results' && c.text) c.html = [...c.text].join('<br>');
    return grid;
  };
  // Part two repeats the header rows (WPS's 重复标题行); its part of the merged 三、 cell is empty.
  const first = vertical(requestGrid(seed, { rows: rows.slice(0, cut) }));
  const second = vertical(requestGrid(seed, { rows: rows.slice(cut), groupText: '' }));
  const one = seed.sections.find((sec) => sec.number === 1);
  const shortOne = !one || [...one.before, ...one.after].join('').length < 1200;
  const body = [];
  for (const b of blocksOf(seed)) {
    if (b.t === 'title') body.push(`<h1>${esc(b.text)}</h1>`);
    // Section 三 starts a page, and so does 二 where 一 fits on page 1: the request table then breaks at the foot of page 3.
    else if (b.t === 'heading') body.push(`<h2${b.n === 3 || (b.n === 2 && shortOne) ? ' style="page-break-before: always"' : ''}>${esc(b.text)}</h2>`);
    else if (b.t === 'para') body.push(`<p class="body">${esc(b.text)}</p>`);
    else if (b.which === 'active') body.push(htmlTable(T.active.flatMap((sub) => activeGrid(seed, sub, 4)), opts()));
    else if (b.which === 'requests') body.push(htmlTable(first, opts()), htmlTable(second, opts('; page-break-before: always')));
    else body.push(htmlTable(appealsGrid(seed), opts()));
  }
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(seed.title.join('') || seed.name)}</title>
<style>
  @page { size: 21cm 29.7cm; margin: 2.5cm 2.6cm 2.2cm 2.6cm }
  body { font-family: 'Noto Serif CJK SC'; font-size: 10.5pt }
  h1 { font-family: 'Noto Serif CJK SC'; font-size: 15pt; text-align: center; font-weight: normal }
  h2 { font-family: 'Noto Serif CJK SC'; font-size: 10.5pt; font-weight: normal }
  p.body { text-indent: 2em; line-height: 130% }
  td { font-size: 10.5pt; text-align: center; vertical-align: middle }
</style>
</head>
<body>
${body.join('\n')}
<div title="footer"><p align="center">-<sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield>-</p></div>
<div title="footer"><p align="center">-<sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield>-</p></div>
</body>
</html>
`;
}

// ---------------------------------------------------------------------------------------------------
// LibreOffice conversions (--office)

function soffice(input, target, outDir) {
  const profile = mkdtempSync(join(tmpdir(), 'gov-report-soffice-'));
  try {
    // The "HTML (StarWriter)" import lays HTML out as a Writer document (scripts/make-pdf-fixtures.sh says why).
    execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--infilter=HTML (StarWriter)', '--convert-to', target, '--outdir', outDir, input], {
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 300_000,
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Pins a LibreOffice PDF's dates and document id (same lengths, so the xref offsets stay right). */
function pinPdf(bytes) {
  let s = bytes.toString('latin1');
  s = s.replace(/\/(CreationDate|ModDate)\(D:\d{14}/g, (m, key) => `/${key}(D:20250101000000`);
  s = s.replace(/<([0-9A-Fa-f]{32})>/g, (m, hex) => `<${'0'.repeat(hex.length)}>`);
  s = s.replace(/\/DocChecksum \/([0-9A-Fa-f]+)/g, (m, hex) => `/DocChecksum /${'0'.repeat(hex.length)}`);
  return Buffer.from(s, 'latin1');
}

/** Rewrites a .docx zip with fixed entry times and the core.xml dates pinned. */
function pinDocx(bytes) {
  const entries = [];
  let eocd = bytes.length - 22;
  while (eocd >= 0 && bytes.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const count = bytes.readUInt16LE(eocd + 10);
  let at = bytes.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    const method = bytes.readUInt16LE(at + 10);
    const csize = bytes.readUInt32LE(at + 20);
    const nameLen = bytes.readUInt16LE(at + 28);
    const extraLen = bytes.readUInt16LE(at + 30);
    const commentLen = bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.subarray(at + 46, at + 46 + nameLen).toString('utf8');
    const dataAt = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const raw = bytes.subarray(dataAt, dataAt + csize);
    let data = method === 8 ? inflateRawSync(raw) : Buffer.from(raw);
    if (name === 'docProps/core.xml') data = Buffer.from(data.toString('utf8').replace(/(<dcterms:(created|modified)[^>]*>)[^<]*/g, '$12025-01-01T00:00:00Z'), 'utf8');
    if (name === 'docProps/app.xml') data = Buffer.from(data.toString('utf8').replace(/<TotalTime>\d+<\/TotalTime>/, '<TotalTime>0</TotalTime>'), 'utf8');
    entries.push({ name, data, method });
    at += 46 + nameLen + extraLen + commentLen;
  }
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const body = e.method === 8 ? deflateRawSync(e.data, { level: 9 }) : e.data;
    const crc = crc32(e.data);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(0x0800, 6);
    head.writeUInt16LE(e.method, 8);
    head.writeUInt16LE(0, 10); // 00:00
    head.writeUInt16LE((45 << 9) | (1 << 5) | 1, 12); // 2025-01-01
    head.writeUInt32LE(crc, 14);
    head.writeUInt32LE(body.length, 18);
    head.writeUInt32LE(e.data.length, 22);
    head.writeUInt16LE(name.length, 26);
    head.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    head.copy(central, 6, 4, 30);
    central.writeUInt32LE(offset, 42);
    locals.push(head, name, body);
    centrals.push(central, name);
    offset += head.length + name.length + body.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

function officeVariants(seeds, gridPages) {
  const work = mkdtempSync(join(tmpdir(), 'gov-report-variants-'));
  try {
    const convert = (seed, kind, html, target, ext) => {
      const src = join(work, `${seed.name}.${kind}.html`);
      writeFileSync(src, html);
      soffice(src, target, work);
      const made = join(work, `${seed.name}.${kind}.${ext}`);
      if (!existsSync(made)) throw new Error(`LibreOffice did not write ${made}`);
      const bytes = ext === 'pdf' ? pinPdf(readFileSync(made)) : pinDocx(readFileSync(made));
      if (bytes.length > MAX_OFFICE_BYTES) {
        console.warn(`skipped ${seed.name}.${kind}.${ext}: ${bytes.length} bytes is over ${MAX_OFFICE_BYTES}`);
        return;
      }
      writeFileSync(join(OUT, `${seed.name}.${kind}.${ext}`), bytes);
    };
    for (const seed of seeds) {
      const html = gridPages.get(seed.name);
      if (!html) continue;
      convert(seed, 'grid', html, 'docx:MS Word 2007 XML', 'docx');
      convert(seed, 'grid', html, 'pdf:writer_pdf_Export', 'pdf');
    }
    for (const seed of wpsSeeds(seeds)) convert(seed, 'wps-like', wpsPage(seed), 'pdf:writer_pdf_Export', 'pdf');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** One seed of each pair (000/001, 002/003, 004): the one with the fuller request table. */
function wpsSeeds(seeds) {
  const out = [];
  for (let i = 0; i < seeds.length; i += 2) {
    const pair = seeds.slice(i, i + 2).filter((s) => s.tables.requests);
    const score = (s) => s.tables.requests.rows.length * 100 + s.tables.requests.rows.flat().length + s.tables.requests.rows.reduce((n, row) => n + row.cells.filter((v) => v).length, 0);
    if (pair.length) out.push(pair.reduce((a, b) => (score(b) > score(a) ? b : a)));
  }
  return out;
}

/** Manifest entries of the office files that are on disk (made by an earlier or this --office run). */
function officeEntries(seeds) {
  const out = [];
  for (const seed of seeds) {
    if (!seed.tables.requests) continue;
    const gridWhat = variants.find((v) => v.seed === seed.name && v.kind === 'grid')?.what ?? '';
    out.push([seed, 'grid', 'docx', `the grid page (${gridWhat}) converted to .docx by LibreOffice`]);
    out.push([seed, 'grid', 'pdf', `the grid page (${gridWhat}) converted to PDF by LibreOffice (ruled tables)`]);
  }
  for (const seed of wpsSeeds(seeds)) {
    out.push([seed, 'wps-like', 'pdf', 'unruled column-aligned tables (no borders); row labels wrap over 2–3 lines; 三、本年度办理结果 one character a line in a narrow column; the request table runs onto the next page with its header repeated, the page number -N- between']);
  }
  return out
    .filter(([seed, kind, ext]) => existsSync(join(OUT, `${seed.name}.${kind}.${ext}`)))
    .map(([seed, kind, ext, what]) => ({ file: `${seed.name}.${kind}.${ext}`, seed: seed.name, kind, what }));
}

// ---------------------------------------------------------------------------------------------------

function main() {
  mkdirSync(OUT, { recursive: true });
  // Text variants are rewritten on every run; office files only with --office.
  for (const f of readdirSync(OUT)) if (OFFICE || !/\.(docx|pdf)$/.test(f)) rmSync(join(OUT, f));
  const seeds = readdirSync(FIXTURES)
    .filter((f) => /^\d{3}_.*\.txt$/.test(f))
    .sort()
    .map(loadSeed);
  const gridPages = new Map();
  seeds.forEach((seed, i) => {
    const T = seed.tables;
    if (!T.active && !T.requests && !T.appeals) return;
    makeMd(seed);
    if (T.requests) makeMdSplit(seed);
    makeOcr(seed, i);
    makeAppendix(seed, i);
    makeCrawl(seed, i);
    if (T.requests) gridPages.set(seed.name, makeGrid(seed));
  });
  if (OFFICE) officeVariants(seeds, gridPages);
  const manifest = [...variants, ...officeEntries(seeds)].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  writeFileSync(join(OUT, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  for (const v of manifest) console.log(`${v.file.padEnd(44)} ${statSync(join(OUT, v.file)).size}`);
}

main();
