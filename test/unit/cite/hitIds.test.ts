// Hit ids (`${corpus.id}#${localId}`) as every view builds and splits them (src/core/read/hits.ts).
import * as assert from 'node:assert/strict';
import { hitId, passageHit, quoteHit, speakerHit, splitHitId } from '../../../src/core/read/hits';
import { fixtureCorpus } from './fixture';

describe('cite: hit ids', () => {
  const corpus = fixtureCorpus();

  it('splits at the LAST #, so corpus ids may contain #', () => {
    assert.deepEqual(splitHitId('notes/a#b.summit.md#q3'), { corpus: 'notes/a#b.summit.md', local: 'q3' });
    assert.deepEqual(splitHitId('bundled:summit-2017#speaker:谢桦'), { corpus: 'bundled:summit-2017', local: 'speaker:谢桦' });
  });

  it('rejects ids without a corpus or a local part', () => {
    assert.equal(splitHitId('q3'), undefined);
    assert.equal(splitHitId('#q3'), undefined);
    assert.equal(splitHitId('corpus#'), undefined);
  });

  it('hits built from records round-trip through their ids', () => {
    const q = quoteHit(corpus, corpus.quotes[0]);
    assert.equal(q.id, 'test:forum#q1');
    assert.equal(q.kind, 'quote');
    assert.equal(q.event, corpus.event.name);
    assert.deepEqual(splitHitId(q.id), { corpus: corpus.id, local: 'q1' });
    assert.equal(passageHit(corpus, corpus.passages[1]).speaker, '周明远');
    const s = speakerHit(corpus, corpus.speakers[0]);
    assert.equal(s.id, hitId(corpus, 'speaker:周明远'));
    assert.equal(s.location, null);
  });
});
