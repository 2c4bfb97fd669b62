import { resolve } from 'node:path';
import { escapePath, glob } from 'tinyglobby';
import { RULES } from '../rules/index.js';
import type { BatchSettings } from '../config/settings.js';

/**
 * `--print-config FILE` (ESLint's): the configuration in force for that file, as JSON — the config
 * file it came from, the language, every rule with its severity, the limits, and whether the file is
 * ignored by the configuration's `ignore` patterns.
 */
export async function printConfig(settings: BatchSettings, file: string, cwd: string): Promise<string> {
  const path = resolve(cwd, file);
  const rules: Record<string, string> = {};
  for (const rule of RULES) rules[rule.id] = settings.rules[rule.id] ?? rule.defaultSeverity;
  const shown = {
    file: path,
    configFile: settings.configFile,
    ignored: settings.ignore.length > 0 && (await glob(escapePath(path), { absolute: true, ignore: settings.ignore, expandDirectories: false })).length === 0,
    lang: settings.lang,
    blankAsZero: settings.blankAsZero,
    rules,
    timeout: settings.timeoutMs / 1000,
    maxFileSize: settings.maxBytes / (1024 * 1024),
    ...(settings.jobs !== undefined && { jobs: settings.jobs }),
    ...(settings.maxWarnings !== undefined && { maxWarnings: settings.maxWarnings }),
    ignore: settings.ignore,
    series: settings.series,
  };
  return `${JSON.stringify(shown, null, 2)}\n`;
}
