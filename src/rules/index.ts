import { amountUnit } from './amount-unit.js';
import { appealsTotal } from './appeals-total.js';
import { cellBlank } from './cell-blank.js';
import { cellInvalid } from './cell-invalid.js';
import { columnMissing } from './column-missing.js';
import { inputUnreadable } from './input-unreadable.js';
import { digitsRunTogether } from './digits-run-together.js';
import { labelVariant } from './label-variant.js';
import { requestsBalance } from './requests-balance.js';
import { requestsOutcomeTotal } from './requests-outcome-total.js';
import { requestsRowTotal } from './requests-row-total.js';
import { rowMisaligned } from './row-misaligned.js';
import { rowMissing } from './row-missing.js';
import type { Rule } from './rule.js';
import { sectionMissing } from './section-missing.js';
import { tableLocated } from './table-located.js';
import { tableMissing } from './table-missing.js';
import { suspectCell } from './suspect-cell.js';
import { personalData } from './personal-data.js';
import { sectionHeading } from './section-heading.js';
import { sectionOrder } from './section-order.js';
import { templateMismatch } from './template-mismatch.js';
import { problemsAndMeasures } from './problems-and-measures.js';
import { processingFee } from './processing-fee.js';
import { assessmentMissing } from './assessment-missing.js';
import { publishedLate } from './published-late.js';
import { tablesAreImages } from './tables-are-images.js';
import { narrativeRequests } from './narrative-requests.js';
import { narrativeAppeals } from './narrative-appeals.js';
import { narrativeActive } from './narrative-active.js';

/** The registry: every rule id a finding can carry, in the order the catalogue lists them. */
export const RULES: readonly Rule[] = [
  requestsBalance,
  requestsRowTotal,
  requestsOutcomeTotal,
  appealsTotal,
  suspectCell,
  inputUnreadable,
  sectionMissing,
  sectionOrder,
  sectionHeading,
  tablesAreImages,
  tableMissing,
  templateMismatch,
  rowMissing,
  columnMissing,
  rowMisaligned,
  cellBlank,
  cellInvalid,
  digitsRunTogether,
  amountUnit,
  labelVariant,
  tableLocated,
  narrativeRequests,
  narrativeAppeals,
  narrativeActive,
  problemsAndMeasures,
  processingFee,
  assessmentMissing,
  publishedLate,
  personalData,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));
export type { Rule, CheckInput } from './rule.js';
