import type { Finding, Loc, Problem, Severity } from '../types.js';
import { labelOf, sectionLabel, type LabelKind, type Lang } from '../record/labels.js';
import { RULES_BY_ID } from '../rules/index.js';

export type RuleSetting = Severity | 'off';

export interface RenderOptions {
  lang?: Lang;
  /** Rule id → severity or "off", overriding each rule's default (ESLint's rule configuration). */
  rules?: Readonly<Record<string, RuleSetting>>;
}

// Placeholders whose values are record keys, shown as the report's own labels, and what they name.
const KEY_FIELDS: Record<string, LabelKind> = { row: 'row', group: 'row', table: 'row', column: 'column', path: 'path', cell: 'path' };
const LIST_FIELDS: Record<string, LabelKind> = { rows: 'row', groups: 'row', columns: 'column', assigned: 'column', identities: 'identity', paths: 'path' };

/**
 * Problems → findings: message text in the chosen language, severity from configuration, then from
 * the problem itself (a "could not check" is a warning), then from the rule; sorted by position.
 */
export function renderFindings(problems: readonly Problem[], options: RenderOptions = {}): Finding[] {
  const lang = options.lang ?? 'zh';
  const findings: Finding[] = [];
  for (const p of problems) {
    const rule = RULES_BY_ID.get(p.rule);
    if (!rule) throw new Error(`unknown rule id ${p.rule}`);
    const setting = options.rules?.[p.rule];
    if (setting === 'off') continue;
    const template = rule.messages[p.messageId]?.[lang];
    if (template === undefined) throw new Error(`rule ${p.rule} has no message ${p.messageId}`);
    findings.push({
      rule: p.rule,
      severity: setting ?? p.severity ?? rule.defaultSeverity,
      message: fill(template, p.data ?? {}, lang),
      location: withPath(p.location),
      ...(p.actual !== undefined && { actual: p.actual }),
      ...(p.expected !== undefined && { expected: p.expected }),
      ...(p.suspect !== undefined && { suspect: p.suspect }),
    });
  }
  return findings.sort(byPosition);
}

/** The location with its record path, from the table, row and column it names. */
function withPath(location: Loc): Loc {
  if (location.table === undefined) return location;
  // A column without its row (a whole column of blank totals) is no cell: the path stops at the table.
  const row = location.row === undefined || location.row === '' ? '' : `.${location.row}${location.column === undefined ? '' : `.${location.column}`}`;
  const path = `${location.table}${row}`;
  return { ...location, path };
}

function fill(template: string, data: Record<string, string | number | null>, lang: Lang): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = data[name];
    if (value === undefined) return whole;
    if (value === null) return lang === 'zh' ? '空' : 'null';
    if (name === 'section') return sectionLabel(Number(value), lang);
    if (KEY_FIELDS[name]) return labelOf(String(value), lang, KEY_FIELDS[name]);
    if (LIST_FIELDS[name]) return listOf(String(value), lang, LIST_FIELDS[name]);
    return String(value);
  });
}

// A message names at most this many rows or columns; the rest are counted.
const LIST_LIMIT = 5;

function listOf(value: string, lang: Lang, kind: LabelKind): string {
  if (value === '') return lang === 'zh' ? '无' : 'none';
  const keys = value.split(',');
  const shown = keys.slice(0, LIST_LIMIT).map((k) => labelOf(k, lang, kind)).join(lang === 'zh' ? '、' : ', ');
  const more = keys.length - LIST_LIMIT;
  if (more <= 0) return shown;
  return lang === 'zh' ? `${shown}等 ${keys.length} 项` : `${shown} and ${more} more`;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function byPosition(a: Finding, b: Finding): number {
  return (a.location.page ?? 0) - (b.location.page ?? 0) || (a.location.line ?? Infinity) - (b.location.line ?? Infinity) || ORDER[a.severity] - ORDER[b.severity];
}
