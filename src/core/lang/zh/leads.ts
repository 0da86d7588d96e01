/**
 * Lead words: the words after which a clause's subject, or a list of guests, starts
 * (据X介绍, 会上X表示, 邀请到了X、Y). Three readings, each its own list: a clause lead (any
 * subject), a guest-list lead (where a 、-list of people begins) and a statement lead (what
 * may stand before the speaker of a reported statement). Simplified only, as the parsers read them.
 */

/**
 * Words after which a clause's subject starts: 据X介绍, 会上X表示, 由X主持, 同时也是台北荣总院长X,
 * 出席…的还有X, 走进…主任王某的办公室 (longest first within each group). The widest of the three:
 * it holds the guest-list leads' 邀请… and 包括 and the statement leads' 会上/随后/此外…, but also
 * joiners (和, 及, 与), prepositions (向, 为, 经) and a reporter's visit (走进, 来到).
 */
export const CLAUSE_LEADS: readonly string[] = ['出席会议的有', '参加会议的有', '邀请到了', '邀请到', '邀请了', '随后', '接着', '最后', '同时', '此外', '其中', '对此', '会上', '会中', '会后', '包括',
  '邀请', '邀集', '邀约', '力邀', '来自', '以及', '首先', '然后', '特邀', '由', '据', '请', '和', '及', '与', '跟', '同', '经', '向', '听取', '为',
  // a second post: 中华医学会理事长也是台北荣总院长陈威明 (the title by the name is the one read)
  '同时也是', '也是', '这是',
  // 出席…的还有财政司司长X; 以下是医务卫生局局长X…的发言全文
  '还有', '以下是', '以下为',
  // a reporter's visit: 走进…信息中心主任王某的办公室, 来到…
  '走进', '来到', '走访', '探访',
  // a comparison that names a source: 正如…主任王某所说, 如…院长李某所言
  '正如'];

/**
 * Words that introduce a list of guests (邀请到了X、Y, 嘉宾包括X、Y, 出席的有X、Y); the list starts
 * after the last of them. Unlike the clause leads it holds 嘉宾有/分别是/出席 and none of the
 * joiners or sequence words (和, 随后) that may stand inside a list.
 */
export const GUEST_LIST_LEADS: readonly string[] = ['邀请到了', '邀请到', '邀请了', '邀请', '嘉宾有', '嘉宾包括', '包括了', '包括', '出席的有', '参会的有', '分别是', '分别为', '出席', '由'];

/**
 * Words that may stand alone before the speaker of a reported statement (会上X表示, 随后X指出,
 * 但X认为, 据X介绍); the parser adds 在…中/上/时/后. Narrower than the clause leads: sequence
 * and contrast words only (plus 另外, 而, 但, 并, which the clause leads lack), no 邀请/由/和.
 */
export const STATEMENT_LEADS: readonly string[] = ['会上', '会中', '随后', '接着', '最后', '同时', '此外', '对此', '其中', '首先', '另外', '而', '但', '并', '据'];

/**
 * Words that may open a sentence bringing in a new party: 同样出席的还有X, 此外参加会议的还有X,
 * 而…的还有X. Not a subject's lead: the parser requires …的还有 after them.
 */
export const NEW_PARTY_LEADS: readonly string[] = ['同样', '同时', '此外', '另外', '而'];

/**
 * Words that open a clause going on with the sentence's subject before a speech verb
 * (院长某某肯定了…，并表示，…; …，同时指出，…; …，随后强调，…). Simplified; the clause may also open with the verb itself.
 */
export const CONTINUATION_WORDS: readonly string[] = ['同时', '随后', '进而', '接着', '最后', '并', '还', '也', '又', '亦', '再'];
