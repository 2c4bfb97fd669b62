import { dirname, isAbsolute, resolve } from 'node:path';
import { escapePath } from 'tinyglobby';
import type { Lang } from '../record/labels.js';
import type { RuleSetting } from '../findings/render-findings.js';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, type ValidateFilesOptions } from '../batch/validate-files.js';
import { findConfigFile, loadConfig } from './load-config.js';

/** Batch options as the command line gives them; unset ones fall back to the config file, then defaults. */
export interface BatchCliOptions {
  rule?: Record<string, RuleSetting>;
  /** A path, `false` for --no-config, or unset for discovery. */
  config?: string | false;
  jobs?: number;
  /** Seconds. */
  timeout?: number;
  /** MiB. */
  maxFileSize?: number;
  lang?: Lang;
  maxWarnings?: number;
  blankAsZero?: boolean;
  verbose?: boolean;
}

export interface BatchSettings {
  lang: Lang;
  /** Blank cells count 0 in the identities. */
  blankAsZero: boolean;
  /** Also say, as info, what a check could not look at (no publication date found …). */
  verbose: boolean;
  /** Agency names joined into series by hand (the configuration's `series`). */
  series: Record<string, string>;
  rules: Record<string, RuleSetting>;
  jobs?: number;
  timeoutMs: number;
  maxBytes: number;
  maxWarnings?: number;
  /** Absolute glob patterns. */
  ignore: string[];
  /** The config file in force, if any. */
  configFile: string | null;
}

/**
 * Command line over config file over defaults. `--rule` entries are merged over the file's `rules`
 * one rule at a time, so a command line can turn one rule off without restating the others.
 * Throws ConfigError for a config file that cannot be used.
 */
export async function resolveSettings(cli: BatchCliOptions, cwd: string, ruleIds: readonly string[]): Promise<BatchSettings> {
  const file = cli.config === false ? null : cli.config !== undefined ? resolve(cwd, cli.config) : findConfigFile(cwd);
  const config = file ? (await loadConfig(file, ruleIds)).config : {};
  const timeout = cli.timeout ?? config.timeout;
  const maxFileSize = cli.maxFileSize ?? config.maxFileSize;
  const jobs = cli.jobs ?? config.jobs;
  const maxWarnings = cli.maxWarnings ?? config.maxWarnings;
  const base = file ? dirname(file) : cwd;
  return {
    lang: cli.lang ?? config.lang ?? 'zh',
    blankAsZero: cli.blankAsZero ?? config.blankAsZero ?? false,
    verbose: cli.verbose ?? false,
    series: config.series ?? {},
    rules: { ...config.rules, ...cli.rule },
    ...(jobs !== undefined && { jobs }),
    timeoutMs: timeout !== undefined ? timeout * 1000 : DEFAULT_TIMEOUT_MS,
    maxBytes: maxFileSize !== undefined ? Math.floor(maxFileSize * 1024 * 1024) : DEFAULT_MAX_BYTES,
    ...(maxWarnings !== undefined && { maxWarnings }),
    // Patterns are relative to the config file's folder, wherever the command runs from.
    ignore: (config.ignore ?? []).map((p) => (isAbsolute(p) ? p : `${escapePath(base)}/${p}`)),
    configFile: file,
  };
}

/** The batch options both batch commands derive from their settings; they differ in detail and progress. */
export function batchOptions(
  settings: BatchSettings,
  cwd: string,
  detail: NonNullable<ValidateFilesOptions['detail']>,
  onPlan: NonNullable<ValidateFilesOptions['onPlan']>,
): ValidateFilesOptions {
  return {
    cwd,
    lang: settings.lang,
    rules: settings.rules,
    ...(settings.blankAsZero && { blankAsZero: true }),
    ...(settings.verbose && { verbose: true }),
    ...(settings.jobs !== undefined && { jobs: settings.jobs }),
    timeoutMs: settings.timeoutMs,
    maxBytes: settings.maxBytes,
    ignore: settings.ignore,
    detail,
    onPlan,
  };
}
