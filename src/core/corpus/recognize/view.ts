/** The text as the recognisers read it: original, Simplified shadow of the same length (ASCII marks used as Chinese punctuation in full width), lines. */
import { lineSpans } from '../../text/lines';
import { chinesePunctuation, simplifiedShadow } from '../../lang/zh';
import type { TextView } from './types';

export function textView(text: string): TextView {
  return { text, shadow: chinesePunctuation(simplifiedShadow(text)), lines: lineSpans(text).map((l) => ({ start: l.start, end: l.end })) };
}
