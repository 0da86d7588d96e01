/** The CLI's options that take a value (the next argument, or after `=`): shared by the argument parser and the launcher. */
export const VALUE_FLAG_LIST: readonly string[] = ['--segmenter', '--corpus', '--limit', '--speaker', '--cache'];
