/**
 * Chinese prose typed with ASCII punctuation (表示, 影像云… / 抓手. / 魏佳(…主任)分享): many
 * reports copied from web pages, forms or OCR read that way. The recognisers read a shadow
 * where such marks are the full-width ones Chinese text uses, character for character (the
 * same length, so every offset still names the original text). A mark counts as Chinese
 * punctuation next to Chinese text only: 2.6PB, 1,500, e.g. and (ICU) in Latin stay as written.
 */

/** ASCII marks and their full-width forms. */
const FULL_WIDTH: ReadonlyMap<string, string> = new Map([
  [',', '，'], ['.', '。'], [':', '：'], [';', '；'], ['?', '？'], ['!', '！'], ['(', '（'], [')', '）'],
]);

/** Presentation forms some pages print for Chinese marks (…行政總裁︰, Hong Kong government releases): always the mark. */
const PRESENTATION_FORMS: ReadonlyMap<string, string> = new Map([['︰', '：']]);

/** Han, or punctuation that only Chinese text uses (closing quotes, full-width marks). */
function isChinese(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || ch === '”' || ch === '’';
}

const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';

/** The next character after `i` that is not a space or tab. */
function nextVisible(text: string, i: number): string | undefined {
  let j = i + 1;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++;
  return text[j];
}

/** Whether the ASCII mark at i stands as Chinese punctuation. */
function actsAsChinese(text: string, i: number): boolean {
  const mark = text[i];
  const prev = text[i - 1];
  const next = nextVisible(text, i);
  if (mark === '.') {
    // a full stop after Chinese text, before a space, a line end or more Chinese (not 2.6, not …)
    return isChinese(prev) && text[i + 1] !== '.' && (next === undefined || next === '\n' || next === '\r' || text[i + 1] === ' ' || isChinese(next));
  }
  if (isDigit(prev) && isDigit(text[i + 1])) return false; // 1,500 and 10:30
  return isChinese(prev) || isChinese(next);
}

/** The text with ASCII marks used as Chinese punctuation in their full-width forms (same length). */
export function chinesePunctuation(text: string): string {
  if (!/[,.:;?!()︰]/.test(text)) return text;
  let out = '';
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const form = text.charCodeAt(i) >= 0x80 ? PRESENTATION_FORMS.get(text[i]) : undefined;
    if (text.charCodeAt(i) >= 0x80 && form === undefined) continue; // every mark of FULL_WIDTH is ASCII
    const full = form ?? FULL_WIDTH.get(text[i]);
    if (full === undefined || (form === undefined && !actsAsChinese(text, i))) continue;
    out += text.slice(run, i) + full;
    run = i + 1;
  }
  return run === 0 ? text : out + text.slice(run);
}
