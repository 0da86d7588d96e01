/** A `summit` sub-command. `run` gets the arguments after the command name and returns the exit code. */
export interface Command {
  name: string;
  /** e.g. "search [QUERY] [--limit N] [--json]" */
  usage: string;
  summary: string;
  run(argv: string[]): Promise<number>;
}
