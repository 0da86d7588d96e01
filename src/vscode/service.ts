/**
 * SummitService: the one place the extension holds the search engine (opened by
 * engineLoader.ts when first needed: activation starts no segmenter). Answers searches and
 * questions, hands the loaded corpora to core's read-models (src/core/read: hit ids, speaker
 * cards, the topic tree), and takes workspace transcripts (addCorpus/removeCorpus). Re-opens the
 * engine when the segmenter setting changes. Errors become one notification and a log line,
 * never a stack trace; a failed load leaves a service that answers with empty results.
 */
import * as vscode from 'vscode';
import type { Corpus, Problem, Speaker, Topic } from '../core/model';
import type { SearchHit, SearchOptions, SearchResult } from '../core/search/types';
import type { CitationFormat } from '../core/cite';
import { logProblems, message, openEngine, type Engine, type Opened } from './engineLoader';
import { answerQuestion } from '../core/qa/answer';
import { answerView, citableId, citeById, resolveHit, type AnswerView, type Resolved } from '../core/read/resolve';
import { findSpeaker, speakerCard, speakerProfile, speakerRow, type SpeakerCard, type SpeakerProfile, type SpeakerRow } from '../core/read/speakers';
import { SpeakerProfileCache } from './profileCache';
import { RetiredEngines } from './retiredEngines';
import { EngineChanges } from './engineChanges';
import { mergedTopics, topicById, topicCounts, topicPassages, topicTree, type TopicNode, type TopicPassages } from '../core/read/topics';

export type { Resolved };

export class SummitService implements vscode.Disposable {
  private engine: Engine | undefined;
  private readonly retired = new RetiredEngines();
  private segmenterIdValue = '';
  /** Undefined until something first needs the engine (activation starts no segmenter). */
  private loading: Promise<void> | undefined;
  private readonly onStart: Array<() => void> = [];
  private generation = 0;
  private readonly extras = new Map<string, Corpus>();
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  private problemList: Problem[] = [];
  private readonly profiles = new SpeakerProfileCache();
  private readonly changes = new EngineChanges(() => this.emitter.fire(), () => this.engine);
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
      if (this.loading && (e.affectsConfiguration('summit.segmenter') || e.affectsConfiguration('summit.corpus.includeBundled'))) {
        void this.reload();
      }
    }));
  }

  /** Resolves once the engine has loaded (or failed to: never rejects); the first call starts the load. */
  get ready(): Promise<void> { return this.loading ?? this.reload(); }

  /** Whether anything has needed the engine yet (false right after activation). */
  get isStarted(): boolean { return this.loading !== undefined; }

  /** Runs `fn` when the engine is first needed (now, if it already is). */
  whenNeeded(fn: () => void): void { if (this.loading) fn(); else this.onStart.push(fn); }

  get isReady(): boolean { return this.engine !== undefined; }

  /** The id of the segmenter the current index was built with (part of every cache key). */
  get segmenterId(): string { return this.segmenterIdValue; }

  /** Problems reported while loading (bundled data and transcripts). */
  get problems(): readonly Problem[] { return this.problemList; }

  /** Loads the engine again, e.g. after the segmenter setting changed. */
  reload(): Promise<void> {
    const first = !this.loading;
    this.loading = this.load();
    if (first) for (const fn of this.onStart.splice(0)) fn();
    return this.loading;
  }

  private async load(): Promise<void> {
    const generation = ++this.generation;
    const current = () => generation === this.generation; // a newer load has started: it wins
    try {
      const opened = await openEngine(this.context.globalStorageUri.fsPath, this.log, current);
      if (current() && opened) this.adopt(opened);
    } catch (err) {
      if (!current()) return;
      this.engine = undefined;
      this.emitter.fire();
      void this.reportError(vscode.l10n.t('Summit Search could not load its index: {0}', message(err)));
    }
  }

  private adopt(opened: Opened): void {
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
    this.retired.retire(this.engine); // its cache files are closed once work begun on it is done
    this.engine = engine;
    this.segmenterIdValue = opened.segmenter.id;
    this.problemList = [...opened.problems];
    logProblems(this.log, opened.problems);
    this.emitter.fire();
    this.changes.replaced();
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

  /** The answer, its evidence carrying passage and quote ids (core's answerView). */
  async ask(question: string): Promise<AnswerView> {
    await this.ready;
    const engine = this.engine;
    const empty: AnswerView = { question, type: 'other', answer: null, confidence: 0, evidence: [], alternatives: [] };
    if (!engine) return empty;
    try {
      return answerView(this.corpora(), answerQuestion(engine, question));
    } catch (err) {
      this.log.error(`question ${JSON.stringify(question.slice(0, 80))} failed: ${message(err)}`);
      return empty;
    }
  }

  /** Every loaded transcript (bundled first, then workspace ones). */
  corpora(): Corpus[] {
    return this.engine ? [...this.engine.corpora()] : [];
  }

  corpus(id: string): Corpus | undefined { return this.engine?.corpus(id); }

  // The read-models below are core's (src/core/read), over the loaded corpora: the CLI calls
  // the same functions.

  resolve(hitId: string): Resolved | undefined { return resolveHit(this.corpora(), hitId); }

  cite(hitId: string, format: CitationFormat): string | undefined {
    return citeById(this.corpora(), hitId, format);
  }

  citableId(hit: SearchHit): string { return citableId(this.corpora(), hit); }

  findSpeaker(nameOrAlias: string, corpusId?: string): { corpus: Corpus; speaker: Speaker } | undefined {
    return findSpeaker(this.corpora(), nameOrAlias, corpusId);
  }

  speakerCard(name: string, corpusId?: string): SpeakerCard | undefined {
    const found = this.findSpeaker(name, corpusId);
    return found ? speakerCard(speakerProfile(found.corpus, found.speaker)) : undefined;
  }

  /** Core's speakerProfiles over the loaded corpora (each corpus's part computed once). */
  speakerProfiles(): SpeakerProfile[] { return this.profiles.profiles(this.corpora()); }

  speakers(): SpeakerRow[] { return this.speakerProfiles().map(speakerRow); }

  topicCounts(): Map<string, number> { return topicCounts(this.corpora()); }

  topics(): Topic[] { return mergedTopics(this.corpora()); }

  topicTree(): TopicNode[] { return topicTree(this.corpora()); }

  findTopic(id: string): Topic | undefined { return topicById(this.corpora(), id); }

  topicPassages(topicId: string, limit = 200): TopicPassages {
    return topicPassages(this.corpora(), topicId, limit);
  }

  // ---------------------------------------------------------------------------------------------
  // Workspace transcripts

  /** Adds (or replaces) a transcript. `cachedIndex` must come from `serialize`/`serializeBinary` under the same segmenterId. */
  async addCorpus(corpus: Corpus, cachedIndex?: string | Uint8Array): Promise<void> {
    await this.ready;
    const engine = this.engine;
    // The same transcript again (a re-index from the cache): keeping the one held spares the host new objects.
    if (engine?.holds(corpus)) return;
    this.extras.set(corpus.id, corpus);
    if (!engine) return;
    try {
      if (engine.corpus(corpus.id)) engine.remove(corpus.id);
      engine.add(corpus, cachedIndex);
    } catch (err) {
      this.log.warn(`indexing ${corpus.file} failed: ${message(err)}`);
      if (cachedIndex === undefined) throw err;
      // A bad cached index is rebuilt, never trusted.
      if (engine.corpus(corpus.id)) engine.remove(corpus.id);
      engine.add(corpus);
    }
    this.changes.changed();
  }

  async removeCorpus(id: string): Promise<void> {
    this.extras.delete(id);
    await this.ready;
    const engine = this.engine;
    if (engine?.corpus(id)) {
      engine.remove(id);
      this.changes.changed();
    }
  }

  /** Whether the engine's query tables are built (a search then builds nothing first; see engineChanges.ts). */
  get isWarm(): boolean { return this.engine?.isWarm ?? false; }

  /** Stops the current engine's segmenter thread, if it has one (nodejieba off the main thread). */
  private releaseSegmenter(): void {
    const old = this.engine?.segmenter as { dispose?: () => Promise<void> } | undefined;
    if (old?.dispose) old.dispose().catch((err) => this.log.warn(`stopping the segmenter failed: ${message(err)}`));
  }

  dispose(): void {
    this.changes.dispose();
    this.releaseSegmenter();
    this.retired.closeAll(this.engine);
    this.generation++;
    for (const d of this.disposables) d.dispose();
  }
}

export { message };
