/**
 * Endings that close an organisation's name (医院, 大学, 委员会, 公司, 局 …; 荣总 is how Taiwan
 * reports shorten a 荣民总医院: 台北荣总院长) and the
 * department words that belong to a title rather than to the organisation (信息中心主任).
 */
import { longestFirst, wordEndingAt } from './match';
import { bothScripts } from './script';

const ORG_ENDINGS = [
  '附属医院', '人民医院', '中医院', '医院', '荣总', '卫生院', '保健院', '医学院', '大学', '学院', '学校', '中学', '小学', '研究院', '研究所', '科学院', '工程院',
  '研究中心', '中心', '学系', '科大', '医大', '师大', '工大', '农大', '交大', '理工', '实验室', '委员会', '专委会', '分会', '协会', '学会', '联合会', '全联会', '公会', '工会', '商会', '基金会', '促进会', '研究会', '联盟', '理事会', '组织',
  '财团法人', '法人', '有限责任公司', '股份有限公司', '有限公司', '股份公司', '公司', '集团', '控股', '银行', '证券', '基金', '创投', '资本', '科技', '生技', '电子', '电信', '光电', '半导体', '软件', '事务所', '出版社', '杂志社', '报社', '电视台', '网',
  // newspapers (人民日报记者, 大公报记者, 成都商报记者): 报 alone would end names before 报告
  '日报', '晚报', '早报', '商报', '时报', '公报', '快报', '导报', '周报', '新报', '报业', '通讯社', '通信社', '新闻社',
  '办公室', '联络办', '部队', '公署', '检察院', '法院', '卫健委', '卫计委', '发改委', '工信部', '管委会', '常委会', '政府', '人大', '政协', '委', '局', '厅', '部', '办', '署', '处', '司', '院', '所', '站', '馆', '台',
];

/** Departments inside an organisation that a title keeps: 信息中心主任, 医务处处长. */
const DEPARTMENTS = ['信息中心', '信息室', '资讯室', '资讯中心', '信息管理处', '信息技术部', '信息技术中心', '统计信息中心', '信息科', '信息部', '信息处', '医务处', '医务部', '护理部', '科教处', '院办', '党办', '数据中心', '网络中心', '信息网络中心'];

/** Organisation endings, both scripts, longest first. */
export const ORG_SUFFIXES: readonly string[] = longestFirst(bothScripts(ORG_ENDINGS));
/** Organisation endings as a Set, both scripts. */
export const ORG_SUFFIX_SET: ReadonlySet<string> = new Set(ORG_SUFFIXES);
/** One-character endings (局, 委, 院 …): weak, they close an organisation only before a title. */
export const SHORT_ORG_SUFFIXES: ReadonlySet<string> = new Set(ORG_SUFFIXES.filter((s) => s.length === 1));
/**
 * One-character endings no given name ends with: a candidate name that ends with one is an
 * agency's short name (卫福部表示, 健保署指出, 国台办称), never a person.
 */
export const NOT_NAME_LAST: ReadonlySet<string> = bothScripts(['部', '局', '厅', '署', '委', '办', '处']);
/** Department words kept with the title, both scripts, longest first. */
export const DEPARTMENT_WORDS: readonly string[] = longestFirst(bothScripts(DEPARTMENTS));

/** The organisation ending `s` ends with (longest), or undefined. */
export function orgSuffixAtEnd(s: string): string | undefined {
  return wordEndingAt(ORG_SUFFIXES, s, s.length);
}

/** Endings of institutions that have departments of their own (…医院公共事业发展部, …公司市场部). Simplified (read on the shadow). */
export const INSTITUTION_ENDINGS: readonly string[] = ['医院', '大学', '学院', '研究院', '公司', '集团'];
/** One-character endings of a department inside an institution. */
export const DEPARTMENT_ENDINGS: ReadonlySet<string> = new Set(['部', '处', '科', '室']);

/** Legal forms an organisation is also called without (英特尔（中国）有限公司 → 英特尔); Simplified, this order. */
export const ORG_LEGAL_FORMS: readonly string[] = ['有限公司', '股份有限公司', '有限责任公司', '公司', '研究院', '集团'];

/** Vendor words that close an organisation's name besides ORG_SUFFIXES (上海英方软件, 某某科技). */
export const VENDOR_ORG_ENDINGS: readonly string[] = ['软件', '科技'];

/**
 * What may stand before a title with no organisation ending and still be no organisation: the
 * paper's own mark (本报记者), a scope (全国政协委员, 历届院长), a line of work (研发总监, 市场经理)
 * and praise (知名专家). A company's short name is none of these (云途医疗首席医疗官, 安澜数据
 * 首席架构师: the organisation is written without an ending). Simplified; 级, 届, 任 and 兼 at
 * the end are the parser's (市级专家, 首届会长, 副主任委员兼秘书长).
 */
export const NOT_ORGANIZATIONS_BEFORE_TITLE: ReadonlySet<string> = new Set(['本报', '本刊', '本台', '本网', '本社', '全国', '全省', '全市', '全区', '全县', '历届', '历任', '首届', '首任',
  '研发', '市场', '销售', '技术', '产品', '运营', '财务', '行政', '人事', '业务', '项目', '资深', '知名', '著名', '特邀', '年轻', '青年', '优秀', '杰出']);

/**
 * Titles that take a field rather than an organisation before them when no organisation ending
 * is written (医疗信息化专家, 心血管医生, 法学教授): the words before such a title are no
 * organisation's name. Simplified.
 */
export const FIELD_TITLES: readonly string[] = ['专家', '学者', '教授', '医生', '医师', '博士', '院士', '记者', '作家'];

/**
 * What may open the short name a report gives an organisation in brackets right after its full
 * name (医院管理局（医管局）主席, 国家卫生健康委员会（以下简称“国家卫健委”）主任). Simplified.
 */
export const ALIAS_MARKS: readonly string[] = ['以下简称', '以下称', '下称', '简称'];

/**
 * Words that open with a one-character organisation ending and are no ending there (省网信办|网络
 * 信息管理处处长: 网 of 网络; 部分, 处理, 所有). Simplified.
 */
export const WORDS_FROM_AN_ORG_ENDING: readonly string[] = ['网络', '网站', '部分', '处理', '处置', '所有', '所属'];

/** Departments that belong to the title, not to the organisation, when they end it (信息中心主任, 研究中心主任). */
export const TITLE_DEPARTMENTS: readonly string[] = ['信息中心', '信息科', '信息部', '研究中心'];

/** What 该 points back to as an organisation (该院, 该校, 该中心, 该公司 …), as the parser tries them. */
export const DEMONSTRATIVE_ORG_NOUNS: readonly string[] = ['院', '校', '所', '中心', '公司', '集团', '局', '委', '会'];
