/** openSummit: the loader shared by the CLI and the extension, with its index cache. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BUNDLED_ID } from '../../../src/node/bundled';
import { cacheFile, openSummit } from '../../../src/node/summit';
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
    assert.ok(third.problems.some((p) => p.severity === 'info' && /rebuilt the search index/.test(p.message)));
    assert.deepEqual(third.engine.search('混合云'), expected);
    // …and the rebuilt index was saved again.
    const fourth = await openSummit({ cacheDir: dir });
    assert.ok(!fourth.problems.some((p) => /rebuilt/.test(p.message)));
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
