/**
 * Retrieval for question answering: turns the question's content words into
 * anchors weighted by rarity in the record, then ranks every sentence (passage)
 * by how much of the anchor weight it covers — itself, or through its neighbours
 * in the same paragraph and the person it is about. The search engine's own
 * ranking, when given, adds a small bonus; anchor coverage decides.
 */
import type { Corpus, Passage, Quote, Statement, Topic } from '../model';
import type { SearchHit } from '../search/types';
import { ANAPHORS, ANSWER_ORG_SUFFIXES, PLACE_STARTS, REFERRING_NOUNS, STRIPPED_ORG_SUFFIXES } from '../lang/zh/entities';
import { numeralForms } from '../lang/zh/measures';
import { CATEGORY_NOUNS, FUNCTION_CHARS, NEGATION_CHARS, SOFT_WORDS, synonymsOf } from '../lang/zh/grammar';
import { DEPUTY_TITLES, PLURAL_QUESTION_WORDS } from '../lang/zh/questions';
import { type PersonForm, findPeople } from './people';
import type { QuestionAnalysis } from './question';
import { fold, positions, shadowOf } from './text';

export interface Anchor {
  /** The word as the question writes it (folded). */
  text: string;
  /** Strings that count as this anchor in a sentence: the word and its synonyms (folded). */
  variants: string[];
  weight: number;
  side: 'before' | 'after';
  soft: boolean;
  quoted: boolean;
  /** Not found anywhere in the record (nor any synonym). */
  absent: boolean;
  /** Speakers this anchor names (a name or alias). */
  people: string[];
  /** Rare in the record (a name, a number, a specific term): evidence must contain it. */
  specific: boolean;
  /** Names a place, a person or is a Latin/number token: the sentence itself must hold it, a neighbour will not do. */
  entity: boolean;
}

/** One sentence of a corpus, with its neighbours. */
export interface Unit {
  corpus: Corpus;
  passage: Passage;
  /** Folded passage text (same positions as passage.text). */
  folded: string;
  /** Simplified shadow of the passage text (same positions, case kept): what extractors read. */
  shadow: string;
  prev?: Unit;
  next?: Unit;
  quotes: Quote[];
  /** Reported speech without quotation marks the parser attributed in this sentence. */
  statements: Statement[];
}

export interface AnchorHit {
  start: number;
  end: number;
  word: string;
  side: 'before' | 'after';
  weight: number;
  soft: boolean;
  entity: boolean;
}

export interface ScoredUnit {
  unit: Unit;
  /** 0..1 share of the anchor weight the sentence covers (with its context). */
  coverage: number;
  /** Share covered by the sentence alone. */
  ownCoverage: number;
  hits: AnchorHit[];
  /** Specific anchors that neither the sentence nor its context contains. */
  missing: string[];
  score: number;
}

const ORG_STEM = new RegExp(`(?:（[^）]*）|\\([^)]*\\))?(?:${STRIPPED_ORG_SUFFIXES.join('|')})$`, 'u');
const PLURAL_CUE = new RegExp(PLURAL_QUESTION_WORDS.join('|'), 'u');
const REFERS_BACK = new RegExp(`该(?:${REFERRING_NOUNS.join('|')})|^(?:${ANAPHORS.join('|')})`, 'u');

const foldCache = new WeakMap<Corpus, string>();
/** The corpus text folded: its Simplified shadow, position for position (cached per corpus object). */
export function foldedText(corpus: Corpus): string {
  let f = foldCache.get(corpus);
  if (f === undefined) {
    f = fold(corpus.text);
    foldCache.set(corpus, f);
  }
  return f;
}

/** Builds sentence units for corpora (cached per corpus object). */
const unitCache = new WeakMap<Corpus, Unit[]>();
export function unitsOf(corpus: Corpus): Unit[] {
  const cached = unitCache.get(corpus);
  if (cached) return cached;
  const quotesByPassage = new Map<string, Quote[]>();
  for (const q of corpus.quotes ?? []) {
    const list = quotesByPassage.get(q.passage) ?? [];
    list.push(q);
    quotesByPassage.set(q.passage, list);
  }
  const statementsByPassage = new Map<string, Statement[]>();
  for (const s of corpus.statements ?? []) {
    const list = statementsByPassage.get(s.passage) ?? [];
    list.push(s);
    statementsByPassage.set(s.passage, list);
  }
  const units: Unit[] = [...corpus.passages]
    .sort((a, b) => a.location.offset - b.location.offset)
    .map((p) => ({ corpus, passage: p, folded: fold(p.text), shadow: shadowOf(p.text), quotes: quotesByPassage.get(p.id) ?? [], statements: statementsByPassage.get(p.id) ?? [] }));
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    const prev = units[i - 1];
    const next = units[i + 1];
    if (prev && prev.passage.location.line === u.passage.location.line) u.prev = prev;
    if (next && next.passage.location.line === u.passage.location.line) u.next = next;
  }
  unitCache.set(corpus, units);
  return units;
}

function topicSynonyms(word: string, topics: Topic[]): string[] {
  const out: string[] = [];
  const visit = (t: Topic) => {
    const zh = t.keywords ?? [];
    const en = (t.keywordsEn ?? []).map((k) => fold(k));
    if (en.includes(word) || fold(t.label?.en ?? '') === word) out.push(...zh, t.label?.zh ?? '');
    for (const c of t.children ?? []) visit(c);
  };
  for (const t of topics) visit(t);
  return out.filter(Boolean).map(fold);
}

/** How many characters of a split the record lacks, function characters aside. */
function unknownChars(pieces: Array<{ text: string; known: boolean }>): number {
  return pieces.filter((p) => !p.known).reduce((n, p) => n + [...p.text].filter((ch) => !FUNCTION_CHARS.has(ch)).length, 0);
}

/** Splits a word the record does not contain into pieces it does contain (greedy longest match, 2+ chars). */
function splitIntoKnown(word: string, has: (s: string) => boolean): Array<{ text: string; known: boolean }> {
  const out: Array<{ text: string; known: boolean }> = [];
  let i = 0;
  let unknown = '';
  while (i < word.length) {
    let len = 0;
    for (let l = word.length - i; l >= 2; l--) {
      if (has(word.slice(i, i + l))) { len = l; break; }
    }
    if (len === 0) {
      unknown += word[i];
      i++;
      continue;
    }
    if (unknown) { out.push({ text: unknown, known: false }); unknown = ''; }
    out.push({ text: word.slice(i, i + len), known: true });
    i += len;
  }
  if (unknown) out.push({ text: unknown, known: false });
  return out;
}

/** Anchors for a question over some corpora, weighted by inverse sentence frequency. */
/** The one known organisation a short form abbreviates, its characters in order from the first (温医一院 → 温州医科大学附属第一医院). */
function abbreviationOf(text: string, orgNames: Set<string>): string[] {
  if (text.length < 3 || text.length > 6 || !/^[\u4e00-\u9fff]+$/u.test(text)) return [];
  const inOrder = (full: string) => {
    let i = 0;
    for (const ch of full) if (ch === text[i]) i++;
    return i === text.length;
  };
  const found = [...orgNames].filter((o) => o[0] === text[0] && o.length >= text.length + 3 && inOrder(o));
  // the longest spelling of each organisation (its stem is in the set too)
  const full = found.filter((o) => !found.some((x) => x !== o && x.includes(o)));
  return full.length === 1 ? full : [];
}

/** Organisations the record knows (speakers' employers and their stems, the organisers): names too. */
function knownOrgNames(corpora: Corpus[]): Set<string> {
  const orgNames = new Set<string>();
  for (const c of corpora) {
    for (const o of [...(c.speakers ?? []).map((s) => s.organization), ...(c.event?.organizers ?? [])]) {
      if (!o || o.length < 2) continue;
      const f = fold(o);
      orgNames.add(f);
      const stem = f.replace(ORG_STEM, '').replace(/（[^）]*）$/u, '');
      if (stem.length >= 2) orgNames.add(stem);
    }
  }
  return orgNames;
}

export function buildAnchors(analysis: QuestionAnalysis, corpora: Corpus[], forms: PersonForm[]): Anchor[] {
  const units = corpora.flatMap(unitsOf);
  const n = Math.max(1, units.length);
  const allText = corpora.map(foldedText).join('\n');
  const has = (s: string) => allText.includes(s);
  const topics = corpora.flatMap((c) => c.topics ?? []);
  const df = (variants: string[]) => units.filter((u) => variants.some((v) => u.folded.includes(v))).length;
  const idf = (d: number) => Math.log(1 + n / (d + 0.5));

  const orgNames = knownOrgNames(corpora);
  const anchors: Anchor[] = [];
  const specificDf = Math.max(2, Math.round(n * 0.05));
  const focus = fold(analysis.focus ?? '');
  const add = (text: string, side: 'before' | 'after', soft: boolean, quoted: boolean, factor = 1) => {
    if (!text || anchors.some((a) => a.text === text)) return;
    // the noun asked for (什么阶段, 哪家医院) names a category; the record need not repeat it
    const isFocus = side === 'after' && focus !== '' && focus.endsWith(text) && analysis.type !== 'quantity';
    if (isFocus) factor *= 0.5;
    const syn = [...synonymsOf(text).map(fold), ...(has(text) ? [] : [...topicSynonyms(text, topics), ...abbreviationOf(text, orgNames), ...numeralForms(text)])];
    const variants = [text, ...syn.filter((s) => s && s !== text)];
    const present = variants.filter(has);
    const absent = present.length === 0;
    // the category noun the record does not write (科室): its members answer instead
    if (absent && isFocus && analysis.focusClass && text === focus) soft = true;
    // an abstract category (什么原则) the record does not name: the answer says it without the word
    if (absent && isFocus && text === focus && CATEGORY_NOUNS.has(text) && analysis.type === 'what') soft = true;
    // an absent word made only of particles and frame characters (共有, 是否) is no content
    if (absent && !quoted && [...text].every((ch) => FUNCTION_CHARS.has(ch) || SOFT_WORDS.has(ch) || NEGATION_CHARS.has(ch) || (text.length === 2 && [...text].some((c) => NEGATION_CHARS.has(c))))) soft = true;
    let weight = idf(df(present)) * factor;
    if (soft) weight *= absent ? 0.15 : 0.4;
    if (quoted) weight *= 1.5;
    const people = findPeople(text, forms).filter((m) => m.start === 0 && m.end === text.length).map((m) => m.speaker.name);
    const d = df(present);
    const orgName = ANSWER_ORG_SUFFIXES.some((s) => s.length >= 2 && text.endsWith(s) && text.length >= s.length + 2);
    const entity = !soft && !isFocus && (PLACE_STARTS.includes(text) || people.length > 0 || orgName || orgNames.has(text) || /^[0-9a-z.+%-]{2,}$/u.test(text));
    const specific = entity || (!soft && !isFocus && text.length >= 2 && d <= specificDf);
    anchors.push({ text, variants: present.length ? present : variants, weight, side, soft, quoted, absent, people, specific, entity });
  };

  // the words right next to the question word carry the relation asked about
  const lastBefore = [...analysis.words].reverse().find((w) => w.side === 'before' && !w.soft && !w.quoted);
  const firstAfter = analysis.words.find((w) => w.side === 'after' && !w.soft);
  for (let i = 0; i < analysis.words.length; i++) {
    const w = analysis.words[i];
    const text = fold(w.text);
    const factor = w === lastBefore ? 1.5 : w === firstAfter ? 1.2 : 1;
    // a short form the segmenter split (温医 + 一院): joined, it may abbreviate a known organisation
    const next = analysis.words[i + 1];
    if (next && !has(text) && !has(fold(next.text)) && w.side === next.side && analysis.text.includes(w.text + next.text)) {
      const joined = fold(w.text + next.text);
      if (abbreviationOf(joined, orgNames).length) {
        add(joined, w.side, false, false, factor);
        i++;
        continue;
      }
    }
    // numbers and Latin words are atomic: found whole or not at all
    if (/[0-9a-z]/.test(text) && !/[\u3400-\u9fff]/u.test(text)) {
      add(text, w.side, false, w.quoted, factor);
      continue;
    }
    if (w.quoted || has(text) || synonymsOf(text).some((s) => has(fold(s))) || topicSynonyms(text, topics).some(has) || numeralForms(text).some(has)) {
      add(text, w.side, w.soft, w.quoted, factor);
      continue;
    }
    // a word the record lacks: keep the pieces it has, the rest as absent — or, when that leaves
    // more unknown, cut it across the word before (台中|荣|总为|多少: the record writes 荣总)
    let pieces = splitIntoKnown(text, has);
    const prev = analysis.words[i - 1];
    if (unknownChars(pieces) > 0 && prev && prev.side === w.side && !prev.quoted && analysis.text.includes(prev.text + w.text) && has(fold(prev.text) + text[0])) {
      const across = splitIntoKnown(text.slice(1), has);
      if (unknownChars(across) < unknownChars(pieces)) {
        add(fold(prev.text) + text[0], w.side, w.soft, false, factor);
        pieces = across;
      }
    }
    for (const piece of pieces) {
      if (piece.known) add(piece.text, w.side, w.soft, false, factor);
      else if (piece.text.length === 1 && FUNCTION_CHARS.has(piece.text)) continue;
      else add(piece.text, w.side, w.soft || piece.text.length === 1, false, piece.text.length === 1 ? 0.5 : 1);
    }
  }
  return anchors;
}

/** Shortens a long focus (问题进行技术改进) to its longest head the record contains (问题). */
export function refineFocus(analysis: QuestionAnalysis, corpora: Corpus[]): void {
  const tokens = [...analysis.focusTokens];
  const all = corpora.map(foldedText).join('\n');
  // 哪些科室 when the record only lists 影像科、超声科: the members name the category by its first character
  const f = fold(analysis.focus ?? '');
  if (analysis.type === 'what' && PLURAL_CUE.test(analysis.cue?.word ?? '') && /^[\u4e00-\u9fff]{2}$/u.test(f) && !all.includes(f)) analysis.focusClass = f[0];
  if (tokens.length < 2) return;
  while (tokens.length > 1 && !all.includes(fold(tokens.join('')))) tokens.pop();
  // a single character left (方 of 哪几方) names no kind of thing
  analysis.focus = tokens.join('').length >= 2 ? tokens.join('') : null;
  analysis.focusTokens = analysis.focus ? tokens : [];
}

/** Anchors that name something the record never mentions (a hard reason to answer null). */
export function missingAnchors(anchors: Anchor[]): Anchor[] {
  return anchors.filter((a) => a.absent && !a.soft && (a.text.length >= 2 || a.quoted));
}

/** A title word (院长, 主任…) matched inside 副院长 / 副主任 is another title. */
const TITLE_END = new RegExp(`(?:${DEPUTY_TITLES.join('|')})$`, 'u');

function matchIn(folded: string, a: Anchor): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const v of a.variants) {
    for (const at of positions(folded, v)) {
      if (TITLE_END.test(v) && !v.startsWith('副') && folded[at - 1] === '副') continue;
      out.push([at, at + v.length]);
    }
  }
  return out;
}

/** Every place the anchors occur in a (folded) text. */
export function hitsIn(folded: string, anchors: Anchor[]): AnchorHit[] {
  const out: AnchorHit[] = [];
  for (const a of anchors) for (const [s, e] of matchIn(folded, a)) out.push({ start: s, end: e, word: a.text, side: a.side, weight: a.weight, soft: a.soft, entity: a.entity });
  return out;
}

/** Share of the anchor's characters found in the text as pieces of 2+ characters. */
function partialMatch(folded: string, a: Anchor): number {
  if (a.text.length < 3 || a.quoted) return 0;
  const pieces = splitIntoKnown(a.text, (s) => folded.includes(s));
  const known = pieces.filter((p) => p.known).reduce((s, p) => s + p.text.length, 0);
  return known / a.text.length;
}

/** Scores one unit for the anchors. */
export function scoreUnit(unit: Unit, anchors: Anchor[], forms: PersonForm[]): ScoredUnit {
  let total = 0;
  let got = 0;
  let own = 0;
  const hits: AnchorHit[] = [];
  const peopleHere = new Set<string>();
  if (unit.passage.speaker) peopleHere.add(unit.passage.speaker);
  for (const q of [...unit.quotes, ...unit.statements]) if (q.speaker) peopleHere.add(q.speaker);
  for (const m of findPeople(unit.folded, forms)) peopleHere.add(m.speaker.name);
  // 该公司 / 该院 / 其…: the sentence continues the subject of the one before
  const subject = unit.passage.speaker ? unit.corpus.speakers.find((s) => s.name === unit.passage.speaker) : undefined;
  const subjectOrg = subject ? fold(subject.organization ?? '') : '';
  const refersBack = REFERS_BACK.test(unit.folded);
  const missing: string[] = [];
  for (const a of anchors) {
    // a frame word the record never uses tells nothing about where the answer is
    if (a.absent && a.soft) continue;
    total += a.weight;
    const ranges = matchIn(unit.folded, a);
    if (ranges.length) {
      // a synonym counts less than the word itself
      const exact = unit.folded.includes(a.text) ? 1 : 0.75;
      got += a.weight * exact;
      own += a.weight * exact;
      for (const [s, e] of ranges) hits.push({ start: s, end: e, word: a.text, side: a.side, weight: a.weight, soft: a.soft, entity: a.entity });
      continue;
    }
    let m = 0;
    const partial = partialMatch(unit.folded, a);
    if (partial >= 0.5) m = 0.6 * partial;
    if (a.people.length && a.people.some((p) => unit.passage.speaker === p)) m = Math.max(m, 0.8);
    const ctxUnit = [unit.prev, unit.next].find((u) => u && matchIn(u.folded, a).length > 0);
    let bound = m;
    if (ctxUnit) {
      const exact = ctxUnit.folded.includes(a.text) ? 1 : 0.75;
      const linked = refersBack && ctxUnit === unit.prev;
      m = Math.max(m, exact * (linked ? 0.7 : 0.5));
      if (linked) bound = m;
    }
    if (a.people.length && a.people.some((p) => peopleHere.has(p))) m = bound = Math.max(m, 0.8);
    // the organisation of the person the paragraph is about (公司将在深圳… in 欧阳帆's paragraph about 云瞻科技)
    if (subjectOrg && subjectOrg.length >= 2 && (subjectOrg.includes(a.text) || (a.text.length >= 4 && a.text.includes(subjectOrg)))) m = bound = Math.max(m, 0.5);
    if (a.specific && (a.entity ? bound : m) < 0.5) missing.push(a.text);
    got += a.weight * m;
    own += a.weight * (partial >= 0.5 ? 0.6 * partial : 0);
  }
  const coverage = total > 0 ? got / total : 0;
  const ownCoverage = total > 0 ? own / total : 0;
  return { unit, coverage, ownCoverage, hits, missing, score: coverage };
}

/**
 * Ranks the sentences of the corpora for the anchors. `engineHits`, when given,
 * are the search engine's results for the question; they add a small rank bonus.
 */
export function rankUnits(corpora: Corpus[], anchors: Anchor[], forms: PersonForm[], engineHits: SearchHit[] = [], limit = 12): ScoredUnit[] {
  const bonus = new Map<string, number>();
  engineHits.forEach((h, i) => {
    if (!h.location) return;
    const key = `${h.corpus}@${h.location.offset}`;
    if (!bonus.has(key)) bonus.set(key, 0.05 / (1 + i / 3));
  });
  const scored: ScoredUnit[] = [];
  for (const c of corpora) {
    for (const u of unitsOf(c)) {
      const s = scoreUnit(u, anchors, forms);
      if (s.coverage <= 0) continue;
      // a hit anywhere inside the sentence counts for it
      let b = 0;
      for (const h of engineHits) {
        if (!h.location || h.corpus !== c.id) continue;
        const off = h.location.offset;
        const p = u.passage.location;
        if (off >= p.offset && off < p.offset + p.length) b = Math.max(b, bonus.get(`${h.corpus}@${off}`) ?? 0);
      }
      s.score = s.coverage + 0.1 * s.ownCoverage + b;
      scored.push(s);
    }
  }
  return scored.sort((a, b) => b.score - a.score).slice(0, limit);
}
