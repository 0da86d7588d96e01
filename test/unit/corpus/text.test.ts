import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { LineIndex, paragraphSpans } from '../../../src/core/corpus/location';
import { splitSentences } from '../../../src/core/corpus/sentences';
import { tagTopics } from '../../../src/core/corpus/topics';
import { splitOrgTitle, titleAliases } from '../../../src/core/corpus/titles';
import type { Topic } from '../../../src/core/model';

const all = (text: string) => splitSentences(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));

describe('corpus text helpers', () => {
  it('maps offsets to 1-based line/column across \\n, \\r\\n and \\r', () => {
    const text = 'ab\ncd\r\nef\rgh';
    const idx = new LineIndex(text);
    assert.deepEqual(idx.locate(0, 1), { line: 1, column: 1, offset: 0, length: 1 });
    assert.deepEqual(idx.locate(4, 1), { line: 2, column: 2, offset: 4, length: 1 });
    assert.deepEqual(idx.locate(7, 2), { line: 3, column: 1, offset: 7, length: 2 });
    assert.deepEqual(idx.locate(10, 1), { line: 4, column: 1, offset: 10, length: 1 });
    assert.equal(idx.offsetAt(3, 2), 8);
    assert.equal(idx.offsetAt(9, 1), -1);
  });

  it('finds paragraphs, trimming spaces, NBSP and BOM', () => {
    const text = '\ufeff第一段。\n\n  第二段。\u00a0\n';
    assert.deepEqual(paragraphSpans(text).map((s) => text.slice(s.start, s.end)), ['第一段。', '第二段。']);
  });

  it('splits on 。！？ but keeps quotations whole', () => {
    assert.deepEqual(all('他说：“第一句。第二句”就走了。好吗？好！'), ['他说：“第一句。第二句”就走了。', '好吗？', '好！']);
    assert.deepEqual(all('甲说道：“结束了。”乙来了。'), ['甲说道：“结束了。”', '乙来了。']);
    assert.deepEqual(all('“结束了。”张三说。下一句'), ['“结束了。”张三说。', '下一句']);
    assert.deepEqual(all('没有句号的结尾'), ['没有句号的结尾']);
  });

  it('splits organisation from title', () => {
    assert.deepEqual(splitOrgTitle('上海市卫计委信息中心主任'), { organization: '上海市卫计委', title: '信息中心主任' });
    assert.deepEqual(splitOrgTitle('英特尔（中国）有限公司医疗行业技术总监'), { organization: '英特尔（中国）有限公司', title: '医疗行业技术总监' });
    assert.deepEqual(splitOrgTitle('戴尔首席企业技术战略架构师', '戴尔很强。戴尔首席企业技术战略架构师'), { organization: '戴尔', title: '首席企业技术战略架构师' });
    assert.deepEqual(splitOrgTitle('树兰医疗集团CIO'), { organization: '树兰医疗集团', title: 'CIO' });
    assert.deepEqual(titleAliases('王力华', '信息中心副主任'), ['王主任']);
    assert.deepEqual(titleAliases('欧阳明', '副院长'), ['欧阳院长']);
  });

  it('tags topics by signal words, with ancestors', () => {
    const tree: Topic[] = [{ id: 'cloud', label: { zh: '云', en: 'Cloud' }, keywords: ['云计算'], children: [
      { id: 'private', label: { zh: '私有云', en: 'Private' }, keywords: ['私有云'], children: [] }] },
    { id: 'ai', label: { zh: '人工智能', en: 'AI' }, keywords: ['AI'], children: [] }];
    assert.deepEqual(tagTopics('我们的私有云', tree), ['cloud', 'private']);
    assert.deepEqual(tagTopics('ai 和云计算', tree), ['cloud', 'ai']);
    assert.deepEqual(tagTopics('无关', tree), []);
  });
});

describe('topic keywords in Latin letters', () => {
  it('match whole words only', () => {
    const tree: Topic[] = [{ id: 'ai', label: { zh: '人工智能', en: 'AI' }, keywords: ['AI'], children: [] }];
    assert.deepEqual(tagTopics('会用AI的医生', tree), ['ai']);
    assert.deepEqual(tagTopics('he said again', tree), []);
  });
});

describe('topic tagging by definition', () => {
  it('tags a topic and its ancestors exactly when one of its keywords occurs (a Latin one as a whole word)', () => {
    const tree: Topic[] = [
      { id: 'cloud', label: { zh: '云', en: 'Cloud' }, keywords: ['云计算', 'Cloud'], children: [
        { id: 'hybrid', label: { zh: '混合云', en: 'Hybrid' }, keywords: ['混合云'], children: [] }] },
      { id: 'ai', label: { zh: '人工智能', en: 'AI' }, keywords: ['AI', '人工智能'], children: [] },
      { id: 'dr', label: { zh: '容灾', en: 'DR' }, keywords: ['容灾', '灾备'], children: [] }];
    const wholeWord = (text: string, w: string) => new RegExp(`(^|[^a-z])${w}($|[^a-z])`).test(text.toLowerCase());
    const occurs = (text: string, w: string) => (/[a-z]/i.test(w) ? wholeWord(text, w.toLowerCase()) : text.toLowerCase().includes(w.toLowerCase()));
    const expected = (text: string) => {
      const ids = new Set<string>();
      const visit = (t: Topic, up: string[]) => {
        if (t.keywords.some((k) => occurs(text, k))) [...up, t.id].forEach((id) => ids.add(id));
        t.children.forEach((c) => visit(c, [...up, t.id]));
      };
      tree.forEach((t) => visit(t, []));
      return ['cloud', 'hybrid', 'ai', 'dr'].filter((id) => ids.has(id));
    };
    const piece = fc.constantFrom('云计算', '混合', '云', '混合云', 'AI', 'ai', 'said', 'cloud', 'Clouds', '人工', '智能', '容灾', '灾', '备', ' ', '，', '的');
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
      const text = pieces.join('');
      assert.deepEqual(tagTopics(text, tree), expected(text), text);
    }), { seed: 14, numRuns: 400 });
  });
});
