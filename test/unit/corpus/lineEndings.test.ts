// Issue 12, finding 5: \r\n, \n and a lone \r (old Mac files) are one line break for every parser
// and for LineIndex. Each format's own example is parsed three ways and must give the same people,
// passages, quotes and line/column positions, with every location slicing its text.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LineIndex } from '../../../src/core/corpus/location';
import { parseTranscript } from '../../../src/core/corpus/parseTranscript';
import type { Corpus } from '../../../src/core/model';
import { lineSpans, lineStarts } from '../../../src/core/text/lines';

const README = fs.readFileSync(path.join(__dirname, '../../../../README.md'), 'utf8');

/** The fenced examples of the README's transcript formats (markdown, text). */
function readmeExamples(): Array<{ lang: string; body: string }> {
  const out: Array<{ lang: string; body: string }> = [];
  const re = /```(markdown|text)\n([\s\S]*?)```/g;
  for (let m = re.exec(README); m; m = re.exec(README)) out.push({ lang: m[1], body: m[2] });
  return out;
}

function shape(c: Corpus) {
  return {
    speakers: c.speakers.map((s) => [s.name, s.title, s.organization, s.role]),
    passages: c.passages.map((p) => [p.text, p.speaker, p.location.line, p.location.column]),
    quotes: c.quotes.map((q) => [q.text, q.speaker, q.location.line, q.location.column]),
  };
}

function assertSlices(c: Corpus): void {
  for (const p of c.passages) assert.strictEqual(c.text.slice(p.location.offset, p.location.offset + p.location.length), p.text);
  for (const q of c.quotes) assert.strictEqual(c.text.slice(q.location.offset, q.location.offset + q.location.length), q.text);
}

describe('line endings', () => {
  it('lineSpans and lineStarts agree on \\n, \\r\\n and a lone \\r', () => {
    for (const text of ['', 'a', 'a\nb', 'a\r\nb', 'a\rb', 'a\r\r\nb\n', '\r\n\r', 'x\n\ry']) {
      const spans = lineSpans(text);
      assert.deepStrictEqual(spans.map((s) => s.start), lineStarts(text), JSON.stringify(text));
      const joined = spans.map((s) => text.slice(s.start, s.end)).join('');
      assert.strictEqual(joined, text.replace(/[\r\n]/g, ''), JSON.stringify(text));
    }
    assert.deepStrictEqual(lineSpans('a\rb\r\nc\nd').map((s) => s.line), [1, 2, 3, 4]);
  });

  it('LineIndex counts a lone \\r as a line break', () => {
    const idx = new LineIndex('一\r二\r\n三\n四');
    assert.deepStrictEqual([0, 2, 5, 7].map((o) => idx.locate(o, 1)).map((l) => [l.line, l.column]), [[1, 1], [2, 1], [3, 1], [4, 1]]);
  });

  const examples = readmeExamples();
  it('finds the README format examples', () => assert.ok(examples.length >= 3, `found ${examples.length}`));
  for (const [i, ex] of examples.entries()) {
    it(`parses README example ${i + 1} (${ex.lang}) alike with \\n, \\r\\n and \\r`, () => {
      const file = ex.lang === 'markdown' ? 'x.summit.md' : 'x.summit.txt';
      const parse = (text: string) => parseTranscript(text, { id: 'x', file });
      const lf = parse(ex.body);
      assert.ok(lf.corpus, JSON.stringify(lf.problems));
      for (const eol of ['\r\n', '\r']) {
        const other = parse(ex.body.replace(/\n/g, eol));
        assert.strictEqual(other.format, lf.format, `format with ${JSON.stringify(eol)}`);
        assert.ok(other.corpus, JSON.stringify(other.problems));
        assert.deepStrictEqual(shape(other.corpus!), shape(lf.corpus!));
        assertSlices(other.corpus!);
      }
    });
  }
});
