import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as PdfjsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentLoadingTask, PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api.js';

export type Pdfjs = typeof PdfjsModule;

interface PdfjsRuntime {
  pdfjs: Pdfjs;
  /** Directory of pdf.js's packed Adobe CMaps, with a trailing separator (pdf.js appends file names). */
  cMapUrl: string;
  standardFontDataUrl: string;
}

let runtime: Promise<PdfjsRuntime> | undefined;

/**
 * Loads pdf.js on first use only: pdfjs-dist as a dependency of its own if it is one, else the copy
 * pdf-parse depends on (and pins), resolved from pdf-parse's location so that strict node_modules
 * layouts (pnpm) find it too. The legacy build is the one pdf.js supports in Node; there it runs its
 * worker code on the main thread.
 */
export function loadPdfjs(): Promise<PdfjsRuntime> {
  runtime ??= (async () => {
    const require = createRequire(import.meta.url);
    const resolveRoot = () => {
      try {
        return require.resolve('pdfjs-dist/package.json');
      } catch {
        return createRequire(require.resolve('pdf-parse')).resolve('pdfjs-dist/package.json');
      }
    };
    const root = dirname(resolveRoot());
    const pdfjs = (await import(pathToFileURL(join(root, 'legacy', 'build', 'pdf.mjs')).href)) as Pdfjs;
    return { pdfjs, cMapUrl: join(root, 'cmaps') + sep, standardFontDataUrl: join(root, 'standard_fonts') + sep };
  })().catch((error: unknown) => {
    runtime = undefined;
    throw error;
  });
  return runtime;
}

/** Why a PDF could not be opened, in the words the user gets. */
export type OpenFailure = 'encrypted' | 'truncated' | 'corrupt' | 'timeout';

export type Opened =
  | { ok: true; doc: PDFDocumentProxy; pdfjs: Pdfjs; close: () => Promise<void> }
  | { ok: false; failure: OpenFailure; detail: string };

/**
 * Opens a document without ever throwing for a bad file. A file cut short (no %%EOF after its last
 * object) is refused even though pdf.js could recover its first pages: checking a report with half its
 * tables missing would only produce misleading findings.
 */
export async function openPdf(bytes: Uint8Array, timeoutMs: number): Promise<Opened> {
  if (isTruncated(bytes)) return { ok: false, failure: 'truncated', detail: 'no %%EOF marker after the last object' };
  const { pdfjs, cMapUrl, standardFontDataUrl } = await loadPdfjs();
  let task: PDFDocumentLoadingTask;
  try {
    task = pdfjs.getDocument({
      // A copy, as a plain Uint8Array: pdf.js refuses Node Buffers, and may take ownership of what it
      // is given while the caller still needs its bytes.
      data: new Uint8Array(bytes),
      cMapUrl,
      cMapPacked: true,
      standardFontDataUrl,
      isEvalSupported: false,
      enableXfa: false,
      // The reader never looks at pixels: images are dropped unread instead of decoded (a report with
      // photos, or a seal, reads as fast as one without).
      maxImageSize: 1,
      verbosity: pdfjs.VerbosityLevel.ERRORS,
    });
  } catch (error) {
    return { ok: false, failure: 'corrupt', detail: describe(error) };
  }
  const close = () => task.destroy().catch(() => undefined);
  const result = await withTimeout(task.promise, timeoutMs);
  if (result.timedOut) {
    await close();
    return { ok: false, failure: 'timeout', detail: `opening took more than ${timeoutMs} ms` };
  }
  if ('error' in result) {
    await close();
    const name = result.error instanceof Error ? result.error.name : '';
    return { ok: false, failure: name === 'PasswordException' ? 'encrypted' : 'corrupt', detail: describe(result.error) };
  }
  return { ok: true, doc: result.value, pdfjs, close };
}

type Settled<T> = { timedOut: true } | { timedOut: false; value: T } | { timedOut: false; error: unknown };

/** Settles with the promise's outcome, or with `timedOut` once the time is up. */
export async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<Settled<T>> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Settled<T>>((resolve) => {
    timer = setTimeout(() => resolve({ timedOut: true }), ms);
  });
  try {
    return await Promise.race([
      promise.then(
        (value): Settled<T> => ({ timedOut: false, value }),
        (error: unknown): Settled<T> => ({ timedOut: false, error }),
      ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * True when the file ends before its last %%EOF: either none at all (a download cut short) or object
 * definitions after the last one (an incremental update cut short). Junk after %%EOF (mail gateways,
 * portals appending HTML) is tolerated.
 */
function isTruncated(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The last one: a linearized file also has one after its first page's objects.
  const eof = buffer.lastIndexOf('%%EOF', undefined, 'latin1');
  if (eof < 0) return true;
  const after = buffer.subarray(eof + 5, eof + 5 + 65536).toString('latin1');
  return /\d+\s+\d+\s+obj\b/.test(after);
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
