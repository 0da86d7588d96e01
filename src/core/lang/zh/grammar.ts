/**
 * Chinese grammar for reading questions: function characters, stop words, the words of a
 * question's own frame, and verbs the record may phrase differently. General Chinese only:
 * nothing here names anything in a transcript. Written in Simplified Chinese once: question
 * answering reads Traditional text and questions through their Simplified shadow
 * (text/normalize.ts), so no Traditional copy is needed.
 *
 * Every list is a Set or a Map: lookups with user or corpus text never reach Object.prototype.
 */

/** Characters that never carry content in a question (particles, copulas, prepositions). */
export const FUNCTION_CHARS = new Set(Array.from('的了是在于和与及或也都还又把被将对从向为呢吗吧啊呀么着过之其该这那此有上中内要到会能得让去做'));

/** Multi-character words that carry no content in a question. */
export const STOP_WORDS = new Set([
  '本次', '这次', '此次', '那次', '这个', '那个', '这些', '那些', '这位', '那位', '请问', '一下', '一共', '总共',
  '分别', '主要', '具体', '目前', '现在', '当前', '曾经', '已经', '当时', '一个', '一些', '所谓',
  '其中', '关于', '对于', '以及', '并且', '而且', '还有', '是否', '能否', '可以', '可能',
  '应该', '需要', '为了', '因为', '所以', '如果', '就是', '也是', '还是', '都是', '上的', '中的', '里的', '提到',
  '提及', '谈到', '说到', '认为', '比例是', '数量', '数目', '个数', '表示', '指出', '介绍', '会上', '会议上', '峰会上', '大会上', '我们', '他们',
  '她们', '它们', '自己', '大家', '有关', '相关', '方面', '情况', '内容', '名称', '名字', '叫做', '称为', '称作',
  '作为', '之一', '所在', '当中', '之中', '其中',
]);

/**
 * Words a question uses for its own frame and that the record need not contain:
 * when absent from the transcript they lower confidence but do not by themselves
 * make the question unanswerable.
 */
export const SOFT_WORDS = new Set([
  '主题', '话题', '题目', '议题', '内容', '名称', '名字', '职务', '职位', '头衔', '身份', '单位', '工作', '任职',
  '负责', '机构', '组织', '公司', '企业', '医院', '地点', '地方', '城市', '时间', '日期', '年份', '时候', '数量',
  '数字', '规模', '比例', '人数', '观点', '看法', '说法', '原因', '目的', '方式', '方法', '措施', '途径', '办法',
  '特点', '作用', '意义', '含义', '意思', '定义', '举行', '举办', '召开', '开幕', '参加', '参与', '出席', '发言',
  '讲话', '演讲', '致辞', '提出', '说', '讲', '谈', '问题', '活动', '会议', '峰会', '大会', '论坛', '环节', '部分',
  '包括', '包含', '哪些', '那些', '哪', '几位', '人', '者', '多', '大', '快', '高', '长', '远', '年', '月', '日',
  '嘉宾', '专家', '人士', '演讲者', '讲者', '来自', '担任', '属于', '叫', '叫做', '名叫', '称', '每年', '每天', '共',
  '一共', '总共', '量', '数', '阶段', '东西', '事情', '事', '形容', '描述', '描绘', '称为', '称作', '评价', '比喻', '概括',
  '总结', '看待', '定义', '解释', '帮助', '最初', '起初',
]);

/** Verbs that the record may phrase differently: each maps to words that count as the same anchor. */
const SYNONYM_TABLE: Array<[string, string[]]> = [
  ['举行', ['召开', '举办', '开幕']],
  ['召开', ['举行', '举办', '开幕']],
  ['举办', ['召开', '举行', '主办']],
  ['开幕', ['召开', '举行']],
  ['参与者', ['嘉宾', '专家', '参与', '参加', '出席']],
  ['参加者', ['嘉宾', '专家', '参与', '参加', '出席']],
  ['参会者', ['嘉宾', '专家', '参会', '参加', '出席']],
  ['与会者', ['嘉宾', '专家', '与会', '参会', '出席']],
  ['主持', ['主持人']],
  ['主持人', ['主持']],
  ['提出', ['提到', '说道', '表示', '强调', '指出', '分享', '介绍', '讲道', '解释']],
  ['说', ['说道', '提到', '表示', '强调', '分享', '介绍', '讲道', '解释']],
  ['说过', ['说道', '提到', '表示', '强调', '分享', '介绍', '讲道', '解释']],
  ['讲', ['说道', '讲道', '分享', '介绍']],
  ['表示', ['说道', '强调', '分享', '介绍', '指出']],
  ['强调', ['说道', '表示', '指出']],
  ['介绍', ['说道', '分享', '介绍到', '介绍道']],
  ['谈到', ['说道', '提到', '分享']],
  ['推出', ['发布', '开发', '建立', '成立']],
  ['发布', ['推出', '公布']],
  ['开发', ['研发', '推出', '打造']],
  ['研发', ['开发']],
  ['建立', ['成立', '打造', '构建']],
  ['成立', ['建立', '组建']],
  ['打造', ['建立', '构建']],
  ['合作', ['协作', '联合']],
  ['服务', ['服务于']],
  ['参加', ['出席', '参与', '汇聚']],
  ['参与', ['参加', '出席', '汇聚']],
  ['讨论', ['探讨', '共话']],
  ['探讨', ['讨论', '共话']],
  ['人工智能', ['AI']],
  ['ai', ['人工智能']],
  ['医生', ['医护']],
  ['病床', ['床位']],
  ['床位', ['病床']],
  ['患者', ['病人', '病患']],
  ['应用', ['使用', '用于', '应用于']],
  ['使用', ['应用', '用于']],
  ['挂牌', ['上市']],
  ['上市', ['挂牌']],
  // a plan, as reports write it (计划用三年时间… / 将用三年时间… / 拟于明年…)
  ['计划', ['将', '拟', '预计', '打算', '准备', '力争', '争取']],
  ['打算', ['计划', '将', '拟', '准备']],
  ['准备', ['计划', '将', '拟', '打算']],
  ['预计', ['计划', '将', '有望']],
];


export const SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map(SYNONYM_TABLE);

/** The words that count as the same anchor as `word` (none for an unknown word). */
export function synonymsOf(word: string): readonly string[] {
  return SYNONYMS.get(word) ?? [];
}

/** Abstract category nouns a question asks for (什么原则, 哪些特点) that the answer need not repeat. */
export const CATEGORY_NOUNS = new Set(['原则', '理念', '特点', '特征', '意义', '作用', '方法', '办法', '目标', '观点', '看法', '态度', '策略', '思路', '措施', '做法', '经验', '优势', '好处', '原因', '阶段', '方向', '要求', '内容', '建议', '方案', '方式', '模式', '版本']);

/** Verbs (and prepositions) that typically stand right before a named organisation or place. */
export const LEFT_BOUNDARY_WORDS = [
  '实现', '打造', '选择', '建立', '成立', '作为', '拥有', '通过', '利用', '借助', '联合', '包括', '来自', '位于', '落地', '基于', '专注于', '专注',
  '召开', '举行', '举办', '邀请', '合作', '服务', '面向', '针对', '还有', '是', '在', '与', '和', '及', '由', '从',
  '向', '对', '为', '于', '的', '了', '让', '使', '将', '把', '给', '被', '同', '跟', '有',
];

/** Characters that negate what follows (不, 没, 未, 无): a question's anchor after one is not a plain match. */
export const NEGATION_CHARS = new Set(Array.from('不没未无非别勿'));
