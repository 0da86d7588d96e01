// Step 0 of the engine comparison: segments a workspace once with @node-rs/jieba
// (stock dictionary + corpus/userdict.txt), so every engine indexes the very same tokens.
// A document is one paragraph line of a transcript (front matter and headings skipped).
// Writes TOKENS (one document per line: file number, line number, space-joined
// cutForSearch tokens) and QUERIES (JSON: the query mix with each query's `cut` tokens).
// Prints { docs, files, megabytes, cutMs, mbPerS, peakMB } as JSON.
// usage: node bench/engines/tokens.mjs WORKSPACE MIX.json TOKENS QUERIES
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const [ws, mixFile, tokensFile, queriesFile] = process.argv.slice(2);
const req = createRequire(import.meta.url);
const { Jieba } = req('@node-rs/jieba');
const { dict } = req('@node-rs/jieba/dict');
const jieba = Jieba.withDict(dict);
jieba.loadDict(fs.readFileSync(path.join(ROOT, 'corpus', 'userdict.txt')));

const WORD = /[\p{L}\p{N}]/u;
const keep = (tokens) => tokens.filter((t) => WORD.test(t) && !/\s/.test(t));

const files = fs.readdirSync(ws).filter((f) => f.endsWith('.md')).sort();
const out = fs.openSync(tokensFile, 'w');
let docs = 0;
let bytes = 0;
let cutMs = 0;
files.forEach((f, fileNo) => {
  const text = fs.readFileSync(path.join(ws, f), 'utf8');
  bytes += Buffer.byteLength(text);
  const lines = text.split('\n');
  const body = lines[0] === '---' ? lines.indexOf('---', 1) + 1 : 0;
  const chunk = [];
  for (let i = body; i < lines.length; i++) {
    const line = lines[i].replace(/^(> |\*\*[^*]+\*\*：)/, '');
    if (line.trim() === '' || line.startsWith('#')) continue;
    const t = performance.now();
    const tokens = keep(jieba.cutForSearch(line, true));
    cutMs += performance.now() - t;
    if (tokens.length === 0) continue;
    chunk.push(`${fileNo}\t${i + 1}\t${tokens.join(' ')}`);
    docs++;
  }
  fs.writeSync(out, chunk.join('\n') + '\n');
});
fs.closeSync(out);

const mix = JSON.parse(fs.readFileSync(mixFile, 'utf8'));
const queries = mix.map(({ q, kind }) => ({ q, kind, tokens: [...new Set(keep(q.split(/\s+/).flatMap((w) => jieba.cut(w, true))))] }));
fs.writeFileSync(queriesFile, JSON.stringify(queries));
console.log(JSON.stringify({
  docs, files: files.length, megabytes: bytes / 2 ** 20, cutMs, mbPerS: bytes / 2 ** 20 / (cutMs / 1000),
  peakMB: process.resourceUsage().maxRSS / 1024,
}));
