/** The process-wide budget of blocks read from segment files (blockCache.ts). */
import * as assert from 'node:assert/strict';
import { BlockCache, SHARED_BLOCKS, type Blocks } from '../../../src/core/search/blockCache';
import type { IndexDoc } from '../../../src/core/search/documents';
import { BLOCK, Segment, buildSegment } from '../../../src/core/search/segment';
import type { SegmentSource } from '../../../src/core/search/segmentSource';

describe('BlockCache', () => {
  it('keeps blocks up to its budget, drops the earliest read first, and forgets a segment let go', () => {
    const cache = new BlockCache(3 * 100);
    const a: Blocks = new Map();
    const b: Blocks = new Map();
    const block = (n: number) => new Uint8Array(100).fill(n);
    cache.add(a, 0, block(1));
    cache.add(a, 1, block(2));
    cache.add(b, 0, block(3));
    cache.add(b, 1, block(4)); // over budget: a/0, the earliest read, goes
    assert.deepEqual([...a.keys()], [1]);
    assert.deepEqual([a.get(1)?.[0], b.get(0)?.[0], b.get(1)?.[0]], [2, 3, 4]);
    assert.equal(cache.bytes, 300);
    cache.release(b);
    assert.equal(cache.bytes, 100);
    assert.equal(b.size, 0);
    cache.add(a, 2, block(5));
    cache.add(a, 3, block(6)); // the queue still lists b's blocks: released, they count for nothing
    assert.equal(cache.bytes, 300);
    assert.deepEqual([...a.keys()].sort(), [1, 2, 3]);
    cache.add(a, 4, block(7));
    assert.deepEqual([...a.keys()].sort(), [2, 3, 4]);
    assert.equal(cache.bytes, 300);
  });

  it('answers the same from a segment read from a file when its blocks are dropped and read again', () => {
    const docs: IndexDoc[] = Array.from({ length: 4000 }, (_, i) => ({
      id: `p${i}`, kind: 'passage', display: `第${i}段 医疗云平台 ${i % 7 === 0 ? '容灾备份' : '数据中心'}`, who: null, location: null, topics: [], text: `医疗云 ${i}`,
    }));
    const texts = docs.map((d) => d.display.replace(/\s+/g, ''));
    const bytes = buildSegment(docs, (t) => t.split(/\s+/).filter(Boolean), 'k', { texts, meta: docs.map(() => '[]'), words: [] });
    const source: SegmentSource & { reads: number } = { size: bytes.length, reads: 0, read(o, l) { this.reads++; return bytes.slice(o, o + l); } };
    const whole = Segment.open(bytes, 'k');
    const paged = Segment.open(source, 'k');
    assert.ok(whole instanceof Segment && paged instanceof Segment);
    const budget = SHARED_BLOCKS.budget;
    SHARED_BLOCKS.budget = BLOCK; // one block at a time
    try {
      for (let round = 0; round < 2; round++) {
        for (const needle of ['容灾', '数据中心', '云平', '第12段']) assert.deepEqual(paged.substrings().find(needle), whole.substrings().find(needle), needle);
        for (const d of [0, 1999, 3999]) assert.equal(paged.entry('display', d), whole.entry('display', d));
        assert.deepEqual(paged.postings(paged.find('医疗云')), whole.postings(whole.find('医疗云')));
      }
      const before = source.reads;
      paged.entry('display', 0);
      paged.entry('display', 3999);
      paged.entry('display', 0);
      assert.ok(source.reads - before >= 2, 'dropped blocks are read again');
    } finally {
      SHARED_BLOCKS.budget = budget;
      paged.close();
    }
  });
});
