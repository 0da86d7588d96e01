/**
 * Job titles as Chinese reports write them before or after a name: the role words
 * (主任, 院长, 主任委员, 秘书长, CIO …), the prefixes that qualify them (副, 常务, 执行, 首席,
 * 原, 前 …) and the short forms a surname takes (王主任, 刘局长, 黄主委, 张总).
 * Written once in Simplified; the Sets hold Traditional forms too.
 */
import { longestFirst, wordEndingAt, wordStartingAt } from './match';
import { bothScripts } from './script';

/** Role words that end a title (without prefixes). */
const ROLES = [
  '主任委员', '副主任委员', '主任', '主委', '院长', '所长', '局长', '处长', '科长', '部长', '厅长', '司长', '署长', '站长', '校长', '馆长',
  '社长', '台长', '行长', '市长', '省长', '县长', '区长', '镇长', '村长', '州长', '队长', '组长', '室主任', '组长',
  '会长', '理事长', '秘书长', '董事长', '董事', '理事', '监事长', '主席', '书记', '委员', '常委', '主编', '总编', '总编辑', '主笔',
  '总经理', '经理', '总裁', '总监', '总工程师', '总工', '总师', '首席执行官', '首席信息官', '首席技术官', '首席科学家', '首席专家',
  // the chief officers companies name after their field (首席医疗官, 首席数据官 …)
  '首席医疗官', '首席医学官', '首席运营官', '首席财务官', '首席数据官', '首席数字官', '首席战略官', '首席营销官', '首席产品官', '首席安全官',
  '首席信息安全官', '首席人才官', '首席架构师', '首席研究员', '首席分析师', '首席经济学家',
  '执行官', '总设计师', '总指挥', '总建筑师', '工程师', '架构师', '研究员', '教授', '讲师', '博士', '院士', '博导', '硕导', '博士生导师', '硕士生导师', '医师', '医生', '护士长', '护士', '护师', '主管护师', '药师', '技师',
  '主管', '顾问', '专家', '学者', '创始人', '联合创始人', '合伙人', '负责人', '带头人', '总干事', '干事', '参事', '巡视员',
  '调研员', '主任医师', '科主任', '执行长', '新闻发言人', '发言人', '分析师', '咨询师', '设计师', '律师', '会计师',
  // a party group member of an agency (原国家卫生局党组成员、副局长): a post in officials' chains
  '党组成员',
  '长官', '行政长官', '特派员', '政委', '议长', '大使', '领事', '参赞', '特首', '党委书记', '党委副书记', '助理', '院长助理', '局长助理', '总经理助理', '次长', '政务次长', '研发长', '院长助理', '总干事', '主播', '总编', '科员',
  'CIO', 'CTO', 'CEO', 'CFO', 'COO', 'CMO', 'CDO', 'VP', '副总',
  // heads of state and government: X总统, 总理X, 首相
  '总统', '总理', '首相',
  // elected members: 王正旭立法委员, 立委, 市议员, 人大代表, 政协委员
  '立法委员', '立委', '议员', '人大代表', '政协委员',
  // a journalist named in running text, as a source (大公报记者李某说; 通讯社主任记者某某); a byline's
  // reporter (本报记者 王某, 新华社记者王某摄) is read as a byline first (byline.ts)
  '记者', '主任记者',
  // the event's host named in running text, as a post (新闻发布会主持人李某宣布…; 论坛主持嘉宾王某)
  '主持人', '主持嘉宾',
];

/**
 * Titles that also follow a name as a form of address (陈某教授, 高某医生): in a list of people,
 * one closes its member as an honorific does (…陈某医生及医院管理局行政总裁高某).
 */
export const TITLES_AFTER_NAME: readonly string[] = ['医生', '教授', '博士', '院士'];

/** Forms of address after a name that show it is a person but are no title: 孟群同志, 王五先生. */
// (姑娘: how Hong Kong reports address a nurse, 方某姑娘稱; 小姐: a woman, 黃某小姐表示)
const HONORIFICS = ['同志', '先生', '女士', '老师', '同学', '姑娘', '小姐'];

/** Words that qualify a role word from the front: 副院长, 常务副院长, 首席专家, 原局长. */
const PREFIXES = ['常务副', '执行副', '第一副', '副', '常务', '执行', '首席', '名誉', '荣誉', '资深', '高级', '注册', '特聘', '客座', '兼职', '原', '前', '代', '候任', '终身'];

/**
 * Words that mark a post as one held before (原国家卫生局副局长, 前任院长). In a chain of posts
 * (医学会会长、原卫生局局长陈某) the person's present post is another item of the chain.
 */
const FORMER = ['前任', '原'];
const FORMER_LIST: readonly string[] = longestFirst(bothScripts(FORMER));

/** The former-post mark that opens a post phrase (Simplified), or '' (原子能研究院 is an organisation, not a former post). */
export function formerMarkOf(phrase: string): string {
  const mark = wordStartingAt(FORMER_LIST, phrase, 0) ?? '';
  return mark && /^[\u3400-\u9fff]/.test(phrase.slice(mark.length)) && !phrase.startsWith('原子') ? mark : '';
}

/**
 * Forms of address (and titles used as one) that may follow each name of a list of people:
 * 参与嘉宾：李源先生、张天教授, 车某博士和路某主持. Narrower than HONORIFICS and TITLES_AFTER_NAME
 * together; none is the start of another, so the order they are tried in is free. Simplified only.
 */
export const LIST_NAME_ADDRESSES: readonly string[] = ['先生', '女士', '博士', '教授'];

/**
 * Words that make a title a group's (各位专家, 诸位代表, 全体委员, 广大医生): no name follows such a
 * title even where a name-like word does (对各位专家来苏表示欢迎 — 来苏 is "coming to Suzhou").
 * A number of people (两位院长张某、李某) still lists names. Simplified only.
 */
export const GROUP_TITLE_LEADS: readonly string[] = ['各位', '诸位', '全体', '广大', '众多'];

/**
 * A number of people before a title (两名工程师, 十余位专家, 多名护士): the names it lists follow as a
 * list (两位院长张某、李某); a single name-like word after it is the sentence going on
 * (派了两名工程师常驻合作医院 — 常驻 is "stationed"). Simplified only.
 */
export const COUNTED_PEOPLE_BEFORE = /(?:[0-9一二两三四五六七八九十百几多数]+|[0-9一二两三四五六七八九十]+余)[位名个]$/u;

/**
 * Words that qualify a title from the front when no organisation is named: 新任会长, 上一届会长,
 * 永远名誉会长, 党委书记 (the parser adds 第…届). Unlike PREFIXES (常务副, 首席 …, part of the
 * title itself) these are read off the front of the title phrase; Simplified only.
 */
export const TITLE_QUALIFIER_WORDS: readonly string[] = ['新任', '新一届', '上届', '上一届', '前任', '现任', '时任', '大会', '永远', '名誉', '荣誉', '执行', '常务', '分管', '资深', '党组', '党委'];

/**
 * The short forms a surname takes from a title's ending (王力华 + 信息中心副主任 → 王主任; 总经理 or
 * 总裁 → 张总; 医师 or 医生 → 李医生): each row's ending words, then the forms. Read as
 * ends-with tests, row by row; Simplified only. Unlike SHORT (the short forms a text repeats,
 * both scripts) this is the table a speaker's aliases are built from.
 */
export const ROLE_SHORT_FORMS: readonly (readonly [readonly string[], readonly string[]])[] = [
  [['主任'], ['主任']], [['院长'], ['院长']], [['总监'], ['总监']], [['主编'], ['主编']], [['博士'], ['博士']],
  [['教授'], ['教授']], [['院士'], ['院士']], [['所长'], ['所长']], [['局长'], ['局长']], [['处长'], ['处长']],
  [['部长'], ['部长']], [['书记'], ['书记']], [['总经理', '总裁'], ['总']], [['经理'], ['经理']], [['医师', '医生'], ['医生']],
];

/** A role word may stand for the title when the text repeats it after a surname: 王主任. */
const SHORT = ['主任委员', '主任', '主委', '院长', '所长', '局长', '处长', '科长', '部长', '厅长', '司长', '校长', '会长', '理事长', '秘书长',
  '董事长', '主席', '书记', '主编', '总经理', '经理', '总裁', '总监', '教授', '博士', '院士', '医生', '医师', '老师', '研究员', '工程师', '总'];

/** Role words, both scripts. */
export const ROLE_WORD_SET: ReadonlySet<string> = bothScripts(ROLES);
/** Role words, both scripts, longest first (for scanning the end of a phrase). */
export const ROLE_WORD_LIST: readonly string[] = longestFirst(ROLE_WORD_SET);
/** Honorifics after a name, both scripts, longest first. */
export const HONORIFIC_LIST: readonly string[] = longestFirst(bothScripts(HONORIFICS));
/** Title prefixes, both scripts, longest first. */
export const TITLE_PREFIXES: readonly string[] = longestFirst(bothScripts(PREFIXES));
/** Role words a surname takes as a short form (王主任, 张总), both scripts, longest first. */
export const SHORT_FORM_ROLES: readonly string[] = longestFirst(bothScripts(SHORT));

/** The title (prefixes + role word, 常务副院长) starting at text[i], or undefined. */
export function titleAt(text: string, i: number): string | undefined {
  let k = i;
  for (let more = true; more;) {
    more = false;
    const p = wordStartingAt(TITLE_PREFIXES, text, k);
    if (p) { k += p.length; more = true; }
  }
  const r = roleWordAt(text, k);
  return r ? text.slice(i, k + r.length) : undefined;
}

/** The role word `s` ends with (longest), or undefined. */
export function roleWordAtEnd(s: string): string | undefined {
  return wordEndingAt(ROLE_WORD_LIST, s, s.length);
}

/** The role word that starts at text[i] (longest), or undefined. */
export function roleWordAt(text: string, i: number): string | undefined {
  return wordStartingAt(ROLE_WORD_LIST, text, i);
}

/**
 * Titles after which a surname takes 总 (张总): general managers, presidents and directors, both
 * scripts written out (read as contains-tests, so the order is free). Unlike ROLE_SHORT_FORMS' 总
 * row (总经理, 总裁, Simplified) it holds 总监 too.
 */
export const TITLES_SHORTENED_TO_ZONG: readonly string[] = ['总经理', '总裁', '總經理', '總裁', '总监', '總監'];

/**
 * A post's field or standing, in brackets between the post and the name: 总行政经理（资讯科技）,
 * 副主任（主持工作）, 主任（兼）. Not a caption's position (左二, 右) nor a date (十一月五日).
 */
const POST_QUALIFIER = /[（(]([\u3400-\u9fff]{1,8})[）)]$/u;
const NOT_A_POST_QUALIFIER = /^(?:[左右中前后][一二三四五六七八九十]*|.*[年月日时])$/u;

/** Where the qualifier bracket that closes right before s[end] opens, else undefined (Simplified text). */
export function postQualifierBefore(s: string, end: number): number | undefined {
  const close = s.charCodeAt(end - 1);
  if (close !== 0xff09 && close !== 0x29) return undefined; // ） or ): most positions, answered without a slice
  const m = POST_QUALIFIER.exec(s.slice(Math.max(0, end - 10), end));
  return m && !NOT_A_POST_QUALIFIER.test(m[1]) ? end - m[0].length : undefined;
}

/**
 * Professional and academic ranks that a chain of posts lists after the post a person holds
 * (研究所所长、教授; 副院长、主任医师、博士生导师): the post, not the rank, is their title there.
 */
export const PROFESSIONAL_RANKS: ReadonlySet<string> = new Set([
  '教授', '副教授', '研究员', '副研究员', '主任医师', '副主任医师', '主任护师', '副主任护师', '主任药师', '副主任药师',
  '博士生导师', '硕士生导师', '博导', '硕导', '高级工程师', '教授级高级工程师', '讲师', '博士', '硕士',
]);
