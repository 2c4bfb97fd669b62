import { ACTIVE_COLUMNS, ACTIVE_ITEMS, APPEAL_COLUMNS, APPEAL_GROUPS, REQUEST_COLUMNS, REQUEST_ROWS, type Template } from '../record/layout.js';

/** One column of `gov-report export`: its dotted key (the header of `--header keys`) and Chinese label. */
export interface ExportColumn {
  key: string;
  zh: string;
}

const META: readonly ExportColumn[] = [
  { key: 'source.path', zh: '文件' },
  { key: 'source.format', zh: '文件格式' },
  { key: 'meta.title', zh: '标题' },
  { key: 'meta.agency', zh: '机关' },
  { key: 'meta.year', zh: '年度' },
  { key: 'meta.template', zh: '报告格式' },
];

const COUNTS: readonly ExportColumn[] = [
  { key: 'errors', zh: '错误数' },
  { key: 'warnings', zh: '警告数' },
];

// Added after the columns above had been published: last, so that no column moves.
const LATER: readonly ExportColumn[] = [
  { key: 'meta.published', zh: '发布日期' },
  { key: 'meta.url', zh: '原文链接' },
];

/**
 * Every column of the export, in this order (and the same for every report, so that a folder gives
 * one table):
 * 1. source.path, source.format, meta.title, meta.agency, meta.year, meta.template;
 * 2. `active.<item>.<column>`: the items of section 二 in statutory order, 2019 format first, each
 *    followed by the columns the 2021 format adds to it (regulations: issued, published, total,
 *    repealed, inForce; …; fees: previousItems, change, amount; procurement);
 * 3. `requests.<row>.<column>`: the rows of section 三 in statutory order, the 2019 format's single
 *    otherDisposal row before the 2021 format's three, then the seven columns natural … total;
 * 4. `appeals.<group>.<column>`: reconsideration, litigation.direct, litigation.afterReconsideration,
 *    each upheld, corrected, other, pending, total;
 * 5. errors, warnings;
 * 6. meta.published, meta.url (added later: last, so that no column moves).
 * Both formats' keys are always there; a report leaves the other format's cells blank. The list is
 * derived from the statutory layout (layout.ts), which the record schema is checked against.
 */
export function exportColumns(): ExportColumn[] {
  return [...META, ...activeColumns(), ...requestColumns(), ...appealColumns(), ...COUNTS, ...LATER];
}

function activeColumns(): ExportColumn[] {
  // Ordered union of the two formats' items, and of each item's columns.
  const items: { key: string; zh: string; columns: { key: string; templates: Set<Template> }[] }[] = [];
  for (const template of ['2019', '2021'] as const) {
    for (const def of ACTIVE_ITEMS[template]) {
      let item = items.find((i) => i.key === def.key);
      if (!item) items.push((item = { key: def.key, zh: def.zh, columns: [] }));
      for (const column of def.columns) {
        const known = item.columns.find((c) => c.key === column);
        if (known) known.templates.add(template);
        else item.columns.push({ key: column, templates: new Set([template]) });
      }
    }
  }
  return items.flatMap((item) =>
    item.columns.map((column) => ({ key: `active.${item.key}.${column.key}`, zh: `${item.zh}-${activeColumnLabel(column.key, column.templates)}` })),
  );
}

/** The header's wording; where the two formats word one column differently, both ("本年新制作数量/本年制发件数"). */
function activeColumnLabel(key: string, templates: ReadonlySet<Template>): string {
  const def = ACTIVE_COLUMNS.find((c) => c.key === key);
  if (!def) return key;
  const zh2021 = def.zh2021 ?? def.zh;
  if (!templates.has('2019')) return zh2021;
  if (!templates.has('2021') || zh2021.includes(def.zh)) return def.zh;
  return `${def.zh}/${zh2021}`;
}

function requestColumns(): ExportColumn[] {
  return REQUEST_ROWS.flatMap((row) =>
    REQUEST_COLUMNS.map((column) => ({ key: `requests.${row.key}.${column.key}`, zh: `${requestRowLabel(row.zh)}-${column.zh}` })),
  );
}

/**
 * The row's printed label, shortened where a header would only repeat itself:
 * "一、本年新收政府信息公开申请数量" → "本年新收", "四、结转下年度继续办理" → "结转下年度继续办理".
 * Sub-rows keep their numbering ("（三）1.属于国家秘密"): it says which group they belong to.
 */
export function requestRowLabel(zh: string): string {
  return zh.replace(/^[一二三四五六七八九十]+、/, '').replace(/政府信息公开申请数量$/, '');
}

function appealColumns(): ExportColumn[] {
  return APPEAL_GROUPS.flatMap((group) => APPEAL_COLUMNS.map((column) => ({ key: `appeals.${group.key}.${column.key}`, zh: `${group.zh}-${column.zh}` })));
}
