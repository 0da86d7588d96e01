import * as fs from 'node:fs';
import { createRequire } from 'node:module';
globalThis.self = globalThis; globalThis.location = new URL(import.meta.url);
const { default: sqlite3InitModule } = await import('@sqlite.org/sqlite-wasm');
const wasmPath = new URL('../node_modules/@sqlite.org/sqlite-wasm/sqlite-wasm/jswasm/sqlite3.wasm', import.meta.url);
const t=performance.now();
const sqlite3 = await sqlite3InitModule({print: console.log, printErr: console.error, wasmBinary: fs.readFileSync(wasmPath),
  instantiateWasm(imports, ok) { WebAssembly.instantiate(fs.readFileSync(wasmPath), imports).then(r => ok(r.instance, r.module)); return {}; } });
console.log('init', performance.now()-t, sqlite3.version.libVersion);
const db = new sqlite3.oo1.DB(':memory:');
db.exec("create virtual table t using fts5(body)");
db.exec("insert into t(body) values ('混合 云 容灾'),('公有云 私有云')");
console.log(db.selectArrays("select rowid, bm25(t) from t where t match '\"云\" OR \"公有云\"' order by rank limit 5"));
const bytes = sqlite3.capi.sqlite3_js_db_export(db.pointer);
console.log('export', bytes.length, Object.keys(sqlite3.capi).filter(k=>/deserial/.test(k)));
