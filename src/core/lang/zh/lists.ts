/**
 * The words of a list of people: what joins its names (李明、王芳和张伟, X以及Y) and the group
 * nouns a bare list follows (嘉宾, 专家, 委员 …). Simplified only.
 */

/**
 * The one-character joiners between two names of a list: 、, 和, 及, 与 (李明、王芳和张伟). Without
 * 以及, so that a name before 以及 is read as ending at 及 when the list is walked backwards.
 */
export const LIST_JOINER_CHARS: readonly string[] = ['、', '和', '及', '与'];

/** Every joiner between two names of a list, 以及 first (张某以及李某): LIST_JOINER_CHARS and 以及. */
export const LIST_JOINERS: readonly string[] = ['以及', ...LIST_JOINER_CHARS];

/** Group nouns that a list of people names or follows: 嘉宾有…, 专家包括…, 委员为…, 评委：…. */
export const LIST_GROUP_NOUNS: readonly string[] = ['嘉宾', '专家', '领导', '代表', '学者', '委员', '成员', '讲者', '评委'];

/**
 * Words where the last entry of a 、-list of people stops (李明、王芳等, …以及…, …共同出席, …先后发言);
 * the parser adds a count of people (四位). Not joiners: the list ends at them.
 */
export const LIST_TAIL_WORDS: readonly string[] = ['等', '以及', '共同', '一起', '一同', '分别', '出席', '参加', '汇聚', '齐聚', '先后', '就'];
