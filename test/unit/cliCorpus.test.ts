import * as assert from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { promises as fsp } from 'node:fs';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as iconv from 'iconv-lite';

const ROOT = path.join(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');

const FORUM = `---
title: 2018华东医疗信息化论坛
date: 2018-05-12
venue: 杭州国际博览中心
---

## 林晓东｜副院长，宁波市中心医院

林晓东认为，混合云是医院数据中心的必然选择。
`;

interface Hit { file: string; event: string; corpus: string; text: string }

describe('CLI: --corpus and --no-bundled', function () {
  this.timeout(120000);
  let dir: string;
  const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8' });

  before(async () => {
    if (!fs.existsSync(CLI)) execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'ignore' });
    dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'summit-cli-'));
    await fsp.mkdir(path.join(dir, 'notes'));
    await fsp.writeFile(path.join(dir, 'notes', 'forum.summit.md'), FORUM);
    await fsp.writeFile(path.join(dir, 'notes', 'gbk.summit.txt'), iconv.encode('2019智慧医院研讨会\n北京协和医院信息中心主任赵伟表示：“混合云是智慧医院的底座。”\n', 'gb18030'));
    await fsp.writeFile(path.join(dir, 'notes', 'empty.summit.md'), '');
  });
  after(async () => { await fsp.rm(dir, { recursive: true, force: true }); });

  it('search 混合云 --corpus DIR --json returns hits of the bundled summit and of DIR, each naming event and file', () => {
    const r = run('search', '混合云', '--corpus', 'notes', '--json', '--limit', '200');
    assert.strictEqual(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { results: Hit[] };
    const files = new Set(out.results.map((h) => h.file));
    assert.ok(files.has('corpus/summit-2017.txt'), [...files].join(', '));
    assert.ok(files.has('notes/forum.summit.md'));
    assert.ok(files.has('notes/gbk.summit.txt'), 'GB18030 plain transcript');
    for (const h of out.results) assert.ok(h.event && h.file, JSON.stringify(h));
    assert.strictEqual(out.results.find((h) => h.file === 'notes/forum.summit.md')!.event, '2018华东医疗信息化论坛');
    assert.match(r.stderr, /empty/, 'the bad file is reported on stderr');
  });

  it('--no-bundled searches only the given transcripts', () => {
    const r = run('search', '混合云', '--corpus', 'notes', '--no-bundled', '--json');
    assert.strictEqual(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { results: Hit[] };
    assert.ok(out.results.length > 0);
    assert.ok(out.results.every((h) => h.file.startsWith('notes/')));
  });

  it('speakers, quotes and topics honour --corpus', () => {
    const speakers = JSON.parse(run('speakers', '--corpus', 'notes', '--no-bundled', '--json').stdout) as Array<{ name: string }>;
    assert.deepStrictEqual(speakers.map((s) => s.name).sort(), ['林晓东', '赵伟'].sort());
    const quotes = JSON.parse(run('quotes', '--corpus', 'notes', '--no-bundled', '--json').stdout) as Array<{ speaker: string }>;
    assert.deepStrictEqual(quotes.map((q) => q.speaker), ['赵伟']);
    const topics = run('topics', '--corpus', 'notes', '--json');
    assert.strictEqual(topics.status, 0, topics.stderr);
  });

  it('speakers, quotes and topics read through the parse cache as search does: the same output cold, warm, with --cache DIR and --no-cache; a damaged entry is one warning and parsed again', () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-cli-corpus-cache-'));
    const env = { ...process.env, XDG_CACHE_HOME: home, SUMMIT_SERVER: '0' };
    const inHome = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', env });
    const entries = (cache: string) => (fs.existsSync(path.join(cache, 'transcripts')) ? fs.readdirSync(path.join(cache, 'transcripts')) : []);
    try {
      for (const command of ['speakers', 'quotes', 'topics']) {
        const args = [command, '--corpus', 'notes', '--json'];
        const none = inHome(...args, '--no-cache');
        assert.strictEqual(none.status, 0, none.stderr);
        assert.deepStrictEqual(fs.readdirSync(home), [], `${command} --no-cache writes nothing`);
        const cold = inHome(...args);
        const userCache = path.join(home, 'summit-search');
        assert.ok(entries(userCache).length >= 2, `${command} saved the parsed transcripts in the user's cache`);
        const warm = inHome(...args);
        assert.strictEqual(cold.stdout, none.stdout, command);
        assert.strictEqual(warm.stdout, none.stdout, command);
        assert.strictEqual(warm.stderr, none.stderr, command);
        const own = path.join(home, 'own');
        assert.strictEqual(inHome(...args, '--cache', own).stdout, none.stdout, command);
        assert.ok(entries(own).length >= 2, `${command} --cache DIR saved there`);
        fs.rmSync(home, { recursive: true, force: true });
        fs.mkdirSync(home);
      }
      const cold = inHome('speakers', '--corpus', 'notes', '--no-bundled', '--json');
      const transcripts = path.join(home, 'summit-search', 'transcripts');
      for (const f of fs.readdirSync(transcripts)) fs.writeFileSync(path.join(transcripts, f), '{"damaged');
      const again = inHome('speakers', '--corpus', 'notes', '--no-bundled', '--json');
      assert.strictEqual(again.status, 0, again.stderr);
      assert.strictEqual(again.stdout, cold.stdout);
      const lines = again.stderr.trim().split('\n').filter((l) => /rebuilt/.test(l));
      assert.ok(lines.length >= 1 && lines.every((l) => /^summit: notes\/[^:]+: warning: index cache rebuilt \(/.test(l)), again.stderr);
      assert.doesNotMatch(again.stderr, /\n\s+at /, 'no stack trace');
      assert.strictEqual(inHome('speakers', '--corpus', 'notes', '--no-bundled', '--json').stderr, cold.stderr, 'repaired: the next run says nothing more');
    } finally {
      fs.rmSync(home, { recursive: true, force: true });
    }
  });
});
