/** `summit search`, run as a real process (the tsc-built CLI in out/). */
import '../helpers/cacheHome';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { formatHuman, markHighlights } from '../../../src/node/cli/commands/search';

const cli = path.join(__dirname, '../../../src/node/cli/main.js');

function summit(args: string[], input?: string, env: NodeJS.ProcessEnv = process.env) {
  const r = spawnSync(process.execPath, [cli, 'search', ...args], { input: input ?? '', encoding: 'utf8', maxBuffer: 32 * 1024 * 1024, env });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('summit search (CLI)', function () {
  this.timeout(120000);

  it('prints human-readable results with the matches marked 【】 when not on a terminal', () => {
    const r = summit(['华山医院', '--limit', '3']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^1\. 黄虹 · (passage|quote|speaker) · corpus\/summit-2017\.txt/m);
    assert.match(r.out, /【华山医院】/);
    assert.doesNotMatch(r.out, /\x1b\[/);
  });

  it('--json prints one object {query, results} with hits in the issue shape', () => {
    const r = summit(['混合云', '--json', '--limit', '2']);
    assert.equal(r.code, 0, r.err);
    const o = JSON.parse(r.out);
    assert.equal(o.query, '混合云');
    assert.equal(o.results.length, 2);
    for (const h of o.results) {
      for (const k of ['kind', 'text', 'speaker', 'location', 'topics', 'score', 'highlights']) assert.ok(k in h, k);
      for (const [s, e] of h.highlights) assert.equal(h.text.slice(s, e), '混合云');
    }
  });

  it('reads queries from standard input and writes JSON Lines, loading once; empty and huge queries are fine', () => {
    const huge = '容灾'.repeat(50000);
    const r = summit(['--limit', '2'], ['xiehua', '', '，。！', huge, 'hybrid cloud'].join('\n') + '\n');
    assert.equal(r.code, 0, r.err);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, 5);
    assert.ok(lines[0].results.some((h: { speaker: string }) => h.speaker === '谢桦'));
    assert.deepEqual(lines[1].results, []);
    assert.deepEqual(lines[2].results, []);
    assert.match(lines[3].note, /100,000 characters/);
    assert.ok(lines[3].results.length > 0);
    assert.ok(lines[4].results.length > 0);
  });

  it('an empty query gives an empty result, not an error', () => {
    const r = summit(['', '--json']);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(JSON.parse(r.out).results, []);
  });

  it('keeps its index under the user cache folder, in --cache DIR instead, and nowhere with --no-cache', () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-cli-cache-'));
    try {
      const env = { ...process.env, XDG_CACHE_HOME: home };
      const ws = path.join(home, 'ws');
      fs.mkdirSync(ws);
      fs.writeFileSync(path.join(ws, 'a.summit.md'), '---\ntitle: 缓存论坛\n---\n\n## 赵伟｜主任，协和医院\n\n混合云让医院的容灾更简单。\n');
      const none = summit(['容灾', '--json', '--corpus', ws, '--no-cache'], undefined, env);
      assert.equal(none.code, 0, none.err);
      assert.deepEqual(fs.readdirSync(home), ['ws'], '--no-cache writes nothing');

      const cold = summit(['容灾', '--json', '--corpus', ws], undefined, env);
      assert.equal(cold.code, 0, cold.err);
      assert.ok(fs.readdirSync(path.join(home, 'summit-search')).some((f) => f.endsWith('.seg')));
      const warm = summit(['容灾', '--json', '--corpus', ws], undefined, env);
      assert.equal(warm.out, cold.out);
      assert.equal(warm.out, none.out);
      assert.equal(warm.err, '');

      const own = path.join(home, 'own');
      const given = summit(['容灾', '--json', '--corpus', ws, '--cache', own], undefined, env);
      assert.equal(given.out, cold.out);
      assert.ok(fs.readdirSync(own).length > 0);
    } finally {
      fs.rmSync(home, { recursive: true, force: true });
    }
  });

  it('usage errors exit 2 with one line', () => {
    for (const args of [['x', '--limit', '0'], ['x', '--segmenter', 'foo'], ['x', '--bogus']]) {
      const r = summit(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.equal(r.err.trim().split('\n').length, 1);
      assert.match(r.err, /^summit: /);
    }
  });
});

describe('search output formatting', () => {
  it('marks ranges with bold on a terminal and 【】 otherwise, and neutralises control characters', () => {
    assert.equal(markHighlights('公有云与私有云', [[0, 3]], false), '【公有云】与私有云');
    assert.equal(markHighlights('公有云与私有云', [[4, 7]], true), '公有云与\x1b[1m私有云\x1b[22m');
    assert.equal(markHighlights('a\x1b[31mb', [], false), 'a [31mb');
  });

  it('says so when nothing was found and shows the note of a truncated query', () => {
    const text = formatHuman({ query: 'zzz', terms: ['zzz'], results: [], note: 'cut' }, false);
    assert.match(text, /note: cut/);
    assert.match(text, /No results for “zzz”/);
  });
});
