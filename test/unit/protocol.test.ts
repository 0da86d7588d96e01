import * as assert from 'node:assert/strict';
import { LIMITS, describeRejected, parseHostMessage, parseWebviewMessage } from '../../src/protocol';
import type { ViewAnswer as Answer, ViewHit as SearchHit } from '../../src/protocol';

const filters = { speakers: [], topics: [] };

function hit(over: Partial<SearchHit> = {}): SearchHit {
  return {
    kind: 'passage', id: 'bundled:summit-2017#p12', text: '混合云是趋势', speaker: '谢桦',
    location: { line: 3, column: 5, offset: 120, length: 6 }, topics: ['hybrid-cloud'], score: 3.5,
    highlights: [[0, 3]], corpus: 'bundled:summit-2017', event: '2017中国医疗云技术领袖峰会', file: 'summit-2017.txt',
    passage: 'bundled:summit-2017#p12', quote: null, ...over,
  };
}

function answer(over: Partial<Answer> = {}): Answer {
  return {
    question: '谁提出了“三云三服务”？', type: 'who', answer: '谢桦', confidence: 0.8,
    evidence: [{ text: '谢桦提出三云三服务', speaker: '谢桦', location: { line: 4, column: 1, offset: 300, length: 9 }, highlights: [[0, 2], [4, 9]], corpus: 'c', event: 'e', file: 'f', passage: 'c#p4', quote: 'c#q2' }],
    alternatives: [], ...over,
  };
}

describe('protocol: messages from the webview', () => {
  it('accepts each well-formed message and returns a clean copy', () => {
    const good: unknown[] = [
      { type: 'ready' },
      { type: 'query', id: 3, query: '混合云', filters: { speakers: ['谢桦'], topics: ['hybrid-cloud'] }, prefix: true },
      { type: 'query', id: 4, query: '谁提出了“三云三服务”？', filters, prefix: false },
      { type: 'showSpeaker', name: '谢桦' },
      { type: 'showSpeaker', name: '谢桦', corpus: 'bundled:summit-2017' },
      { type: 'showTopic', topicId: 'hybrid-cloud' },
      { type: 'openLocation', corpus: 'bundled:summit-2017', offset: 10, length: 5 },
      { type: 'copyCitation', id: 'bundled:summit-2017#q3' },
      { type: 'insertCitation', id: 'bundled:summit-2017#q3' },
      { type: 'log', level: 'warn', message: 'something' },
    ];
    for (const m of good) assert.deepEqual(parseWebviewMessage(m), m, JSON.stringify(m));
  });

  it('drops properties the protocol does not define', () => {
    const parsed = parseWebviewMessage({ type: 'insertCitation', id: 'c#q1', command: 'workbench.action.terminal.new', __proto__x: 1 });
    assert.deepEqual(parsed, { type: 'insertCitation', id: 'c#q1' });
    const search = parseWebviewMessage({ type: 'query', id: 1, query: 'x', prefix: false, filters: { speakers: [], topics: [], extra: ['y'] }, seq: 4 });
    assert.deepEqual(search, { type: 'query', id: 1, query: 'x', prefix: false, filters });
  });

  it('rejects unknown types and non-objects', () => {
    for (const raw of [null, undefined, 42, 'ready', ['ready'], {}, { type: 'runCommand', command: 'x' }, { type: 7 }, { type: 'READY' }]) {
      assert.equal(parseWebviewMessage(raw), undefined, JSON.stringify(raw));
    }
  });

  it('rejects fields of the wrong type or out of range', () => {
    // (a request without its id is refused: replies are matched by it)
    const bad: unknown[] = [
      { type: 'query', id: -1, query: 'a', filters, prefix: true },
      { type: 'query', id: 1.5, query: 'a', filters, prefix: true },
      { type: 'query', id: LIMITS.requestId + 1, query: 'a', filters, prefix: true },
      { type: 'query', id: '1', query: 'a', filters, prefix: true },
      { type: 'query', id: 1, query: 5, filters, prefix: true },
      { type: 'query', id: 1, query: 'a', filters, prefix: 'yes' },
      { type: 'query', id: 1, query: 'a', prefix: true },
      { type: 'query', id: 1, query: 'a', filters: { speakers: [1], topics: [] }, prefix: true },
      { type: 'query', id: 1, query: 'a', filters: { speakers: [''], topics: [] }, prefix: true },
      { type: 'query', id: 1, query: 'a', filters: { speakers: 'all', topics: [] }, prefix: true },
      { type: 'search', seq: 1, query: 'a', filters, prefix: true }, // the old search/ask pair is gone
      { type: 'ask', seq: 1, question: '谁？' },
      { type: 'query', query: 'a', filters, prefix: true },
      { type: 'showSpeaker', name: '' },
      { type: 'showSpeaker', name: '谢桦', corpus: 3 },
      { type: 'showTopic', topicId: null },
      { type: 'openLocation', corpus: 'c', offset: -5, length: 2 },
      { type: 'openLocation', corpus: 'c', offset: 1, length: Number.NaN },
      { type: 'openLocation', corpus: 'c', offset: Infinity, length: 2 },
      { type: 'openLocation', corpus: '', offset: 1, length: 2 },
      { type: 'copyCitation', id: { toString: () => 'x' } },
      { type: 'insertCitation' },
      { type: 'log', level: 'debug', message: 'x' },
    ];
    for (const raw of bad) assert.equal(parseWebviewMessage(raw), undefined, JSON.stringify(raw));
  });

  it('rejects oversized strings and lists', () => {
    const huge = '混'.repeat(LIMITS.query + 1);
    assert.equal(parseWebviewMessage({ type: 'query', id: 1, query: huge, filters, prefix: true }), undefined);
    assert.equal(parseWebviewMessage({ type: 'insertCitation', id: 'x'.repeat(LIMITS.name + 1) }), undefined);
    assert.equal(parseWebviewMessage({ type: 'log', level: 'info', message: 'x'.repeat(LIMITS.message + 1) }), undefined);
    const many = Array.from({ length: LIMITS.filters + 1 }, (_, i) => `s${i}`);
    assert.equal(parseWebviewMessage({ type: 'query', id: 1, query: 'a', filters: { speakers: many, topics: [] }, prefix: true }), undefined);
    // exactly at the limit is fine
    assert.ok(parseWebviewMessage({ type: 'query', id: 1, query: '混'.repeat(LIMITS.query), filters, prefix: true }));
  });

  it('describes a rejected message without echoing its payload', () => {
    const d = describeRejected({ type: 'evil', payload: '<script>alert(1)</script>' });
    assert.match(d, /"evil"/);
    assert.doesNotMatch(d, /script/);
    assert.match(describeRejected(null), /null/);
  });
});

describe('protocol: messages from the host', () => {
  it('accepts results, answers, cards, topics, init, setQuery and errors', () => {
    const good: unknown[] = [
      { type: 'results', replyTo: 2, asking: false, result: { query: '混合云', terms: ['混合云'], results: [hit(), hit({ kind: 'speaker', location: null, highlights: [] })] } },
      { type: 'results', replyTo: 2, asking: false, result: { query: 'x', terms: [], results: [], note: 'truncated' } },
      { type: 'answer', replyTo: 2, answer: answer() },
      { type: 'answer', replyTo: 2, answer: answer({ answer: null, confidence: 0, evidence: [] }) },
      { type: 'speaker', card: { name: '谢桦', title: '主任', organization: '上海市卫计委', role: 'speaker', aliases: [], corpus: 'c', event: 'e', topics: ['hybrid-cloud'], quotes: [hit({ kind: 'quote', highlights: [] })] } },
      { type: 'topicPassages', topic: { topicId: 'hybrid-cloud', passages: [hit()], total: 9 } },
      { type: 'init', topics: [{ id: 'cloud', label: { zh: '云', en: 'Cloud' }, count: 4, children: [{ id: 'hybrid-cloud', label: { zh: '混合云', en: 'Hybrid cloud' }, count: 2, children: [] }] }],
        speakers: [{ name: '谢桦', title: '主任', organization: 'o', role: 'speaker', quotes: 3, corpus: 'c' }], state: { ready: true, corpora: 1, language: 'zh-cn' } },
      { type: 'setQuery', query: '容灾' },
      { type: 'error', message: 'boom' },
      { type: 'error', replyTo: 3, message: 'boom' },
    ];
    for (const m of good) assert.deepEqual(parseHostMessage(m), m, JSON.stringify(m).slice(0, 120));
  });

  it('rejects highlight ranges that fall outside the text, overlap or run backwards', () => {
    for (const highlights of [[[0, 99]], [[2, 1]], [[0, 3], [2, 4]], [[-1, 2]], [[0]], [['0', '1']]]) {
      const m = { type: 'results', replyTo: 1, asking: false, result: { query: 'q', terms: [], results: [hit({ highlights: highlights as Array<[number, number]> })] } };
      assert.equal(parseHostMessage(m), undefined, JSON.stringify(highlights));
    }
  });

  it('rejects malformed hits, answers and cards', () => {
    const bad: unknown[] = [
      { type: 'results', replyTo: 1, asking: false, result: { query: 'q', terms: [], results: [hit({ kind: 'script' as never })] } },
      { type: 'results', replyTo: 1, asking: false, result: { query: 'q', terms: [], results: [hit({ text: 5 as never })] } },
      { type: 'results', replyTo: 1, asking: false, result: { query: 'q', terms: [], results: [hit({ location: { line: 0, column: 1, offset: 0, length: 1 } })] } },
      { type: 'results', replyTo: 1, asking: false, result: { query: 'q', terms: [], results: 'none' } },
      { type: 'results', asking: false, result: { query: 'q', terms: [], results: [] } },
      { type: 'results', replyTo: 1, result: { query: 'q', terms: [], results: [] } },
      { type: 'results', seq: 1, asking: false, result: { query: 'q', terms: [], results: [] } },
      { type: 'results', replyTo: 1, asking: false, result: { query: 'q', terms: [], results: [hit({ passage: 5 as never })] } },
      { type: 'answer', replyTo: 1, answer: answer({ confidence: 1.5 }) },
      { type: 'answer', replyTo: 1, answer: answer({ type: 'whom' as never }) },
      { type: 'answer', replyTo: 1, answer: answer({ answer: 3 as never }) },
      { type: 'speaker', card: { name: '谢桦' } },
      { type: 'speaker', card: { name: '谢桦', title: '', organization: '', role: 'king', aliases: [], corpus: 'c', event: 'e', topics: [], quotes: [] } },
      { type: 'topicPassages', topic: { topicId: '', passages: [], total: 0 } },
      { type: 'init', topics: 'all', speakers: [], state: { ready: true, corpora: 1, language: 'en' } },
      { type: 'init', topics: [], speakers: [], state: { ready: 'yes', corpora: 1, language: 'en' } },
      { type: 'setQuery', query: 'x'.repeat(LIMITS.query + 1) },
      { type: 'error', replyTo: -2, message: 'x' },
      { type: 'navigate', url: 'https://example.invalid' },
    ];
    for (const m of bad) assert.equal(parseHostMessage(m), undefined, JSON.stringify(m).slice(0, 160));
  });

  it('rejects a topic tree that is too deep or too large', () => {
    let deep: unknown = { id: 'leaf', label: { zh: 'a', en: 'a' }, count: 0, children: [] };
    for (let i = 0; i < LIMITS.topicDepth + 1; i++) deep = { id: `n${i}`, label: { zh: 'a', en: 'a' }, count: 0, children: [deep] };
    assert.equal(parseHostMessage({ type: 'init', topics: [deep], speakers: [], state: { ready: true, corpora: 1, language: 'en' } }), undefined);
    const wide = Array.from({ length: LIMITS.topicNodes + 1 }, (_, i) => ({ id: `t${i}`, label: { zh: 'a', en: 'a' }, count: 0, children: [] }));
    assert.equal(parseHostMessage({ type: 'init', topics: wide, speakers: [], state: { ready: true, corpora: 1, language: 'en' } }), undefined);
  });
});
