/**
 * The search engine: one compact segment per corpus (segment.ts), queried together and
 * merged; a corpus is added, replaced or removed on its own without touching the others.
 * See query.ts for how a query is understood, highlight.ts for highlights and
 * rank.ts for how hits are merged and ordered.
 */
import type { Corpus, Topic } from '../model';
import type { Segmenter } from '../segmenter';
import { normalizeText } from '../text/normalize';
import { buildExpansions, hasHan, type Expansions } from './expansion';
import { bundledGlossaryValidated, type Glossary } from './glossary';
import { computeHighlights, type TextWork } from './highlight';
import { highlightMemo } from './highlightMemo';
import { toBase64 } from './bytes';
import { CORPUS_WORD_MIN_LENGTH, FNV_FINGERPRINT, LARGE_TEXT, SCAN_ALWAYS_MAX_DOCS, buildCorpusSegment, documentCount, indexKey, loadIndex, type Fingerprint, type LoadOutcome } from './indexer';
import { NearMissCorrector } from './nearMiss';
import { MAX_QUERY_CHARS, compilePlan, planQuery, substringTerms, type QueryPlan } from './query';
import { SubstringNet } from './substringNet';
import { SegmentDocs, type StoredFields } from './documents';
import { DamagedSegmentError, type Segment } from './segment';
import { isSegmentSource, type SegmentSource } from './segmentSource';
import { rankSorted, type RankableHit, type SortedHits } from './rank';
import { combineGroups, documentFilter, matchGroup, matchedTermsOf, type GroupScores, type SegmentContext, type SegmentMatches } from './segmentMatch';
import { Recent } from './recent';
import { holds, queryKey } from './segmentQuery';
import { BestFirst, type SegmentResult } from './topHits';
import type { SearchHit, SearchOptions, SearchResult } from './types';

export interface SearchEngineOptions {
  /** English → Chinese glossary; defaults to corpus/glossary.json. */
  glossary?: Glossary;
  /** Extra known words (e.g. the user dictionary's) for near-miss correction. */
  vocabulary?: Iterable<string>;
  /**
   * Up to this many documents per corpus (default 20,000), every Chinese query word is also
   * looked up as a plain substring; above it, only words that matched nothing as words are.
   */
  substringScanMaxDocs?: number;
  /** Fingerprint of a corpus's documents in the index key (default FNV-1a in JavaScript; Node passes a native hash). */
  fingerprint?: Fingerprint;
  /** The block checksum of the segments this engine builds (default the core's CRC-32; Node passes its native one, the same values). */
  checksum?: (bytes: Uint8Array) => number;
  /**
   * Called when a query found part of a saved segment damaged and the engine rebuilt it from
   * the corpus (`bytes` is the new segment, e.g. to save it again); the query was then answered
   * from the rebuilt segment, never from the damaged one.
   */
  onRepair?: (corpus: Corpus, reason: string, bytes: Uint8Array) => void;
}

/** What happened when a corpus was added. */
export interface AddResult {
  corpusId: string;
  /** True when the cached index was used; false when the index was built. */
  fromCache: boolean;
  /** Why a given cached index was not used (mismatched key, damaged file …). */
  cacheRejected?: string;
}

interface Entry {
  corpus: Corpus;
  segment: Segment;
  /** The corpus's documents by number (ids and stored fields). */
  docs: SegmentDocs;
  key: string;
  normalizedText?: string;
  scanner?: SubstringNet;
  /** Words of 3+ Chinese characters in the transcript (computed once, for near-miss correction). */
  words?: string[];
  /**
   * The corpus's matches of the last PLANS_KEPT plans searched (by compiled plan, phrase,
   * combination and filters): a function of the segment alone, like its words' matches, so
   * a search asked again, or typed on from a query already asked, matches nothing anew.
   */
  plans?: Recent<string, SegmentMatches>;
}

/**
 * Work shared by the passes of one search (AND, near-miss retry, topic synonyms, OR
 * fallback): a group searched the same way in the same corpus gives the same matches,
 * and a substring is found in the same documents.
 */
interface SearchMemo {
  groups: Map<Entry, Map<string, GroupScores>>;
  finds: Map<SubstringNet, Map<string, readonly number[]>>;
}

/** A hit as ranking and display read it; its matched terms are worked out only if it is shown. */
interface EngineHit extends RankableHit {
  terms: () => Set<string>;
}

/**
 * A chosen document as ranking and display read it: its id is read only if it is shown
 * (the head of 200 is spread by speaker alone), its matched terms only when highlighted.
 */
class ChosenHit implements EngineHit {
  readonly corpus: Corpus;
  score: number;
  readonly phrase: boolean;
  readonly stored: StoredFields;

  constructor(private readonly result: Pass['results'][number], private readonly doc: number, score: number) {
    this.score = score;
    this.corpus = result.entry.corpus;
    this.phrase = holds(result.matches.phrase, doc);
    this.stored = result.docs.storedAt(doc);
  }

  get localId(): string {
    return this.result.docs.id(this.doc);
  }

  terms(): Set<string> {
    return matchedTermsOf(this.result.matches.groups, this.doc);
  }
}

/**
 * A search's hits best first, made as ranking reads them (topHits.ts selects them a batch at
 * a time). Spreading speakers reads a few past the limit (22-25 for 20 over 100 reports), so
 * its first batch is twice the limit; without spreading, the limit itself.
 */
function chosenHits(pass: Pass, partial: boolean, limit: number, diversify: boolean): SortedHits<ChosenHit> {
  const best = new BestFirst(pass.results, partial, diversify ? 2 * limit : limit);
  const made: ChosenHit[] = [];
  return {
    count: best.count,
    ordered: best.ordered,
    at: (i) => {
      if (!made[i]) {
        const c = best.at(i)!;
        made[i] = new ChosenHit(pass.results[c.segment], c.doc, c.score);
      }
      return made[i];
    },
  };
}

/** A plan compiled for matching, with the keys its groups and variants are memoised by. */
interface PlanMatch {
  plan: QueryPlan;
  compiled: ReturnType<typeof compilePlan>;
  substrings: ReturnType<typeof substringTerms>[];
  groupKeys: string[];
  variantKeys: string[][];
  combineWith: 'AND' | 'OR';
}

/** One pass of a search: every corpus's matches, and how many documents matched in all. */
interface Pass {
  results: Array<SegmentResult & { entry: Entry }>;
  count: number;
}

/** Fewer hits than this and a topic word's fellow signal words are searched too. */
const SPARSE = 5;

export const DEFAULT_LIMIT = 20;
/** Near-miss words filed (or eight times as many read) per warm-up step: about a millisecond on the development machine. */
const WARM_STEP_TERMS = 400;
/** Plans whose matches each corpus keeps (see Entry.plans). */
const PLANS_KEPT = 64;

export class SearchEngine {
  private readonly entries = new Map<string, Entry>();
  private readonly glossary: Glossary;
  private readonly extraVocabulary: string[];
  private readonly scanMaxDocs: number;
  private readonly fingerprint: Fingerprint;
  private readonly checksum?: (bytes: Uint8Array) => number;
  private readonly onRepair?: SearchEngineOptions['onRepair'];
  private expansions?: Expansions;
  /** Segments already verified, by their bytes or source (see `open`). */
  private readonly opened = new WeakMap<Uint8Array | SegmentSource, { key: string; segment: Segment }>();
  private corrector?: NearMissCorrector;
  /** Plans of recent queries (see `planned`); dropped whenever the transcripts change. */
  private plans?: Recent<string, QueryPlan>;
  private personNames?: Set<string>;
  private readonly compiledPlans = new WeakMap<QueryPlan, Array<Omit<PlanMatch, 'combineWith'> | undefined>>();
  /** Highlighting's work on the hits shown lately (highlightMemo.ts). */
  private readonly shown: TextWork;

  constructor(readonly segmenter: Segmenter, opts: SearchEngineOptions = {}) {
    this.glossary = opts.glossary ?? bundledGlossaryValidated().glossary;
    this.extraVocabulary = [...(opts.vocabulary ?? [])];
    this.scanMaxDocs = opts.substringScanMaxDocs ?? SCAN_ALWAYS_MAX_DOCS;
    this.fingerprint = opts.fingerprint ?? FNV_FINGERPRINT;
    this.checksum = opts.checksum;
    this.onRepair = opts.onRepair;
    this.shown = highlightMemo(segmenter);
  }

  /**
   * Runs `work`; when it read a damaged block of a saved segment, rebuilds that corpus's
   * segment (see onRepair) and runs it again, so an answer never comes from damaged bytes.
   */
  private guarded<T>(work: () => T): T {
    for (let repairs = 0; ; repairs++) {
      try {
        return work();
      } catch (err) {
        if (!(err instanceof DamagedSegmentError) || repairs >= this.entries.size) throw err;
        this.repair(err);
      }
    }
  }

  private repair(err: DamagedSegmentError): void {
    const entry = [...this.entries.values()].find((e) => e.segment === err.segment);
    if (!entry) return; // already rebuilt (by an inner pass of the same search)
    this.add(entry.corpus);
    this.onRepair?.(entry.corpus, err.message, this.serializeBinary(entry.corpus.id));
  }

  /**
   * Adds (or replaces) a corpus. A saved segment (`serialize` or `serializeBinary`, or a
   * source of its bytes such as a cache file read on demand) is used only if its key and
   * checksum match; otherwise the segment is built. A source given here belongs to the
   * engine from then on: closed when it is not used, or when the corpus is removed or replaced.
   */
  add(corpus: Corpus, cached?: string | Uint8Array | SegmentSource): AddResult {
    const key = this.keyOf(corpus);
    let segment: Segment | undefined;
    let cacheRejected: string | undefined;
    if (cached !== undefined) {
      const loaded = this.open(cached, key, corpus);
      if (loaded.ok) segment = loaded.segment;
      else {
        cacheRejected = loaded.reason;
        if (isSegmentSource(cached)) cached.close?.();
      }
    }
    const fromCache = segment !== undefined;
    if (!segment) {
      const bytes = buildCorpusSegment(corpus, this.segmenter, key, this.normalizesScan(corpus), this.checksum);
      const opened = loadIndex(bytes, key, documentCount(corpus));
      if (!opened.ok) throw new Error(`the index of ${corpus.file} could not be built: ${opened.reason}`);
      segment = opened.segment;
    }
    const previous = this.entries.get(corpus.id);
    if (previous && previous.segment !== segment) previous.segment.close();
    this.entries.set(corpus.id, { corpus, segment, docs: new SegmentDocs(segment), key });
    this.invalidate();
    return { corpusId: corpus.id, fromCache, cacheRejected };
  }

  /** Whether the substring scanner normalises this corpus's documents (all but very large corpora). */
  normalizesScan(corpus: Corpus): boolean {
    return documentCount(corpus) <= this.scanMaxDocs;
  }

  private keyOf(corpus: Corpus): string {
    return indexKey(this.segmenter, corpus, this.normalizesScan(corpus), this.fingerprint);
  }

  /**
   * Why a saved index (from `serialize`) cannot be used for this corpus with this engine's
   * segmenter, or undefined when its key and checksum are right. Does not load it.
   */
  checkIndex(corpus: Corpus, saved: string | Uint8Array | SegmentSource): string | undefined {
    const loaded = this.open(saved, this.keyOf(corpus), corpus);
    return loaded.ok ? undefined : loaded.reason;
  }

  /** Opens saved bytes once: `checkIndex` then `add` of the same bytes verifies their checksum only once. */
  private open(saved: string | Uint8Array | SegmentSource, key: string, corpus: Corpus): LoadOutcome {
    const known = typeof saved === 'string' ? undefined : this.opened.get(saved);
    if (known && known.key === key) return { ok: true, segment: known.segment };
    const loaded = loadIndex(saved, key, documentCount(corpus));
    if (loaded.ok && typeof saved !== 'string') this.opened.set(saved, { key, segment: loaded.segment });
    return loaded;
  }

  remove(corpusId: string): boolean {
    const entry = this.entries.get(corpusId);
    if (!entry) return false;
    this.entries.delete(corpusId);
    entry.segment.close();
    this.invalidate();
    return true;
  }

  /** Removes every corpus, letting go of the files their segments read (an engine no longer used). */
  close(): void {
    for (const id of [...this.entries.keys()]) this.remove(id);
  }

  corpora(): Corpus[] {
    return [...this.entries.values()].map((e) => e.corpus);
  }

  corpus(id: string): Corpus | undefined {
    return this.entries.get(id)?.corpus;
  }

  /**
   * Whether `corpus` is already indexed as it is: a corpus of its id under the same index key
   * (format, segmenter and dictionary, and the transcript's source fingerprint or documents),
   * so adding it again would change nothing.
   */
  holds(corpus: Corpus): boolean {
    const entry = this.entries.get(corpus.id);
    return entry !== undefined && entry.key === this.keyOf(corpus);
  }

  /** The segment of a corpus as text (base64) for a JSON cache or a message; `add(corpus, text)` takes it back. */
  serialize(corpusId: string): string {
    return toBase64(this.serializeBinary(corpusId));
  }

  /** The segment of a corpus as bytes for a cache file; `add(corpus, bytes)` takes it back. */
  serializeBinary(corpusId: string): Uint8Array {
    const entry = this.entries.get(corpusId);
    if (!entry) throw new Error(`no corpus with id ${corpusId}`);
    return entry.segment.allBytes();
  }

  /**
   * Builds what the first search would otherwise build: the expansion tables, the
   * near-miss vocabulary (substring indexes open on first use). Optional; call it after
   * loading so the first query a person types is as fast as the rest.
   */
  warmUp(): void {
    this.guarded(() => {
      this.getExpansions();
      this.getCorrector().prepare();
    });
  }

  /** Whether the query tables are built: warmUpStep has nothing left to do, and no query builds them. */
  get isWarm(): boolean {
    return this.expansions !== undefined && this.corrector?.prepared === true;
  }

  /**
   * `warmUp` in steps of about a millisecond, for a process that answers queries meanwhile:
   * each call does one step (the expansion tables, then the next WARM_STEP_TERMS words of
   * the near-miss vocabulary: the known words, then the transcripts' words, each transcript's
   * read when reached); true once nothing is left. A query between steps builds whatever it
   * needs itself, and waits for one step at most.
   */
  warmUpStep(): boolean {
    return this.guarded(() => {
      if (!this.expansions) { this.getExpansions(); return false; }
      return this.getCorrector().prepareSome(WARM_STEP_TERMS);
    });
  }

  /** How the engine understands a query (for tests and the UI's "searched for" line). */
  plan(query: string, nearMissMinLength?: number, topicSynonyms = false): QueryPlan {
    return this.guarded(() => this.planOnce(query, nearMissMinLength, topicSynonyms));
  }

  private planOnce(query: string, nearMissMinLength?: number, topicSynonyms = false): QueryPlan {
    return planQuery(query, {
      segmenter: this.segmenter, expansions: this.getExpansions(), corrector: this.getCorrector(), nearMissMinLength, topicSynonyms,
    });
  }

  search(query: string, options: SearchOptions = {}): SearchResult {
    return this.guarded(() => this.searchOnce(query, options));
  }

  /**
   * A plan as searches use it: kept for the last PLANS_KEPT queries until the transcripts
   * change (a plan depends on the query and on the vocabulary, names and topics they give).
   * Callers must not change it; `plan` gives a fresh one.
   */
  private planned(query: string, nearMissMinLength?: number, topicSynonyms = false): QueryPlan {
    // A plan reads the query's first MAX_QUERY_CHARS and its length only: a huge query is not kept whole.
    const key = `${nearMissMinLength ?? ''}|${topicSynonyms ? 1 : 0}|${query.length}|${query.slice(0, MAX_QUERY_CHARS)}`;
    return (this.plans ??= new Recent(PLANS_KEPT)).of(key, () => this.planOnce(query, nearMissMinLength, topicSynonyms));
  }

  private searchOnce(query: string, options: SearchOptions): SearchResult {
    const text = typeof query === 'string' ? query : '';
    let plan = this.planned(text);
    const result: SearchResult = { query, terms: [...plan.terms], results: [] }; // copies: the kept plan stays as it is
    if (plan.note) result.note = plan.note;
    if (plan.groups.length === 0) return result;

    const limit = options.limit && options.limit > 0 ? Math.floor(options.limit) : DEFAULT_LIMIT;
    const entries = [...this.entries.values()].filter((e) => !options.corpora || options.corpora.includes(e.corpus.id));
    const memo: SearchMemo = { groups: new Map(), finds: new Map() };
    let pass = this.run(plan, entries, options, 'AND', memo);
    let partial = false;
    if (pass.count === 0) {
      // Last resort for a query that found nothing: also read two-character near misses (容栽 → 容灾).
      const retry = this.planned(text, 2);
      if (retry.terms.join('|') !== plan.terms.join('|')) {
        const again = this.run(retry, entries, options, 'AND', memo);
        if (again.count > 0) { pass = again; plan = retry; result.terms = [...retry.terms]; }
      }
    }
    if (pass.count > 0 && pass.count < SPARSE) {
      // Few hits: also look for the topic's other signal words (备份 → 灾备, 热备 …), ranked below.
      const wider = this.planned(text, undefined, true);
      if (wider.groups.some((g) => g.related.length > 0)) {
        const more = this.run(wider, entries, options, 'AND', memo);
        if (more.count > pass.count) { pass = more; plan = wider; result.terms = [...wider.terms]; }
      }
    }
    if (pass.count === 0 && plan.groups.length > 1) {
      pass = this.run(plan, entries, options, 'OR', memo);
      partial = true;
    }
    const diversify = !this.namesPerson(plan);
    result.results = rankSorted(chosenHits(pass, partial, limit, diversify), diversify, limit).map((h) => this.toHit(h, plan, partial));
    return result;
  }

  /**
   * Runs every variant of every group on its own, keeps each group's best variant per
   * document, then combines the groups: AND (every group matched) or OR (any; the score
   * scaled by the share of groups matched). See segmentMatch.ts.
   */
  private run(plan: QueryPlan, entries: Entry[], options: SearchOptions, combineWith: 'AND' | 'OR', memo: SearchMemo): Pass {
    const match: PlanMatch = { ...this.compiledFor(plan, !!options.prefix), combineWith };
    const key = JSON.stringify([match.groupKeys, plan.phrase ?? null, combineWith, options.kinds ?? null, options.speakers ?? null, options.topics ?? null]);
    const pass: Pass = { results: [], count: 0 };
    for (const entry of entries) {
      const matches = (entry.plans ??= new Recent(PLANS_KEPT)).of(key, () => this.matchEntry(entry, match, options, memo));
      if (matches.docs.length === 0) continue;
      pass.results.push({ entry, docs: entry.docs, matches });
      pass.count += matches.docs.length;
    }
    return pass;
  }

  /**
   * A plan compiled for matching, with its memo keys: kept with the plan (plans are kept for
   * queries asked again, `planned`), one per prefix setting.
   */
  private compiledFor(plan: QueryPlan, prefix: boolean): Omit<PlanMatch, 'combineWith'> {
    let both = this.compiledPlans.get(plan);
    if (!both) this.compiledPlans.set(plan, (both = []));
    return (both[prefix ? 1 : 0] ??= (() => {
      const compiled = compilePlan(plan, this.segmenter, { prefix });
      const substrings = plan.groups.map(substringTerms);
      const groupKeys = plan.groups.map((_, gi) => JSON.stringify([compiled[gi], substrings[gi]]));
      return { plan, compiled, substrings, groupKeys, variantKeys: compiled.map((variants) => variants.map((v) => queryKey(v.query))) };
    })());
  }

  /** One corpus's matches of a compiled plan: each group matched (once per search), then combined. */
  private matchEntry(entry: Entry, m: PlanMatch, options: SearchOptions, memo: SearchMemo): SegmentMatches {
    const ctx = this.context(entry, options, memo);
    const scanAlways = ctx.net.size <= this.scanMaxDocs;
    let done = memo.groups.get(entry);
    if (!done) memo.groups.set(entry, (done = new Map()));
    const groups = m.plan.groups.map((_, gi) => {
      let g = done!.get(m.groupKeys[gi]);
      if (!g) done!.set(m.groupKeys[gi], (g = matchGroup(ctx, { variants: m.compiled[gi], keys: m.variantKeys[gi], substrings: m.substrings[gi], scanAlways })));
      return g;
    });
    return combineGroups(ctx, groups, m.plan.phrase, scanAlways, m.combineWith);
  }

  /** What matching reads of one corpus during one search: its segment, documents, net, filter and memoised substring look-ups. */
  private context(entry: Entry, options: SearchOptions, memo: SearchMemo): SegmentContext {
    const topicFilter = options.topics ? expandTopics(entry.corpus.topics, options.topics) : undefined;
    const filtering = !!(options.kinds || options.speakers || options.topics);
    const keep = filtering ? (r: StoredFields) =>
      (!options.kinds || options.kinds.includes(r.kind)) &&
      (!options.speakers || (typeof r.who === 'string' && options.speakers.includes(r.who))) &&
      (!topicFilter || (Array.isArray(r.topics) && r.topics.some((t) => topicFilter.has(t)))) : undefined;
    const net = this.scanner(entry);
    let finds = memo.finds.get(net);
    if (!finds) memo.finds.set(net, (finds = new Map()));
    const find = (needle: string): readonly number[] => {
      let found = finds!.get(needle);
      if (!found) finds!.set(needle, (found = net.find(needle)));
      return found;
    };
    return { segment: entry.segment, docs: entry.docs, net, allowed: documentFilter(entry.docs, keep), unfiltered: !keep, find };
  }

  private scanner(entry: Entry): SubstringNet {
    if (!entry.scanner) entry.scanner = new SubstringNet(entry.segment);
    return entry.scanner;
  }

  /** Whether the query names a speaker (by name, alias or romanised name). */
  private namesPerson(plan: QueryPlan): boolean {
    const names = (this.personNames ??= this.collectPersonNames());
    return plan.groups.some((g) => g.source === 'pinyin' || names.has(g.word) || g.alternatives.some((a) => names.has(a)));
  }

  private toHit(h: EngineHit, plan: QueryPlan, partial: boolean): SearchHit {
    const s = h.stored;
    const matched = h.terms();
    const hit: SearchHit = {
      kind: s.kind,
      id: `${h.corpus.id}#${h.localId}`,
      text: s.display,
      speaker: s.who ?? null,
      location: s.location ?? null,
      topics: s.topics ?? [],
      score: Math.round(h.score * 1000) / 1000,
      highlights: computeHighlights(s.display, plan.groups, matched, this.segmenter, this.shown),
      corpus: h.corpus.id,
      event: h.corpus.event?.name ?? '',
      file: h.corpus.file,
    };
    if (partial) hit.partial = true;
    return hit;
  }

  /** Every speaker's name and aliases in the corpora (kept until a corpus is added or removed). */
  private collectPersonNames(): Set<string> {
    const names = new Set<string>();
    for (const { corpus } of this.entries.values()) {
      for (const sp of corpus.speakers) { names.add(sp.name); sp.aliases.forEach((a) => names.add(a)); }
    }
    return names;
  }

  private invalidate(): void {
    this.plans = undefined;
    this.personNames = undefined;
    this.expansions = undefined;
    this.corrector = undefined;
  }

  private getExpansions(): Expansions {
    if (!this.expansions) {
      this.expansions = buildExpansions(this.corpora(), this.glossary, this.extraVocabulary);
    }
    return this.expansions;
  }

  private getCorrector(): NearMissCorrector {
    if (!this.corrector) {
      const entries = [...this.entries.values()];
      const known = this.getExpansions().vocabulary;
      // The transcripts' own words (of 3+ characters) join the vocabulary only when a query's
      // window of 3+ characters is not a known word (each transcript answers that from its
      // sorted word list) or a warm-up step needs them.
      const occurs = (s: string) => entries.some((e) => {
        // Very large transcripts are checked as written (normalising megabytes for one typo is not worth it).
        if (e.normalizedText === undefined) {
          e.normalizedText = e.corpus.text.length > LARGE_TEXT ? e.corpus.text : normalizeText(e.corpus.text);
        }
        return e.normalizedText.includes(s);
      });
      this.corrector = new NearMissCorrector(known, occurs, {
        knows: (w) => known.has(w) || (isTranscriptVocabulary(w) && entries.some((e) => e.segment.hasWord(w))),
        longer: { terms: () => transcriptVocabulary(entries), minLength: CORPUS_WORD_MIN_LENGTH },
      });
    }
    return this.corrector;
  }
}

/** The transcripts' words in the near-miss vocabulary, as a stream (repeats included), each transcript's read from its segment when reached. */
function* transcriptVocabulary(entries: readonly Entry[]): Generator<string> {
  for (const entry of entries) {
    for (const w of wordsOf(entry)) if (isTranscriptVocabulary(w)) yield w;
  }
}

/** Which of a transcript's words join the near-miss vocabulary: with Han, and as long as corpusWords keeps. */
function isTranscriptVocabulary(w: string): boolean {
  return w.length >= CORPUS_WORD_MIN_LENGTH && hasHan(w);
}

/** A transcript's words of 3+ Chinese characters, read from its segment once. */
function wordsOf(entry: Entry): string[] {
  entry.words ??= entry.segment.words();
  return entry.words;
}

/** The given topic ids plus all their descendants. */
function expandTopics(tree: Topic[], ids: string[]): Set<string> {
  const out = new Set(ids);
  const visit = (t: Topic, inside: boolean) => {
    const now = inside || out.has(t.id);
    if (now) out.add(t.id);
    t.children.forEach((c) => visit(c, now));
  };
  tree.forEach((t) => visit(t, false));
  return out;
}
