/**
 * Verbs that report speech: the ones that introduce a quotation (说道：“…”) and the ones
 * that introduce reported speech without quotation marks (X表示，…; 据X介绍，…; X汇报了…).
 * Written once in Simplified, longest first; the lists hold Traditional forms too.
 */
import { longestFirst, wordStartingAt } from './match';
import { bothScripts } from './script';
import { DAY_WORDS } from './times';

/** Verbs introducing direct or reported speech (the clause after them is what was said). */
const SPEECH = [
  '还说道', '也说道', '解释道', '介绍道', '介绍到', '介绍说', '分享到', '分享道', '补充道', '总结道', '回忆道', '感叹道', '说道', '讲道', '谈道', '谈到', '提到', '写道', '问道', '答道',
  '表示', '指出', '强调', '认为', '坦言', '直言', '透露', '提出', '介绍', '分享', '补充', '总结', '称', '说', '讲', '谈', '提醒', '呼吁', '建议', '希望', '要求',
  '致辞', '发言', '汇报', '表态', '回应', '解释', '说明', '坦承', '告诉', '寄语', '阐述', '阐释', '分析', '展望', '倡议', '宣布', '承诺', '回答', '举例',
  // official news: 他宣示，…; 部长重申，…; 院长提及，…
  '宣示', '重申', '提及',
  // a view put forward: 院士提倡，…; 他主张，…; 她坦陈，…
  '提倡', '主张', '坦陈',
  // a position declared (发言人声明：“…”; 他声称，…; 对方宣称，…)
  '声明', '声称', '宣称',
  // said with a smile: 他笑称，…; 她笑言：“…”
  '笑称', '笑言', '笑道',
  // an exhortation, as Taiwan news reports one (主委期勉「…」; 他勉励…; 理事长期许…)
  '期勉', '勉励', '期许',
  // a leader's instruction (院长对…作出重要指示：…; 他指示，…)
  '作出重要指示', '做出重要指示', '作出指示', '做出指示', '指示',
];

/** Verbs that report what someone said when no quotation marks follow (a statement's verb). */
const STATEMENT = [
  '表示', '指出', '认为', '强调', '介绍', '谈到', '提到', '说道', '说', '称', '透露', '坦言', '直言', '汇报', '分享', '提出', '建议', '呼吁', '总结',
  '补充', '提醒', '要求', '希望', '解释', '说明', '阐述', '分析', '展望', '回应', '表态', '宣布', '倡议', '坦承', '举例',
  // what someone found or observed, reported as their view (林宇声发现，…; 他观察到，…)
  '发现', '观察到',
  // official news: 他宣示，…; 部长重申，…; 院长提及，…
  '宣示', '重申', '提及',
  // a view put forward: 院士提倡，…; 他主张，…; 她坦陈，…
  '提倡', '主张', '坦陈',
  // a position declared: 他声明，…; 她声称，…; 对方宣称，…
  '声明', '声称', '宣称',
  // said with a smile: 他笑称，…; 她笑言，…
  '笑称', '笑言',
  // an exhortation: 主委期勉，…; 他勉励…; 理事长期许…
  '期勉', '勉励', '期许',
  // a leader's instruction: 院长对…作出重要指示：…; 他指示，…
  '作出重要指示', '做出重要指示', '作出指示', '做出指示', '指示',
  // Hong Kong reports: 他指，…; 他又指，… (a one-character verb: a comma must follow)
  '指',
  // a verb and 说 (高某在发言中介绍说，…; 他解释说，…): what was said starts after 说
  '介绍说', '解释说', '补充说', '总结说', '回忆说',
];

/**
 * Verbs that introduce a quotation in the report format (说道：“…”); those in QUOTE_VERBS_NEEDING_COLON
 * only with a colon (提到：“…”), since without one they introduce a topic, not speech.
 */
const QUOTE = [
  '分享道', '分享到', '介绍道', '介绍到', '解释道', '解释说', '强调道', '补充道', '回忆道', '感慨道', '总结道', '谈到', '谈道',
  '提到', '说道', '讲道', '坦言', '直言', '透露', '指出', '表示', '强调', '分享', '介绍', '解释', '补充', '说', '讲', '称',
  // an exhortation quoted as Taiwan news does (期勉「…」)
  '期勉', '勉励',
];
const NEEDS_COLON = ['提到', '谈到', '谈道', '分享', '介绍', '解释', '讲', '补充'];

/** Verbs that make someone a speaker of the event (gave the talk): 致辞, 作报告, 发表演讲. */
const DELIVERY = ['进行了演讲', '进行演讲', '致词', '致开幕词', '致欢迎词', '致贺词', '致辞时', '作了报告', '做了报告', '作了发言', '致辞', '致开幕辞', '致欢迎辞', '作报告', '做报告', '作主题报告', '做主题报告', '发表演讲', '作演讲', '做演讲', '发言', '作主旨演讲', '主持', '演讲', '授课', '讲话',
  // giving an account of something to the meeting (局长某某通报了…, 主任某某演示了…, 院长某某回顾了…)
  '回顾', '演示', '通报', '讲解', '解读', '宣读', '点评'];

/** Verbs that often follow a name directly (院长李明出席…, 主任王芳陪同…): they end the name. */
const AFTER_NAME = ['出席', '参加', '陪同', '带领', '率领', '率队', '带队', '一行', '到会', '莅临', '作了', '做了', '作的', '做的', '进行', '宣读', '发布', '点评', '回顾',
  '肯定', '感谢', '祝贺', '获得', '荣获', '当选', '担任', '交换', '接受', '回答', '提问', '会见', '考察', '调研', '听取', '观看', '参观', '揭牌',
  '签署', '颁发', '代表', '针对', '围绕', '结合', '作为', '欢迎', '应邀', '受邀', '亲临', '专程', '一同', '共同', '分别', '先后', '就', '等',
  // praise and greetings (局长某某恭贺…, 院长某某称赞…, 书记某某看望…)
  '恭贺', '恭喜', '称赞', '赞扬', '慰问', '看望',
  // when: 李家超当日在会上致辞时表示
  ...DAY_WORDS];

/** Event verbs: the organisation phrase before a name never reaches back across them (…开幕，东道主X大学…). */
const EVENT = ['开幕', '闭幕', '举行', '召开', '举办', '欢迎', '出席', '参加', '东道主', '主办的', '承办的', '邀请', '邀集', '邀约', '特邀', '力邀'];

/** Quote verbs of the report format, both scripts, longest first. */
export const QUOTE_VERB_LIST: readonly string[] = longestFirst(bothScripts(QUOTE));
/** Quote verbs that need a colon before the quotation, both scripts. */
export const QUOTE_VERBS_NEEDING_COLON: ReadonlySet<string> = bothScripts(NEEDS_COLON);
/** Speech verbs, both scripts, longest first. */
export const SPEECH_VERB_LIST: readonly string[] = longestFirst(bothScripts(SPEECH));
/** Statement verbs, both scripts, longest first. */
export const STATEMENT_VERB_LIST: readonly string[] = longestFirst(bothScripts(STATEMENT));
/** Statement verbs as a Set. */
export const STATEMENT_VERBS: ReadonlySet<string> = new Set(STATEMENT_VERB_LIST);
/** Speech verbs too common to name one kind of speech (说了什么 asks anything the person said). */
export const GENERIC_SPEECH_VERBS: ReadonlySet<string> = bothScripts(['说', '讲', '谈', '称', '说道', '讲道', '谈到', '提到']);
/** Delivery verbs (致辞, 作报告 …), both scripts, longest first. */
export const DELIVERY_VERB_LIST: readonly string[] = longestFirst(bothScripts(DELIVERY));

/** Event verbs, both scripts, longest first. */
export const EVENT_VERB_LIST: readonly string[] = longestFirst(bothScripts(EVENT));
/** What an event does at its venue, right after the venue's name (在高雄展览馆登场, 于会展中心举行). Simplified (question answering reads the shadow). */
export const VENUE_VERBS: readonly string[] = ['举行', '召开', '举办', '开幕', '闭幕', '落幕', '登场', '揭幕', '启幕', '开展', '开讲'];
/** How reports dress an event's opening between its venue and the verb (在广州盛大启幕, 于会展中心隆重举行). Simplified. */
export const CEREMONY_ADVERBS: readonly string[] = ['隆重', '盛大', '正式', '顺利', '圆满', '成功', '如期', '同期', '热烈'];
/** Verbs that end a name, both scripts, longest first. */
export const AFTER_NAME_VERB_LIST: readonly string[] = longestFirst(bothScripts(AFTER_NAME));

/**
 * What 表示 takes when it expresses an attitude rather than reports words (表示感谢, 表示热烈欢迎,
 * 对…表示高度赞扬): no statement follows. The degree words that may stand before it, then the
 * attitude. Simplified (the shadow is read).
 */
const ATTITUDE_DEGREES = ['热烈', '衷心', '诚挚', '真诚', '高度', '由衷', '充分', '深切', '深深', '极大', '强烈', '坚决', '一致'];
const ATTITUDES = ['感谢', '谢意', '欢迎', '祝贺', '慰问', '哀悼', '赞扬', '赞赏', '赞许', '肯定', '支持', '认可', '敬意', '遗憾', '关切', '关注', '同意', '赞同', '反对', '不满', '满意', '歉意'];
const ATTITUDE = new RegExp(`^(?:${ATTITUDE_DEGREES.join('|')})*(?:的)?(?:${ATTITUDES.join('|')})`, 'u');

/** Whether text[i] starts an attitude that 表示 expresses (感谢, 热烈欢迎 …) rather than words it reports. */
export function attitudeAt(text: string, i: number): boolean {
  return ATTITUDE.test(text.slice(i, i + 12));
}

/** The statement verb starting at text[i] (longest), or undefined. */
export function statementVerbAt(text: string, i: number): string | undefined {
  return wordStartingAt(STATEMENT_VERB_LIST, text, i);
}

/** Verbs that close a comma-tail attribution after a quote without a manner word (“…”，院长某某表示。). */
export const TAIL_ATTRIBUTION_VERBS: readonly string[] = ['说道', '表示', '指出', '强调'];

/** Verbs of an attribution right after a sentence's end, which keep the sentence open (“…。”某某说。, 某某表示。). */
export const ATTRIBUTION_AFTER_VERBS: readonly string[] = ['说', '道', '到', '表示', '指出', '强调', '称'];

/** Speech verbs that need their person or a colon to report speech (他说：“…”, “…”李号说; 不用说 names nobody): 说, 說, 提出. */
export const BARE_SPEECH_VERBS: readonly string[] = ['说', '說', '提出'];

/** What tells that a verb is said by every person of the subject's list (A及B均称, A和B都表示, 双方一致认为). */
export const SHARED_SPEECH_ADVERBS: readonly string[] = ['一致', '均', '都', '皆', '同样', '纷纷'];
