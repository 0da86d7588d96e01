// The webview app's pure logic (src/webview/app), on plain Node: the store's request client,
// the query the host receives, the catalog lookups and how a hit is cited.
import * as assert from 'node:assert/strict';
import { LIMITS, type ViewHit } from '../../src/protocol';
import { buildCatalog, queryText, RequestClient, Store } from '../../src/webview/app/store';
import { citationId } from '../../src/webview/app/actions';
import { defaultState } from '../../src/webview/state';

describe('webview app: store', () => {
  it('numbers requests and accepts only replies to the latest', () => {
    const c = new RequestClient();
    const first = c.next();
    const second = c.next();
    assert.equal(second, first + 1);
    assert.equal(c.latest, second);
    assert.equal(c.isCurrent(first), false, 'a reply to a superseded query is stale');
    assert.equal(c.isCurrent(second), true);
    assert.equal(c.isCurrent(undefined), true, 'a message that answers no request is always current');
  });

  it('keeps request ids inside the protocol range', () => {
    const c = new RequestClient();
    (c as unknown as { last: number }).last = LIMITS.requestId;
    assert.equal(c.next(), 1);
  });

  it('sends the trimmed query, cut to the protocol limit with a note', () => {
    assert.deepEqual(queryText('  混合云 '), { query: '混合云', truncated: false });
    const long = queryText('云'.repeat(LIMITS.query + 5));
    assert.equal(long.query.length, LIMITS.query);
    assert.equal(long.truncated, true);
  });

  it('indexes the catalog: topics by id, parents, the first speaker of a name', () => {
    const c = buildCatalog(
      [{ id: 'cloud', label: { zh: '云', en: 'Cloud' }, count: 3, children: [{ id: 'hybrid', label: { zh: '混合云', en: 'Hybrid' }, count: 1, children: [] }] }],
      [{ name: '谢桦', title: '主任', organization: 'a', role: 'speaker', quotes: 2, corpus: 'x' }, { name: '谢桦', title: '', organization: 'b', role: 'speaker', quotes: 0, corpus: 'y' }],
      { ready: true, corpora: 2, language: 'zh-cn' });
    assert.equal(c.topicById.get('hybrid')?.label.zh, '混合云');
    assert.equal(c.parentOf.get('hybrid'), 'cloud');
    assert.equal(c.speakerByName.get('谢桦')?.corpus, 'x');
  });

  it('restores the scroll position once, from the saved view', () => {
    assert.equal(new Store({ ...defaultState(), scrollTop: 120 }).pendingScroll, 120);
    assert.equal(new Store().pendingScroll, undefined);
  });

  it('cites a hit by its quote, else its passage', () => {
    const hit = { kind: 'passage', id: 'c#p1', passage: 'c#p1', quote: null } as ViewHit;
    assert.equal(citationId(hit), 'c#p1');
    assert.equal(citationId({ ...hit, quote: 'c#q2' }), 'c#q2');
    assert.equal(citationId({ ...hit, kind: 'quote', id: 'c#q2', quote: 'c#q2' }), 'c#q2');
  });
});
