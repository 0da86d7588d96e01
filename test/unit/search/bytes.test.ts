/** The segment's byte helpers: UTF-8 decoding (with a fast path for short runs) and the block checksum. */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import * as zlib from 'node:zlib';
import { ByteWriter, checksum, fromUtf8, utf8 } from '../../../src/core/search/bytes';

const reference = new TextDecoder('utf-8', { fatal: true });
const decodeOrError = (f: () => string): string => { try { return f(); } catch { return '<malformed>'; } };

describe('segment bytes', () => {
  it('writes UTF-8 in place exactly as utf8() encodes it (lone surrogates, astral characters, past its first buffer)', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 3000 }), { maxLength: 40 }), (texts) => {
      const w = new ByteWriter();
      const expected: number[] = [];
      for (const t of texts) { w.varint(t.length); w.utf8(t); expected.push(...encodeVarint(t.length), ...utf8(t)); }
      assert.deepEqual([...w.result()], expected);
    }), { seed: 20261203, numRuns: 200 });
  });

  it('writes short texts (encoded without TextEncoder) exactly as utf8() encodes them', () => {
    const unit = fc.oneof(fc.integer({ min: 0, max: 0x7f }), fc.integer({ min: 0x80, max: 0x7ff }), fc.integer({ min: 0x800, max: 0xffff }), fc.integer({ min: 0xd800, max: 0xdfff }));
    fc.assert(fc.property(fc.array(fc.array(unit, { maxLength: 48 }).map((us) => String.fromCharCode(...us)), { maxLength: 40 }), (texts) => {
      const w = new ByteWriter();
      const expected: number[] = [];
      for (const t of texts) { w.utf8(t); expected.push(...utf8(t)); }
      assert.deepEqual([...w.result()], expected);
    }), { seed: 20261204, numRuns: 500 });
  });

  it('decodes short and long UTF-8 exactly as a fatal TextDecoder does, malformed bytes included', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
      assert.equal(decodeOrError(() => fromUtf8(bytes)), decodeOrError(() => reference.decode(bytes)));
    }), { seed: 20261201, numRuns: 3000 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
      const wellFormed = !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);
      if (wellFormed) assert.equal(fromUtf8(utf8(text)), text);
    }), { seed: 20261202, numRuns: 3000 });
    for (const bad of [[0xc0, 0x80], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xe4, 0xb8], [0xff]]) {
      assert.throws(() => fromUtf8(Uint8Array.from(bad)), `${bad} is malformed`);
    }
  });

  it('computes the CRC-32 zlib computes (the check value, and Node\'s native crc32 on any bytes)', () => {
    assert.equal(checksum(new TextEncoder().encode('123456789')), 0xcbf43926);
    assert.equal(checksum(new Uint8Array(0)), 0);
    const native = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
    assert.ok(native, 'this Node has zlib.crc32 (20.15 and later): segment files are read with it');
    fc.assert(fc.property(fc.uint8Array({ maxLength: 5000 }), fc.nat(7), (bytes, skip) => {
      const view = bytes.subarray(Math.min(skip, bytes.length)); // unaligned views too
      assert.equal(checksum(view), native(view));
    }), { seed: 20261204, numRuns: 2000 });
  });

  it('changes its checksum for any edit of two bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ minLength: 8, maxLength: 64 }), fc.nat(), fc.nat(), fc.integer({ min: 1, max: 255 }), fc.integer({ min: 1, max: 255 }),
      (bytes, i, j, x, y) => {
        const a = i % bytes.length;
        const b = j % bytes.length;
        fc.pre(a !== b);
        const edited = bytes.slice();
        edited[a] ^= x;
        edited[b] ^= y;
        assert.notEqual(checksum(edited), checksum(bytes));
      }), { seed: 20261203, numRuns: 20000 });
    assert.notEqual(checksum(new Uint8Array(8)), checksum(new Uint8Array(9)), 'the length counts');
  });
});

function encodeVarint(value: number): number[] {
  const out: number[] = [];
  let v = value >>> 0;
  while (v >= 0x80) { out.push((v & 0x7f) | 0x80); v >>>= 7; }
  out.push(v);
  return out;
}
