// Converts files with LibreOffice (soffice, headless). Each run gets its own throw-away profile, so a
// conversion never collides with a LibreOffice already open or another conversion running alongside.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** LibreOffice export filters by target extension. HTML opens in Writer/Web, which has its own PDF filter. */
export const TARGETS = {
  docx: 'docx:MS Word 2007 XML',
  pdf: 'pdf:writer_web_pdf_Export',
};

/**
 * Converts each input file into `outDir` as `<name>.<ext>` and returns the output paths.
 * Throws when soffice is missing or an output did not appear.
 */
export function convertWithLibreOffice(inputs, ext, outDir) {
  const profile = mkdtempSync(join(tmpdir(), 'gov-report-soffice-'));
  try {
    execFileSync(
      'soffice',
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', TARGETS[ext], '--outdir', outDir, ...inputs],
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
