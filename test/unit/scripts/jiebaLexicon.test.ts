/**
 * scripts/lib/jieba-lexicon.mjs: the committed copy of jieba's HMM (scripts/data/jieba-hmm.json)
 * is the model nodejieba ships (the file jieba-rs compiles in);
 * and the build's dist/jieba holds it and a lexicon of @node-rs/jieba's whole dictionary.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

interface Hmm { start: number[]; trans: number[][]; emit: [string, number[]][] }
interface JiebaLexiconScript { readHmm(text: string): Hmm; nodejiebaHmmPath(): string | undefined; HMM_COPY: string }
const importEsm = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<JiebaLexiconScript>;
const ROOT = path.join(__dirname, '..', '..', '..', '..');

describe('scripts/lib/jieba-lexicon.mjs', () => {
  let lib: JiebaLexiconScript;
  before(async () => {
    lib = await importEsm(pathToFileURL(path.join(ROOT, 'scripts', 'lib', 'jieba-lexicon.mjs')).href);
  });

  it('keeps the HMM nodejieba ships (npm test installs nodejieba when npm dropped it)', () => {
    const from = lib.nodejiebaHmmPath();
    assert.ok(from, 'nodejieba and its hmm_model.utf8 are installed');
    const copy = JSON.parse(fs.readFileSync(lib.HMM_COPY, 'utf8')) as Hmm;
    assert.deepEqual(copy, lib.readHmm(fs.readFileSync(from, 'utf8')));
    assert.equal(copy.emit.length, 4);
    assert.ok(copy.emit.every(([chars, probs]) => Array.from(chars).length === probs.length && probs.length > 1000));
  });

  it('the build wrote dist/jieba: the HMM and every word of @node-rs/jieba\'s dictionary', () => {
    const dist = path.join(ROOT, 'dist', 'jieba');
    assert.deepEqual(fs.readFileSync(path.join(dist, 'hmm.json')), fs.readFileSync(lib.HMM_COPY));
    const bytes = fs.readFileSync(path.join(dist, 'lexicon.bin'));
    const header = JSON.parse(bytes.toString('utf8', 12, 12 + bytes.readUInt32LE(8))) as { count: number; dictBytes: number };
    const dict = fs.readFileSync(require.resolve('@node-rs/jieba/dict.txt'), 'utf8');
    assert.equal(header.dictBytes, Buffer.byteLength(dict));
    assert.equal(header.count, dict.split('\n').filter((l) => l.trim() !== '').length);
  });
});
