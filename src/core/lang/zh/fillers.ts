/**
 * Filler between a subject and its verb: the words that may stand after a speaker's name and
 * before what the speaker did (X在致辞中指出, X也表示, X进一步强调). Simplified only, in the order
 * the parser's alternation tries them.
 */

/**
 * The talk a subject gives, before 时/中 (X致辞时表示, X在讲话中指出). Narrower than turns.ts's
 * SPEECH_TITLE_NOUNS and SPEECH_TEXT_NOUNS (a speech's title or text): the six occasions only.
 */
export const FILLER_TALK_NOUNS: readonly string[] = ['致辞', '致词', '发言', '讲话', '演讲', '报告'];

/** One-character (and 特别) adverbs between a subject and its verb: X也表示, X还指出, X并强调, X特别提到. */
export const FILLER_ADVERBS: readonly string[] = ['也', '还', '则', '更', '又', '就', '都', '曾', '并', '亦', '另', '特别'];

/** Sequence words between a subject and its verb: X再次强调, X进一步指出, X随后表示, X先是介绍. */
export const FILLER_SEQUENCE_WORDS: readonly string[] = ['再次', '进一步', '同时', '首先', '先是', '随后', '最后', '接着'];

/**
 * Words between a body and its verb: 会议还强调, 会议进一步明确, 大会再次重申. Narrower than the
 * sequence words and adverbs a person's verb allows (FILLER_SEQUENCE_WORDS, FILLER_ADVERBS): these seven, in this order.
 */
export const BODY_FILLER_WORDS: readonly string[] = ['进一步', '再次', '同时', '还', '也', '并', '又'];

/**
 * Filler a transcript strips from the end of the words before a quote's verb (张某这样说, 李某也表示,
 * 王某在会上指出): both scripts written out, in this order; the parser adds 在…中/上/时/里/后. Wider
 * than FILLER_ADVERBS and FILLER_SEQUENCE_WORDS (这样, 这么, 均, 同样; Traditional forms).
 */
export const QUOTE_SUBJECT_FILLER_WORDS: readonly string[] = ['这样', '這樣', '如此', '这么', '這麼', '也', '还', '還', '则', '則', '更', '又', '就', '都', '均', '曾',
  '再次', '进一步', '進一步', '同样', '同樣', '最后', '最後', '首先', '接着', '接著', '随后', '隨後'];

/** Words of manner between a quote's speaker and verb: “…”，张某这样说 / 如是表示 / 如此指出. */
export const QUOTE_MANNER_WORDS: readonly string[] = ['这样', '如是', '如此'];

/**
 * The audience a subject speaks to, after 与/和/同/跟/为/给 and before the verb (X与与会代表分享了…,
 * X为大家讲解了…, X给同学们介绍了…): the people a meeting gathers, not another speaker (X与Y分享了
 * names two). Simplified (the shadow is read); 们 and 在场的/现场的/全体 are added by the parser.
 */
export const AUDIENCE_WORDS: readonly string[] = ['大家', '与会代表', '与会者', '与会嘉宾', '与会人员', '与会专家', '与会领导', '参会代表', '参会人员', '参会者', '来宾', '嘉宾',
  '听众', '观众', '同行', '同仁', '同学', '师生', '学员', '代表', '专家学者', '媒体', '记者'];
