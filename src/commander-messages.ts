import type { Lang } from './record/labels.js';

/**
 * Commander's own usage errors in the chosen language. They come before any option is read, so the
 * language is looked for in the arguments themselves (`--lang en`); in Chinese the English stays
 * beside, as in every message of the tool.
 */
const ZH: readonly [RegExp, (...m: string[]) => string][] = [
  [/^unknown option '(.+?)'(?:\s*\(Did you mean (.+?)\?\))?$/, (opt, alt) => `未知选项 ${opt}${alt ? `（是否要用 ${alt}？）` : ''}`],
  [/^unknown command '(.+?)'(?:\s*\(Did you mean (.+?)\?\))?$/, (cmd, alt) => `未知命令 ${cmd}${alt ? `（是否要用 ${alt}？）` : ''}`],
  [/^too many arguments(?: for '(.+?)')?\. Expected (\d+) arguments? but got (\d+)\.$/, (cmd, n, got) => `${cmd ? `${cmd} ` : ''}参数过多：应为 ${n} 个，收到 ${got} 个`],
  [/^missing required argument '(.+?)'$/, (arg) => `缺少参数 ${arg}`],
  [/^option '(.+?)' argument missing$/, (opt) => `选项 ${opt} 缺少取值`],
  [/^option '(.+?)' argument '(.*?)' is invalid\. Allowed choices are (.+)\.$/, (opt, value, choices) => `选项 ${opt} 的取值“${value}”无效，可选：${choices}`],
  [/^option '(.+?)' argument '(.*?)' is invalid\. (.+)$/, (opt, value, why) => `选项 ${opt} 的取值“${value}”无效：${reason(why)}`],
];

// Why our own option parsers (commands/validate.ts) refused a value.
const REASONS: readonly [RegExp, (...m: string[]) => string][] = [
  [/^expected a positive number$/, () => '应为正数'],
  [/^expected a whole number ≥ (\d+)$/, (n) => `应为不小于 ${n} 的整数`],
  [/^expected ID=(.+?), got "(.*)"$/, (severities, got) => `应为 规则=${severities}，收到“${got}”`],
  [/^unknown rule "(.+?)" \(see gov-report rules\)$/, (id) => `没有规则“${id}”（见 gov-report rules）`],
  [/^severity must be one of (.+?), got "(.*)"$/, (list, got) => `级别应为 ${list} 之一，收到“${got}”`],
];

function reason(why: string): string {
  for (const [pattern, say] of REASONS) {
    const m = pattern.exec(why);
    if (m) return say(...m.slice(1));
  }
  return why;
}

export function localizeCommanderError(text: string, lang: Lang): string {
  if (lang !== 'zh') return text;
  return text
    .replace(/^error: (.+)$/gm, (line, message: string) => {
      for (const [pattern, say] of ZH) {
        const m = pattern.exec(message);
        if (m) return `错误：${say(...m.slice(1).map((s) => s ?? ''))}（error: ${message}）`;
      }
      return line;
    })
    .replace(/^\(Did you mean (.+?)\?\)$/gm, (_, alt: string) => `（是否要用 ${alt}？ Did you mean ${alt}?）`);
}

/** `--lang en` or `--lang=en` among the arguments; Chinese otherwise. */
export function langOfArgs(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (value === 'en' || value === 'zh') return value;
  }
  return 'zh';
}
