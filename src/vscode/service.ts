/**
 * SummitService: the one place the extension holds the search engine. Loads it through
 * openSummit (the loader the CLI uses too), answers searches and questions, resolves hit ids,
 * builds speaker cards and topic counts, and takes workspace transcripts from the
 * workspace-transcripts part (addCorpus/removeCorpus). Re-creates the engine when the
 * segmenter setting changes. Errors become one notification and a log line, never a stack
 * trace in the user's face; a failed load leaves a service that answers with empty results.
 */
import * as vscode from 'vscode';
import type { Corpus, Passage, Problem, Quote, Speaker, Topic } from '../core/model';
import type { SearchHit, SearchOptions, SearchResult } from '../core/search/types';
import type { Answer } from '../core/qa/types';
import type { SpeakerCard, SpeakerSummary, TopicNode, TopicPassages } from '../protocol';
import { formatCitation, quoteCovering, type CitationFormat } from '../core/cite';
import { openSummit } from '../node/summit';
import { answerQuestion } from '../core/qa/answer';
import { passageHit, quoteHit, splitHitId } from './hits';

type Engine = Awaited<ReturnType<typeof openSummit>>['engine'];

export interface Resolved {
  corpus: Corpus;
  passage?: Passage;
  quote?: Quote;
  speaker?: Speaker;
}

export type SegmenterId = 'node-rs-jieba' | 'nodejieba';
const DEFAULT_SEGMENTER: SegmenterId = 'node-rs-jieba';

export class SummitService implements vscode.Disposable {
  private engine: Engine | undefined;
  private segmenterIdValue = '';
  private loading: Promise<void>;
  private generation = 0;
  private readonly extras = new Map<string, Corpus>();
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  private problemList: Problem[] = [];
  /** Fires after the engine is (re)loaded and whenever a transcript is added or removed. */
  readonly onDidChange = this.emitter.event;
  readonly log: vscode.LogOutputChannel;

  static create(context: vscode.ExtensionContext): SummitService {
    const service = new SummitService(context);
    context.subscriptions.push(service);
    return service;
  }

  private constructor(private readonly context: vscode.ExtensionContext) {
    this.log = vscode.window.createOutputChannel('Summit Search', { log: true });
    this.disposables.push(this.log, this.emitter);
    this.disposables.push(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('summit.segmenter') || e.affectsConfiguration('summit.corpus.includeBundled')) {
        void this.reload();
      }
    }));
    this.loading = this.load();
  }

  /** Resolves once the current engine has loaded (or failed to: it never rejects). */
  get ready(): Promise<void> {
    return this.loading;
  }

  get isReady(): boolean {
    return this.engine !== undefined;
  }

  /** The id of the segmenter the current index was built with (part of every cache key). */
  get segmenterId(): string {
    return this.segmenterIdValue;
  }

  /** Problems reported while loading (bundled data and transcripts). */
  get problems(): readonly Problem[] {
    return this.problemList;
  }

  /** Loads the engine again, e.g. after the segmenter setting changed. */
  reload(): Promise<void> {
    this.loading = this.load();
    return this.loading;
  }

  private configuredSegmenter(): SegmenterId {
    const value = vscode.workspace.getConfiguration('summit').get<string>('segmenter', DEFAULT_SEGMENTER);
    return value === 'nodejieba' ? 'nodejieba' : DEFAULT_SEGMENTER;
  }

  private async load(): Promise<void> {
    const generation = ++this.generation;
    const wanted = this.configuredSegmenter();
    const bundled = vscode.workspace.getConfiguration('summit').get<boolean>('corpus.includeBundled', true);
    try {
      const opened = await this.open(wanted, bundled);
      if (generation !== this.generation) return; // a newer load has started; it wins
      this.adopt(opened);
    } catch (err) {
      if (generation !== this.generation) return;
      this.log.error(`loading the ${wanted} engine failed: ${message(err)}`);
      let failure = err;
      if (wanted !== DEFAULT_SEGMENTER) {
        void vscode.window.showWarningMessage(vscode.l10n.t(
          'The segmenter "{0}" could not be loaded ({1}). Summit Search uses {2} instead.', wanted, message(err), DEFAULT_SEGMENTER));
        try {
          const opened = await this.open(DEFAULT_SEGMENTER, bundled);
          if (generation !== this.generation) return;
          this.adopt(opened);
          return;
        } catch (again) {
          this.log.error(`loading the ${DEFAULT_SEGMENTER} engine failed too: ${message(again)}`);
          failure = again;
        }
      }
      this.engine = undefined;
      this.emitter.fire();
      void this.reportError(vscode.l10n.t('Summit Search could not load its index: {0}', message(failure)));
    }
  }

  private async open(segmenter: SegmenterId, bundled: boolean) {
    const started = Date.now();
    // nodejieba blocks for seconds while it loads: it starts on a worker thread instead.
    const run = () => openSummit({ segmenter, bundled, cacheDir: this.context.globalStorageUri.fsPath, segmenterOffThread: true });
    let opened: Awaited<ReturnType<typeof openSummit>>;
    if (segmenter === 'nodejieba') {
      // nodejieba takes about 3 s to read its dictionaries (on its own thread): say so meanwhile.
      opened = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Summit: loading the nodejieba segmenter…') },
        () => new Promise<Awaited<ReturnType<typeof openSummit>>>((resolve, reject) => {
          setTimeout(() => { run().then(resolve, reject); }, 50);
        }),
      );
    } else {
      opened = await run();
    }
    this.log.info(`engine ${opened.segmenter.id} loaded ${opened.corpora.length} transcript(s) in ${Date.now() - started} ms`);
    return opened;
  }

  private adopt(opened: Awaited<ReturnType<typeof openSummit>>): void {
    const engine = opened.engine;
    // Workspace transcripts added to the previous engine go into the new one (re-indexed: the
    // old cached index belongs to the old segmenter).
    for (const corpus of this.extras.values()) {
      try {
        engine.add(corpus);
      } catch (err) {
        this.log.warn(`re-indexing ${corpus.file} failed: ${message(err)}`);
      }
    }
    this.releaseSegmenter();
    this.engine = engine;
    this.segmenterIdValue = opened.segmenter.id;
    this.problemList = [...opened.problems];
    for (const p of opened.problems) {
      const where = [p.file, p.line, p.field].filter((x) => x !== undefined).join(':');
      const line = `${where ? `${where}: ` : ''}${p.message}`;
      if (p.severity === 'error') this.log.error(line); else if (p.severity === 'warning') this.log.warn(line); else this.log.info(line);
    }
    this.emitter.fire();
  }

  private async reportError(text: string): Promise<void> {
    const show = vscode.l10n.t('Show Log');
    const choice = await vscode.window.showErrorMessage(text, show);
    if (choice === show) this.log.show(true);
  }

  // ---------------------------------------------------------------------------------------------
  // Queries

  async search(query: string, options?: SearchOptions): Promise<SearchResult> {
    await this.ready;
    const engine = this.engine;
    if (!engine) return { query, terms: [], results: [], note: vscode.l10n.t('The search index is not available; see the Summit Search log.') };
    try {
      return engine.search(query, options);
    } catch (err) {
      this.log.error(`search for ${JSON.stringify(query.slice(0, 80))} failed: ${message(err)}`);
      return { query, terms: [], results: [], note: vscode.l10n.t('The search failed: {0}', message(err)) };
    }
  }

  async ask(question: string): Promise<Answer> {
    await this.ready;
    const engine = this.engine;
    const empty: Answer = { question, type: 'other', answer: null, confidence: 0, evidence: [], alternatives: [] };
    if (!engine) return empty;
    try {
      return answerQuestion(engine, question);
    } catch (err) {
      this.log.error(`question ${JSON.stringify(question.slice(0, 80))} failed: ${message(err)}`);
      return empty;
    }
  }

  /** Every loaded transcript (bundled first, then workspace ones). */
  corpora(): Corpus[] {
    return this.engine ? [...this.engine.corpora()] : [];
  }

  corpus(id: string): Corpus | undefined {
    return this.engine?.corpus(id);
  }

  /** `${corpusId}#${localId}` → the record it names, or undefined. */
  resolve(hitId: string): Resolved | undefined {
    const parts = splitHitId(hitId);
    if (!parts) return undefined;
    const corpus = this.corpus(parts.corpus);
    if (!corpus) return undefined;
    const { local } = parts;
    if (local.startsWith('speaker:')) {
      const speaker = corpus.speakers.find((s) => s.name === local.slice('speaker:'.length));
      return speaker ? { corpus, speaker } : undefined;
    }
    const quote = corpus.quotes.find((q) => q.id === local);
    if (quote) {
      return { corpus, quote, passage: corpus.passages.find((p) => p.id === quote.passage), speaker: findSpeaker(corpus, quote.speaker) };
    }
    const passage = corpus.passages.find((p) => p.id === local);
    if (passage) return { corpus, passage, speaker: findSpeaker(corpus, passage.speaker) };
    return undefined;
  }

  /** The citation of a hit id in a format, or undefined when the id names nothing. */
  cite(hitId: string, format: CitationFormat): string | undefined {
    const r = this.resolve(hitId);
    if (!r) return undefined;
    const target = r.quote ?? r.passage ?? r.speaker;
    return target ? formatCitation(target, r.corpus, format) : undefined;
  }

  /**
   * The id to cite for a search hit: a sentence whose matched words all lie inside one of its
   * quotes is cited as that quote (the speaker's words without the reporter's frame).
   */
  citableId(hit: SearchHit): string {
    if (hit.kind !== 'passage') return hit.id;
    const r = this.resolve(hit.id);
    const quote = r?.passage ? quoteCovering(r.corpus, r.passage, hit.highlights) : undefined;
    return quote ? `${r!.corpus.id}#${quote.id}` : hit.id;
  }

  /** Finds a speaker by name or alias, in one corpus or the first that knows them. */
  findSpeaker(nameOrAlias: string, corpusId?: string): { corpus: Corpus; speaker: Speaker } | undefined {
    const corpora = corpusId ? this.corpora().filter((c) => c.id === corpusId) : this.corpora();
    for (const corpus of corpora) {
      const speaker = corpus.speakers.find((s) => s.name === nameOrAlias) ?? corpus.speakers.find((s) => s.aliases.includes(nameOrAlias));
      if (speaker) return { corpus, speaker };
    }
    return undefined;
  }

  speakerCard(name: string, corpusId?: string): SpeakerCard | undefined {
    const found = this.findSpeaker(name, corpusId);
    if (!found) return undefined;
    const { corpus, speaker } = found;
    const quotes = corpus.quotes.filter((q) => q.speaker === speaker.name);
    const tally = new Map<string, number>();
    for (const rec of [...quotes, ...corpus.passages.filter((p) => p.speaker === speaker.name)]) {
      for (const t of rec.topics) tally.set(t, (tally.get(t) ?? 0) + 1);
    }
    const topics = [...tally.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t);
    return {
      name: speaker.name,
      title: speaker.title,
      organization: speaker.organization,
      role: speaker.role,
      aliases: [...speaker.aliases],
      corpus: corpus.id,
      event: corpus.event.name,
      topics,
      quotes: quotes.map((q) => quoteHit(corpus, q)),
    };
  }

  /** Everyone in every transcript, with their number of quotes. */
  speakers(): SpeakerSummary[] {
    const out: SpeakerSummary[] = [];
    for (const corpus of this.corpora()) {
      for (const s of corpus.speakers) {
        out.push({
          name: s.name, title: s.title, organization: s.organization, role: s.role, corpus: corpus.id,
          quotes: corpus.quotes.filter((q) => q.speaker === s.name).length,
        });
      }
    }
    return out;
  }

  /** Passages tagged with each topic id (a parent's count includes its children's passages). */
  topicCounts(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const corpus of this.corpora()) {
      for (const p of corpus.passages) {
        for (const t of new Set(p.topics)) counts[t] = (counts[t] ?? 0) + 1;
      }
    }
    return counts;
  }

  /** The topic tree of all transcripts (merged by id; the bundled tree first). */
  topics(): Topic[] {
    const merged: Topic[] = [];
    const seen = new Set<string>();
    const visit = (list: Topic[], into: Topic[]) => {
      for (const t of list) {
        if (seen.has(t.id)) continue;
        seen.add(t.id);
        const copy: Topic = { ...t, children: [] };
        into.push(copy);
        visit(t.children, copy.children);
      }
    };
    for (const corpus of this.corpora()) visit(corpus.topics, merged);
    return merged;
  }

  /** The topic tree with passage counts, as the sidebar shows it. */
  topicTree(): TopicNode[] {
    const counts = this.topicCounts();
    const toNode = (t: Topic): TopicNode => ({ id: t.id, label: { ...t.label }, count: counts[t.id] ?? 0, children: t.children.map(toNode) });
    return this.topics().map(toNode);
  }

  findTopic(id: string): Topic | undefined {
    const walk = (list: Topic[]): Topic | undefined => {
      for (const t of list) {
        if (t.id === id) return t;
        const inner = walk(t.children);
        if (inner) return inner;
      }
      return undefined;
    };
    return walk(this.topics());
  }

  /** The passages tagged with a topic, in transcript order, at most `limit`. */
  topicPassages(topicId: string, limit = 200): TopicPassages {
    const passages = [];
    let total = 0;
    for (const corpus of this.corpora()) {
      for (const p of corpus.passages) {
        if (!p.topics.includes(topicId)) continue;
        total++;
        if (passages.length < limit) passages.push(passageHit(corpus, p));
      }
    }
    return { topicId, passages, total };
  }

  // ---------------------------------------------------------------------------------------------
  // Workspace transcripts

  /** Adds (or replaces) a transcript. `cachedIndexJson` must come from `serialize` under the same segmenterId. */
  async addCorpus(corpus: Corpus, cachedIndexJson?: string): Promise<void> {
    this.extras.set(corpus.id, corpus);
    await this.ready;
    const engine = this.engine;
    if (!engine) return;
    try {
      if (engine.corpus(corpus.id)) engine.remove(corpus.id);
      engine.add(corpus, cachedIndexJson);
    } catch (err) {
      this.log.warn(`indexing ${corpus.file} failed: ${message(err)}`);
      if (cachedIndexJson === undefined) throw err;
      // A bad cached index is rebuilt, never trusted.
      if (engine.corpus(corpus.id)) engine.remove(corpus.id);
      engine.add(corpus);
    }
    this.emitter.fire();
  }

  async removeCorpus(id: string): Promise<void> {
    this.extras.delete(id);
    await this.ready;
    const engine = this.engine;
    if (engine?.corpus(id)) {
      engine.remove(id);
      this.emitter.fire();
    }
  }

  /** The serialised index of a transcript, for a cache (valid for `segmenterId` only). */
  serialize(corpusId: string): string | undefined {
    try {
      return this.engine?.serialize(corpusId);
    } catch (err) {
      this.log.warn(`serialising ${corpusId} failed: ${message(err)}`);
      return undefined;
    }
  }

  /** Stops the current engine's segmenter thread, if it has one (nodejieba off the main thread). */
  private releaseSegmenter(): void {
    const old = this.engine?.segmenter as { dispose?: () => Promise<void> } | undefined;
    if (old?.dispose) old.dispose().catch((err) => this.log.warn(`stopping the segmenter failed: ${message(err)}`));
  }

  dispose(): void {
    this.releaseSegmenter();
    this.generation++;
    for (const d of this.disposables) d.dispose();
  }
}

function findSpeaker(corpus: Corpus, name: string | null): Speaker | undefined {
  return name ? corpus.speakers.find((s) => s.name === name) : undefined;
}

/** One line of text for any thrown value (never a stack trace). */
export function message(err: unknown): string {
  if (err instanceof Error) return err.message.split('\n')[0];
  return String(err).split('\n')[0];
}
