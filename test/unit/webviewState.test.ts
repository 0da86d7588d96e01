import * as assert from 'node:assert/strict';
import { defaultState, parseState } from '../../src/webview/state';

describe('webview: saved view state', () => {
  it('restores a well-formed state exactly', () => {
    const saved = {
      query: '混合云', filters: { speakers: ['谢桦'], topics: ['hybrid-cloud'] },
      panel: { kind: 'speaker', name: '谢桦', corpus: 'bundled:summit-2017' }, scrollTop: 240, filtersOpen: true,
    };
    assert.deepEqual(parseState(JSON.parse(JSON.stringify(saved))), saved);
    assert.deepEqual(parseState({ ...saved, panel: { kind: 'topic', topicId: 'ai' } }).panel, { kind: 'topic', topicId: 'ai' });
  });

  it('falls back field by field on a damaged or foreign state', () => {
    assert.deepEqual(parseState(undefined), defaultState());
    assert.deepEqual(parseState('garbage'), defaultState());
    const s = parseState({ query: 42, filters: { speakers: ['谢桦', 3, ''], topics: 'all' }, panel: { kind: 'evil' }, scrollTop: -5, filtersOpen: 'yes' });
    assert.deepEqual(s, { ...defaultState(), filters: { speakers: ['谢桦'], topics: [] } });
  });

  it('drops oversized values instead of keeping them', () => {
    const s = parseState({ query: 'x'.repeat(5000), filters: { speakers: Array.from({ length: 500 }, (_, i) => `s${i}`), topics: [] } });
    assert.equal(s.query, '');
    assert.equal(s.filters.speakers.length, 50);
  });
});
