/** openSummit: the loader shared by the CLI and the extension, with its index cache. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BUNDLED_ID } from '../../../src/node/bundled';
import { cacheFile, openSummit } from '../../../src/node/summit';
import { TRANSCRIPTS_DIR } from '../../../src/node/transcriptStore';
import { fixtureCorpus } from './fixture';

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
    // The user dictionary comes from the loaded corpora's speakers.
    assert.ok(withLoader.userDictionary.words.includes('王力华'));
    assert.ok(withLoader.engine.search('床位').results.length > 0);
  });

  it('fails clearly for an unknown segmenter', async () => {
    await assert.rejects(openSummit({ segmenter: 'nope' }), /unknown segmenter "nope"/);
  });
});
