import type { Rule } from './rule.js';

/**
 * Raised by the readers, not by a check: a file that cannot be read at all is a finding (ESLint's
 * fatal message), never an exception. The reader gives the cause in both languages.
 */
export const inputUnreadable: Rule = {
  id: 'input-unreadable',
  description: { zh: '文件无法读取（损坏、加密、扫描件、格式不支持等）', en: 'The file cannot be read (corrupt, encrypted, scanned, unsupported format …)' },
  defaultSeverity: 'error',
  messages: {
    unreadable: { zh: '无法读取文件：{zh}', en: 'cannot read the file: {en}' },
  },
};

/** The problem every reader returns when it gives up on a file. */
export function unreadable(zh: string, en: string) {
  return { rule: inputUnreadable.id, messageId: 'unreadable', data: { zh, en }, location: {} };
}
