/**
 * The on-disk index cache for transcripts: one file per transcript, holding the
 * parsed corpus and its serialised search index. An entry is used only when its
 * key matches exactly — file identity (uri or path), size, modification time,
 * content hash, engine id (which includes the dictionary hash) and schema
 * version — and its checksum verifies. Anything else (a JSON error, a truncated
 * file, a stale or mismatched key) is reported as a miss with its reason and the
 * caller rebuilds; a cache entry is never trusted blindly. Writes are atomic
 * (a temporary file renamed over the old one).
 */
import { createHash, randomBytes } from 'crypto';
import * as fs from 'fs';
import { promises as fsp } from 'fs';
import * as path from 'path';
import { lazyCorpus, splitCorpus, type CorpusBody, type CorpusCounts, type CorpusSummary } from '../core/corpus/lazy';
import type { Corpus, Problem } from '../core/model';

/** Bump when the parsers or the cached shape change: older entries are then rebuilt. */
export const CACHE_SCHEMA = 25; // 25: an untitled speaker the host addresses by surname and one title after 请/欢迎/感谢/谢谢 (请司马教授…) holds that title; 24: an organisation joined by 的 to a post of its own (台州医院的院长, …医院的信息中心主任) is the post's organisation; 23: a bare rank after a post (所长、教授) leaves the post the title, in prose and in programme rows alike (one chain reader, posts.ts); a counted title (两名工程师) lists names only as a list; 博士生导师/硕士生导师 titles; 22: a post with its field in brackets before the name (总行政经理（资讯科技）某某); a verb said with 均/都 goes to every person joined in its subject; a bare bracketed photo credit (（某某摄）); a delegation list gives its organisation to the members after the first (…副院长甲、院长助理乙); an office in a byline (责任编辑：宣传科) no person; 护士/护师, 注册, 姑娘/小姐; 21: a Markdown transcript lists the people its prose names with a title or a speech verb beside its headings speakers, and gives an unattributed quote the recogniser's speaker; a joining character before a speech verb (卜家和常说) ends no name; 20: the audience between a speaker and the verb (与与会代表分享了, 为大家讲解了; 给/跟 end a name); no name after a group's title (各位专家); short forms from every post a person is given (…副主任、…组长曹某 is 曹主任); a name + title + speech verb after a company's short name (台湾微软卞某某总经理表示) and the words before a title with no organisation ending as the organisation (云途医疗首席医疗官), not a field's (医疗信息化专家); an organisation right before a name and its verb (…有限公司赵某表示); a subjectless clause's speech verb, or quotation, the sentence subject's (…，并表示，…; …，并说：“…”); 恭贺/称赞/看望… end a name; 期勉「…」/勉励「…」 quoted with no colon; a quotation the known person right after it states a view of (“…”院士某某主张…) is theirs; names listed with 、 after one title share it (副主任委员钱某、蒋某); a subjectless clause goes on with the last clause-opening person, never a reporter; an organisation's bracketed short name (医院管理局（医管局）主席) inside the post phrase, out of the organisation; after a title, 来/都/由/但/那 (like 和/与/及) start a name only where it repeats (由市级专家来读); 党组/党总支… no names; 做 ends a name; 网 of 网络 (部分, 处理 …) ends no organisation; no statement after a verb in a relative clause (谈到的); 介绍说/解释说… one verb; 正如 a lead;  19: the author of a page named alone (or with the date) on the line under its title is a reporter; the head of a place after the place (清河县县长, 河北省副省长) belongs to it; a department before a title takes the words back to the organisation ending (卫健委｜规划信息处处长, 卫生局｜医政处处长), and with no organisation ending before it 信息中心 ends the organisation (金坛市卫生信息中心｜主任); a title word whose 长 starts a place or a word of the name (上海市长宁区, 卫生福利部长期照顾司) does not cut the organisation before a name; giving an account to the meeting (回顾/演示/通报/讲解/解读/宣读/点评), also past the title after the name, makes a speaker; 学系 an organisation ending; 锺 a surname; 18: after a title, a name followed by an unknown two-character verb and 了/过 (教授林某梳理了, 院长高某某剖析了) ends where the verb starts; a speech published on its own (在…上的讲话 title, byline of post and name, bracketed date, 同志们： salutation): the body is the byline speaker's and the byline names a person; 17: bracketed heads of an online interview ([主持人]：, 【王某】 alone on its line) and the outlet as who asks (人民网：); a full name after 的 or a strong name after 和 with a title; one title for one person (张某教授|和…, 卫福|部长|石某); 首席…官 titles; 在现场/在会场 and 今/昨 between a name and its verb; a host joined by 和 to the one who chairs; 在 opening a post phrase; 委员会 in an organisation, none across 了; 傅/萧/丘… surnames; 期勉/勉励/期许; bylines in 〔〕; Taiwan's bracketed day (今（17日）表示) before the verb; a clinical department (急诊科) before a name and its title; circled numbers break a post phrase; a talk with its subject written in (X针对…做了专题汇报) makes a speaker; 由…X教授主持 the host; a married name's second surname a strong one; 作的/做的 end a name; the event's venue before a dressed verb (在厦门隆重召开, 在广州盛大启幕); 对…/向…/代表… run up to the verb; 作出重要指示/指示 speech verbs; 表示 + an attitude (表示热烈欢迎) no statement; talks 以…为题进行了讲述, 从…进行PPT介绍; 走进/来到 a lead before a post phrase; 16: a head alone on its line (…院长柯某：) carries the lines under it, its title line too, even as the only head; 总设计师/总指挥/总建筑师 titles; a byline's padded two-character name (记者：刘 某 胡某某); a head that is only a post (卫生局局长：) or a name and a title (柏某医生：) resolves to its person; the surname alone before a speech verb (范表示); 本月/上月/本周/上周/昨晚/今早 day words; 这是 a lead; the last item of a list before an aside in brackets or the clause's verb (…、余某（从左至右）在…); 新闻发言人 a title; ︰ read as a colon; a head that is a post no one found holds ends the turn before it; two surnames and a given name after a title (林郑某某); 医生/教授 close a list member as an honorific does; 15: the host label before a name in running text (新闻发布会主持人李某) a post that makes the host and yields to the chain's job post, 记者/主任记者 titles of journalists quoted as sources (a byline's role kept when a title also names them), credits glued into captions (新华社记者黄某摄), manner phrases between a name and its verb (激动地说, 开门见山地宣布, 笑着说), 声明/声称/宣称/笑称 speech verbs, 常委会 an organisation ending; 14: a former post (原…) in a title chain yields to the present one, 党组成员 a title, 提倡/主张/坦陈 statement verbs, keyword tags under a report no passages, no byline after 、 without a separator, lists closed by 等 + a group of people, lists around a name vouched for elsewhere, an adverb (常/仍) between a name and its verb, a post in brackets after a name, 记录人 a byline, no particle (了) opening an organisation, what a meeting says or decides (会议决定：一、…) nobody's, 图文 a byline, unnamed answers (A：/答：) the interviewee's, a bar (｜) no part of a head or an organisation, a department kept with its title when no organisation is named (影像科主任, 教务办公室主任); 13: turns as statements, speeches given in full (以下是…发言全文), 指 and 还有/以下是 leads, press conference transcripts (guest rows, heads with the post before the name, reporters' questions), 总统/总理/首相 titles, 并/亦 between subject and verb, 宣示/重申/提及, agency short names (卫福部) no person, 公会/科技… organisation endings; 12: interview turns (吴明贤答（以下简称吴）：…, 吴：…, 问：…) and the paragraphs that continue them; 11: X先生主持 (a form of address before 主持) makes X the host; 10: a line that opens with a person's name and a colon is their turn; a programme line (参与嘉宾：A、B) gives its people their part; a list member closed by 先生和 ends the next one's phrase; 9: a day of the month after a name (邵启明十二日表示), 发现 as a statement verb, 邀集 and 同时也是 as leads, 创投/资本/基金/证券/控股 as organisation endings; 8: a person who acts as a labelled part (作为演讲嘉宾, 担任主持嘉宾) is a speaker or the host; 7: a heading's role label before the name (主讲嘉宾：, 演讲人：, 参与嘉宾：) is read, not kept in the name; 6: ASCII marks used as Chinese punctuation read as such (表示, … 抓手.); 5: summary and body stored apart, the body read lazily; 4: a department word stays in the title (信息科主任)

/** The sub-folder of the cache folder that holds parsed transcripts. */
export const TRANSCRIPTS_DIR = 'transcripts';

/** The key of a transcript's entry (schema filled in). */
export function cacheKey(identity: string, size: number, mtimeMs: number, contentHash: string, engineId: string): CacheKey {
  return { identity, size, mtimeMs, contentHash, engineId, schema: CACHE_SCHEMA };
}

export interface CacheKey {
  /** File identity: a URI string or an absolute path. */
  identity: string;
  size: number;
  mtimeMs: number;
  /** sha256 of the file's bytes (see hashBytes). */
  contentHash: string;
  /** Segmenter id, e.g. "node-rs-jieba@2.0.3+dict:1a2b3c4d" (includes the dictionary hash). */
  engineId: string;
  schema: number;
}

export interface CachedEntry {
  corpus: Corpus;
  /** The serialised search index; absent in entries that hold the parsed transcript only. */
  indexJson?: string;
  /** Encoding the file was decoded with, for the record. */
  encoding?: string;
  /** Warnings found while parsing, shown again on a warm start. */
  problems?: Problem[];
}

export type CacheRead = { hit: true; entry: CachedEntry } | { hit: false; reason: string };

/** One part of an entry after the header line: its length in bytes and sha256. */
interface Part { length: number; checksum: string }

interface Header {
  schema: number;
  key: CacheKey;
  /** When the entry was written (ms since the epoch), for trusting a file's size and time (see `trusted`). */
  writtenAt: number;
  /** The summary JSON (the corpus without its body, the index, encoding and problems) that follows the header line. */
  summary: Part;
  /** The body JSON (text, sections, passages, quotes, statements) that follows the summary. */
  body: Part;
}

interface Summary extends Omit<CachedEntry, 'corpus'> {
  corpus: CorpusSummary;
  counts: CorpusCounts;
}

/** Bytes read at first: the header line and, for most transcripts, the whole summary. */
const FIRST_READ = 64 * 1024;
/** A file changed this close to (or after) the entry was written may have changed again within the same clock tick. */
const RACY_MS = 2000;

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function sameKey(a: CacheKey, b: CacheKey): string | undefined {
  for (const k of ['schema', 'identity', 'size', 'mtimeMs', 'contentHash', 'engineId'] as const) {
    if (a[k] !== b[k]) return `${k} differs`;
  }
  return undefined;
}

function validPart(p: unknown): p is Part {
  return !!p && typeof p === 'object' && Number.isSafeInteger((p as Part).length) && (p as Part).length >= 0 && typeof (p as Part).checksum === 'string';
}

/** Why a cached summary cannot be used, or undefined. */
function summaryProblem(s: Summary): string | undefined {
  if (!s || typeof s !== 'object' || !s.corpus || typeof s.corpus.id !== 'string' || !Array.isArray(s.corpus.speakers) || !s.counts) return 'cache entry is incomplete';
  if (s.indexJson !== undefined && typeof s.indexJson !== 'string') return 'cache entry is incomplete';
  return undefined;
}

/**
 * The on-disk entries, one file per transcript: a header line (schema, key, time written, and
 * length and sha256 of each part), the summary JSON, then the body JSON. Opening an entry
 * reads the header and the summary only; the body is read, checked and parsed the first time
 * something reads the corpus's passages or text (see core/corpus/lazy.ts). A body found
 * damaged then is replaced by `fallback()` (the transcript parsed again) and never used.
 */
export class IndexCache {
  /** Headers `trusted` read, for the `read` that follows (each file's first bytes are read once). */
  private readonly headers = new Map<string, Header & { at: number; first: Buffer }>();

  constructor(readonly dir: string) {}

  /** The cache file of a transcript (named by a hash of its identity). */
  fileFor(identity: string): string {
    return path.join(this.dir, `${createHash('sha256').update(identity).digest('hex').slice(0, 24)}.json`);
  }

  /**
   * The content hash the entry for `identity` recorded, when the file's size and modification
   * time are the ones recorded and the entry was written well after that modification (the
   * rule git uses for its index): then the file need not be read to know its hash.
   */
  async trusted(identity: string, size: number, mtimeMs: number): Promise<string | undefined> {
    const file = this.fileFor(identity);
    const head = await this.header(file).catch(() => undefined);
    if (!head || typeof head === 'string' || head.key.identity !== identity) return undefined;
    if (head.key.size !== size || head.key.mtimeMs !== mtimeMs || !(mtimeMs < head.writtenAt - RACY_MS)) return undefined;
    if (typeof head.key.contentHash !== 'string') return undefined;
    this.headers.set(file, head);
    return head.key.contentHash;
  }

  async read(key: CacheKey, fallback?: () => CorpusBody): Promise<CacheRead> {
    const file = this.fileFor(key.identity);
    let head: (Header & { at: number; first: Buffer }) | string;
    const known = this.headers.get(file);
    this.headers.delete(file);
    try {
      head = known ?? await this.header(file);
    } catch {
      return { hit: false, reason: 'not cached' };
    }
    if (typeof head === 'string') return { hit: false, reason: head };
    const mismatch = sameKey(head.key, key);
    if (mismatch) return { hit: false, reason: `stale cache: ${mismatch}` };
    const summaryBytes = await readRange(file, head.first, head.at, head.summary.length);
    if (!summaryBytes) return { hit: false, reason: 'cache file is damaged (truncated)' };
    if (hashBytes(summaryBytes) !== head.summary.checksum) return { hit: false, reason: 'cache file is damaged (checksum mismatch)' };
    let summary: Summary;
    try { summary = JSON.parse(summaryBytes.toString('utf8')) as Summary; } catch { return { hit: false, reason: 'cache entry is damaged' }; }
    const incomplete = summaryProblem(summary);
    if (incomplete) return { hit: false, reason: incomplete };
    const bodyAt = head.at + head.summary.length;
    const body = head.body;
    const corpus = lazyCorpus(summary.corpus, summary.counts, () => readBody(file, bodyAt, body) ?? fallback?.() ?? emptyBody());
    return { hit: true, entry: { corpus, indexJson: summary.indexJson, encoding: summary.encoding, problems: summary.problems } };
  }

  /** The header line of an entry, or why it is unusable; throws when the file cannot be read. */
  private async header(file: string): Promise<(Header & { at: number; first: Buffer }) | string> {
    const handle = await fsp.open(file, 'r');
    let first: Buffer;
    let size: number;
    try {
      size = (await handle.stat()).size;
      const buf = Buffer.alloc(FIRST_READ);
      const { bytesRead } = await handle.read(buf, 0, FIRST_READ, 0);
      first = buf.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
    const nl = first.indexOf(0x0a);
    let head: Header;
    try {
      head = JSON.parse(first.subarray(0, nl < 0 ? first.length : nl).toString('utf8')) as Header;
    } catch {
      return 'cache file is damaged (no valid header, maybe truncated or an older format)';
    }
    if (!head || typeof head !== 'object' || !head.key || typeof head.key !== 'object') return 'cache file has an unknown shape';
    if (head.schema !== CACHE_SCHEMA) return `cache schema ${head.schema} is not ${CACHE_SCHEMA}`;
    if (!validPart(head.summary) || !validPart(head.body) || typeof head.writtenAt !== 'number') return 'cache file has an unknown shape';
    if (size !== nl + 1 + head.summary.length + head.body.length) return 'cache file is damaged (truncated or extended)';
    return { ...head, at: nl + 1, first };
  }

  /**
   * Writes atomically: a temporary file in the same folder, then a rename over the old entry.
   * The file is a header line, the summary JSON and the body JSON (see the class comment).
   */
  async write(key: CacheKey, entry: CachedEntry): Promise<void> {
    await this.writeParts(key, serializeEntry(entry));
  }

  /**
   * Writes an entry serialised beforehand (by `serializeEntry`, maybe on another thread), as
   * `write` does. Gives a reader of the body just written (checked as a warm start checks it;
   * undefined when the file no longer holds it), so the bytes need not stay in memory.
   */
  async writeParts(key: CacheKey, parts: EntryParts): Promise<() => CorpusBody | undefined> {
    await fsp.mkdir(this.dir, { recursive: true });
    const head: Header = {
      schema: CACHE_SCHEMA, key, writtenAt: Date.now(),
      summary: { length: parts.summary.length, checksum: parts.summaryChecksum },
      body: { length: parts.body.length, checksum: parts.bodyChecksum },
    };
    const target = this.fileFor(key.identity);
    const temp = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    const headLine = Buffer.from(`${JSON.stringify(head)}\n`, 'utf8');
    try {
      await fsp.writeFile(temp, Buffer.concat([headLine, parts.summary, parts.body]));
      await fsp.rename(temp, target);
    } catch (err) {
      await fsp.rm(temp, { force: true }).catch(() => undefined);
      throw err;
    }
    const bodyAt = headLine.length + parts.summary.length;
    return () => readBody(target, bodyAt, head.body);
  }

  async delete(identity: string): Promise<void> {
    await fsp.rm(this.fileFor(identity), { force: true });
  }
}

/** An entry's summary and body JSON as bytes, with their sha256: everything of the file but its header line. */
export interface EntryParts {
  summary: Uint8Array;
  body: Uint8Array;
  summaryChecksum: string;
  bodyChecksum: string;
}

/**
 * The bytes of an entry's summary and body (the costly part of a write: the JSON and the
 * hashes), so that a worker which parsed the transcript can make them and the writer only
 * adds the header (with the key and the time written) and saves them.
 */
export function serializeEntry(entry: CachedEntry): EntryParts {
  const { summary, body, counts } = splitCorpus(entry.corpus);
  const summaryBytes = Buffer.from(JSON.stringify({ ...entry, corpus: summary, counts }), 'utf8');
  const bodyBytes = Buffer.from(JSON.stringify(body), 'utf8');
  return { summary: summaryBytes, body: bodyBytes, summaryChecksum: hashBytes(summaryBytes), bodyChecksum: hashBytes(bodyBytes) };
}

/** `length` bytes at `at`: from the first read when it holds them, else read from the file; undefined when the file is shorter. */
async function readRange(file: string, first: Buffer, at: number, length: number): Promise<Buffer | undefined> {
  if (at + length <= first.length) return first.subarray(at, at + length);
  const handle = await fsp.open(file, 'r');
  try {
    const buf = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buf, 0, length, at);
    return bytesRead === length ? buf : undefined;
  } finally {
    await handle.close();
  }
}

/** The body of an entry, read synchronously (a corpus's fields are read synchronously); undefined when missing or damaged. */
function readBody(file: string, at: number, part: Part): CorpusBody | undefined {
  try {
    const fd = fs.openSync(file, 'r');
    let buf: Buffer;
    try {
      buf = Buffer.alloc(part.length);
      if (fs.readSync(fd, buf, 0, part.length, at) !== part.length) return undefined;
    } finally {
      fs.closeSync(fd);
    }
    if (hashBytes(buf) !== part.checksum) return undefined;
    const body = JSON.parse(buf.toString('utf8')) as CorpusBody;
    return body && typeof body.text === 'string' && Array.isArray(body.passages) ? body : undefined;
  } catch {
    return undefined;
  }
}

function emptyBody(): CorpusBody {
  return { text: '', sections: [], passages: [], quotes: [], statements: [] };
}
