// Writes corpus/userdict.txt — the jieba user dictionary generated from corpus/speakers.json,
// corpus/topics.json and the parsed transcript (src/core/corpus/dictionary.ts). Never edit the
// output by hand; a unit test fails when it is stale.
// usage: node scripts/gen-dict.mjs [--check]
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(root, 'corpus', 'userdict.txt');

const built = await esbuild.build({
  stdin: {
    contents: "export { bundledUserDictionary } from './src/node/bundled';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  write: false,
  logLevel: 'warning',
});
const module = { exports: {} };
const run = new Function('module', 'exports', 'require', '__dirname', '__filename', built.outputFiles[0].text);
run(module, module.exports, createRequire(path.join(root, 'package.json')), path.join(root, 'src', 'node'), path.join(root, 'src', 'node', 'bundled.js'));
const dict = module.exports.bundledUserDictionary();

if (process.argv.includes('--check')) {
  const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
  if (current !== dict.text) {
    console.error('corpus/userdict.txt is stale: run node scripts/gen-dict.mjs');
    process.exit(1);
  }
  console.log(`corpus/userdict.txt is current (${dict.words.length} words, ${dict.hash})`);
} else {
  fs.writeFileSync(target, dict.text);
  console.log(`wrote corpus/userdict.txt (${dict.words.length} words, ${dict.hash})`);
}
