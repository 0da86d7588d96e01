/**
 * The role each found person plays: `reporter` from a byline, `host` when the text says they
 * chair (主持人：X, X主持, X担任主持嘉宾), `speaker` when they make a statement or a quote, deliver a
 * talk (X致辞, X作报告), act as a labelled part (X作为演讲嘉宾) or a caption line names them,
 * `mentioned` otherwise.
 */
import type { Role } from '../../model';
import { DELIVERY_VERB_LIST, HONORIFIC_LIST, LIST_JOINERS, SHARED_SPEECH_ADVERBS, STATEMENT_VERB_LIST, HOST_WORDS, IN_TURN_TALKS, IN_TURN_WORDS, LIST_NAME_ADDRESSES, PART_SCOPE_WORDS, PART_VERBS, TALK_TOPIC_PREPOSITIONS, TALKS_CONDUCTED, TALKS_MADE, TITLES_AFTER_NAME, titleAt, wordStartingAt } from '../../lang/zh';
import { EVENT_NOUN_ENDINGS, HEADING_ROLE_LABELS, HOST_POSTS, headingLabelRole } from '../../lang/zh/entities';
import { SUBJECT_FILLER } from './context';
import type { FoundPerson } from './people';
import type { Mention, TextView } from './types';

const HOST_BEFORE = new RegExp(`(?:${HOST_WORDS.join('|')})\\s*[：:]\\s*$`);
/** What follows the name of someone who chairs (张伟主持, 姚乐先生在会上主持; 由…姚乐先生主持, 由…卢某教授主持): a form of address or a title used as one may stand between. */
const ADDRESS = `(?:${[...HONORIFIC_LIST, ...TITLES_AFTER_NAME].join('|')})?`;
const CHAIRS_AFTER = new RegExp(`^${ADDRESS}(?:[在于][^，。]{0,10}?)?主持`, 'u');
const CHAIRS_RIGHT_AFTER = new RegExp(`^${ADDRESS}主持`, 'u');

/**
 * A person (or a 、-list of people, no comma between) who acts as a labelled part: 张三、李四作为演讲嘉宾
 * 分享了…, 胡鑫先生担任本次论坛主持嘉宾. The labels are the programme's (HEADING_ROLE_LABELS),
 * but a bare 嘉宾 (a guest, who may only attend).
 */
function actsAs(roles: ReadonlyArray<string>): RegExp {
  const labels = HEADING_ROLE_LABELS.filter(([w, r]) => roles.includes(r) && w !== '嘉宾').map(([w]) => w);
  return new RegExp(`^[^。！？!?\\n，,；;]{0,80}?(?:${PART_VERBS.join('|')})(?:${PART_SCOPE_WORDS.join('|')})*的?(?:${labels.join('|')})`, 'u');
}
const ACTS_AS_SPEAKER = actsAs(['speaker', 'panelist']);
const ACTS_AS_HOST = actsAs(['host']);

/** A line that opens with a programme label and a list of names (参与嘉宾：李源、张天、徐斌): the label, then names and separators up to the end. */
const LABELLED_LIST = new RegExp(`^\\s*(${HEADING_ROLE_LABELS.map(([w]) => w).join('|')})\\s*[：:]\\s*(?:[\\u3400-\\u9fff·]{1,8}\\s*(?:${LIST_NAME_ADDRESSES.join('|')})?\\s*[、，,和及与]\\s*)*$`, 'u');

/** A label alone on its line (对话嘉宾：), over a block of rows that each open with a person. */
const BLOCK_LABEL = new RegExp(`^\\s*(${HEADING_ROLE_LABELS.map(([w]) => w).join('|')})\\s*[：:]\\s*$`, 'u');
/** How many rows a labelled block may hold above a person's row. */
const BLOCK_ROWS = 12;

/**
 * The part a programme line gives this person (参与嘉宾：…、徐斌), if a mention sits in such a
 * list, or a labelled block of rows does (对话嘉宾： then 符某  …主任 on a line of its own, one
 * guest per line).
 */
function labelledPart(view: TextView, p: FoundPerson): Role | undefined {
  for (const m of p.mentions) {
    const lineStart = view.shadow.lastIndexOf('\n', m.start - 1) + 1;
    const label = LABELLED_LIST.exec(view.shadow.slice(lineStart, m.start))?.[1] ?? blockLabelAbove(view.shadow, lineStart, m.start);
    if (label) return headingLabelRole(label);
  }
  return undefined;
}

/** The label of the block of rows a row opening with a person (at `start`) belongs to: rows with no sentence in them, up to a label line. */
function blockLabelAbove(s: string, lineStart: number, start: number): string | undefined {
  if (s.slice(lineStart, start).trim() !== '') return undefined;
  let end = lineStart - 1;
  for (let k = 0; k < BLOCK_ROWS && end > 0; k++) {
    const from = s.lastIndexOf('\n', end - 1) + 1;
    const line = s.slice(from, end);
    const label = BLOCK_LABEL.exec(line)?.[1];
    if (label) return label;
    if (line.trim() === '' || /[。！？!?：:]/u.test(line)) return undefined;
    end = from - 1;
  }
  return undefined;
}

/** A list of people who in turn take the floor: 王五、赵六等先后发言; …分别就…作了报告. */
const IN_TURN = new RegExp(`^[^。！？!?\\n]*?(?:${IN_TURN_WORDS.join('|')})[^。！？!?\\n]{0,30}?(?:${IN_TURN_TALKS.join('|')})`);

/**
 * A talk given with its subject written in (李某做了大数据分析的汇报, 谢某院长针对认知医疗做了专题汇报,
 * 唐某科长以《…》为题进行了讲述, 甘某主任从…等5个方面进行PPT介绍): 作/做/进行 right after the name
 * (or after 针对/就/围绕/以/从 and the subject), its object, then the talk.
 */
const GAVE_TALK = new RegExp(`^${ADDRESS}(?:(?:${TALK_TOPIC_PREPOSITIONS.join('|')})[^，。；！？\\n]{1,40}?)?(?:[作做]了?[^，。；！？\\n]{0,30}?(?:${TALKS_MADE.join('|')})|进行了?[^，。；！？\\n]{0,12}?(?:${TALKS_CONDUCTED.join('|')}))`, 'u');

function delivers(s: string, end: number): boolean {
  const after = s.slice(end, end + 120);
  if (IN_TURN.test(after) || ACTS_AS_SPEAKER.test(after)) return true;
  const rest = s.slice(end, end + 40);
  const filler = SUBJECT_FILLER.exec(rest)?.[0] ?? '';
  // (past a title after the name: 谢某院长针对…做了专题汇报)
  const at = end + (titleAt(s, end)?.length ?? 0);
  if (GAVE_TALK.test(s.slice(at, at + 70)) || GAVE_TALK.test(s.slice(end + filler.length, end + filler.length + 70))) return true;
  // 陈金顺于主题演讲中，以…为题，分享: the filler itself names the talk given
  if (DELIVERY_VERB_LIST.some((w) => w !== '主持' && filler.includes(w))) return true;
  // (or past the title: 晏某秘书长宣读了…)
  return wordStartingAt(DELIVERY_VERB_LIST, rest, filler.length) !== undefined || wordStartingAt(DELIVERY_VERB_LIST, rest, 0) !== undefined
    || (at > end && wordStartingAt(DELIVERY_VERB_LIST, s, at) !== undefined);
}

/** The end of a clause's subject, then a verb all of its people say: …在介绍时均称, …都表示. */
const SHARED_VERB_AFTER = new RegExp(`^[^，。；！？：\\n]{0,16}?(?:${SHARED_SPEECH_ADVERBS.join('|')})(?:${STATEMENT_VERB_LIST.join('|')})`, 'u');
const ONE_CLAUSE = new RegExp(`^[^，。；！？：\\n]{0,14}$`, 'u');

/** Whether `second` is joined to `first` in one clause (…邱某及资深护师黄某…): a joiner and no break between. */
function joinedTo(s: string, first: Mention, second: Mention): boolean {
  const between = s.slice(first.end, second.start);
  return second.start >= first.end && between.length <= 14 && ONE_CLAUSE.test(between) && LIST_JOINERS.some((j) => between.includes(j));
}

/**
 * A person of a joined subject whose verb is shared (病房经理邱某及资深护师黄某在介绍时均称): the
 * shared verb follows the subject's last person, and every person joined before it says it too.
 */
function sharesStatement(s: string, m: Mention, mentions: Mention[]): boolean {
  const said = (x: Mention) => SHARED_VERB_AFTER.test(s.slice(x.end, x.end + 24));
  const name = s.slice(m.start, m.end);
  const others = mentions.filter((n) => s.slice(n.start, n.end) !== name);
  if (said(m) && others.some((n) => joinedTo(s, n, m))) return true;
  return others.some((n) => joinedTo(s, m, n) && said(n));
}

/** A mention right after a host's post that means this event's host: 主持人李某, 新闻发布会主持人李某 (not 央视主持人白某). */
function hostPostBefore(s: string, at: number): boolean {
  const before = s.slice(Math.max(0, at - 20), at);
  const label = HOST_POSTS.find((w) => before.endsWith(w));
  if (!label) return false;
  const qualifier = /[^\s，。、；：:,（(“”]*$/u.exec(before.slice(0, before.length - label.length))?.[0] ?? '';
  return qualifier === '' || EVENT_NOUN_ENDINGS.some((e) => qualifier.endsWith(e));
}

/** What joins two people who act together (车某和路某主持, 张某、王某主持): no punctuation but the list's 、. */
const JOINED = new RegExp(`^(?:${LIST_NAME_ADDRESSES.join('|')})?[和与及、]`, 'u');
const JOIN_BREAK = /[，。！？；：,;:!?\n“”]/u;

/** The first of the mentions (sorted by start) that starts after `end`. */
function firstAfter(mentions: Mention[], end: number): Mention | undefined {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start > end) hi = mid;
    else lo = mid + 1;
  }
  return mentions[lo];
}

/**
 * The next person named after a mention, when the text joins the two (…处长车某和…首席医疗官路某):
 * the nearest mention of anyone after it, no punctuation but 、 between.
 */
function joinedNext(view: TextView, m: Mention, mentions: Mention[]): Mention | undefined {
  const s = view.shadow;
  if (!JOINED.test(s.slice(m.end, m.end + 3))) return undefined;
  const next = firstAfter(mentions, m.end);
  if (!next || next.start - m.end > 30 || JOIN_BREAK.test(s.slice(m.end, next.start))) return undefined;
  return next;
}

/** Whether the people joined after this mention end with one who chairs (A和B主持的讨论: A chairs too). */
function chairsWithNext(view: TextView, m: Mention, mentions: Mention[]): boolean {
  let at: Mention | undefined = m;
  for (let hops = 0; hops < 4 && at; hops++) {
    at = joinedNext(view, at, mentions);
    if (at && CHAIRS_AFTER.test(view.shadow.slice(at.end, at.end + 16))) return true;
  }
  return false;
}

function hosts(view: TextView, p: FoundPerson, mentions: Mention[]): boolean {
  if (p.role === 'host') return true;
  return p.mentions.some((m) => {
    if (chairsWithNext(view, m, mentions)) return true;
    if (hostPostBefore(view.shadow, m.start)) return true;
    const from = Math.max(0, (m.phraseStart ?? m.start) - 12);
    if (HOST_BEFORE.test(view.shadow.slice(from, m.phraseStart ?? m.start))) return true;
    if (ACTS_AS_HOST.test(view.shadow.slice(m.end, m.end + 100))) return true;
    // 钱某副院长主持: the post written after the name, as a form of address is
    const after = m.end + (titleAt(view.shadow, m.end)?.length ?? 0);
    return CHAIRS_AFTER.test(view.shadow.slice(after, after + 16)) || view.shadow.endsWith('由', m.phraseStart ?? m.start) && CHAIRS_RIGHT_AFTER.test(view.shadow.slice(after, after + 4));
  });
}

/**
 * The role of each person, given the names (keys) that spoke in statements or quotes, and every
 * mention of everyone found, sorted by start (who acts with whom).
 */
export function roleOf(view: TextView, p: FoundPerson, spoke: Set<string>, mentions: Mention[] = p.mentions): Role {
  if (p.role === 'reporter') return 'reporter';
  if (hosts(view, p, mentions)) return 'host';
  const part = labelledPart(view, p);
  if (part) return part;
  if (spoke.has(p.key)) return 'speaker';
  if (p.mentions.some((m) => delivers(view.shadow, m.end) || sharesStatement(view.shadow, m, mentions))) return 'speaker';
  return 'mentioned';
}
