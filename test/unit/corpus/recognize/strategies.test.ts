import * as assert from 'node:assert';
import { bylineNames } from '../../../../src/core/corpus/recognize/byline';
import { isDebrisLine, trailingTags } from '../../../../src/core/corpus/recognize/debris';
import { orgAndTitle } from '../../../../src/core/corpus/recognize/context';
import { bareLists, coordinatedNames, listsBeforeGroups } from '../../../../src/core/corpus/recognize/listed';
import { nameAt } from '../../../../src/core/corpus/recognize/names';
import { namesBeforeTitles } from '../../../../src/core/corpus/recognize/nameTitle';
import { recognizePeople } from '../../../../src/core/corpus/recognize/people';
import { References } from '../../../../src/core/corpus/recognize/references';
import { statementsIn } from '../../../../src/core/corpus/recognize/statements';
import { titledNames } from '../../../../src/core/corpus/recognize/titled';
import type { Mention } from '../../../../src/core/corpus/recognize/types';
import { namesBeforeVerbs } from '../../../../src/core/corpus/recognize/verbal';
import { namesBeforeBracketedPosts, programmeRows } from '../../../../src/core/corpus/recognize/rows';
import { speechHeaders } from '../../../../src/core/corpus/recognize/speechLayout';
import { textView } from '../../../../src/core/corpus/recognize/view';
import { sentences } from '../../../../src/core/corpus/transcript/spans';

const allStatements = (shadow: string, refs: References) => sentences(shadow, 0, shadow.length).flatMap(([a, b]) => statementsIn(shadow, a, b, refs));

const names = (text: string, ms: Mention[]) => ms.map((m) => text.slice(m.start, m.end));

describe('people recognisers (one strategy each, hand-written texts)', () => {
  it('names: surname + given name, cut where the next word starts', () => {
    const s = '刘芳以及王建军汇报了，刘局长表示';
    assert.deepStrictEqual(nameAt(s, 0), { start: 0, end: 2, weak: false });
    assert.strictEqual(s.slice(nameAt(s, 4)!.start, nameAt(s, 4)!.end), '王建军');
    assert.strictEqual(nameAt(s, 11), undefined, '刘局长 is a short form, not a name');
    assert.strictEqual(nameAt('宁波市卫健委', 0), undefined, 'a place running into 市 is no name');
  });

  it('names after a title: an unknown two-character verb closed by 了 or 过 ends the name', () => {
    const text = (s: string, c: ReturnType<typeof nameAt>) => (c ? s.slice(c.start, c.end) : undefined);
    const s = '院长高志远剖析了成因，教授林峰梳理了成效，主任李华也参加了会议，市长周密部署了工作';
    assert.strictEqual(nameAt(s, 2), undefined, 'without a title beside it, no name runs up to an unknown verb');
    assert.strictEqual(text(s, nameAt(s, 2, true)), '高志远');
    assert.strictEqual(text(s, nameAt(s, 13, true)), '林峰');
    assert.strictEqual(text(s, nameAt(s, 23, true)), '李华', '也 starts the next word: the name is not 李华也');
    assert.strictEqual(nameAt(s, 34, true), undefined, '周密部署了 is a manner and a verb, not a name');
    assert.strictEqual(text('理事長黃志遠回顧過往', nameAt('理事長黃志遠回顧過往', 3, true)), '黃志遠', 'Traditional: 過 as the marker');
  });

  it('names: an adverb before the verb (常, 仍) ends the name when the text repeats the shorter form', () => {
    const t = '韩立，现任市卫生局科长。韩立常强调，数据要多跑路。';
    const at = t.indexOf('韩立常');
    assert.strictEqual(t.slice(at, nameAt(t, at)!.end), '韩立');
    const once = '王守常表示，数据要多跑路。';
    assert.strictEqual(once.slice(0, nameAt(once, 0)!.end), '王守常', 'written once: the longer name stands');
    const people = recognizePeople(textView(t)).map((p) => p.key);
    assert.deepStrictEqual(people, ['韩立'], '韩立 … 常强调: the subject of the verb');
  });

  it('titled: organisation + title + name, with spaces and title chains', () => {
    const t = '北京协和医院人工智能技术负责人李亚光、四川大学华西医院副院长、信息中心主任晏子谦出席。\n国家卫计委统计信息中心副主任 周恭伟致辞\n';
    const ms = titledNames(textView(t));
    assert.deepStrictEqual(names(t, ms), ['李亚光', '晏子谦', '周恭伟']);
    assert.deepStrictEqual([ms[0].organization, ms[0].title], ['北京协和医院', '人工智能技术负责人']);
    assert.deepStrictEqual([ms[1].organization, ms[1].title], ['四川大学华西医院', '信息中心主任']);
    assert.strictEqual(ms[2].title, '统计信息中心副主任');
  });

  it('titled: a bare rank after a post leaves the post the title; a rank at an organisation of its own stays', () => {
    const t = '华东理工大学数据研究所所长、教授岑立群，市立医院副院长、主任医师、博士生导师詹一鸣，学会理事长、北方大学教授骆晴出席。';
    const ms = titledNames(textView(t));
    assert.deepStrictEqual(names(t, ms), ['岑立群', '詹一鸣', '骆晴']);
    assert.deepStrictEqual([ms[0].organization, ms[0].title], ['华东理工大学数据研究所', '所长']);
    assert.deepStrictEqual([ms[1].organization, ms[1].title], ['市立医院', '副院长']);
    assert.deepStrictEqual([ms[2].organization, ms[2].title], ['北方大学', '教授']);
    // the same chain in a programme row
    const row = programmeRows(textView('嘉宾：岑立群  华东理工大学数据研究所所长、教授\n'));
    assert.deepStrictEqual([row[0]?.organization, row[0]?.title], ['华东理工大学数据研究所', '所长']);
  });

  it('titled: a counted title (两名工程师) lists names only as a list; a name-like word after it is the sentence going on', () => {
    const t = '医院派了两名工程师常驻合作医院。会上，两位院长滕思远、鲍嘉禾先后发言。';
    assert.deepStrictEqual(names(t, titledNames(textView(t))), ['滕思远']);
  });

  it('titled: a former post in a chain yields to the present one; alone, 原 goes with the title', () => {
    const t = [
      '东海市医学会会长、原东海市卫生局党组成员、副局长陈立平出席会议。',
      '南川大学附属医院院长、原南川市卫生局局长周文海发言。',
      '原西江市卫生局局长邵启明也到场。',
      '原子能研究院所长韩志明介绍了进展。',
    ].join('\n');
    const posts = titledNames(textView(t)).map((m) => [t.slice(m.start, m.end), m.organization, m.title]);
    assert.deepStrictEqual(posts, [
      ['陈立平', '东海市医学会', '会长'],
      ['周文海', '南川大学附属医院', '院长'],
      ['邵启明', '西江市卫生局', '原局长'],
      ['韩志明', '原子能研究院', '所长'],
    ]);
  });

  it('name + title: 胡章学院长 opens a clause; an honorific counts too', () => {
    const t = '会上，胡章学院长作了讲话。孟群同志指出，要加快建设。高级工程师参加。';
    assert.deepStrictEqual(names(t, namesBeforeTitles(textView(t))), ['胡章学', '孟群']);
  });

  it('verbal: the subject of a speech verb, after filler (在致辞中), and 据X介绍', () => {
    const t = '陈晓明在致辞中指出，数据要互通。据刘芳介绍，平台已上线。大家表示赞同。张伟主持会议。';
    const ms = namesBeforeVerbs(textView(t));
    assert.deepStrictEqual(names(t, ms), ['陈晓明', '刘芳', '张伟']);
    assert.strictEqual(ms[2].role, 'host');
  });

  it('byline: names glued to the next label, as bylines copied from a page run together', () => {
    const t = '作者:张天成编辑:徐晶慧责任编辑:戎斌\n记者 王小明来源:新华社\n';
    assert.deepStrictEqual(names(t, bylineNames(textView(t))), ['张天成', '徐晶慧', '戎斌', '王小明']);
  });

  it('byline: reporters and editors, never the source', () => {
    const t = '（记者 李明 通讯员 张小红）\n编辑: 唐方    来源:丁香园\n新华社记者 黄敬文 摄\n';
    assert.deepStrictEqual(names(t, bylineNames(textView(t))), ['李明', '张小红', '唐方', '黄敬文']);
  });

  it('byline: a marker word inside a list of things is no byline (收集、整理和反馈), one after its separator is (文、图：王五)', () => {
    const t = '各科室要做好问题的收集、整理和反馈，并配合解决。\n文、图：王五\n（图文：谷雨晴　审核：范立群）\n';
    assert.deepStrictEqual(names(t, bylineNames(textView(t))), ['王五', '谷雨晴', '范立群']);
  });

  it('coordination: names joined to a found person by 、/和/等', () => {
    const t = '主任王芳、李强和赵敏等专家出席。';
    const view = textView(t);
    const found = titledNames(view);
    assert.deepStrictEqual(names(t, coordinatedNames(view, found)), ['李强', '赵敏']);
  });

  it('coordination: a list around a name the text vouches for elsewhere names people too', () => {
    const t = '我院召开启动会，到会的有周文海、韩立峰、邵启明。\n最后，周文海同志强调，要按期完成建设。\n';
    const people = recognizePeople(textView(t)).map((p) => p.key);
    assert.deepStrictEqual(people, ['周文海', '韩立峰', '邵启明']);
  });

  it('lists before a group: names closed by 等 and a group of people (等院领导, 等10余位管理者)', () => {
    const t = '会上，周文海、韩立峰和邵启明等院领导参加会议。\n林志强、许文静等10余位医院管理者作了交流。\n北京、上海等城市也有代表。\n信息科、医务科、许文静等科室负责人参加。\n';
    assert.deepStrictEqual(names(t, listsBeforeGroups(textView(t))), ['周文海', '韩立峰', '邵启明', '林志强', '许文静']);
  });

  it('minutes: a post in brackets after a name, the recorder, and no particle in an organisation', () => {
    const t = [
      '主持人：韩立峰（院长）',
      '出席人：邵启明（东川市卫生局局长）、许文静(护理部主任)、周文海',
      '记录人：唐小雨',
      '会议听取了信息中心主任周文海关于评级的汇报。',
      '高力（Gauden Galea）出席，韩立峰（左三）讲话。',
    ].join('\n');
    const view = textView(t);
    assert.deepStrictEqual(namesBeforeBracketedPosts(view).map((m) => [t.slice(m.start, m.end), m.organization, m.title]), [
      ['韩立峰', '', '院长'], ['邵启明', '东川市卫生局', '局长'], ['许文静', '', '护理部主任'],
    ], 'a gloss or a position in a photo is no post');
    assert.deepStrictEqual(names(t, bylineNames(view)), ['唐小雨']);
    const head = titledNames(view).find((m) => t.slice(m.start, m.end) === '周文海')!;
    assert.deepStrictEqual([head.organization, head.title], ['', '信息中心主任'], '听取了: 了 belongs to the verb');
  });

  it('bare lists: three or more names after a title and a lead (副会长包括A、B、C)', () => {
    const t = '8位副会长包括袁武、林树哲、王国强和杨华勇。本次会议包括上午、下午和晚上三场。';
    assert.deepStrictEqual(names(t, bareLists(textView(t))), ['袁武', '林树哲', '王国强', '杨华勇']);
  });

  it('debris: share buttons, font size, bylines and image markers are not passages', () => {
    for (const l of ['字体大小：大 中 小', '分享到：', '评论(3)', '编辑: 唐方', '来源:丁香园', '摄影：王五', '(圖1)', '【記者邱詠晴／台北報導】']) assert.ok(isDebrisLine(l), l);
    for (const l of ['王五表示，编辑部今年扩大了。', '来源于一线的数据最可靠。']) assert.ok(!isDebrisLine(l), l);
  });

  it('debris: the keyword tags a page lists under its report, one per line, and only at the end', () => {
    const body = ['院长周文海表示，医院将加快建设。', '会议由副院长林志强主持。'];
    assert.strictEqual(trailingTags([...body, '信息化', '医院', '院长', '周文海', '林志强']), 5);
    assert.strictEqual(trailingTags([...body, '信息化', '医院', '周文海']), 0, 'three short lines are no tag list');
    assert.strictEqual(trailingTags([...body, '信息化', '医院', '院长', '周文海', '（完）']), 0, 'a closing mark after them: the lines are the report\'s');
    assert.strictEqual(trailingTags(['信息化', '医院', '院长', '周文海']), 0, 'a text of nothing but short lines keeps them');
  });

  it('references: short forms and 他/她 resolve to the person', () => {
    const t = '市卫生局副局长刘志洪到会并讲话。刘局长强调，要加快推广。他认为，基层是短板。';
    const view = textView(t);
    const people = recognizePeople(view);
    const refs = new References(view.shadow, people);
    const st = allStatements(view.shadow, refs);
    assert.deepStrictEqual(st.map((s) => [s.speaker.person.key, s.speaker.kind, t.slice(s.start, s.end)]), [
      ['刘志洪', 'short', '要加快推广'],
      ['刘志洪', 'pronoun', '基层是短板'],
    ]);
  });

  it('references: a short form from any post the text gives (the first of a chain of posts, a title after the name), not only the one kept', () => {
    const t = '市口腔医院信息科副主任、省医学会信息学组组长曹振宁出席会议。最后，曹振宁主任在会上总结讲话。曹主任强调，要先统一数据标准。';
    const view = textView(t);
    const people = recognizePeople(view);
    const refs = new References(view.shadow, people);
    const st = allStatements(view.shadow, refs);
    assert.deepStrictEqual(st.map((s) => [s.speaker.person.key, s.speaker.kind, t.slice(s.start, s.end)]), [['曹振宁', 'short', '要先统一数据标准']]);
  });

  it('statements: the audience between a speaker and the verb (与与会代表分享了, 给在场的同学们介绍了), but not a second person (与李某分享了)', () => {
    const t = '中心主任汤素华与与会代表分享了区域平台的经验。科主任王丽给在场的同学们介绍了医院的历程。局长张建国与李明分享了各自的做法。';
    const view = textView(t);
    const refs = new References(view.shadow, recognizePeople(view));
    const st = allStatements(view.shadow, refs);
    assert.deepStrictEqual(st.map((s) => [s.speaker.person.key, s.verb, t.slice(s.start, s.end)]), [
      ['汤素华', '分享', '区域平台的经验'],
      ['王丽', '介绍', '医院的历程'],
    ]);
  });

  it('titles: a group\'s title (各位专家, 全体委员) is followed by no name, even a name-like word (来苏 is "coming to Suzhou")', () => {
    const t = '会上，主任盛立新对各位专家来苏表示热烈的欢迎，并感谢全体委员来宁指导。';
    assert.deepStrictEqual(recognizePeople(textView(t)).map((p) => p.key), ['盛立新']);
  });

  it('titles: after a title, a name starting with a function word (和, 来, 都, 由) counts only where the text repeats it', () => {
    assert.deepStrictEqual(recognizePeople(textView('影像云能让基层的片子由市级专家来读，这是分级诊疗的抓手。')).map((p) => p.key), []);
    assert.deepStrictEqual(recognizePeople(textView('会上，主任来建国作了报告。来建国表示，平台已经上线。')).map((p) => p.key), ['来建国']);
  });

  it('statements: a clause with no subject of its own goes on with the sentence\'s (院长某某肯定了…，并表示，…), not past another subject or an attitude', () => {
    const t = '会上，院长张建华肯定了信息科的工作，并表示，明年要继续加大投入。副院长李明出席会议，表示热烈祝贺。会议由王芳主持，并宣布了获奖名单和评选结果。';
    const view = textView(t);
    const st = allStatements(view.shadow, new References(view.shadow, recognizePeople(view)));
    assert.deepStrictEqual(st.map((x) => [x.speaker.person.key, x.verb, t.slice(x.start, x.end)]), [['张建华', '表示', '明年要继续加大投入']]);
  });

  it('statements: X表示，… / X汇报了… slice the reported content; a quotation is not a statement', () => {
    const t = '王建军汇报了长沙市的建设进展。胡建平表示：“这是引语。”李红表示，数据要先通起来。';
    const view = textView(t);
    const refs = new References(view.shadow, recognizePeople(view));
    const st = allStatements(view.shadow, refs);
    assert.deepStrictEqual(st.map((s) => [s.speaker.person.key, s.verb, t.slice(s.start, s.end)]), [
      ['王建军', '汇报', '长沙市的建设进展'],
      ['李红', '表示', '数据要先通起来'],
    ]);
  });

  it('keeps a department with the title (…医院公共事业发展部部长, …卫健委规划发展处处长), not an organisation that ends in a one-character ending (…卫生局局长)', () => {
    const split = (t: string) => orgAndTitle(t, t);
    assert.deepStrictEqual(split('江州大学附属医院后勤保障部部长'), { organization: '江州大学附属医院', title: '后勤保障部部长' });
    assert.deepStrictEqual(split('远岸科技有限公司市场部经理'), { organization: '远岸科技有限公司', title: '市场部经理' });
    // (a short department of any organisation: the post is the department's, as the dev reports' keys give 规划信息处处长, 数字健康处处长)
    assert.deepStrictEqual(split('江州市卫生健康委员会规划发展处处长'), { organization: '江州市卫生健康委员会', title: '规划发展处处长' });
    assert.deepStrictEqual(split('江州市人民政府新闻办公室副主任'), { organization: '江州市人民政府新闻办公室', title: '副主任' });
    assert.deepStrictEqual(split('江州市卫生局局长'), { organization: '江州市卫生局', title: '局长' });
  });

  it('keeps a department with its title when no organisation is named (影像科主任, 心内科副主任, 教务办公室主任)', () => {
    const title = (t: string) => orgAndTitle(t, t).title;
    assert.strictEqual(title('影像科主任'), '影像科主任', 'not the role word 科主任 alone');
    assert.strictEqual(title('心内科副主任'), '心内科副主任');
    assert.strictEqual(title('北岸CIO班教务办公室主任'), '教务办公室主任', 'four characters at most, Han only');
    assert.strictEqual(title('副主任'), '副主任');
    assert.strictEqual(title('部长'), '部长');
  });

  it('a company written without an organisation ending is the organisation before its title (云途医疗首席医疗官), but a scope, a line of work or the paper\'s mark is not', () => {
    const post = (t: string) => { const p = orgAndTitle(t, t); return [p.organization, p.title]; };
    assert.deepStrictEqual(post('云途医疗首席医疗官'), ['云途医疗', '首席医疗官']);
    assert.deepStrictEqual(post('高雄市工业会理事长'), ['高雄市工业会', '理事长']);
    for (const t of ['本报记者', '研发总监', '市级专家', '全国政协委员', '历届院长', '副主任委员兼秘书长']) assert.strictEqual(post(t)[0], '', t);
    assert.strictEqual(post('傅某感谢名誉院长')[0], '', 'a verb in the words before');
  });

  it('an organisation joined to its post by 的 (台州医院的院长, 协和医院的信息中心主任) is the post\'s organisation; a clause closed by 的 before a post with its own organisation still only describes the person', () => {
    const post = (t: string) => { const p = orgAndTitle(t, t); return [p.organization, p.title]; };
    assert.deepStrictEqual(post('台州医院的院长'), ['台州医院', '院长']);
    assert.deepStrictEqual(post('北京协和医院的信息中心主任'), ['北京协和医院', '信息中心主任'], 'a department after 的 stays in the title');
    assert.deepStrictEqual(post('医院的院长'), ['医院', '的院长'], 'an ending alone names no organisation');
    const found = (t: string) => recognizePeople(textView(t)).map((p) => [p.key, p.title, p.organization]);
    assert.deepStrictEqual(found('台州医院的老院长卜家和常说，信息化要跟着病人走。'), [['卜家和', '院长', '台州医院']]);
    assert.deepStrictEqual(found('負責該項目的台大醫院的資訊室主任林志明表示，系統穩定。'), [['林志明', '資訊室主任', '台大醫院']], 'Traditional; the clause before the organisation is cut at its own 的');
    assert.deepStrictEqual(found('第六次采访两会的香港大公报记者李明说，会议很重要。'), [['李明', '记者', '香港大公报']]);
    assert.deepStrictEqual(found('参加会议的主任医师张红梅表示，效果明显。'), [['张红梅', '主任医师', '']], 'no organisation ending before 的');
  });

  it('a tech site\'s report: 正如 leads the post phrase, a verb in a relative clause (谈到的) states nothing, 介绍说 is one verb, 和 after a title is no surname, a field before 专家 is no organisation, a company right before a name and its verb is theirs', () => {
    const t = '正如市第一医院信息科主任史洪林在接受采访时谈到的，行业正处于临界点。会上，企业CIO和行业专家们汇聚一堂。卫生部办公室副主任高燕芳在发言中介绍说，三大主题是电子病历和区域协同。知名医疗信息化专家任连昌表示，数据要长久保存。出席会议的西红柿投资有限公司赵春明表示，安全保障尤为重要。';
    const view = textView(t);
    const people = recognizePeople(view);
    assert.deepStrictEqual(people.map((p) => [p.key, p.title, p.organization]), [
      ['史洪林', '信息科主任', '市第一医院'], ['高燕芳', '副主任', '卫生部办公室'], ['任连昌', '专家', ''], ['赵春明', '', '西红柿投资有限公司'],
    ]);
    const st = allStatements(view.shadow, new References(view.shadow, people));
    assert.deepStrictEqual(st.map((x) => [x.speaker.person.key, x.verb, t.slice(x.start, x.end)]), [
      ['高燕芳', '介绍说', '三大主题是电子病历和区域协同'], ['任连昌', '表示', '数据要长久保存'], ['赵春明', '表示', '安全保障尤为重要'],
    ]);
  });

  it('an organisation\'s bracketed short name (医院管理局（医管局）主席, …委员会（以下简称“卫健委”）主任) neither ends the post phrase nor joins the organisation; a bracketed date does not join it', () => {
    assert.deepStrictEqual(orgAndTitle('医院管理局（医管局）主席', '医院管理局（医管局）主席'), { organization: '医院管理局', title: '主席' });
    const found = (t: string) => recognizePeople(textView(t)).map((p) => [p.key, p.title, p.organization]);
    assert.deepStrictEqual(found('医院管理局（医管局）主席梁智明教授欢迎施政报告的措施。'), [['梁智明', '主席', '医院管理局']]);
    assert.deepStrictEqual(found('南岭省卫生健康委员会（以下简称“省卫健委”）主任蒋立华表示，平台年底上线。'), [['蒋立华', '主任', '南岭省卫生健康委员会']]);
    assert.deepStrictEqual(found('卫生局今日（三月十二日）公布名单，局长周一平表示，名单已经确定。'), [['周一平', '局长', '']]);
  });

  it('government news: 党组书记 is a post, not the name 党组; 做 ends a name; 网 of 网络 ends no organisation (省网信办网络信息管理处处长)', () => {
    const found = (t: string) => recognizePeople(textView(t)).map((p) => [p.key, p.title, p.organization]);
    assert.deepStrictEqual(found('浙江省卫生健康委党组书记、主任王仁达参加座谈会。'), [['王仁达', '主任', '浙江省卫生健康委']]);
    assert.deepStrictEqual(found('会上，省网信办网络信息管理处处长周黎华做网络安全工作专题指导。'), [['周黎华', '网络信息管理处处长', '省网信办']]);
  });

  it('coordination: names listed with 、 after one title share it (副主任委员钱某、蒋某; 历届院长A、B、C), a name with its own post keeps its own', () => {
    const found = (t: string) => recognizePeople(textView(t)).map((p) => [p.key, p.title]);
    assert.deepStrictEqual(found('会上，副主任委员钱晓明、蒋国华和工委副主任谢国强参加调研。'), [['钱晓明', '副主任委员'], ['蒋国华', '副主任委员'], ['谢国强', '副主任']]);
  });

  it('name + title: after a company\'s short name, a title and a speech verb vouch for the name (台湾微软卞某总经理表示); without the verb they do not', () => {
    const found = (t: string) => recognizePeople(textView(t)).map((p) => [p.key, p.title, p.organization]);
    assert.deepStrictEqual(found('研讨会今天举行。蓝湾数据尹俊豪总经理表示，成本下降了四成。'), [['尹俊豪', '总经理', '蓝湾数据']]);
    assert.deepStrictEqual(found('研讨会今天举行。蓝湾数据尹俊豪总经理的团队也来了。'), []);
  });
  it('speech layout: title 在…上的讲话, a byline (post and name, or the name alone, above or below), a bracketed date, the salutation', () => {
    const heads = (t: string) => {
      const v = textView(t);
      return speechHeaders(v.shadow, v.lines).map((h) => [h.head, v.shadow.slice(h.name.start, h.name.end)]);
    };
    const body = '\n这次会议很重要。\n';
    assert.deepStrictEqual(heads(`在2026年全省卫生健康工作会议上的讲话\n省卫生健康委员会主任  柯明远\n（2026年3月5日）\n\n同志们：${body}`), [[4, '柯明远']]);
    assert.deepStrictEqual(heads(`柯明远\n在全市工作会议上的讲话\n（二〇二六年一月八日）\n各位代表、同志们：${body}`), [[3, '柯明远']], 'the name alone above the title');
    assert.deepStrictEqual(heads(`在新年招待会上的致辞\n（2026年1月8日）\n柯明远\n女士们，先生们，\n同志们，朋友们：${body}`), [[4, '柯明远']], 'the name below the date; a salutation over two lines');
    assert.deepStrictEqual(heads(`柯明远在全市工作会议上的讲话\n同志们：${body}`), [[1, '柯明远']], 'the name opening the title');
    assert.deepStrictEqual(heads(`在全市工作会议上的讲话（2011年11月3日 根据录音整理）柯明远\n同志们：${body}`), [[1, '柯明远']], 'date and name closing the title');
    assert.deepStrictEqual(heads(`攜手推進智慧醫療\n——在東川論壇開幕式上的致辭\n東川市衞生局局長\u3000岑嘉樹\n尊敬的各位嘉賓，女士們、先生們：${body}`), [[3, '岑嘉树']], 'Traditional, under a main title');
    assert.deepStrictEqual(heads(`市委书记在全市工作会议上的讲话\n同志们：${body}`), [], 'a post without a name names nobody');
    assert.deepStrictEqual(heads(`在全市工作会议上的讲话\n省卫生健康委员会主任  柯明远\n会议由副主任贺振邦主持。\n同志们：${body}`), [], 'a sentence between byline and salutation: no header');
    assert.deepStrictEqual(heads(`柯明远在全市工作会议上的讲话引起关注\n同志们：${body}`), [], 'a title that goes on after the speech noun');
  });
});
