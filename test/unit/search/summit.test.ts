/** openSummit: the loader shared by the CLI and the extension, with its index cache. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BUNDLED_ID, bundledUserDictionary } from '../../../src/node/bundled';
import { cacheFile, openSummit } from '../../../src/node/summit';
import { BLOCK } from '../../../src/core/search/segment';
import { TRANSCRIPTS_DIR } from '../../../src/node/transcriptStore';
import { fixtureCorpus } from './fixture';
import { bodyPending } from '../../../src/core/corpus/lazy';

describe('openSummit', function () {
  this.timeout(120000);
  let dir: string;

  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-search-')); });
  afterEach(() => { fs.rmSync(dir, { recursive: true, force: true }); });

  it('saves the index, uses it the next time, and rebuilds a damaged one with an info problem', async () => {
    const first = await openSummit({ cacheDir: dir });
    const file = cacheFile(dir, BUNDLED_ID);
    assert.ok(fs.existsSync(file), 'index saved');
    const expected = first.engine.search('混合云');

    const second = await openSummit({ cacheDir: dir });
    assert.deepEqual(second.problems.filter((p) => p.severity !== 'info' || /rebuilt/.test(p.message)), []);
    assert.deepEqual(second.engine.search('混合云'), expected);

    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').slice(0, 500));
    const third = await openSummit({ cacheDir: dir });
    assert.equal(third.problems.filter((p) => p.severity === 'warning' && /rebuilt the search index cache/.test(p.message)).length, 1);
    assert.deepEqual(third.engine.search('混合云'), expected);
    // …and the rebuilt index was saved again.
    const fourth = await openSummit({ cacheDir: dir });
    assert.ok(!fourth.problems.some((p) => /rebuilt/.test(p.message)));
  });

  it('verifies a saved segment block by block as queries read it: a damaged block is rebuilt, saved again, never answered from', async () => {
    const first = await openSummit({ cacheDir: dir });
    const expected = first.engine.search('混合云');
    const file = cacheFile(dir, BUNDLED_ID);
    const bytes = fs.readFileSync(file);
    const headerLength = bytes.readUInt32LE(4);
    const header = JSON.parse(bytes.subarray(8, 8 + headerLength).toString('utf8')) as { sections: Record<string, [number, number]> };
    // A byte of the display texts (read only for the hits shown) in a block that holds nothing opening verifies.
    const eager = Object.entries(header.sections).filter(([name]) => /^(terms|termOffsets|postOffsets|fieldLengths|\w+Offsets)$/.test(name));
    const [at, length] = header.sections.displayData;
    let offset = -1;
    for (let o = at; o < at + length && offset < 0; o += 64) {
      const b = Math.floor(o / BLOCK);
      if (!eager.some(([, [s0, len]]) => s0 < (b + 1) * BLOCK && s0 + len > b * BLOCK)) offset = o;
    }
    assert.ok(offset >= 0, 'the display texts span a block of their own');
    bytes[8 + headerLength + offset] ^= 0xff;
    fs.writeFileSync(file, bytes);

    const late: string[] = [];
    const second = await openSummit({ cacheDir: dir, onLateProblem: (p) => late.push(p.message) });
    assert.deepEqual(second.problems.filter((p) => /rebuilt/.test(p.message)), [], 'opening reads only the dictionary and offsets');
    for (const q of ['混合云', '容灾', '数据', '医院', '云']) second.engine.search(q); // some query reads the damaged block
    assert.equal(late.filter((m) => /rebuilt the search index cache: the cached index is damaged/.test(m)).length, 1, late.join('\n'));
    assert.deepEqual(second.engine.search('混合云'), expected, 'answers come from the rebuilt segment');
    const third = await openSummit({ cacheDir: dir, onLateProblem: (p) => late.push(p.message) });
    for (const q of ['混合云', '容灾', '数据', '医院', '云']) third.engine.search(q);
    assert.equal(late.length, 1, 'the rebuilt segment was saved');
  });

  it('leaves no temporary file behind when saving the index fails (issue 12, finding 6)', async () => {
    // The target is a folder, so the rename over it fails after the temporary file was written.
    fs.mkdirSync(path.join(cacheFile(dir, BUNDLED_ID), 'blocker'), { recursive: true });
    const opened = await openSummit({ cacheDir: dir });
    assert.equal(opened.problems.filter((p) => /could not save the search index/.test(p.message)).length, 1);
    assert.deepEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')), []);
    assert.ok(opened.engine.search('混合云').results.length > 0);
  });

  it('keeps parsed transcripts in the cache: the second open parses nothing and searches the same', async () => {
    const ws = path.join(dir, 'ws');
    fs.mkdirSync(ws);
    fs.writeFileSync(path.join(ws, 'a.summit.md'), '---\ntitle: 缓存论坛\n---\n\n## 赵伟｜主任，协和医院\n\n混合云让医院的容灾更简单。\n');
    const cacheDir = path.join(dir, 'cache');
    const first = await openSummit({ bundled: false, corpusPaths: [ws], cacheDir });
    const expected = first.engine.search('容灾');
    assert.ok(expected.results.length > 0);
    const entries = fs.readdirSync(path.join(cacheDir, TRANSCRIPTS_DIR));
    assert.equal(entries.length, 1);

    const second = await openSummit({ bundled: false, corpusPaths: [ws], cacheDir });
    assert.deepEqual(second.problems, []);
    assert.deepEqual(second.engine.search('容灾'), expected);

    // A damaged entry: one warning, then it is rewritten and trusted again.
    const entry = path.join(cacheDir, TRANSCRIPTS_DIR, entries[0]);
    fs.writeFileSync(entry, fs.readFileSync(entry, 'utf8').slice(0, 100));
    const third = await openSummit({ bundled: false, corpusPaths: [ws], cacheDir });
    assert.equal(third.problems.filter((p) => p.severity === 'warning' && /cache rebuilt/.test(p.message)).length, 1, JSON.stringify(third.problems));
    assert.deepEqual(third.engine.search('容灾'), expected);
    const fourth = await openSummit({ bundled: false, corpusPaths: [ws], cacheDir });
    assert.deepEqual(fourth.problems, []);
    assert.deepEqual(fs.readdirSync(path.join(cacheDir, TRANSCRIPTS_DIR)).filter((f) => f.endsWith('.tmp')), []);
  });

  it('a warm start searches without reading any transcript body, and reads the file only when its size or time changed', async () => {
    const ws = path.join(dir, 'ws');
    fs.mkdirSync(ws);
    const file = path.join(ws, 'b.summit.md');
    fs.writeFileSync(file, '---\ntitle: 懒加载论坛\n---\n\n## 钱敏｜主任，仁济医院\n\n医院的混合云平台支持异地容灾。\n');
    const old = new Date(Date.now() - 3600_000);
    fs.utimesSync(file, old, old); // written well before the cache entry: its size and time vouch for it
    const cacheDir = path.join(dir, 'cache');
    const first = await openSummit({ corpusPaths: [ws], cacheDir });
    const expected = ['容灾', '钱敏', '混合云 平台', 'qian min'].map((q) => first.engine.search(q));
    const second = await openSummit({ corpusPaths: [ws], cacheDir });
    assert.deepEqual(['容灾', '钱敏', '混合云 平台', 'qian min'].map((q) => second.engine.search(q)), expected);
    // (The bundled summit may already be parsed in full by an earlier test of this process.)
    for (const c of second.corpora.filter((x) => x.id !== BUNDLED_ID)) assert.ok(bodyPending(c), `${c.id}: no body was read for searching`);
    const ws2 = second.corpora.find((c) => c.file.endsWith('b.summit.md'))!;
    assert.deepEqual(ws2.passages, first.corpora.find((c) => c.id === ws2.id)!.passages, 'the body reads back when asked for');

    // Same size and time: trusted without reading (as git trusts its index). A new time: read, hashed, parsed again.
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('钱敏', '孙敏'));
    fs.utimesSync(file, old, old);
    const trusted = await openSummit({ bundled: false, corpusPaths: [ws], cacheDir });
    assert.ok(trusted.engine.search('钱敏').results.length > 0, 'an unchanged size and time are trusted');
    const now = new Date(Date.now() - 1800_000);
    fs.utimesSync(file, now, now);
    const changed = await openSummit({ bundled: false, corpusPaths: [ws], cacheDir });
    assert.equal(changed.engine.search('钱敏').results.length, 0);
    assert.ok(changed.engine.search('孙敏').results.length > 0);
  });

  it('adding a transcript with new speakers rebuilds its segment only: the others stay as they were saved', async () => {
    const ws = path.join(dir, 'ws');
    fs.mkdirSync(ws);
    const write = (name: string, person: string, org: string) =>
      fs.writeFileSync(path.join(ws, name), `---\ntitle: ${org}论坛\n---\n\n## ${person}｜主任，${org}\n\n${person}表示，医院的混合云平台支持异地容灾。\n`);
    write('a.summit.md', '钱敏', '仁济医院');
    write('b.summit.md', '赵立群', '华山医院');
    const cacheDir = path.join(dir, 'cache');
    const first = await openSummit({ corpusPaths: [ws], cacheDir });
    const segments = first.corpora.map((c) => cacheFile(cacheDir, c.id));
    const before = segments.map((f) => fs.readFileSync(f));
    write('c.summit.md', '欧阳靖岚', '江南数据研究院');
    const second = await openSummit({ corpusPaths: [ws], cacheDir });
    assert.deepEqual(second.problems.filter((p) => /rebuilt/.test(p.message)), []);
    assert.deepEqual(segments.map((f) => fs.readFileSync(f)), before, 'no other segment was written again');
    assert.ok(second.engine.search('欧阳靖岚').results.some((h) => h.speaker === '欧阳靖岚'));
    assert.equal(second.userDictionary.hash, first.userDictionary.hash);
  });

  it('reports, without throwing, transcript paths it cannot read, and takes a corpus loader', async () => {
    const noLoader = await openSummit({ corpusPaths: ['/nowhere/x.summit.md'] });
    assert.ok(noLoader.problems.some((p) => p.severity === 'error' && p.file === '/nowhere/x.summit.md'));
    assert.equal(noLoader.corpora.length, 1);

    const withLoader = await openSummit({
      bundled: false,
      corpusPaths: ['fixture'],
      loadCorpusPaths: async () => ({ corpora: [fixtureCorpus()], problems: [] }),
    });
    assert.deepEqual(withLoader.corpora.map((c) => c.id), ['test:fixture']);
    // The user dictionary is what every transcript shares, the same with or without transcripts
    // or the bundled summit: corpus/userdict.txt's (see also the test of a transcript added).
    const bundled = await openSummit({ corpusPaths: ['/nowhere'] });
    assert.equal(withLoader.userDictionary.text, bundledUserDictionary().text);
    assert.equal(bundled.userDictionary.text, bundledUserDictionary().text);
    assert.ok(withLoader.engine.search('床位').results.length > 0);
  });

  it('fails clearly for an unknown segmenter', async () => {
    await assert.rejects(openSummit({ segmenter: 'nope' }), /unknown segmenter "nope"/);
  });
});
