/**
 * Direct speech and who said it. A quotation counts as speech only when the grammar says so:
 * a speech verb right before it (…孙杨也说道：“…”), or an attribution clause right after it
 * (“…”，谢桦说道 / …，上海市卫计委信息中心主任谢桦在致辞中这样说道). Everything else in
 * quotation marks — event names, slogans, scare quotes — is not speech. Speech may also be
 * unquoted: 研发总监蔡家华讲道：该公司开发了…
 */
import { QUOTE_MANNER_WORDS, QUOTE_PRONOUN_SUBJECTS, QUOTE_VERB_LIST, QUOTE_VERBS_NEEDING_COLON, TAIL_ATTRIBUTION_VERBS } from '../lang/zh';
import type { Span } from './location';
import type { PersonIndex } from './people';

export interface FoundQuote {
  /** The spoken words, without quotation marks. */
  span: Span;
  verb: string;
  speaker: string | null;
  /** Where the speaker is named (or referred to), when written out. */
  speakerSpan?: Span;
}

/** Speech verbs, longest first. Verbs in NEEDS_COLON only introduce speech with a colon (提到：“…”). */
const VERBS = QUOTE_VERB_LIST;
const NEEDS_COLON = QUOTE_VERBS_NEEDING_COLON;
const VERB_ALT = VERBS.join('|');
const BEFORE_QUOTE = new RegExp(`(${VERB_ALT})\\s*([：:]?)\\s*$`);
const UNQUOTED = new RegExp(`(${VERB_ALT})\\s*[：:]`, 'g');
const AFTER_QUOTE = new RegExp(`^\\s*[，,]?\\s*([^“”。！？!?；;]{1,40}?)(?:${QUOTE_MANNER_WORDS.join('|')})?(${VERB_ALT})\\s*[。！？!?]?\\s*$`);
const TAIL_ATTRIBUTION = new RegExp(`[，,]\\s*([^，,“”。！？!?；;]{2,40}?)(?:${QUOTE_MANNER_WORDS.join('|')})(${VERB_ALT})\\s*[。！？!?]?\\s*$|[，,]\\s*([^，,“”。！？!?；;]{2,40}?)(${TAIL_ATTRIBUTION_VERBS.join('|')})\\s*[。！？!?]?\\s*$`);
const PRONOUN = new RegExp(`(${QUOTE_PRONOUN_SUBJECTS.join('|')})`);
const CLAUSE_END = /[，,。；;！？!?：:”]/;
const ENDERS = /[。！？!?…\s]+$/;

interface Pair { open: number; close: number }

/** Top-level “…” pairs in text[span] (nested quotes stay inside their outer pair). */
function quotePairs(text: string, span: Span): Pair[] {
  const out: Pair[] = [];
  let depth = 0;
  let open = -1;
  for (let i = span.start; i < span.end; i++) {
    if (text[i] === '“') {
      if (depth === 0) open = i;
      depth++;
    } else if (text[i] === '”' && depth > 0) {
      depth--;
      if (depth === 0) out.push({ open, close: i });
    }
  }
  return out;
}

/** The clause that ends at `end`: back to the previous clause punctuation. */
function clauseBefore(text: string, from: number, end: number): Span {
  let s = end;
  while (s > from && !CLAUSE_END.test(text[s - 1])) s--;
  return { start: s, end };
}

export class QuoteFinder {
  constructor(private readonly people: PersonIndex) {}

  /** Who the clause text[span] names as speaker; `subject` backs up pronouns and 该院/该公司. */
  private speakerIn(text: string, span: Span, subject: string | null, recent: string[]): { name: string | null; at?: Span } {
    const refs = this.people.refs(text, span.start, span.end, subject, recent).filter((r) => r.name);
    const last = refs[refs.length - 1];
    if (last) return { name: last.name, at: { start: last.start, end: last.end } };
    const words = text.slice(span.start, span.end);
    if (PRONOUN.test(words) || words.trim().length <= 2) return { name: subject };
    return { name: null };
  }

  /** Speech inside one sentence. `recent` lists people named earlier in the paragraph. */
  inSentence(text: string, sentence: Span, subject: string | null, recent: string[] = []): FoundQuote[] {
    const out: FoundQuote[] = [];
    const pairs = quotePairs(text, sentence);
    for (const p of pairs) {
      const before = text.slice(sentence.start, p.open);
      const pre = BEFORE_QUOTE.exec(before);
      const afterEnd = pairs.find((q) => q.open > p.close)?.open ?? sentence.end;
      const after = text.slice(p.close + 1, afterEnd);
      const endsSentence = /^\s*[。！？!?]?\s*$/.test(after) || /^\s*[。！？!?]/.test(after);
      if (pre && (pre[2] || (!NEEDS_COLON.has(pre[1]) && endsSentence))) {
        const verbAt = sentence.start + pre.index;
        const who = this.speakerIn(text, clauseBefore(text, sentence.start, verbAt), subject, recent);
        out.push({ span: { start: p.open + 1, end: p.close }, verb: pre[1], speaker: who.name, speakerSpan: who.at });
        continue;
      }
      const post = afterEnd === sentence.end ? AFTER_QUOTE.exec(after) : null;
      if (post) {
        const clauseStart = p.close + 1 + post.index + post[0].indexOf(post[1]);
        const who = this.speakerIn(text, { start: clauseStart, end: clauseStart + post[1].length }, subject, recent);
        if (who.at) out.push({ span: { start: p.open + 1, end: p.close }, verb: post[2], speaker: who.name, speakerSpan: who.at });
      }
    }
    const inPair = (i: number) => pairs.some((p) => i > p.open && i < p.close);
    // Unquoted speech after a verb and a colon: 讲道：该公司开发了……。
    UNQUOTED.lastIndex = 0;
    const body = text.slice(sentence.start, sentence.end);
    let m: RegExpExecArray | null;
    while ((m = UNQUOTED.exec(body))) {
      const verbAt = sentence.start + m.index;
      const start = verbAt + m[0].length;
      if (inPair(verbAt) || text[start] === '“' || /^\s*“/.test(text.slice(start, start + 3))) continue;
      const who = this.speakerIn(text, clauseBefore(text, sentence.start, verbAt), subject, recent);
      if (!who.at) continue;
      const words = text.slice(start, sentence.end).replace(ENDERS, '');
      const lead = words.length - words.trimStart().length;
      if (words.trim().length < 2) continue;
      out.push({ span: { start: start + lead, end: start + words.length }, verb: m[1], speaker: who.name, speakerSpan: who.at });
      break;
    }
    // Unquoted speech attributed afterwards: ……，上海市卫计委信息中心主任谢桦在致辞中这样说道。
    if (out.length === 0 && !pairs.some((p) => p.close > sentence.end - 4)) {
      const t = TAIL_ATTRIBUTION.exec(body);
      if (t) {
        const clause = t[1] ?? t[3];
        const verb = t[2] ?? t[4];
        const clauseStart = sentence.start + t.index + t[0].indexOf(clause);
        const who = this.speakerIn(text, { start: clauseStart, end: clauseStart + clause.length }, subject, recent);
        const end = sentence.start + t.index;
        if (who.at && end - sentence.start >= 4) {
          out.push({ span: { start: sentence.start, end }, verb, speaker: who.name, speakerSpan: who.at });
        }
      }
    }
    return out.sort((a, b) => a.span.start - b.span.start);
  }
}
