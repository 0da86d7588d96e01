import * as assert from 'node:assert';
import { parsePlain } from '../../../src/core/corpus/plainParser';
import { detectFormat } from '../../../src/core/corpus/detectFormat';
import { lineTurns } from '../../../src/core/corpus/recognize/turns';
import { textView } from '../../../src/core/corpus/recognize/view';
import type { Corpus } from '../../../src/core/model';

/** A plain-text report written for these tests (format 3). */
const TEXT = [
  '2019智慧医院建设研讨会',
  '2019年6月8日，由中国医院协会信息专业委员会主办的“2019智慧医院建设研讨会”在北京国家会议中心召开。',
  '北京协和医院信息中心主任赵伟表示：“智慧医院的核心是数据互通，而不是堆砌设备。”随后他还说道：“我们正在建设区域医疗平台。”',
  '“云安全是底线，没有安全就没有上云。”，中国电信医疗行业总监钱芳这样说道。',
  '会议还讨论了“互联网+医疗”与“云端”的落地。',
  '',
].join('\n');

/** A speaker's title, organisation and role, or undefined when the corpus has no such speaker. */
/** The speaker of the first passage that holds `words` (null: none). */
function passageSpeaker(corpus: Corpus, words: string): string | null {
  return corpus.passages.find((p) => p.text.includes(words))?.speaker ?? null;
}

function speakerRow(corpus: Corpus, name: string): [string, string, string] | undefined {
  const sp = corpus.speakers.find((x) => x.name === name);
  return sp && [sp.title, sp.organization, sp.role];
}

describe('plain-text transcripts', () => {
  const { corpus, problems } = parsePlain(TEXT, { id: 'ws:a.txt', file: 'a.summit.txt' });

  it('is detected as plain text', () => {
    assert.strictEqual(detectFormat(TEXT, 'a.summit.txt'), 'plain');
  });

  it('has one section and every line’s sentences as passages with exact offsets', () => {
    assert.deepStrictEqual(problems, []);
    assert.strictEqual(corpus!.sections.length, 1);
    assert.strictEqual(corpus!.passages.length, 6);
    for (const p of corpus!.passages) assert.strictEqual(TEXT.slice(p.location.offset, p.location.offset + p.location.length), p.text);
    assert.deepStrictEqual(corpus!.passages.map((p) => p.location.line), [1, 2, 3, 3, 4, 5]);
  });

  it('reads the event from the opening', () => {
    assert.deepStrictEqual(corpus!.event, {
      name: '2019智慧医院建设研讨会', date: '2019-06-08', venue: '北京国家会议中心',
      organizers: ['中国医院协会信息专业委员会'], language: 'zh',
    });
  });

  it('finds speakers from attributions before and after the quotation', () => {
    const by = Object.fromEntries(corpus!.speakers.map((s) => [s.name, s]));
    assert.deepStrictEqual(Object.keys(by), ['赵伟', '钱芳']);
    assert.deepStrictEqual([by['赵伟'].title, by['赵伟'].organization], ['信息中心主任', '北京协和医院']);
    assert.strictEqual(by['赵伟'].pinyin, 'zhao wei');
  });

  it('attributes quotes (他 → the last person named) and ignores scare quotes', () => {
    assert.deepStrictEqual(corpus!.quotes.map((q) => [q.speaker, q.verb, q.text]), [
      ['赵伟', '表示', '智慧医院的核心是数据互通，而不是堆砌设备。'],
      ['赵伟', '还说道', '我们正在建设区域医疗平台。'],
      ['钱芳', '说道', '云安全是底线，没有安全就没有上云。'],
    ]);
    for (const q of corpus!.quotes) assert.strictEqual(TEXT.slice(q.location.offset, q.location.offset + q.location.length), q.text);
    assert.ok(!corpus!.quotes.some((q) => q.text === '云端' || q.text.includes('互联网+医疗')));
  });

  it('sets a passage’s speaker only where the text says who speaks', () => {
    assert.deepStrictEqual(corpus!.passages.map((p) => p.speaker), [null, null, '赵伟', '赵伟', '钱芳', null]);
  });

  it('keeps text without attributions searchable, with an info note', () => {
    const r = parsePlain('医院上云是大势所趋。数据安全是重点。', { id: 'b', file: 'b.txt' });
    assert.strictEqual(r.corpus!.passages.length, 2);
    assert.deepStrictEqual(r.corpus!.speakers, []);
    assert.strictEqual(r.problems[0].severity, 'info');
  });

  it('reads the part a programme gives people who say nothing in the text (作为演讲嘉宾, 担任主持嘉宾)', () => {
    const t = '2021江南智慧医院论坛\n论坛邀请江南数据研究院院长周明远担任本次论坛主持嘉宾。江南大学附属医院信息中心主任林晓燕、东川医疗科技有限公司总经理何嘉诚作为演讲嘉宾，分享了各自的经验。\n在江南医院院长卢海峰的支持下，平台顺利上线。\n';
    const r = parsePlain(t, { id: 'p', file: 'p.txt' });
    const role = (name: string) => speakerRow(r.corpus!, name)?.[2];
    assert.strictEqual(role('周明远'), 'host');
    assert.strictEqual(role('林晓燕'), 'speaker');
    assert.strictEqual(role('何嘉诚'), 'speaker');
    assert.strictEqual(role('卢海峰'), 'mentioned', 'a person the sentence only mentions plays no part');
    const chaired = parsePlain('开班仪式由东川大学继续教育学院院长方立群先生主持，他首先介绍了课程安排。\n', { id: 'h', file: 'h.txt' });
    assert.strictEqual(speakerRow(chaired.corpus!, '方立群')?.[2], 'host', '由…X先生主持: a form of address may stand before 主持');
  });

  it('makes a speaker of whoever gives the meeting an account (通报了, 宣读了, 点评了), the title after the name or before it', () => {
    const t = [
      '全市医疗数据工作会议召开',
      '西岭市卫生健康委员会规划处副处长甘立中通报了全市平台的建设进度。',
      '西岭市医学会聂婉清秘书长宣读了会议的倡议书。',
      '西岭医科大学医学信息学系邴子骞教授点评了各地的做法，建议统一数据字典。',
      '在副市长阮世钧的关心下，平台顺利上线。',
    ].join('\n');
    const r = parsePlain(t, { id: 'a', file: 'a.txt' });
    const role = (name: string) => speakerRow(r.corpus!, name)?.[2];
    assert.strictEqual(role('甘立中'), 'speaker');
    assert.strictEqual(role('聂婉清'), 'speaker', 'the delivery verb past the title after the name');
    assert.strictEqual(role('邴子骞'), 'speaker', '学系 closes the organisation before the name');
    assert.strictEqual(role('阮世钧'), 'mentioned', 'a person the sentence only mentions plays no part');
    const places = parsePlain('会议召开\n上海市长宁区卫生健康委员会邵子墨主任指出，数据要共享。\n中区长照资源中心卓若溪主任表示，补助提高。\n', { id: 'l', file: 'l.txt' });
    assert.strictEqual(speakerRow(places.corpus!, '邵子墨')?.[1], '上海市长宁区卫生健康委员会', '市长 is no title before 长宁');
    assert.strictEqual(speakerRow(places.corpus!, '卓若溪')?.[1], '中区长照资源中心', '区长 is no title before 长照');
    const depts = parsePlain('会议召开\n市卫健委规划信息处处长任立言表示，平台上线。\n市卫生局医政处处长邝立行指出，要抓质量。\n省政府新闻办公室副主任岑立新主持会议。\n金坛市卫生信息中心主任汤立娟说，要共享数据。\n北京大学人民医院信息中心副主任王立华介绍，平台已上线。\n', { id: 'd', file: 'd.txt' });
    const post = (name: string) => speakerRow(depts.corpus!, name)?.slice(0, 2);
    assert.deepStrictEqual(post('任立言'), ['规划信息处处长', '市卫健委'], 'the words before a listed department name it');
    assert.deepStrictEqual(post('邝立行'), ['医政处处长', '市卫生局'], 'a short department of any organisation goes with the title');
    assert.deepStrictEqual(post('岑立新'), ['副主任', '省政府新闻办公室'], 'an office that is an organisation in its own right stays one');
    assert.deepStrictEqual(post('汤立娟'), ['主任', '金坛市卫生信息中心'], 'with no organisation before it, 信息中心 ends the organisation');
    assert.deepStrictEqual(post('王立华'), ['信息中心副主任', '北京大学人民医院']);
    const heads = parsePlain('会议召开\n清河县县长严立波致欢迎辞。\n河北省副省长邝立东强调，要抓落实各项工作。\n', { id: 'g', file: 'g.txt' });
    assert.deepStrictEqual(speakerRow(heads.corpus!, '严立波')?.slice(0, 2), ['县长', '清河县'], "a place's head: the place is the organisation");
    assert.deepStrictEqual(speakerRow(heads.corpus!, '邝立东')?.slice(0, 2), ['副省长', '河北省']);
    const page = parsePlain('东川市人民医院召开信息化推进会\n\n柏若溪\n\n3月2日，会议召开。院长任立华表示，要抓落实。\n', { id: 'b', file: 'b.txt' });
    assert.strictEqual(speakerRow(page.corpus!, '柏若溪')?.[2], 'reporter', "a name alone under the title is the page's author");
    const dated = parsePlain('东川市人民医院召开信息化推进会\n柏若溪 2024-03-02\n会议召开。院长任立华表示，要抓落实。\n', { id: 'c', file: 'c.txt' });
    assert.strictEqual(speakerRow(dated.corpus!, '柏若溪')?.[2], 'reporter', '…or with the date after it');
    const body = parsePlain('东川市人民医院召开信息化推进会\n任立华表示，要抓落实。\n', { id: 'e', file: 'e.txt' });
    assert.notStrictEqual(speakerRow(body.corpus!, '任立华')?.[2], 'reporter', 'a sentence under the title is no byline');
    const converted = parsePlain('论坛登场\n【记者锺若岚/东川报导】\n院长彭立言表示，平台明年上线。\n', { id: 'z', file: 'z.txt' });
    assert.strictEqual(speakerRow(converted.corpus!, '锺若岚')?.[2], 'reporter', '锺, the surname as Simplified writes it');
  });

  it('reads news-report subjects: a day of the month before the verb, 发现 as reported speech, a lead after 并, a second post after 同时也是', () => {
    const t = [
      '2022东川数字健康论坛',
      '论坛并邀集临江医院院长唐志远、东川卫生局副局长许文静等专家与会。',
      '东川大学医学院院长，同时也是数字健康联盟秘书长邵启明十二日表示，数据互通是基础。',
      '研发需要资本支持，北辰创投总经理罗嘉佑发现，医疗新创募资更加困难。',
      '临江医院院长唐志远24日下午指出，医院正在推进电子病历升级。',
    ].join('\n');
    const r = parsePlain(t, { id: 'n', file: 'n.txt' });
    const who = (name: string) => speakerRow(r.corpus!, name);
    assert.deepStrictEqual(who('唐志远'), ['院长', '临江医院', 'speaker']);
    assert.deepStrictEqual(who('许文静'), ['副局长', '东川卫生局', 'mentioned']);
    assert.deepStrictEqual(who('邵启明'), ['秘书长', '数字健康联盟', 'speaker']);
    assert.deepStrictEqual(who('罗嘉佑'), ['总经理', '北辰创投', 'speaker']);
    assert.ok(r.corpus!.statements!.some((st) => st.speaker === '邵启明' && st.text.includes('数据互通')));
    assert.ok(r.corpus!.statements!.some((st) => st.speaker === '罗嘉佑' && st.text.includes('募资')));
  });

  it('reads a plain transcript of turns (姓名：…) and its programme lines (主持嘉宾：, 参与嘉宾：)', () => {
    const t = [
      '圆桌：医院数据治理',
      '论坛邀请东川数据研究院副院长方志诚先生担任主持嘉宾，临江医院信息中心主任邓雅琴女士和北辰科技有限公司总经理韩立峰先生一同参与讨论。',
      '主持嘉宾：方志诚',
      '参与嘉宾：邓雅琴、韩立峰',
      '方志诚：欢迎两位嘉宾。有请邓主任先谈谈医院的做法。',
      '邓雅琴：谢谢方院长。我们去年建成了数据中台，今年重点做数据质量。',
      '**韩立峰**：厂商这边更关心接口标准。',
    ].join('\n');
    const r = parsePlain(t, { id: 'r', file: 'r.txt' });
    const who = (name: string) => speakerRow(r.corpus!, name);
    assert.deepStrictEqual(who('方志诚'), ['副院长', '东川数据研究院', 'host']);
    assert.deepStrictEqual(who('邓雅琴'), ['信息中心主任', '临江医院', 'panelist']);
    assert.deepStrictEqual(who('韩立峰'), ['总经理', '北辰科技有限公司', 'panelist'], 'the phrase starts after the previous member (…女士和)');
    const speakerOf = (words: string) => r.corpus!.passages.find((p) => p.text.includes(words))?.speaker;
    assert.strictEqual(speakerOf('有请邓主任'), '方志诚', 'a turn is its speaker\'s, whoever it names');
    assert.strictEqual(speakerOf('数据中台'), '邓雅琴');
    assert.strictEqual(speakerOf('接口标准'), '韩立峰');
  });

  it('reads an interview: answers with 答 and a short name (以下簡稱), questions, answers over several paragraphs', () => {
    const t = [
      '專訪：醫院上雲的下一步',
      '本刊邀請臨江醫院院長唐志遠與北辰雲端總經理韓立峰對談。',
      '本刊問（以下簡稱問）：韓總，醫院上雲最大的障礙是什麼？',
      '唐志遠答（以下簡稱唐）：是資料治理。各系統的資料標準不一致。',
      '所以我們先做了主資料管理，再談上雲。',
      '韓立峰回答：廠商最怕的是需求一直變，這點我同意唐院長。',
      '問：費用怎麼算？',
      '唐：按用量計費，每季結算。',
    ].join('\n');
    const r = parsePlain(t, { id: 'i', file: 'i.txt' });
    const speakerOf = (words: string) => passageSpeaker(r.corpus!, words);
    assert.strictEqual(speakerOf('資料治理'), '唐志遠', 'a name, an answer word and an aside before the colon');
    assert.strictEqual(speakerOf('主資料管理'), '唐志遠', 'a paragraph without a head continues the answer before it');
    assert.strictEqual(speakerOf('需求一直變'), '韓立峰', '回答 after the name; the person it names does not take the line');
    assert.strictEqual(speakerOf('最大的障礙'), null, 'a question is nobody\'s, though it addresses 韓總');
    assert.strictEqual(speakerOf('費用怎麼算'), null);
    assert.strictEqual(speakerOf('按用量計費'), '唐志遠', 'the short name the aside gave');
    assert.deepStrictEqual(['唐志遠', '韓立峰'].map((n) => speakerRow(r.corpus!, n)?.[2]), ['speaker', 'speaker']);
    const statementOf = (words: string) => r.corpus!.statements!.find((st) => st.text.includes(words));
    assert.strictEqual(statementOf('資料治理')?.speaker, '唐志遠', 'what a turn says is its speaker\'s statement');
    assert.strictEqual(statementOf('資料治理')?.text, '是資料治理', 'after the head, without the sentence end');
    assert.strictEqual(statementOf('主資料管理')?.speaker, '唐志遠', 'a continuing paragraph too');
    assert.strictEqual(statementOf('費用怎麼算'), undefined, 'a question is no statement');
  });

  it('reads a press conference transcript: guest rows (name, then post), heads that give the post before the name, reporters\' questions', () => {
    const t = [
      '东川市卫生健康委新闻发布会文字实录',
      '主持人：方志诚   东川市卫生健康委新闻发言人、宣传处处长',
      '嘉  宾：邓雅琴   东川市疾控中心主任',
      '        韩立峰   临江区卫生健康局副局长、临江区人民政府副区长',
      '        祁  航   东川市中心医院院长',
      '东川市卫生健康委新闻发言人、宣传处处长 方志诚：',
      '各位媒体朋友，大家上午好！欢迎参加今天的发布会。',
      '首先通报近期的流感监测情况。',
      '东川市疾控中心主任 邓雅琴：',
      '近两周流感样病例比例有所上升，以甲型流感为主。',
      '东川日报记者：',
      '请问邓主任，学校应该怎样预防？',
      '东川市疾控中心主任 邓雅琴：',
      '谢谢您的提问。学校要做好晨午检。',
      '另外，出现症状的学生要及时就医。',
    ].join('\n');
    const r = parsePlain(t, { id: 'f', file: 'f.txt' });
    const speakerOf = (words: string) => passageSpeaker(r.corpus!, words);
    assert.strictEqual(speakerOf('欢迎参加'), '方志诚', 'a head alone on its line: the speech is below it');
    assert.strictEqual(speakerOf('流感监测'), '方志诚', 'the turn runs on to the next head');
    assert.strictEqual(speakerOf('甲型流感'), '邓雅琴');
    assert.strictEqual(speakerOf('怎样预防'), null, 'the lines under a reporter\'s head are the question, whoever it addresses');
    assert.strictEqual(speakerOf('晨午检'), '邓雅琴');
    assert.strictEqual(speakerOf('及时就医'), '邓雅琴');
    assert.deepStrictEqual(speakerRow(r.corpus!, '韩立峰')?.slice(0, 2), ['副区长', '临江区人民政府'], 'a guest row: the name, then the post');
    assert.deepStrictEqual(speakerRow(r.corpus!, '祁航')?.slice(0, 2), ['院长', '东川市中心医院'], 'a two-character name padded to line up (祁  航)');
  });

  it('reads a press conference set in blocks: the post, then the name alone, then the speech; a reporter\'s line alone', () => {
    const t = [
      '东川市召开新闻发布会，介绍冬季流感防控情况。', '',
      '主持人', '',
      '东川市卫生健康委新闻发言人', '',
      '方志诚', '',
      '各位媒体朋友：', '',
      '大家下午好！欢迎参加今天的发布会。', '',
      '东川日报记者', '',
      '请问邓主任，今年流感高峰何时到来？', '',
      '东川市疾控中心主任', '',
      '邓雅琴', '',
      '谢谢你的提问。预计高峰在一月中旬。', '',
      '我们会每周发布监测数据。',
    ].join('\n');
    const r = parsePlain(t, { id: 'b', file: 'b.txt' });
    const speakerOf = (words: string) => passageSpeaker(r.corpus!, words);
    assert.deepStrictEqual(speakerRow(r.corpus!, '方志诚')?.slice(0, 2), ['新闻发言人', '东川市卫生健康委'], 'the name under its post');
    assert.strictEqual(speakerOf('欢迎参加'), '方志诚', 'a salutation (各位媒体朋友：) leads on; it ends no turn');
    assert.strictEqual(speakerOf('高峰何时'), null);
    assert.strictEqual(speakerOf('一月中旬'), '邓雅琴');
    assert.strictEqual(speakerOf('监测数据'), '邓雅琴');
  });

  it('reads Hong Kong releases: 他指，…, 出席的還有 X, and a speech given in full (以下是…發言全文：) as the speaker\'s to the end', () => {
    const news = [
      '東川醫院今日舉行研討大會，行政總裁唐志遠致辭。他指，本港長者人口每年增長4%。',
      '出席大會的還有衞生局局長邵啟明。',
    ].join('\n');
    const r = parsePlain(news, { id: 'hk', file: 'hk.txt' });
    assert.ok(r.corpus!.statements!.some((st) => st.speaker === '唐志遠' && st.verb === '指' && st.text.includes('長者人口')));
    assert.deepStrictEqual(speakerRow(r.corpus!, '邵啟明')?.slice(0, 2), ['局長', '衞生局'], '還有 leads the list: no part of the organisation');
    const full = parsePlain([
      '衞生局局長在議會的開場發言',
      '以下是衞生局局長邵啟明今日在議會的開場發言全文：',
      '主席、各位議員：',
      '今年的施政報告在醫療範疇有多項措施，我在此作出簡介。',
      '（一）基層醫療',
      '我們會在每區設立一間社區健康中心。',
    ].join('\n'), { id: 'sp', file: 'sp.txt' }).corpus!;
    const speakerOf = (words: string) => passageSpeaker(full, words);
    assert.strictEqual(speakerOf('多項措施'), '邵啟明');
    assert.strictEqual(speakerOf('社區健康中心'), '邵啟明', 'a section heading does not end a speech given in full');
    assert.deepStrictEqual(full.statements!.map((st) => st.speaker), ['邵啟明', '邵啟明'], 'the speech is his, without its salutation and headings');
    assert.deepStrictEqual(speakerRow(full, '邵啟明')?.slice(0, 2), ['局長', '衞生局'], '以下是 is no part of the organisation');
  });

  it('reads a speech published on its own (title 在…上的讲话, byline, date, 同志们：) as the byline speaker\'s, in both scripts', () => {
    const speech = (lines: string[]) => parsePlain(lines.join('\n'), { id: 'talk', file: 'talk.txt' }).corpus!;
    const simplified = speech([
      '在2026年全省卫生健康工作会议上的讲话',
      '南川省卫生健康委员会主任  柯明远',
      '（2026年3月5日）',
      '',
      '同志们：',
      '刚才，贺振邦同志通报了去年的工作，我都同意。下面，我讲三点意见。',
      '一、推进分级诊疗',
      '我们要推进分级诊疗，把常见病留在基层。',
    ]);
    assert.deepStrictEqual(speakerRow(simplified, '柯明远'), ['主任', '南川省卫生健康委员会', 'speaker']);
    assert.strictEqual(passageSpeaker(simplified, '三点意见'), '柯明远', 'the body is the byline\'s speaker\'s, whoever the paragraph names');
    assert.strictEqual(passageSpeaker(simplified, '常见病'), '柯明远', 'a section heading does not end the speech');
    assert.ok(simplified.statements!.some((st) => st.speaker === '柯明远' && st.text.includes('常见病')));
    assert.ok(!simplified.statements!.some((st) => st.text.includes('同志们')), 'the salutation says nothing to cite');
    const traditional = speech([
      '柯明遠',
      '在全市醫院管理年會上的講話',
      '（二〇二六年四月十八日）',
      '各位代表、同志們：',
      '今年我們要把遠程影像覆蓋全市。',
    ]);
    assert.strictEqual(speakerRow(traditional, '柯明遠')?.[2], 'speaker', 'a name alone above the title is a person: the byline vouches for it');
    assert.strictEqual(passageSpeaker(traditional, '遠程影像'), '柯明遠');
  });

  it('reads a Q/A interview of one person: unnamed answers (A：, 答：) are the interviewee\'s; a column bar (专访｜) is no head', () => {
    const text = (q: string, a: string) => [
      '专访｜南川大学附属医院信息中心主任邵启明：数据治理要从临床需求出发',
      '近日，本刊记者专访了南川大学附属医院信息中心主任邵启明。',
      `${q}：医院为什么要做数据治理？`,
      `${a}：过去每个系统都有自己的字典，科研用数据时要花大量时间清洗。`,
      '我们的做法是先帮临床解决一个具体问题。',
      `${q}：下一步有什么计划？`,
      `${a}：明年把数据中心开放给全院的科研团队。`,
    ].join('\n');
    for (const [q, a] of [['Q', 'A'], ['问', '答']]) {
      const r = parsePlain(text(q, a), { id: 'qa', file: 'qa.txt' });
      const speakerOf = (words: string) => passageSpeaker(r.corpus!, words);
      assert.strictEqual(speakerOf('自己的字典'), '邵启明', a);
      assert.strictEqual(speakerOf('具体问题'), '邵启明', 'the answer runs on');
      assert.strictEqual(speakerOf('下一步有什么计划'), null);
      assert.ok(r.corpus!.statements!.some((st) => st.speaker === '邵启明' && st.text.includes('开放给全院')));
      assert.ok(!r.corpus!.statements!.some((st) => st.text.includes('本刊记者专访')), 'the headline opens no turn');
      assert.deepStrictEqual(speakerRow(r.corpus!, '邵启明')?.slice(0, 2), ['信息中心主任', '南川大学附属医院']);
    }
    const two = text('Q', 'A').replace('近日，本刊记者专访了南川大学附属医院信息中心主任邵启明。', '近日，本刊记者专访了信息中心主任邵启明和副主任韩立峰。');
    const r2 = parsePlain(two, { id: 'qa2', file: 'qa2.txt' });
    assert.strictEqual(passageSpeaker(r2.corpus!, '自己的字典'), null, 'two interviewees: an unnamed answer is nobody\'s');
  });

  it('takes a headline of the form 姓名：… for that line only, and a turn by surname and title only when one person has the surname', () => {
    const news = [
      '邵啟明：數據互通是智慧醫療的基礎',
      '東川大學醫學院院長邵啟明昨天出席論壇。臨江醫院院長唐志遠介紹了醫院的做法。',
    ].join('\n');
    const r = parsePlain(news, { id: 'h', file: 'h.txt' });
    const speakerOf = passageSpeaker;
    assert.strictEqual(speakerOf(r.corpus!, '數據互通'), '邵啟明');
    assert.strictEqual(speakerOf(r.corpus!, '醫院的做法'), '唐志遠', 'a headline carries over to no paragraph');
    assert.ok(!r.corpus!.statements!.some((st) => st.text.includes('數據互通')), 'a headline is no statement of a transcript of turns');
    const panel = (second: string) => parsePlain([
      `圆桌邀请临江医院院长唐志远、北辰科技总经理胡立群和${second}参与讨论。`,
      '胡总：我们先从接口标准谈起，这是厂商最关心的。',
      '唐院长：医院更关心数据质量，没有质量就没有应用。',
    ].join('\n'), { id: 'p', file: 'p.txt' }).corpus!;
    const one = panel('东川卫生局副局长许文静');
    assert.strictEqual(speakerOf(one, '接口标准'), '胡立群', '胡总: the one person found with that surname');
    assert.strictEqual(speakerOf(one, '数据质量'), '唐志远');
    const view = textView('胡总：我们先从接口标准谈起，这是厂商最关心的。');
    const person = (key: string) => ({ name: key, key, title: '', organization: '', mentions: [] });
    assert.deepStrictEqual(lineTurns(view, [person('胡立群')], view.lines), [{ kind: 'turn', speaker: '胡立群', from: 3, speech: false }], 'one turn alone is no transcript of turns: no statement');
    assert.deepStrictEqual(lineTurns(view, [person('胡立群'), person('胡文静')], view.lines), [{ kind: 'none' }], 'two people named 胡: 胡总 names neither for sure');
  });

  it('reads official news: 他並表示 / 他宣示 as statements, an agency\'s short name as no person, 公會 and 科技 as organisations', () => {
    const t = [
      '臨江市長陳立德今（11）日上午出席論壇開幕典禮。他並表示，政府將推動五年計畫，讓醫療與科技結合。',
      '衛生局副局長許文靜表示，社區照護是重點。她指出，衛福部希望各縣市建立照護據點。',
      '她宣示，衛生局今年要完成十個據點。',
      '藥師公會理事長、委員韓志明，與北辰科技執行長邵啟明一同出席。',
      '唐志遠總統今天致詞時表示，健康是國家的根本。',
      '林志強院士提倡社區醫院先上雲，再談大數據。',
    ].join('\n');
    const r = parsePlain(t, { id: 'o', file: 'o.txt' });
    const said = (who: string, words: string) => r.corpus!.statements!.some((st) => st.speaker === who && st.text.includes(words));
    assert.ok(said('陳立德', '五年計畫'), '並 between the pronoun and the verb');
    assert.ok(said('許文靜', '十個據點'), '宣示 reports speech');
    assert.ok(said('林志強', '社區醫院先上雲'), '提倡 reports a view put forward');
    assert.ok(!r.corpus!.speakers.some((s) => s.name === '衛福部'), 'an agency before 希望 is no person');
    assert.deepStrictEqual(speakerRow(r.corpus!, '韓志明')?.slice(0, 2), ['委員', '藥師公會'], 'a title chain takes the organisation of its first item');
    assert.deepStrictEqual(speakerRow(r.corpus!, '邵啟明')?.slice(0, 2), ['執行長', '北辰科技']);
    assert.deepStrictEqual(speakerRow(r.corpus!, '唐志遠'), ['總統', '', 'speaker'], 'a head of state\'s title after the name');
  });

  it('minutes: what the meeting says or decides is nobody\'s, whom it names; a person\'s own statement still counts', () => {
    const t = [
      '主持人：邬建平（院长）',
      '会议指出，网络安全是底线。柯文婷表示，医务部门将配合培训。',
      '会议决定：',
      '一、交换机更换项目由柯文婷牵头；',
      '二、下次会议于8月上旬召开。',
      '柯文婷补充，培训每季度一次。',
      '会议决定：由邬建平负责督办。',
    ].join('\n');
    const r = parsePlain(t, { id: 'm', file: 'm.txt' });
    const speakerOf = (words: string) => passageSpeaker(r.corpus!, words);
    assert.strictEqual(speakerOf('网络安全是底线'), null);
    assert.strictEqual(speakerOf('医务部门将配合'), '柯文婷');
    assert.strictEqual(speakerOf('交换机更换项目'), null, 'an item under 会议决定： is the meeting\'s');
    assert.strictEqual(speakerOf('培训每季度一次'), '柯文婷', 'the items end where a line without a mark starts');
    assert.strictEqual(speakerOf('负责督办'), null);
  });

  it('reports an empty text', () => {
    const r = parsePlain('  \n\n', { id: 'c', file: 'c.txt' });
    assert.strictEqual(r.corpus, undefined);
    assert.strictEqual(r.problems[0].severity, 'error');
  });

  it('reads Traditional Chinese attributions and 「」 quotation marks', () => {
    const t = '2019台北醫療論壇\n台北市立聯合醫院資訊室主任陳建華表示：「混合雲是醫院資料中心的必然選擇。」\n「資安是底線，沒有資安就沒有上雲。」，中華電信醫療事業處總監錢芳這樣說道。\n';
    const r = parsePlain(t, { id: 't', file: 't.txt' });
    assert.deepStrictEqual(r.corpus!.quotes.map((q) => [q.speaker, q.verb]), [['陳建華', '表示'], ['錢芳', '說道']]);
    assert.deepStrictEqual([r.corpus!.speakers[0].title, r.corpus!.speakers[0].organization], ['資訊室主任', '台北市立聯合醫院']);
  });
});

/** The same genre typed with ASCII punctuation (as reports copied from forms and some web pages read). */
const ASCII_TEXT = [
  '2023基层影像协同会议在江州举行',
  '2023年9月3日, 由江州市卫生健康委员会指导、远岸科技有限公司承办的会议在江州宾馆举行. 江州市卫生健康委员会副主任柯文涛、远岸科技有限公司总经理蒲晓东出席.',
  '柯文涛在讲话中表示, 远程影像让乡镇的片子当天就有结论, 这是分级诊疗的基础.',
  '蒲晓东(远岸科技有限公司总经理)介绍: 平台已接入27家卫生院, 存储影像1.8PB.',
  '',
].join('\n');

describe('plain-text transcripts typed with ASCII punctuation', () => {
  it('reads ", " and "." as the Chinese marks they stand for, not as photo captions', () => {
    assert.strictEqual(detectFormat(ASCII_TEXT, 'b.txt'), 'plain');
  });

  it('finds the people, their organisations, and who said what', () => {
    const { corpus } = parsePlain(ASCII_TEXT, { id: 'ws:b.txt', file: 'b.txt' });
    const people = Object.fromEntries(corpus!.speakers.map((s) => [s.name, s.organization]));
    assert.deepStrictEqual(Object.keys(people).sort(), ['柯文涛', '蒲晓东'].sort());
    assert.strictEqual(people['柯文涛'], '江州市卫生健康委员会');
    const said = corpus!.passages.find((p) => p.text.includes('分级诊疗'))!;
    assert.strictEqual(said.speaker, '柯文涛');
    assert.ok(corpus!.passages.some((p) => p.text.startsWith('江州市卫生健康委员会副主任柯文涛')), 'a sentence ends at ". "');
    assert.ok(corpus!.statements.some((s) => s.speaker === '蒲晓东' && s.text.includes('27家卫生院')));
    for (const p of corpus!.passages) assert.strictEqual(ASCII_TEXT.slice(p.location.offset, p.location.offset + p.location.length), p.text);
  });
});

describe('statements after a speech noun (讲话强调, 发言指出)', () => {
  it('attributes what follows the statement verb to the subject', () => {
    const text = '区域医疗大会在宁州召开。\n宁州市卫生健康委员会主任施建岳在大会上讲话强调，基层的数据要先通起来。\n宁州市第一人民医院院长陶志远在会上发言指出，互联网医院要和线下一体运行。\n';
    const { corpus } = parsePlain(text, { id: 'ws:c.txt', file: 'c.txt' });
    const said = Object.fromEntries(corpus!.statements.map((s) => [s.speaker, s.text]));
    assert.strictEqual(said['施建岳'], '基层的数据要先通起来');
    assert.strictEqual(said['陶志远'], '互联网医院要和线下一体运行');
  });
});

describe('a person with two posts (甲也是乙), and Taiwan\'s 荣总', () => {
  it('reads the post next to the name, with its organisation', () => {
    const text = '健康论坛在台中举行。\n台湾医务管理学会理事长也是台中荣总院长林泽民表示，医院要共建平台。\n';
    const { corpus } = parsePlain(text, { id: 'ws:d.txt', file: 'd.txt' });
    const lin = corpus!.speakers.find((s) => s.name === '林泽民')!;
    assert.strictEqual(lin.title, '院长');
    assert.strictEqual(lin.organization, '台中荣总');
  });
});

describe('elected members as titles (立法委员, 立委, 人大代表)', () => {
  it('finds the person and their statement when the title follows the name', () => {
    const text = '医疗资讯论坛在台北举行。\n林子安立法委员则提醒，个资保护要同步完善。\n';
    const { corpus } = parsePlain(text, { id: 'ws:e.txt', file: 'e.txt' });
    assert.deepStrictEqual(corpus!.speakers.map((s) => [s.name, s.title]), [['林子安', '立法委员']]);
    assert.strictEqual(corpus!.statements[0]?.speaker, '林子安');
  });
});

describe('foreign names with the interpunct, a time word after a name, 组织', () => {
  it('reads 玛丽亚·贝克 after a title whole, and what she says', () => {
    const text = '卫生论坛开幕。\n世界卫生组织助理总干事玛丽亚·贝克在视频致辞中说，数据共享关乎每个人。\n';
    const { corpus } = parsePlain(text, { id: 'ws:f.txt', file: 'f.txt' });
    assert.deepStrictEqual(corpus!.speakers.map((s) => [s.name, s.title, s.organization]), [['玛丽亚·贝克', '助理总干事', '世界卫生组织']]);
    assert.strictEqual(corpus!.statements[0]?.speaker, '玛丽亚·贝克');
  });
  it('finds the speaker when a time word follows the name (当日, 昨日)', () => {
    const text = '卫生论坛开幕。\n江州市市长郑立川当日在会上致辞时表示，城市要建好健康数据平台。\n';
    const { corpus } = parsePlain(text, { id: 'ws:g.txt', file: 'g.txt' });
    assert.deepStrictEqual(corpus!.speakers.map((s) => s.name), ['郑立川']);
    assert.strictEqual(corpus!.statements[0]?.speaker, '郑立川');
  });

  it('press conferences: the host\'s label is the part played, journalists quoted are speakers, credits are bylines', () => {
    const t = [
      '南湖日报记者 卞晓舟 摄',
      '省政府新闻办公室副主任、新闻发布会主持人邝文博已就座。主持人韦思远说：“现在开始。”',
      '央视主持人甘若水表示，这是一次好的发布会。',
      '“问题很实在。”第一次采访发布会的东江晚报记者宓海晴说，她关心网速。',
      '发言人回答提问。（新华社记者黄景川摄）',
    ].join('\n');
    const r = parsePlain(t, { id: 'pc', file: 'pc.txt' });
    assert.deepStrictEqual(speakerRow(r.corpus!, '邝文博'), ['副主任', '省政府新闻办公室', 'host'], 'the chain gives the post; the label makes the host');
    assert.deepStrictEqual(speakerRow(r.corpus!, '韦思远')?.[2], 'host', '主持人 with no organisation before it: this event\'s host');
    assert.deepStrictEqual(speakerRow(r.corpus!, '甘若水')?.[2], 'speaker', 'a presenter\'s job (央视主持人) hosts nothing here');
    assert.deepStrictEqual(speakerRow(r.corpus!, '宓海晴'), ['记者', '东江晚报', 'speaker'], 'a journalist quoted is a speaker; the modifier closed by 的 is no organisation');
    assert.strictEqual(speakerRow(r.corpus!, '卞晓舟')?.[2], 'reporter', 'a byline keeps its role when a title names the reporter too');
    assert.strictEqual(speakerRow(r.corpus!, '黄景川')?.[2], 'reporter', 'a credit glued into a caption');
  });

  it('reads a byline whose two-character name is padded to line up with the next (记者：卢 岚 阮星河)', () => {
    const r = parsePlain('发布会举行。\n2025年03月04日   来源：江南日报   记者：卢 岚 阮星河\n柯明哲表示，县医院要接得住大病。\n', { id: 'pb', file: 'pb.txt' });
    assert.deepStrictEqual(r.corpus!.speakers.filter((s) => s.role === 'reporter').map((s) => s.name), ['卢岚', '阮星河']);
  });

  it('a head alone on its line makes the lines under it that person\'s, its title line too, even when it is the only head', () => {
    const one = parsePlain(['委员通道开启', '全国政协委员、南湖医院院长柯明哲：', '我们明年上线远程影像。系统覆盖全省。'].join('\n'), { id: 'c1', file: 'c1.txt' }).corpus!;
    assert.strictEqual(passageSpeaker(one, '远程影像'), '柯明哲');
    assert.strictEqual(passageSpeaker(one, '覆盖全省'), '柯明哲');
    const two = parsePlain([
      '委员通道开启', '全国政协委员、南湖医院院长柯明哲：', '让县医院接得住大病', '我们帮扶了27家县医院。',
      '全国政协委员、东江省疾控中心主任庞素云：', '监测要快一步', '我们建了412个哨点医院。',
    ].join('\n'), { id: 'c2', file: 'c2.txt' }).corpus!;
    assert.strictEqual(passageSpeaker(two, '27家县医院'), '柯明哲', 'the title under the head does not end the turn');
    assert.strictEqual(passageSpeaker(two, '让县医院接得住大病'), '柯明哲');
    assert.strictEqual(passageSpeaker(two, '哨点医院'), '庞素云');
    const headline = parsePlain(['南湖医院院长柯明哲：加快建设', '全院通网', '我们帮扶了27家县医院。'].join('\n'), { id: 'c3', file: 'c3.txt' }).corpus!;
    assert.strictEqual(passageSpeaker(headline, '27家县医院'), null, 'a headline (name：title) is no head alone: nothing below is carried');
  });

  it('government transcripts: a head that is only the post, or the name and a title, is that person\'s turn after a question', () => {
    const t = [
      '以下是卫生局局长柏文岳今日会见传媒的谈话内容：',
      '卫生局局长：我先谈谈冬季高峰。',
      '记者：局长，人手何时补足？',
      '卫生局局长：医学生的学额明年增加。',
      '记者：柏医生，病床够吗？',
      '柏文岳医生：病床会再加开三百张。',
    ].join('\n');
    const r = parsePlain(t, { id: 'gov', file: 'gov.txt' });
    assert.strictEqual(passageSpeaker(r.corpus!, '人手何时补足'), null, 'the question is nobody\'s');
    assert.strictEqual(passageSpeaker(r.corpus!, '学额明年增加'), '柏文岳', 'the post alone names the one person who holds it');
    assert.strictEqual(passageSpeaker(r.corpus!, '三百张'), '柏文岳', 'the name with 医生 after it');
  });

  it('government transcripts with several officials: posts as heads, ︰ as a colon, a married name, a post no one holds', () => {
    const t = [
      '記者會答問內容',
      '行政長官岑馮慧雯今日舉行記者會。衞生署署長邵文彬醫生及醫院管理局行政總裁柏嘉樹醫生亦有出席。以下是答問內容：',
      '記者：想問病床夠不夠？',
      '行政長官：我先回答第一條問題，病床會再加開。',
      '醫院管理局行政總裁︰我們會抽調人手到急症室。',
      '署理秘書長：補充一點，撥款已經批出。',
      '行政長官：多謝大家。',
    ].join('\n');
    const r = parsePlain(t, { id: 'hk2', file: 'hk2.txt' });
    assert.deepStrictEqual(speakerRow(r.corpus!, '岑馮慧雯'), ['行政長官', '', 'speaker'], 'two surnames and a given name after a title');
    assert.deepStrictEqual(speakerRow(r.corpus!, '柏嘉樹')?.slice(0, 2), ['行政總裁', '醫院管理局'], '醫生及 closes the member before it');
    assert.strictEqual(passageSpeaker(r.corpus!, '再加開'), '岑馮慧雯');
    assert.strictEqual(passageSpeaker(r.corpus!, '抽調人手'), '柏嘉樹', 'a head closed by the presentation form ︰');
    assert.strictEqual(passageSpeaker(r.corpus!, '撥款已經批出'), null, 'a post no one found holds is someone unknown, not the turn before');
    assert.strictEqual(passageSpeaker(r.corpus!, '多謝大家'), '岑馮慧雯');
    const speech = parsePlain('以下是院长柯明哲今日在年会上的讲话全文：\n各位院长：\n今年我们要把远程影像覆盖全省。\n', { id: 'sal', file: 'sal.txt' }).corpus!;
    assert.strictEqual(passageSpeaker(speech, '远程影像'), '柯明哲', 'a salutation (各位院长：) is no head of someone unknown');
  });

  it('online interviews: bracketed heads, with a colon or alone on their line, and the outlet as who asks', () => {
    const t = [
      '柯明哲院长做客东江健康网。以下为访谈全文。',
      '[东江健康网]：',
      '今天请到了东江省人民医院院长柯明哲。柯院长有哪些新的变化？',
      '[主持人]：',
      '首先问一下柯院长，医共体覆盖了多少家卫生院？',
      '[柯明哲]：',
      '我们覆盖了37家乡镇卫生院。',
      '【主持人】',
      '请柯院长寄语基层医生。',
      '【柯明哲】',
      '要把常见病留在基层。',
      '【嘉宾观点】',
      '县域医共体要做实。',
    ].join('\n');
    const r = parsePlain(t, { id: 'web', file: 'web.txt' });
    assert.strictEqual(passageSpeaker(r.corpus!, '有哪些新的变化'), null, 'the outlet\'s head asks: the question is nobody\'s');
    assert.strictEqual(passageSpeaker(r.corpus!, '覆盖了多少家'), null, 'the host asks, whoever the question names');
    assert.strictEqual(passageSpeaker(r.corpus!, '37家'), '柯明哲', 'a name in square brackets before the colon');
    assert.strictEqual(passageSpeaker(r.corpus!, '寄语基层医生'), null, 'a bracketed label alone on its line');
    assert.strictEqual(passageSpeaker(r.corpus!, '常见病'), '柯明哲', 'a bracketed name alone on its line');
    const labelled = parsePlain('【嘉宾观点】\n县域医共体要做实。\n', { id: 'lab', file: 'lab.txt' }).corpus!;
    assert.strictEqual(passageSpeaker(labelled, '要做实'), null, 'a bracketed heading that names no one is no head');
  });

  it('round tables: two hosts joined by 和, a name after 的, 首席…官, 在现场 before the verb', () => {
    const t = [
      '圆桌讨论举行。',
      '在规划处处长车宏远和云途医疗首席医疗官路明川主持的讨论中，来自南湖大学的祁文涛教授、柏思远教授和东江医科大学冉静怡教授展开讨论。',
      '祁文涛教授在现场介绍了区域平台的经验。',
    ].join('\n');
    const r = parsePlain(t, { id: 'rt', file: 'rt.txt' });
    assert.deepStrictEqual(speakerRow(r.corpus!, '车宏远'), ['处长', '规划处', 'host'], 'joined to the host after it by 和');
    assert.deepStrictEqual([speakerRow(r.corpus!, '路明川')?.[0], speakerRow(r.corpus!, '路明川')?.[2]], ['首席医疗官', 'host']);
    assert.deepStrictEqual(speakerRow(r.corpus!, '祁文涛'), ['教授', '南湖大学', 'speaker'], 'a full name after 的, its organisation from the modifier; 在现场 before the verb');
    assert.ok(!r.corpus!.speakers.some((sp) => sp.name.startsWith('和')), 'a title that closes the name before it titles no name after it');
    const words = (x: string) => parsePlain(x, { id: 'w', file: 'w.txt' }).corpus!.speakers.map((sp) => sp.name);
    assert.deepStrictEqual(words('会议举行。\n医院的王牌教授和全省的万名医生参加。\n'), [], 'two characters after 的 are no name');
  });

  it('official news: an organisation through 委员会, none across 传达了, a name after 和 with its title', () => {
    const t = [
      '会议在东江举行。',
      '国家卫生健康委员会医政医管局医疗机构处车宏远处长出席会议。',
      '会上，柯明哲会长传达了省政府庞素云副省长的批示和祁文涛主任的讲话精神。',
    ].join('\n');
    const r = parsePlain(t, { id: 'off', file: 'off.txt' });
    assert.deepStrictEqual(speakerRow(r.corpus!, '车宏远')?.slice(0, 2), ['处长', '国家卫生健康委员会医政医管局医疗机构处'], '委员 followed by 会 is the organisation\'s');
    assert.deepStrictEqual(speakerRow(r.corpus!, '庞素云')?.slice(0, 2), ['副省长', '省政府'], 'the organisation stops at 了');
    assert.deepStrictEqual(speakerRow(r.corpus!, '祁文涛')?.slice(0, 1), ['主任'], 'a name after 和, then its title');
  });

  it('Taiwan news: an agency fused with the title, 今/昨 before the verb, 期勉, a byline in 〔〕', () => {
    const t = [
      '〔記者蕭雅婷／嘉義報導〕研討會今天登場。',
      '衛福部長蕭文彬今表示，明年將再撥款補助偏鄉醫院。',
      '醫事司司長單若萱昨表示，評鑑明年將納入資安項目。',
      '主委邰志遠期勉，醫院要把關懷帶進社區。',
      '次長柏文岳今（17日）指出，遠距醫療明年擴大。',
    ].join('\n');
    const r = parsePlain(t, { id: 'tw', file: 'tw.txt' });
    const said = (words: string) => r.corpus!.statements.find((st) => st.text.includes(words))?.speaker;
    assert.strictEqual(said('撥款補助'), '蕭文彬', 'the agency\'s short name (衛福) is no person');
    assert.ok(!r.corpus!.speakers.some((sp) => sp.name === '衛福'));
    assert.strictEqual(said('資安項目'), '單若萱', '昨 between the name and its verb');
    assert.strictEqual(said('關懷帶進社區'), '邰志遠', '期勉 reports what was urged');
    assert.strictEqual(said('遠距醫療明年擴大'), '柏文岳', 'the day in brackets, 今（17日）, between the name and its verb');
    assert.strictEqual(speakerRow(r.corpus!, '蕭雅婷')?.[2], 'reporter');
  });

  it('forum news listing talks: a department before the name, talks with their subject, 由…教授主持, circled numbers', () => {
    const t = [
      '论坛在南岭举行。论坛由南岭市第一人民医院高级专家滕若溪教授主持。',
      '南岭市第一人民医院急诊科邬绍川副主任介绍了急诊数据库的建设经验。东川健康集团的仇明远院长针对影像共享做了专题汇报。',
      '报告分别是：①柏文岳主任：“急诊数据库”；②南岭医科大学附属第二医院副院长阚思远：“信息互通”。',
      '会议听取了院长柯明哲作的报告。',
    ].join('\n');
    const r = parsePlain(t, { id: 'talks', file: 'talks.txt' });
    assert.strictEqual(speakerRow(r.corpus!, '滕若溪')?.[2], 'host', 'a title used as a form of address before 主持');
    assert.deepStrictEqual(speakerRow(r.corpus!, '邬绍川'), ['副主任', '南岭市第一人民医院急诊科', 'speaker'], 'a clinical department before the name');
    assert.strictEqual(speakerRow(r.corpus!, '仇明远')?.[2], 'speaker', 'a talk given with its subject written in');
    assert.deepStrictEqual(speakerRow(r.corpus!, '阚思远')?.slice(0, 2), ['副院长', '南岭医科大学附属第二医院'], 'a circled number is no part of the organisation');
    assert.ok(r.corpus!.speakers.some((sp) => sp.name === '柯明哲'), 'a weak surname (明) after the surname is no married name (柯明哲作)');
    assert.strictEqual(r.corpus!.event?.venue, '南岭', 'the venue before an event verb (在南岭举行)');
    const dressed = parsePlain('信息网络大会隆重召开\n7月5日，信息网络大会在南岭隆重召开。\n', { id: 'v', file: 'v.txt' }).corpus!;
    assert.strictEqual(dressed.event?.venue, '南岭', 'the adverb dressing the verb is no part of the venue');
  });

  it('hospital news: an instruction after 对… (作出重要指示：), a talk 以…为题进行了讲述, and 表示 with an attitude reports nothing', () => {
    const t = [
      '医院举办了信息化讲座。',
      '信息科柏文岳科长以《医院信息系统》为题进行了讲述，分析了信息化的现状。',
      '信息部庞素云主任从平台建设、无纸化、业务延续性等五个方面进行PPT介绍。',
      '最后，院长柯明哲对医院发展信息化作出重要指示：全员要加快学习信息化知识。',
      '副院长阚思远对来宾的到来表示热烈欢迎，双方交流了建设经验。',
    ].join('\n');
    const r = parsePlain(t, { id: 'inst', file: 'inst.txt' });
    const said = (words: string) => r.corpus!.statements.find((st) => st.text.includes(words))?.speaker;
    assert.strictEqual(said('加快学习'), '柯明哲', '对… runs up to the verb');
    assert.strictEqual(speakerRow(r.corpus!, '柏文岳')?.[2], 'speaker', '以《…》为题进行了讲述');
    assert.strictEqual(speakerRow(r.corpus!, '庞素云')?.[2], 'speaker', '从…方面进行PPT介绍');
    assert.strictEqual(said('交流了建设经验'), undefined, '表示热烈欢迎 is an attitude, not words');
    const visit = parsePlain('走进东江省人民医院信息中心主任柯明哲的办公室，记者看到了标牌。\n柯明哲介绍说，医院已经有十多个系统。\n', { id: 'visit', file: 'visit.txt' }).corpus!;
    assert.deepStrictEqual(speakerRow(visit, '柯明哲')?.slice(0, 2), ['信息中心主任', '东江省人民医院'], 'a reporter\'s visit (走进…) is no part of the organisation');
  });

  it('Hong Kong reports: the surname alone before a speech verb is the person last named with it', () => {
    const t = [
      '医院管理局新主席范启荣本月1日起履新，为期两年。',
      '范表示，医管局会加强挽留人才。范又指，海外医生短期内难以聘请。',
      '方表示的意见另作讨论。',
    ].join('\n');
    const r = parsePlain(t, { id: 'hk', file: 'hk.txt' });
    assert.deepStrictEqual(speakerRow(r.corpus!, '范启荣'), ['新主席', '医院管理局', 'speaker'], 'a day word (本月) after the name ends it');
    const said = (words: string) => r.corpus!.statements.find((st) => st.text.includes(words))?.speaker;
    assert.strictEqual(said('挽留人才'), '范启荣');
    assert.strictEqual(said('海外医生'), '范启荣', '又 between the surname and the verb');
    assert.strictEqual(said('另作讨论'), undefined, 'a surname no one found has is nobody');
  });

  it('keeps the last name of a caption\'s list, before an aside in brackets or the verb of the clause', () => {
    const names = (t: string) => parsePlain(t, { id: 'cap', file: 'cap.txt' }).corpus!.speakers.map((sp) => sp.name);
    assert.deepStrictEqual(names('委员通道开启。\n全国政协委员柯明哲、庞素云、严季川（从左至右）在通道接受采访。\n'), ['柯明哲', '庞素云', '严季川']);
    assert.deepStrictEqual(names('座谈会召开。\n院长柯明哲、庞素云出席会议。\n'), ['柯明哲', '庞素云']);
  });

  it('keeps 新闻发言人 whole, with what qualifies it when no organisation is named', () => {
    const r = parsePlain('会议举行。\n大会新闻发言人岑立言表示，议程已经确定。\n', { id: 'sp', file: 'sp.txt' });
    assert.deepStrictEqual(speakerRow(r.corpus!, '岑立言'), ['大会新闻发言人', '', 'speaker']);
  });

  it('reads manner phrases between a name and its verb, and 声明 as speech', () => {
    const t = [
      '会议在北京举行。',
      '邝文博开门见山地宣布：“发布会预计60分钟。”',
      '王宁激动地说：“终于通网了。”王宁笑着补充，乡里也通了。',
      '晁一鸣先是言辞坚定地声明：“数据一律不出省。”',
    ].join('\n');
    const r = parsePlain(t, { id: 'mn', file: 'mn.txt' });
    const quoted = (who: string, words: string) => r.corpus!.quotes.some((q) => q.speaker === who && q.text.includes(words));
    assert.ok(quoted('邝文博', '60分钟'), '开门见山地');
    assert.ok(quoted('王宁', '通网'), '激动地, after a two-character name');
    assert.ok(r.corpus!.statements!.some((st) => st.speaker === '王宁' && st.text.includes('乡里')), '笑着');
    assert.ok(quoted('晁一鸣', '不出省'), '先是 … 地声明');
    assert.deepStrictEqual(r.corpus!.speakers.map((s) => s.name).sort(), ['王宁', '晁一鸣', '邝文博'].sort(), 'no name takes a manner word (王宁激)');
  });
});

describe('a quotation attributed after it with a bare 说 (“…。”他说。 / “…，”她说，…)', () => {
  it('gives the quote to the person the pronoun or the name stands for, and nothing to 不用说', () => {
    const text = [
      '数据大会在宁州召开。',
      '据宁州市大数据中心负责人邵启明介绍，平台已接入90家医院。“明年我们还要接入全部社区医院。”他说。',
      '宁州市第一人民医院信息科科长卢佳怡也谈了看法。“上云不是目的，要看临床用得好不好，”她说，更要算清成本。',
      '“分级诊疗”不用说，大家都明白。',
      '',
    ].join('\n');
    const { corpus } = parsePlain(text, { id: 'ws:h.txt', file: 'h.txt' });
    assert.deepStrictEqual(corpus!.quotes.map((q) => [q.speaker, q.text]), [
      ['邵启明', '明年我们还要接入全部社区医院。'],
      ['卢佳怡', '上云不是目的，要看临床用得好不好，'],
    ]);
  });
});
