import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport } from '../../src/report.js';
import { findPersonalNumbers, isResidentId, maskNumber } from '../../src/normalize/personal-numbers.js';

const seed001 = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', '001_dde6e9dcd5a2f618.txt'), 'utf8');
const parse = (text: string) => parseReport({ path: 'a.txt', bytes: new TextEncoder().encode(text) });
const personal = async (text: string) => (await parse(text)).findings.filter((f) => f.rule === 'personal-data');

describe('resident identity and mobile numbers', () => {
  it("checks GB 11643's check digit and the birth date", () => {
    // The standard's own example, and the same number with its check digit or its date broken.
    expect(isResidentId('11010519491231002X')).toBe(true);
    expect(isResidentId('11010519491231002x')).toBe(true);
    expect(isResidentId('110105194912310021')).toBe(false);
    expect(isResidentId('110105194902300023')).toBe(false); // 30 February
    expect(isResidentId('01010519491231002X')).toBe(false);
  });

  it('finds them in text, not inside longer runs of digits, and masks them', () => {
    const found = findPersonalNumbers('申请人张某（身份证号11010519491231002X，电话138-0013-8000），联系电话0371-62881234，邮编453200，编号A13800138000B，流水号213800138000');
    expect(found.map((n) => [n.kind, n.digits, maskNumber(n)])).toEqual([
      ['id', '11010519491231002X', '1101**********002X'],
      ['mobile', '13800138000', '138****8000'],
    ]);
    expect(findPersonalNumbers('13800138000 与 138 0013 8000')).toHaveLength(2);
    expect(findPersonalNumbers('12800138000 1380013800 138-00138-000')).toEqual([]);
  });
});

describe('personal-data', () => {
  it('is an error at the line of a report that names a citizen by ID or gives a mobile number', async () => {
    const text = seed001.replace('二、主动公开政府信息情况', '申请人王某（身份证号码：11010519491231002X）的申请已答复。如有疑问请拨打13800138000。\n二、主动公开政府信息情况');
    const found = await personal(text);
    const line = text.split('\n').findIndex((l) => l.includes('11010519491231002X')) + 1;
    expect(found.map((f) => [f.severity, f.location.line, f.message])).toEqual([
      ['error', line, '文中出现公民身份号码 1101**********002X，报告公开前应删除'],
      ['error', line, '文中出现手机号码 138****8000，报告公开前应删除或改为办公电话'],
    ]);
    expect(found.some((f) => f.message.includes('11010519491231002X') || f.message.includes('13800138000'))).toBe(false);
  });

  it("finds an applicant's mobile number in section 三's prose, not an amount shaped like one", async () => {
    const text = seed001.replace('三、收到和处理政府信息公开申请情况', '三、收到和处理政府信息公开申请情况\n本年度申请人王某（13837012345）申请公开征收补偿信息。');
    expect((await personal(text)).map((f) => f.message)).toEqual(['文中出现手机号码 138****2345，报告公开前应删除或改为办公电话']);
    const amount = seed001.replace('二、主动公开政府信息情况', '全年政府集中采购资金13800000000元，共13900000000人次访问。\n二、主动公开政府信息情况');
    expect(await personal(amount)).toEqual([]);
  });

  it('leaves office lines, postcodes, dates and the tables alone', async () => {
    const text = seed001.replace('二、主动公开政府信息情况', '联系电话：0371-62881234，传真 0371-62881235，邮编 453200，2021年1月15日。\n二、主动公开政府信息情况');
    expect(await personal(text)).toEqual([]);
    // A crawler's dump whose cells ran together into eleven digits that start like a mobile number.
    const dump = seed001.replace(/^(一、本年新收政府信息公开申请数量)\t10\t2\t0\t0\t0\t0\t12$/m, '$1 13000000012');
    expect(dump).not.toBe(seed001);
    expect(await personal(dump)).toEqual([]);
  });
});
