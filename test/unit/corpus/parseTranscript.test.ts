import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseTranscript } from '../../../src/core/corpus/parseTranscript';
import { loadCuratedData } from '../../../src/node/bundled';

const ROOT = path.join(__dirname, '..', '..', '..', '..');

describe('parseTranscript (format dispatch)', () => {
  const curated = loadCuratedData();

  it('says so with an info problem when the format decision was close', () => {
    const caption = (t: string, n: string) => `${t} ${n}会上介绍了平台建设的进展，效果明显。`;
    const prose = '会议还讨论了数据安全的问题。';
    const close = ['报告标题', caption('信息中心主任', '王建国'), caption('信息科科长', '李红梅'), caption('副院长', '赵一鸣'), prose, prose].join('\n');
    const r = parseTranscript(close, { id: 'c', file: 'c.txt' });
    assert.strictEqual(r.format, 'report');
    assert.ok(r.problems.some((p) => p.severity === 'info' && /close call/.test(p.message)), JSON.stringify(r.problems));
    const clear = parseTranscript(['标题', prose, prose, prose].join('\n'), { id: 'd', file: 'd.txt' });
    assert.strictEqual(clear.format, 'plain');
    assert.ok(!clear.problems.some((p) => /close call/.test(p.message)));
  });

  it('reads the bundled summit as a report, with curated topics', () => {
    const text = fs.readFileSync(path.join(ROOT, 'corpus', 'summit-2017.txt'), 'utf8');
    const r = parseTranscript(text, { id: 'copy', file: 'copy.txt', curated });
    assert.strictEqual(r.format, 'report');
    assert.ok(r.corpus);
    assert.ok(r.corpus.speakers.some((s) => s.name === '谢桦'));
    assert.ok(r.corpus.passages.some((p) => p.topics.length > 0));
  });

  it('does not give another event the bundled summit’s curated event or people', () => {
    const text = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'second-summit.txt'), 'utf8');
    const r = parseTranscript(text, { id: 'second', file: 'second-summit.txt', curated });
    assert.strictEqual(r.format, 'report');
    assert.notStrictEqual(r.corpus!.event.name, curated.event.name);
    assert.ok(!r.corpus!.speakers.some((s) => s.name === '谢桦' || s.name === '刘喻'));
  });

  it('parses every transcript example of the README in its own format without problems', () => {
    const doc = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const examples = [...doc.matchAll(/```(text|markdown)\n([\s\S]*?)```/g)].map((m) => m[2]);
    const formats = examples.map((e) => parseTranscript(e, { id: 'doc', file: 'doc.txt', curated }));
    assert.deepStrictEqual(formats.map((f) => f.format), ['report', 'markdown', 'plain']);
    for (const f of formats) {
      assert.deepStrictEqual(f.problems, []);
      assert.ok(f.corpus!.speakers.length >= 2 && f.corpus!.quotes.length >= 2, f.format);
    }
  });

  it('gives a quotation whose clause has no subject (…，并说：“…”) to the person the sentence opens with, not the last one named', () => {
    const text = ['新闻公报', '', '医务卫生局局长钟启言欢迎委任区慧敏女士出任专员。', '', '钟启言恭贺区慧敏，并说：“区女士熟悉公营医疗的信息系统，我有信心她能带领团队。”'].join('\n');
    const corpus = parseTranscript(text, { id: 'p', file: 'p.txt' }).corpus!;
    assert.deepStrictEqual(corpus.quotes.map((q) => [q.speaker, q.text.slice(0, 5)]), [['钟启言', '区女士熟悉']]);
  });

  it('quotes an exhortation with no colon (期勉「…」) and gives it to the clause chain\'s subject, not the byline\'s reporter who opens the sentence', () => {
    const text = ['院慶研討會', '', '〔記者王曉明／台中報導〕台中榮總今舉辦院慶，主委嚴德明出席並讚譽中榮表現優異，期勉「先進的設備只能使醫院變大，尊重生命才可以使醫療變偉大！」'].join('\n');
    const corpus = parseTranscript(text, { id: 't', file: 't.txt' }).corpus!;
    assert.deepStrictEqual(corpus.quotes.map((q) => [q.speaker, q.text.slice(0, 5)]), [['嚴德明', '先進的設備']]);
  });

  it('gives a quotation to the known person right after it whose view-verb takes its object in the same clause (“…”院士某某主张…), not to one who did something (介绍了) or agrees (表示赞同)', () => {
    const text = ['智慧医疗论坛', '', '中国科学院院士卞修文出席论坛。', '', '“当前肿瘤诊治最重要的挑战，是认识它的本质和发展规律。”中国科学院院士卞修文主张依托人工智能建立癌细胞的模型数据库。', '', '“数据要先通起来，才能谈共享。”卞修文介绍了医院的数据平台。', '', '“基层缺的不是设备，而是人才和标准。”卞修文表示赞同专家们的意见。'].join('\n');
    const corpus = parseTranscript(text, { id: 'v', file: 'v.txt' }).corpus!;
    assert.deepStrictEqual(corpus.quotes.filter((q) => q.speaker).map((q) => [q.speaker, q.text.slice(0, 4)]), [['卞修文', '当前肿瘤']]);
  });

  it('turns a parser failure into a problem instead of throwing', () => {
    const r = parseTranscript('---\ntitle: x\n', { id: 'x', file: 'x.summit.md' });
    assert.strictEqual(r.corpus, undefined);
    assert.strictEqual(r.problems[0].severity, 'error');
  });
});
