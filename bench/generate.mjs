// Synthetic annual reports for the benchmark (and for fixtures/batch/nested): both statutory formats,
// the text layouts the seeds show, and HTML pages as portals publish them. Numbers are random but
// consistent (every identity of FORMAT.md holds); `inject` changes one number of table 三 or 四 by one,
// which at least one rule must catch. Labels are written as reports print them, independently of the
// parser's own layout tables, so that the benchmark also checks the parser against text it never saw.

/** Deterministic PRNG (mulberry32), so that a corpus can be regenerated exactly. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

const COLUMNS = ['natural', 'business', 'research', 'nonprofit', 'legal', 'otherOrg'];
const APPEAL_COLUMNS = ['upheld', 'corrected', 'other', 'pending'];
const APPEAL_GROUPS = ['reconsideration', 'litigation.direct', 'litigation.afterReconsideration'];

// Rows of table 三 as printed: [record key, group label or '', row label].
const OUTCOMES_2019 = [
  ['granted', '（一）予以公开', ''],
  ['partiallyGranted', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', ''],
  ['withheld.stateSecret', '（三）不予公开', '1.属于国家秘密'],
  ['withheld.prohibitedByLaw', '', '2.其他法律行政法规禁止公开'],
  ['withheld.endangersSafety', '', '3.危及“三安全一稳定”'],
  ['withheld.thirdPartyRights', '', '4.保护第三方合法权益'],
  ['withheld.internalAffairs', '', '5.属于三类内部事务信息'],
  ['withheld.processInformation', '', '6.属于四类过程性信息'],
  ['withheld.enforcementFiles', '', '7.属于行政执法案卷'],
  ['withheld.queryMatters', '', '8.属于行政查询事项'],
  ['unavailable.notHeld', '（四）无法提供', '1.本机关不掌握相关政府信息'],
  ['unavailable.needsCreation', '', '2.没有现成信息需要另行制作'],
  ['unavailable.unclear', '', '3.补正后申请内容仍不明确'],
  ['notProcessed.complaint', '（五）不予处理', '1.信访举报投诉类申请'],
  ['notProcessed.duplicate', '', '2.重复申请'],
  ['notProcessed.publication', '', '3.要求提供公开出版物'],
  ['notProcessed.excessive', '', '4.无正当理由大量反复申请'],
  ['notProcessed.confirmation', '', '5.要求行政机关确认或重新出具已获取信息'],
];
const OTHER_2019 = [['otherDisposal', '（六）其他处理', '']];
const OTHER_2021 = [
  ['otherDisposal.noCorrection', '（六）其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
  ['otherDisposal.unpaidFee', '', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
  ['otherDisposal.other', '', '3.其他'],
];

const PLACES = ['延津县', '夏邑县', '汝阳县', '台前县', '滑县', '封丘县', '原阳县', '卫辉市', '辉县市', '修武县', '博爱县', '温县', '孟州市', '沁阳市', '武陟县'];
const BODIES = ['人民政府', '人民政府办公室', '发展和改革委员会', '教育局', '公安局', '民政局', '财政局', '自然资源局', '生态环境局', '住房和城乡建设局', '交通运输局', '卫生健康委员会', '市场监督管理局'];
const PROSE = [
  '按照《中华人民共和国政府信息公开条例》要求，坚持以公开为常态、不公开为例外，持续深化政务公开，推进决策、执行、管理、服务、结果公开。',
  '依托政府门户网站、政务新媒体和政务服务大厅等平台，及时准确发布政府信息，回应社会关切，保障人民群众的知情权、参与权、表达权和监督权。',
  '进一步规范依申请公开办理流程，严格落实登记、审核、办理、答复、归档等环节要求，确保在法定期限内依法答复。',
  '加强政府信息公开工作人员业务培训，组织开展专题培训，提升工作人员依法公开意识和业务能力。',
  '建立健全政府信息公开工作考核、社会评议和责任追究制度，将政务公开工作纳入年度目标考核。',
  '强化政策解读，对重要政策文件做到同步起草、同步审签、同步发布解读材料，提高政策知晓度。',
];

/** Random but consistent tables for one report of the given format. */
export function makeTables(r, template) {
  const outcomes = [...OUTCOMES_2019, ...(template === '2019' ? OTHER_2019 : OTHER_2021)];
  const requests = {};
  const small = () => (r.chance(0.7) ? 0 : r.int(1, r.chance(0.2) ? 60 : 9));
  const row = (fn) => {
    const cols = Object.fromEntries(COLUMNS.map((c) => [c, fn(c)]));
    cols.total = COLUMNS.reduce((s, c) => s + cols[c], 0);
    return cols;
  };
  for (const [key] of outcomes) requests[key] = row((c) => (c === 'natural' ? small() * 2 : r.chance(0.85) ? 0 : small()));
  requests.total = row((c) => outcomes.reduce((s, [key]) => s + requests[key][c], 0));
  requests.carriedForward = row((c) => (r.chance(0.8) ? 0 : Math.min(3, requests.total[c] + 1)));
  // 一 + 二 = 三（七）+ 四: carried-over requests come out of the total, the rest were received this year.
  requests.carriedOver = row((c) => r.int(0, Math.min(3, requests.total[c] + requests.carriedForward[c])));
  requests.received = row((c) => requests.total[c] + requests.carriedForward[c] - requests.carriedOver[c]);

  const appeals = {};
  for (const g of APPEAL_GROUPS) {
    const cols = Object.fromEntries(APPEAL_COLUMNS.map((c) => [c, r.chance(0.75) ? 0 : r.int(1, 4)]));
    cols.total = APPEAL_COLUMNS.reduce((s, c) => s + cols[c], 0);
    appeals[g] = cols;
  }
  const n = (hi) => r.int(0, hi);
  const active =
    template === '2019'
      ? {
          regulations: [n(3), n(3), n(20)],
          normativeDocuments: [n(30), n(30), n(400)],
          licensing: [n(600), r.int(-20, 40), n(40000)],
          otherServices: [n(600), r.int(-20, 40), n(200000)],
          penalties: [n(3000), r.int(-20, 40), n(3000)],
          enforcement: [n(200), r.int(-5, 10), n(800)],
          fees: [n(60), r.int(-5, 12)],
          procurement: [n(300), Math.round(r.next() * 6000000) / 100],
        }
      : {
          regulations: [n(3), n(2), n(20)],
          normativeDocuments: [n(30), n(10), n(400)],
          licensing: [n(40000)],
          penalties: [n(3000)],
          enforcement: [n(800)],
          fees: [Math.round(r.next() * 500000) / 100],
        };
  return { template, outcomes, requests, appeals, active };
}

/** Changes one number of table 三 or 四 by one: the report must then fail a rule. */
export function injectError(r, tables) {
  if (r.chance(0.7)) {
    const keys = ['received', 'carriedOver', ...tables.outcomes.map(([k]) => k), 'total', 'carriedForward'];
    const key = r.pick(keys);
    const column = r.pick([...COLUMNS, 'total']);
    const cell = tables.requests[key];
    cell[column] = cell[column] > 0 && r.chance(0.5) ? cell[column] - 1 : cell[column] + 1;
    return { table: 'requests', key, column };
  }
  const group = r.pick(APPEAL_GROUPS);
  const column = r.pick([...APPEAL_COLUMNS, 'total']);
  const cell = tables.appeals[group];
  cell[column] = cell[column] > 0 && r.chance(0.5) ? cell[column] - 1 : cell[column] + 1;
  return { table: 'appeals', key: group, column };
}

const thousands = (n) => (Number.isInteger(n) && Math.abs(n) >= 1000 ? n.toLocaleString('en-US') : String(n));
const signed = (n) => (n > 0 ? `+${n}` : String(n));

function activeRows(tables) {
  const a = tables.active;
  if (tables.template === '2019') {
    return [
      ['第二十条第（一）项', ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'], [['规章', ...a.regulations], ['规范性文件', ...a.normativeDocuments]]],
      ['第二十条第（五）项', ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'], [['行政许可', a.licensing[0], signed(a.licensing[1]), a.licensing[2]], ['其他对外管理服务事项', a.otherServices[0], signed(a.otherServices[1]), a.otherServices[2]]]],
      ['第二十条第（六）项', ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'], [['行政处罚', a.penalties[0], signed(a.penalties[1]), a.penalties[2]], ['行政强制', a.enforcement[0], signed(a.enforcement[1]), a.enforcement[2]]]],
      ['第二十条第（八）项', ['信息内容', '上一年项目数量', '本年增/减'], [['行政事业性收费', a.fees[0], signed(a.fees[1])]]],
      ['第二十条第（九）项', ['信息内容', '采购项目数量', '采购总金额（单位：万元）'], [['政府集中采购', a.procurement[0], a.procurement[1].toLocaleString('en-US', { maximumFractionDigits: 2 })]]],
    ];
  }
  return [
    ['第二十条第（一）项', ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], [['规章', ...a.regulations], ['行政规范性文件', ...a.normativeDocuments]]],
    ['第二十条第（五）项', ['信息内容', '本年处理决定数量'], [['行政许可', a.licensing[0]]]],
    ['第二十条第（六）项', ['信息内容', '本年处理决定数量'], [['行政处罚', a.penalties[0]], ['行政强制', a.enforcement[0]]]],
    ['第二十条第（八）项', ['信息内容', '本年收费金额（单位：万元）'], [['行政事业性收费', a.fees[0].toLocaleString('en-US', { maximumFractionDigits: 2 })]]],
  ];
}

function requestValues(tables, key) {
  const cell = key.split('.').reduce((node, k) => node?.[k], tables.requests) ?? tables.requests[key];
  return [...COLUMNS, 'total'].map((c) => cell[c]);
}

function appealValues(tables) {
  return APPEAL_GROUPS.flatMap((g) => [...APPEAL_COLUMNS, 'total'].map((c) => tables.appeals[g][c]));
}

function meta(r, template) {
  const place = r.pick(PLACES);
  const body = r.pick(BODIES);
  const agency = body === '人民政府' ? `${place}人民政府` : `${place}${body}`;
  const year = template === '2019' ? r.pick([2019, 2020]) : r.int(2021, 2024);
  return { agency, year, title: `${agency}${year}年政府信息公开工作年度报告` };
}

function paragraphs(r, count) {
  return Array.from({ length: count }, () => Array.from({ length: r.int(2, 4) }, () => r.pick(PROSE)).join(''));
}

const HEADINGS = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];
// Sections 五 and 六 as a complete report writes them: problems and measures; the fee; the assessment results.
const PROBLEMS = ['一是政府信息公开意识有待进一步提升。', '二是政策解读形式较为单一，解读质量仍需提高。', '部分单位信息发布不够及时，公开内容不够全面。'];
const MEASURES = ['下一步，将加强业务培训，完善信息发布审核机制。', '针对以上问题，我们将进一步规范公开流程，持续深化重点领域信息公开。'];
const OTHER = ['本年度未收取信息处理费。工作考核、社会评议和责任追究结果：无责任追究情况。', '本年度未收取政府信息公开信息处理费。将政府信息公开工作纳入年度考核，未发生责任追究情况。'];
const sectionFive = (r) => [r.pick(PROBLEMS), r.pick(MEASURES)];
const sectionSix = (r) => r.pick(OTHER);
const BALANCE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
const ORG_HEAD = ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];
const APPEAL_HEAD = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];

/** Tab-separated rows (seeds 003, 004; `indent` puts sub-rows behind two tabs as seed 001 does). */
function textTab(r, tables, m, indent) {
  const out = [m.title, '', HEADINGS[0], '', ...paragraphs(r, r.int(3, 6)).flatMap((p) => [p, '']), HEADINGS[1], ''];
  for (const [caption, head, rows] of activeRows(tables)) {
    out.push(`${caption}\t\t\t`, head.join('\t'), ...rows.map((row) => row.map(thousands).join('\t')));
  }
  out.push('', HEADINGS[2], '', `${BALANCE}\t\t申请人情况\t\t\t\t\t\t总计\t`, '\t\t自然人\t法人或其他组织\t\t\t\t\t\t', `\t\t\t${ORG_HEAD.join('\t')}\t\t`);
  const line = (labels, key) => `${labels}\t${requestValues(tables, key).join('\t')}`;
  out.push(line('一、本年新收政府信息公开申请数量\t', 'received'), line('二、上年结转政府信息公开申请数量\t', 'carriedOver'));
  tables.outcomes.forEach(([key, group, sub], i) => {
    const lead = i === 0 ? '三、本年度办理结果' : '';
    const labels = sub ? `${indent && !group ? '\t' : lead}\t${group}${group ? '\t' : ''}${sub}` : `${lead}\t${group}`;
    out.push(line(labels, key));
  });
  out.push(line('（七）总计\t', 'total'), line('四、结转下年度继续办理\t', 'carriedForward'), '');
  out.push(HEADINGS[3], '', `行政复议${'\t'.repeat(5)}行政诉讼${'\t'.repeat(9)}`, `${APPEAL_HEAD.join('\t')}\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t`, `\t\t\t\t\t${[...APPEAL_HEAD, ...APPEAL_HEAD].join('\t')}`, appealValues(tables).join('\t'), '');
  out.push(HEADINGS[4], '', ...sectionFive(r).flatMap((p) => [p, '']), HEADINGS[5], '', sectionSix(r), '');
  return out.join(r.chance(0.3) ? '\r\n' : '\n');
}

/** One cell per line behind a tab, rows apart by blank lines, header cells broken in two (seed 000). */
function textStacked(r, tables, m) {
  const out = [HEADINGS[0].replace(/^一、/, ''), ...paragraphs(r, r.int(3, 6)), HEADINGS[1]];
  const cells = (list) => list.map((c) => `\t${c}`);
  for (const [caption, head, rows] of activeRows(tables)) {
    out.push(`\t${caption}`, '', ...cells(head.map((h) => (h.length > 6 && !h.includes('（') ? `${h.slice(0, 3)}\n${h.slice(3)}` : h))), '');
    for (const row of rows) out.push(...cells(row.map(thousands)), '');
  }
  out.push('', HEADINGS[2], `\t${BALANCE}`, '\t申请人情况', '', '\t', '\t自然人', '\t法人或其他组织', '\t总计', '', '\t', '\t', ...cells(ORG_HEAD), '\t', '');
  const row = (labels, key) => out.push(...cells(labels), ...cells(requestValues(tables, key)), '');
  row(['一、本年新收政府信息公开申请数量'], 'received');
  row(['二、上年结转政府信息公开申请数量'], 'carriedOver');
  tables.outcomes.forEach(([key, group, sub], i) => {
    const lead = i === 0 ? ['三、本年度办理结果'] : [''];
    row(sub ? [...lead, ...(group ? [group] : ['']), sub] : [...lead, group], key);
  });
  row(['', '（七）总计'], 'total');
  row(['四、结转下年度继续办理'], 'carriedForward');
  out.push('', HEADINGS[3], '\t行政复议', '\t行政诉讼', '', ...cells(APPEAL_HEAD), '\t未经复议直接起诉', '\t复议后起诉', '', ...cells(['', '', '', '', '']), ...cells([...APPEAL_HEAD, ...APPEAL_HEAD]), '', ...cells(appealValues(tables)), '', '');
  out.push(HEADINGS[4], ...sectionFive(r), HEADINGS[5], sectionSix(r));
  return [m.title && r.chance(0.5) ? m.title : null, ...out].filter((l) => l !== null).join('\n');
}

/**
 * A crawler's dump of the page: a header block (标题 / 发布时间 / 发布机构 / 原文链接, a 正文 rule), page
 * chrome, and the tables' cells run together with nothing between them, sometimes with a stray space
 * inside or between the numbers. Each row on its own line, or (`oneLine`) the whole body on one line.
 */
function textCrawl(r, tables, m, oneLine, blanks) {
  // A quarter of the reports leave zeros blank (half of them), as the format allows: in a dump a
  // blank leaves no trace. `blanks` gets the record path of each such cell.
  const blankZeros = r.chance(0.25);
  const print = (path, v) => {
    if (v !== 0 || !blankZeros || !r.chance(0.5)) return String(v);
    blanks.add(path);
    return '';
  };
  const stray = (digits) => {
    if (digits.length < 2 || !r.chance(0.15)) return digits;
    const at = r.int(1, digits.length - 1);
    return `${digits.slice(0, at)} ${digits.slice(at)}`;
  };
  const fused = (label, values) => `${label}${stray(values.map(String).join(''))}`;
  const body = [m.title, HEADINGS[0], ...paragraphs(r, r.int(2, 4)), HEADINGS[1]];
  for (const [caption, head, rows] of activeRows(tables)) {
    body.push(caption, head.join(''));
    for (const [label, ...values] of rows) body.push(fused(label, values.map((v) => String(v).replace(/,/g, ''))));
  }
  body.push(HEADINGS[2], `${BALANCE}申请人情况`, `自然人法人或其他组织总计`, ORG_HEAD.join(''));
  const COLS = [...COLUMNS, 'total'];
  const requestRow = (label, key) => fused(label, requestValues(tables, key).map((v, c) => print(`requests.${key}.${COLS[c]}`, v)));
  body.push(requestRow('一、本年新收政府信息公开申请数量', 'received'), requestRow('二、上年结转政府信息公开申请数量', 'carriedOver'));
  tables.outcomes.forEach(([key, group, sub], i) => {
    const lead = i === 0 ? '三、本年度办理结果' : '';
    body.push(requestRow(`${lead}${group}${sub}`, key));
  });
  body.push(requestRow('（七）总计', 'total'), requestRow('四、结转下年度继续办理', 'carriedForward'));
  const appealPaths = APPEAL_GROUPS.flatMap((g) => [...APPEAL_COLUMNS, 'total'].map((c) => `appeals.${g}.${c}`));
  body.push(HEADINGS[3], '行政复议行政诉讼', `${APPEAL_HEAD.join('')}未经复议直接起诉复议后起诉`, [...APPEAL_HEAD, ...APPEAL_HEAD].join(''), stray(appealValues(tables).map((v, i) => print(appealPaths[i], v)).join('')));
  body.push(HEADINGS[4], ...sectionFive(r), HEADINGS[5], sectionSix(r));
  const head = [
    `标题: ${m.title}`,
    `发布时间: ${m.year + 1}-01-${String(r.int(10, 31)).padStart(2, '0')} 00:00`,
    `发布机构: ${m.agency}`,
    `原文链接: https://www.example.gov.cn/zwgk/ndbg/${m.year}/t${r.int(100000, 999999)}.htm`,
    '==================== 正文 ====================',
  ];
  const chrome = '当前位置：首页 > 政务公开 > 政府信息公开年报 全真版 文字版';
  if (oneLine) return [...head, `${chrome} ${body.join(' ')} 附件下载`].join('\n');
  return [...head, chrome, ...body, '附件下载'].join('\n');
}

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A portal article page: navigation, the report as paragraphs and ruled tables with merged cells, a footer. */
function html(r, tables, m) {
  const td = (v, attrs = '') => `<td${attrs}>${esc(v)}</td>`;
  const parts = [
    '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">',
    `<title>${esc(m.title)}_政府信息公开年报</title>`,
    '<link rel="stylesheet" href="/css/common.css"><script src="/js/jquery.min.js"></script>',
    '<script>var _hmt = _hmt || []; (function(){ var hm = document.createElement("script"); hm.src = "https://hm.example.com/hm.js"; })();</script>',
    '</head><body>',
    '<div class="header"><ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>',
    `<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政府信息公开年报</div>`,
    `<div class="article"><h1>${esc(m.title)}</h1><div class="info">发布时间：${m.year + 1}-01-${String(r.int(10, 31)).padStart(2, '0')} 来源：${esc(m.agency)}</div><div class="content">`,
    `<p><strong>${HEADINGS[0]}</strong></p>`,
    ...paragraphs(r, r.int(3, 6)).map((p) => `<p style="text-indent:2em">${esc(p)}</p>`),
    `<p><strong>${HEADINGS[1]}</strong></p>`,
  ];
  for (const [caption, head, rows] of activeRows(tables)) {
    parts.push(`<table border="1" cellspacing="0"><tr><td colspan="${head.length}">${caption}</td></tr><tr>${head.map((h) => td(h)).join('')}</tr>`);
    for (const row of rows) parts.push(`<tr>${row.map((v) => td(thousands(v))).join('')}</tr>`);
    parts.push('</table>');
  }
  parts.push(`<p><strong>${HEADINGS[2]}</strong></p><table border="1" cellspacing="0">`);
  parts.push(`<tr><td colspan="3" rowspan="3">${BALANCE}</td><td colspan="7">申请人情况</td></tr>`);
  parts.push('<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>');
  parts.push(`<tr>${ORG_HEAD.map((h) => td(h)).join('')}</tr>`);
  const values = (key) => requestValues(tables, key).map((v) => td(v)).join('');
  parts.push(`<tr><td colspan="3">一、本年新收政府信息公开申请数量</td>${values('received')}</tr>`);
  parts.push(`<tr><td colspan="3">二、上年结转政府信息公开申请数量</td>${values('carriedOver')}</tr>`);
  const groupSize = (i) => {
    let n = 1;
    while (tables.outcomes[i + n] && tables.outcomes[i + n][1] === '' && tables.outcomes[i + n][2] !== '') n++;
    return n;
  };
  tables.outcomes.forEach(([key, group, sub], i) => {
    const lead = i === 0 ? `<td rowspan="${tables.outcomes.length + 1}">三、本年度办理结果</td>` : '';
    const labels = sub ? `${group ? `<td rowspan="${groupSize(i)}">${group}</td>` : ''}${td(sub)}` : `<td colspan="2">${group}</td>`;
    parts.push(`<tr>${lead}${labels}${values(key)}</tr>`);
  });
  parts.push(`<tr><td colspan="2">（七）总计</td>${values('total')}</tr>`);
  parts.push(`<tr><td colspan="3">四、结转下年度继续办理</td>${values('carriedForward')}</tr></table>`);
  parts.push(`<p><strong>${HEADINGS[3]}</strong></p><table border="1" cellspacing="0">`);
  parts.push('<tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>');
  parts.push(`<tr>${APPEAL_HEAD.map((h) => td(h, ' rowspan="2"')).join('')}<td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>`);
  parts.push(`<tr>${[...APPEAL_HEAD, ...APPEAL_HEAD].map((h) => td(h)).join('')}</tr>`);
  parts.push(`<tr>${appealValues(tables).map((v) => td(v)).join('')}</tr></table>`);
  parts.push(`<p><strong>${HEADINGS[4]}</strong></p>`, ...sectionFive(r).map((p) => `<p>${esc(p)}</p>`));
  parts.push(`<p><strong>${HEADINGS[5]}</strong></p><p>${esc(sectionSix(r))}</p>`);
  parts.push('</div></div><div class="footer"><p>主办单位：人民政府办公室 备案号：豫ICP备00000000号</p><p>网站标识码：4107000000</p></div></body></html>');
  return parts.join('\n');
}

export const LAYOUTS = ['tab', 'tab-indented', 'stacked', 'html'];
/** Crawler dumps with the cells run together (issue 14): not in the speed corpus, whose figures they would change. */
export const CRAWL_LAYOUTS = ['crawl', 'crawl-line'];

/**
 * One synthetic report. Returns its text, its file extension and what the checker must say:
 * `injected` names the changed cell, or is null for a clean report.
 */
export function generateReport(seed, { template, layout, inject }) {
  const r = rng(seed);
  const tables = makeTables(r, template);
  const injected = inject ? injectError(r, tables) : null;
  const m = meta(r, template);
  // Cells printed blank (crawler dumps only), by record path: the record must give them null.
  const blanks = new Set();
  const text =
    layout === 'html'
      ? html(r, tables, m)
      : layout === 'stacked'
        ? textStacked(r, tables, m)
        : layout === 'crawl' || layout === 'crawl-line'
          ? textCrawl(r, tables, m, layout === 'crawl-line', blanks)
          : textTab(r, tables, m, layout === 'tab-indented');
  return { text, ext: layout === 'html' ? 'html' : 'txt', template, layout, injected, requests: tables.requests, appeals: tables.appeals, active: tables.active, meta: m, blanks };
}

// Digit runs that make the recovery search as large as it gets: all ones (every cut is a number and
// many sum right), alternating ones and zeros, random digits; each at several lengths.
const HARD_RUNS = {
  ones: (r, n) => '1'.repeat(n),
  alternating: (r, n) => Array.from({ length: n }, (_, i) => '10'[i % 2]).join(''),
  random: (r, n) => Array.from({ length: n }, () => String(r.int(0, 9))).join(''),
};
export const HARD_LENGTHS = [12, 20, 30, 45, 63, 100];

/**
 * A crawler dump whose every row of digits is replaced by a run built to be hard to cut (`kind` of
 * HARD_RUNS, `length` digits): for the worst-case time of the recovery search.
 */
export function hardDump(seed, kind, length) {
  const r = rng(seed);
  const { text } = generateReport(seed, { template: seed % 2 ? '2019' : '2021', layout: 'crawl', inject: false });
  return text.replace(/([\u4e00-\u9fff)）”])[+-]?\d[\d .+-]*$/gm, (_, last) => last + HARD_RUNS[kind](r, length));
}
export const HARD_KINDS = Object.keys(HARD_RUNS);

