/** The text as the recognisers read it: original, Simplified shadow of the same length, lines. */
import { lineSpans } from '../../text/lines';
import { simplifiedShadow } from '../../lang/zh';
import type { TextView } from './types';

export function textView(text: string): TextView {
  return { text, shadow: simplifiedShadow(text), lines: lineSpans(text).map((l) => ({ start: l.start, end: l.end })) };
}
