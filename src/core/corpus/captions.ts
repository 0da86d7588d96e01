/**
 * Photo captions: "title␠name" (one or two spaces, or an ideographic space) at the very start
 * of a line, glued to the paragraph that follows; the host's reads "主持人：title␠name".
 * A caption names the person the PREVIOUS paragraph is about.
 */
import type { Span } from './location';
import { endingRole } from './titles';
import { CAPTION_LABELS, CLAUSE_START_CHARS } from '../lang/zh';

export interface Caption {
  /** The whole caption, from its first character to the end of the name. */
  span: Span;
  /** organisation + title as written (无锡市人民医院信息中心副主任). */
  orgTitle: string;
  name: string;
  /** Marked as the host (主持人：…). */
  host: boolean;
}

const HEAD = new RegExp(`^(${CAPTION_LABELS.join('|')})?[：:]?\\s*([^\\s，。！？!?“”、；;：:]{2,40}?)[ \\u3000\\u00a0\\t]{1,3}(?=[\\u3400-\\u9fff])`);

/**
 * Reads the caption at the start of paragraph `para`, if any. `names` are the people known so
 * far (from the intro list or curated data); `entries` the raw intro-list entries, whose endings
 * give the name boundary when the name itself is not known yet.
 */
export function readCaption(text: string, para: Span, names: Iterable<string>, entries: string[] = []): Caption | undefined {
  const body = text.slice(para.start, Math.min(para.end, para.start + 80));
  const m = HEAD.exec(body);
  if (!m) return undefined;
  const host = Boolean(m[1]);
  const orgTitle = m[2];
  const after = body.slice(m[0].length);
  let name = '';
  for (const n of names) if (after.startsWith(n) && n.length > name.length) name = n;
  if (!name) {
    for (const entry of entries) {
      for (let len = Math.min(4, entry.length - 1); len >= 2; len--) {
        const candidate = entry.slice(-len);
        if (/^[\u3400-\u9fff·]+$/.test(candidate) && after.startsWith(candidate) && candidate.length > name.length) name = candidate;
      }
    }
  }
  if (!name) {
    // Unknown person: the title must look like one, and the name is whichever 2–4 character
    // reading the rest of the text also uses (else three characters).
    if (!endingRole(orgTitle) && !host) return undefined;
    const han = /^[\u3400-\u9fff·]{2,4}/.exec(after)?.[0] ?? '';
    const elsewhere = (s: string) => text.split(s).length - 1 >= 2;
    const guess = CLAUSE_START_CHARS.has(han[2] ?? '') ? han.slice(0, 2) : han.slice(0, 3);
    name = [han.slice(0, 3), han.slice(0, 2), han.slice(0, 4)].find((c) => c.length >= 2 && elsewhere(c)) ?? guess;
    if (name.length < 2) return undefined;
  } else if (!endingRole(orgTitle) && !host && !entries.some((e) => e.endsWith(name))) {
    return undefined;
  }
  return { span: { start: para.start, end: para.start + m[0].length + name.length }, orgTitle, name, host };
}
