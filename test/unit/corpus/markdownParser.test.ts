import * as assert from 'node:assert';
import { parseHeading, parseMarkdown } from '../../../src/core/corpus/markdownParser';
import { detectFormat } from '../../../src/core/corpus/detectFormat';
import type { Topic } from '../../../src/core/model';
import { MARKDOWN_TEMPLATE } from '../../../src/core/corpus/transcript/template';

/** A transcript written for these tests (format 2), with CRLF on one line to keep offsets honest. */
const MD = [
  '---',
  'title: 2018华东医疗信息化论坛',
  'date: 2018年5月12日',
  'venue: 杭州国际博览中心',
  'organisers:',
  '  - 浙江省医院协会',
  '  - 华东医疗网',
  'language: zh-CN',
  '---',
  '',
  '本次论坛聚焦混合云与容灾。',
  '',
  '## 主持人：周明｜信息科主任，杭州市第一人民医院',
  '',
  '周明首先介绍了论坛议程。他表示：“今天我们讨论医院上云的具体路径。”\r',
  '',
  '## 林晓东|副院长,宁波市中心医院',
  '',
  '林晓东认为，混合云是医院数据中心的必然选择。医院的核心业务仍放在私有云。',
  '> 我们的灾备系统做到了秒级接管，数据一条都没有丢。',
  '',
  '## 圆桌｜周明、林晓东、韩雪',
  '',
  '**韩雪**：基因测序的数据量每年翻倍。',
  '林晓东：公有云适合做异地备份。',
  '',
].join('\n');

const TOPICS: Topic[] = [
  { id: 'cloud', label: { zh: '云', en: 'cloud' }, keywords: [], children: [
    { id: 'hybrid-cloud', label: { zh: '混合云', en: 'hybrid cloud' }, keywords: ['混合云', '私有云', '公有云'], children: [] },
  ] },
  { id: 'dr', label: { zh: '容灾', en: 'disaster recovery' }, keywords: ['容灾', '灾备', '异地备份'], children: [] },
];

function parse(text = MD) {
  return parseMarkdown(text, { id: 'ws:forum.summit.md', file: 'forum.summit.md', curated: { topics: TOPICS } });
}

describe('Markdown transcripts', () => {
  it('is detected as Markdown', () => {
    assert.strictEqual(detectFormat(MD, 'forum.summit.md'), 'markdown');
    assert.strictEqual(detectFormat('## 张三｜主任，某医院\n正文。', 'x.txt'), 'markdown');
  });

  it('reads the front matter into the event', () => {
    const { corpus, problems } = parse();
    assert.deepStrictEqual(problems, []);
    assert.deepStrictEqual(corpus!.event, {
      name: '2018华东医疗信息化论坛', date: '2018-05-12', venue: '杭州国际博览中心',
      organizers: ['浙江省医院协会', '华东医疗网'], language: 'zh-CN',
    });
  });

  it('makes speakers from headings, with the host and panel markers', () => {
    const c = parse().corpus!;
    const by = Object.fromEntries(c.speakers.map((s) => [s.name, s]));
    assert.deepStrictEqual(Object.keys(by).sort(), ['周明', '林晓东', '韩雪'].sort());
    assert.deepStrictEqual([by['周明'].role, by['周明'].title, by['周明'].organization], ['host', '信息科主任', '杭州市第一人民医院']);
    assert.deepStrictEqual([by['林晓东'].role, by['林晓东'].title, by['林晓东'].organization], ['speaker', '副院长', '宁波市中心医院']);
    assert.strictEqual(by['韩雪'].role, 'panelist');
    assert.strictEqual(by['林晓东'].pinyin, 'lin xiao dong');
    assert.ok(by['林晓东'].aliases.includes('林院长'));
    assert.deepStrictEqual(c.sections.map((s) => [s.kind, s.subject]), [['intro', null], ['speaker', '周明'], ['speaker', '林晓东'], ['panel', null]]);
  });

  it('attributes paragraphs, block quotes and panel lines, with exact offsets and lines', () => {
    const c = parse().corpus!;
    for (const p of c.passages) {
      assert.strictEqual(MD.slice(p.location.offset, p.location.offset + p.location.length), p.text);
      const lineText = MD.split('\n')[p.location.line - 1];
      assert.strictEqual(lineText.slice(p.location.column - 1, p.location.column - 1 + p.text.length), p.text);
    }
    for (const q of c.quotes) assert.strictEqual(MD.slice(q.location.offset, q.location.offset + q.location.length), q.text);
    const find = (s: string) => c.passages.find((p) => p.text.includes(s))!;
    assert.strictEqual(find('本次论坛').speaker, null);
    assert.strictEqual(find('论坛议程').speaker, '周明');
    assert.strictEqual(find('秒级接管').speaker, '林晓东');
    assert.strictEqual(find('基因测序').speaker, '韩雪');
    assert.ok(!find('基因测序').text.includes('韩雪'), 'the name prefix is not part of the passage');
    assert.strictEqual(find('异地备份').speaker, '林晓东');
    assert.strictEqual(find('秒级接管').location.line, 20);
    assert.ok(!c.passages.some((p) => p.text.includes('\r')));
  });

  it('turns block quotes and attributed “…” into quotes of the right person', () => {
    const c = parse().corpus!;
    const q = c.quotes.map((x) => [x.speaker, x.text]);
    assert.deepStrictEqual(q, [
      ['周明', '今天我们讨论医院上云的具体路径。'],
      ['林晓东', '我们的灾备系统做到了秒级接管，数据一条都没有丢。'],
    ]);
    const block = c.quotes[1];
    assert.strictEqual(c.passages.find((p) => p.id === block.passage)!.text, block.text);
  });

  it('tags passages with topics and their parents', () => {
    const c = parse().corpus!;
    assert.deepStrictEqual(c.passages.find((p) => p.text.includes('必然选择'))!.topics.sort(), ['cloud', 'hybrid-cloud']);
    assert.deepStrictEqual(c.passages.find((p) => p.text.includes('异地备份'))!.topics.sort(), ['cloud', 'dr', 'hybrid-cloud']);
  });

  it('reports a heading without a name at its line, and gives no corpus', () => {
    const broken = MD.replace('## 林晓东|副院长,宁波市中心医院', '## ｜副院长，宁波市中心医院');
    const { corpus, problems } = parse(broken);
    assert.strictEqual(corpus, undefined);
    assert.strictEqual(problems.length, 1);
    assert.deepStrictEqual([problems[0].severity, problems[0].line, problems[0].file], ['error', 17, 'forum.summit.md']);
    assert.match(problems[0].message, /no name/);
  });

  it('reports broken front matter at its line', () => {
    const unclosed = parse(MD.replace(/^---\n\n/m, '\n'));
    assert.strictEqual(unclosed.corpus, undefined);
    assert.deepStrictEqual(unclosed.problems.filter((p) => p.severity === 'error').map((p) => [p.message.includes('never closed'), p.line]), [[true, 1]]);
    const badLine = parse(MD.replace('venue: 杭州国际博览中心', 'just some words'));
    assert.strictEqual(badLine.corpus, undefined);
    assert.deepStrictEqual(badLine.problems.map((p) => [p.severity, p.line]), [['error', 4]]);
    const badDate = parse(MD.replace('2018年5月12日', 'next spring'));
    assert.deepStrictEqual(badDate.problems.map((p) => [p.severity, p.line]), [['error', 3]]);
  });

  it('warns about unknown keys but still parses', () => {
    const r = parse(MD.replace('language: zh-CN', 'language: zh-CN\nsponsor: 某公司'));
    assert.ok(r.corpus);
    assert.deepStrictEqual(r.problems.map((p) => [p.severity, p.line]), [['warning', 9]]);
  });

  it('works without front matter, naming the event from the # title or the file', () => {
    const r = parseMarkdown('# 医疗AI沙龙\n\n## 赵伟｜主任，协和医院\n\n人工智能正在进入影像科。\n', { id: 'x', file: 'dir/salon.summit.md' });
    assert.strictEqual(r.corpus!.event.name, '医疗AI沙龙');
    const r2 = parseMarkdown('## 赵伟｜主任，协和医院\n\n人工智能正在进入影像科。\n', { id: 'x', file: 'dir/salon.summit.md' });
    assert.strictEqual(r2.corpus!.event.name, 'salon');
    assert.strictEqual(r2.problems[0].severity, 'warning');
  });

  it('parses heading variants', () => {
    assert.deepStrictEqual(parseHeading('刘喻（主持人）｜信息中心副主任，无锡市人民医院'), { kind: 'speaker', name: '刘喻', title: '信息中心副主任', organization: '无锡市人民医院', role: 'host', panelists: [] });
    assert.deepStrictEqual(parseHeading('Jane Doe | CTO, Example Health'), { kind: 'speaker', name: 'Jane Doe', title: 'CTO', organization: 'Example Health', role: 'speaker', panelists: [] });
    const panel = parseHeading('圆桌：医院上云的路径');
    assert.ok(!('error' in panel) && panel.kind === 'panel' && panel.subject === '医院上云的路径');
    assert.ok('error' in parseHeading(''));
  });

  it('reads the role label a programme heading puts before the name (主讲嘉宾：, 演讲人：, 主持嘉宾：, 参与嘉宾：)', () => {
    const speaker = (name: string, role: string) => ({ kind: 'speaker', name, title: '首席信息官', organization: '江南数据研究院', role, panelists: [] });
    assert.deepStrictEqual(parseHeading('主讲嘉宾：欧阳靖岚｜首席信息官，江南数据研究院'), speaker('欧阳靖岚', 'speaker'));
    assert.deepStrictEqual(parseHeading('演讲人: 欧阳靖岚 | 首席信息官，江南数据研究院'), speaker('欧阳靖岚', 'speaker'));
    assert.deepStrictEqual(parseHeading('主讲：欧阳靖岚｜首席信息官，江南数据研究院'), speaker('欧阳靖岚', 'speaker'));
    assert.deepStrictEqual(parseHeading('主持嘉宾：胡鑫｜首席信息官，江南数据研究院'), speaker('胡鑫', 'host'));
    assert.deepStrictEqual(parseHeading('胡鑫（主持嘉宾）｜首席信息官，江南数据研究院'), speaker('胡鑫', 'host'));
    const panel = parseHeading('参与嘉宾：李源、张天、徐斌');
    assert.ok(!('error' in panel) && panel.kind === 'panel' && panel.role === 'panelist');
    assert.deepStrictEqual(!('error' in panel) && panel.panelists, ['李源', '张天', '徐斌']);
    // A name that merely begins like a label stays whole.
    assert.strictEqual((parseHeading('主持平｜主任，协和医院') as { name: string }).name, '主持平');
  });

  it('the New Transcript template parses cleanly, with host, speaker, quote and panel', () => {
    const { corpus, problems } = parseMarkdown(MARKDOWN_TEMPLATE, { id: 'untitled', file: 'Untitled-1.summit.md' });
    assert.deepStrictEqual(problems, []);
    assert.strictEqual(corpus!.event.date, '2024-05-18');
    assert.deepStrictEqual(corpus!.speakers.map((s) => [s.name, s.role]), [['张明', 'host'], ['李华', 'speaker'], ['王芳', 'panelist']]);
    assert.deepStrictEqual(corpus!.sections.map((s) => s.kind), ['speaker', 'speaker', 'panel']);
    assert.ok(corpus!.quotes.some((q) => q.speaker === '李华' && q.text.includes('秒级接管')));
    assert.ok(corpus!.passages.some((p) => p.speaker === '王芳' && p.text.includes('基因测序')));
  });

  it('reads a heading that names no person (## 开幕致辞) as a part without a speaker, with a note', () => {
    const r = parseMarkdown('## 开幕致辞\n\n欢迎各位来宾。\n\n## 赵伟｜主任，协和医院\n\n人工智能正在进入影像科。\n', { id: 'x', file: 'x.summit.md' });
    assert.ok(r.corpus);
    assert.deepStrictEqual(r.corpus.speakers.map((s) => s.name), ['赵伟']);
    assert.deepStrictEqual(r.corpus.sections.map((s) => [s.kind, s.subject]), [['intro', null], ['speaker', '赵伟']]);
    assert.strictEqual(r.corpus.passages[0].speaker, null);
    assert.ok(r.problems.some((p) => p.severity === 'info' && p.line === 1));
  });
});
