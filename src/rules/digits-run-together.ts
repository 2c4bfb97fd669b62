import type { Problem } from '../types.js';
import type { RunNote } from '../tables/recover/recover-runs.js';
import type { Rule } from './rule.js';

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
      zh: '{table}有 {rows} 行数字连在一起（单元格边界丢失）：{recovered} 行已唯一恢复，{open} 行未能确定',
      en: '{rows} rows of {table} have their digits run together (cell boundaries lost): {recovered} recovered, {open} left undetermined',
    },
    recovered: { zh: '“{row}”的数字连写为“{text}”，符合{identities}的拆分只有一种：{values}', en: 'row {row} reads "{text}" (digits run together); the one cut that fits {identities}: {values}' },
    forced: { zh: '“{row}”的数字连写为“{text}”，按位数只有一种拆分：{values}', en: 'row {row} reads "{text}" (digits run together); its digits allow one cut only: {values}' },
    ambiguous: {
      zh: '“{row}”的数字连写为“{text}”，有 {count} 种拆分都符合{identities}{shown}，数值记为空',
      en: 'row {row} reads "{text}" (digits run together); {count} cuts fit {identities}{shown}: left null',
    },
    ambiguousDigits: {
      zh: '“{row}”的数字连写为“{text}”，可拆成 {count} 种数值组合{shown}，本表没有可据以判断的勾稽关系，数值记为空',
      en: 'row {row} reads "{text}" (digits run together); {count} cuts are possible{shown} and no identity binds this table: left null',
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
    table: note.table,
    ...(note.key !== '' && { row: note.key }),
  };
  const row = note.key === '' ? note.table : note.key;
  const base = { row, text: note.text };
  const outcome = note.outcome;
  switch (outcome.kind) {
    case 'unique': {
      const identities = [...note.rowSums, ...outcome.by];
      const values = outcome.split.join(' | ');
      if (identities.length === 0) return { rule, messageId: 'forced', severity: 'info', data: { ...base, values }, location };
      return { rule, messageId: 'recovered', severity: 'info', data: { ...base, values, identities: identities.join(',') }, location };
    }
    case 'ambiguous': {
      // Two or three cuts are worth showing; more are only counted.
      const shown = outcome.count <= 3 ? `: ${outcome.splits.map((s) => s.join(' | ')).join(' ; ')}` : '';
      const identities = [...note.rowSums, ...outcome.by];
      if (identities.length === 0) return { rule, messageId: 'ambiguousDigits', data: { ...base, count: outcome.count, shown }, location };
      return { rule, messageId: 'ambiguous', data: { ...base, count: outcome.count, identities: identities.join(','), shown }, location };
    }
    case 'none': {
      const identities = [...note.rowSums, ...outcome.by];
      if (identities.length === 0) return { rule, messageId: 'noCut', data: { ...base, columns: note.columns.length }, location };
      return { rule, messageId: 'none', data: { ...base, identities: identities.join(',') }, location };
    }
    case 'unsolved':
      return { rule, messageId: 'unsolved', severity: 'info', data: base, location };
  }
}
