import { Command, Option } from 'commander';
import type { Io } from '../io.js';
import { RULES } from '../rules/index.js';

/** The rule catalogue as a Markdown table; the README's copy is checked against it. */
export function formatRulesMarkdown(): string {
  const rows = RULES.map((r) => `| \`${r.id}\` | ${r.defaultSeverity} | ${r.description.zh} | ${r.description.en} |`);
  return ['| rule | default | 说明 | description |', '|---|---|---|---|', ...rows].join('\n') + '\n';
}

export function registerRules(program: Command, io: Io): void {
  program
    .command('rules')
    .description('list every rule with its default severity')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'markdown', 'json']).default('text'))
    .action((opts: { format: 'text' | 'markdown' | 'json' }) => {
      if (opts.format === 'markdown') io.stdout(formatRulesMarkdown());
      else if (opts.format === 'json') {
        io.stdout(`${JSON.stringify(RULES.map(({ id, defaultSeverity, description }) => ({ id, defaultSeverity, description })), null, 2)}\n`);
      } else {
        const width = Math.max(...RULES.map((r) => r.id.length));
        io.stdout(RULES.map((r) => `${r.id.padEnd(width)}  ${r.defaultSeverity.padEnd(7)}  ${r.description.zh}`).join('\n') + '\n');
      }
    });
}
