import * as assert from 'node:assert/strict';
import { loadBundledCorpus } from '../../../src/node/bundled';
import { resolveSpeakerNames } from '../../../src/node/cli/corpora';
import { quoteJson } from '../../../src/node/cli/commands/quotes';
import { speakerJson, speakerProfile } from '../../../src/core/read/speakers';
import { topicJson, topicTree as tree0, type TopicJson } from '../../../src/core/read/topics';
import type { Corpus } from '../../../src/core/model';

const topicTree = (corpora: Corpus[]) => topicJson(tree0(corpora));

describe('corpus CLI output shapes (speakers, quotes, topics)', () => {
  const corpus = loadBundledCorpus();

  it('speakers --json: {name,title,organization,role,quotes:[{text,location}],statements,topics,file,format}', () => {
    const rows = corpus.speakers.map((s) => speakerJson(speakerProfile(corpus, s)));
    assert.equal(rows.length, 15);
    for (const r of rows) assert.deepEqual(Object.keys(r), ['name', 'title', 'organization', 'role', 'quotes', 'statements', 'topics', 'file', 'format']);
    for (const r of rows) assert.equal(r.format, 'report');
    const huang = rows.find((r) => r.name === '黄虹')!;
    assert.deepEqual(huang.statements.map((st) => st.verb), ['提出']);
    for (const st of huang.statements) assert.equal(corpus.text.slice(st.location.offset, st.location.offset + st.location.length), st.text);
    assert.equal(huang.quotes.length, 2);
    for (const q of huang.quotes) {
      assert.deepEqual(Object.keys(q), ['text', 'location']);
      assert.equal(corpus.text.slice(q.location.offset, q.location.offset + q.location.length), q.text);
    }
    assert.ok(rows.find((r) => r.name === '王力华')!.topics.includes('cloud-security'));
    assert.deepEqual(rows.find((r) => r.name === '刘喻')!.quotes, []);
  });

  it('quotes --json: {text,speaker,location{line,column,offset,length},topics}', () => {
    const rows = corpus.quotes.map(quoteJson);
    for (const r of rows) {
      assert.deepEqual(Object.keys(r), ['text', 'speaker', 'location', 'topics']);
      assert.deepEqual(Object.keys(r.location), ['line', 'column', 'offset', 'length']);
    }
    assert.equal(rows.find((r) => r.text === '医护体验始终是硬道理')!.speaker, '郭旭升');
  });

  it('--speaker accepts a name, a short form or pinyin, and rejects strangers clearly', () => {
    assert.deepEqual([...resolveSpeakerNames([corpus], '王主任')], ['王力华']);
    assert.deepEqual([...resolveSpeakerNames([corpus], 'HuangHong')], ['黄虹']);
    assert.deepEqual([...resolveSpeakerNames([corpus], '席与琛')], ['席与琛']);
    assert.throws(() => resolveSpeakerNames([corpus], '某人'), /no speaker "某人".*known: 谢桦/);
  });

  it('topics --json: tree of {id,label{zh,en},children,passages}; parents count their children', () => {
    const tree = topicTree([corpus]);
    const walk = (nodes: TopicJson[]): void => {
      for (const t of nodes) {
        assert.deepEqual(Object.keys(t), ['id', 'label', 'children', 'passages']);
        for (const c of t.children) assert.ok(t.passages >= c.passages, `${t.id} counts ${c.id}`);
        walk(t.children);
      }
    };
    walk(tree);
    const hybrid = tree.find((t) => t.id === 'hybrid-cloud')!;
    assert.equal(hybrid.passages, corpus.passages.filter((p) => p.topics.includes('hybrid-cloud')).length);
    assert.ok(hybrid.passages > 0);
    const twice = topicTree([corpus, corpus]).find((t) => t.id === 'hybrid-cloud')!;
    assert.equal(twice.passages, hybrid.passages * 2);
  });
});
