/**
 * Question words of Chinese: the wording that tells what kind of answer a question wants
 * (谁, 多少, 哪里, 什么时候 …) and the words of the question's own frame. Written once, in
 * Simplified Chinese: questions are normalised to Simplified before they are read
 * (qa/text.ts normalizeQuestion), so 誰 and 哪裡 are read as 谁 and 哪里.
 */
import type { QuestionType } from '../../qa/types';

/**
 * Spellings of question words that the script conversion leaves as they are, with the form the
 * rules below are written in: Hong Kong and Taiwan write 甚麼 (converted: 甚么) for 什么, and
 * 什麽/甚麽 appear beside them.
 */
export const QUESTION_WORD_SPELLINGS: ReadonlyArray<readonly [RegExp, string]> = [[/[什甚][么麽]/gu, '什么']];

export interface TypeRule {
  type: QuestionType;
  re: RegExp;
}

/** Ordered: the first rule that matches decides. */
export const TYPE_RULES: readonly TypeRule[] = [
  { type: 'why', re: /为什么|为何|什么原因|原因是什么|何故/u },
  { type: 'when', re: /什么时候|什么时间|哪一天|哪天|哪日|哪一年|哪年|何时|何年|几月|几号|哪个月|什么日期|哪个年份|哪些年/u },
  { type: 'where', re: /在哪里|在哪儿|在哪(?![家个所位些一种])|哪里|哪儿|什么地方|何地|何处|哪个城市|哪座城市|什么城市|哪个地方|什么地点|哪个地点|哪个酒店|哪家酒店|什么酒店/u },
  { type: 'who', re: /谁|哪一位|哪位|哪些人|什么人|哪几位|哪些专家|哪些嘉宾|哪位专家|哪位嘉宾|叫什么名字|叫什么|姓名是什么|名字是什么|姓甚名谁/u },
  {
    type: 'organization',
    re: /哪一家|哪家|哪所|哪个(?:机构|医院|公司|企业|单位|组织|集团|厂商|部门|联盟|协会|院)|什么(?:机构|公司|企业|单位|组织|厂商|医院|集团|联盟|协会)|哪些(?:机构|医院|公司|企业|单位|厂商|集团)/u,
  },
  { type: 'what', re: /哪几(?!位)|哪[一二两三四五六七八九十]+[\u4e00-\u9fff]/u },
  { type: 'quantity', re: /百分之多少|百分之几|多少|第几|几|比例|百分之几|占比|多大|多快|多久|多长|多高|多远/u },
  { type: 'how', re: /如何|怎样|怎么样|怎么|什么方式|什么方法|什么办法|什么手段|通过什么|靠什么|采用什么|以什么/u },
  { type: 'what', re: /指的是什么|指什么|是什么|什么|哪些|哪个|哪项|哪种|哪类|哪几|哪[一二两三四五六七八九十]+[个位家方项种点条类]|是啥|啥/u },
];

/** Words that belong to the question frame, removed from the content words. */
export const QUESTION_WORDS: readonly string[] = [
  '为什么', '为何', '什么时候', '什么时间', '什么地方', '什么', '哪一天', '哪一年', '哪一家', '哪一位', '哪些', '哪个',
  '哪里', '哪儿', '哪家', '哪所', '哪位', '哪天', '哪年', '哪日', '哪项', '哪种', '哪类', '哪几', '哪', '谁', '多少',
  '第几', '几', '何时', '何地', '何处', '如何', '怎样', '怎么样', '怎么', '是否', '吗', '呢', '啥', '多大', '多快',
  '多久', '多长', '多高', '多远', '比例', '百分之多少', '百分之几',
];

/**
 * Interrogatives as they stand in a question someone in the record asks (…最大的风险是什么？):
 * a span holding one, in a sentence that ends asking, repeats the question instead of answering
 * it. (Not 几 or 哪 alone: 几乎, 哪怕.)
 */
export const INTERROGATIVE_WORDS: readonly string[] = ['为什么', '为何', '什么', '哪些', '哪个', '哪里', '哪家', '哪位', '啥', '谁', '多少', '如何', '怎么', '怎样'];

/** A person's title or role right before 叫什么. */
export const PERSON_BEFORE = /(?:主任|院长|总监|主编|博士|教授|经理|总裁|主席|CIO|CTO|CEO|架构师|工程师|主持人|嘉宾|专家|负责人|书记|部长|局长|科长|处长|创始人|董事长|官)$/u;

/** Question words that ask for several members of a kind (哪些能力, 哪几个院区). */
export const PLURAL_QUESTION_WORDS: readonly string[] = ['哪些', '哪几'];

/** Words of a question that asks for a name or title (主题是什么, 口号叫什么): a quoted span answers it. */
export const NAME_QUESTION_WORDS: readonly string[] = ['主题', '话题', '题目', '名称', '名字', '口号', '标题', '叫什么'];

/** Words of a question that asks what something means (是什么意思, 含义, 指什么). */
export const MEANING_QUESTION_WORDS: readonly string[] = ['意思', '含义', '意味', '指什么', '是指', '何意'];

/** Speech verbs before a question word (X说了什么, 提到哪些, 强调了什么): the question asks what someone said. */
export const SAYING_VERBS: readonly string[] = ['说', '讲', '提到', '表示', '强调', '分享', '介绍', '谈到', '指出'];

/** Speech verbs before a question word, with 认为 (X认为…是什么): the speaker's quote answers. */
export const QUESTION_SPEECH_VERBS: readonly string[] = [...SAYING_VERBS, '认为'];

/** Words of a question that asks for a share (比例是多少, 百分之几, 占比). */
export const PERCENT_QUESTION_WORDS: readonly string[] = ['比例', '百分', '占比'];

/** Nouns of a question about the event itself (会议是什么时候召开的, 本次论坛在哪里举行). */
export const EVENT_QUESTION_NOUNS: readonly string[] = [
  '会议', '大会', '论坛', '峰会', '研讨会', '座谈会', '年会', '活动', '仪式', '发布会', '推进会', '交流会', '培训班', '本次', '此次',
  '这次', '该会', '沙龙', '讲座', '典礼', '现场会', '观摩会', '启动会', '博览会', '展会', '讲堂', '工作坊', '学术周',
];

/** Verbs of a question about the event itself (何时召开, 在哪里举行, 什么时候签约). */
export const EVENT_QUESTION_VERBS: readonly string[] = ['召开', '举行', '举办', '开幕', '开始', '启动', '落幕', '闭幕', '签约', '签署'];

/** Question words that ask for a name (谁, 哪个单位, 什么机构). */
export const NAME_CUES: readonly string[] = ['谁', '哪', '什么'];

/** Organiser roles a question asks about (由谁主办, 承办方是谁, 指导单位); 举办 asks for 主办. */
export const ORGANISER_QUESTION_ROLES: readonly string[] = ['主办', '承办', '协办', '指导', '支持', '举办'];

/** What may follow an organiser role in a question (主办方, 承办单位, 指导机构). */
export const ORGANISER_QUESTION_SUFFIXES: readonly string[] = ['方', '单位', '机构'];

/** Words of a question that asks for someone's title (担任什么职务, 是什么职位, 头衔). */
export const TITLE_QUESTION_WORDS: readonly string[] = ['职务', '职位', '头衔', '什么职', '担任什么'];

/** A person-title question's words, with the shorter 任什么 and English title (现任什么, his title). */
export const TITLE_QUESTION_WORDS_WIDE: readonly string[] = [...TITLE_QUESTION_WORDS, '任什么', 'title'];

/** Frame words of a person-title question that the record's title need not hold (担任, 现任, 目前). */
export const TITLE_QUESTION_FRAME: readonly string[] = ['担任', '什么', '现任', '目前', '哪个'];

/** Words of a question that asks for a title or slogan (主题, 名称, 口号), not for a person's name. */
export const TITLE_NAME_QUESTION_WORDS: readonly string[] = ['主题', '话题', '题目', '名称', '口号', '标题'];

/** Words of a question that asks for someone's title or role (职务, 身份, 担任). */
export const ROLE_QUESTION_WORDS: readonly string[] = ['职务', '职位', '头衔', '身份', 'title', '担任', '什么职'];

/** Question words that ask for several people (哪些嘉宾, 哪几位, 几位专家). */
export const PLURAL_PERSON_QUESTION_WORDS: readonly string[] = [...PLURAL_QUESTION_WORDS, '几位'];

/** Titles a question may give a named person (王晨是哪家医院的信息中心主任); lower case, read case-blind. */
export const QUESTION_TITLE_WORDS: readonly string[] = [
  '主任', '院长', '总监', '主编', '博士', '教授', '经理', '总裁', '主席', 'cio', 'cto', 'ceo', '架构师', '工程师', '研究员', '书记',
  '部长', '局长', '科长', '处长', '董事长',
];

/** Titles that 副 may stand before as another title (副院长, 副主任): 院长 inside 副院长 is not 院长. */
export const DEPUTY_TITLES: readonly string[] = ['院长', '主任', '主编', '总监', '经理', '总裁', '部长', '局长', '处长', '科长', '书记', '校长', '主席'];

/** Characters of a verb that takes 为 (称为, 作为, 视为, 誉为): 为什么 after one asks what, not why. */
export const VERBS_TAKING_WEI: readonly string[] = ['称', '作', '成', '视', '容', '定', '选', '评', '认', '誉'];

/** Nouns that frame a count and are not what is counted (数量, 比例, 人数, 规模). */
export const QUANTITY_FRAME_NOUNS: readonly string[] = ['数量', '数目', '个数', '比例', '人数', '数字', '规模', '总数', '占比', '份额'];

/** The kinds of organisation or place a question asks for by name (哪家医院, 什么公司, 哪个城市). */
export const ASKED_KINDS: readonly string[] = [
  '医院', '公司', '企业', '机构', '单位', '组织', '集团', '厂商', '联盟', '协会', '酒店', '中心', '城市', '大学', '平台',
];

/** The kinds an organisation or place question's focus may end in, with 部门, 地方, 地点. */
export const ASKED_PLACE_KINDS: readonly string[] = [...ASKED_KINDS, '部门', '地方', '地点'];

/** Question words that ask which one of a kind (哪家, 哪所, 什么, 哪座). */
export const WHICH_WORDS: readonly string[] = ['哪一家', '哪家', '哪所', '哪个', '什么', '哪些', '哪座'];

/** An organisation's part in the event or a relation, right before 是谁 (指导单位, 主办方, 合作方). */
export const ORG_ROLE_NOUNS: readonly string[] = ['单位', '主办方', '协办方', '承办方', '合作方', '支持方', '机构', '公司', '企业', '厂商'];

/** Copulas between a role noun and 谁 (主办方为, 合作方都有, 分别是). */
export const ROLE_COPULAS: readonly string[] = ['是', '为', '有', '都有', '都是', '分别是'];

/** Verbs between a counted noun and the question word (开发商有多少家, 比例达到多少, 总共几). */
export const QUANTITY_LEADS: readonly string[] = ['有', '是', '为', '占', '达', '达到', '共有', '约', '总共', '一共'];

/** The same verbs as trimmed off before the counted noun is read (…有, …共有, …约). */
export const QUANTITY_LEADS_TRIMMED: readonly string[] = ['有', '是', '为', '占', '达', '共有', '总共', '一共', '约'];

/** Question words of a share (比例是多少, 占比). */
export const SHARE_CUES: readonly string[] = ['比例', '占比'];

/** Question words that ask who, at the start of a question (谁出席了, 哪些人参加了, 都有谁). */
export const WHO_WORDS: readonly string[] = ['谁', '哪些人', '有哪些人', '都有谁'];

/** Verbs of attending that a header labels (出席人, 参加人员, 列席人, 参会人员). */
export const ATTENDING_VERBS: readonly string[] = ['出席', '参加', '列席', '参会'];

/** The meeting a who-attended question names after its verb (出席了会议, 参加了本次会议). */
export const MEETING_WORDS: readonly string[] = ['会议', '本次会议', '此次会议', '这次会议'];

/** Adverbs between a speaker's name and the verb (还要求, 也强调, 重点讲了). */
export const SPEAKER_ADVERBS: readonly string[] = ['还', '也', '又', '都', '主要', '重点', '着重'];

/** Question words that ask what was said (要求了哪些, 讲了什么, 说了啥). */
export const WHAT_WORDS: readonly string[] = ['哪些', '什么', '啥'];

/** Nouns after 什么 that ask for what was said (什么内容, 哪些要求, 什么意见). */
export const SAID_CONTENT_NOUNS: readonly string[] = ['内容', '要求', '意见', '问题', '事情', '情况'];

/** Words of a question about the report's own making (记者, 编辑, 作者): only then does a reporter answer. */
export const REPORTER_QUESTION_WORDS: readonly string[] = ['记者', '报道', '撰稿', '编辑', '摄影', '通讯员', '作者'];

/** Words of a question that asks for several people (哪些专家, 几位, 都有谁, 嘉宾们). */
export const PLURAL_WHO_WORDS: readonly string[] = ['哪些', '哪几位', '几位', '都有谁', '有哪些', '有谁', '们'];
