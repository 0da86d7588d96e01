/**
 * Sentence splitting for Chinese reports: a sentence ends at 。！？!? (plus any closing
 * quotation marks or brackets right after it) or at the end of the span — but never inside
 * a quotation, so “……。……” stays in one sentence with the words around it.
 */
import { ATTRIBUTION_AFTER_VERBS } from '../lang/zh';
import { trimSpan, type Span } from './location';

const OPEN = '“‘「『《（(';
const CLOSE = '”’」』》）)';
const ENDERS = '。！？!?';
const TRAILERS = '”’」』）)';
/** Characters the splitter has to look at; everything else is skipped quickly. */
const SPECIAL = new Set([...OPEN, ...CLOSE, ...ENDERS]);
/** A runaway quotation (no closing mark) stops protecting its text after this many code units. */
const MAX_QUOTE = 400;
/** A short clause ending in a speech verb right after a closing quotation mark. */
const ATTRIBUTION_AFTER = new RegExp(`^[，,]?[^。！？!?“”]{0,30}?(${ATTRIBUTION_AFTER_VERBS.join('|')})[。！？!?]`);

/** Splits `text[span]` into trimmed sentence spans. */
export function splitSentences(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let start = span.start;
  const stack: { ch: string; at: number }[] = [];
  const push = (end: number) => {
    const s = trimSpan(text, { start, end });
    if (s.end > s.start) out.push(s);
    start = end;
  };
  for (let i = span.start; i < span.end; i++) {
    const ch = text[i];
    if (!SPECIAL.has(ch)) {
      if (stack.length > 0 && i - stack[0].at > MAX_QUOTE) stack.length = 0;
      continue;
    }
    const open = OPEN.indexOf(ch);
    if (open >= 0) {
      stack.push({ ch: CLOSE[open], at: i });
      continue;
    }
    if (CLOSE.includes(ch)) {
      let k = stack.length - 1;
      while (k >= 0 && stack[k].ch !== ch) k--;
      if (k >= 0) stack.length = k;
      // “……。” closes a sentence too, unless an attribution follows (“……。”他说。).
      if (k === 0 && ENDERS.includes(text[i - 1]) && !ATTRIBUTION_AFTER.test(text.slice(i + 1, Math.min(span.end, i + 40)))) {
        let end = i + 1;
        while (end < span.end && (ENDERS.includes(text[end]) || TRAILERS.includes(text[end]))) end++;
        push(end);
        i = end - 1;
      }
      continue;
    }
    if (stack.length > 0 && i - stack[0].at > MAX_QUOTE) stack.length = 0;
    if (stack.length === 0 && ENDERS.includes(ch)) {
      let end = i + 1;
      while (end < span.end && (ENDERS.includes(text[end]) || TRAILERS.includes(text[end]))) end++;
      push(end);
      i = end - 1;
    }
  }
  push(span.end);
  return out;
}
