import type { Rule } from './rule.js';
import type { CellInfo } from '../tables/extraction.js';
import { rowLoc, tableFound } from './support.js';
import { findSuspect } from './suspect.js';
import { cellLoc } from './cell-loc.js';

/**
 * When a row total and a column identity fail together they usually share one wrong cell: the cell
 * whose change by one amount repairs every failing identity and breaks none is named, with how sure
 * that is. The record is never changed; the failing identities' findings carry the same suspect.
 */
export const suspectCell: Rule = {
  id: 'suspect-cell',
  description: { zh: '勾稽关系不成立时，指出最可能填错的单元格', en: 'When identities fail, the cell most likely wrong' },
  defaultSeverity: 'warning',
  messages: {
    unique: {
      zh: '可能填错的单元格：{cell}，填为 {value}；改为 {proposed} 则各项核对均成立',
      en: 'likely wrong: {cell}, which says {value}; with {proposed} every identity holds',
    },
    several: {
      zh: '可能填错的单元格之一：{cell}，填为 {value}；改为 {proposed} 则各项核对均成立（共 {count} 个单元格都可如此解释）',
      en: 'possibly wrong: {cell}, which says {value}; with {proposed} every identity holds ({count} cells would each explain it)',
    },
  },
  check({ extraction }) {
    if (!tableFound(extraction, 'requests')) return [];
    const suspect = findSuspect(extraction);
    if (suspect === null) return [];
    const unique = suspect.certainty === 'unique';
    return [
      {
        rule: this.id,
        messageId: unique ? 'unique' : 'several',
        data: { cell: `requests.${suspect.row}.${suspect.column}`, value: suspect.value, proposed: suspect.proposed, count: unique ? 1 : Number(suspect.certainty.slice(7)) },
        // The cell's own line (a layout of one cell a line puts it below its label).
        location: cellAt(extraction.cells, `requests.${suspect.row}.${suspect.column}`) ?? rowLoc(extraction, 'requests', suspect.row, suspect.column),
        suspect: { table: suspect.table, row: suspect.row, column: suspect.column, value: suspect.value, proposed: suspect.proposed, certainty: suspect.certainty },
      },
    ];
  },
};

function cellAt(cells: readonly CellInfo[], path: string) {
  const cell = cells.find((c) => c.path === path);
  return cell && cellLoc(cell);
}

