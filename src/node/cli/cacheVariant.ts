/**
 * Which code cache a `summit` run uses (see launcher.ts): one per command, since a `search` run
 * compiles other functions than a `topics` run. Kept apart from the command registry so that the
 * launcher does not load the commands; test/unit/codeCache.test.ts checks both lists agree.
 */
export const CACHED_COMMANDS: readonly string[] = ['search', 'ask', 'speakers', 'quotes', 'topics', 'cite', 'server'];

/** The cache kind for these arguments: the command when it is one, else `other`. */
export function cacheVariant(argv: readonly string[]): string {
  const command = argv[0] ?? '';
  return CACHED_COMMANDS.includes(command) ? command : 'other';
}
