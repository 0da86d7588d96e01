import * as assert from 'node:assert/strict';
import { loadBundledCorpus } from '../../../src/node/bundled';
import type { Corpus } from '../../../src/core/model';

/** Expectations read off corpus/summit-2017.txt by hand. */
const PEOPLE: [name: string, organization: string, title: string, role: string][] = [
  ['谢桦', '上海市卫计委', '信息中心主任', 'speaker'],
  ['刘喻', '无锡市人民医院', '信息中心副主任', 'host'],
  ['孙杨', '中国数字医疗网', '副主编', 'speaker'],
  ['席与琛', '戴尔', '基础架构解决方案总监', 'speaker'],
  ['卢朝升', '温州医科大学附属第一医院', '副院长', 'speaker'],
  ['高志宏', '温州医科大学附属第一医院', '信息中心副主任', 'panelist'],
  ['张利俊', '戴尔', '首席企业技术战略架构师', 'speaker'],
  ['黄虹', '上海华山医院', '信息中心主任', 'speaker'],
  ['刘升平', '云知声研究院', '博士', 'speaker'],
  ['王力华', '北京大学人民医院', '信息中心副主任', 'speaker'],
  ['蔡勇', '英特尔（中国）有限公司', '医疗行业技术总监', 'speaker'],
  ['蔡家华', '上海其明信息技术有限公司', '研发总监', 'speaker'],
  ['郭旭升', '上海交通大学医学院附属仁济医院', '信息中心主任', 'speaker'],
  ['王晨', '上海英方软件', '市场营销总监', 'speaker'],
  ['李谭伟', '树兰医疗集团', 'CIO', 'speaker'],
];

/** [speaker, words from the quote, verb] for every piece of direct speech in the report. */
const QUOTES: [string, string, string][] = [
  ['谢桦', '三云即指医疗云、健康云、影像云；三服务即指云管理、云社区、云医药', '说道'],
  ['孙杨', '中国医疗云计算不在是0-1初始阶段', '说道'],
  ['席与琛', '戴尔从1995年进入中国市场开始', '说道'],
  ['王力华', '起初进行混合云的尝试', '分享到'],
  ['李谭伟', '通过混合云架构可以对私有云进行补充', '解释道'],
  ['黄虹', '上海华山医院每天都会产生大量宝贵的临床数据', '介绍到'],
  ['黄虹', '不论是哪种云，其实无所谓好坏之分', '说道'],
  ['张利俊', '借助戴尔混合云的‘管云、看云、用云’等特点', '分享到'],
  ['卢朝升', '医院已经通过支付宝服务窗预约挂号', '说道'],
  ['蔡勇', '到2020年，与目前最快的解决方案相比', '分享到'],
  ['刘升平', '语音录入已经应用于医院的病房医生站', '说道'],
  ['郭旭升', '医护体验始终是硬道理', '强调'],
  ['王晨', '公司于2016年挂牌国内新三板', '介绍道'],
  ['蔡家华', '该公司开发了GCSAS测序分析系统', '讲道'],
];

/** Quoted words that are names, slogans or scare quotes — never speech. */
const NOT_SPEECH = ['2017中国医疗云技术领袖峰会', '云端', '三云三服务', '触云', '飘忽不定', '公有云+私有云', '混合云',
  '信息中心+网络工程师+云厂商工程师', '不得已而为之', '新姿势', '管云、看云、用云', '互联网+医疗', '风口浪尖', '逆潮流',
  '云上三甲', '大三甲', '大数据来袭，医院上云正当时', '云落地'];

describe('bundled corpus: summit-2017', () => {
  let corpus: Corpus;
  before(() => { corpus = loadBundledCorpus(); });

  it('has the bundled id, file and event facts', () => {
    assert.equal(corpus.id, 'bundled:summit-2017');
    assert.equal(corpus.file, 'corpus/summit-2017.txt');
    assert.equal(corpus.event.name, '2017中国医疗云技术领袖峰会');
    assert.equal(corpus.event.date, '2017-04-22');
    assert.equal(corpus.event.venue, '上海齐鲁万怡大酒店');
    assert.equal(corpus.event.city, '上海');
    assert.ok(corpus.event.organizers.length >= 2);
  });

  it('knows the 15 people with their titles, organisations and roles', () => {
    assert.deepEqual(
      corpus.speakers.map((s) => [s.name, s.organization, s.title, s.role]).sort(),
      PEOPLE.map((p) => [...p]).sort(),
    );
    const byName = new Map(corpus.speakers.map((s) => [s.name, s]));
    assert.equal(byName.get('谢桦')!.pinyin, 'xie hua');
    assert.ok(byName.get('王力华')!.aliases.includes('王主任'));
    assert.ok(byName.get('黄虹')!.aliases.includes('黄主任'));
    assert.equal(byName.get('李谭伟')!.en?.title, 'CIO');
  });

  it('attributes every piece of direct speech to the right person, with its verb', () => {
    assert.equal(corpus.quotes.length, QUOTES.length, corpus.quotes.map((q) => `${q.speaker}: ${q.text.slice(0, 15)}`).join('\n'));
    for (const [speaker, words, verb] of QUOTES) {
      const hits = corpus.quotes.filter((q) => q.text.includes(words));
      assert.equal(hits.length, 1, `one quote containing ${words}`);
      assert.equal(hits[0].speaker, speaker, words);
      assert.equal(hits[0].verb, verb, words);
    }
  });

  it('keeps quotation marks out of quote text and covers the whole quotation', () => {
    const q = corpus.quotes.find((x) => x.speaker === '郭旭升')!;
    assert.equal(q.text, '医护体验始终是硬道理');
    const xi = corpus.quotes.find((x) => x.speaker === '席与琛')!;
    assert.match(xi.text, /^戴尔从1995年/);
    assert.match(xi.text, /1700\+医疗机构/);
    assert.match(xi.text, /本土化$/);
    for (const quote of corpus.quotes) assert.doesNotMatch(quote.text, /^[“”]|[“”]$/);
  });

  it('counts no name, slogan or scare quote as speech', () => {
    for (const s of NOT_SPEECH) {
      assert.ok(corpus.text.includes(`“${s}”`) || corpus.text.includes(`‘${s}’`), `the text quotes ${s}`);
      assert.ok(!corpus.quotes.some((q) => q.text === s), `“${s}” is not speech`);
    }
  });

  it('round-trips every quote and passage offset', () => {
    for (const q of corpus.quotes) {
      assert.equal(corpus.text.slice(q.location.offset, q.location.offset + q.location.length), q.text);
      assert.ok(corpus.passages.some((p) => p.id === q.passage));
    }
    for (const p of corpus.passages) assert.equal(corpus.text.slice(p.location.offset, p.location.offset + p.location.length), p.text);
  });

  it('gives 1-based line/column positions', () => {
    const lines = corpus.text.split('\n');
    for (const p of corpus.passages) {
      assert.equal(lines[p.location.line - 1].slice(p.location.column - 1, p.location.column - 1 + p.text.length), p.text);
    }
    assert.deepEqual([corpus.passages[0].location.line, corpus.passages[0].location.column], [1, 1]);
    const guo = corpus.quotes.find((q) => q.speaker === '郭旭升')!;
    assert.equal(guo.location.line, 12);
  });

  it('leaves captions out of every passage and every quote', () => {
    for (const caption of ['主持人：无锡市人民医院信息中心副主任 刘喻', '上海市卫计委信息中心主任 谢桦', '树兰医疗集团CIO\u00a0 李谭伟', '上海其明信息技术有限公司研发总监\u00a0 蔡家华']) {
      assert.ok(corpus.text.includes(caption));
      assert.ok(!corpus.passages.some((p) => p.text.includes(caption)), caption);
    }
    const first = corpus.passages.find((p) => p.location.line === 3)!;
    assert.match(first.text, /^众所周知/);
  });

  it('splits sentences at 。！？ but never inside a quotation', () => {
    const li = corpus.passages.find((p) => p.text.includes('通过混合云架构'))!;
    assert.match(li.text, /^树兰医疗集团CIO李谭伟也解释道：“通过混合云架构.*弥补了运算能力和存储能力。同时也将公有云.*”。$/);
    assert.ok(corpus.passages.some((p) => p.text === '第五，云环境的安全性十分重要。'));
    assert.match(corpus.passages[corpus.passages.length - 1].text, /自由翱翔！$/);
  });

  it('knows whom every paragraph is about', () => {
    const subjectOf = (words: string) => {
      const p = corpus.passages.find((x) => x.text.includes(words));
      assert.ok(p, words);
      return corpus.sections[p.section].subject;
    };
    assert.equal(subjectOf('不到20%的医院'), '孙杨');
    assert.equal(subjectOf('406万人次'), '卢朝升');
    assert.equal(subjectOf('GCSAS'), '蔡家华');
    assert.equal(subjectOf('三期规划'), '谢桦');
    assert.equal(subjectOf('同样实现云落地的还有'), '席与琛');
    assert.equal(subjectOf('第五，云环境的安全性'), '王力华');
    assert.equal(subjectOf('树兰医疗集团的混合云构建'), '李谭伟');
    assert.equal(subjectOf('网络问题和私有云与公有云之间标准化问题'), '黄虹');
    assert.equal(subjectOf('企业云联盟'), '张利俊');
    assert.equal(subjectOf('交付将快100倍'), '蔡勇');
    assert.equal(subjectOf('训练样本'), '刘升平');
    assert.equal(subjectOf('单体数据库紧耦合'), '郭旭升');
    assert.equal(subjectOf('秒级接管'), '王晨');
    const kinds = corpus.sections.map((s) => s.kind);
    assert.equal(kinds[0], 'intro');
    assert.equal(kinds[kinds.length - 1], 'panel');
    assert.equal(corpus.sections[0].subject, null);
    assert.equal(corpus.sections[corpus.sections.length - 1].subject, null);
    assert.deepEqual(corpus.sections.map((s) => s.index), corpus.sections.map((_, i) => i));
  });

  it('gives each passage its speaker: the quoted person, else the subject; none in intro and panel', () => {
    const speakerOf = (words: string) => corpus.passages.find((x) => x.text.includes(words))!.speaker;
    assert.equal(speakerOf('不到20%的医院'), '孙杨');
    assert.equal(speakerOf('戴尔从1995年'), '席与琛');
    assert.equal(speakerOf('邀请了上海市卫计委'), null);
    assert.equal(speakerOf('四位行业专家汇聚一堂'), null);
    assert.equal(speakerOf('自由翱翔'), null);
  });

  it('tags passages with topics, parents included', () => {
    const topicsOf = (words: string) => corpus.passages.find((x) => x.text.includes(words))!.topics;
    assert.ok(topicsOf('公有云、私有云、混合云等模式').includes('public-cloud'));
    assert.ok(topicsOf('公有云、私有云、混合云等模式').includes('hybrid-cloud'));
    assert.ok(topicsOf('语音录入已经应用于').includes('speech-recognition'));
    assert.ok(topicsOf('语音录入已经应用于').includes('artificial-intelligence'));
    assert.ok(topicsOf('秒级接管').includes('disaster-recovery'));
    assert.ok(topicsOf('GCSAS').includes('genomics-big-data'));
    assert.ok(topicsOf('安全性十分重要').includes('cloud-security'));
    assert.ok(topicsOf('三云即指').includes('regional-health-informatization'));
  });

  it('records the panel line-up: 高志宏, 郭旭升, 李谭伟, 张利俊', () => {
    const panel = corpus.sections.find((s) => s.kind === 'panel')!;
    const lineUp = corpus.passages.find((p) => p.section === panel.index && p.text.includes('四位行业专家'))!;
    for (const name of ['高志宏', '郭旭升', '李谭伟', '张利俊']) assert.ok(lineUp.text.includes(name));
  });
});
