import * as assert from 'node:assert';
import fc from 'fast-check';
import { SubstringScanner } from '../../../src/core/search/substring';
import { SubstringIndex, buildSubstringIndex } from '../../../src/core/search/substringIndex';

/** Characters the alphabets are drawn from: Han (one unit and a surrogate pair), Latin, digits. */
const POOL = ['云', '混', '合', '私', '有', '灾', '备', '医', '院', '哈', '的', '𠮷', '𩸽', 'a', 'b', 'x', '1', '2', '0'];

const corpus = fc.uniqueArray(fc.constantFrom(...POOL), { minLength: 1, maxLength: 6 }).chain((alphabet) => {
  const char = fc.constantFrom(...alphabet);
  const text = fc.oneof(
    fc.array(char, { maxLength: 30 }).map((cs) => cs.join('')),
    fc.tuple(char, fc.integer({ min: 1, max: 8 })).map(([c, n]) => c.repeat(n)), // 哈哈哈哈
    fc.constant(''),
  );
  return fc.tuple(fc.constant(alphabet), fc.array(text, { maxLength: 25 }));
});

/** Needles of 0–8 code units: slices of the texts (surrogate pairs may be split) and strings of the alphabet, some with spaces. */
function needles(alphabet: string[], texts: string[], seed: number): string[] {
  let x = seed >>> 0;
  const r = (n: number) => { x = (x * 1664525 + 1013904223) >>> 0; return Math.floor((x / 2 ** 32) * n); };
  const out: string[] = ['', ' '];
  for (let k = 0; k < 40; k++) {
    const len = r(9);
    const t = texts.length > 0 ? texts[r(texts.length)] : '';
    if (k % 2 === 0 && t.length > 0) { const at = r(t.length); out.push(t.slice(at, at + len)); continue; }
    let s = '';
    while (s.length < len) s += r(10) === 0 ? ' ' : alphabet[r(alphabet.length)];
    out.push(s);
  }
  return out;
}

function open(texts: string[], bytes = buildSubstringIndex(texts)): SubstringIndex {
  return new SubstringIndex(bytes, texts.length, (doc) => texts[doc]);
}

describe('SubstringIndex', () => {
  it('finds the same documents as SubstringScanner, and contains agrees (property)', () => {
    let hits = 0;
    fc.assert(fc.property(corpus, fc.integer(), ([alphabet, texts], seed) => {
      const ids = texts.map((_, i) => `d${i}`);
      const scanner = new SubstringScanner({ ids, texts });
      const index = open(texts);
      for (const needle of needles(alphabet, texts, seed)) {
        const expected = scanner.find(needle).map((id) => ids.indexOf(id));
        const got = index.find(needle);
        assert.deepStrictEqual(got, expected, `${JSON.stringify(needle)} in ${JSON.stringify(texts)}`);
        hits += got.length;
        for (let d = 0; d < texts.length; d++) assert.strictEqual(index.contains(d, needle), scanner.contains(ids[d], needle), `contains(${d}, ${JSON.stringify(needle)})`);
      }
      assert.strictEqual(index.contains(texts.length, 'a'), false);
      assert.strictEqual(index.contains(-1, ''), false);
    }), { seed: 11, numRuns: 300 });
    assert.ok(hits > 1000, `the needles should often occur (${hits} hits)`);
  });

  it('finds a surrogate pair, repeated characters and single units exactly', () => {
    const texts = ['哈哈哈哈', '𠮷野家', '', '云', 'a云b', '野𠮷'];
    const index = open(texts);
    assert.deepStrictEqual(index.find('哈哈哈'), [0]);
    assert.deepStrictEqual(index.find('哈哈哈哈哈'), []);
    assert.deepStrictEqual(index.find('𠮷'), [1, 5]);
    assert.deepStrictEqual(index.find('\uD842'), [1, 5]); // the high surrogate alone
    assert.deepStrictEqual(index.find('\uDFB7'), [1, 5]); // the low one ends document 5
    assert.deepStrictEqual(index.find('云'), [3, 4]);
    assert.deepStrictEqual(index.find('野'), [1, 5]);
    assert.deepStrictEqual(index.find(' 云 b '), [4]);
    assert.deepStrictEqual(index.find(''), []);
    assert.deepStrictEqual(open([]).find('云'), []);
  });

  it('finds a rare single character among many documents (in bigrams, at text ends, alone)', () => {
    const rare: Record<number, string> = { 5: '鞥a', 77: 'ab鞥b', 900: 'c鞥', 1500: '鞥', 1501: '鞥鞥' };
    const texts = Array.from({ length: 2000 }, (_, i) => rare[i] ?? (i % 2 ? 'ab' : 'ba'));
    const index = open(texts);
    assert.deepStrictEqual(index.find('鞥'), [5, 77, 900, 1500, 1501]);
    assert.deepStrictEqual(index.find('a').length, 2000 - 3);
    assert.deepStrictEqual(index.find('c'), [900]);
  });

  it('answers the same while its cache of decoded lists fills, evicts and skips lists too long to keep', () => {
    // 'ab' is in 2/3 of 400,000 documents (too long to cache); the 9 bigrams of klmnopqrst in 1/3 each (more than the cache holds together).
    const texts = Array.from({ length: 400_000 }, (_, i) => (i % 3 === 2 ? 'klmnopqrst' : 'ab') + (i % 7 === 0 ? '云' : ''));
    const index = open(texts);
    const expected = (n: string) => {
      const holds = new Map([...new Set(texts)].map((t) => [t, t.includes(n)])); // four distinct texts
      const out: number[] = [];
      texts.forEach((t, i) => { if (holds.get(t)) out.push(i); });
      return out;
    };
    const words = ['ab', 'kl', 'lm', 'mn', 'no', 'op', 'pq', 'qr', 'rs', 'st', 'klm', 'b云', 't云', '云'];
    const want = new Map(words.map((w) => [w, expected(w)]));
    for (let round = 0; round < 3; round++) for (const w of words) assert.deepStrictEqual(index.find(w), want.get(w), `${w} (round ${round})`);
  });

  it('works from a copy of its bytes at an odd offset', () => {
    const texts = ['混合云私有云', '灾备医院', '医院的混合云', '', '云云云'];
    const bytes = buildSubstringIndex(texts);
    const buffer = new Uint8Array(bytes.length + 3);
    buffer.set(bytes, 1);
    const copy = buffer.subarray(1, 1 + bytes.length);
    assert.strictEqual(copy.byteOffset % 4, 1);
    const index = open(texts, copy);
    assert.deepStrictEqual(index.find('混合云'), [0, 2]);
    assert.deepStrictEqual(index.find('云'), [0, 2, 4]);
    assert.deepStrictEqual(index.find('医院'), [1, 2]);
    assert.strictEqual(index.contains(2, '的混'), true);
    assert.deepStrictEqual(buildSubstringIndex(texts), bytes, 'building is deterministic');
  });

  it('refuses damaged, truncated or mismatched bytes at open with a clear Error', () => {
    const texts = Array.from({ length: 50 }, (_, i) => `混合云${i}私有云${i % 7}灾备`);
    const bytes = buildSubstringIndex(texts);
    const fails = (b: Uint8Array, docCount = texts.length) =>
      assert.throws(() => new SubstringIndex(b, docCount, (d) => texts[d]), /substring index is damaged/);
    fails(new Uint8Array(0));
    fails(bytes.subarray(0, 23));
    for (const cut of [20, 24, 64, bytes.length - 4, bytes.length - 1]) fails(bytes.slice(0, cut));
    fails(bytes, texts.length + 1);
    for (let at = 0; at < bytes.length; at += 7) {
      const flipped = bytes.slice();
      flipped[at] ^= 0x10;
      fails(flipped);
    }
  });

  it('without its checksum check, any damage after the header gives in-range answers or a clear Error, never a hang (property)', () => {
    const texts = Array.from({ length: 120 }, (_, i) => ['混合云', '私有云', '灾备', '医院', '𠮷'][i % 5].repeat(1 + (i % 3)) + `${i % 10}的云`);
    const bytes = buildSubstringIndex(texts);
    const needles = ['云', '的', '𠮷', '混合', '有云', '私有云', '医院的', '混合云混', '院1的云'];
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 24, max: bytes.length - 1 }), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 }), (edits) => {
      const b = bytes.slice();
      for (const [at, x] of edits) b[at] ^= x;
      assert.throws(() => new SubstringIndex(b, texts.length, (d) => texts[d]), /substring index is damaged/);
      const index = new SubstringIndex(b, texts.length, (d) => texts[d], { verify: false });
      for (const needle of needles) {
        let got: number[];
        try { got = index.find(needle); } catch (err) { assert.match(String(err), /substring index is damaged/); continue; }
        got.forEach((d, i) => assert.ok(Number.isInteger(d) && d >= 0 && d < texts.length && (i === 0 || d > got[i - 1]), `${needle}: ${got.join(',')}`));
      }
    }), { seed: 12, numRuns: 300 });
  });

  it('without its checksum check, damaged postings throw rather than answer wrongly or hang', () => {
    const texts = Array.from({ length: 200 }, (_, i) => `医院${i}的混合云`);
    const bytes = buildSubstringIndex(texts);
    const header = new DataView(bytes.buffer, bytes.byteOffset);
    const slots = header.getUint32(8, true) + header.getUint32(12, true);
    const postingsAt = 24 + 4 * (2 * slots + 1);
    const damagedLists = bytes.slice();
    damagedLists.fill(0xff, postingsAt, bytes.length);
    const index = new SubstringIndex(damagedLists, texts.length, (d) => texts[d], { verify: false });
    assert.throws(() => index.find('医院'), /substring index is damaged/);
  });
});
