import type { Problem } from '../../core/model';
import { formatProblem } from '../transcriptFiles';

/** Prints each warning and error to stderr as one line naming its file and line (`summit: file:line: severity: message`). */
export function reportProblems(problems: readonly Problem[]): void {
  for (const p of problems) if (p.severity !== 'info') process.stderr.write(`summit: ${formatProblem(p)}\n`);
}
