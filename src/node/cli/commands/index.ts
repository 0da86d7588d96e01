import type { Command } from '../command';
import { searchCommand } from './search';
import { speakersCommand } from './speakers';
import { quotesCommand } from './quotes';
import { topicsCommand } from './topics';
import { askCommand } from './ask';
import { citeCommand } from './cite';
import { serverCommand } from './server';

/** Every `summit` command, in the order `summit --help` lists them. Each lives in its own file. */
export const commands: Command[] = [searchCommand, askCommand, speakersCommand, quotesCommand, topicsCommand, citeCommand, serverCommand];
