// Front matter read with the yaml package: the event fields, and each problem at its line.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { parseFrontMatter } from '../../../src/core/corpus/transcript/frontMatter';
import { lines } from '../../../src/core/corpus/transcript/spans';

function fm(...body: string[]) {
  const text = ['---', ...body, '---', '', '## 张三｜主任，某医院', ''].join('\n');
  return parseFrontMatter(text, lines(text), 'x.summit.md');
}
const at = (r: ReturnType<typeof fm>) => r.problems.map((p) => `${p.severity}@${p.line}`);

describe('front matter (yaml)', () => {
  it('reads inline and block lists, quoted values, comments and both date forms', () => {
    const r = fm('# a comment', "title: '2024 论坛'", 'date: 2024年5月18日', 'organisers: [甲协会, 乙网]', 'venue: "上海 #1 会场"  # trailing comment');
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.event, { name: '2024 论坛', date: '2024-05-18', organizers: ['甲协会', '乙网'], venue: '上海 #1 会场' });
    assert.deepEqual(fm('organisers:', '  - 甲', '  - 乙', 'date: 2024-05-18').event, { organizers: ['甲', '乙'], date: '2024-05-18' });
    assert.deepEqual(fm('organisers: 甲、乙').event.organizers, ['甲', '乙']);
    assert.equal(r.bodyLine, 7);
  });

  it('accepts a full-width colon, no space after the colon, and a value with ": " in it', () => {
    const r = fm('标题：华东论坛', 'city:杭州', 'title_en: Summit 2024: AI in hospitals');
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.event, { name: '华东论坛', city: '杭州', nameEn: 'Summit 2024: AI in hospitals' });
  });

  it('puts each problem at its line and still reads the other keys', () => {
    const r = fm('title: 论坛', 'date: next spring', 'sponsor: 某公司', 'just some words', 'city: 杭州');
    assert.deepEqual(at(r).sort(), ['error@3', 'error@5', 'warning@4'].sort());
    assert.equal(r.event.city, '杭州');
    assert.equal(r.event.name, '论坛');
    assert.match(r.problems.find((p) => p.line === 5)!.message, /not "key: value"/);
    const list = fm('title: 论坛', 'venue:', '  - 一号厅');
    assert.deepEqual(at(list), ['error@4']);
    assert.deepEqual(at(fm('title: 论坛', 'venue: [一号厅, 二号厅]')), ['error@3']);
    assert.match(list.problems[0].message, /only allowed under organisers/);
  });

  it('reports front matter that is never closed at line 1', () => {
    const text = '---\ntitle: x\n\n## 张三｜主任\n';
    const r = parseFrontMatter(text, lines(text), 'x.summit.md');
    assert.deepEqual(at(r), ['error@1']);
    assert.equal(r.bodyLine, 0);
  });

  it('never throws on arbitrary lines, and every problem names a line of the block (fuzz, seeded)', () => {
    const piece = fc.constantFrom('title', '标题', 'date', 'organisers', ':', '：', ' ', '-', '#', '[', ']', '{', '"', "'", '2024年5月18日', '医院', '|', '>', '&a', '*a', '!!', '\t');
    const line = fc.array(piece, { maxLength: 8 }).map((p) => p.join(''));
    fc.assert(fc.property(fc.array(line, { maxLength: 12 }), (body) => {
      const r = fm(...body.filter((l) => !/^(---|\.\.\.)\s*$/.test(l)));
      for (const p of r.problems) assert.ok(p.line! >= 1 && p.line! <= body.length + 2, JSON.stringify([body, p]));
    }), { seed: 13, numRuns: 400 });
  });
});
