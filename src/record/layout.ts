/**
 * The statutory layout of the three tables, declared once: the record schema, the extractors, the
 * Chinese labels of the text and CSV output and the rule messages all read it.
 */

import type { Requests } from './schema.js';

export type Template = '2019' | '2021';

export interface RowDef {
  /** Dotted path below `requests`, e.g. "withheld.stateSecret". */
  key: string;
  zh: string;
  /** Tested against the row label with its numbering stripped and whitespace removed. */
  match: RegExp;
  /**
   * Only matched while one of these group labels is in force (for "3.其他" under （六）其他处理; or
   * right after the rows of （五）, when the （六） label itself was lost, printed as loose text).
   */
  groups?: readonly string[];
  templates: readonly Template[];
}

export const REQUEST_COLUMNS = [
  { key: 'natural', zh: '自然人', match: /^自然人$/ },
  { key: 'business', zh: '商业企业', match: /^商业企业$/ },
  { key: 'research', zh: '科研机构', match: /^科研机构$/ },
  { key: 'nonprofit', zh: '社会公益组织', match: /^社会公益组织$/ },
  { key: 'legal', zh: '法律服务机构', match: /^法律服务机构$/ },
  { key: 'otherOrg', zh: '其他', match: /^其他(组织)?$/ },
  { key: 'total', zh: '总计', match: /^(总计|合计)$/ },
] as const;

export type RequestColumn = (typeof REQUEST_COLUMNS)[number]['key'];
export const ORG_COLUMNS: readonly RequestColumn[] = ['business', 'research', 'nonprofit', 'legal', 'otherOrg'];

const BOTH = ['2019', '2021'] as const;

/** Group labels: rows that hold no numbers of their own but scope the rows below them. */
export const REQUEST_GROUPS = [
  { key: 'results', zh: '本年度办理结果', match: /本年度办理结果/ },
  { key: 'withheld', zh: '不予公开', match: /^不予公开$/ },
  { key: 'unavailable', zh: '无法提供', match: /^无法提供$/ },
  { key: 'notProcessed', zh: '不予处理', match: /^不予处理$/ },
  { key: 'otherDisposal', zh: '其他处理', match: /^其他处理$/ },
] as const;

/** Request-table rows in statutory order. */
export const REQUEST_ROWS: readonly RowDef[] = [
  { key: 'received', zh: '一、本年新收政府信息公开申请数量', match: /本年新收/, templates: BOTH },
  { key: 'carriedOver', zh: '二、上年结转政府信息公开申请数量', match: /上年结转/, templates: BOTH },
  { key: 'granted', zh: '（一）予以公开', match: /^予以公开/, templates: BOTH },
  { key: 'partiallyGranted', zh: '（二）部分公开', match: /^部分公开/, templates: BOTH },
  { key: 'withheld.stateSecret', zh: '（三）1.属于国家秘密', match: /国家秘密/, templates: BOTH },
  { key: 'withheld.prohibitedByLaw', zh: '（三）2.其他法律行政法规禁止公开', match: /禁止公开/, templates: BOTH },
  { key: 'withheld.endangersSafety', zh: '（三）3.危及“三安全一稳定”', match: /三安全一稳定|危及/, templates: BOTH },
  { key: 'withheld.thirdPartyRights', zh: '（三）4.保护第三方合法权益', match: /第三方/, templates: BOTH },
  { key: 'withheld.internalAffairs', zh: '（三）5.属于三类内部事务信息', match: /内部事务/, templates: BOTH },
  { key: 'withheld.processInformation', zh: '（三）6.属于四类过程性信息', match: /过程性/, templates: BOTH },
  { key: 'withheld.enforcementFiles', zh: '（三）7.属于行政执法案卷', match: /执法案卷/, templates: BOTH },
  { key: 'withheld.queryMatters', zh: '（三）8.属于行政查询事项', match: /查询事项/, templates: BOTH },
  { key: 'unavailable.notHeld', zh: '（四）1.本机关不掌握相关政府信息', match: /不掌握/, templates: BOTH },
  { key: 'unavailable.needsCreation', zh: '（四）2.没有现成信息需要另行制作', match: /另行制作|没有现成/, templates: BOTH },
  { key: 'unavailable.unclear', zh: '（四）3.补正后申请内容仍不明确', match: /不明确/, templates: BOTH },
  { key: 'notProcessed.complaint', zh: '（五）1.信访举报投诉类申请', match: /信访|举报|投诉/, templates: BOTH },
  { key: 'notProcessed.duplicate', zh: '（五）2.重复申请', match: /重复申请/, templates: BOTH },
  { key: 'notProcessed.publication', zh: '（五）3.要求提供公开出版物', match: /出版物/, templates: BOTH },
  { key: 'notProcessed.excessive', zh: '（五）4.无正当理由大量反复申请', match: /大量反复|反复申请/, templates: BOTH },
  { key: 'notProcessed.confirmation', zh: '（五）5.要求行政机关确认或重新出具已获取信息', match: /确认|重新出具/, templates: BOTH },
  { key: 'otherDisposal', zh: '（六）其他处理', match: /^其他处理$/, templates: ['2019'] },
  { key: 'otherDisposal.noCorrection', zh: '（六）1.申请人无正当理由逾期不补正', match: /不补正/, templates: ['2021'] },
  { key: 'otherDisposal.unpaidFee', zh: '（六）2.申请人逾期未按收费通知要求缴纳费用', match: /缴纳费用|收费通知/, templates: ['2021'] },
  { key: 'otherDisposal.other', zh: '（六）3.其他', match: /^其他$/, groups: ['otherDisposal', 'notProcessed'], templates: ['2021'] },
  { key: 'total', zh: '（七）总计', match: /^总计$/, templates: BOTH },
  { key: 'carriedForward', zh: '四、结转下年度继续办理', match: /结转下年/, templates: BOTH },
];

/** The layout a request record has: three （六） rows (2021) or one (2019, or a 2021 report printing one). */
export function requestsLayout(requests: Requests): Template {
  // A 2021 record holding （六） as one row (as printed) is checked as the table printed it.
  return 'noCorrection' in requests.otherDisposal && !('natural' in requests.otherDisposal) ? '2021' : '2019';
}

/** The request table's rows in a template, in statutory order. */
export function requestRows(template: Template): readonly RowDef[] {
  return template === '2019' ? ROWS_2019 : ROWS_2021;
}

// Filtered once: every extraction and several rules ask for them.
const ROWS_2019 = REQUEST_ROWS.filter((row) => row.templates.includes('2019'));
const ROWS_2021 = REQUEST_ROWS.filter((row) => row.templates.includes('2021'));

export const APPEAL_GROUPS = [
  { key: 'reconsideration', zh: '行政复议' },
  { key: 'litigation.direct', zh: '行政诉讼-未经复议直接起诉' },
  { key: 'litigation.afterReconsideration', zh: '行政诉讼-复议后起诉' },
] as const;

export const APPEAL_COLUMNS = [
  { key: 'upheld', zh: '结果维持', match: /^结果维持$/ },
  { key: 'corrected', zh: '结果纠正', match: /^结果纠正$/ },
  { key: 'other', zh: '其他结果', match: /^其他结果$/ },
  { key: 'pending', zh: '尚未审结', match: /^尚未审结$/ },
  { key: 'total', zh: '总计', match: /^(总计|合计)$/ },
] as const;

export interface ActiveItemDef {
  key: string;
  zh: string;
  match: RegExp;
  columns: readonly string[];
}

export interface ActiveColumnDef {
  key: string;
  zh: string;
  /** The 2021 revision's wording, where it differs. */
  zh2021?: string;
  match: RegExp;
}

/** Column headers of the section 二 tables; one key may be spelled several ways. */
export const ACTIVE_COLUMNS: readonly ActiveColumnDef[] = [
  { key: 'issued', zh: '本年新制作数量', zh2021: '本年制发件数', match: /新制作|制发/ },
  { key: 'published', zh: '本年新公开数量', match: /新公开/ },
  { key: 'total', zh: '对外公开总数量', match: /公开总数/ },
  { key: 'repealed', zh: '本年废止件数', match: /废止/ },
  { key: 'inForce', zh: '现行有效件数', match: /现行有效/ },
  { key: 'previousItems', zh: '上一年项目数量', match: /上一?年.*项目数/ },
  { key: 'change', zh: '本年增/减', match: /增.?减/ },
  { key: 'decisions', zh: '处理决定数量', zh2021: '本年处理决定数量', match: /处理决定/ },
  { key: 'projects', zh: '采购项目数量', match: /采购项目/ },
  { key: 'amount', zh: '采购总金额（万元）', zh2021: '本年收费金额（万元）', match: /金额/ },
];

export const ACTIVE_ITEMS: Record<Template, readonly ActiveItemDef[]> = {
  '2019': [
    { key: 'regulations', zh: '规章', match: /^规章$/, columns: ['issued', 'published', 'total'] },
    { key: 'normativeDocuments', zh: '规范性文件', match: /规范性文件$/, columns: ['issued', 'published', 'total'] },
    { key: 'licensing', zh: '行政许可', match: /^行政许可$/, columns: ['previousItems', 'change', 'decisions'] },
    { key: 'otherServices', zh: '其他对外管理服务事项', match: /其他对外管理服务/, columns: ['previousItems', 'change', 'decisions'] },
    { key: 'penalties', zh: '行政处罚', match: /^行政处罚$/, columns: ['previousItems', 'change', 'decisions'] },
    { key: 'enforcement', zh: '行政强制', match: /^行政强制$/, columns: ['previousItems', 'change', 'decisions'] },
    { key: 'fees', zh: '行政事业性收费', match: /事业性收费/, columns: ['previousItems', 'change'] },
    { key: 'procurement', zh: '政府集中采购', match: /集中采购/, columns: ['projects', 'amount'] },
  ],
  '2021': [
    { key: 'regulations', zh: '规章', match: /^规章$/, columns: ['issued', 'repealed', 'inForce'] },
    { key: 'normativeDocuments', zh: '行政规范性文件', match: /规范性文件$/, columns: ['issued', 'repealed', 'inForce'] },
    { key: 'licensing', zh: '行政许可', match: /^行政许可$/, columns: ['decisions'] },
    { key: 'penalties', zh: '行政处罚', match: /^行政处罚$/, columns: ['decisions'] },
    { key: 'enforcement', zh: '行政强制', match: /^行政强制$/, columns: ['decisions'] },
    { key: 'fees', zh: '行政事业性收费', match: /事业性收费/, columns: ['amount'] },
  ],
};

/** Table 二's items in runs sharing their columns, as the statutory form draws them under one header each. */
export function activeGroups(template: Template): ActiveItemDef[][] {
  const groups: ActiveItemDef[][] = [];
  for (const item of ACTIVE_ITEMS[template]) {
    const last = groups[groups.length - 1];
    if (last && last[0]!.columns.join() === item.columns.join()) last.push(item);
    else groups.push([item]);
  }
  return groups;
}

/** A column header of table 二 in a template's wording. */
export function activeColumnLabel(key: string, template: Template): string {
  const def = ACTIVE_COLUMNS.find((d) => d.key === key)!;
  return template === '2021' ? (def.zh2021 ?? def.zh) : def.zh;
}

/** The template a record's table 二 has the shape of (2019's has 政府集中采购). */
export function activeTemplate(active: object): Template {
  return 'procurement' in active ? '2019' : '2021';
}

/** Columns holding money: reported in 万元, converted when a cell or header says 元. */
export const AMOUNT_COLUMNS = new Set(['amount']);
