import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ActiveSchema, AppealsSchema, RequestsSchema } from '../../src/record/schema.js';
import { exportColumns, requestRowLabel } from '../../src/export/columns.js';

/** Every leaf path of a schema, through objects and unions. */
function leaves(schema: z.ZodType, prefix: string): string[] {
  if (schema instanceof z.ZodObject) return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([k, v]) => leaves(v, `${prefix}.${k}`));
  if (schema instanceof z.ZodUnion) return (schema.options as z.ZodType[]).flatMap((o) => leaves(o, prefix));
  return [prefix];
}

describe('export columns', () => {
  const columns = exportColumns();
  const keys = columns.map((c) => c.key);

  it('hold exactly the record’s values of both formats, plus path, format, meta and counts', () => {
    const record = new Set([...leaves(ActiveSchema, 'active'), ...leaves(RequestsSchema, 'requests'), ...leaves(AppealsSchema, 'appeals')]);
    expect(new Set(keys.filter((k) => /^(active|requests|appeals)\./.test(k)))).toEqual(record);
    expect(keys.slice(0, 6)).toEqual(['source.path', 'source.format', 'meta.title', 'meta.agency', 'meta.year', 'meta.template']);
    expect(keys.slice(-4)).toEqual(['errors', 'warnings', 'meta.published', 'meta.url']);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('follow FORMAT.md’s order: active, requests in statutory row order, appeals', () => {
    expect(keys.slice(6, 16)).toEqual([
      'active.regulations.issued',
      'active.regulations.published',
      'active.regulations.total',
      'active.regulations.repealed',
      'active.regulations.inForce',
      'active.normativeDocuments.issued',
      'active.normativeDocuments.published',
      'active.normativeDocuments.total',
      'active.normativeDocuments.repealed',
      'active.normativeDocuments.inForce',
    ]);
    const rows = [...new Set(keys.filter((k) => k.startsWith('requests.')).map((k) => k.split('.').slice(1, -1).join('.')))];
    expect(rows.slice(0, 5)).toEqual(['received', 'carriedOver', 'granted', 'partiallyGranted', 'withheld.stateSecret']);
    expect(rows.slice(-6)).toEqual(['otherDisposal', 'otherDisposal.noCorrection', 'otherDisposal.unpaidFee', 'otherDisposal.other', 'total', 'carriedForward']);
    expect(keys.filter((k) => k.startsWith('requests.received.'))).toEqual(['natural', 'business', 'research', 'nonprofit', 'legal', 'otherOrg', 'total'].map((c) => `requests.received.${c}`));
    expect(keys.filter((k) => k.startsWith('appeals.')).slice(0, 6)).toEqual([
      'appeals.reconsideration.upheld',
      'appeals.reconsideration.corrected',
      'appeals.reconsideration.other',
      'appeals.reconsideration.pending',
      'appeals.reconsideration.total',
      'appeals.litigation.direct.upheld',
    ]);
    expect(keys.indexOf('active.procurement.amount')).toBeLessThan(keys.indexOf('requests.received.natural'));
    expect(keys.indexOf('requests.carriedForward.total')).toBeLessThan(keys.indexOf('appeals.reconsideration.upheld'));
  });

  it('have unique Chinese labels as the report prints them', () => {
    const zh = columns.map((c) => c.zh);
    expect(new Set(zh).size).toBe(zh.length);
    const label = (key: string) => columns.find((c) => c.key === key)?.zh;
    expect(label('requests.received.natural')).toBe('本年新收-自然人');
    expect(label('requests.withheld.stateSecret.otherOrg')).toBe('（三）1.属于国家秘密-其他');
    expect(label('requests.otherDisposal.other.total')).toBe('（六）3.其他-总计');
    expect(label('requests.carriedForward.legal')).toBe('结转下年度继续办理-法律服务机构');
    expect(label('appeals.litigation.direct.upheld')).toBe('行政诉讼-未经复议直接起诉-结果维持');
    expect(label('active.regulations.issued')).toBe('规章-本年新制作数量/本年制发件数');
    expect(label('active.licensing.decisions')).toBe('行政许可-处理决定数量');
    expect(label('active.fees.amount')).toBe('行政事业性收费-本年收费金额（万元）');
    expect(label('active.procurement.amount')).toBe('政府集中采购-采购总金额（万元）');
    expect(label('meta.agency')).toBe('机关');
  });

  it('shorten only the top-level row labels', () => {
    expect(requestRowLabel('一、本年新收政府信息公开申请数量')).toBe('本年新收');
    expect(requestRowLabel('（二）部分公开')).toBe('（二）部分公开');
  });
});
