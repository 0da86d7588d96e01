/** Escaping for the text formats that have special characters. */

const LATEX: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '%': '\\%',
  '&': '\\&',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Escapes LaTeX's special characters in one pass (so the braces it adds are never escaped again). */
export function escapeLatex(text: string): string {
  return text.replace(/[\\{}$%&#_~^]/g, (c) => LATEX[c]);
}

/**
 * Escapes the CommonMark characters that would turn plain words into markup inside a block quote
 * (emphasis, code, links, raw HTML). `$` is left as it is: it is not markup in CommonMark.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, (c) => `\\${c}`);
}
