// Engine (b): SQLite FTS5 (the official wasm build, @sqlite.org/sqlite-wasm) over the
// space-joined jieba tokens; unicode61 keeps a run of Han characters as one token, so each
// jieba token is one FTS5 term. Ranking: FTS5's bm25(), OR over the query's tokens, top 20.
// The serialized form is the database image (sqlite3_js_db_export); opening deserializes
// it into wasm memory (Node has no OPFS, and this build has no file VFS for Node).
// usage: node bench/engines/sqlite-fts5.mjs build TOKENS INDEX | query INDEX QUERIES | probe
import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { readDocs, readQueries, report, timeQueries, TOP_K } from './common.mjs';

/**
 * sqlite-wasm 3.41.2 is written for browsers: at import it reads `self` and
 * `self.location.href`, and it fetches sqlite3.wasm by URL (Node's fetch has no file: URLs).
 * Node 20 runs it with two globals set and the wasm bytes handed over.
 */
export async function openSqlite() {
  globalThis.self ??= globalThis;
  globalThis.location ??= new URL(import.meta.url);
  const req = createRequire(import.meta.url);
  const pkgDir = req.resolve('@sqlite.org/sqlite-wasm/package.json').replace(/package\.json$/, '');
  const wasm = fs.readFileSync(`${pkgDir}sqlite-wasm/jswasm/sqlite3.wasm`);
  const { default: init } = await import('@sqlite.org/sqlite-wasm');
  return init({
    print: () => {}, printErr: () => {},
    instantiateWasm(imports, ok) { WebAssembly.instantiate(wasm, imports).then((r) => ok(r.instance, r.module)); return {}; },
  });
}

const matchExpr = (tokens) => tokens.map((t) => `"${t.replace(/"/g, '""')}"`).join(' OR ');
const [mode, a, b] = process.argv.slice(2);

if (mode === 'probe') {
  const t = performance.now();
  const sqlite3 = await openSqlite();
  const db = new sqlite3.oo1.DB(':memory:');
  db.exec("CREATE VIRTUAL TABLE t USING fts5(body); INSERT INTO t(body) VALUES ('混合云 容灾')");
  const n = db.selectValue("SELECT count(*) FROM t WHERE t MATCH '\"容灾\"'");
  report({ version: sqlite3.version.libVersion, initMs: performance.now() - t, fts5: n === 1 });
} else if (mode === 'build') {
  const docs = readDocs(a);
  const sqlite3 = await openSqlite();
  let t = performance.now();
  const db = new sqlite3.oo1.DB(':memory:');
  db.exec('PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; CREATE VIRTUAL TABLE t USING fts5(body)');
  db.exec('BEGIN');
  const ins = db.prepare('INSERT INTO t(rowid, body) VALUES (?, ?)');
  docs.forEach((d, id) => { ins.bind([id + 1, d.tokens.join(' ')]).stepReset(); });
  ins.finalize();
  db.exec('COMMIT');
  db.exec("INSERT INTO t(t) VALUES ('optimize')");
  const buildMs = performance.now() - t;
  t = performance.now();
  const image = sqlite3.capi.sqlite3_js_db_export(db.pointer);
  fs.writeFileSync(b, image);
  report({ buildMs, serializeMs: performance.now() - t, bytes: image.length, docs: docs.length, version: sqlite3.version.libVersion });
} else {
  const queries = readQueries(b);
  const sqlite3 = await openSqlite();
  const t = performance.now();
  const file = fs.readFileSync(a);
  const bytes = new Uint8Array(file.buffer, file.byteOffset, file.length); // not a Buffer: sqlite-wasm picks its heap by constructor
  const p = sqlite3.wasm.allocFromTypedArray(bytes);
  const db = new sqlite3.oo1.DB();
  const { capi } = sqlite3;
  const rc = capi.sqlite3_deserialize(db.pointer, 'main', p, bytes.length, bytes.length, capi.SQLITE_DESERIALIZE_FREEONCLOSE | capi.SQLITE_DESERIALIZE_RESIZEABLE);
  if (rc !== 0) throw new Error(`sqlite3_deserialize: ${rc}`);
  const stmt = db.prepare(`SELECT rowid FROM t WHERE t MATCH ? ORDER BY rank LIMIT ${TOP_K}`);
  const openMs = performance.now() - t;
  report({
    openMs,
    ...timeQueries(queries, (tokens) => {
      const ids = [];
      stmt.bind([matchExpr(tokens)]);
      while (stmt.step()) ids.push(stmt.get(0) - 1);
      stmt.reset();
      return ids;
    }),
  });
}
