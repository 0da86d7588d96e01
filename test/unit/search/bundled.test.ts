/**
 * The engine over the bundled summit transcript, as openSummit loads it, with both
 * segmentation engines: the dev search cases, the issue's example queries, and the
 * user dictionary keeping names and terms whole.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SearchHit } from '../../../src/core/search/types';
import { openSummit, type Summit } from '../../../src/node/summit';
import { DOMAIN_TERMS, ENGINES, SUMMIT_NAMES } from '../segmenters/engines';

interface EvalCase { q: string; speakers: string[]; min?: number; stretch?: string }

const casesFile = path.join(__dirname, '../../../../test/eval/search-dev.jsonl');
const cases: EvalCase[] = fs.readFileSync(casesFile, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const slices = (h: SearchHit) => h.highlights.map(([s, e]) => h.text.slice(s, e));

for (const engineName of ENGINES) {
  describe(`bundled summit search (${engineName})`, function () {
    this.timeout(180000);
    let summit: Summit;

    before(async () => {
      summit = await openSummit({ segmenter: engineName });
    });

    it('loads the bundled corpus without errors', () => {
      assert.equal(summit.corpora.length, 1);
      assert.deepEqual(summit.problems.filter((p) => p.severity === 'error'), []);
      assert.match(summit.segmenter.id, new RegExp(`^${engineName}@.*\\+dict:${summit.userDictionary.hash}$`));
    });

    it('keeps all 15 speaker names and the domain terms as single tokens with the generated user dictionary', () => {
      const names = summit.corpora[0].speakers.map((s) => s.name);
      for (const n of SUMMIT_NAMES) assert.ok(names.includes(n), `${n} is a speaker of the bundled corpus`);
      for (const w of [...SUMMIT_NAMES, ...DOMAIN_TERMS]) assert.deepEqual(summit.segmenter.cut(w), [w], w);
    });

    for (const c of cases) {
      it(`dev case ${JSON.stringify(c.q)}${c.stretch ? ` (${c.stretch})` : ''}: ${c.min ?? 1} of ${c.speakers.join('/')} in the top 5`, () => {
        const top = summit.engine.search(c.q, { limit: 5 }).results.map((h) => h.speaker);
        const found = c.speakers.filter((s) => top.includes(s));
        assert.ok(found.length >= (c.min ?? 1), `top 5 speakers: ${JSON.stringify(top)}`);
      });
    }

    const examples: Array<[string, (h: SearchHit) => boolean]> = [
      ['华山医院', (h) => h.text.includes('上海华山医院')],
      ['容灾', (h) => h.text.includes('容灾')],
      ['谢桦', (h) => h.kind !== 'speaker' && h.text.includes('谢桦')],
      ['混合雲', (h) => h.text.includes('混合云')],
      ['hybrid cloud', (h) => h.text.includes('混合云')],
      ['xiehua', (h) => h.kind !== 'speaker' && h.text.includes('谢桦')],
      ['Xie Hua', (h) => h.speaker === '谢桦'],
      ['huang hong', (h) => h.speaker === '黄虹'],
      ['混和云', (h) => h.text.includes('混合云')],
      ['資料庫', (h) => h.text.includes('数据库')], // Taiwan wording of 数据库
      ['容栽', (h) => h.text.includes('容灾')], // a two-character slip, read only because nothing matched
      ['谢华', (h) => h.text.includes('谢桦')],
    ];
    for (const [q, ok] of examples) {
      it(`finds the passage for ${JSON.stringify(q)} in the top 5`, () => {
        const r = summit.engine.search(q, { limit: 5 });
        assert.ok(r.results.some(ok), JSON.stringify(r.results.map((h) => h.text.slice(0, 30))));
      });
    }

    it('highlights exactly 混合云 in every hit of 混合云', () => {
      const r = summit.engine.search('混合云', { limit: 50 });
      assert.ok(r.results.length >= 5);
      for (const h of r.results) {
        assert.ok(h.highlights.length > 0, h.id);
        for (const s of slices(h)) assert.equal(s, '混合云');
      }
    });

    it('never returns a 私有云-only passage for 公有云', () => {
      for (const h of summit.engine.search('公有云', { limit: 50 }).results) assert.ok(h.text.includes('公有云'), h.text);
    });

    it('never lists a quote together with the sentence that contains it', () => {
      for (const q of ['混合云', '容灾', '人工智能', '语音录入', '医护体验']) {
        const hits = summit.engine.search(q, { limit: 50 }).results;
        const quotes = hits.filter((h) => h.kind === 'quote');
        const corpus = summit.corpora[0];
        for (const qh of quotes) {
          const quote = corpus.quotes.find((x) => `${corpus.id}#${x.id}` === qh.id)!;
          assert.ok(!hits.some((h) => h.id === `${corpus.id}#${quote.passage}`), `${q}: ${qh.id} and ${quote.passage}`);
        }
      }
    });
  });
}
