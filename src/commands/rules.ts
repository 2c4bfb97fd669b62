import { Command, Option } from 'commander';
import { EXIT, type Io } from '../io.js';
import { RULES, RULES_BY_ID, type Rule } from '../rules/index.js';

/** The rule catalogue as a Markdown table; the README's copy is checked against it. */
export function formatRulesMarkdown(): string {
  const rows = RULES.map((r) => `| \`${r.id}\` | ${r.defaultSeverity} | ${r.description.zh} | ${r.description.en} |`);
  return ['| rule | default | 说明 | description |', '|---|---|---|---|', ...rows].join('\n') + '\n';
}

/** One rule's documentation: what it checks, and every finding it can give, in both languages. */
export function formatRuleDoc(rule: Rule): string {
  const messages = Object.entries(rule.messages).map(([id, m]) => `  ${id}\n    ${m.zh}\n    ${m.en}`);
  return `${rule.id} (${rule.defaultSeverity})\n${rule.description.zh}\n${rule.description.en}\n\n消息 Messages:\n${messages.join('\n')}\n`;
}

export function registerRules(program: Command, io: Io): void {
  program
    .command('rules')
    .description('list every rule with its default severity; with an ID, that rule with every message it can give')
    .argument('[id]', 'a rule id')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'markdown', 'json']).default('text'))
    .action((id: string | undefined, opts: { format: 'text' | 'markdown' | 'json' }) => {
      if (id !== undefined) {
        const rule = RULES_BY_ID.get(id);
        if (!rule) {
          io.stderr(`gov-report: 没有规则“${id}”（no rule "${id}"; see gov-report rules)\n`);
          io.setExitCode(EXIT.usage);
          return;
        }
        io.stdout(opts.format === 'json' ? `${JSON.stringify({ id: rule.id, defaultSeverity: rule.defaultSeverity, description: rule.description, messages: rule.messages }, null, 2)}\n` : formatRuleDoc(rule));
        return;
      }
      if (opts.format === 'markdown') io.stdout(formatRulesMarkdown());
      else if (opts.format === 'json') {
        io.stdout(`${JSON.stringify(RULES.map(({ id, defaultSeverity, description }) => ({ id, defaultSeverity, description })), null, 2)}\n`);
      } else {
        const width = Math.max(...RULES.map((r) => r.id.length));
        io.stdout(RULES.map((r) => `${r.id.padEnd(width)}  ${r.defaultSeverity.padEnd(7)}  ${r.description.zh}`).join('\n') + '\n');
      }
    });
}
