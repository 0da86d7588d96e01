/**
 * Answers a question about the record with a span of the transcript, the
 * sentences that prove it and who said them — or `answer: null` when the best
 * evidence does not support an answer (a word the question hinges on is not in
 * the record, or no sentence covers enough of the question).
 */
import type { Corpus, Speaker } from '../model';
import type { Segmenter } from '../segmenter';
import type { SearchOptions, SearchResult } from '../search/types';
import type { Answer, Evidence } from './types';
import { analyzeQuestion, type QuestionAnalysis } from './question';
import { type Anchor, type ScoredUnit, buildAnchors, foldedText, hitsIn, missingAnchors, rankUnits, refineFocus } from './retrieve';
import { type PersonForm, findPeople, personForms } from './people';
import { endsWithTitle, reportedSpeech, textPeople } from './mentions';
import { extractCandidates, recordVerdict } from './strategies';
import { asksEventDate, asksEventVenue } from './entity';
import { type Candidate, type ExtractInput } from './extract/candidate';
import { postOf } from './extract/person';
import { EVENT_ROLE_WORDS, STRIPPED_ORG_SUFFIXES } from '../lang/zh/entities';
import {
  PLURAL_PERSON_QUESTION_WORDS, QUESTION_TITLE_WORDS, ROLE_QUESTION_WORDS, SAYING_VERBS, TITLE_NAME_QUESTION_WORDS, TITLE_QUESTION_WORDS,
} from '../lang/zh/questions';
import { fold, lineColumn, mergeRanges, shadowOf } from './text';

/** What question answering needs from the search engine (SearchEngine provides it). */
export interface QaEngine {
  readonly segmenter?: Segmenter;
  corpora(): Corpus[];
  search?(query: string, options?: SearchOptions): SearchResult;
}

export interface AnswerOptions {
  /** Only these corpus ids. */
  corpora?: string[];
  /** Segmenter for the question (defaults to the engine's). */
  segmenter?: Segmenter;
  /** How many evidence sentences to return (default 3). */
  evidence?: number;
  /** Only the strategies of these names (strategies.ts), for spec tests and tuning. */
  only?: readonly string[];
  /** Receives one line per scored candidate (for tuning and debugging). */
  trace?: (line: string) => void;
}

/** Below this share of the question's anchor weight a sentence is not evidence. */
const MIN_COVERAGE = 0.5;
/** Below this a candidate span is not an answer. */
const MIN_CANDIDATE = 0.3;
/** Below this the combined confidence gives null. */
const MIN_CONFIDENCE = 0.42;

const ORG_STEM = new RegExp(`(?:（[^）]*）|\\([^)]*\\))?(?:${STRIPPED_ORG_SUFFIXES.join('|')})$`, 'u');
const ASKS_TITLE_NAME = new RegExp(TITLE_NAME_QUESTION_WORDS.join('|'), 'u');
const ASKS_ROLE = new RegExp(ROLE_QUESTION_WORDS.join('|'), 'u');
const PLURAL_PERSONS = new RegExp(PLURAL_PERSON_QUESTION_WORDS.join('|'), 'u');

interface Scored {
  unit: ScoredUnit;
  cand: Candidate;
  score: number;
}

function knownPlaces(corpora: Corpus[]): string[] {
  return corpora.map((c) => c.event?.venue).filter((v): v is string => !!v);
}

/** The event's own date or place from one transcript's record, for a question about the event that no passage's words hold. */
function eventRecord(analysis: QuestionAnalysis, corpora: Corpus[], forms: PersonForm[], only?: readonly string[]): { answer: string; score: number; evidence: Evidence } | null {
  if (corpora.length !== 1 || !(asksEventDate(analysis) || asksEventVenue(analysis))) return null;
  const wanted = EVENT_STRATEGIES.filter((n) => !only || only.includes(n));
  const v = wanted.length ? recordVerdict(analysis, corpora, forms, wanted) : null;
  return v && v.answer !== null ? v : null;
}

const EVENT_STRATEGIES = ['event-date', 'event-venue'];

/** Speakers' organisations, and their stems without a generic ending (云知声研究院 → 云知声, 英特尔（中国）有限公司 → 英特尔). */
function knownOrgs(speakers: Speaker[]): string[] {
  const out = new Set<string>();
  for (const s of speakers) {
    const o = s.organization;
    if (!o || o.length < 2) continue;
    out.add(o);
    const stem = o.replace(ORG_STEM, '').replace(/（[^）]*）$/u, '');
    if (stem.length >= 2 && stem !== o) out.add(stem);
  }
  return [...out];
}

/** A photo caption ("title name") at the start of a line, glued to the sentence. */
function captionOf(su: ScoredUnit, forms: PersonForm[]): [number, number] | undefined {
  const p = su.unit.passage;
  if (p.location.column !== 1) return undefined;
  const m = /^(?:主持人[：:]|嘉宾[：:])?\s*[^\s，。“”、]{2,40}?[ \u3000\u00a0]{1,3}/u.exec(su.unit.folded);
  if (!m) return undefined;
  const rest = su.unit.folded.slice(m[0].length);
  const f = forms.find((x) => x.full && rest.startsWith(x.form));
  return f ? [0, m[0].length + f.form.length] : undefined;
}

/** The content word of the question nearest before the question word (soft words only when there is nothing else). */
function keyWord(su: ScoredUnit, anchors: Anchor[]): string | null {
  const before = anchors.filter((a) => a.side === 'before');
  const hard = before.filter((a) => !a.soft);
  // a one-character word (做, 说) is too loose to anchor the answer when a longer one exists
  const long = hard.filter((a) => a.text.length >= 2);
  if (long.length) return long[long.length - 1].text;
  if (hard.length) return hard[hard.length - 1].text;
  const soft = before.filter((a) => su.hits.some((h) => h.word === a.text));
  return soft.length ? soft[soft.length - 1].text : null;
}

/** The anchors next to the question word: the last content word before it and the first after it (not the asked-for noun). */
function relationWords(anchors: Anchor[], analysis: QuestionAnalysis): string[] {
  const before = anchors.filter((a) => a.side === 'before' && !a.soft && !a.quoted && !a.entity);
  const after = anchors.filter((a) => a.side === 'after' && !a.soft && !a.entity && !(analysis.focus ?? '').endsWith(a.text));
  return [before[before.length - 1], after[0]].filter((a): a is Anchor => !!a).map((a) => a.text);
}

/**
 * What an extractor reads: the sentence's Simplified shadow (its folded text, position for
 * position), so Traditional text is read with the same words; `original` is the text as written,
 * from which answers are sliced.
 */
interface PreparedInput {
  input: ExtractInput;
  original: string;
}

function inputFor(su: ScoredUnit, analysis: QuestionAnalysis, anchors: Anchor[], forms: PersonForm[], speakers: Speaker[], places: string[], orgs: string[]): PreparedInput {
  const p = su.unit.passage;
  let before = '';
  for (let u = su.unit.prev; u; u = u.prev) before = u.shadow + before;
  // who-questions read on into the rest of the paragraph: "…，X这样说道。"
  let text = su.unit.shadow;
  let original = p.text;
  const hits = [...su.hits];
  const asksName = analysis.type === 'what' && ASKS_TITLE_NAME.test(analysis.text);
  // 第五点: the enumeration may run on past the sentence that starts it
  const ordinal = analysis.type === 'what' && /第[一二三四五六七八九十]{1,2}[点条项个步]?/u.test(analysis.text);
  const reach = analysis.type === 'who' || ordinal ? 2 : (analysis.type === 'quantity' && /^[点条项步]/u.test(analysis.measure ?? '')) || asksName ? 1 : 0;
  if (reach > 0) {
    let u = su.unit.next;
    for (let i = 0; i < reach && u; i++, u = u.next) {
      for (const h of hitsIn(u.folded, anchors)) hits.push({ ...h, start: h.start + text.length, end: h.end + text.length });
      text += u.shadow;
      original += u.passage.text;
    }
  }
  const quotes = speechIn(su, forms);
  const input: ExtractInput = {
    analysis,
    text,
    hits: capHits(hits),
    key: keyWord(su, anchors),
    relations: relationWords(anchors, analysis),
    caption: captionOf(su, forms),
    before,
    forms,
    speakers,
    passageSpeaker: p.speaker,
    quotes,
    knownPlaces: places.map(shadowOf),
    knownOrgs: orgs.map(shadowOf),
  };
  return { input, original };
}

/** A candidate read on the shadow, shown as the text writes it. */
function asWritten(cand: Candidate, prepared: PreparedInput): Candidate {
  if (cand.end <= cand.start || cand.end > prepared.original.length) return cand;
  if (prepared.input.text.slice(cand.start, cand.end) !== cand.text) return cand;
  return { ...cand, text: prepared.original.slice(cand.start, cand.end) };
}

/**
 * What people say in the sentence: its quotes and the parser's statements, and reported speech
 * read here (X表示，…) when the parser gave none, each with its speaker.
 */
function speechIn(su: ScoredUnit, forms: PersonForm[]): ExtractInput['quotes'] {
  const p = su.unit.passage;
  const spans = [...su.unit.quotes, ...su.unit.statements]
    .map((q) => {
      const start = q.location.offset - p.location.offset;
      return { start, end: start + q.location.length, speaker: q.speaker };
    })
    .filter((q) => q.start >= 0 && q.start < p.text.length);
  if (su.unit.statements.length === 0) {
    const names = new Map(forms.map((f) => [f.form, f.speaker.name]));
    let before = '';
    for (let u = su.unit.prev, n = 0; u && n < 3; u = u.prev, n++) before = u.shadow + before;
    for (const r of reportedSpeech(su.unit.shadow, names, before)) {
      const overlap = spans.find((q) => q.start < r.end && r.start < q.end);
      if (!overlap) spans.push(r);
      else if (!overlap.speaker) overlap.speaker = r.speaker;
    }
  }
  return spans;
}

/** Occurrences of one anchor word beyond this many in a sentence add nothing (and would make extraction quadratic). */
const MAX_HITS_PER_WORD = 8;

function capHits(hits: ExtractInput['hits']): ExtractInput['hits'] {
  const seen = new Map<string, number>();
  return hits.filter((h) => {
    const n = (seen.get(h.word) ?? 0) + 1;
    seen.set(h.word, n);
    return n <= MAX_HITS_PER_WORD;
  });
}

/** A question naming a speaker and asking who they are / where they work: their title as the text writes it. */
function describeSpeaker(analysis: QuestionAnalysis, units: ScoredUnit[], forms: PersonForm[], allUnits: ScoredUnit[]): Scored[] {
  // how long or since when someone has held a post (担任主席多少年, 哪一年担任) asks a number or a time, not the post
  if (analysis.type === 'quantity' || analysis.type === 'when') return [];
  const asksWho = analysis.type === 'who' && /是谁|^谁是|什么人|哪位/u.test(analysis.text);
  const asksTitle = ASKS_ROLE.test(analysis.text);
  const asksOrg = analysis.type === 'organization' || /单位|来自|哪里的|在哪里?工作|在哪儿工作|就职/u.test(analysis.text);
  if (!asksWho && !asksTitle && !asksOrg) return [];
  const named = findPeople(analysis.text, forms);
  if (named.length === 0) return [];
  const sp = named[0].speaker;
  const out: Scored[] = [];
  for (const su of [...units, ...allUnits]) {
    const text = su.unit.folded;
    const written = su.unit.passage.text;
    for (const m of findPeople(text, forms)) {
      if (m.speaker !== sp || !m.full) continue;
      const post = postOf(text, m, sp);
      if (!post) continue;
      let [s, e] = post;
      let score = 0.8;
      if (asksOrg && !asksTitle && sp.organization) {
        const at = text.slice(s, e).indexOf(fold(sp.organization));
        if (at >= 0) { s += at; e = s + sp.organization.length; score = 0.9; }
        else score = 0.5;
      } else if (asksOrg && !asksTitle && sp.title && text.slice(s, e) === fold(sp.title)) continue; // (a title alone says not where they work)
      out.push({ unit: su, cand: { start: s, end: e, text: written.slice(s, e), score }, score });
    }
  }
  return out.sort((a, b) => b.score - a.score);
}

interface RoleAnswer {
  name: string;
  evidence: Evidence;
  score: number;
}

/**
 * Who chaired / sat on the panel: the speaker model's role, proved by the place
 * the text names the role next to the person (主持人：… 刘喻).
 */
/** Where the line of a role word ends; a label alone on its line (主持人：) goes on to the next line, which names the person. */
function labelledLineEnd(shadow: string, from: number): number {
  const end = (at: number) => { const n = shadow.indexOf('\n', at); return n < 0 ? shadow.length : n; };
  const lineEnd = end(from);
  return /^[ \t\u3000]*[：:][ \t\u3000]*$/u.test(shadow.slice(from, lineEnd)) && lineEnd < shadow.length ? end(lineEnd + 1) : lineEnd;
}

function answerByRole(analysis: QuestionAnalysis, corpora: Corpus[]): RoleAnswer[] {
  if (analysis.type !== 'who' || !analysis.role || PLURAL_PERSONS.test(analysis.text)) return [];
  const words = EVENT_ROLE_WORDS.filter(([, r]) => r === analysis.role).map(([w]) => w);
  const out: RoleAnswer[] = [];
  for (const c of corpora) {
    const holders = (c.speakers ?? []).filter((s) => s.role === analysis.role);
    if (holders.length !== 1) continue; // several panelists: answered from the sentence that lists them
    const sp = holders[0];
    for (const w of words) {
      const shadow = foldedText(c);
      for (let at = shadow.indexOf(w); at >= 0; at = shadow.indexOf(w, at + 1)) {
        const window = shadow.slice(at, Math.min(labelledLineEnd(shadow, at + w.length), at + 80));
        const nameAt = window.indexOf(fold(sp.name));
        if (nameAt < 0 || /[。！？]/u.test(window.slice(0, nameAt))) continue;
        const text = c.text.slice(at, at + nameAt + sp.name.length);
        const { line, column } = lineColumn(c.text, at);
        out.push({
          name: sp.name,
          score: 0.9,
          evidence: {
            text,
            speaker: sp.name,
            location: { line, column, offset: at, length: text.length },
            highlights: [[0, w.length], [nameAt, nameAt + sp.name.length]],
            corpus: c.id,
            event: c.event?.name ?? '',
            file: c.file,
          },
        });
        break;
      }
      if (out.length) break;
    }
  }
  return out;
}

/**
 * Evidence for a span found in a sentence or, when the extractor read on into the
 * paragraph, in one of the sentences after it: the sentence that holds the span.
 */
function evidenceFor(su: ScoredUnit, span: [number, number], anchors: Anchor[]): Evidence {
  let unit = su.unit;
  let start = span[0];
  while (start >= unit.passage.text.length && unit.next && span[1] > span[0]) {
    start -= unit.passage.text.length;
    unit = unit.next;
  }
  if (unit === su.unit) return evidenceOf(su, span);
  const shifted: [number, number] = [start, start + (span[1] - span[0])];
  return evidenceOf({ ...su, unit, hits: hitsIn(unit.folded, anchors) }, shifted);
}

function evidenceOf(su: ScoredUnit, span: [number, number] | null): Evidence {
  const p = su.unit.passage;
  const ranges: Array<[number, number]> = su.hits.map((h) => [h.start, h.end]);
  if (span && span[1] > span[0] && span[1] <= p.text.length) ranges.push(span);
  return {
    text: p.text,
    speaker: p.speaker,
    location: p.location,
    highlights: mergeRanges(ranges),
    corpus: su.unit.corpus.id,
    event: su.unit.corpus.event?.name ?? '',
    file: su.unit.corpus.file,
  };
}

function engineHits(engine: QaEngine, anchors: Anchor[], corporaIds: string[] | undefined) {
  if (typeof engine.search !== 'function') return [];
  const query = anchors.filter((a) => !a.absent).map((a) => a.text).join(' ');
  if (!query.trim()) return [];
  try {
    return engine.search(query, { limit: 30, kinds: ['passage', 'quote'], corpora: corporaIds }).results;
  } catch {
    return [];
  }
}

const TITLE_WORD = new RegExp(`(?:${QUESTION_TITLE_WORDS.join('|')})$`, 'iu');
const SPEECH_VERB = new RegExp(SAYING_VERBS.join('|'), 'u');

/**
 * A question that names a person but gives them a title they do not hold (王晨是哪家医院的信息中心主任),
 * or asks what someone said who is never quoted, rests on something the record does not say.
 */
function contradictsSpeakers(analysis: QuestionAnalysis, forms: PersonForm[], corpora: Corpus[]): boolean {
  const named = [...new Set(findPeople(analysis.text, forms).filter((m) => m.full).map((m) => m.speaker))];
  if (named.length !== 1) return false;
  const sp = named[0];
  const rest = analysis.text.replace(fold(sp.name), ' ');
  const titles = analysis.words.map((w) => w.text).filter((w) => TITLE_WORD.test(w) && !rest.includes(fold(sp.name)));
  const own = fold(`${sp.organization ?? ''}${sp.title ?? ''}`);
  if (titles.some((t) => !own.includes(t.toLowerCase().replace(/^副/u, '')))) return true;
  const asksSpeech = analysis.type === 'what' && SPEECH_VERB.test(analysis.text.slice(0, analysis.cue?.start ?? 0));
  // (only for people of a speaker list: a person found in the text may speak in reported speech read here)
  const listed = corpora.some((c) => (c.speakers ?? []).includes(sp));
  const speaks = corpora.some((c) => [...c.quotes, ...(c.statements ?? [])].some((q) => q.speaker === sp.name));
  if (asksSpeech && listed && !speaks) return true;
  return false;
}

const ASKS_TITLE = new RegExp(TITLE_QUESTION_WORDS.join('|'), 'u');

/**
 * Answers are whole entities: a title question is answered by a title (a span ending in a title
 * word), and a place or organisation that is the start of a longer one among the candidates
 * (锦城 of 锦城国际会议中心) gives way to it. Edits `scored` in place.
 */
function keepWholeEntities(analysis: QuestionAnalysis, scored: Scored[]): void {
  const asksTitle = ASKS_TITLE.test(analysis.text);
  const named = analysis.type === 'where' || analysis.type === 'organization';
  for (let i = scored.length - 1; i >= 0; i--) {
    const c = scored[i].cand;
    const shadow = shadowOf(c.text);
    if (asksTitle && !endsWithTitle(shadow)) scored.splice(i, 1);
    else if (named && scored.some((o) => o.cand.text.length > c.text.length && o.cand.text.startsWith(c.text) && o.score >= 0.7 * scored[i].score)) scored.splice(i, 1);
  }
}

/** Answers a question from the corpora the engine holds. Never throws for odd input. */
export function answerQuestion(engine: QaEngine, question: string, options: AnswerOptions = {}): Answer {
  const segmenter = options.segmenter ?? engine.segmenter;
  const all = engine.corpora().filter((c) => !options.corpora || options.corpora.includes(c.id));
  // the speaker list and the people the text names by title or as the subject of reported speech
  const people = all.flatMap((c) => [...(c.speakers ?? []), ...textPeople(c)]);
  const analysis = analyzeQuestion(String(question ?? '').slice(0, 500), segmenter, questionNames(people));
  const base: Answer = { question, type: analysis.type, answer: null, confidence: 0, evidence: [], alternatives: [] };
  if (!analysis.text || all.length === 0) return base;
  const forms = personForms(people);
  refineFocus(analysis, all);
  const anchors = buildAnchors(analysis, all, forms);
  const corpora = corporaAbout(all, anchors);
  const speakers = corpora.flatMap((c) => [...(c.speakers ?? []), ...textPeople(c)]);
  const evidenceCount = options.evidence ?? 3;

  const ids = corpora.length < all.length ? corpora.map((c) => c.id) : options.corpora;
  const ranked = rankUnits(corpora, anchors, forms, engineHits(engine, anchors, ids), 12);
  const declined = { ...base, evidence: ranked.slice(0, evidenceCount).map((su) => evidenceOf(su, null)) };
  const decline = (why: string) => { options.trace?.(`declined: ${why}`); return declined; };
  if (anchors.length === 0 || ranked.length === 0) {
    // 会议在哪里举行 of a 沙龙 whose prose never says 会议: its record (front matter, header) still answers
    const own = eventRecord(analysis, corpora.length === 1 ? corpora : all, forms, options.only);
    if (own) return { question, type: analysis.type, answer: own.answer, confidence: own.score, evidence: [own.evidence], alternatives: [] };
    return decline(anchors.length ? 'no passage holds the anchors' : 'no anchors');
  }
  const missing = missingAnchors(anchors);
  if (missing.length > 0) return decline(`the record never writes ${missing.map((a) => a.text).join(', ')}`);
  if (contradictsSpeakers(analysis, forms, corpora)) return decline('the question gives a speaker a post or speech the record does not');
  const verdict = recordVerdict(analysis, corpora, forms, options.only);
  if (verdict) {
    if (verdict.answer === null) return decline('the record answers the question\'s premise no');
    return { question, type: analysis.type, answer: verdict.answer, confidence: verdict.score, evidence: [verdict.evidence], alternatives: [] };
  }

  const scored = scoreSentences(ranked, analysis, anchors, forms, speakers, options);
  if (options.trace) {
    options.trace(`anchors ${anchors.map((a) => `${a.text}:${a.weight.toFixed(2)}`).join(' ')}`);
    for (const s of scored.slice(0, 12)) options.trace(`${s.score.toFixed(3)} cov=${s.unit.coverage.toFixed(2)} cand=${s.cand.score.toFixed(2)} ${s.unit.unit.passage.id} ${s.cand.text}`);
  }
  const byRole = answerByRole(analysis, corpora);
  if (byRole.length && (!scored[0] || byRole[0].score >= scored[0].score)) {
    const alternatives = [...new Set([...byRole.slice(1).map((r) => r.name), ...scored.map((s) => s.cand.text)])].filter((n) => n !== byRole[0].name).slice(0, 4);
    return { question, type: analysis.type, answer: byRole[0].name, confidence: byRole[0].score, evidence: [byRole[0].evidence], alternatives };
  }
  const best = scored[0];
  if (!best || best.score < MIN_CONFIDENCE) return declined;
  return bestAnswer(question, analysis, scored, anchors, evidenceCount);
}

/** The full names a question may hold whole, as the question is written (Simplified and as the records write them). */
function questionNames(people: Speaker[]): string[] {
  const names = new Set<string>();
  for (const p of people) {
    if (p.name.length < 2) continue;
    names.add(p.name);
    names.add(fold(p.name));
  }
  return [...names];
}

/**
 * Over many files, the files the question is about: those that hold every name the question
 * gives (a person, an organisation, a place, a Latin term). All of them when none or no file does.
 */
function corporaAbout(corpora: Corpus[], anchors: Anchor[]): Corpus[] {
  const names = anchors.filter((a) => a.entity && !a.absent);
  if (corpora.length < 2 || names.length === 0) return corpora;
  const about = corpora.filter((c) => names.every((a) => a.variants.some((v) => foldedText(c).includes(v))));
  return about.length ? about : corpora;
}

/** Every candidate of the applicable sentence strategies over the ranked sentences, best first. */
function scoreSentences(ranked: ScoredUnit[], analysis: QuestionAnalysis, anchors: Anchor[], forms: PersonForm[], speakers: Speaker[], options: AnswerOptions): Scored[] {
  const corpora = [...new Set(ranked.map((su) => su.unit.corpus))];
  const places = knownPlaces(corpora);
  const orgs = knownOrgs(speakers);
  const scored: Scored[] = [];
  const top = ranked[0].coverage;
  const relations = relationWords(anchors, analysis);
  for (const su of ranked) {
    if (su.coverage < MIN_COVERAGE || su.coverage < top - 0.35 || su.missing.length > 0) continue;
    // the words around the question word (与…合作, 在…召开) only in a neighbouring sentence: weaker evidence
    const related = relations.length === 0 || su.hits.some((h) => relations.includes(h.word));
    const prepared = inputFor(su, analysis, anchors, forms, speakers, places, orgs);
    for (const shadow of extractCandidates(prepared.input, options.only)) {
      if (shadow.score < MIN_CANDIDATE) continue;
      const cand = asWritten(shadow, prepared);
      scored.push({ unit: su, cand, score: (related ? 1 : 0.85) * su.coverage * (0.2 + 0.8 * cand.score) + 0.02 * su.ownCoverage });
    }
  }
  if (!options.only) {
    const described = describeSpeaker(analysis, ranked.filter((su) => su.coverage >= MIN_COVERAGE * 0.5), forms, []);
    scored.push(...described.map((s) => ({ ...s, score: s.score * Math.max(0.7, s.unit.coverage) })));
  }
  // equal scores (both candidates capped at 1): the one that fit the question better first
  scored.sort((a, b) => b.score - a.score || (b.cand.raw ?? b.cand.score) - (a.cand.raw ?? a.cand.score));
  keepWholeEntities(analysis, scored);
  return scored;
}

/** The best candidate as the answer, the sentences that hold it, and the other candidates. */
function bestAnswer(question: string, analysis: QuestionAnalysis, scored: Scored[], anchors: Anchor[], evidenceCount: number): Answer {
  const best = scored[0];
  const evidence: Evidence[] = [evidenceFor(best.unit, [best.cand.start, best.cand.end], anchors)];
  for (const s of scored) {
    if (evidence.length >= evidenceCount) break;
    if (s.cand.text !== best.cand.text) continue;
    const e = evidenceFor(s.unit, [s.cand.start, s.cand.end], anchors);
    if (evidence.some((x) => x.location.offset === e.location.offset && x.corpus === e.corpus)) continue;
    evidence.push(e);
  }
  const alternatives: string[] = [];
  for (const s of scored) {
    if (s.cand.text === best.cand.text || alternatives.includes(s.cand.text)) continue;
    alternatives.push(s.cand.text);
    if (alternatives.length >= 4) break;
  }
  const confidence = Math.round(Math.min(1, best.score) * 100) / 100;
  return { question, type: analysis.type, answer: best.cand.text, confidence, evidence, alternatives };
}
