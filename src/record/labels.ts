import { ACTIVE_COLUMNS, ACTIVE_ITEMS, APPEAL_COLUMNS, APPEAL_GROUPS, REQUEST_COLUMNS, REQUEST_ROWS } from './layout.js';

export type Lang = 'zh' | 'en';
/** What a key names: "total" is （七）总计 as a row and 总计 as a column. */
export type LabelKind = 'row' | 'column' | 'path' | 'identity';

const ROWS = new Map<string, string>([
  ...REQUEST_ROWS.map((r) => [r.key, r.zh] as const),
  ...APPEAL_GROUPS.map((g) => [g.key, g.zh] as const),
  ...[...ACTIVE_ITEMS['2019'], ...ACTIVE_ITEMS['2021']].map((i) => [`active.${i.key}`, i.zh] as const),
  ['active', '主动公开情况表'],
  ['requests', '申请情况表'],
  ['appeals', '行政复议、行政诉讼情况表'],
]);
/** The identities that cut digits run together (tables/recover/). */
const IDENTITIES = new Map<string, string>([
  ['row-total', '行内总计'],
  ['group-total', '各组总计'],
  ['balance', '勾稽关系（一+二=三（七）+四）'],
  ['outcome-total', '办理结果之和等于（七）总计'],
]);
const COLUMNS = new Map<string, string>([...REQUEST_COLUMNS.map((c) => [c.key, c.zh] as const), ['subtotal', '法人或其他组织小计']]);
const ACTIVE_COLUMN_ZH = new Map(ACTIVE_COLUMNS.map((c) => [c.key, c.zh]));
const APPEAL_COLUMN_ZH = new Map<string, string>(APPEAL_COLUMNS.map((c) => [c.key, c.zh]));

/**
 * The Chinese label of a record key as the report prints it: a row key ("withheld.stateSecret" →
 * "（三）1.属于国家秘密"), a column key ("natural" → "自然人"; "reconsideration.total" → "行政复议/总计"),
 * or a full dotted path ("requests.total.natural" → "（七）总计/自然人"). English keeps the keys.
 */
export function labelOf(key: string, lang: Lang, kind: LabelKind = 'path'): string {
  if (lang === 'en') return key;
  if (kind === 'row') return ROWS.get(key) ?? key;
  if (kind === 'identity') return IDENTITIES.get(key) ?? key;
  if (kind === 'column') return COLUMNS.get(key) ?? appealColumn(key) ?? key;
  const parts = key.split('.');
  const last = parts[parts.length - 1]!;
  if (parts[0] === 'requests') return join(ROWS.get(parts.slice(1, -1).join('.')), COLUMNS.get(last)) ?? key;
  if (parts[0] === 'active') return join(ROWS.get(`active.${parts[1]}`), ACTIVE_COLUMN_ZH.get(parts[2] ?? '')) ?? key;
  if (parts[0] === 'appeals') return appealColumn(parts.slice(1).join('.')) ?? key;
  return ROWS.get(key) ?? key;
}

function appealColumn(key: string): string | undefined {
  const group = APPEAL_GROUPS.find((g) => key.startsWith(`${g.key}.`));
  return group && join(group.zh, APPEAL_COLUMN_ZH.get(key.slice(group.key.length + 1)));
}

function join(a: string | undefined, b: string | undefined): string | undefined {
  return a && b ? `${a}/${b}` : undefined;
}

const NUMERALS = ['', '一', '二', '三', '四', '五', '六'];
export function sectionLabel(n: number, lang: Lang): string {
  return lang === 'zh' ? NUMERALS[n] ?? String(n) : String(n);
}
