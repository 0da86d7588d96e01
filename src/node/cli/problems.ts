import { output } from './output';
import type { Problem } from '../../core/model';
import { formatProblem } from '../transcriptFiles';

/** The same message for more files than this is printed for the first ones, then once with the count of the rest. */
const SAME_MESSAGE_SHOWN = 3;

/**
 * Prints each warning and error to stderr as one line naming its file and line (`summit:
 * file:line: severity: message`). When many files have the same problem (every cache entry
 * rebuilt after an upgrade), the first few are named and the rest counted in one line.
 */
export function reportProblems(problems: readonly Problem[]): void {
  const seen = new Map<string, number>();
  for (const p of problems) {
    if (p.severity === 'info') continue;
    const same = `${p.severity}\u0000${p.message}`;
    const n = (seen.get(same) ?? 0) + 1;
    seen.set(same, n);
    if (n <= SAME_MESSAGE_SHOWN) output.err(`summit: ${formatProblem(p)}\n`);
  }
  for (const [same, n] of seen) {
    if (n <= SAME_MESSAGE_SHOWN) continue;
    const [severity, message] = same.split('\u0000');
    output.err(`summit: ${severity}: ${message} — and ${n - SAME_MESSAGE_SHOWN} more files\n`);
  }
}
