/**
 * node-rs-jieba started early on a thread of its own (what the `summit` launcher does for a
 * one-shot search or question): the same id and words as the in-thread engine; only the
 * dictionary it was started with is adopted; heavy use and a failed start are answered on the
 * calling thread. And which command lines start it.
 */
import * as assert from 'node:assert';
import { bundledUserDictionary, loadBundledCorpus } from '../../../src/node/bundled';
import { startsJiebaEarly } from '../../../src/node/cli/earlyStart';
import { OWN_AFTER_EXTRA_MS, adoptEarlyJieba, startEarlyJieba, type OwnJieba } from '../../../src/node/segmenters/earlyJieba';
import { loadNodeRsJieba, nodeRsJiebaId } from '../../../src/node/segmenters/nodeRsJieba';
import type { UserDictionary } from '../../../src/node/segmenters/userDict';

describe('node-rs-jieba started early on its own thread', function () {
  this.timeout(120_000);
  const dict = bundledUserDictionary();
  const inThread = loadNodeRsJieba(dict);
  const texts = loadBundledCorpus().passages.map((p) => p.text).slice(0, 120);

  /** The engine as createSegmenter passes it, counting how often this thread built its own. */
  function own(d: UserDictionary): OwnJieba & { loads: number } {
    const o = { id: nodeRsJiebaId(d), loads: 0, load: () => { o.loads++; return loadNodeRsJieba(d); } };
    return o;
  }

  it('answers with the in-thread engine\'s id and words, from the worker', () => {
    startEarlyJieba(dict.text);
    const o = own(dict);
    const early = adoptEarlyJieba(dict, o);
    assert.ok(early, 'adopted');
    assert.strictEqual(early.id, inThread.id);
    for (const text of texts.slice(0, 40)) {
      assert.deepStrictEqual(early.cut(text), inThread.cut(text), text);
      assert.deepStrictEqual(early.cutForSearch(text), inThread.cutForSearch(text), text);
    }
    assert.strictEqual(o.loads, 0, 'every call so far was answered by the worker');
    assert.deepStrictEqual(early.cutForSearch(''), []);
  });

  it('is taken once, and never with another dictionary', () => {
    startEarlyJieba(dict.text);
    const other = { text: `${dict.text}欧阳靖岚 50000 nr\n`, hash: 'other' };
    assert.strictEqual(adoptEarlyJieba(other, own(other)), undefined, 'another dictionary is not adopted');
    assert.strictEqual(adoptEarlyJieba(dict, own(dict)), undefined, 'the worker was stopped, not kept for later');
  });

  it('builds its own engine on this thread once the work is more than a few queries\' worth', () => {
    startEarlyJieba(dict.text);
    const o = own(dict);
    const early = adoptEarlyJieba(dict, o)!;
    // A query's few short calls stay with the worker…
    for (let i = 0; i < 20; i++) early.cutForSearch('混合云平台');
    assert.strictEqual(o.loads, 0);
    // …a transcript's worth of text does not (the limit is in extra milliseconds: at most 0.5 per thousand characters of it).
    const chars = (OWN_AFTER_EXTRA_MS / 0.0005) * 1.1;
    for (let i = 0, seen = 0; seen < chars; i++) {
      const text = texts[i % texts.length];
      seen += text.length;
      assert.deepStrictEqual(early.cutForSearch(text), inThread.cutForSearch(text));
    }
    assert.strictEqual(o.loads, 1);
  });

  it('answers on this thread when the worker could not load its dictionary', () => {
    const broken = 'not a dictionary line\n';
    startEarlyJieba(broken);
    const o = own(dict);
    // (adopted with the text it was started with; the worker's jieba rejects it)
    const early = adoptEarlyJieba({ text: broken, hash: dict.hash }, o)!;
    assert.deepStrictEqual(early.cutForSearch(texts[0]), inThread.cutForSearch(texts[0]));
    assert.strictEqual(o.loads, 1);
  });

  it('is started for one-shot searches and questions with the defaults, not for sessions or other engines', () => {
    for (const argv of [['search', '混合云'], ['ask', '谁负责混合云？', '--json'], ['search', '国家', '--no-bundled'], ['search', '--corpus', 'reports', '国家'], ['search', '--limit=5', '医院'], ['search', '--', '-x']]) {
      assert.ok(startsJiebaEarly(argv), argv.join(' '));
    }
    for (const argv of [['search'], ['search', '--corpus', 'reports'], ['search', '--json'], ['search', '混合云', '--segmenter', 'nodejieba'], ['search', '--segmenter=node-rs-jieba', '云'], ['topics'], ['cite', 'q1'], []]) {
      assert.ok(!startsJiebaEarly(argv), argv.join(' '));
    }
  });
});
