/** A literal string as a regular-expression source: 《…》+ stays 《…》\+. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
