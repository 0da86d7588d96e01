// The substring recall net, scanner against index (issue 11): on ~10 MB of generated
// transcripts (bench/lib/workspace.mjs) split into sentence documents, prints each one's build
// time, the index's bytes and open time, and find() p50/p95 over a mix of common and rare
// words of 2–4 characters. "cold" opens a fresh index before each round (no decoded list is
// cached); "warm" repeats on one index. Checks that both give the same documents. Figures
// only, no pass/fail; a fixed CPU task timed in the same run gives them a scale (ratios).
// usage: node bench/substring-index.mjs [--mb N] [--rounds N] [--json]
import * as esbuild from 'esbuild';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { DEFAULT_SEED, FILE_BYTES, loadVocabulary, rng, transcript } from './lib/workspace.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const LIB = path.join(ROOT, 'dist', 'bench-substring-index-lib.cjs'); // dist/ is git-ignored
const argv = process.argv.slice(2);
const arg = (name, dflt) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : dflt; };
const MB = Number(arg('--mb', 10));
const ROUNDS = Number(arg('--rounds', 15));

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const ms = (x) => `${x.toFixed(x < 1 ? 3 : 1)} ms`;

function referenceMs() {
  const t = performance.now();
  let x = 0;
  for (let i = 0; i < 2e7; i++) x = (x + i * 7) % 1000003;
  if (x < 0) console.log(x);
  return performance.now() - t;
}

/** Sentence documents of the generated transcripts, as the scanner keeps large corpora (lower-cased, no spaces); nouns' draw counts. */
function documents(vocab, compact) {
  const files = Math.max(1, Math.round((MB * 1024 * 1024) / FILE_BYTES));
  const counts = new Map();
  vocab.samplers.n.counts = counts;
  const texts = [];
  let bytes = 0;
  for (let n = 1; n <= files; n++) {
    const { text } = transcript(vocab, DEFAULT_SEED, n);
    bytes += Buffer.byteLength(text);
    for (const s of text.split(/[。！？；\n]+/)) { const t = compact(s.toLowerCase()); if (t) texts.push(t); }
  }
  vocab.samplers.n.counts = undefined;
  return { texts, bytes, counts };
}

/** Common words (the most frequent nouns/verbs of 2, 3 and 4 characters) and rare ones (drawn 2–10 times), plus two absent words. */
function queryMix(vocab, counts) {
  const r = rng(DEFAULT_SEED + 11);
  const top = (slot, len, k) => {
    const s = vocab.samplers[slot];
    return s.words.map((w, i) => [w, s.cum[i] - (i ? s.cum[i - 1] : 0)]).filter(([w]) => w.length === len)
      .sort((a, b) => b[1] - a[1]).slice(0, k).map(([w]) => w);
  };
  const common = [...top('n', 2, 4), ...top('v', 2, 2), ...top('n', 3, 2), ...top('n', 4, 2)];
  const rareOf = (len, k) => {
    const all = [...counts].filter(([w, c]) => w.length === len && c >= 2 && c <= 10).map(([w]) => w).sort();
    return Array.from({ length: Math.min(k, all.length) }, () => all.splice(Math.floor(r() * all.length), 1)[0]);
  };
  const rare = [...rareOf(2, 2), ...rareOf(3, 3), ...rareOf(4, 3)];
  return [...common.map((q) => ({ q, kind: 'common' })), ...rare.map((q) => ({ q, kind: 'rare' })),
    { q: '鞥鞥', kind: 'absent' }, { q: '云计算鞥', kind: 'absent' }];
}

/** Single characters (the index's union path), timed apart from the 2–4 character mix. */
const ONE_CHAR = ['的', '国', '云', '鞥'].map((q) => ({ q, kind: 'one char' }));

/** A text accessor that decodes each document from UTF-8 on every call, as a segment read lazily would. */
function utf8Texts(texts) {
  const parts = texts.map((t) => Buffer.from(t));
  const starts = new Uint32Array(parts.length + 1);
  parts.forEach((b, i) => { starts[i + 1] = starts[i] + b.length; });
  const all = Buffer.concat(parts);
  const decoder = new TextDecoder();
  return (d) => decoder.decode(all.subarray(starts[d], starts[d + 1]));
}

function timeFinds(queries, rounds, fresh) {
  const all = [];
  const byKind = new Map();
  for (let round = 0; round < rounds; round++) {
    const find = fresh();
    for (const { q, kind } of queries) {
      const t = performance.now();
      find(q);
      const dt = performance.now() - t;
      all.push(dt);
      if (!byKind.has(kind)) byKind.set(kind, []);
      byKind.get(kind).push(dt);
    }
  }
  const sum = (xs) => { const s = [...xs].sort((a, b) => a - b); return { p50: percentile(s, 50), p95: percentile(s, 95), max: s[s.length - 1] }; };
  return { ...sum(all), byKind: Object.fromEntries([...byKind].map(([k, xs]) => [k, sum(xs)])) };
}

async function main() {
  await esbuild.build({
    stdin: {
      contents: "export { SubstringScanner, compact } from './src/core/search/substring';\nexport { SubstringIndex, buildSubstringIndex } from './src/core/search/substringIndex';",
      resolveDir: ROOT, loader: 'ts',
    },
    bundle: true, platform: 'node', format: 'cjs', target: 'node18', outfile: LIB, logLevel: 'error',
  });
  const { SubstringScanner, SubstringIndex, buildSubstringIndex, compact } = createRequire(import.meta.url)(LIB);
  const ref = referenceMs();
  const vocab = loadVocabulary();
  const { texts, bytes, counts } = documents(vocab, compact);
  const queries = queryMix(vocab, counts);
  const ids = texts.map((_, i) => String(i));
  const chars = texts.reduce((n, t) => n + t.length, 0);

  let t = performance.now();
  const scanner = new SubstringScanner({ ids, texts });
  const scannerBuild = performance.now() - t;
  t = performance.now();
  const indexBytes = buildSubstringIndex(texts);
  const indexBuild = performance.now() - t;
  const text = (d) => texts[d];
  t = performance.now();
  const index = new SubstringIndex(indexBytes, texts.length, text);
  const openVerified = performance.now() - t;
  t = performance.now();
  new SubstringIndex(indexBytes, texts.length, text, { verify: false });
  const openUnverified = performance.now() - t;

  for (const { q } of [...queries, ...ONE_CHAR]) {
    const a = scanner.find(q).map(Number);
    const b = index.find(q);
    if (a.length !== b.length || a.some((d, i) => d !== b[i])) throw new Error(`scanner and index disagree on ${q}`);
  }
  const hits = Object.fromEntries([...queries, ...ONE_CHAR].map(({ q }) => [q, index.find(q).length]));
  const scan = timeFinds(queries, ROUNDS, () => (q) => scanner.find(q));
  const cold = timeFinds(queries, ROUNDS, () => { const ix = new SubstringIndex(indexBytes, texts.length, text, { verify: false }); return (q) => ix.find(q); });
  const warm = timeFinds(queries, ROUNDS, () => (q) => index.find(q));
  const lazyText = utf8Texts(texts);
  const coldUtf8 = timeFinds(queries, ROUNDS, () => { const ix = new SubstringIndex(indexBytes, texts.length, lazyText, { verify: false }); return (q) => ix.find(q); });
  const oneChar = {
    scanner: timeFinds(ONE_CHAR, ROUNDS, () => (q) => scanner.find(q)),
    cold: timeFinds(ONE_CHAR, ROUNDS, () => { const ix = new SubstringIndex(indexBytes, texts.length, text, { verify: false }); return (q) => ix.find(q); }),
  };
  const result = {
    date: new Date().toISOString(), referenceMs: ref, sourceBytes: bytes, documents: texts.length, chars,
    scanner: { buildMs: scannerBuild, find: scan },
    index: { buildMs: indexBuild, bytes: indexBytes.length, openMs: openVerified, openNoVerifyMs: openUnverified, cold, warm, coldUtf8 },
    oneChar, queries: hits,
  };
  if (argv.includes('--json')) { console.log(JSON.stringify(result, null, 2)); return; }
  print(result);
}

function print(r) {
  console.log(`# Substring recall net: scanner vs index — ${r.date}`);
  console.log(`${(r.sourceBytes / 1048576).toFixed(1)} MB of transcripts → ${r.documents} sentence documents, ${r.chars} code units; reference task ${ms(r.referenceMs)}`);
  console.log(`scanner build ${ms(r.scanner.buildMs)}; index build ${ms(r.index.buildMs)}, ${(r.index.bytes / 1048576).toFixed(1)} MB, open ${ms(r.index.openMs)} (checksum) / ${ms(r.index.openNoVerifyMs)} (without)`);
  console.log('\n| find | p50 | p95 | max | common p50/p95 | rare p50/p95 |\n|---|---|---|---|---|---|');
  const rows = [['scanner', r.scanner.find], ['index, cold', r.index.cold], ['index, warm', r.index.warm], ['index, cold, text() decoding UTF-8 per call', r.index.coldUtf8]];
  for (const [name, f] of rows) {
    console.log(`| ${name} | ${ms(f.p50)} | ${ms(f.p95)} | ${ms(f.max)} | ${ms(f.byKind.common.p50)} / ${ms(f.byKind.common.p95)} | ${ms(f.byKind.rare.p50)} / ${ms(f.byKind.rare.p95)} |`);
  }
  console.log(`\none character (${ONE_CHAR.map((x) => x.q).join(' ')}): scanner p50 ${ms(r.oneChar.scanner.p50)} / p95 ${ms(r.oneChar.scanner.p95)}; index (cold) p50 ${ms(r.oneChar.cold.p50)} / p95 ${ms(r.oneChar.cold.p95)}`);
  console.log(`\ndocuments per query: ${Object.entries(r.queries).map(([q, n]) => `${q} ${n}`).join(', ')}`);
}

await main();
