/**
 * Turning a transcript file's bytes into text, or saying clearly why not.
 *
 * Order of decisions: a byte-order mark (UTF-8, UTF-16 LE/BE); strict UTF-8
 * validity; UTF-16 without a BOM (recognised by the shape of its code units);
 * a binary check (NUL bytes in anything else); then the jschardet detector,
 * limited to the Chinese legacy encodings GB18030/GBK and Big5, decoded with
 * iconv-lite. A decode that is not confident, or whose result contains U+FFFD
 * or control characters, is refused: mojibake is never indexed.
 *
 * The detector and the decoder (1.6 MB of tables between them) are loaded the first time a
 * file needs them: UTF-8 and UTF-16 files, nearly all of them, never load either.
 */
import type * as Iconv from 'iconv-lite';
import type * as Jschardet from 'jschardet';
import { commonHanRatio } from './commonHan';

let legacy: { iconv: typeof Iconv; jschardet: typeof Jschardet } | undefined;

/** jschardet and iconv-lite, loaded on first use. */
function legacyCodecs(): { iconv: typeof Iconv; jschardet: typeof Jschardet } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily: only legacy encodings need them
  legacy ??= { iconv: require('iconv-lite') as typeof Iconv, jschardet: require('jschardet') as typeof Jschardet };
  return legacy;
}

export interface Decoded {
  text: string;
  /** The encoding used, e.g. "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "GB18030", "Big5". */
  encoding: string;
  /** 1 for a BOM or valid UTF-8; the detector's confidence for legacy encodings. */
  confidence: number;
}

export interface DecodeFailure {
  /** A one-line message for the user. */
  error: string;
}

/** Below this share of common characters a legacy decoding is taken for mojibake. */
const MIN_COMMON_RATIO = 0.25;

/** Below this detector confidence a legacy encoding is not trusted. */
const MIN_CONFIDENCE = 0.3;

/** Maps the detector's names to the encoding iconv-lite decodes with. */
const LEGACY: Record<string, string> = {
  GB18030: 'GB18030',
  GB2312: 'GB18030', // GB18030 is a superset of GB2312 and GBK
  GBK: 'GB18030',
  BIG5: 'Big5',
  'EUC-TW': 'Big5',
};

export function isDecodeFailure(r: Decoded | DecodeFailure): r is DecodeFailure {
  return (r as DecodeFailure).error !== undefined;
}

export function decodeTranscript(bytes: Uint8Array): Decoded | DecodeFailure {
  if (bytes.length === 0) return { error: 'the file is empty (0 bytes)' };

  // 1. Byte-order marks.
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return checked(strictUtf8(bytes.subarray(3)), 'UTF-8 (BOM)', 1, 'it starts with a UTF-8 byte-order mark but is not valid UTF-8');
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return checked(utf16(bytes.subarray(2), 'utf-16le'), 'UTF-16LE', 1, 'it starts with a UTF-16 LE byte-order mark but is not valid UTF-16');
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return checked(utf16(bytes.subarray(2), 'utf-16be'), 'UTF-16BE', 1, 'it starts with a UTF-16 BE byte-order mark but is not valid UTF-16');
  }

  // 2. Valid UTF-8 (this includes pure ASCII). NUL bytes are valid UTF-8 but
  //    mean UTF-16 or binary, so those files go on to the next checks.
  const hasNul = bytes.includes(0);
  const utf8 = hasNul ? undefined : strictUtf8(bytes);
  if (utf8 !== undefined) return checked(utf8, 'UTF-8', 1, 'it is valid UTF-8 but not text');

  // 3. UTF-16 without a BOM.
  const order = guessUtf16(bytes);
  if (order) {
    const text = utf16(bytes, order === 'LE' ? 'utf-16le' : 'utf-16be');
    return checked(text, `UTF-16${order}`, 0.9, `it looks like UTF-16 ${order} but does not decode cleanly`);
  }

  // 4. NUL bytes in anything that is not UTF-16: binary.
  if (hasNul) return { error: 'it is a binary file, not a text transcript' };

  // 5. Legacy Chinese encodings, chosen by the detector.
  const { iconv, jschardet } = legacyCodecs();
  const sample = bytes.subarray(0, Math.min(bytes.length, 256 * 1024));
  let guesses: Array<{ encoding: string | null; confidence: number }> = [];
  try {
    guesses = jschardet.detectAll(sample, { minimumThreshold: 0 }) ?? [];
  } catch {
    guesses = [];
  }
  const chinese = guesses
    .map((g) => ({ encoding: LEGACY[String(g.encoding).toUpperCase()], confidence: g.confidence }))
    .filter((g) => g.encoding !== undefined);
  const best = chinese[0];
  if (!best) {
    const top = guesses[0];
    const said = top ? ` (the detector suggests ${top.encoding}, confidence ${top.confidence.toFixed(2)})` : '';
    return { error: `cannot tell its encoding: it is not UTF-8, UTF-16, GB18030/GBK or Big5${said}` };
  }
  if (best.confidence < MIN_CONFIDENCE) {
    return { error: `cannot tell its encoding confidently (${best.encoding} at ${best.confidence.toFixed(2)}); save it as UTF-8` };
  }
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const first = checked(iconv.decode(buf, best.encoding), best.encoding, best.confidence, `it does not decode cleanly as ${best.encoding}; save it as UTF-8`);
  if (!isDecodeFailure(first) && plausible(first.text)) return first;
  // GB18030 and Big5 share byte ranges: the detector's second choice may be the right one.
  const other = best.encoding === 'Big5' ? 'GB18030' : 'Big5';
  const second = checked(iconv.decode(buf, other), other, Math.min(best.confidence, 0.5), '');
  if (!isDecodeFailure(second) && plausible(second.text)) return second;
  if (isDecodeFailure(first)) return first;
  return { error: `decoding it as ${best.encoding} gives implausible text (mojibake?); save it as UTF-8` };
}

/** Real Chinese text is mostly common characters; mojibake is not. Too little Han text to tell passes. */
function plausible(text: string): boolean {
  const { ratio, han } = commonHanRatio(text);
  return han < 20 || ratio >= MIN_COMMON_RATIO;
}

/** Rejects text with replacement characters or control characters other than tab, line feed, carriage return and form feed. */
function checked(text: string | undefined, encoding: string, confidence: number, why: string): Decoded | DecodeFailure {
  if (text === undefined || text.includes('\uFFFD')) return { error: `cannot decode it: ${why}` };
  const bad = findControl(text);
  if (bad >= 0) {
    const line = text.slice(0, bad).split('\n').length;
    if (text.includes('\u0000')) return { error: 'it is a binary file, not a text transcript' };
    return { error: `it contains a control character (U+${text.charCodeAt(bad).toString(16).toUpperCase().padStart(4, '0')}) on line ${line}: is it really a ${encoding} text file?` };
  }
  if (text.trim() === '') return { error: 'the file contains only white space' };
  return { text, encoding, confidence };
}

function findControl(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) return i;
  }
  return -1;
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function utf16(bytes: Uint8Array, label: 'utf-16le' | 'utf-16be'): string | undefined {
  if (bytes.length % 2 !== 0) return undefined;
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * UTF-16 without a BOM: nearly every code unit of a Chinese or Latin text is
 * ASCII, CJK punctuation, a CJK ideograph or a full-width form. Checks both
 * byte orders and picks the one where (nearly) all units are such.
 */
export function guessUtf16(bytes: Uint8Array): 'LE' | 'BE' | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  const n = Math.min(bytes.length, 64 * 1024) >> 1;
  let le = 0;
  let be = 0;
  let nulPairs = 0;
  for (let i = 0; i < n; i++) {
    const a = bytes[2 * i];
    const b = bytes[2 * i + 1];
    if (a === 0 && b === 0) nulPairs++;
    if (plausibleUnit(a | (b << 8))) le++;
    if (plausibleUnit((a << 8) | b)) be++;
  }
  if (nulPairs > n / 10) return undefined;
  if (le >= n * 0.95 && le > be) return 'LE';
  if (be >= n * 0.95 && be > le) return 'BE';
  return undefined;
}

function plausibleUnit(u: number): boolean {
  return (
    (u >= 0x20 && u < 0x7f) ||
    u === 0x09 || u === 0x0a || u === 0x0d ||
    (u >= 0x2000 && u <= 0x206f) || // general punctuation (“ ” … —)
    (u >= 0x3000 && u <= 0x303f) || // CJK punctuation
    (u >= 0x3400 && u <= 0x9fff) || // CJK ideographs
    (u >= 0xff00 && u <= 0xffef) || // full-width forms
    (u >= 0x00a0 && u <= 0x00ff)
  );
}
