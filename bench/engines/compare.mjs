// The engine comparison of issue 11: the same workspace, the same jieba tokens, three
// engines — (a) one shared MiniSearch index, (b) SQLite FTS5 (official wasm build),
// (c) our compact typed-array index — each built in one child process and opened and
// queried in a fresh one: build time, serialized size, open time, query p50/p95/max,
// peak RSS of each child, and how far each engine's top 20 agrees with (c)'s plain BM25.
// usage (alone): node bench/engines/compare.mjs WORKSPACE MIX.json [WORKDIR]
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measured } from '../lib/proc.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const ENGINES = [
  { id: 'minisearch', label: '(a) MiniSearch, one shared index', file: 'minisearch.mjs', ext: 'json' },
  { id: 'sqlite-fts5', label: '(b) SQLite FTS5, wasm', file: 'sqlite-fts5.mjs', ext: 'sqlite' },
  { id: 'compact', label: '(c) compact typed arrays, paged', file: 'compact.mjs', ext: 'idx' },
];

async function child(file, args, budgetMs) {
  const r = await measured(process.execPath, [path.join(HERE, file), ...args], { budgetMs, rssCapMB: 6000 });
  if (r.over) return { error: `over budget (${r.over})` };
  if (r.code !== 0) return { error: errorLine(r.stderr) ?? `exit ${r.code}` };
  return JSON.parse(r.stdout);
}

/** The thrown error's message from a child's stderr (not Node's trailing version line). */
function errorLine(stderr = '') {
  const lines = stderr.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.find((l) => /^[A-Za-z]*Error\b/.test(l)) ?? lines.filter((l) => !/^Node\.js v/.test(l)).slice(-1)[0];
}

const overlap = (a, b) => (b.length === 0 ? (a.length === 0 ? 1 : 0) : a.filter((x) => b.includes(x)).length / b.length);

export async function compareEngines({ ws, mix, work, budgetMs = 300000, only = null, log = () => {} }) {
  fs.mkdirSync(work, { recursive: true });
  const mixFile = path.join(work, 'mix.json');
  fs.writeFileSync(mixFile, JSON.stringify(mix));
  const tokensFile = path.join(work, 'tokens.tsv');
  const queriesFile = path.join(work, 'queries.json');
  log('engines: segmenting the workspace once (cutForSearch) …');
  const tokens = await child('tokens.mjs', [ws, mixFile, tokensFile, queriesFile], budgetMs);
  if (tokens.error) return { error: `segmenting failed: ${tokens.error}` };
  const bare = await measured(process.execPath, ['-e', '']);
  const probe = await child('sqlite-fts5.mjs', ['probe'], 60000);
  const rows = [];
  for (const e of ENGINES.filter((x) => !only || only.includes(x.id))) {
    if (e.id === 'sqlite-fts5' && probe.error) { rows.push({ ...e, error: `does not run in Node ${process.version}: ${probe.error}` }); continue; }
    log(`engines: ${e.label} …`);
    const index = path.join(work, `index.${e.ext}`);
    const built = await child(e.file, ['build', tokensFile, index], budgetMs);
    if (built.error) { rows.push({ ...e, error: `build: ${built.error}` }); continue; }
    const q = await child(e.file, ['query', index, queriesFile], budgetMs);
    fs.rmSync(index, { force: true });
    if (q.error) { rows.push({ ...e, build: built, error: `query: ${q.error}` }); continue; }
    rows.push({ ...e, build: built, query: q });
  }
  const ref = rows.find((r) => r.id === 'compact' && r.query)?.query.top;
  for (const r of rows) {
    if (!r.query || !ref) continue;
    r.agreement = r.query.top.reduce((s, top, i) => s + overlap(top, ref[i]), 0) / ref.length;
    delete r.query.top;
  }
  fs.rmSync(tokensFile, { force: true });
  return { tokens, bareNodeMB: bare.peakMB, sqlite: probe, rows };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [ws, mixFile, work = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-engines-'))] = process.argv.slice(2);
  const out = await compareEngines({ ws, mix: JSON.parse(fs.readFileSync(mixFile, 'utf8')), work, log: (s) => console.error(s) });
  console.log(JSON.stringify(out, null, 2));
}
