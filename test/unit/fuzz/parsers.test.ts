/**
 * Fuzz: the three transcript parsers (report, Markdown, plain) through parseTranscript, and the
 * format detector in front of them. For any text they return (never throw, never crash into the
 * catch-all problem), within the hang guard, and every location they give slices its own text
 * and names the right line and column — with \n, \r\n and lone \r alike.
 */
import fc from 'fast-check';
import { parseTranscript } from '../../../src/core/corpus/parseTranscript';
import type { TranscriptFormat } from '../../../src/core/corpus/transcript/types';
import { loadCuratedData } from '../../../src/node/bundled';
import { anyText, cjkText, reportLike } from './arbitraries';
import { params, tried, withinBound } from './budget';
import { checkCorpus } from './locations';

const FORMATS: Array<TranscriptFormat | undefined> = ['report', 'markdown', 'plain', undefined];
const curated = (() => { const c = loadCuratedData(); return { topics: c.topics, terms: c.terms, speakers: c.speakers }; })();

function parsesCleanly(text: string, format: TranscriptFormat | undefined): void {
  const r = withinBound(`parse (${format ?? 'detected'})`, () => parseTranscript(text, { id: 'fuzz', file: 'fuzz.summit.md', curated, ...(format ? { format } : {}) }));
  // parseTranscript turns an exception into this problem: for the fuzz suite that is a crash.
  const crash = r.problems.find((p) => /^could not parse the /.test(p.message));
  if (crash) throw new Error(`the ${r.format} parser threw: ${crash.message}`);
  for (const p of r.problems) {
    if (typeof p.message !== 'string' || !p.message || /\n\s+at /.test(p.message)) throw new Error(`bad problem ${JSON.stringify(p)}`);
  }
  if (r.corpus) {
    if (r.corpus.text !== text && r.corpus.text !== text.replace(/^\uFEFF/, '')) throw new Error('the corpus text is not the text parsed');
    checkCorpus(r.corpus);
  }
}

const GENERATORS = [
  { name: 'random Unicode', arb: anyText, runs: 400 },
  { name: 'CJK-heavy', arb: cjkText, runs: 400 },
  { name: 'report-like lines', arb: reportLike, runs: 800 },
];

describe('fuzz: transcript parsers', function () {
  this.timeout(0);
  for (const format of FORMATS) {
    for (const g of GENERATORS) {
      const label = `parse:${format ?? 'detect'}:${g.name}`;
      it(`${format ?? 'detected format'} over ${g.name} text: returns, in bounds, every location slices its text`, () => {
        fc.assert(fc.property(g.arb, (text) => { tried(label); parsesCleanly(text, format); }), params(g.runs));
      });
    }
  }
});
