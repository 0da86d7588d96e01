// Engine (c): a compact index of our own in typed arrays, paged on disk.
// File: a header, then term offsets, postings offsets, document lengths, document
// locations, the sorted term bytes (UTF-8) and the postings ([doc, tf] pairs, doc order).
// Opening reads the header, the term dictionary and the document lengths only; a query
// reads the postings of its terms with positioned reads, scores BM25 term at a time into
// an accumulator and keeps the top 20 in a heap. (No MaxScore here: the comparison only
// needs to show what a plain typed-array layout costs.)
// usage: node bench/engines/compact.mjs build TOKENS INDEX | query INDEX QUERIES
import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { BM25, readDocs, readQueries, report, timeQueries, TOP_K } from './common.mjs';

const MAGIC = 0x31544d53; // "SMT1"
const HEADER_WORDS = 8;
const pad4 = (n) => (n + 3) & ~3;

function build(docs) {
  const postings = new Map();
  const docLen = new Uint16Array(docs.length);
  docs.forEach((d, id) => {
    docLen[id] = Math.min(d.tokens.length, 65535);
    const tf = new Map();
    for (const t of d.tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const [t, n] of tf) {
      let p = postings.get(t);
      if (!p) postings.set(t, (p = []));
      p.push(id, n);
    }
  });
  const terms = [...postings.keys()].map((t) => Buffer.from(t, 'utf8')).sort(Buffer.compare);
  const termOffsets = new Uint32Array(terms.length + 1);
  const postOffsets = new Uint32Array(terms.length + 1);
  let tb = 0;
  let pairs = 0;
  terms.forEach((t, i) => {
    termOffsets[i] = tb; postOffsets[i] = pairs;
    tb += t.length; pairs += postings.get(t.toString('utf8')).length / 2;
  });
  termOffsets[terms.length] = tb; postOffsets[terms.length] = pairs;
  const termBytes = Buffer.concat(terms);
  const post = new Uint32Array(pairs * 2);
  terms.forEach((t, i) => post.set(postings.get(t.toString('utf8')), postOffsets[i] * 2));
  const locations = new Uint32Array(docs.length * 2);
  docs.forEach((d, id) => { locations[id * 2] = d.file; locations[id * 2 + 1] = d.line; });
  const avgdl = docLen.reduce((s, x) => s + x, 0) / Math.max(1, docs.length);
  const header = new Uint32Array([MAGIC, 1, docs.length, terms.length, pairs, termBytes.length, Math.round(avgdl * 1000), 0]);
  const parts = [header, termOffsets, postOffsets, docLen, locations, termBytes, post];
  return Buffer.concat(parts.map((p) => {
    const b = Buffer.from(p.buffer, p.byteOffset, p.byteLength);
    return b.length % 4 ? Buffer.concat([b, Buffer.alloc(pad4(b.length) - b.length)]) : b;
  }));
}

/** Opens INDEX: reads what every query needs (dictionary, document lengths); postings stay on disk. */
function open(file) {
  const fd = fs.openSync(file, 'r');
  const read = (pos, bytes) => { const b = Buffer.allocUnsafeSlow(bytes); fs.readSync(fd, b, 0, bytes, pos); return b; };
  const h = new Uint32Array(read(0, HEADER_WORDS * 4).buffer, 0, HEADER_WORDS);
  if (h[0] !== MAGIC || h[1] !== 1) throw new Error('not a compact index (version 1)');
  const [nDocs, nTerms, pairs, termBytesLen] = [h[2], h[3], h[4], h[5]];
  let pos = HEADER_WORDS * 4;
  const section = (bytes) => { const at = pos; pos += pad4(bytes); return at; };
  const termOffAt = section((nTerms + 1) * 4);
  const postOffAt = section((nTerms + 1) * 4);
  const docLenAt = section(nDocs * 2);
  section(nDocs * 8); // locations: read per hit when a result is shown
  const termBytesAt = section(termBytesLen);
  const postAt = section(pairs * 8);
  const dictBytes = read(termOffAt, docLenAt + pad4(nDocs * 2) - termOffAt);
  const termOffsets = new Uint32Array(dictBytes.buffer, 0, nTerms + 1);
  const postOffsets = new Uint32Array(dictBytes.buffer, postOffAt - termOffAt, nTerms + 1);
  const docLen = new Uint16Array(dictBytes.buffer, docLenAt - termOffAt, nDocs);
  const termBytes = read(termBytesAt, termBytesLen);
  return { fd, read, nDocs, nTerms, termOffsets, postOffsets, docLen, termBytes, postAt, avgdl: h[6] / 1000, acc: new Float32Array(nDocs) };
}

function findTerm(ix, q) {
  let lo = 0;
  let hi = ix.nTerms - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = ix.termBytes.compare(q, 0, q.length, ix.termOffsets[mid], ix.termOffsets[mid + 1]);
    if (c === 0) return mid;
    if (c < 0) lo = mid + 1; else hi = mid - 1;
  }
  return -1;
}

function search(ix, tokens) {
  const touched = [];
  const { k1, b } = BM25;
  for (const t of tokens) {
    const term = findTerm(ix, Buffer.from(t, 'utf8'));
    if (term < 0) continue;
    const from = ix.postOffsets[term];
    const df = ix.postOffsets[term + 1] - from;
    const p = new Uint32Array(ix.read(ix.postAt + from * 8, df * 8).buffer, 0, df * 2);
    const idf = Math.log(1 + (ix.nDocs - df + 0.5) / (df + 0.5));
    for (let i = 0; i < p.length; i += 2) {
      const d = p[i];
      const tf = p[i + 1];
      if (ix.acc[d] === 0) touched.push(d);
      ix.acc[d] += idf * (tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * ix.docLen[d]) / ix.avgdl));
    }
  }
  return topK(ix.acc, touched);
}

/** The best TOP_K of the touched documents (a min-heap), best first; clears the accumulator. */
function topK(acc, touched) {
  const heap = [];
  const less = (x, y) => acc[x] < acc[y] || (acc[x] === acc[y] && x > y);
  const down = (i) => {
    for (;;) {
      const l = 2 * i + 1; const r = l + 1; let m = i;
      if (l < heap.length && less(heap[l], heap[m])) m = l;
      if (r < heap.length && less(heap[r], heap[m])) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m], heap[i]]; i = m;
    }
  };
  for (const d of touched) {
    if (heap.length < TOP_K) {
      heap.push(d);
      for (let i = heap.length - 1; i > 0;) { const p = (i - 1) >> 1; if (!less(heap[i], heap[p])) break; [heap[i], heap[p]] = [heap[p], heap[i]]; i = p; }
    } else if (less(heap[0], d)) { heap[0] = d; down(0); }
  }
  const out = heap.sort((x, y) => (less(x, y) ? 1 : -1));
  for (const d of touched) acc[d] = 0;
  return out;
}

const [mode, a, b] = process.argv.slice(2);
if (mode === 'build') {
  const docs = readDocs(a);
  let t = performance.now();
  const bytes = build(docs);
  const buildMs = performance.now() - t;
  t = performance.now();
  fs.writeFileSync(b, bytes);
  report({ buildMs, serializeMs: performance.now() - t, bytes: bytes.length, docs: docs.length });
} else {
  const queries = readQueries(b);
  const t = performance.now();
  const ix = open(a);
  const openMs = performance.now() - t;
  report({ openMs, ...timeQueries(queries, (tokens) => search(ix, tokens)) });
}
