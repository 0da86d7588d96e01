// Engine (a): one shared MiniSearch index over every document of the workspace.
// usage: node bench/engines/minisearch.mjs build TOKENS INDEX | query INDEX QUERIES
import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import MiniSearch from 'minisearch';
import { readDocs, readQueries, report, timeQueries, TOP_K } from './common.mjs';

const OPTIONS = { fields: ['t'], tokenize: (s) => s.split(' '), processTerm: (t) => t, searchOptions: { combineWith: 'OR' } };
const [mode, a, b] = process.argv.slice(2);

if (mode === 'build') {
  const docs = readDocs(a);
  let t = performance.now();
  const ms = new MiniSearch(OPTIONS);
  ms.addAll(docs.map((d, id) => ({ id, t: d.tokens.join(' ') })));
  const buildMs = performance.now() - t;
  t = performance.now();
  const json = JSON.stringify(ms);
  fs.writeFileSync(b, json);
  report({ buildMs, serializeMs: performance.now() - t, bytes: fs.statSync(b).size, docs: docs.length });
} else {
  const queries = readQueries(b);
  const t = performance.now();
  const ms = MiniSearch.loadJSON(fs.readFileSync(a, 'utf8'), OPTIONS);
  const openMs = performance.now() - t;
  report({ openMs, ...timeQueries(queries, (tokens) => ms.search(tokens.join(' ')).slice(0, TOP_K).map((r) => r.id)) });
}
