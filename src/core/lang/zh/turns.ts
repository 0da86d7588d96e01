/**
 * The words of transcripts written as turns: interviews (专访, 对话), round tables and 实录
 * put who speaks before a colon at the start of each turn (徐斌：…). The shadow text the
 * recognisers read is Simplified, so each word is written once, in Simplified.
 */

/**
 * What may follow the speaker's name before the colon of an answer (韩立峰答：…, 唐志远回答：…),
 * longest first where one begins another.
 */
export const TURN_ANSWER_WORDS = ['回答', '答道', '答'];

/**
 * What opens the aside that gives a speaker a short name for the turns after it:
 * 唐志远答（以下简称唐）：…, then 唐：…. Longest first.
 */
export const TURN_ALIAS_LEADS = ['以下简称', '以下称', '下称', '简称'];

/**
 * Who asks, when a turn is a question: the interviewer, the host of an interview, a reporter
 * (问：…, 记者：…, 主持人：…, Q：…). A question belongs to none of the people it addresses.
 */
export const QUESTION_TURN_LABELS = ['提问', '记者', '主持人', '主持', '问', 'Q'];

/**
 * Heads of an answer that name nobody (答：…, A：…): in an interview of one person (专访 X), the
 * answers are theirs.
 */
export const ANSWER_TURN_LABELS = ['回答', '答', 'A'];

/** Endings of a head that names who asks: 本刊问（以下简称问）：…, 新华社记者：…, 人民日报记者：…. */
export const QUESTION_TURN_ENDINGS = ['问', '记者'];

/**
 * Endings of a head that is the news outlet itself (人民网：…, 某某日报：…): in an online interview
 * the outlet asks.
 */
export const OUTLET_TURN_ENDINGS = ['网', '日报', '晚报', '时报', '周刊', '杂志', '电视台', '电台', '通讯社', '新闻社', '本报', '本刊'];

/** Heads that end with 问 or an outlet's ending and still name a post or a body, not who asks (张顾问：…, 国家电网：…). */
export const NOT_QUESTION_ENDINGS = ['顾问', '电网'];

/**
 * The brackets an interview may set a head in, opening to closing ([主持人]：…, 【王某】：…, or
 * the bracketed name alone on its line).
 */
export const TURN_HEAD_BRACKETS: Readonly<Record<string, string>> = { '[': ']', '【': '】', '［': '］', '〔': '〕' };

/** The longest head (post and name, or label, answer word, aside) a turn may have before its colon. */
export const TURN_HEAD_MAX = 40;

/** How a salutation opens (各位来宾：, 尊敬的院长：): it addresses the audience, it is no head of a turn. */
export const SALUTATION_LEADS = ['各位', '尊敬的', '亲爱的', '诸位'];

/**
 * A speech published on its own, as official speeches are: a title line 在…上的讲话 (or 致辞,
 * 发言, 报告…; 在视察…时的讲话), a byline (post and name, or the name alone, before or after
 * the title), a date in brackets, then the salutation (同志们： 各位代表、同志们：); the body
 * after it is the speaker's. What may close the occasion before 的, and the nouns the title ends
 * with.
 */
export const SPEECH_TITLE_PLACES = ['上', '时'];
export const SPEECH_TITLE_NOUNS = ['讲话', '致辞', '致词', '发言', '报告', '演讲', '讲演', '演说', '讲话稿', '工作报告', '主旨演讲', '主旨发言', '总结讲话', '动员讲话', '开幕词', '闭幕词', '欢迎词'];

/**
 * Whom a speech's salutation addresses, besides the parts that open with a SALUTATION_LEADS word
 * (各位代表, 尊敬的各位来宾): 同志们，朋友们： 女士们，先生们，.
 */
export const SALUTATION_ADDRESSEES = ['同志们', '朋友们', '同事们', '同学们', '老师们', '女士们', '先生们', '来宾们', '代表们', '委员们', '战友们', '青年朋友们', '老同志们'];

/**
 * How a report introduces a speech given in full (以下是医务卫生局局长X今日在…的开场发言全文：):
 * the lead, the speech nouns and what may follow them. Every line after it is the speaker's.
 */
export const SPEECH_TEXT_LEADS = ['以下是', '以下为'];
export const SPEECH_TEXT_NOUNS = ['开场发言', '发言', '致辞', '致词', '讲话', '演辞', '演词', '演讲', '演说', '谈话', '答问', '简报'];
export const SPEECH_TEXT_ENDINGS = ['全文', '内容', '摘要', '实录', '稿', ''];

/**
 * Bodies that speak in minutes and official news: what 会议 decides or stresses is nobody's
 * statement (会议指出，…; 会议决定：一、…由某某牵头), whoever it names. Longest first.
 */
export const COLLECTIVE_SUBJECTS = ['座谈会', '研讨会', '推进会', '领导小组', '会议', '大会', '论坛', '峰会', '年会', '全会'];

/** What such a body does with its words, besides the speech verbs: 会议决定, 会议明确, 会议一致同意. */
export const COLLECTIVE_VERBS = ['一致认为', '一致同意', '决定', '明确', '同意', '审议', '通过', '研究', '部署', '号召'];

/** The marks that open the items of a list set one per line (一、 二、 (一) 1. ①). */
export const LIST_ITEM_MARK = /^[ \t\u3000]*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．](?!\d)|[①-⑳])/;

/**
 * What a host says right before the person given the floor or thanked, who is then addressed
 * by surname and title (请司马教授先说说, 有请王院长, 欢迎李主任, 感谢张博士的分享).
 */
export const FLOOR_GIVING_WORDS = ['请', '欢迎', '感谢', '谢谢'];

/** Forms of address after a surname that tell no post (张总 is said to any head, 王老师 to anyone): no title is read from them. */
export const ADDRESS_WITHOUT_POST: ReadonlySet<string> = new Set(['总', '老师', '先生', '女士']);
