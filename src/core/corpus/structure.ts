/**
 * Who each stretch of the report is about. The caption at the start of paragraph N names the
 * person paragraph N−1 is about; the first paragraph is the intro; a last paragraph with no
 * caption after it that lines up several people is the panel. Inside a paragraph, the words
 * before a sentence that brings on its subject ("同样…的还有…") still continue the previous
 * subject — the photo caption sits in the middle of that person's part.
 */
import type { Section } from '../model';
import type { Span } from './location';
import type { PersonIndex } from './people';
import { NEW_PARTY_LEADS, PANEL_WORDS } from '../lang/zh';

export interface SentenceSlot {
  span: Span;
  paragraph: number;
  kind: Section['kind'];
  subject: string | null;
}

/** A sentence that introduces a new party: 同样…的还有X / 同样在…的还有X. */
const INTRODUCES = new RegExp(`^(?:${NEW_PARTY_LEADS.join('|')})?[^。！？!?]{0,40}?的还有|^同样`);
const PANEL_MARK = new RegExp(`(${PANEL_WORDS.join('|')})`, 'i');

export interface ParagraphInfo {
  span: Span;
  /** Sentence spans of the paragraph body (caption excluded). */
  sentences: Span[];
  /** Name on the caption that opens this paragraph, if any. */
  captionName?: string;
  /** People this paragraph lines up in a 、-list. */
  listed: string[];
}

/** The subject of every paragraph, then of every sentence. */
export function assignSubjects(text: string, paras: ParagraphInfo[], people: PersonIndex, quoteSpeakers: (i: number) => (string | null)[], hosts: Set<string> = new Set()): SentenceSlot[] {
  const n = paras.length;
  const kinds: Section['kind'][] = [];
  const subjects: (string | null)[] = [];
  paras.forEach((p, i) => {
    if (i === 0 && n > 1) { kinds.push('intro'); subjects.push(null); return; }
    const next = paras[i + 1]?.captionName;
    if (next) { kinds.push('speaker'); subjects.push(next); return; }
    const body = text.slice(p.sentences[0]?.start ?? p.span.start, p.span.end);
    if (i === n - 1 && (p.listed.length >= 2 || PANEL_MARK.test(body))) { kinds.push('panel'); subjects.push(null); return; }
    // No caption: the person quoted most in the paragraph, if one stands out.
    const counts = new Map<string, number>();
    for (const s of quoteSpeakers(i)) if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
    const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    kinds.push('speaker');
    subjects.push(ranked.length && (ranked.length === 1 || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : null);
  });

  const slots: SentenceSlot[] = [];
  paras.forEach((p, i) => {
    let carry = 0;
    const subject = subjects[i];
    const prev = slots.length ? slots[slots.length - 1] : undefined;
    if (kinds[i] === 'speaker' && subject && prev && prev.kind === 'speaker' && prev.subject && prev.subject !== subject && !hosts.has(prev.subject)) {
      const k = p.sentences.findIndex((s) => INTRODUCES.test(text.slice(s.start, s.end)));
      const mentioned = (s: Span) => people.refs(text, s.start, s.end, subject).some((r) => r.name === subject);
      if (k > 0 && !p.sentences.slice(0, k).some(mentioned)) carry = k;
    }
    p.sentences.forEach((s, j) => {
      if (j < carry) slots.push({ span: s, paragraph: i, kind: prev!.kind, subject: prev!.subject });
      else slots.push({ span: s, paragraph: i, kind: kinds[i], subject });
    });
  });
  return slots;
}
