// Writes dist/jieba/: jieba's dictionary as a sorted file the CLI opens in milliseconds
// (lexicon.bin, read by src/node/segmenters/lexiconFile.ts) and jieba's HMM (hmm.json), so
// that a query is cut without building jieba's trie first (src/core/jieba/). The dictionary is
// the one the installed @node-rs/jieba loads (its dict.txt). The HMM is jieba's trained model
// (MIT, the figures jieba-rs compiles in, the same file as cppjieba's hmm_model.utf8), kept in
// scripts/data/jieba-hmm.json because npm drops the optional nodejieba that ships it on many
// machines; `node scripts/lib/jieba-lexicon.mjs --refresh-hmm` rewrites that copy from
// nodejieba's, and a unit test checks the two agree wherever nodejieba is installed. Without
// @node-rs/jieba's dictionary nothing is written and every cut goes to @node-rs/jieba.
//
// lexicon.bin, little-endian:
//   "SUMLEX01" | u32 headerBytes | header JSON (UTF-8: version of @node-rs/jieba, size of its
//   dict.txt, count, total) padded with spaces to a multiple of 4 | u32 offsets[count + 1]
//   (UTF-16 units into the words) | u32 freqs[count] | the words, UTF-16LE, concatenated in
//   JavaScript's string order (so every word with a given prefix is one range).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const MAGIC = 'SUMLEX01';

/** Rust's `split_whitespace` (Unicode White_Space), as jieba-rs splits a dictionary line. */
const RUST_WHITESPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

function readDictionary(text) {
  const entries = new Map();
  for (const line of text.split('\n')) {
    const [word, freq] = line.split(RUST_WHITESPACE).filter(Boolean);
    if (word === undefined) continue;
    if (freq !== undefined && !/^\+?\d+$/.test(freq)) throw new Error(`bad frequency in jieba's dictionary: ${line}`);
    entries.set(word, freq === undefined ? 0 : Number(freq));
  }
  return [...entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

function lexiconBytes(entries, meta) {
  let units = 0;
  const offsets = new Uint32Array(entries.length + 1);
  const freqs = new Uint32Array(entries.length);
  let total = 0;
  entries.forEach(([word, freq], i) => { offsets[i] = units; units += word.length; freqs[i] = freq; total += freq; });
  offsets[entries.length] = units;
  let header = Buffer.from(JSON.stringify({ ...meta, count: entries.length, total }), 'utf8');
  header = Buffer.concat([header, Buffer.alloc((4 - (header.length % 4)) % 4, 0x20)]);
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  const words = Buffer.from(entries.map((e) => e[0]).join(''), 'utf16le');
  return Buffer.concat([Buffer.from(MAGIC, 'latin1'), length, header, Buffer.from(offsets.buffer), Buffer.from(freqs.buffer), words]);
}

/** jieba's HMM model text → { start, trans, emit: [[characters, probabilities] × B, E, M, S] }. */
export function readHmm(text) {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
  const numbers = (l) => l.split(/\s+/).map(Number);
  const emit = lines.slice(5, 9).map((line) => {
    const chars = [];
    const probs = [];
    for (const pair of line.split(',')) {
      const at = pair.lastIndexOf(':');
      chars.push(pair.slice(0, at));
      probs.push(Number(pair.slice(at + 1)));
    }
    return [chars.join(''), probs];
  });
  if (lines.length < 9 || emit.some(([chars, probs]) => Array.from(chars).length !== probs.length)) throw new Error('unexpected HMM model layout');
  return { start: numbers(lines[0]), trans: lines.slice(1, 5).map(numbers), emit };
}

/** The committed copy of jieba's HMM (see the top of this file). */
export const HMM_COPY = fileURLToPath(new URL('../data/jieba-hmm.json', import.meta.url));

/** nodejieba's copy of jieba's HMM model text, or undefined when nodejieba is not installed. */
export function nodejiebaHmmPath() {
  try {
    const require = createRequire(import.meta.url);
    const file = path.join(path.dirname(require.resolve('nodejieba/package.json')), 'submodules/cppjieba/dict/hmm_model.utf8');
    return fs.existsSync(file) ? file : undefined;
  } catch {
    return undefined;
  }
}

/** Writes dist/jieba/ (returns a line saying what it did). */
export function writeJiebaLexicon(outDir = 'dist/jieba') {
  const require = createRequire(import.meta.url);
  let dictPath;
  try {
    dictPath = require.resolve('@node-rs/jieba/dict.txt');
  } catch {
    fs.rmSync(outDir, { recursive: true, force: true });
    return 'jieba lexicon: not written (@node-rs/jieba is not installed)';
  }
  const version = require('@node-rs/jieba/package.json').version;
  const dictText = fs.readFileSync(dictPath);
  const meta = { engine: '@node-rs/jieba', version, dictBytes: dictText.length };
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'lexicon.bin'), lexiconBytes(readDictionary(dictText.toString('utf8')), meta));
  fs.copyFileSync(HMM_COPY, path.join(outDir, 'hmm.json'));
  return `jieba lexicon: ${outDir}/lexicon.bin from @node-rs/jieba ${version}, hmm.json`;
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes('--refresh-hmm')) {
  const from = nodejiebaHmmPath();
  if (!from) {
    console.error('nodejieba is not installed: its HMM model cannot be read');
    process.exit(1);
  }
  fs.writeFileSync(HMM_COPY, `${JSON.stringify(readHmm(fs.readFileSync(from, 'utf8')))}\n`);
  console.log(`wrote ${HMM_COPY} from ${from}`);
}
