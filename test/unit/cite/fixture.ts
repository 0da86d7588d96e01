// A small corpus written for the citation tests (not the bundled summit): another event, other names.
import type { Corpus } from '../../../src/core/model';

export function fixtureCorpus(overrides: Partial<Corpus['event']> = {}): Corpus {
  const text = '杭州数据论坛召开。周明远说道：“成本降了$30%，效率{翻倍}”。';
  const quoteText = '成本降了$30%，效率{翻倍}';
  const qOffset = text.indexOf(quoteText);
  return {
    id: 'test:forum',
    file: 'forum.summit.txt',
    text,
    event: {
      name: '2019杭州医疗数据论坛',
      date: '2019-06-01',
      venue: '西湖国宾馆',
      city: '杭州',
      organizers: ['浙江数据协会', '医疗信息网'],
      publisher: '医疗信息网',
      language: 'zh-CN',
      ...overrides,
    },
    speakers: [
      { name: '周明远', title: '信息科主任', organization: '杭州第一医院', role: 'speaker', aliases: ['周主任'], pinyin: 'zhou ming yuan' },
    ],
    sections: [{ index: 0, kind: 'speaker', subject: '周明远', location: { line: 1, column: 1, offset: 0, length: text.length } }],
    passages: [
      { id: 'p1', text: '杭州数据论坛召开。', speaker: null, section: 0, location: { line: 1, column: 1, offset: 0, length: 9 }, topics: [] },
      { id: 'p2', text: text.slice(9), speaker: '周明远', section: 0, location: { line: 1, column: 10, offset: 9, length: text.length - 9 }, topics: [] },
    ],
    quotes: [
      { id: 'q1', text: quoteText, speaker: '周明远', verb: '说道', location: { line: 1, column: qOffset + 1, offset: qOffset, length: quoteText.length }, passage: 'p2', topics: [] },
    ],
    statements: [],
    topics: [],
  };
}
