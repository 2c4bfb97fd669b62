import type { Command } from 'commander';
import type { Io } from '../io.js';

/** The JSON Schema of the record `parse --format json` prints, generated from the zod schemas. */
export async function recordJsonSchema(): Promise<Record<string, unknown>> {
  // zod loads only for this command: the parse and validate paths start without it.
  const [{ z }, { ReportSchema }] = await Promise.all([import('zod'), import('../record/schema.js')]);
  return z.toJSONSchema(ReportSchema) as Record<string, unknown>;
}

export function registerSchema(program: Command, io: Io): void {
  program
    .command('schema')
    .description('print the JSON Schema of the record (parse --format json, validate --format json)')
    .action(async () => {
      io.stdout(`${JSON.stringify(await recordJsonSchema(), null, 2)}\n`);
    });
}
