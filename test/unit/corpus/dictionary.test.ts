import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildUserDictionary, organizationForms } from '../../../src/core/corpus/dictionary';
import { fnv1a } from '../../../src/core/corpus/hash';
import { bundledUserDictionary, loadBundledCorpus } from '../../../src/node/bundled';
import { corpusDir } from '../../../src/node/paths';

describe('segmenter user dictionary', () => {
  it('corpus/userdict.txt is exactly what buildUserDictionary generates (run node scripts/gen-dict.mjs)', () => {
    const committed = fs.readFileSync(path.join(corpusDir(), 'userdict.txt'), 'utf8');
    assert.equal(committed, bundledUserDictionary().text);
  });

  it('holds names, aliases, organisations, topic words and domain terms as "word freq tag" lines', () => {
    const dict = bundledUserDictionary();
    const lines = dict.text.trimEnd().split('\n');
    for (const line of lines) assert.match(line, /^\S+ \d+ [a-z]+$/);
    for (const w of ['谢桦', '席与琛', '王主任', '混合云', '私有云', '公有云', '容灾', '异地备份', '云知声', '英方软件', '单体数据库', '大数据', '英特尔']) {
      assert.ok(dict.words.includes(w), w);
    }
    assert.ok(lines.includes('李谭伟 50000 nr'));
    assert.equal(dict.words.length, lines.length);
  });

  it('is stable: same input, same text and hash; any change changes the hash', () => {
    const corpus = loadBundledCorpus();
    const a = buildUserDictionary(corpus.speakers, corpus.topics, ['医疗云']);
    const b = buildUserDictionary([...corpus.speakers].reverse(), corpus.topics, ['医疗云']);
    assert.equal(a.text, b.text);
    assert.equal(a.hash, fnv1a(a.text));
    assert.match(a.hash, /^[0-9a-f]{8}$/);
    assert.notEqual(buildUserDictionary(corpus.speakers, corpus.topics, ['医疗云', '新词']).hash, a.hash);
  });

  it('leaves out what jieba cannot hold as one word', () => {
    const dict = buildUserDictionary([], [], ['两个 词', '（括号）', 'x', '']);
    assert.deepEqual(dict.words, []);
    assert.equal(dict.text, '');
  });

  it('derives short organisation names', () => {
    assert.ok(organizationForms('英特尔（中国）有限公司').includes('英特尔'));
    assert.ok(organizationForms('上海英方软件').includes('英方软件'));
    assert.ok(organizationForms('云知声研究院').includes('云知声'));
  });

  it('FNV-1a matches known values', () => {
    assert.equal(fnv1a(''), '811c9dc5');
    assert.equal(fnv1a('a'), 'e40c292c');
  });
});
