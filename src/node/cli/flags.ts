/** The CLI's options that take a value (the next argument, or after `=`): shared by the argument parser and the launcher. */
export const VALUE_FLAG_LIST: readonly string[] = ['--segmenter', '--corpus', '--limit', '--speaker', '--cache'];

/** Whether these options (after the command name, before any `--`) hold a word that is not an option or its value: a query or question. */
export function hasPositional(args: readonly string[]): boolean {
  for (let i = 0; i < args.length; i++) {
    if (!args[i].startsWith('-')) return true;
    if (VALUE_FLAG_LIST.includes(args[i])) i++;
  }
  return false;
}
