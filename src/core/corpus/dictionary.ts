/**
 * The jieba user dictionary of a corpus, generated from its speakers and topics (never kept by
 * hand): one "word freq tag" line per name, alias, organisation, title, topic signal word and
 * domain term. corpus/userdict.txt is this function's output for the bundled corpus
 * (scripts/gen-dict.mjs writes it; a unit test checks it is current).
 */
import type { Speaker, Topic } from '../model';
import { fnv1a } from './hash';
import { ORG_LEGAL_FORMS, ORG_PLACE_PREFIXES } from '../lang/zh';

export interface UserDictionary {
  /** The dictionary file's contents: "word freq tag" lines, newline-terminated. */
  text: string;
  /** FNV-1a hex of `text`: changes whenever the dictionary does (for index caches). */
  hash: string;
  /** The words, in file order. */
  words: string[];
}

/** Frequencies high enough that jieba keeps these words whole. */
const FREQ = { name: 50000, alias: 30000, org: 20000, title: 10000, topic: 20000, term: 20000 };
/** What jieba can hold as one token: Han, Latin letters, digits and + # & . _ % - (no spaces, no brackets). */
const TOKEN = /^[\u3400-\u9fffA-Za-z0-9+#&._%-]{2,}$/;
/** Leading place names and trailing legal forms an organisation is also called without. */
const PLACE = new RegExp(`^(${ORG_PLACE_PREFIXES.join('|')})(市)?`);
const LEGAL = new RegExp(`(（[^）]*）)?(${ORG_LEGAL_FORMS.join('|')})$`);

/** An organisation's name and the shorter names it goes by (英特尔（中国）有限公司 → 英特尔; 上海英方软件 → 英方软件). */
export function organizationForms(org: string): string[] {
  const forms = new Set<string>();
  for (const part of org.split(/[（）()]/)) if (part) forms.add(part);
  forms.add(org.replace(/（[^）]*）|\([^)]*\)/g, ''));
  for (const f of [...forms]) {
    const bare = f.replace(LEGAL, '');
    if (bare.length >= 2) forms.add(bare);
    const local = f.replace(PLACE, '');
    if (local.length >= 2) forms.add(local);
    const both = bare.replace(PLACE, '');
    if (both.length >= 2) forms.add(both);
  }
  return [...forms].filter((f) => f.length >= 2);
}

function walk(topics: Topic[], visit: (t: Topic) => void): void {
  for (const t of topics) { visit(t); walk(t.children ?? [], visit); }
}

export function buildUserDictionary(speakers: Speaker[], topics: Topic[], extraWords: string[] = []): UserDictionary {
  const entries = new Map<string, { freq: number; tag: string }>();
  const add = (word: string, freq: number, tag: string) => {
    const w = word.trim();
    if (!TOKEN.test(w) || /^[0-9._%-]+$/.test(w)) return;
    const prev = entries.get(w);
    if (!prev || prev.freq < freq) entries.set(w, { freq, tag });
  };
  for (const s of speakers) {
    add(s.name, FREQ.name, 'nr');
    for (const a of s.aliases) add(a, FREQ.alias, 'nr');
    for (const o of organizationForms(s.organization)) add(o, FREQ.org, 'nt');
    add(s.title, FREQ.title, 'n');
  }
  walk(topics, (t) => {
    // A label is a word only when it is one term (混合云), not a phrase (容灾与数据保护).
    if (!/[与和及、]/.test(t.label.zh) && t.label.zh.length <= 8) add(t.label.zh, FREQ.topic, 'n');
    for (const k of t.keywords) add(k, FREQ.topic, 'n');
  });
  for (const w of extraWords) add(w, FREQ.term, 'n');
  const words = [...entries.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const text = words.map((w) => `${w} ${entries.get(w)!.freq} ${entries.get(w)!.tag}`).join('\n') + (words.length ? '\n' : '');
  return { text, hash: fnv1a(text), words };
}
