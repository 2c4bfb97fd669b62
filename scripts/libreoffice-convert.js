// Converts files with LibreOffice (soffice, headless). Each run gets its own throw-away profile, so a
// conversion never collides with a LibreOffice already open or another conversion running alongside.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** LibreOffice targets ("<extension>:<export filter>"). HTML opens in Writer/Web, which has its own PDF filter. */
export const TARGETS = {
  docx: 'docx:MS Word 2007 XML',
  htmlToPdf: 'pdf:writer_web_pdf_Export',
  docxToPdf: 'pdf:writer_pdf_Export',
};

/**
 * Converts each input file into `outDir` as `<name>.<extension of target>` and returns the output
 * paths. Throws when soffice is missing or an output did not appear.
 */
export function convertWithLibreOffice(inputs, target, outDir) {
  const ext = target.split(':')[0];
  const profile = mkdtempSync(join(tmpdir(), 'gov-report-soffice-'));
  try {
    execFileSync(
      'soffice',
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', target, '--outdir', outDir, ...inputs],
      { stdio: ['ignore', 'pipe', 'pipe'], timeout: 300_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return inputs.map((input) => {
    const output = join(outDir, `${basename(input, extname(input))}.${ext}`);
    if (!existsSync(output)) throw new Error(`LibreOffice did not write ${output}`);
    return output;
  });
}
