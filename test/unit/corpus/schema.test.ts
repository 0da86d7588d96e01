import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CorpusDataError, parseJson, validateEventFile, validateSpeakersFile, validateTopicsFile } from '../../../src/core/corpus/schema';
import { loadCuratedData } from '../../../src/node/bundled';
import { corpusDir } from '../../../src/node/paths';

const speaker = { name: '张三', title: '主任', organization: '某医院', role: 'speaker', aliases: [], pinyin: 'zhang san' };
const topic = { id: 'a-b', label: { zh: '甲', en: 'A' }, keywords: ['甲'], children: [] };

function errorOf(fn: () => unknown): CorpusDataError {
  try { fn(); } catch (err) { assert.ok(err instanceof CorpusDataError); return err; }
  assert.fail('expected a CorpusDataError');
}

describe('corpus data schemas', () => {
  it('accepts the bundled speakers.json, topics.json and event.json', () => {
    const data = loadCuratedData();
    assert.equal(data.speakers.length, 15);
    assert.ok(data.topics.length >= 9);
    assert.equal(data.event.date, '2017-04-22');
  });

  it('names file and field for a bad role', () => {
    const bad = { speakers: [speaker, speaker, { ...speaker, name: '李四' }, { ...speaker, name: '王五', role: 'guest' }] };
    const err = errorOf(() => validateSpeakersFile(bad, 'speakers.json'));
    assert.ok(err.message.includes('speakers.json: speakers[3].role must be one of speaker|host|panelist'), err.message);
    assert.ok(err.message.includes('speakers[1].name repeats'), err.message);
    assert.equal(err.file, 'speakers.json');
  });

  it('names missing and mistyped speaker fields', () => {
    const err = errorOf(() => validateSpeakersFile({ speakers: [{ ...speaker, title: 3, aliases: ['x', ''] }] }));
    assert.match(err.message, /speakers\[0\]\.title must be a string, got number/);
    assert.match(err.message, /speakers\[0\]\.aliases\[1\] must not be empty/);
    assert.match(errorOf(() => validateSpeakersFile([])).message, /\(root\) must be an object/);
    assert.match(errorOf(() => validateSpeakersFile({ speakers: [{ ...speaker, pinyin: 'Zhāng San' }] })).message, /speakers\[0\]\.pinyin/);
  });

  it('checks topic ids, labels and nesting', () => {
    const bad = { topics: [topic, { ...topic, id: 'Bad Id', children: [{ ...topic, label: { zh: '乙' } }] }] };
    const err = errorOf(() => validateTopicsFile(bad));
    assert.match(err.message, /topics\.json: topics\[1\]\.id must be a kebab-case id/);
    assert.match(err.message, /topics\[1\]\.children\[0\]\.id repeats "a-b"/);
    assert.match(err.message, /topics\[1\]\.children\[0\]\.label\.en must be a string/);
    const ok = validateTopicsFile({ topics: [topic], terms: ['混合云'] });
    assert.deepEqual(ok.terms, ['混合云']);
  });

  it('checks the event file', () => {
    const err = errorOf(() => validateEventFile({ name: '会', date: '2017/4/22', venue: '某地', organizers: [] }));
    assert.match(err.message, /event\.json: date must be a date written YYYY-MM-DD/);
  });

  it('reports broken JSON with the file name', () => {
    assert.match(errorOf(() => parseJson('{"speakers": [', 'speakers.json')).message, /^speakers\.json: not valid JSON/);
  });

  it('loadCuratedData reports a malformed file in a corpus folder', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-schema-'));
    try {
      for (const f of ['topics.json', 'event.json']) fs.copyFileSync(path.join(corpusDir(), f), path.join(dir, f));
      fs.writeFileSync(path.join(dir, 'speakers.json'), JSON.stringify({ speakers: [{ ...speaker, role: 'chair' }] }));
      assert.throws(() => loadCuratedData(dir), /speakers\.json: speakers\[0\]\.role must be one of speaker\|host\|panelist/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
