/**
 * A small hand-made corpus for the search tests: real sentences of the summit
 * transcript (so segmentation behaves as on the real thing), with quotes, speakers
 * and topics written out by hand. Independent of the transcript parser.
 */
import type { Corpus, Passage, Quote, Speaker, Topic } from '../../../src/core/model';
import { fnv1a } from '../../../src/core/search/hash';

const SENTENCES: Array<[string | null, string]> = [
  [null, '本次会议上，邀请了上海市卫计委信息中心主任谢桦、上海华山医院信息中心主任黄虹等国内“大三甲”医院CIO共话医疗云技术建设。'],
  ['谢桦', '三云即指医疗云、健康云、影像云；三服务即指云管理、云社区、云医药，上海市卫计委信息中心主任谢桦在致辞中这样说道。'],
  ['王力华', '全国各大医院开始尝试上云，公有云、私有云、混合云等模式不断运行。'],
  ['王力华', '信息中心副主任王力华分享到：“起初进行混合云的尝试，主要是为了达到三个目标，即利用云平台，完成业务系统的容灾与备份”。'],
  ['王力华', '第五，云環境的安全性十分重要。'],
  ['黄虹', '上海华山医院信息中心主任黄虹介绍到：“上海华山医院每天都会产生大量宝贵的临床数据”。'],
  ['王晨', '上海英方软件作为一家专注于容灾及业务高可用领域的科技企业，更是建立了国内首家“云上三甲”。'],
  ['蔡家华', '该公司主要专注于互联网技术在基因大数据中的应用。'],
  ['卢朝升', '作为拥有年门急诊406万人次，4200张对外开放床位的温州医科大学附属第一医院，打造了浙南地区首家空中医疗救援基地。'],
];

const SPEAKERS: Speaker[] = [
  { name: '谢桦', title: '信息中心主任', organization: '上海市卫计委', role: 'speaker', aliases: ['谢主任'], pinyin: 'xie hua' },
  { name: '王力华', title: '信息中心副主任', organization: '北京大学人民医院', role: 'speaker', aliases: ['王主任'], pinyin: 'wang li hua' },
  { name: '黄虹', title: '信息中心主任', organization: '上海华山医院', role: 'speaker', aliases: ['黄主任'], pinyin: 'huang hong' },
  { name: '王晨', title: '市场营销总监', organization: '上海英方软件', role: 'speaker', aliases: [], pinyin: 'wang chen' },
  { name: '蔡家华', title: '研发总监', organization: '上海其明信息技术有限公司', role: 'speaker', aliases: [], pinyin: 'cai jia hua' },
  { name: '卢朝升', title: '副院长', organization: '温州医科大学附属第一医院', role: 'speaker', aliases: ['卢院长'], pinyin: 'lu chao sheng' },
];

const TOPICS: Topic[] = [
  {
    id: 'hybrid-cloud', label: { zh: '混合云', en: 'Hybrid cloud' }, keywords: ['混合云', '云平台'], keywordsEn: ['hybrid cloud'],
    children: [
      { id: 'public-cloud', label: { zh: '公有云', en: 'Public cloud' }, keywords: ['公有云'], keywordsEn: ['public cloud'], children: [] },
      { id: 'private-cloud', label: { zh: '私有云', en: 'Private cloud' }, keywords: ['私有云'], keywordsEn: ['private cloud'], children: [] },
    ],
  },
  { id: 'disaster-recovery', label: { zh: '容灾', en: 'Disaster recovery' }, keywords: ['容灾', '备份'], keywordsEn: ['disaster recovery'], children: [] },
];

/** Words of the fixture's user dictionary (names and domain terms). */
export const FIXTURE_WORDS = [
  ...SPEAKERS.map((s) => s.name), '混合云', '私有云', '公有云', '容灾', '异地备份', '云知声', '英方软件', '单体数据库', '大数据',
];

export function fixtureUserDict(words: string[] = FIXTURE_WORDS): { text: string; hash: string; words: string[] } {
  const text = words.map((w) => `${w} 100000 n`).join('\n') + '\n';
  return { text, hash: fnv1a(text), words };
}

function topicsOf(text: string): string[] {
  const out: string[] = [];
  const visit = (t: Topic) => {
    if (t.keywords.some((k) => text.includes(k))) out.push(t.id);
    t.children.forEach(visit);
  };
  TOPICS.forEach(visit);
  return out;
}

/** Builds the fixture corpus; `id` lets tests add two copies. */
export function fixtureCorpus(id = 'test:fixture'): Corpus {
  const passages: Passage[] = [];
  const quotes: Quote[] = [];
  let text = '';
  SENTENCES.forEach(([speaker, sentence], i) => {
    const offset = text.length;
    text += sentence + (i < SENTENCES.length - 1 ? '\n' : '');
    const passage: Passage = {
      id: `p${i + 1}`, text: sentence, speaker, section: 0,
      location: { line: i + 1, column: 1, offset, length: sentence.length }, topics: topicsOf(sentence),
    };
    passages.push(passage);
    const open = sentence.indexOf('“');
    const close = sentence.indexOf('”', open + 1);
    if (open >= 0 && close > open && speaker && sentence.includes(speaker)) {
      const qt = sentence.slice(open + 1, close);
      quotes.push({
        id: `q${quotes.length + 1}`, text: qt, speaker, verb: '说道',
        location: { line: i + 1, column: open + 2, offset: offset + open + 1, length: qt.length },
        passage: passage.id, topics: topicsOf(qt),
      });
    }
  });
  return {
    id, file: 'fixture.txt', text,
    event: { name: '测试峰会', date: '2017-04-22', venue: '上海', organizers: [] },
    speakers: SPEAKERS.map((s) => ({ ...s, aliases: [...s.aliases] })),
    sections: [{ index: 0, kind: 'intro', subject: null, location: { line: 1, column: 1, offset: 0, length: text.length } }],
    passages, quotes, statements: [], topics: TOPICS,
  };
}
