/** Little-endian byte buffers with unsigned varints, for the segment format (segment.ts). */

export class ByteWriter {
  private buf = new Uint8Array(1 << 16);
  length = 0;

  private room(n: number): void {
    if (this.length + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.length + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }

  varint(value: number): void {
    this.room(5);
    let v = value >>> 0;
    while (v >= 0x80) {
      this.buf[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.buf[this.length++] = v;
  }

  byte(value: number): void {
    this.room(1);
    this.buf[this.length++] = value & 0xff;
  }

  bytes(data: Uint8Array): void {
    this.room(data.length);
    this.buf.set(data, this.length);
    this.length += data.length;
  }

  /** Appends the UTF-8 of `text` (as `utf8(text)` encodes it), encoded in place: no array per string. */
  utf8(text: string): void {
    this.room(text.length * 3);
    if (text.length > SHORT_UTF8) {
      this.length += encoder.encodeInto(text, this.buf.subarray(this.length)).written;
      return;
    }
    // A short text (a term, an id): encoded here, as TextEncoder's call costs more than it does.
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i);
      if (c < 0x80) { this.buf[this.length++] = c; continue; }
      if (c < 0x800) { this.buf[this.length++] = 0xc0 | (c >> 6); this.buf[this.length++] = 0x80 | (c & 0x3f); continue; }
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        i++;
        this.buf[this.length++] = 0xf0 | (c >> 18);
        this.buf[this.length++] = 0x80 | ((c >> 12) & 0x3f);
      } else {
        if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd; // a lone surrogate, as TextEncoder writes it
        this.buf[this.length++] = 0xe0 | (c >> 12);
      }
      this.buf[this.length++] = 0x80 | ((c >> 6) & 0x3f);
      this.buf[this.length++] = 0x80 | (c & 0x3f);
    }
  }

  /** Pads with zeros up to a multiple of `n` (so typed arrays can view the bytes in place). */
  align(n: number): void {
    while (this.length % n !== 0) this.byte(0);
  }

  result(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

/** Reads varints from `bytes` starting at `pos`; `pos` advances. */
export class ByteReader {
  constructor(readonly bytes: Uint8Array, public pos = 0) {}

  varint(): number {
    let v = 0;
    let shift = 0;
    for (;;) {
      const b = this.bytes[this.pos++];
      if (b === undefined) throw new RangeError('truncated varint');
      v += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return v;
      shift += 7;
      if (shift > 35) throw new RangeError('varint too long');
    }
  }

  byte(): number {
    const b = this.bytes[this.pos++];
    if (b === undefined) throw new RangeError('truncated data');
    return b;
  }
}

/** CRC-32's table, eight at once (slice-by-8): table t maps a byte to its remainder t bytes further on. */
const CRC_TABLE = (() => {
  const t = new Int32Array(256 * 8);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  for (let n = 0; n < 256; n++) for (let k = 1; k < 8; k++) t[k * 256 + n] = (t[(k - 1) * 256 + n] >>> 8) ^ t[t[(k - 1) * 256 + n] & 255];
  return t;
})();

/**
 * The CRC-32 of bytes (IEEE 802.3, reflected, as zlib, gzip and PNG compute it: "123456789"
 * gives 0xcbf43926), the checksum of a segment's blocks. Catches truncation, bit flips and
 * edits; not for security. The same values as Node's native `zlib.crc32`, which a segment's
 * source may offer for reading faster (SegmentSource.checksum); this one needs no runtime.
 */
export function checksum(bytes: Uint8Array): number {
  const t = CRC_TABLE;
  let c = -1;
  let i = 0;
  const n = bytes.length;
  for (const end = n - (n & 7); i < end; i += 8) {
    const a = c ^ (bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24));
    c = t[1792 + (a & 255)] ^ t[1536 + ((a >>> 8) & 255)] ^ t[1280 + ((a >>> 16) & 255)] ^ t[1024 + (a >>> 24)] ^
      t[768 + bytes[i + 4]] ^ t[512 + bytes[i + 5]] ^ t[256 + bytes[i + 6]] ^ t[bytes[i + 7]];
  }
  for (; i < n; i++) c = t[(c ^ bytes[i]) & 255] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/** Decodes UTF-8 (throws on malformed bytes). Short runs (a term, an id) are decoded here: TextDecoder's call costs more than they do. */
export function fromUtf8(bytes: Uint8Array): string {
  return bytes.length <= SHORT_UTF8 ? shortUtf8(bytes) ?? decoder.decode(bytes) : decoder.decode(bytes);
}

const SHORT_UTF8 = 48;

/** One-, two- and three-byte sequences, checked as TextDecoder checks them; undefined for anything else (TextDecoder then decides). */
function shortUtf8(b: Uint8Array): string | undefined {
  let out = '';
  for (let i = 0; i < b.length;) {
    const c = b[i];
    if (c < 0x80) { out += String.fromCharCode(c); i++; continue; }
    if (c >= 0xc2 && c <= 0xdf) {
      const c1 = b[i + 1];
      if (c1 === undefined || (c1 & 0xc0) !== 0x80) return undefined;
      out += String.fromCharCode(((c & 0x1f) << 6) | (c1 & 0x3f));
      i += 2;
      continue;
    }
    if (c >= 0xe0 && c <= 0xef) {
      const c1 = b[i + 1];
      const c2 = b[i + 2];
      if (c1 === undefined || c2 === undefined || (c1 & 0xc0) !== 0x80 || (c2 & 0xc0) !== 0x80) return undefined;
      if ((c === 0xe0 && c1 < 0xa0) || (c === 0xed && c1 >= 0xa0)) return undefined; // overlong, or a surrogate
      out += String.fromCharCode(((c & 0x0f) << 12) | ((c1 & 0x3f) << 6) | (c2 & 0x3f));
      i += 3;
      continue;
    }
    return undefined;
  }
  return out;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Int16Array(128).fill(-1);
for (let i = 0; i < B64.length; i++) B64_INDEX[B64.charCodeAt(i)] = i;

/** Base64 (standard alphabet, padded), for passing a segment where only text fits (JSON caches, messages). */
export function toBase64(bytes: Uint8Array): string {
  const out: string[] = [];
  let chunk = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    chunk += B64[(n >> 18) & 63] + B64[(n >> 12) & 63] + (i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=') + (i + 2 < bytes.length ? B64[n & 63] : '=');
    if (chunk.length >= 8192) { out.push(chunk); chunk = ''; }
  }
  out.push(chunk);
  return out.join('');
}

/** Decodes base64; undefined when the text is not base64. */
export function fromBase64(text: string): Uint8Array | undefined {
  if (text.length % 4 !== 0) return undefined;
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    let n = 0;
    for (let k = 0; k < 4; k++) {
      const c = text.charCodeAt(i + k);
      const v = c === 61 && i + k >= text.length - pad ? 0 : c < 128 ? B64_INDEX[c] : -1;
      if (v < 0) return undefined;
      n = (n << 6) | v;
    }
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}
