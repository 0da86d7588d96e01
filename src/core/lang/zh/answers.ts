/**
 * The wording question answering reads an answer's span by in the record: what links an anchor
 * to what it names (即, 是指, 包括), what starts a predicate or ends a modifier, and the markers of
 * a cause or a means. Simplified only: question answering reads text through its Simplified
 * shadow. Order matters where a list becomes a regex alternation: the first that matches wins.
 */

/** What may stand after a comma when the words after it still name the anchor (，即…, ，包括…). */
export const LINK_AFTER_COMMA: readonly string[] = ['即', '也就是', '包括', '分别', '就是', '主要'];

/** Words between an anchor and what it names, skipped together (是指, 即为, 包括, 的, 了: 平台即指…). */
export const LINK_WORDS: readonly string[] = [
  '到了', '到', '即指', '是指', '指的是', '就是', '即为', '即是', '即', '指', '是', '为', '了', '的', '有', '于', '在', '着',
  '包括', '包含', '主要', '分别', '共同', '一系列',
];

/**
 * A contrast that denies one thing to name another (最难的不是技术，而是停机窗口; 关键并非投入，而在于
 * 管理): the denial, then what the second clause opens with; the answer is what follows that.
 */
export const CONTRAST_DENIALS: readonly string[] = ['并不是', '不是', '并非', '不在于'];
export const CONTRAST_AFFIRMATIONS: readonly string[] = ['而是', '而在于', '是'];

/** Adverbs of time that stand before 是什么 and point at the stretch after them in the text (最初的X). */
export const TIME_FRAME_ADVERBS: ReadonlySet<string> = new Set(['最初', '起初', '最早', '原先', '原来', '最终', '最后']);

/**
 * Modal words before a question's verb (会加入什么功能, 将推出哪些服务, 准备采用什么方案): they mark the
 * word after them as a verb, whose object in the text answers.
 */
export const MODAL_WORDS: readonly string[] = ['可以', '准备', '计划', '打算', '应该', '需要', '希望', '会', '将', '要', '能', '想', '应', '可'];

/** Words that start a predicate, not a noun (云环境的什么十分重要, …是, …需要). */
export const PREDICATE_OPENERS: readonly string[] = [
  '十分', '非常', '很', '最', '更', '比较', '特别', '尤其', '极其', '是', '在', '被', '将', '会', '能', '可以', '需要', '要',
  '已经', '正在', '得到', '受到', '成为', '值得',
];

/** Verbs and particles a noun's modifiers stop at going back (通过…, 基于…, 的, 和). */
export const MODIFIER_STOPS: readonly string[] = [
  '拥有', '基于', '通过', '利用', '借助', '作为', '选择', '采用', '实现', '建立', '打造', '成立', '包括', '进入', '了', '的',
  '是', '为', '在', '有', '与', '和',
];

/** What introduces the members named right after a noun (分为三个阶段，即A、B、C; 分别是, 包括). */
export const MEMBER_INTRODUCERS: readonly string[] = ['即为', '即是', '即', '分别是', '分别为', '包括'];

/** Demonstratives that point back at what was just named (这两点, 以上三个, 上述两项). */
export const POINTING_BACK: readonly string[] = ['这', '此', '以上', '上述'];

/** Words right before an anchor that explain it by what stands before them (X，即Y; X，也就是说Y). */
export const APPOSITION_MARKERS: readonly string[] = ['即', '也就是说', '也就是', '亦即', '就是'];

/** Words between an anchor and its definition (X即指…, X是指…, X指的是…). */
export const DEFINITION_MARKERS: readonly string[] = ['即指', '是指', '指的是', '即'];

/** Words that open a cause (为了…, 因为…, 旨在…, 考虑到…). */
export const CAUSE_MARKERS: readonly string[] = ['是为了', '为了', '因为', '由于', '目的是', '旨在', '以便', '面对', '鉴于', '出于', '考虑到'];

/** Words that open a means (通过…, 借助…, 凭借…, 用…). */
export const MEANS_MARKERS: readonly string[] = ['通过', '利用', '借助', '采用', '依靠', '凭借', '基于', '用'];

/** The part an organisation plays in the event, as the text writes it after 由… (由A主办、B承办); longer first. */
export const ORGANISER_ROLES: readonly string[] = ['联合主办', '共同主办', '主办', '承办', '协办', '指导', '支持', '联合举办', '共同举办', '举办'];

/** Words before an organiser role that share it (A与B联合主办, 共同举办): not part of the role. */
export const JOINT_ROLE_PREFIXES: readonly string[] = ['联合', '共同'];

/** Verbs right after a venue's name that make it where something took place (…召开, …举行, …落地). */
export const HELD_AT_VERBS: readonly string[] = ['召开', '举行', '举办', '开幕', '落地', '进行'];

/** Titles right after an organisation's name (…信息中心主任): the name is someone's employer, not a venue. */
export const TITLES_AFTER_EMPLOYER: readonly string[] = ['主任', '副主任', '院长', '总监', '主编', '博士', 'CIO'];

/** Prepositions a where-question puts before its question word (从哪里, 到哪里, 于何处). */
export const PLACE_PREPOSITIONS: readonly string[] = ['从', '到', '向', '往', '于'];

/** Adverbs between a speaker's name and the verb (王某也表示, 他还强调, 同时指出). */
// (常说, 曾说, 一再强调, 反复强调: how a text recalls what someone says habitually or once said)
export const ADVERBS_BEFORE_VERB: readonly string[] = ['也', '还', '则', '更', '又', '同时', '常常', '经常', '常', '曾经', '曾', '一再', '反复', '总是', '一直'];

/** The same adverbs with 进一步 (他进一步指出), as reported speech reads them. */
export const ADVERBS_BEFORE_REPORT: readonly string[] = [...ADVERBS_BEFORE_VERB, '进一步'];

/** Verbs right after a person's name that open what they said (说道, 分享到, 强调, 坦言); longer first where one begins another. */
export const QUOTING_VERBS: readonly string[] = [
  '说道', '说', '分享到', '分享道', '分享', '强调', '表示', '介绍到', '介绍道', '介绍', '讲道', '讲', '解释道', '解释', '提到', '指出',
  '提出', '谈到', '坦言', '认为', '补充道',
];

/** Verbs that join two organisations in a partnership (与谁合作, 和谁携手). */
export const PARTNERING_VERBS: readonly string[] = ['合作', '携手', '联手', '联合'];

/** Adverbs between 谁 and a partnering verb (和谁一起合作, 与谁共同…). */
export const TOGETHER_ADVERBS: readonly string[] = ['一起', '共同'];

/** Endings of an institution's name that a partner may be (…公司, …医院, …研究所, …协会). */
export const PARTNER_ORG_ENDINGS: readonly string[] = ['公司', '集团', '医院', '大学', '研究院', '研究所', '学院', '中心', '协会', '企业'];

/** Words that refer back to an organisation named before (该公司, 该院, 这家医院, 其). */
export const ORG_REFERENCES: readonly string[] = ['该公司', '该企业', '该集团', '该院', '该医院', '该机构', '这家公司', '这家医院', '其'];

/** What may follow a name in running text before what it does (和, 等, 也, 出席, 代表, 一行). */
export const NAME_FOLLOWERS: readonly string[] = [
  '和', '与', '及', '以及', '等', '也', '还', '则', '在', '对', '就', '向', '为', '作', '出席', '参加', '分别', '代表', '带领', '陪同',
  '一行',
];

/** Words a name without a title may follow at a clause's start (据…, 由…, 会上，…). */
export const NAME_INTRODUCERS: readonly string[] = ['据', '由', '会上，', '随后，'];

/** Words that introduce a list's members or a second post before a name (邀请了, 包括, 嘉宾有, 同时也是, 以及). */
export const LIST_LEADS: readonly string[] = [
  '邀请了', '邀请', '邀集', '包括', '出席的有', '嘉宾有', '同时也是', '也是', '由', '据', '会上', '以及', '及', '和', '与',
];

/** Endings of an organisation's name that a split organisation and title may hide (…信息网|络中心). */
export const ORG_WORD_ENDINGS: readonly string[] = ['医院', '大学', '公司', '集团', '委员会', '卫健委', '卫计委', '协会', '学会', '研究院'];

/** Parts of the day an answer's date may end in (10月21日上午, 今年3月下午): kept as part of the date. */
export const DATE_DAY_PARTS: readonly string[] = ['上午', '下午', '晚上'];
