/**
 * How a command opens the record: openSummit in a process that answers one command, or the
 * resident server's copy kept open between commands (server/summits.ts), which it sets here.
 */
import { openSummit, type OpenSummitOptions, type Summit } from '../summit';

export type SummitOpener = (options: OpenSummitOptions) => Promise<Summit>;

let opener: SummitOpener = openSummit;

/** The summit a command searches or questions, opened with these options. */
export function openForCommand(options: OpenSummitOptions): Promise<Summit> {
  return opener(options);
}

/** Has every later command open its summit through `open` (the resident server's kept copies). */
export function useOpener(open: SummitOpener): void {
  opener = open;
}
