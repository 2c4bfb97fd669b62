// Builds the .docx inputs of test/readers/read-docx.test.ts from the HTML inputs of the HTML reader's
// tests, with LibreOffice (as a Word user's "save as .docx" would), plus a truncated copy.
// Run: node scripts/make-reader-docx-fixtures.js   (needs soffice; the outputs are committed)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TARGETS, convertWithLibreOffice } from './libreoffice-convert.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const htmlDir = join(root, 'fixtures/readers/html');
const docxDir = join(root, 'fixtures/readers/docx');

const sources = ['request-table', 'active-tables', 'layout-table', 'prose-only'].map((name) => join(htmlDir, `${name}.html`));
for (const output of convertWithLibreOffice(sources, TARGETS.docx, docxDir)) console.log(`wrote ${output}`);

// A download cut short: the first 60% of a real .docx, so local entries are there but the central
// directory at the end is not.
const whole = readFileSync(join(docxDir, 'request-table.docx'));
writeFileSync(join(docxDir, 'truncated.docx'), whole.subarray(0, Math.floor(whole.length * 0.6)));
console.log(`wrote ${join(docxDir, 'truncated.docx')}`);
