// A generated workspace of Markdown transcripts (README Format 2) with a realistic
// vocabulary: words drawn by frequency from jieba's dictionary, per part of speech, into
// clause templates, so sentence lengths, punctuation and the Zipf curve look like prose.
// Each file is a function of (seed, file number) only, so the 1 MB workspace (10 files) is a
// prefix of the 10 MB one (100 files), which is a prefix of the 100 MB one (1,000 files).
// Nothing generated here is committed: it goes into a temporary folder.
import { promises as fsp } from 'node:fs';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';

export const FILE_BYTES = 100 * 1024;
export const DEFAULT_SEED = 20261201;

/** A small fast PRNG (mulberry32), deterministic from its seed. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function dictionaryPath() {
  const req = createRequire(import.meta.url);
  for (const p of ['@node-rs/jieba/dict.txt', 'nodejieba/dict/jieba.dict.utf8']) {
    try { return req.resolve(p); } catch { /* try the next */ }
  }
  throw new Error("jieba's dictionary was not found (@node-rs/jieba/dict.txt or nodejieba/dict/jieba.dict.utf8)");
}

// Template slots → the dictionary tags that fill them.
const SLOT_TAGS = {
  n: ['n', 'vn', 'nz'], v: ['v'], a: ['a', 'ad'], d: ['d'], ns: ['ns'], t: ['t'], r: ['r'],
  c: ['c'], p: ['p'], m: ['m'], q: ['q'], f: ['f'], l: ['l', 'i'], nt: ['nt'],
};
// Clause templates; literal text stays, {slot} draws a word.
const CLAUSES = [
  '{r}{d}{v}{n}', '{n}{d}{a}', '{t}{ns}{v}了{m}{q}{n}', '{p}{n}{f}{v}{n}', '{n}的{n}{v}{n}的{n}',
  '{c}{n}{v}{a}的{n}', '{r}{v}{n}和{n}', '{d}{v}{n}', '{n}{v}{l}', '{nt}{v}{n}',
  '{a}的{n}{d}{v}', '{r}{d}{v}{v}{n}', '{n}是{n}的{n}', '{v}{n}{v}{n}', '在{n}{f}{v}{n}',
  '{n}{n}{v}{a}', '{r}{v}，{n}{d}{v}', '对{n}{v}{n}', '{m}{q}{n}{v}{n}', '{n}已经{v}{n}',
];
const ENDS = ['。', '。', '。', '。', '。', '。', '！', '？', '；'];
const SPEECH_QUOTE = ['说', '表示', '指出', '强调', '介绍说', '认为'];
const SPEECH_STATEMENT = ['表示', '指出', '认为', '介绍', '强调'];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华建国志红玉兰晓东海波宁辉鹏飞雪梅林峰斌琳颖晨浩宇思嘉佳欣怡子轩若雨泽博文';
const TITLES = ['信息中心主任', '信息科科长', '副院长', '首席架构师', '技术总监', '研究员', '产品经理', '教授', '总工程师', '处长'];
const ORG_TAILS = ['人民医院', '大学附属第一医院', '妇幼保健院', '科技有限公司', '研究院', '信息中心', '中医院', '协会'];

/** Loads the dictionary into per-slot samplers (cumulative frequency, binary search). */
export function loadVocabulary() {
  const text = fs.readFileSync(dictionaryPath(), 'utf8');
  const byTag = new Map();
  for (const line of text.split('\n')) {
    const [word, freq, tag] = line.trim().split(' ');
    if (!word || !tag || !/^\p{Script=Han}+$/u.test(word)) continue;
    let list = byTag.get(tag);
    if (!list) byTag.set(tag, (list = { words: [], freqs: [] }));
    list.words.push(word);
    list.freqs.push(Number(freq) || 1);
  }
  const samplers = {};
  for (const [slot, tags] of Object.entries(SLOT_TAGS)) {
    const words = [];
    const cum = [];
    let total = 0;
    for (const tag of tags) {
      const list = byTag.get(tag);
      if (!list) continue;
      list.words.forEach((w, i) => { total += list.freqs[i]; words.push(w); cum.push(total); });
    }
    samplers[slot] = { words, cum: Float64Array.from(cum), total };
  }
  const places = samplers.ns.words.filter((w) => w.length >= 2 && w.length <= 3);
  return { samplers, places };
}

function draw(sampler, r) {
  const x = r() * sampler.total;
  let lo = 0;
  let hi = sampler.cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sampler.cum[mid] < x) lo = mid + 1; else hi = mid;
  }
  const word = sampler.words[lo];
  if (sampler.counts) sampler.counts.set(word, (sampler.counts.get(word) ?? 0) + 1);
  return word;
}

const pick = (list, r) => list[Math.floor(r() * list.length)];

function clause(vocab, r) {
  return pick(CLAUSES, r).replace(/\{(\w+)\}/g, (_, slot) => draw(vocab.samplers[slot], r));
}

/** One sentence of 1–4 clauses, ended by 。！？； (mostly 。). */
function sentence(vocab, r, end = true) {
  const n = 1 + Math.floor(r() * r() * 4.5);
  const parts = Array.from({ length: n }, () => clause(vocab, r));
  return parts.join('，') + (end ? pick(ENDS, r) : '');
}

function personName(r) {
  return pick(SURNAMES, r) + pick(GIVEN, r) + (r() < 0.6 ? pick(GIVEN, r) : '');
}

/** A paragraph: plain sentences, a statement (表示/指出 without quotes) or a quote after a speech verb. */
function paragraph(vocab, r, speaker, others) {
  const sentences = Array.from({ length: 2 + Math.floor(r() * 6) }, () => sentence(vocab, r));
  const roll = r();
  if (roll < 0.18) {
    const who = r() < 0.8 ? speaker : pick(others, r);
    const k = Math.floor(r() * sentences.length);
    const said = Array.from({ length: 1 + Math.floor(r() * 3) }, () => sentence(vocab, r)).join('');
    sentences.splice(k, 0, `${who}${pick(SPEECH_QUOTE, r)}：“${said}”`);
  } else if (roll < 0.30) {
    sentences[0] = `${speaker}${pick(SPEECH_STATEMENT, r)}，${sentences[0]}`;
  }
  return sentences.join('');
}

/** The transcript number n (1-based): front matter, speaker sections, a panel, about `bytes` long. */
export function transcript(vocab, seed, n, bytes = FILE_BYTES) {
  const r = rng(seed * 1000003 + n * 7919);
  const city = pick(vocab.places, r);
  const year = 2010 + (n % 15);
  const people = Array.from({ length: 5 + Math.floor(r() * 4) }, () => personName(r));
  const org = () => `${city}${pick(ORG_TAILS, r)}`;
  let out = `---\ntitle: ${year}${city}${draw(vocab.samplers.n, r)}论坛第${n}场\ndate: ${year}-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}\n`
    + `venue: ${city}国际会议中心\ncity: ${city}\norganisers: [${city}${pick(ORG_TAILS, r)}, ${draw(vocab.samplers.nt, r)}]\nlanguage: zh\n---\n\n`;
  let size = Buffer.byteLength(out);
  let section = 0;
  const add = (s) => { out += s; size += Buffer.byteLength(s); };
  while (size < bytes) {
    const who = people[section % people.length];
    if (section === 0) add(`## 主持人：${who}｜${pick(TITLES, r)}，${org()}\n\n`);
    else if (section === people.length) add(`## 圆桌｜${people.slice(1, 4).join('、')}\n\n`);
    else add(`## ${who}｜${pick(TITLES, r)}，${org()}\n\n`);
    const paragraphs = 3 + Math.floor(r() * 8);
    for (let k = 0; k < paragraphs && size < bytes; k++) {
      const speaker = section === people.length ? people[1 + Math.floor(r() * 3)] : who;
      const body = paragraph(vocab, r, speaker, people);
      if (section === people.length) add(`**${speaker}**：${body}\n\n`);
      else if (r() < 0.06) add(`> ${sentence(vocab, r)}${sentence(vocab, r)}\n\n`);
      else add(`${body}\n\n`);
    }
    section++;
  }
  return { text: out, people };
}

/**
 * Writes files 1..maxFiles into `pool` (skipping existing ones) and returns the speaker
 * names of file 1 and how often each noun was drawn in the first `countFiles` files (for the query mix).
 */
export async function writePool(vocab, seed, pool, maxFiles, countFiles = 100) {
  await fsp.mkdir(pool, { recursive: true });
  const counts = new Map();
  let names = [];
  const nouns = vocab.samplers.n;
  for (let n = 1; n <= maxFiles; n++) {
    nouns.counts = n <= countFiles ? counts : undefined; // draws of nouns, for picking rare words
    const { text, people } = transcript(vocab, seed, n);
    if (n === 1) names = people;
    await fsp.writeFile(path.join(pool, fileName(n)), text);
  }
  nouns.counts = undefined;
  return { names, counts };
}

export const fileName = (n) => `t${String(n).padStart(4, '0')}.summit.md`;

/** A workspace folder of the first `files` pool files (hard links, or copies across devices). */
export async function linkWorkspace(pool, dir, files) {
  await fsp.mkdir(dir, { recursive: true });
  let bytes = 0;
  for (let n = 1; n <= files; n++) {
    const src = path.join(pool, fileName(n));
    const dst = path.join(dir, fileName(n));
    try { await fsp.link(src, dst); } catch (err) { if (err.code !== 'EEXIST') await fsp.copyFile(src, dst); }
    bytes += (await fsp.stat(dst)).size;
  }
  return bytes;
}

/**
 * The query mix: common words (the most frequent two-character nouns and verbs of the
 * dictionary), rare words (3+ characters, 2–10 occurrences in the first 100 files),
 * two-word queries and a speaker's name. Deterministic from the seed.
 */
export function queryMix(vocab, seed, pool) {
  const r = rng(seed + 1);
  const top = (slot, k) => {
    const s = vocab.samplers[slot];
    const freq = s.words.map((w, i) => [w, s.cum[i] - (i ? s.cum[i - 1] : 0)]).filter(([w]) => w.length === 2);
    return freq.sort((a, b) => b[1] - a[1]).slice(0, k).map(([w]) => w);
  };
  const common = [...top('n', 4), ...top('v', 2)];
  const rareAll = [...pool.counts].filter(([w, c]) => w.length >= 3 && c >= 2 && c <= 10).map(([w]) => w).sort();
  const rare = Array.from({ length: Math.min(4, rareAll.length) }, () => rareAll.splice(Math.floor(r() * rareAll.length), 1)[0]);
  const two = [`${common[0]} ${common[1]}`, `${common[2]} ${rare[0] ?? common[3]}`, `${rare[1] ?? common[4]} ${rare[2] ?? common[5]}`];
  return [
    ...common.map((q) => ({ q, kind: 'common' })),
    ...rare.map((q) => ({ q, kind: 'rare' })),
    ...two.map((q) => ({ q, kind: 'two words' })),
    { q: pool.names[1], kind: 'name' },
  ];
}
