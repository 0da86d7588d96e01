/**
 * The summit as data: what a parsed transcript gives to search, answers and citations.
 *
 * Positions: `offset` and `length` are UTF-16 code units into `Corpus.text` (so
 * `corpus.text.slice(offset, offset + length)` is the span itself); `line` and
 * `column` are 1-based, as an editor shows them (column counted in code units).
 */

/** Where a span sits in its transcript. */
export interface Location {
  /** 1-based line number. */
  line: number;
  /** 1-based column (UTF-16 code units). */
  column: number;
  /** 0-based offset into the transcript text. */
  offset: number;
  /** Length of the span in UTF-16 code units. */
  length: number;
}

/**
 * How a person takes part in the record: gave a talk or made a statement (`speaker`), chaired
 * (`host`), sat on the panel (`panelist`), is only named by others (`mentioned`), or wrote,
 * edited or photographed the report (`reporter`; never a speaker).
 */
export type Role = 'speaker' | 'host' | 'panelist' | 'mentioned' | 'reporter';

/** Every role, in display order. The one list other layers (schemas, protocol, CLI) derive from. */
export const ROLES: readonly Role[] = ['speaker', 'host', 'panelist', 'mentioned', 'reporter'];

/** A person of the event, as parsed from the text and enriched by `speakers.json`. */
export interface Speaker {
  /** The name as written in the transcript, e.g. 谢桦. Unique within a corpus. */
  name: string;
  /** Job title, e.g. 信息中心主任. */
  title: string;
  /** Organisation, e.g. 上海市卫计委. */
  organization: string;
  role: Role;
  /** Other ways the text names the person: 王主任, 黄主任, … */
  aliases: string[];
  /** Pinyin of the name without tones, space-separated syllables, e.g. "xie hua". */
  pinyin: string;
  /** English rendering of title and organisation, when curated. */
  en?: { name?: string; title?: string; organization?: string };
}

/** What an event is, for citations and display. */
export interface EventInfo {
  /** e.g. 2017中国医疗云技术领袖峰会 */
  name: string;
  /** English name, when known. */
  nameEn?: string;
  /** ISO date, e.g. 2017-04-22. */
  date: string;
  /** e.g. 上海齐鲁万怡大酒店 */
  venue: string;
  /** City, e.g. 上海. */
  city?: string;
  organizers: string[];
  /** Publisher of the report the transcript comes from (for citations), e.g. 中国数字医疗网（HC3i）. */
  publisher?: string;
  language?: string;
}

/** A stretch of the transcript about one subject: the intro, one speaker's part, the panel. */
export interface Section {
  index: number;
  kind: 'intro' | 'speaker' | 'panel';
  /** The speaker's name the section is about, or null for the intro and the panel. */
  subject: string | null;
  location: Location;
}

/** One sentence of the transcript: the unit of search and of evidence. */
export interface Passage {
  /** Stable within a corpus: `p` + running number, e.g. p12. */
  id: string;
  text: string;
  /** Name of the person who said it or whom it is about; null when neither is known. */
  speaker: string | null;
  /** Index into `Corpus.sections`. */
  section: number;
  location: Location;
  /** Topic ids whose signal words occur in the passage (leaf and parent ids). */
  topics: string[];
}

/**
 * Speech attributed to a person, direct (a Quote) or reported (a Statement): the span of what
 * was said, who said it and the verb that introduced it; `text` is exactly
 * `corpus.text.slice(location.offset, location.offset + location.length)`.
 */
export interface Speech {
  /** Stable within a corpus: `q` + running number for quotes, `s` + running number for statements. */
  id: string;
  /** What was said: the words inside the quotation marks, or the reported content. */
  text: string;
  /** The speaker's name, or null when it cannot be told. */
  speaker: string | null;
  /** The verb that introduced it: 说道, 分享到, 强调 (quotes); 表示, 指出, 认为, 介绍 (statements) … */
  verb: string;
  location: Location;
  /** Id of the passage that contains the span's start. */
  passage: string;
  topics: string[];
}

/** Direct speech attributed to a person: the words inside “…”, 「…」 or 『…』. */
export type Quote = Speech;

/**
 * What a person said in the reporter's words, without quotation marks: X表示，…；X指出…；
 * 据X介绍，…  The span is the reported content (after the verb and its comma), within one passage.
 */
export type Statement = Speech;

/** A node of the topic tree. */
export interface Topic {
  /** Stable kebab-case id, e.g. hybrid-cloud. */
  id: string;
  label: { zh: string; en: string };
  /** Words that signal the topic in Chinese text (also used as search synonyms). */
  keywords: string[];
  /** English words and phrases that mean the topic, for English queries. */
  keywordsEn?: string[];
  children: Topic[];
}

/** A whole parsed transcript. */
export interface Corpus {
  /** Stable id of the source, e.g. "bundled:summit-2017" or a workspace-relative path. */
  id: string;
  /** File name or path shown to the user and used in citations. */
  file: string;
  /** The transcript text exactly as decoded (offsets point into it). */
  text: string;
  event: EventInfo;
  speakers: Speaker[];
  sections: Section[];
  passages: Passage[];
  quotes: Quote[];
  /** Reported speech without quotation marks; empty where the parser finds none. */
  statements: Statement[];
  /** The topic tree the passages were tagged with. */
  topics: Topic[];
  /**
   * What the documents were made from: the same fingerprint means the same parsed content
   * (a hash of the source bytes, the parser's version and the curated data it used). Set by
   * the loaders that read files; an index is then keyed by it instead of by hashing every
   * document again. Absent for corpora built in memory.
   */
  fingerprint?: string;
}

/** A problem found while reading a transcript or a data file; never thrown at the user as a stack trace. */
export interface Problem {
  severity: 'error' | 'warning' | 'info';
  message: string;
  /** File the problem is in. */
  file?: string;
  /** 1-based line, when known. */
  line?: number;
  /** JSON field path, for data files, e.g. speakers[3].role. */
  field?: string;
}
