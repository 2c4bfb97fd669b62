/**
 * What kind of body a report's agency is, by its name: a local government at county level or above
 * (夏邑县人民政府, 商丘市政府, and a bare place name, 上海市, 合水县, as titles give it), a town's
 * government (…镇人民政府), or a department (…局, …委员会, …办公室, …街道办事处 …). The 条例 sets
 * their deadlines and asks the governments' reports for more.
 */
export type AgencyKind = 'local-government' | 'town-government' | 'department';

const TOWN = /(乡|镇|苏木)(人民)?政府$/;
const LOCAL = /(省|市|县|区|旗|州|盟|自治区|自治州|自治县)(人民)?政府$/;
// A place name and nothing after it: a title's "上海市2022年政府信息公开工作年度报告".
const PLACE_ONLY = /^[\u4e00-\u9fff]{1,12}(省|市|县|区|旗|州|盟|自治区|自治州|自治县)$/;
// The offices and bureaux of a place (…区人民政府办公室, …市审计局) and its sub-district offices.
const DEPARTMENT = /(局|厅|委员会|委|办公室|办公厅|办|署|院|中心|所|队|站|处|街道办事处|街道|管委会|管理委员会|公司)$/;

export function agencyKind(agency: string): AgencyKind {
  const name = agency.replace(/\s/g, '');
  if (TOWN.test(name)) return 'town-government';
  if (LOCAL.test(name)) return 'local-government';
  if (DEPARTMENT.test(name)) return 'department';
  if (/(乡|镇)$/.test(name)) return 'town-government';
  return PLACE_ONLY.test(name) ? 'local-government' : 'department';
}
