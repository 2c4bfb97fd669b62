import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { GovReportConfig } from './config-schema.js';

export const CONFIG_FILE = 'gov-report.config.json';

export type { GovReportConfig } from './config-schema.js';

/** A configuration file that cannot be used: the CLI prints the message and exits with status 2. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'ConfigError';
  }
}

export interface LoadedConfig {
  file: string;
  config: GovReportConfig;
}

/** The nearest gov-report.config.json in `start` or a folder above it, as ESLint finds its config. */
export function findConfigFile(start: string): string | null {
  let dir = resolve(start);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/**
 * Reads and validates a config file. Every problem names the file and, for a bad value, the key
 * ("rules.requests-balnce: unknown rule …"). zod loads only here: runs without a config never pay
 * for it.
 */
export async function loadConfig(file: string, ruleIds: readonly string[]): Promise<LoadedConfig> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(file, code === 'ENOENT' ? 'no such file' : `cannot read it (${code ?? String(error)})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ConfigError(file, `not valid JSON: ${(error as Error).message}`);
  }
  const { configSchema } = await import('./config-schema.js');
  const parsed = configSchema(ruleIds).safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
      return `${where}${issue.message}`;
    });
    throw new ConfigError(file, problems.join('; '));
  }
  return { file, config: parsed.data };
}
