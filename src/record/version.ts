/** Bumped whenever the JSON record changes shape. Kept apart from the zod schemas so the CLI does not load zod. */
export const RECORD_VERSION = 1;
