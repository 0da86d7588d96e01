// Activation cost of the extension (issue 12): how long `activate()` of the built bundle takes
// and what it loads, against the engine start it must NOT do (the reference measured in the
// same process). Runs dist/extension.js on plain Node with a stand-in `vscode` module that
// accepts every call (a recording proxy) — no editor needed, so it is cheap and standalone.
//   node bench/activation.mjs [--runs N]      (after `npm run build` or `node esbuild.mjs`)
// Prints a table; exit code 1 when activation loaded a segmenter (the cost it must defer).
import { createRequire } from 'node:module';
import Module from 'node:module';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(root, 'dist', 'extension.js');
if (!fs.existsSync(bundle)) { console.error('dist/extension.js is missing: run `npm run build` first'); process.exit(2); }
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1] || 0) || 20;

/** A value that answers any property, call or `new` with itself (not a thenable, not iterable). */
function stand(name) {
  const target = function () {};
  return new Proxy(target, {
    get(_, key) {
      if (key === 'then' || typeof key === 'symbol') return undefined;
      if (key === 'toString') return () => name;
      if (key === 'get') return (_k, fallback) => fallback; // configuration.get(key, default)
      if (key === 'isTrusted') return false;
      return stand(`${name}.${String(key)}`);
    },
    apply: () => stand(`${name}()`),
    construct: () => stand(`new ${name}`),
  });
}

// The bundle copies the module's own names (esbuild's ESM interop): list the API's top-level names.
const typings = fs.readFileSync(path.join(root, 'node_modules', '@types', 'vscode', 'index.d.ts'), 'utf8');
const vscodeNames = [...new Set([...typings.matchAll(/^(?:\t| {4})export (?:class|enum|namespace|const|let|function) (\w+)/gm)].map((m) => m[1]))];
const vscode = Object.fromEntries(vscodeNames.map((n) => [n, stand(`vscode.${n}`)]));

const loaded = [];
const originalLoad = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === 'vscode') return vscode;
  loaded.push(request);
  return originalLoad.call(this, request, parent, isMain);
};
process.on('unhandledRejection', () => { /* the stand-in resolves nothing; ignore what awaits it */ });

const storage = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-activation-'));
const context = () => ({
  subscriptions: [],
  extensionUri: stand('extensionUri'),
  extensionPath: root,
  globalStorageUri: { scheme: 'file', fsPath: storage, path: storage, toString: () => `file://${storage}` },
});

const require = createRequire(import.meta.url);
let t = performance.now();
const ext = require(bundle);
const requireMs = performance.now() - t;

const times = [];
let api;
let segmenterAtActivation = false;
for (let i = 0; i < runs; i++) {
  const before = loaded.length;
  t = performance.now();
  api = ext.activate(context());
  times.push(performance.now() - t);
  await new Promise((r) => setTimeout(r, 20)); // let anything activation scheduled start
  if (loaded.slice(before).some((m) => /jieba/.test(m))) segmenterAtActivation = true;
  if (api.service.isStarted) segmenterAtActivation = true;
}
times.sort((a, b) => a - b);
const activateMs = times[Math.floor(times.length / 2)];

// The reference: what the first search, hover or view pays (segmenter + index of the bundled summit).
t = performance.now();
await api.ready;
const engineMs = performance.now() - t;
const engineLoaded = api.service.isReady;
fs.rmSync(storage, { recursive: true, force: true });

const ms = (x) => `${x.toFixed(1)} ms`;
console.log('| activation (dist/extension.js, stand-in vscode) | value |');
console.log('| --- | --- |');
console.log(`| require the bundle (parse and evaluate) | ${ms(requireMs)} |`);
console.log(`| activate(), median of ${runs} | ${ms(activateMs)} |`);
console.log(`| segmenter started by activation | ${segmenterAtActivation ? 'YES' : 'no'} |`);
console.log(`| engine start on first need (reference, same process) | ${ms(engineMs)}${engineLoaded ? '' : ' (did not load)'} |`);
console.log(`| activate() / engine start | ${(activateMs / engineMs).toFixed(4)} |`);
process.exit(segmenterAtActivation ? 1 : 0);
