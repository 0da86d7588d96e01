/**
 * Fuzz: search over the bundled summit. Any query, with any mix of options, returns within the
 * hang guard without throwing; every hit's highlights lie in its text, sorted and apart, and a
 * hit with a location is exactly that slice of its transcript.
 */
import fc from 'fast-check';
import type { Corpus } from '../../../src/core/model';
import { HIT_KINDS, type SearchOptions, type SearchResult } from '../../../src/core/search/types';
import type { Summit } from '../../../src/node/summit';
import { PROTO_NAMES, query } from './arbitraries';
import { params, tried, withinBound } from './budget';
import { bundledSummit } from './engine';
import { checkHighlights, checkLocation, lineStartsOf } from './locations';

export function checkSearch(summit: Summit, q: string, result: SearchResult, limit: number): void {
  if (result.results.length > limit) throw new Error(`${result.results.length} results over the limit ${limit}`);
  for (const h of result.results) {
    checkHighlights(h.text, h.highlights, `hit ${h.id}`);
    if (!Number.isFinite(h.score)) throw new Error(`hit ${h.id}: score ${h.score}`);
    if (!h.location) continue;
    const corpus: Corpus | undefined = summit.engine.corpus(h.corpus);
    if (!corpus) throw new Error(`hit ${h.id} names an unknown corpus ${h.corpus}`);
    checkLocation(corpus.text, lineStartsOf(corpus.text), h.location, `hit ${h.id} for ${JSON.stringify(q.slice(0, 40))}`, h.text);
  }
}

const options: fc.Arbitrary<SearchOptions> = fc.record({
  limit: fc.integer({ min: 1, max: 60 }),
  prefix: fc.boolean(),
  kinds: fc.subarray([...HIT_KINDS]),
  speakers: fc.array(fc.constantFrom('谢桦', '黄虹', '王力华', '无名氏', ...PROTO_NAMES), { maxLength: 2 }),
  topics: fc.array(fc.constantFrom('hybrid-cloud', 'cloud-security', 'nope', ...PROTO_NAMES), { maxLength: 2 }),
}, { requiredKeys: ['limit'] });

describe('fuzz: search over the bundled summit', function () {
  this.timeout(0);
  let summit: Summit;
  before(async () => { summit = await bundledSummit(); });

  it('any query: returns within the guard, highlights in range, every location slices its text', () => {
    fc.assert(fc.property(query, (q) => {
      tried('search:query');
      checkSearch(summit, q, withinBound('search', () => summit.engine.search(q, { limit: 20 })), 20);
    }), params(1500));
  });

  it('any query with any options (kinds, speakers, topics, prefix): the same holds', () => {
    fc.assert(fc.property(query, options, (q, o) => {
      tried('search:options');
      checkSearch(summit, q, withinBound('search', () => summit.engine.search(q, o)), o.limit ?? 20);
    }), params(1000));
  });

  it('every Object.prototype name as a query, a speaker and a topic filter', () => {
    for (const name of PROTO_NAMES) {
      tried('search:proto');
      checkSearch(summit, name, summit.engine.search(name), 20);
      checkSearch(summit, name, summit.engine.search('混合云', { speakers: [name], topics: [name] }), 20);
    }
  });
});
