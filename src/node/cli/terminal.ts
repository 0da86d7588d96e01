/** Control characters from a transcript or a query must not drive the terminal. */
export function clean(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, ' ');
}
