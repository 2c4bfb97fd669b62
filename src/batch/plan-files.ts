import { lstat, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { escapePath, glob, isDynamicPattern } from 'tinyglobby';

/** Extensions picked up from directories and globs; content is sniffed again by the readers. */
// Legacy .doc and .wps reports are picked up too: their finding tells the user to save them as .docx,
// where skipping them would hide reports from an archive's check.
export const REPORT_EXTENSIONS: readonly string[] = ['.txt', '.md', '.markdown', '.htm', '.html', '.shtml', '.docx', '.pdf', '.doc', '.wps'];

export interface PlanEntry {
  /** As shown in output: relative to the working directory when the input was, else absolute. */
  path: string;
  /**
   * `file`: to be checked; `skipped`: found in a directory or by a glob but not a report format;
   * `stdin`: the "-" argument.
   */
  kind: 'file' | 'skipped' | 'stdin';
  /** Where to read it: absolute ("-" for standard input). */
  file: string;
}

export interface Plan {
  entries: PlanEntry[];
  /** Glob patterns that matched no file at all (a typo in CI configuration, most often). */
  unmatched: string[];
}

export interface PlanOptions {
  cwd: string;
  /** Glob patterns (relative to `cwd`) left out of directory and glob expansion. */
  ignore?: readonly string[];
  /**
   * Absolute paths left out of directory and glob expansion: the run's own output, which an HTML
   * page written into the folder it checks would otherwise make a report of the next run's.
   */
  exclude?: readonly string[];
}

/**
 * Expands command-line inputs into the files to check, in a stable order: inputs in the order given,
 * the files under a directory or matched by a glob sorted by path, each file once.
 * A path named explicitly is checked whatever its extension (the readers sniff content, and naming a
 * .doc deserves the "save it as .docx" finding); a path that does not exist is kept too, so that it
 * becomes an "input-unreadable" finding instead of silently vanishing.
 */
export async function planFiles(inputs: readonly string[], options: PlanOptions): Promise<Plan> {
  const entries: PlanEntry[] = [];
  const unmatched: string[] = [];
  const seen = new Set<string>();
  const excluded = new Set(options.exclude);
  const base = options.cwd.endsWith(sep) ? options.cwd : options.cwd + sep;
  // Named explicitly, even the output file is checked: the user asked for it.
  const add = (path: string, kind: PlanEntry['kind'], named = false) => {
    const file = kind === 'stdin' ? '-' : absolute(base, path);
    if (seen.has(file) || (!named && excluded.has(file))) return;
    seen.add(file);
    entries.push({ path, kind, file });
  };

  for (const input of inputs) {
    if (input === '-') {
      add('-', 'stdin');
      continue;
    }
    const kind = await pathKind(resolve(options.cwd, input));
    if (kind === 'file') {
      add(input, 'file', true);
    } else if (kind === 'directory') {
      for (const path of await expandDirectory(input, options)) add(path, classify(path));
    } else if (isDynamicPattern(input)) {
      const paths = await expand(input, isAbsolute(input), options);
      if (paths.length === 0) unmatched.push(input);
      for (const path of paths) add(path, classify(path));
    } else {
      add(input, 'file');
    }
  }
  return { entries, unmatched };
}

export function isReportFile(path: string): boolean {
  return REPORT_EXTENSIONS.includes(extname(path).toLowerCase());
}

function classify(path: string): PlanEntry['kind'] {
  return isReportFile(path) ? 'file' : 'skipped';
}

async function expand(pattern: string, absolute: boolean, options: PlanOptions): Promise<string[]> {
  const found = await glob(pattern, {
    cwd: options.cwd,
    absolute,
    onlyFiles: true,
    // Hidden folders (.git, .cache) hold no reports; symlink loops must not hang a CI run.
    dot: false,
    followSymbolicLinks: false,
    ignore: [...(options.ignore ?? [])],
    expandDirectories: false,
  });
  const paths = absolute ? found : found.map((p) => normalizeRelative(p, options.cwd));
  return paths.sort(byCodePoint);
}

/**
 * The files under a directory named on the command line. Symbolic links met inside are not
 * followed (a loop must not hang a CI run), but a directory named through one is crawled: the
 * crawl starts at its real path and the files are shown under the name given.
 */
async function expandDirectory(input: string, options: PlanOptions): Promise<string[]> {
  const dir = stripTrailingSlash(input);
  const full = resolve(options.cwd, dir);
  if (!(await lstat(full)).isSymbolicLink()) return expand(`${escapePath(dir)}/**/*`, isAbsolute(input), options);
  const inside = await expand('**/*', false, { ...options, cwd: await realpath(full) });
  return inside.map((path) => join(dir, path));
}

// tinyglobby answers relative to cwd; keep "./x" inputs looking like what the user typed minus the dot.
function normalizeRelative(path: string, cwd: string): string {
  if (isAbsolute(path)) return relative(cwd, path) || path;
  // Most paths are already plain ("a/b.txt"); path.join costs more than the crawl that found them.
  return NOT_PLAIN.test(path) ? join(path) : path;
}
/**
 * `base` (the working directory with a trailing separator) joined to a path. A crawl yields tens of
 * thousands of plain paths, for which path.resolve's rebuilding of the string is wasted, and a plain
 * absolute path is kept as the same string: a copy would double what the plan holds per file.
 */
function absolute(base: string, path: string): string {
  if (NOT_PLAIN.test(path)) return resolve(base, path);
  return isAbsolute(path) ? path : base + path;
}

// A "." or ".." segment, an empty segment, a trailing slash or a backslash: what path.join or path.resolve would rewrite.
const NOT_PLAIN = /(?:^|\/)\.{1,2}(?:\/|$)|\/\/|\/$|\\/;

function stripTrailingSlash(path: string): string {
  return path.length > 1 ? path.replace(/[\\/]+$/, '') : path;
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function pathKind(path: string): Promise<'file' | 'directory' | 'other' | 'missing'> {
  try {
    const info = await stat(path);
    return info.isDirectory() ? 'directory' : info.isFile() ? 'file' : 'other';
  } catch {
    return 'missing';
  }
}
