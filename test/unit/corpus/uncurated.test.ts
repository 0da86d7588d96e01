import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseReport } from '../../../src/core/corpus/reportParser';
import { loadBundledCorpus } from '../../../src/node/bundled';
import { corpusDir } from '../../../src/node/paths';

/** The bundled transcript parsed from its text alone must already give the people, parts and quotes. */
describe('report parser without curated data (summit-2017 text only)', () => {
  const text = fs.readFileSync(path.join(corpusDir(), 'summit-2017.txt'), 'utf8');
  const plain = parseReport(text, { id: 'test:plain', file: 'summit-2017.txt' });
  const curated = loadBundledCorpus();

  it('finds the same 15 people, titles, organisations and roles', () => {
    const view = (c: typeof plain) => c.speakers.map((s) => `${s.name}|${s.organization}|${s.title}|${s.role}`).sort();
    assert.deepEqual(view(plain), view(curated));
  });

  it('computes pinyin for names', () => {
    assert.equal(plain.speakers.find((s) => s.name === '黄虹')!.pinyin, 'huang hong');
    assert.equal(plain.speakers.find((s) => s.name === '席与琛')!.pinyin, 'xi yu chen');
  });

  it('derives short forms of names from titles, leaving out ambiguous ones', () => {
    const aliases = (n: string) => plain.speakers.find((s) => s.name === n)!.aliases;
    assert.ok(aliases('王力华').includes('王主任'));
    assert.ok(!aliases('王晨').includes('王主任'));
    assert.ok(!aliases('蔡勇').includes('蔡总监'), '蔡总监 fits both 蔡勇 and 蔡家华');
  });

  it('yields the same sections, passages and quotes', () => {
    assert.deepEqual(plain.sections, curated.sections);
    assert.deepEqual(plain.passages.map((p) => [p.text, p.speaker, p.section]), curated.passages.map((p) => [p.text, p.speaker, p.section]));
    assert.deepEqual(plain.quotes.map((q) => [q.text, q.speaker, q.verb]), curated.quotes.map((q) => [q.text, q.speaker, q.verb]));
  });

  it('reads event name, date and venue from the text', () => {
    assert.equal(plain.event.name, '2017中国医疗云技术领袖峰会');
    assert.equal(plain.event.date, '2017-04-22');
    assert.equal(plain.event.venue, '上海齐鲁万怡大酒店');
    assert.deepEqual(plain.event.organizers, ['中国网（HC3i）', '中关村互联网产业联盟专委会', '上海市医院协会信息管理专委会', '戴尔']);
  });

  it('tags topics with the bundled topic tree by default', () => {
    assert.ok(plain.topics.length >= 9);
    assert.ok(plain.passages.some((p) => p.topics.includes('disaster-recovery')));
  });

  it('survives empty and caption-less text', () => {
    const empty = parseReport('', { id: 'e', file: 'e.txt' });
    assert.deepEqual([empty.speakers, empty.passages, empty.quotes, empty.sections], [[], [], [], []]);
    const one = parseReport('只有一句话，没有标题。', { id: 'o', file: 'o.txt' });
    assert.equal(one.passages.length, 1);
    assert.equal(one.passages[0].speaker, null);
    const crlf = parseReport('导语。\r\n主任 张三说：“你好。”\r\n', { id: 'c', file: 'c.txt' });
    for (const p of crlf.passages) assert.equal(crlf.text.slice(p.location.offset, p.location.offset + p.location.length), p.text);
  });
});

describe('report parser with curated data for another event', () => {
  it('adds curated people only when the text names them', () => {
    const curated = loadBundledCorpus().speakers;
    const c = parseReport('会议开始。\n主持人：某医院信息科科长 张三说了几句话。黄主任也说道：“很好”。', {
      id: 't', file: 't.txt', curated: { speakers: curated },
    });
    assert.ok(!c.speakers.some((s) => s.name === '谢桦'));
    assert.ok(c.speakers.some((s) => s.name === '张三'));
  });
});

describe('captions with names the intro does not list', () => {
  it('cuts the name by the following words', () => {
    const c = parseReport('某会议今天召开。\n某医院信息科主任 李明华介绍了医院情况。\n某公司技术总监 赵四说了几句话，赵四还表示：“要上云”。\n', { id: 'u', file: 'u.txt' });
    assert.deepEqual(c.speakers.map((s) => [s.name, s.organization, s.title]), [['李明华', '某医院', '信息科主任'], ['赵四', '某公司', '技术总监']]);
    assert.equal(c.sections[1].subject, '赵四');
    assert.equal(c.quotes[0].speaker, '赵四');
  });
});
