import type { Problem } from '../types.js';
import type { RunNote } from '../tables/recover/recover-runs.js';
import type { Rule } from './rule.js';
import { recordPlace } from './cell-loc.js';

/**
 * Rows whose digits ran together when the page was dumped to text ("352000037"): the cell
 * boundaries are lost, and only the table's identities can restore them. One warning per table
 * says how much of it was damaged; each row says what became of it: cut uniquely (info, with the
 * identities that decided), several cuts fitting (warning, the cells left null), none fitting, or a
 * search too large to finish.
 */
export const digitsRunTogether: Rule = {
  id: 'digits-run-together',
  description: {
    zh: '表格数字连写在一起（单元格边界丢失），按勾稽关系恢复；不能唯一确定的记为空',
    en: 'Table digits run together (cell boundaries lost), recovered by the identities; left null unless the cut is unique',
  },
  defaultSeverity: 'warning',
  messages: {
    table: {
      zh: '{table}有 {rows} 行数字连在一起（单元格边界丢失）：{recovered} 行已唯一恢复，{open} 行未能确定。恢复以勾稽关系成立为前提，据以拆分的关系不能再证明这些数值无误',
      en: '{rows} rows of {table} have their digits run together (cell boundaries lost): {recovered} recovered, {open} left undetermined. The recovery assumes the identities hold: an identity that decided a cut cannot also vouch for it',
    },
    recovered: { zh: '“{row}”的数字连写为“{text}”，符合{identities}的拆分只有一种：{values}', en: 'row {row} reads "{text}" (digits run together); the one cut that fits {identities}: {values}' },
    forced: { zh: '“{row}”的数字连写为“{text}”，按位数只有一种拆分：{values}', en: 'row {row} reads "{text}" (digits run together); its digits allow one cut only: {values}' },
    ambiguous: {
      zh: '“{row}”的数字连写为“{text}”，有 {count} 种拆分都符合{identities}{shown}；各拆分一致的 {settled} 列已采用，其余记为空',
      en: 'row {row} reads "{text}" (digits run together); {count} cuts fit {identities}{shown}; the {settled} columns they agree on are kept, the rest left null',
    },
    ambiguousDigits: {
      zh: '“{row}”的数字连写为“{text}”，可拆成 {count} 种数值组合{shown}，本表没有可据以判断的勾稽关系；各拆分一致的 {settled} 列已采用，其余记为空',
      en: 'row {row} reads "{text}" (digits run together); {count} cuts are possible{shown} and no identity binds this table; the {settled} columns they agree on are kept, the rest left null',
    },
    ownSumsOnly: {
      zh: '“{row}”的数字连写为“{text}”，没有其他行的勾稽关系可核对，仅凭本行总计不足以拆分（总计若填错会选错拆分）；仅凭位数可确定的 {settled} 列已采用，其余记为空',
      en: 'row {row} reads "{text}" (digits run together); no other row’s identity checks it, and its own total alone cannot decide (a wrong total would pick a wrong cut); the {settled} columns its digits alone settle are kept, the rest left null',
    },
    tableBroken: {
      zh: '“{row}”的数字连写为“{text}”；本表另有行无法拆成表头所列的列，列的设定存疑，本表数字连写的行均记为空',
      en: 'row {row} reads "{text}" (digits run together); another row of this table cannot be cut into the columns its header gives, so the columns are in doubt and no run of the table is kept',
    },
    noHeader: {
      zh: '“{row}”的数字连写为“{text}”，没有可据以确定列的表头，列数不明，数值记为空',
      en: 'row {row} reads "{text}" (digits run together); no header says its columns: left null',
    },
    noCut: { zh: '“{row}”的数字连写为“{text}”，无法拆成 {columns} 个数值，数值记为空', en: 'row {row} reads "{text}" (digits run together); it cannot be cut into {columns} values: left null' },
    none: { zh: '“{row}”的数字连写为“{text}”，没有一种拆分符合{identities}，数值记为空', en: 'row {row} reads "{text}" (digits run together); no cut fits {identities}: left null' },
    unsolved: { zh: '“{row}”的数字连写为“{text}”，可能的拆分过多（超出搜索上限），数值记为空', en: 'row {row} reads "{text}" (digits run together); too many cuts to search: left null' },
  },
  check({ extraction }) {
    const problems: Problem[] = [];
    const byTable = new Map<string, RunNote[]>();
    for (const note of extraction.runNotes) {
      const table = note.table.startsWith('active.') ? 'active' : note.table;
      let list = byTable.get(table);
      if (!list) byTable.set(table, (list = []));
      list.push(note);
      problems.push(rowProblem(this.id, note));
    }
    for (const [table, notes] of byTable) {
      const recovered = notes.filter((n) => n.outcome.kind === 'unique').length;
      const first = notes[0]!;
      problems.push({
        rule: this.id,
        messageId: 'table',
        data: { table, rows: notes.length, recovered, open: notes.length - recovered },
        location: { line: first.line, ...(first.page !== undefined && { page: first.page }), ...(first.section !== undefined && { section: first.section }), table },
      });
    }
    return problems;
  },
};

function rowProblem(rule: string, note: RunNote): Problem {
  const location = {
    line: note.line,
    ...(note.page !== undefined && { page: note.page }),
    ...(note.section !== undefined && { section: note.section }),
    ...recordPlace(note.table, note.key),
  };
  const row = note.key === '' ? note.table : note.key;
  const base = { row, text: note.text };
  const outcome = note.outcome;
  switch (outcome.kind) {
    case 'unique': {
      const identities = [...note.rowSums, ...outcome.by];
      const values = readingText(outcome.split);
      if (identities.length === 0) return { rule, messageId: 'forced', severity: 'info', data: { ...base, values }, location };
      return { rule, messageId: 'recovered', severity: 'info', data: { ...base, values, identities: identities.join(',') }, location };
    }
    case 'ambiguous': {
      // Two or three cuts are worth showing; more are only counted.
      const shown = outcome.count <= 3 && !outcome.more ? `: ${outcome.splits.map(readingText).join(' ; ')}` : '';
      const count = outcome.more ? `${outcome.count}+` : outcome.count;
      const identities = [...note.rowSums, ...outcome.by];
      const settled = outcome.settled.filter((v) => v !== undefined).length;
      if (outcome.ownSumsOnly) return { rule, messageId: 'ownSumsOnly', data: { ...base, settled }, location };
      if (identities.length === 0) return { rule, messageId: 'ambiguousDigits', data: { ...base, count, shown, settled }, location };
      return { rule, messageId: 'ambiguous', data: { ...base, count, identities: identities.join(','), shown, settled }, location };
    }
    case 'none': {
      if (outcome.columnsUnknown) return { rule, messageId: 'noHeader', data: base, location };
      if (outcome.tableBroken) return { rule, messageId: 'tableBroken', data: base, location };
      const identities = [...note.rowSums, ...outcome.by];
      if (identities.length === 0) return { rule, messageId: 'noCut', data: { ...base, columns: note.columns.length }, location };
      return { rule, messageId: 'none', data: { ...base, identities: identities.join(',') }, location };
    }
    case 'unsolved':
      return { rule, messageId: 'unsolved', severity: 'info', data: base, location };
  }
}

/** A reading as the findings show it: its cells apart by bars, a cell that printed nothing as "·". */
function readingText(reading: readonly (number | null)[]): string {
  return reading.map((v) => (v === null ? '·' : String(v))).join(' | ');
}

