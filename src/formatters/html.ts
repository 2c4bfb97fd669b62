import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { escapeUTF8 as esc } from 'entities';
import type { Lang } from '../record/labels.js';
import type { Report } from '../record/schema.js';
import type { Summary } from '../batch/summary.js';
import { seconds, type BatchFormatter, type FormatContext } from './batch-util.js';
import { reportSection, skippedSection, statusLabel, type FileStatus } from './html/report-section.js';
import { PAGE_STYLE } from './html/page-style.js';
import { pageScript } from './html/page-script.js';

/**
 * `--format html`: one self-contained page (no network: the styles, the script and the chart
 * library are inline) to look at, print and send on. For a batch, a summary with a chart and a
 * sortable, filterable table of files, then every report with its tables as the statutory form.
 * Written as the batch runs, like every format: the reports first, the summary at the end (the
 * page's script shows it on top).
 */
export const html: BatchFormatter = {
  begin: (ctx) => pageHead(TITLE[ctx.lang], ctx, true),
  file: (result, _before, ctx) => (result.status === 'skipped' ? skippedSection(result.path, ctx.lang) : reportSection(result.report, ctx.lang, false, result.index)),
  end: (summary, ctx) => `</div>\n${summarySection(summary, ctx)}${pageScripts(ctx.lang)}</body>\n</html>\n`,
};

/** `parse FILE --format html`: the one report, unfolded, with no script. */
export function formatReportHtml(report: Report, ctx: FormatContext): string {
  return `${pageHead(`${TITLE[ctx.lang]} — ${report.source.path}`, ctx, false)}${reportSection(report, ctx.lang, true, 0)}</div>\n</body>\n</html>\n`;
}

const TITLE: Record<Lang, string> = { zh: '政府信息公开工作年度报告核对结果', en: 'Government information-disclosure annual reports: check results' };

const WORDS = {
  zh: {
    summary: '汇总', files: '已检查文件', skipped: '已跳过', withErrors: '有错误的文件', withWarnings: '有警告的文件', unreadable: '无法读取',
    clean: '无问题的文件', errors: '错误', warnings: '警告', infos: '提示', time: '用时（秒）', byRule: '各规则的问题数', rule: '规则', description: '说明',
    byBody: '按机关', byYear: '按年度', fileList: '文件列表', filter: '按文件名或机关筛选', all: '全部状态', chart: '各规则的问题数（图）',
    page: {
      columns: ['文件', '机关', '格式', '年度', '状态', '错误', '警告', '提示'],
      byBody: ['机关', '文件', '有错误的文件', '错误', '警告'],
      byYear: ['年度', '文件', '有错误的文件', '错误', '警告'],
      unknown: '（未识别）',
      shown: '显示 {n} / {total} 个文件',
    },
  },
  en: {
    summary: 'Summary', files: 'Files checked', skipped: 'Skipped', withErrors: 'Files with errors', withWarnings: 'Files with warnings', unreadable: 'Unreadable',
    clean: 'Clean files', errors: 'Errors', warnings: 'Warnings', infos: 'Info', time: 'Time (s)', byRule: 'Findings by rule', rule: 'Rule', description: 'Description',
    byBody: 'By body', byYear: 'By year', fileList: 'Files', filter: 'Filter by file name or body', all: 'Any status', chart: 'Findings by rule (chart)',
    page: {
      columns: ['File', 'Body', 'Template', 'Year', 'Status', 'Errors', 'Warnings', 'Info'],
      byBody: ['Body', 'Files', 'Files with errors', 'Errors', 'Warnings'],
      byYear: ['Year', 'Files', 'Files with errors', 'Errors', 'Warnings'],
      unknown: '(not found)',
      shown: 'showing {n} of {total} files',
    },
  },
} as const;

const STATUSES: readonly FileStatus[] = ['error', 'warning', 'info', 'clean', 'unreadable', 'skipped'];

function pageHead(title: string, ctx: FormatContext, batch: boolean): string {
  // The chart's own styles first, so that ours (the severity colours) win.
  const chartStyle = batch ? `<style>${chartist().css}</style>\n` : '';
  return (
    `<!DOCTYPE html>\n<html lang="${ctx.lang === 'zh' ? 'zh-CN' : 'en'}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${esc(title)}</title>\n` +
    `<meta name="generator" content="${esc(`${ctx.tool.name} ${ctx.tool.version}`)}">\n${chartStyle}<style>${PAGE_STYLE}</style>\n</head>\n<body>\n` +
    `<h1>${esc(title)}</h1>\n<p class="tool">${esc(`${ctx.tool.name} ${ctx.tool.version}`)}</p>\n<div id="reports">\n`
  );
}

function summarySection(summary: Summary, ctx: FormatContext): string {
  const w = WORDS[ctx.lang];
  const clean = summary.files - summary.filesWithFindings;
  const tile = (id: string, label: string, n: number | string) => `<li><b id="count-${id}">${n}</b>${esc(label)}</li>`;
  const tiles = [
    tile('files', w.files, summary.files),
    tile('with-errors', w.withErrors, summary.filesWithErrors),
    tile('with-warnings', w.withWarnings, summary.filesWithWarnings),
    tile('clean', w.clean, clean),
    tile('unreadable', w.unreadable, summary.unreadable),
    tile('skipped', w.skipped, summary.skipped),
    tile('errors', w.errors, summary.findings.error),
    tile('warnings', w.warnings, summary.findings.warning),
    tile('infos', w.infos, summary.findings.info),
    tile('time', w.time, seconds(summary.elapsedMs)),
  ];
  const rules = Object.entries(summary.rules).sort(([x, a], [y, b]) => b.error - a.error || b.warning - a.warning || b.info - a.info || (x < y ? -1 : 1));
  const description = new Map(ctx.rules.map((r) => [r.id, r.description[ctx.lang]]));
  const ruleRows = rules.map(([id, c]) => `<tr><td><code>${esc(id)}</code></td><td>${esc(description.get(id) ?? '')}</td><td>${c.error}</td><td>${c.warning}</td><td>${c.info}</td></tr>`);
  const ruleTable =
    rules.length === 0
      ? ''
      : `<table id="by-rule"><thead><tr><th>${esc(w.rule)}</th><th>${esc(w.description)}</th><th>${esc(w.errors)}</th><th>${esc(w.warnings)}</th><th>${esc(w.infos)}</th></tr></thead><tbody>${ruleRows.join('')}</tbody></table>`;
  // Horizontal bars are drawn from the bottom: reversed, the rule with most errors is on top as in the table.
  const up = [...rules].reverse();
  const chartData = { labels: up.map(([id]) => id), series: [up.map(([, c]) => c.error), up.map(([, c]) => c.warning), up.map(([, c]) => c.info)] };
  const legend = `<p class="chart-legend"><i class="sw error"></i>${esc(w.errors)} <i class="sw warning"></i>${esc(w.warnings)} <i class="sw info"></i>${esc(w.infos)}</p>`;
  const chart = rules.length === 0 ? '' : `<h3>${esc(w.chart)}</h3><div id="chart" role="img" aria-label="${esc(w.chart)}"></div>${legend}${jsonScript('chart-data', chartData)}`;
  const options = [`<option value="">${esc(w.all)}</option>`, ...STATUSES.map((s) => `<option value="${s}">${esc(statusLabel(s, ctx.lang))}</option>`)];
  return (
    `<section id="summary"><h2>${esc(w.summary)}</h2><ul class="counts-grid">${tiles.join('')}</ul>\n` +
    `<div class="summary-tables"><div><h3>${esc(w.byRule)}</h3>${ruleTable}</div></div>\n${chart}\n` +
    `<div class="summary-tables"><div><h3>${esc(w.byBody)}</h3><table id="by-body"></table></div><div><h3>${esc(w.byYear)}</h3><table id="by-year"></table></div></div>\n` +
    `<h3>${esc(w.fileList)}</h3><div class="controls"><input id="filter" type="search" placeholder="${esc(w.filter)}" aria-label="${esc(w.filter)}">` +
    `<select id="status-filter" aria-label="status">${options.join('')}</select><span id="shown"></span></div>\n<table id="files"></table></section>\n`
  );
}

function pageScripts(lang: Lang): string {
  const status = Object.fromEntries(STATUSES.map((s) => [s, statusLabel(s, lang)]));
  return `${jsonScript('page-words', { ...WORDS[lang].page, status })}<script>${chartist().js}</script>\n<script>(${pageScript.toString()})();</script>\n`;
}

/** Data for the script, safe inside <script>: no "</script>" or "<!--" can come out of a value. */
function jsonScript(id: string, value: unknown): string {
  return `<script type="application/json" id="${id}">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>\n`;
}

let chartLibrary: { js: string; css: string } | undefined;

/** Chartist (SVG bars, 38 kB), read once from the package and inlined: the page makes no request. */
function chartist(): { js: string; css: string } {
  if (chartLibrary) return chartLibrary;
  const require = createRequire(import.meta.url);
  const read = (file: string) => readFileSync(require.resolve(`chartist/dist/${file}`), 'utf8').replace(/\/[*/]# sourceMappingURL=\S+( \*\/)?/g, '');
  chartLibrary = { js: read('index.umd.js').replace(/<\/script/gi, '<\\/script'), css: read('index.css') };
  return chartLibrary;
}
