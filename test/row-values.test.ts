import { describe, expect, it } from 'vitest';
import { labelParts } from '../src/tables/row-values.js';

describe('labelParts', () => {
  it.each([
    ['(一)予以公开', ['予以公开']],
    ['三、本年度办理结果 (一) 予以公开', ['本年度办理结果', '予以公开']],
    ['(六)其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', ['其他处理', '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请']],
    ['3.危及“三安全一稳定”', ['危及“三安全一稳定”']],
    ['四、结转下年度继续办理', ['结转下年度继续办理']],
    ['采购总金额(单位:万元,保留4位小数)', ['采购总金额(单位:万元,保留4位小数)']],
    ['8. 属于行政查询事项', ['属于行政查询事项']],
  ])('splits %s at its inner numbering', (label, parts) => {
    expect(labelParts(label)).toEqual(parts);
  });
});
