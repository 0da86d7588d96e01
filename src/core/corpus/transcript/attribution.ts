/**
 * Finding direct speech in running Chinese prose: a “…” quotation counts as
 * speech only when a speech verb (说道, 表示, 指出, 强调, …) introduces it —
 * 孙杨也说道：“…” — or follows it — “…”，谢桦在致辞中这样说道. Quotation marks
 * around a single word or slogan (“云端”) are not speech.
 */
import { TITLE_WORDS, looksLikeName, splitTitle } from './people';
import { BARE_SPEECH_VERBS, CONTINUATION_WORDS, QUOTE_SUBJECT_FILLER_WORDS, SPEECH_VERB_LIST, STATEMENT_VERB_LIST, attitudeAt } from '../../lang/zh';

/** Speech verbs, longest first so that 介绍到 wins over 介绍 (the language module's list). */
export const SPEECH_VERBS: readonly string[] = SPEECH_VERB_LIST;

const OPEN_CLOSE: Record<string, string> = { '“': '”', '「': '」', '『': '』' };

/** Who a clause before a speech verb names. */
export interface Attribution {
  /** The person's name, or null when the clause says 他/她 (the caller decides). */
  name: string | null;
  /** True when the clause was a pronoun (他/她). */
  pronoun: boolean;
  /** Title and organisation found before the name, if any. */
  title: string;
  organization: string;
}

export interface FoundQuote {
  /** Span of the words inside the quotation marks. */
  start: number;
  end: number;
  verb: string;
  /** Who said it according to the text; undefined when the clause names nobody (use the context's speaker). */
  who?: Attribution;
  /**
   * The verb's clause has no subject of its own (周某恭贺梁某，并说：“…”): the speaker is the last
   * person a clause of the sentence opened with (statements.ts sentenceSubject), not the last named.
   */
  continued?: boolean;
}

const CONTINUED = new RegExp(`^\\s*(?:${CONTINUATION_WORDS.join('|')})?\\s*$`);

/** A resolver for short forms (王主任) and known names. */
export type NameResolver = (phrase: string) => string | undefined;

const FILLER = new RegExp(`(${QUOTE_SUBJECT_FILLER_WORDS.join('|')}|[在于][^，。；：“”\\n]{1,14}?[中上时里后])+$`);

/**
 * Reads the clause just before a speech verb and names its person:
 * "中国数字医疗网副主编孙杨也" → 孙杨 (副主编, 中国数字医疗网); "他" → pronoun;
 * "王主任" → whatever `resolve` maps it to.
 */
export function attribute(clause: string, resolve?: NameResolver): Attribution | undefined {
  let c = clause.replace(/[\s：:，,]+$/, '');
  c = c.replace(FILLER, '');
  if (c === '') return undefined;
  if (/(他|她)$/.test(c) && !/(其他|其她)$/.test(c)) return { name: null, pronoun: true, title: '', organization: '' };
  const known = resolve?.(c);
  if (known) return { name: known, pronoun: false, title: '', organization: '' };
  for (const w of TITLE_WORDS) {
    const at = c.lastIndexOf(w);
    if (at < 0) continue;
    const after = c.slice(at + w.length);
    if (looksLikeName(after)) {
      const { title, organization } = splitTitle(c.slice(0, at + w.length));
      return { name: after, pronoun: false, title, organization };
    }
  }
  // A bare name right after punctuation or at the start: 张三表示.
  for (const n of [3, 2, 4]) {
    const tail = c.slice(-n);
    if (tail.length === n && looksLikeName(tail) && (c.length === n || /[，。；、：\s）)]/.test(c[c.length - n - 1]))) {
      return { name: tail, pronoun: false, title: '', organization: '' };
    }
  }
  return undefined;
}

/**
 * The verb that ends `s`, if any. Before a quotation, 说 and 提出 count only right before a
 * colon or the quotation mark; a clause after a quotation (`after`: “…”他说。) ends there anyway.
 */
function verbAtEnd(s: string, after = false): { verb: string; before: string } | undefined {
  const t = s.replace(/[\s：:，,]+$/, '');
  for (const v of SPEECH_VERBS) {
    if (t.endsWith(v)) {
      if (BARE_SPEECH_VERBS.includes(v) && t === s && !after) return undefined;
      return { verb: v, before: t.slice(0, t.length - v.length) };
    }
  }
  return undefined;
}

/**
 * “…”院士某某主张依托…: after a quotation, a known person and a verb of their view that takes its
 * object in the same clause (no comma to end it). The earliest such verb whose words before it
 * end with a person the text found; not one followed by 了 (某某介绍了新系统 did something) nor an
 * attitude (某某表示赞同: they agree with words that may be another's).
 */
function viewAfter(tail: string, resolve?: NameResolver): { verb: string; before: string } | undefined {
  if (!resolve) return undefined;
  let best: { verb: string; before: string; at: number } | undefined;
  for (const v of STATEMENT_VERB_LIST) {
    if (v.length < 2) continue;
    const at = tail.indexOf(v);
    if (at < 2 || (best && at >= best.at) || tail[at + v.length] === '了' || (v === '表示' && attitudeAt(tail, at + v.length))) continue;
    if (resolve(tail.slice(0, at))) best = { verb: v, before: tail.slice(0, at), at };
  }
  return best && { verb: best.verb, before: best.before };
}

/** The close mark matching the open mark at text[open], nested pairs of the same kind kept inside (“…“…”…”); -1 when unclosed. */
export function matchingClose(text: string, open: number, close: string, to: number): number {
  let depth = 0;
  for (let k = open + 1; k < to; k++) {
    if (text[k] === text[open]) depth++;
    else if (text[k] === close) {
      if (depth === 0) return k;
      depth--;
    }
  }
  return -1;
}

/** Finds attributed quotations in text[from, to). */
export function findQuotes(text: string, from: number, to: number, resolve?: NameResolver): FoundQuote[] {
  const out: FoundQuote[] = [];
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // Only “ 「 『 open a quotation: other characters are passed over without making a string of them.
    if (c !== 0x201c && c !== 0x300c && c !== 0x300e) continue;
    const close = OPEN_CLOSE[text[i]];
    if (!close) continue;
    const end = matchingClose(text, i, close, to);
    if (end < 0) break;
    const start = i + 1;
    i = end;
    const inner = text.slice(start, end);
    // Single words and slogans are not speech.
    if (inner.length < 6 && !/[，。！？；,!?]/.test(inner)) continue;

    // Verb before: the clause back to the previous sentence boundary.
    let b = start - 1;
    while (b > from && !/[。！？；\n”」]/.test(text[b - 1])) b--;
    const lead = text.slice(b, start - 1);
    const before = verbAtEnd(lead);
    // (期勉「…」, 勉励「…」: Taiwan news quotes an exhortation with no colon)
    if (before && /[：:，,]\s*$|[说說道到示出调調为為言露绍紹享充结結勉励勵]$/.test(lead)) {
      const pieces = before.before.split(/[，,；]/);
      const clause = pieces.pop() ?? '';
      const who = attribute(clause, resolve);
      out.push({ start, end, verb: before.verb, who, ...(!who && pieces.length > 0 && CONTINUED.test(clause) ? { continued: true } : {}) });
      continue;
    }
    // Verb after: “…”，谢桦在致辞中这样说道。 / “…。”他说。 / “…，”她说，… — the clause right after the mark.
    let e = end + 1;
    while (e < to && !/[。！？；\n“「]/.test(text[e])) e++;
    const tail = text.slice(end + 1, e).replace(/^[\s，,]+/, '').split(/[，,]/)[0];
    if (tail.length > 0 && tail.length <= 40) {
      const after = verbAtEnd(tail, true) ?? viewAfter(tail, resolve);
      const who = after ? attribute(after.before, resolve) : undefined;
      // a bare 说 after a quotation needs its person (他说, 李号说): 不用说 names nobody
      if (after && (who || !BARE_SPEECH_VERBS.includes(after.verb))) out.push({ start, end, verb: after.verb, who });
    }
  }
  return out;
}
