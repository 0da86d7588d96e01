import type { Command } from '../command';
import { searchCommand } from './search';
import { speakersCommand } from './speakers';
import { quotesCommand } from './quotes';
import { topicsCommand } from './topics';

/** Every `summit` command, in the order `summit --help` lists them. Each lives in its own file. */
export const commands: Command[] = [searchCommand, speakersCommand, quotesCommand, topicsCommand];
