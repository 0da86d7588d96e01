/** The segment's compact layout: narrow field lengths and scanner texts kept only where they differ, read back exactly, from memory or by range. */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { SegmentDocs, buildDocuments, encodeMeta, type IndexDoc } from '../../../src/core/search/documents';
import { fixtureCorpus } from './fixture';
import { Segment, buildSegment } from '../../../src/core/search/segment';
import { MemorySource, type SegmentSource } from '../../../src/core/search/segmentSource';
import { compact, scannerText } from '../../../src/core/search/substring';

const KEY = 'v-test|seg|c|x';
const tokenize = (text: string) => [...text].filter((c) => c.trim() !== '');

function doc(i: number, display: string, kind: IndexDoc['kind'] = 'passage'): IndexDoc {
  return kind === 'speaker'
    ? { id: `speaker:${display}`, kind, display: `${display} 院长`, who: display, location: null, topics: [], name: display, title: '院长' }
    : { id: `p${i}`, kind, display, who: null, location: null, topics: [], text: display };
}

/** A source that gives its bytes in small copies (as a file does), to read every part by range. */
class Copying implements SegmentSource {
  constructor(private readonly bytes: Uint8Array) {}
  get size(): number { return this.bytes.length; }
  read(offset: number, length: number): Uint8Array { return this.bytes.slice(offset, offset + length); }
}

/** The documents whose text holds the needle, by definition. */
function scan(texts: string[], needle: string): number[] {
  const n = compact(needle);
  return n === '' ? [] : texts.flatMap((t, d) => (t.includes(n) ? [d] : []));
}

function check(docs: IndexDoc[], normalize: boolean): Uint8Array {
  const texts = docs.map((d) => scannerText(d, normalize));
  const bytes = buildSegment(docs, tokenize, KEY, { texts, meta: docs.map(() => '[]'), words: ['医疗云'] });
  for (const source of [new MemorySource(bytes), new Copying(bytes)]) {
    const seg = Segment.open(source, KEY);
    assert.ok(seg instanceof Segment, String(seg));
    for (const t of texts.filter((_, i) => i % Math.ceil(texts.length / 100) === 0)) { // a hundred documents' needles at most
      for (const needle of [t, t.slice(0, 1), t.slice(1, 3), t.slice(-4)]) assert.deepEqual(seg.substrings().find(needle), scan(texts, needle), needle);
    }
    docs.forEach((d, i) => {
      assert.equal(seg.text(i), texts[i]);
      assert.equal(seg.entry('texts', i), texts[i]);
      assert.equal(seg.entry('display', i), d.display);
      assert.equal(seg.fieldLength(i, 0), new Set(tokenize(d.text ?? '')).size);
    });
  }
  return bytes;
}

describe('segment layout', () => {
  it('reads back every scanner text and field length, normalised or not, with texts the display cannot give kept as they are', () => {
    const chars = fc.constantFrom('医', '療', '云', 'Ａ', 'a', 'B', ' ', '　', '，', '\u0001', '𠮷', '');
    fc.assert(fc.property(fc.array(fc.tuple(fc.array(chars, { maxLength: 12 }), fc.boolean()), { minLength: 1, maxLength: 8 }), fc.boolean(), (rows, normalize) => {
      check(rows.map(([cs, speaker], i) => doc(i, cs.join(''), speaker ? 'speaker' : 'passage')), normalize);
    }), { seed: 11, numRuns: 150 });
  });

  it('stores field lengths in one byte each when they fit, two when a field has 256 or more distinct terms', () => {
    const short = Array.from({ length: 200 }, (_, i) => doc(i, `医疗云平台第${i}号`));
    const long = [...short, doc(200, Array.from({ length: 300 }, (_, k) => String.fromCharCode(0x4e00 + k)).join(''))];
    const a = check(short, true);
    const b = check(long, true);
    const width = (bytes: Uint8Array) => {
      const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + new DataView(bytes.buffer, bytes.byteOffset).getUint32(4, true)))) as { fieldLengthBytes: number; sections: Record<string, [number, number]> };
      return [header.fieldLengthBytes, header.sections.fieldLengths[1]];
    };
    assert.deepEqual(width(a), [1, 200 * 8]);
    assert.deepEqual(width(b), [2, 201 * 8 * 2]);
  });

  it('answers substring look-ups from a source read by range (many blocks) exactly as from memory', () => {
    const syllables = ['医', '疗', '云', '数', '据', '平', '台', '建', '设', '𠮷', '安', '全', '互', '联', '网'];
    let x = 7;
    const r = (n: number) => { x = (x * 1664525 + 1013904223) >>> 0; return Math.floor((x / 2 ** 32) * n); };
    const docs = Array.from({ length: 3000 }, (_, i) => doc(i, Array.from({ length: 4 + r(20) }, () => syllables[r(syllables.length)]).join('')));
    const bytes = check(docs, true);
    assert.ok(bytes.length > 8 * 16384, 'the segment spans many blocks');
  });

  it('keeps no scanner text of a passage whose text is its normalised display text', () => {
    const docs = Array.from({ length: 50 }, (_, i) => doc(i, `各位專家，醫療云 第${i}次 会议`));
    const bytes = check(docs, true);
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + new DataView(bytes.buffer, bytes.byteOffset).getUint32(4, true)))) as { sections: Record<string, [number, number]> };
    assert.equal(header.sections.textsData[1], 0);
  });

  it('stores merge slots that group documents exactly as their stored passage ids do', () => {
    const corpus = fixtureCorpus();
    const docs = buildDocuments(corpus);
    assert.ok(docs.some((d) => d.kind === 'quote') && docs.some((d) => d.kind === 'speaker'), 'the fixture has quotes and speakers');
    const bytes = buildSegment(docs, tokenize, KEY, { texts: docs.map((d) => scannerText(d, true)), meta: docs.map(encodeMeta), words: [] });
    const seg = Segment.open(bytes, KEY);
    assert.ok(seg instanceof Segment, String(seg));
    const stored = new SegmentDocs(seg);
    // The passage id each document stands for, read back from its stored fields and id.
    const passageOf = (d: number): string | undefined => {
      const s = stored.storedAt(d);
      if (s.kind === 'speaker') return undefined;
      return (s.kind === 'quote' || s.kind === 'statement') && s.passage !== undefined ? s.passage : stored.id(d);
    };
    const pairs = new Map<number, string>();
    for (let d = 0; d < docs.length; d++) {
      const a = stored.mergeSlot(d);
      const b = passageOf(d);
      assert.equal(a < 0, b === undefined, `document ${d}`);
      assert.equal(a < 0, docs[d].kind === 'speaker', `document ${d}`);
      if (b === undefined) continue;
      assert.ok(a < docs.length);
      if (!pairs.has(a)) pairs.set(a, b);
      assert.equal(pairs.get(a), b, `document ${d}: the same slot stands for one passage`);
    }
    assert.equal(new Set(pairs.values()).size, pairs.size, 'and one passage has one slot');
    assert.ok(pairs.size < docs.filter((d) => d.kind !== 'speaker').length, 'some quotes merged with their passage');
  });

  it('stores who each document is by apart from its entry, equal to the stored fields, and reads the entry only when asked', () => {
    const corpus = fixtureCorpus();
    const docs = buildDocuments(corpus);
    const bytes = buildSegment(docs, tokenize, KEY, { texts: docs.map((d) => scannerText(d, true)), meta: docs.map(encodeMeta), words: [] });
    const seg = Segment.open(bytes, KEY);
    assert.ok(seg instanceof Segment, String(seg));
    const reads: string[] = [];
    const stored = new SegmentDocs({ docCount: seg.docCount, entry: (t, d) => { reads.push(t); return seg.entry(t, d); }, who: (d) => seg.who(d), mergeSlot: (d) => seg.mergeSlot(d) });
    assert.ok(docs.some((d) => d.who !== null) && docs.some((d) => d.who === null), 'the fixture has documents by someone and by nobody');
    docs.forEach((d, i) => assert.equal(stored.storedAt(i).who, d.who, `document ${i}`));
    assert.deepEqual(reads, [], 'who came from the speaker table');
    docs.forEach((d, i) => {
      const s = stored.storedAt(i);
      assert.equal(s.kind, d.kind);
      assert.deepEqual(s.topics, d.topics);
      assert.equal(s.passage, d.passage);
    });
    assert.ok(reads.length > 0 && reads.every((t) => t === 'meta'));
  });
  it('keeps a transcript\'s words once each and answers a look-up without the list, from memory or by range', () => {
    const word = fc.array(fc.constantFrom('医', '疗', '云', '療', '𠮷', 'a', '容', '灾'), { minLength: 1, maxLength: 5 }).map((cs) => cs.join(''));
    fc.assert(fc.property(fc.array(word, { maxLength: 60 }), fc.array(word, { maxLength: 20 }), (words, probes) => {
      const docs = [doc(0, '医疗云')];
      const bytes = buildSegment(docs, tokenize, KEY, { texts: docs.map((d) => scannerText(d, true)), meta: ['[]'], words });
      const distinct = [...new Set(words)].sort();
      for (const source of [new MemorySource(bytes), new Copying(bytes)]) {
        const seg = Segment.open(source, KEY);
        assert.ok(seg instanceof Segment, String(seg));
        assert.deepEqual(seg.words(), distinct);
        for (const w of [...probes, ...words, '']) assert.equal(seg.hasWord(w), distinct.includes(w), w);
      }
    }), { seed: 12, numRuns: 150 });
  });
});
