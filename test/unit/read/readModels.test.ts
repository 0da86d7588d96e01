// Core read-models (src/core/read): speakers, the merged topic tree, resolution by id. The CLI's
// JSON is checked against them through the built dist/cli.js; the extension host test
// test/integration/readModels.test.ts checks the sidebar's side.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import type { Corpus, Topic } from '../../../src/core/model';
import { loadBundledCorpus } from '../../../src/node/bundled';
import { findSpeaker, speakerCard, speakerJson, speakerProfile, speakerProfiles, speakerRow } from '../../../src/core/read/speakers';
import { mergedTopics, passagesDirectlyUnder, topicById, topicJson, topicPassages, topicTree } from '../../../src/core/read/topics';
import { answerView, citableId, citeById, evidenceSourceIds, hitView, resolveHit } from '../../../src/core/read/resolve';
import { passageHit, quoteHit } from '../../../src/core/read/hits';
import { fixtureCorpus } from '../cite/fixture';

const CLI = path.resolve(__dirname, '..', '..', '..', '..', 'dist', 'cli.js');

function cliJson(args: string[]): unknown {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

const topic = (id: string, children: Topic[] = []): Topic => ({ id, label: { zh: id, en: id }, keywords: [], children });

describe('read-models (core)', () => {
  const bundled = loadBundledCorpus();

  it('summit speakers --json and topics --json are the read-models of the same corpus', function () {
    this.timeout(60000);
    assert.deepEqual(cliJson(['speakers', '--json']), speakerProfiles([bundled]).map(speakerJson));
    assert.deepEqual(cliJson(['topics', '--json']), topicJson(topicTree([bundled])));
  });

  it('a speaker profile feeds the card, the JSON and the list row alike', () => {
    const found = findSpeaker([bundled], '王主任')!;
    assert.equal(found.speaker.name, '王力华');
    const p = speakerProfile(found.corpus, found.speaker);
    const card = speakerCard(p);
    const json = speakerJson(p);
    const row = speakerRow(p);
    assert.deepEqual(card.topics, json.topics);
    assert.deepEqual(card.quotes.map((q) => q.text), json.quotes.map((q) => q.text));
    assert.equal(row.quotes, json.quotes.length);
    assert.ok(p.topics.includes('cloud-security'));
    // most frequent first, over the person's quotes, statements and passages
    const tally = (id: string) => [...p.quotes, ...p.statements, ...bundled.passages.filter((x) => x.speaker === '王力华')].filter((r) => r.topics.includes(id)).length;
    for (let i = 1; i < p.topics.length; i++) assert.ok(tally(p.topics[i - 1]) >= tally(p.topics[i]));
  });

  it('merges the topic trees of every corpus by id and sums the passage counts', () => {
    const a: Corpus = { ...fixtureCorpus(), id: 'a', topics: [topic('cloud', [topic('hybrid')])] };
    const b: Corpus = { ...fixtureCorpus(), id: 'b', topics: [topic('cloud', [topic('private')]), topic('ai')] };
    a.passages = a.passages.map((p, i) => ({ ...p, topics: i === 1 ? ['cloud', 'hybrid'] : [] }));
    b.passages = b.passages.map((p) => ({ ...p, topics: ['ai'] }));
    assert.deepEqual(mergedTopics([a, b]).map((t) => t.id), ['cloud', 'ai']);
    const tree = topicTree([a, b]);
    assert.deepEqual(tree.map((n) => [n.id, n.count, n.children.map((c) => c.id)]), [['cloud', 1, ['hybrid']], ['ai', 2, []]]);
    assert.equal(topicById([a, b], 'ai')?.id, 'ai');
    const passages = topicPassages([a, b], 'ai', 1);
    assert.equal(passages.total, 2);
    assert.equal(passages.passages.length, 1);
    // under 'cloud' directly: only passages tagged cloud without one of its subtopics
    const cloud = mergedTopics([a, b])[0];
    assert.deepEqual(passagesDirectlyUnder([a, b], cloud), []);
    a.passages[0].topics = ['cloud'];
    assert.deepEqual(passagesDirectlyUnder([a, b], cloud).map((x) => x.passage.id), ['p1']);
  });

  it('resolves ids and gives hits and evidence their passage and quote ids', () => {
    const c = fixtureCorpus();
    const q = c.quotes[0];
    const p2 = c.passages[1];
    assert.equal(resolveHit([c], `${c.id}#${q.id}`)?.quote, q);
    assert.equal(resolveHit([c], `${c.id}#p2`)?.passage, p2);
    assert.equal(resolveHit([c], 'nope#p2'), undefined);
    assert.deepEqual(hitView([c], quoteHit(c, q)), { ...quoteHit(c, q), passage: `${c.id}#${q.passage}`, quote: `${c.id}#${q.id}` });
    // a passage hit whose matched words all lie inside the quote cites the quote
    const inQuote = p2.text.indexOf('效率');
    const hit = { ...passageHit(c, p2), highlights: [[inQuote, inQuote + 2]] as Array<[number, number]> };
    assert.equal(citableId([c], hit), `${c.id}#${q.id}`);
    assert.equal(citableId([c], { ...hit, highlights: [[0, 2]] }), `${c.id}#p2`);
    assert.match(citeById([c], `${c.id}#${q.id}`, 'plain') ?? '', /周明远/);
    const ev = { text: q.text, speaker: q.speaker, location: q.location, highlights: [], corpus: c.id, event: c.event.name, file: c.file };
    assert.deepEqual(evidenceSourceIds([c], ev), { passage: `${c.id}#${q.passage}`, quote: `${c.id}#${q.id}` });
    const view = answerView([c], { question: 'x', type: 'who', answer: '周明远', confidence: 1, evidence: [ev], alternatives: [] });
    assert.equal(view.evidence[0].quote, `${c.id}#${q.id}`);
  });
});
