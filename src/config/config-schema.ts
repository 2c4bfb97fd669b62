import { z } from 'zod';

const severity = z.enum(['off', 'info', 'warning', 'error']);

/**
 * gov-report.config.json. Strict: an unknown key is far more often a typo ("rule" for "rules") than
 * a setting for a newer version, and a silently ignored setting is how CI goes green by mistake.
 * Command-line options win over the file.
 */
export function configSchema(ruleIds: readonly string[]) {
  return z.strictObject({
    $schema: z.string().optional(),
    /** Rule id → off | info | warning | error. */
    rules: z
      .record(z.string(), severity)
      .superRefine((rules, ctx) => {
        for (const id of Object.keys(rules)) {
          if (!ruleIds.includes(id)) ctx.addIssue({ code: 'custom', path: [id], message: `unknown rule "${id}" (known: ${ruleIds.join(', ')})` });
        }
      })
      .optional(),
    lang: z.enum(['zh', 'en']).optional(),
    /** The bodies leave zeros blank: blank cells count 0 in the identities (the record keeps null). */
    blankAsZero: z.boolean().optional(),
    /** Worker threads. */
    jobs: z.number().int().min(1).optional(),
    /** Per-file time limit, in seconds. */
    timeout: z.number().positive().optional(),
    /** Files above this many MiB are refused unread. */
    maxFileSize: z.number().positive().optional(),
    maxWarnings: z.number().int().min(0).optional(),
    /** Glob patterns, relative to the config file's folder, left out of directory and glob expansion. */
    ignore: z.array(z.string()).optional(),
    /** Agency name as a file gives it → the body's name, for names no rule joins into one series. */
    series: z.record(z.string(), z.string()).optional(),
  });
}

export type GovReportConfig = z.infer<ReturnType<typeof configSchema>>;
