import * as assert from 'node:assert/strict';
import { formatAnswerCitation, formatCitation, formatForLanguage, resolveFormat, CITATION_FORMATS } from '../../../src/core/cite';
import { fixtureCorpus } from './fixture';

const corpus = fixtureCorpus();
const quote = corpus.quotes[0];
const speaker = corpus.speakers[0];
const intro = corpus.passages[0];
const credit = '周明远，信息科主任，杭州第一医院，2019杭州医疗数据论坛，2019-06-01';

describe('cite: formats', () => {
  it('Markdown: a block quote and an attribution line, $ and } literal', () => {
    assert.equal(formatCitation(quote, corpus, 'markdown'), `> 成本降了$30%，效率{翻倍}\n>\n> — ${credit}\n`);
  });

  it('Markdown escapes markup characters and line starts', () => {
    const q = { ...quote, text: '# 标题 *重点* [链接] <b>' };
    assert.equal(formatCitation(q, corpus, 'markdown').split('\n')[0], '> \\# 标题 \\*重点\\* \\[链接\\] \\<b\\>');
  });

  it('LaTeX: quote environment with escaped specials and a flush-right attribution', () => {
    assert.equal(
      formatCitation(quote, corpus, 'latex'),
      `\\begin{quote}\n成本降了\\$30\\%，效率\\{翻倍\\}\\par\n\\hfill --- ${credit}\n\\end{quote}\n`,
    );
  });

  it('LaTeX csquotes: \\enquote{} with attribution', () => {
    assert.equal(formatCitation(quote, corpus, 'latex-csquotes'), `\\enquote{成本降了\\$30\\%，效率\\{翻倍\\}} --- ${credit}`);
  });

  it('plain text uses Chinese quotation marks for a Chinese event', () => {
    assert.equal(formatCitation(quote, corpus, 'plain'), `“成本降了$30%，效率{翻倍}”——${credit}`);
  });

  it('plain text uses ASCII punctuation for an English event', () => {
    const en = fixtureCorpus({ name: 'Health Data Forum 2019', language: 'en' });
    const out = formatCitation({ ...quote, text: 'Costs fell by 30%' }, en, 'plain');
    assert.equal(out, '"Costs fell by 30%" — 周明远, 信息科主任, 杭州第一医院, Health Data Forum 2019, 2019-06-01');
  });

  it('a passage without a speaker is attributed to the event only', () => {
    assert.equal(formatCitation(intro, corpus, 'markdown'), '> 杭州数据论坛召开。\n>\n> — 2019杭州医疗数据论坛，2019-06-01\n');
  });

  it('a speaker alone gives the attribution line', () => {
    assert.equal(formatCitation(speaker, corpus, 'markdown'), `— ${credit}\n`);
    assert.equal(formatCitation(speaker, corpus, 'plain'), credit);
  });

  it('BibTeX: @misc with key, title, date, address, publisher, organization and note', () => {
    const bib = formatCitation(quote, corpus, 'bibtex');
    assert.match(bib, /^@misc\{zhoumingyuan2019q1,\n/);
    assert.match(bib, /\n  author\s+= \{周明远\},\n/);
    assert.match(bib, /\n  title\s+= \{\{2019杭州医疗数据论坛\}\},\n/);
    assert.match(bib, /\n  date\s+= \{2019-06-01\},\n/);
    assert.match(bib, /\n  year\s+= \{2019\},\n/);
    assert.match(bib, /\n  address\s+= \{西湖国宾馆, 杭州\},\n/);
    assert.match(bib, /\n  publisher\s+= \{医疗信息网\},\n/);
    assert.match(bib, /\n  organization\s+= \{浙江数据协会; 医疗信息网\},\n/);
    assert.ok(bib.includes('note         = {周明远（信息科主任）：“成本降了\\$30\\%，效率\\{翻倍\\}”. forum.summit.txt，第1行}'), bib);
    assert.ok(bib.endsWith('\n}\n'));
    // Braces balance, so BibTeX can parse the entry.
    const unescaped = bib.replace(/\\[{}]/g, '');
    assert.equal((unescaped.match(/\{/g) ?? []).length, (unescaped.match(/\}/g) ?? []).length);
  });

  it('BibTeX: a passage without a speaker is authored by the publisher, braced as a corporate name', () => {
    const bib = formatCitation(intro, corpus, 'bibtex');
    assert.match(bib, /^@misc\{summit2019p1,/);
    assert.match(bib, /author\s+= \{\{医疗信息网\}\}/);
  });

  it('CSL-JSON: one speech item with author, event, place, date and the words', () => {
    const items = JSON.parse(formatCitation(quote, corpus, 'csl-json'));
    assert.equal(items.length, 1);
    const item = items[0];
    assert.equal(item.id, 'zhoumingyuan2019q1');
    assert.equal(item.type, 'speech');
    assert.deepEqual(item.author, [{ literal: '周明远' }]);
    assert.equal(item['event-title'], '2019杭州医疗数据论坛');
    assert.equal(item['event-place'], '西湖国宾馆, 杭州');
    assert.equal(item.publisher, '医疗信息网');
    assert.deepEqual(item.issued, { 'date-parts': [[2019, 6, 1]] });
    assert.equal(item.note, quote.text);
  });

  it('GB/T 7714-2015: 责任者. 题名[EB/OL]. 出版地: 出版者, 日期.', () => {
    assert.equal(formatCitation(quote, corpus, 'gbt7714'), '周明远. 2019杭州医疗数据论坛[EB/OL]. 杭州: 医疗信息网, 2019-06-01.');
    const noCity = fixtureCorpus({ city: undefined });
    assert.equal(formatCitation(intro, noCity, 'gbt7714'), '医疗信息网. 2019杭州医疗数据论坛[EB/OL]. 医疗信息网, 2019-06-01.');
  });

  it('every format produces text for every kind of target', () => {
    for (const format of CITATION_FORMATS) {
      for (const target of [quote, intro, speaker]) {
        assert.ok(formatCitation(target, corpus, format).length > 0, `${format}`);
      }
    }
  });

  it('auto picks by document language', () => {
    assert.equal(formatForLanguage('markdown'), 'markdown');
    assert.equal(formatForLanguage('latex'), 'latex');
    assert.equal(formatForLanguage('plaintext'), 'plain');
    assert.equal(formatForLanguage('typescript'), 'plain');
    assert.equal(resolveFormat('auto', 'latex'), 'latex');
    assert.equal(resolveFormat('bibtex', 'markdown'), 'bibtex');
    assert.equal(resolveFormat('nonsense', 'markdown'), 'markdown');
  });
});

describe('cite: answers with evidence', () => {
  it('Markdown: the answer in bold, then the cited evidence', () => {
    assert.equal(formatAnswerCitation('周明远', quote, corpus, 'markdown'), `**周明远**\n\n> 成本降了$30%，效率{翻倍}\n>\n> — ${credit}\n`);
  });

  it('LaTeX: \\textbf answer with its specials escaped', () => {
    assert.ok(formatAnswerCitation('30%', quote, corpus, 'latex').startsWith('\\textbf{30\\%}\n\n\\begin{quote}\n'));
  });

  it('BibTeX: only the entry', () => {
    assert.equal(formatAnswerCitation('周明远', quote, corpus, 'bibtex'), formatCitation(quote, corpus, 'bibtex'));
  });
});
