import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/normalize/text.js';
import { cutInlineRows } from '../../src/tables/cut-inline-rows.js';

// cutInlineRows works on normalized text: ASCII brackets "(一)", "." and "," (normalizeText).
describe('table rows standing in a body run into one line', () => {
  it('is cut at each table 二 row between spaces, its captions and header rows standing as parts of their own', () => {
    const text =
      '第二十条第(一)项 信息内容 本年制发件数 本年废止件数 现行有效件数 规章000 行政规范性文件555 第二十条第(五)项 信息内容 本年处理决定数量 行政许可12';
    expect(cutInlineRows(text)).toEqual([
      '第二十条第(一)项',
      '信息内容 本年制发件数 本年废止件数 现行有效件数',
      '规章000',
      '行政规范性文件555',
      '第二十条第(五)项',
      '信息内容 本年处理决定数量',
      '行政许可12',
    ]);
    expect(cutInlineRows('规章000 行政规范性文件555 第二十条第(五)项 行政许可12')).toEqual(['规章000', '行政规范性文件555', '第二十条第(五)项', '行政许可12']);
  });

  it('is cut where the next row starts with no space between: the numbering digit starts the next row', () => {
    expect(cutInlineRows('1.属于国家秘密00000002.其他法律行政法规禁止公开0000000')).toEqual(['1.属于国家秘密0000000', '2.其他法律行政法规禁止公开0000000']);
    expect(cutInlineRows('(三)不予公开 1.属于国家秘密00000002.其他法律行政法规禁止公开00000003.危及“三安全一稳定”0000000')).toEqual([
      '(三)不予公开',
      '1.属于国家秘密0000000',
      '2.其他法律行政法规禁止公开0000000',
      '3.危及“三安全一稳定”0000000',
    ]);
  });

  it('cuts the request table’s top rows and keeps a long label printed in full with its row', () => {
    expect(cutInlineRows('一、本年新收政府信息公开申请数量352000037 二、上年结转政府信息公开申请数量0000000')).toEqual([
      '一、本年新收政府信息公开申请数量352000037',
      '二、上年结转政府信息公开申请数量0000000',
    ]);
    const other =
      '(六)其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请0000000 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请0000000';
    expect(cutInlineRows(other)).toEqual([
      '(六)其他处理',
      '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请0000000',
      '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请0000000',
    ]);
  });

  it('ends a row where a section heading follows its digits, with or without a space', () => {
    expect(cutInlineRows('行政处罚12 三、收到和处理政府信息公开申请情况')).toEqual(['行政处罚12', '三、收到和处理政府信息公开申请情况']);
    expect(cutInlineRows('行政处罚12三、收到和处理政府信息公开申请情况 本年度')).toEqual(['行政处罚12', '三、收到和处理政府信息公开申请情况 本年度']);
  });

  it('cuts the appeals header and its fifteen values after the last 总计', () => {
    const spaced =
      '四、结转下年度继续办理0000000 五、政府信息公开行政复议、行政诉讼情况 行政复议 行政诉讼 结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉 ' +
      '结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计 0 0 0 1 1 0 0 0 0 0 0 0 0 0 0 六、存在的主要问题及改进情况 本年度';
    expect(cutInlineRows(spaced)).toEqual([
      '四、结转下年度继续办理0000000',
      '五、政府信息公开行政复议、行政诉讼情况',
      '行政复议 行政诉讼',
      '结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉 结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计',
      '0 0 0 1 1 0 0 0 0 0 0 0 0 0 0',
      '六、存在的主要问题及改进情况 本年度',
    ]);
    expect(cutInlineRows('行政复议行政诉讼 结果维持 结果纠正 其他结果 尚未审结 总计000000000000000五、存在的主要问题')).toEqual([
      '行政复议行政诉讼',
      '结果维持 结果纠正 其他结果 尚未审结 总计',
      '000000000000000',
      '五、存在的主要问题',
    ]);
  });

  it('reads a full-width row once the text is normalized', () => {
    const text = normalizeText('（三）不予公开 1．属于国家秘密0000000 2．其他法律行政法规禁止公开0000000');
    expect(text).toBe('(三)不予公开 1.属于国家秘密0000000 2.其他法律行政法规禁止公开0000000');
    expect(cutInlineRows(text)).toEqual(['(三)不予公开', '1.属于国家秘密0000000', '2.其他法律行政法规禁止公开0000000']);
  });

  it.each([
    '全年办理行政许可12件，',
    '本年度共制定规章3件，行政规范性文件5件。',
    '行政处罚12起',
    '规章 2021年',
    '本年度未发生行政复议行政诉讼案件。',
    // The appeals header alone holds no values: nothing to cut.
    '行政复议行政诉讼情况说明',
    '本年度我县深入贯彻条例，不断完善工作机制。',
    // Spaces around the number: the words after them still make it prose.
    '本年度共办理行政许可 12 项，行政处罚 3 件。',
    '全年网站访问量总计 24745 人次，',
  ])('leaves prose whose numbers run on into words alone: %s', (text) => {
    expect(cutInlineRows(text)).toBeNull();
  });
});
