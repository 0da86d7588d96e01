/**
 * The words of an event's facts in a report's opening: the endings of its name (“…峰会”), and
 * who organised it (由…共同主办, 主办单位：…). Simplified only, in the order the parsers try them.
 */

/** What a quoted event name ends with in a report's opening (“2017中国医疗云技术领袖峰会”, 《…研讨会》, “…沙龙”). */
export const EVENT_NAME_ENDINGS: readonly string[] = ['峰会', '大会', '论坛', '会议', '研讨会', '年会', '交流会', '博览会', '沙龙'];

/**
 * What a quoted event name ends with in a plain-text transcript's opening (“…峰会”, “…研讨会”):
 * narrower than EVENT_NAME_ENDINGS (no 交流会/博览会/沙龙), 会议 before 论坛.
 */
export const PROSE_EVENT_NAME_ENDINGS: readonly string[] = ['峰会', '大会', '会议', '论坛', '研讨会', '年会'];

/** Adverbs of organising together, between the organisers and the verb: 由A、B共同举办, 由A联合主办. */
export const JOINT_ADVERBS: readonly string[] = ['共同', '联合'];

/** Verbs of organising an event in a report's opening: 由…举办, 由…主办, 由…承办. */
export const ORGANISING_VERBS: readonly string[] = ['举办', '主办', '承办'];

/** Verbs of organising an event in a plain-text transcript's opening: 由…主办, 由…举办, 由…发起 (发起, not 承办). */
export const PROSE_ORGANISING_VERBS: readonly string[] = ['主办', '举办', '发起'];

/** The part an organiser plays, before its name in a list of organisers (主办单位：…, 协办方：…), longest first where one starts another. */
export const ORGANISER_ROLES: readonly string[] = ['联合主办方', '联合主办单位', '主办方', '主办单位', '承办方', '承办单位', '指导单位', '协办单位', '协办方', '支持单位', '合作单位'];

/** The organiser parts a plain-text transcript's opening strips (主办方, 联合主办 …): narrower than ORGANISER_ROLES, with 联合主办 and no 承办/支持/合作. */
export const PROSE_ORGANISER_ROLES: readonly string[] = ['联合主办方', '主办方', '主办单位', '联合主办', '指导单位', '协办单位'];
