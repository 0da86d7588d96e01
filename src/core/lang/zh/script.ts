/**
 * Simplified and Traditional Chinese: every word list of this module is written once, in
 * Simplified, and its Traditional forms are derived here from OpenCC's Traditional→Simplified
 * character table (inverted), so a list's Set holds both scripts. Parsers read a Simplified
 * shadow of the text of the same length, so offsets found in the shadow slice the original.
 */
import { traditionalToSimplified } from '../../text/normalize';
import { INVERSE_ENTRIES } from './scriptTables';

let inverse: Map<string, string[]> | undefined;

/**
 * Simplified character → the Traditional characters OpenCC maps to it (its one-character
 * entries), read from the table generated from OpenCC's (scriptTables.ts): the word lists are
 * built at module load, and walking OpenCC's own tables there cost every start tens of ms.
 */
function inverseTable(): Map<string, string[]> {
  if (inverse) return inverse;
  const table = new Map<string, string[]>();
  for (const entry of INVERSE_ENTRIES.split('|')) if (entry.length >= 2) table.set(entry[0], [...entry.slice(1)]);
  inverse = table;
  return table;
}

/** The Traditional spellings of a Simplified word (at most `cap`), the word itself excluded. */
export function traditionalVariants(word: string, cap = 8): string[] {
  const table = inverseTable();
  // Most words have no character with a Traditional form: nothing to combine.
  let variable = false;
  for (const ch of word) if (table.has(ch)) { variable = true; break; }
  if (!variable) return [];
  let forms = [''];
  for (const ch of word) {
    const alts = [ch, ...(table.get(ch) ?? [])];
    const next: string[] = [];
    for (const f of forms) for (const a of alts) if (next.length < cap) next.push(f + a);
    forms = next;
  }
  return forms.filter((f) => f !== word);
}

/** A Set of words in both scripts: each Simplified word and its Traditional variants. */
export function bothScripts(words: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    out.add(w);
    for (const t of traditionalVariants(w)) out.add(t);
  }
  return out;
}

/**
 * A Simplified shadow of `text` with exactly the same length, so every offset into the shadow
 * is an offset into the text. Only characters that are Traditional on their own change: OpenCC's
 * phrase table would otherwise re-spell Simplified names (沈思 → 沉思).
 */
export function simplifiedShadow(text: string): string {
  const whole = traditionalToSimplified(text);
  if (whole === text) return text;
  const same = whole.length === text.length;
  // Runs the whole-text conversion leaves alone are copied as slices; each other character is converted on its own.
  const parts: string[] = [];
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (same && whole.charCodeAt(i) === text.charCodeAt(i)) continue;
    if (run < i) parts.push(text.slice(run, i));
    const c = traditionalToSimplified(text[i]);
    parts.push(c.length === 1 ? c : text[i]);
    run = i + 1;
  }
  if (run < text.length) parts.push(text.slice(run));
  return parts.join('');
}

/** Whether the text is written in Traditional characters (its shadow differs noticeably). */
export function isTraditional(text: string, shadow = simplifiedShadow(text)): boolean {
  let changed = 0;
  let han = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 0x4e00 || text.charCodeAt(i) > 0x9fff) continue;
    han++;
    if (text[i] !== shadow[i]) changed++;
  }
  return han > 0 && changed / han > 0.03;
}
