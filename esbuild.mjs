// Builds the three bundles of Summit Search (plus the indexing worker):
//   dist/extension.js  the VS Code extension (CommonJS, Node; `vscode` and the native jieba engines external)
//   dist/webview.js    the sidebar's DOM script (browser IIFE)
//   dist/cli.js        the `summit` command (Node, with a shebang): a small launcher that runs
//                      dist/cliMain.js, the command-line tool, through a V8 code cache (src/node/codeCache.ts)
//   dist/indexWorker.js the worker thread that parses and indexes workspace transcripts
//   dist/poolWorker.js  a worker of the CLI's indexing pool (parsing and segment building, one per core)
//   dist/jieba/         jieba's dictionary and HMM as files a query is cut with (scripts/lib/jieba-lexicon.mjs)
// usage: node esbuild.mjs [--production] [--watch]
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import { asciiRegexLiterals, shiftMappings } from './scripts/lib/ascii-regex.mjs';
import { writeJiebaLexicon } from './scripts/lib/jieba-lexicon.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Native modules are loaded from node_modules at run time, never bundled. */
const native = ['@node-rs/jieba', '@node-rs/jieba/*', 'nodejieba'];

/**
 * Pure-JavaScript dependencies whose module code builds large tables when it runs (pinyin-pro's
 * dictionaries, OpenCC's character tables, yaml's schemas): each is bundled behind a stand-in
 * module whose exports are getters, so the real module runs the first time one of its exports is
 * used, not when the bundle loads. The import statements in src/ stay as they are.
 */
const lazyPackages = ['pinyin-pro', 'yaml', 'opencc-js/t2cn'];

function lazyModules(packages) {
  const require = createRequire(import.meta.url);
  const filter = new RegExp(`^(${packages.map((p) => p.replace(/[/.-]/g, '\\$&')).join('|')})$`);
  return {
    name: 'lazy-modules',
    setup(build) {
      build.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'lazy-module' }));
      build.onLoad({ filter: /.*/, namespace: 'lazy-module' }, (args) => {
        const real = require.resolve(args.path);
        const mod = require(real);
        const names = Object.getOwnPropertyNames(mod).filter((n) => n !== '__esModule');
        const lines = [
          `let real;`,
          `const load = () => real || (real = require(${JSON.stringify(real)}));`,
          ...(mod.__esModule ? [`Object.defineProperty(exports, '__esModule', { value: true });`] : []),
          `for (const name of ${JSON.stringify(names)}) Object.defineProperty(exports, name, { enumerable: true, get: () => load()[name] });`,
        ];
        return { contents: lines.join('\n'), loader: 'js', resolveDir: process.cwd() };
      });
    },
  };
}

const common = {
  bundle: true,
  minify: production,
  sourcemap: true,
  sourcesContent: false,
  logLevel: 'info',
  legalComments: 'none',
};

/** A Node bundle (CommonJS): the native jieba engines stay external, the heavy packages load on first use. */
const nodeBundle = (entry, outfile, external = []) => ({
  ...common,
  entryPoints: [entry],
  outfile,
  format: 'cjs',
  platform: 'node',
  target: 'node18',
  plugins: [lazyModules(lazyPackages)],
  external: [...external, ...native],
});

/**
 * The launcher's first two lines: run as a program (`summit`, through npm's bin link), the file is
 * a shell script for one line, which starts Node on itself without NODE_EXTRA_CA_CERTS; run by
 * `node dist/cli.js`, Node skips the first line and the second is a string and a comment. Node
 * reads the extra certificates of that variable before any script runs (about 50 ms on a
 * machine whose variable names the system's bundle); summit makes no network connection at all,
 * so it only ever paid for them. `sh` rather than `env -S`: BusyBox's env has no -S.
 */
const launcherHead = ['#!/bin/sh', '":" //; unset NODE_EXTRA_CA_CERTS; exec node "$0" "$@"'].join('\n');

/** @type {import('esbuild').BuildOptions[]} */
const builds = [
  nodeBundle('src/vscode/extension.ts', 'dist/extension.js', ['vscode']),
  nodeBundle('src/node/indexWorker.ts', 'dist/indexWorker.js'),
  nodeBundle('src/node/poolWorker.ts', 'dist/poolWorker.js'),
  {
    ...common,
    entryPoints: ['src/webview/main.ts'],
    outfile: 'dist/webview.js',
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
  },
  nodeBundle('src/node/cli/main.ts', 'dist/cliMain.js'),
  {
    // The launcher: no packages of its own, so neither externals nor stand-ins.
    ...common,
    entryPoints: ['src/node/cli/launcher.ts'],
    outfile: 'dist/cli.js',
    format: 'cjs',
    platform: 'node',
    target: 'node18',
    banner: { js: launcherHead },
  },
];

/**
 * Node bundles made pure ASCII (see scripts/lib/ascii-regex.mjs): a start then reads a one-byte
 * string instead of decoding 3 MB of UTF-8 into a two-byte one. The source map follows.
 */
function asciiBundle(outfile) {
  const { code, edits, left } = asciiRegexLiterals(fs.readFileSync(outfile, 'utf8'), outfile);
  if (edits.length === 0) return;
  fs.writeFileSync(outfile, code);
  const mapFile = `${outfile}.map`;
  if (fs.existsSync(mapFile)) {
    const map = JSON.parse(fs.readFileSync(mapFile, 'utf8'));
    map.mappings = shiftMappings(map.mappings, edits);
    fs.writeFileSync(mapFile, JSON.stringify(map));
  }
  if (left > 0) console.log(`  ${outfile}: ${left} non-ASCII characters outside regular expressions stay`);
}
const asciiOutputs = builds.filter((b) => b.platform === 'node' && b.outfile !== 'dist/cli.js').map((b) => b.outfile);

console.log(`  ${writeJiebaLexicon()}`);
if (watch) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('[watch] rebuilding on change; Ctrl+C to stop');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  for (const outfile of asciiOutputs) asciiBundle(outfile);
  fs.chmodSync('dist/cli.js', 0o755); // a program of its own, as npm's bin link makes it
}
