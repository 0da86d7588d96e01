import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseReport } from '../../../src/core/corpus/reportParser';
import type { Corpus } from '../../../src/core/model';
import { corpusDir } from '../../../src/node/paths';

/**
 * test/fixtures/second-summit.txt: an invented report in the same conventions as the bundled
 * one (intro list, captions glued to the next line, speech verbs, a scare quote, a post-quote
 * attribution, unquoted speech, a panel) with other people and another event. It is parsed
 * with NO curated data: everything below must come from the text.
 */
describe('second transcript (fixture, no curated data)', () => {
  let corpus: Corpus;
  before(() => {
    const file = path.join(corpusDir(), '..', 'test', 'fixtures', 'second-summit.txt');
    corpus = parseReport(fs.readFileSync(file, 'utf8'), { id: 'test:second', file: 'second-summit.txt' });
  });

  it('reads the event from the text', () => {
    assert.equal(corpus.event.name, '2019华东智慧医院信息化论坛');
    assert.equal(corpus.event.date, '2019-09-14');
    assert.equal(corpus.event.venue, '杭州湖滨望湖大酒店');
    assert.equal(corpus.event.city, '杭州');
    assert.deepEqual(corpus.event.organizers, ['浙江省数字医疗学会', '医信智联科技有限公司']);
  });

  it('finds the seven people with titles, organisations and roles', () => {
    assert.deepEqual(corpus.speakers.map((s) => [s.name, s.organization, s.title, s.role]), [
      ['方景涛', '浙江省卫健委', '信息中心主任', 'speaker'],
      ['祝一鸣', '宁波市第二医院', '信息科科长', 'host'],
      ['韩秋', '医信智联科技有限公司', '产品总监', 'speaker'],
      ['欧阳晓岚', '嘉兴市妇幼保健院', '副院长', 'speaker'],
      ['钟立新', '安澜数据', '首席架构师', 'speaker'],
      ['苗雨', '绍兴市人民医院', '信息中心副主任', 'panelist'],
      ['宋嘉禾', '临港云谷研究院', '研究员', 'speaker'],
    ]);
    const ouyang = corpus.speakers.find((s) => s.name === '欧阳晓岚')!;
    assert.equal(ouyang.pinyin, 'ou yang xiao lan');
    assert.deepEqual(ouyang.aliases, ['欧阳院长']);
  });

  it('attributes every quote, including short forms, a post-quote attribution and unquoted speech', () => {
    assert.deepEqual(corpus.quotes.map((q) => [q.speaker, q.verb, q.text]), [
      ['方景涛', '说道', '全省所有三级医院都接入了统一的健康档案平台'],
      ['方景涛', '表示', '明年将实现检查结果全省互认'],
      ['欧阳晓岚', '分享到', '我们的护士站已经全面使用移动终端，床旁扫码核对让差错下降了一半。'],
      ['欧阳晓岚', '强调', '数据安全永远是第一位的'],
      ['韩秋', '介绍道', '我们的平台已经覆盖了80多家医院'],
      ['钟立新', '讲道', '该公司的分布式存储方案可以在三分钟内完成故障切换，并支持异地容灾'],
      ['宋嘉禾', '说道', '影像识别模型的准确率已经超过95%'],
      ['宋嘉禾', '说', 'AI不会取代医生，但会用AI的医生会取代不用AI的医生。'],
    ]);
    for (const q of corpus.quotes) assert.equal(corpus.text.slice(q.location.offset, q.location.offset + q.location.length), q.text);
  });

  it('does not take names, slogans or scare quotes for speech', () => {
    for (const s of ['建系统', '用数据', '2019华东智慧医院信息化论坛', '一网通办', '冷热分层', '数据驱动的智慧医院']) {
      assert.ok(corpus.text.includes(`“${s}”`));
      assert.ok(!corpus.quotes.some((q) => q.text.includes(s)), s);
    }
  });

  it('gives each part its subject from the next caption, with the carried-over sentence', () => {
    const subjectOf = (words: string) => corpus.sections[corpus.passages.find((p) => p.text.includes(words))!.section].subject;
    assert.equal(subjectOf('一网通办'), '方景涛');
    assert.equal(subjectOf('移动护理建设'), '欧阳晓岚');
    assert.equal(subjectOf('210万人次'), '欧阳晓岚');
    assert.equal(subjectOf('同样在移动医疗领域'), '韩秋');
    assert.equal(subjectOf('冷热分层'), '钟立新');
    assert.equal(subjectOf('辅助诊断'), '宋嘉禾');
    assert.equal(corpus.sections[0].kind, 'intro');
    const panel = corpus.sections[corpus.sections.length - 1];
    assert.deepEqual([panel.kind, panel.subject], ['panel', null]);
  });

  it('keeps captions out of passages and splits after a closed “……。”', () => {
    for (const p of corpus.passages) assert.doesNotMatch(p.text, /(科长|主任|副院长|总监|架构师|研究员)\s{1,2}[\u4e00-\u9fff]{2,4}/);
    assert.ok(corpus.passages.some((p) => p.text === '同时，欧阳院长还强调：“数据安全永远是第一位的”。'));
    assert.ok(corpus.passages.some((p) => p.text === '“AI不会取代医生，但会用AI的医生会取代不用AI的医生。”宋嘉禾笑着说。'));
  });

  it('tags topics with the default tree', () => {
    const topicsOf = (words: string) => corpus.passages.find((p) => p.text.includes(words))!.topics;
    assert.ok(topicsOf('异地容灾').includes('disaster-recovery'));
    assert.ok(topicsOf('不用AI的医生').includes('artificial-intelligence'));
  });
});
