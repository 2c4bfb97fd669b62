/**
 * The page's stylesheet, inline so that the file stands alone (opened from a mail, printed, archived).
 * On paper: A4, every report from a new page, the controls gone, folded reports unfolded by the script.
 */
export const PAGE_STYLE = `
:root { --err: #b3261e; --warn: #8a5a00; --info: #2b5d9b; --line: #c9c9c9; --muted: #666; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif;
  margin: 0 auto; max-width: 1200px; padding: 16px; color: #1d1d1d; line-height: 1.45; font-size: 14px; }
h1 { font-size: 20px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 24px 0 8px; }
h3, h4 { font-size: 14px; margin: 14px 0 6px; }
.tool { color: var(--muted); font-size: 12px; margin: 0 0 12px; }
table { border-collapse: collapse; }
th, td { border: 1px solid var(--line); padding: 2px 6px; }
th { background: #f3f3f3; font-weight: 600; }
td { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.counts-grid { display: flex; flex-wrap: wrap; gap: 8px; margin: 0; padding: 0; list-style: none; }
.counts-grid li { border: 1px solid var(--line); border-radius: 6px; padding: 6px 12px; min-width: 110px; }
.counts-grid b { display: block; font-size: 20px; }
.summary-tables { display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start; }
.summary-tables td:first-child, .summary-tables th:first-child { text-align: left; }
#chart { width: 100%; max-width: 720px; }
.ct-series-a .ct-bar { stroke: var(--err); } .ct-series-b .ct-bar { stroke: #e0a800; } .ct-series-c .ct-bar { stroke: var(--info); }
.ct-bar { stroke-width: 14px; }
.chart-legend { font-size: 12px; color: var(--muted); }
.sw { display: inline-block; width: 10px; height: 10px; margin: 0 4px 0 10px; } .sw.error { background: var(--err); } .sw.warning { background: #e0a800; } .sw.info { background: var(--info); }
#by-rule td:nth-child(-n+2) { text-align: left; white-space: normal; }
.ct-label { font-size: 11px; color: #333; fill: #333; }
.controls { display: flex; gap: 12px; align-items: center; margin: 8px 0; }
.controls input { padding: 4px 8px; min-width: 260px; }
#files th { cursor: pointer; user-select: none; }
#files th[aria-sort="ascending"]::after { content: " ▲"; } #files th[aria-sort="descending"]::after { content: " ▼"; }
#files td:nth-child(-n+2) { text-align: left; white-space: normal; }
.badge { display: inline-block; border-radius: 4px; padding: 0 6px; font-size: 12px; border: 1px solid currentColor; }
.badge.error, .badge.unreadable { color: var(--err); } .badge.warning { color: var(--warn); } .badge.info { color: var(--info); }
.badge.clean { color: #1e7b34; } .badge.skipped { color: var(--muted); }
section.report { border-top: 2px solid #333; margin-top: 18px; padding-top: 6px; }
section.report > details > summary { cursor: pointer; font-weight: 600; font-size: 15px; }
.counts { color: var(--muted); font-weight: normal; font-size: 12px; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 8px 0; }
dl.meta dt { color: var(--muted); } dl.meta dd { margin: 0; }
ol.sections { margin: 0; padding-left: 0; list-style: none; } ol.sections .num { display: inline-block; width: 2em; }
.src { color: var(--muted); font-size: 12px; }
.form-wrap { overflow-x: auto; }
table.form { font-size: 13px; margin: 4px 0; }
table.form th[scope="row"] { text-align: left; font-weight: normal; background: #fafafa; white-space: nowrap; }
table.form th.identity { font-weight: normal; font-size: 11px; max-width: 260px; white-space: normal; }
table.form td.src { text-align: left; }
td.blank { color: #aaa; }
td.recovered { text-decoration: underline dotted; }
td.failing { background: #fff1b8; }
td.warning { background: #fff8e1; } td.error { background: #ffe9e6; }
td.absent { background: #f6f6f6; }
#files td.status.error, #files td.status.unreadable { color: var(--err); } #files td.status.warning { color: var(--warn); }
#files td.status.clean { color: #1e7b34; } #files td.status { text-align: left; }
td.suspect { background: #ffe0dc; outline: 2px solid var(--err); outline-offset: -2px; font-weight: 700; }
td sup { font-size: 10px; margin-left: 2px; } td sup a { color: var(--err); text-decoration: none; }
ol.findings { margin: 6px 0; padding-left: 2.2em; }
li.finding .sev { font-weight: 600; } li.finding.error .sev { color: var(--err); } li.finding.warning .sev { color: var(--warn); }
li.finding.info .sev { color: var(--info); } li.finding .where { color: var(--muted); font-size: 12px; }
li.finding code { color: var(--muted); font-size: 11px; }
li.finding:target { background: #ffe0dc; }
.legend { color: var(--muted); font-size: 12px; }
.hidden { display: none !important; }
@page { size: A4; margin: 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  .controls, #files th::after { display: none; }
  section.report { break-before: page; border-top: none; }
  section.report > details > summary { list-style: none; }
  table.form { font-size: 7.5pt; } table.form th.identity { font-size: 6.5pt; }
  th, td { padding: 1px 3px; }
  tr, li.finding, dl.meta { break-inside: avoid; }
  .form-wrap { overflow: visible; }
  a { color: inherit; text-decoration: none; }
  td.suspect, td.failing, td.warning, td.error, td.absent, .badge, .sw { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;
