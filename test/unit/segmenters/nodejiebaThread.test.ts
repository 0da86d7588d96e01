/**
 * nodejieba on a worker thread (what the extension host uses): same id and the same words
 * as nodejieba on the calling thread, and the calling thread's event loop keeps running
 * while the dictionaries load.
 */
import * as assert from 'node:assert';
import { loadBundledCorpus, bundledUserDictionary } from '../../../src/node/bundled';
import { createSegmenter } from '../../../src/node/segmenters';
import { createNodejiebaThread } from '../../../src/node/segmenters/nodejiebaThread';
import { DOMAIN_TERMS, SUMMIT_NAMES } from './engines';

describe('nodejieba off the main thread', function () {
  this.timeout(180_000);
  const dict = bundledUserDictionary();
  let threaded: Awaited<ReturnType<typeof createNodejiebaThread>>;
  let ticksWhileLoading = 0;

  before(async () => {
    const timer = setInterval(() => { ticksWhileLoading++; }, 5);
    try {
      threaded = await createNodejiebaThread(dict);
    } finally {
      clearInterval(timer);
    }
  });

  after(async () => { await threaded?.dispose(); });

  it('keeps the calling thread free while the dictionaries load', () => {
    // The in-thread engine would block the loop for the whole load: not one tick would run.
    assert.ok(ticksWhileLoading > 0, `the event loop did not run while nodejieba loaded`);
  });

  it('gives the same id and the same words as nodejieba on the calling thread', async () => {
    const inThread = await createSegmenter('nodejieba', dict);
    assert.strictEqual(threaded.id, inThread.id);
    const sentences = loadBundledCorpus().passages.map((p) => p.text);
    for (const text of sentences) {
      assert.deepStrictEqual(threaded.cut(text), inThread.cut(text), text);
      assert.deepStrictEqual(threaded.cutForSearch(text), inThread.cutForSearch(text), text);
    }
  });

  it('keeps the names and domain terms whole', () => {
    for (const word of [...SUMMIT_NAMES, ...DOMAIN_TERMS]) {
      assert.ok(threaded.cut(`会上${word}说`).includes(word), word);
    }
  });

  it('answers an empty text with no words and a long one in full', () => {
    assert.deepStrictEqual(threaded.cut(''), []);
    const long = loadBundledCorpus().text;
    assert.strictEqual(threaded.cut(long).join(''), long);
  });

  it('fails with a clear message once stopped, instead of hanging', async () => {
    const other = await createNodejiebaThread(dict);
    await other.dispose();
    assert.throws(() => other.cut('混合云'), /stopped/);
  });
});
