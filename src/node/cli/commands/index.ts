import type { Command } from '../command';

/** Every `summit` command, in the order `summit --help` lists them. Each lives in its own file. */
export const commands: Command[] = [];
