/**
 * The words of a talk given at an event: who chairs (主持人：X), the scope of a part played
 * (担任本次论坛主持嘉宾), people who speak in turn (先后发言) and a talk made on a subject
 * (针对…做了专题汇报, 以…为题进行了讲述). Simplified only, in the order the parsers try them.
 */

/** The host's label or verb before a colon and a name (主持人：X, 主持：X); also a Markdown heading's host mark. */
export const HOST_WORDS: readonly string[] = ['主持人', '主持'];

/** What a part played belongs to, between 作为/担任 and the label: 担任本次论坛主持嘉宾, 作为大会的演讲嘉宾. */
export const PART_SCOPE_WORDS: readonly string[] = ['本次', '此次', '本场', '大会', '论坛', '会议', '分论坛'];

/** Words of people taking the floor one after another: 王五、赵六等先后发言; …分别就…作了报告. */
export const IN_TURN_WORDS: readonly string[] = ['先后', '分别', '依次', '相继', '轮流'];

/** What people in turn give (…先后发言, …分别作了报告, …依次分享): wider than TALKS_MADE, with 发言/致辞. */
export const IN_TURN_TALKS: readonly string[] = ['发言', '报告', '演讲', '致辞', '分享', '介绍'];

/** Prepositions before a talk's subject: 针对认知医疗做了专题汇报, 以《…》为题进行了讲述, 从…等5个方面进行介绍. */
export const TALK_TOPIC_PREPOSITIONS: readonly string[] = ['针对', '就', '围绕', '结合', '以', '从'];

/** A talk one makes (作/做了…): 做了专题汇报, 作了报告. */
export const TALKS_MADE: readonly string[] = ['报告', '汇报', '演讲', '讲座'];

/** A talk one conducts (进行了…): the talks made and 讲述, 讲解, 介绍, 分享 (进行了讲述, 进行PPT介绍). */
export const TALKS_CONDUCTED: readonly string[] = [...TALKS_MADE, '讲述', '讲解', '介绍', '分享'];

/** The labels a caption line may open with before the name (主持人：X, 演讲嘉宾 X): the host words, then 嘉宾 and 演讲嘉宾. */
export const CAPTION_LABELS: readonly string[] = [...HOST_WORDS, '嘉宾', '演讲嘉宾'];

/** Names of a panel that open a Markdown panel heading (## 圆桌对话｜…, ## 高峰对话：…), longest first where one starts another. */
export const PANEL_HEADING_NAMES: readonly string[] = ['圆桌对话', '圆桌讨论', '圆桌', '高峰对话'];

/**
 * Words that mark a paragraph as a panel's (…进入高峰对话环节, 圆桌, 专家对话, English "panel", read
 * case-blind). Wider than PANEL_HEADING_NAMES: the 环节 forms and 专家对话 too, and without 圆桌对话/圆桌讨论 (圆桌 finds them).
 */
export const PANEL_WORDS: readonly string[] = ['高峰对话', '圆桌', '对话环节', '讨论环节', '论坛环节', '专家对话', 'panel'];

/** Verbs of playing a labelled part: 作为演讲嘉宾, 担任本次论坛主持嘉宾. */
export const PART_VERBS: readonly string[] = ['作为', '担任'];
