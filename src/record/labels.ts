import { ACTIVE_COLUMNS, ACTIVE_ITEMS, APPEAL_COLUMNS, APPEAL_GROUPS, REQUEST_COLUMNS, REQUEST_ROWS } from './layout.js';

export type Lang = 'zh' | 'en';

const ZH = new Map<string, string>([
  ...REQUEST_ROWS.map((r) => [r.key, r.zh] as const),
  ...REQUEST_COLUMNS.map((c) => [c.key, c.zh] as const),
  ['subtotal', '法人或其他组织小计'],
  ...APPEAL_GROUPS.map((g) => [g.key, g.zh] as const),
  ...[...ACTIVE_ITEMS['2019'], ...ACTIVE_ITEMS['2021']].map((i) => [`active.${i.key}`, i.zh] as const),
  ['active', '主动公开情况表'],
  ['requests', '申请情况表'],
  ['appeals', '行政复议、行政诉讼情况表'],
]);
const ACTIVE_COLUMN_ZH = new Map(ACTIVE_COLUMNS.map((c) => [c.key, c.zh]));
const APPEAL_COLUMN_ZH = new Map<string, string>(APPEAL_COLUMNS.map((c) => [c.key, c.zh]));

/**
 * The Chinese label of a record key or dotted path, as the report prints it:
 * "requests.withheld.stateSecret.natural" → "（三）1.属于国家秘密/自然人". English keeps the keys.
 */
export function labelOf(key: string, lang: Lang): string {
  if (lang === 'en') return key;
  const direct = ZH.get(key);
  if (direct) return direct;
  const parts = key.split('.');
  if (parts[0] === 'requests') return joinLabels(ZH.get(parts.slice(1, -1).join('.')), ZH.get(parts[parts.length - 1]!)) ?? key;
  if (parts[0] === 'active') return joinLabels(ZH.get(`active.${parts[1]}`), ACTIVE_COLUMN_ZH.get(parts[2] ?? '')) ?? key;
  if (parts[0] === 'appeals') return joinLabels(ZH.get(parts.slice(1, -1).join('.')), APPEAL_COLUMN_ZH.get(parts[parts.length - 1]!)) ?? key;
  const group = APPEAL_GROUPS.find((g) => key.startsWith(`${g.key}.`));
  if (group) return joinLabels(group.zh, APPEAL_COLUMN_ZH.get(key.slice(group.key.length + 1))) ?? key;
  return key;
}

function joinLabels(a: string | undefined, b: string | undefined): string | undefined {
  return a && b ? `${a}/${b}` : undefined;
}

const NUMERALS = ['', '一', '二', '三', '四', '五', '六'];
export function sectionLabel(n: number, lang: Lang): string {
  return lang === 'zh' ? NUMERALS[n] ?? String(n) : String(n);
}
