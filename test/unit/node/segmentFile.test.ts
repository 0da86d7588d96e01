/** Cached segments read on demand from their file (segmentFile.ts): what is read, when the file is let go, and a file changed while open. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Segment } from '../../../src/core/search/segment';
import type { SegmentSource } from '../../../src/core/search/segmentSource';
import { BUNDLED_ID } from '../../../src/node/bundled';
import { SegmentFile, openSegmentFiles } from '../../../src/node/segmentFile';
import { cacheFile, openSummit } from '../../../src/node/summit';

const QUERIES = ['混合云', '容灾', '数据', '医院', '云', '互联网医疗'];

/** Counts the bytes read through a source. */
class Counting implements SegmentSource {
  bytesRead = 0;
  constructor(private readonly inner: SegmentSource) {}
  get size(): number { return this.inner.size; }
  read(offset: number, length: number): Uint8Array { this.bytesRead += length; return this.inner.read(offset, length); }
  close(): void { this.inner.close?.(); }
}

function headerKey(file: string): string {
  const bytes = fs.readFileSync(file);
  return (JSON.parse(bytes.subarray(8, 8 + bytes.readUInt32LE(4)).toString('utf8')) as { key: string }).key;
}

describe('segment files read on demand', function () {
  this.timeout(120000);
  let template: string;
  let dir: string;
  let expected: Map<string, unknown>;

  before(async () => {
    template = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-segfile-'));
    const built = await openSummit({ cacheDir: template, warm: false });
    expected = new Map(QUERIES.map((q) => [q, built.engine.search(q)]));
    built.engine.close();
  });
  after(() => fs.rmSync(template, { recursive: true, force: true }));
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-segfile-'));
    fs.cpSync(template, dir, { recursive: true });
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('opens by reading the header and dictionary only, and answers exactly as the whole bytes do', () => {
    const file = cacheFile(dir, BUNDLED_ID);
    const size = fs.statSync(file).size;
    const counting = new Counting(SegmentFile.open(file));
    const opened = Segment.open(counting, headerKey(file));
    assert.ok(opened instanceof Segment, String(opened));
    assert.ok(counting.bytesRead < size / 2, `read ${counting.bytesRead} of ${size} bytes at open`);
    const whole = Segment.open(fs.readFileSync(file), headerKey(file));
    assert.ok(whole instanceof Segment);
    const i = whole.find('混合云');
    assert.ok(i >= 0);
    assert.deepEqual(opened.postings(opened.find('混合云')), whole.postings(i));
    for (const d of [0, Math.floor(whole.docCount / 2), whole.docCount - 1]) {
      assert.equal(opened.entry('display', d), whole.entry('display', d));
      assert.equal(opened.text(d), whole.text(d));
    }
    assert.deepEqual(opened.words(), whole.words());
    assert.deepEqual(opened.substrings().find('医院'), whole.substrings().find('医院'));
    assert.deepEqual(opened.allBytes(), new Uint8Array(fs.readFileSync(file)), 'the whole bytes when asked');
    opened.close();
  });

  it('holds a cache file open while its corpus is in the engine, and lets it go on remove, replace and close', async () => {
    const before = openSegmentFiles();
    const warm = await openSummit({ cacheDir: dir, warm: false });
    assert.equal(openSegmentFiles(), before + 1, 'the bundled summit is read from its cache file');
    for (const q of QUERIES) assert.deepEqual(warm.engine.search(q), expected.get(q), q);
    assert.deepEqual(warm.engine.serializeBinary(BUNDLED_ID), new Uint8Array(fs.readFileSync(cacheFile(dir, BUNDLED_ID))));
    const corpus = warm.engine.corpus(BUNDLED_ID)!;
    warm.engine.add(corpus); // replaced by a segment built in memory
    assert.equal(openSegmentFiles(), before);

    const again = await openSummit({ cacheDir: dir, warm: false });
    assert.equal(openSegmentFiles(), before + 1);
    assert.ok(again.engine.remove(BUNDLED_ID));
    assert.equal(openSegmentFiles(), before);

    const third = await openSummit({ cacheDir: dir, warm: false });
    third.engine.close();
    assert.equal(openSegmentFiles(), before);
    assert.deepEqual(third.engine.corpora(), []);
  });

  it('never holds a file it did not use (a cache of another format)', async () => {
    const before = openSegmentFiles();
    const file = cacheFile(dir, BUNDLED_ID);
    const bytes = fs.readFileSync(file);
    const headerLength = bytes.readUInt32LE(4);
    const header = bytes.subarray(8, 8 + headerLength).toString('utf8').replace(/"key":"v\d+/, '"key":"v0');
    fs.writeFileSync(file, Buffer.concat([bytes.subarray(0, 8), Buffer.from(header.padEnd(headerLength)), bytes.subarray(8 + headerLength)]));
    const opened = await openSummit({ cacheDir: dir, warm: false });
    assert.ok(opened.problems.some((p) => /rebuilt the search index cache: the cached index has another format/.test(p.message)));
    assert.equal(openSegmentFiles(), before + 1, 'the rejected file is closed; the rebuilt segment is read from the file just saved');
    opened.engine.close();
    assert.equal(openSegmentFiles(), before);
  });

  it('keeps reading the old file when the cache file is replaced by a rename while open', async () => {
    const file = cacheFile(dir, BUNDLED_ID);
    const late: string[] = [];
    const warm = await openSummit({ cacheDir: dir, warm: false, onLateProblem: (p) => late.push(p.message) });
    fs.writeFileSync(`${file}.new`, 'not a segment');
    fs.renameSync(`${file}.new`, file);
    for (const q of QUERIES) assert.deepEqual(warm.engine.search(q), expected.get(q), q);
    assert.deepEqual(late, []);
    warm.engine.close();
  });

  for (const [change, how] of [
    ['truncated', (file: string) => fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2))],
    ['rewritten in place', (file: string) => {
      const bytes = fs.readFileSync(file);
      const start = 8 + bytes.readUInt32LE(4) + 32768; // past the dictionary and offsets (read at open)
      for (let i = start; i < bytes.length; i += 97) bytes[i] ^= 0x5a;
      const fd = fs.openSync(file, 'r+'); // same inode, same size, other bytes
      try { fs.writeSync(fd, bytes, 0, bytes.length, 0); } finally { fs.closeSync(fd); }
    }],
  ] as const) {
    it(`rebuilds, with one clear line, a cache file ${change} while open; never a wrong answer or a stack trace`, async () => {
      const file = cacheFile(dir, BUNDLED_ID);
      const late: string[] = [];
      const warm = await openSummit({ cacheDir: dir, warm: false, onLateProblem: (p) => late.push(p.message) });
      assert.ok(fs.statSync(file).size > 65536, 'the segment has blocks that opening does not read');
      how(file);
      for (const q of QUERIES) assert.deepEqual(warm.engine.search(q), expected.get(q), q);
      assert.equal(late.length, 1, late.join('\n'));
      assert.match(late[0], /^rebuilt the search index cache: the cached index is damaged \((checksum mismatch in block \d+|the cached file could not be read: the cached file is shorter than when it was opened)\)$/);
      assert.doesNotMatch(late[0], /\n|at .*\.js/);
      const next = await openSummit({ cacheDir: dir, warm: false, onLateProblem: (p) => late.push(p.message) });
      for (const q of QUERIES) assert.deepEqual(next.engine.search(q), expected.get(q), q);
      assert.equal(late.length, 1, 'the rebuilt segment was saved and is used');
      warm.engine.close();
      next.engine.close();
    });
  }
});
