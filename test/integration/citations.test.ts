// Inserting citations through the real commands into real (untitled) documents: exact Markdown
// and LaTeX, `$` and `}` kept literal, the format chosen by the document's language or setting.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Corpus } from '../../src/core/model';
import type { SummitApi } from '../../src/vscode/extension';
import type { PickSession } from '../../src/vscode/commands/pick';
import type { QuoteItem } from '../../src/vscode/commands/insertQuote';
import { bundledQuote, closeAll, summitApi, untitled } from './summit';

const GUO_CREDIT = '郭旭升，信息中心主任，上海交通大学医学院附属仁济医院，2017中国医疗云技术领袖峰会，2017-04-22';

/** A small transcript of another event, whose one quote holds `$`, `}` and `%`. */
function dollarCorpus(): Corpus {
  const quote = '预算从$5万降到了$2万，节省{60%}';
  const text = `2020年杭州医疗成本论坛召开。陈立新说道：“${quote}”。`;
  const offset = text.indexOf(quote);
  return {
    id: 'test:dollar-forum',
    file: 'dollar-forum.summit.txt',
    text,
    event: { name: '2020杭州医疗成本论坛', date: '2020-05-09', venue: '杭州国际会议中心', city: '杭州', organizers: ['测试协会'], language: 'zh-CN' },
    speakers: [{ name: '陈立新', title: '财务处处长', organization: '杭州测试医院', role: 'speaker', aliases: ['陈处长'], pinyin: 'chen li xin' }],
    sections: [{ index: 0, kind: 'speaker', subject: '陈立新', location: { line: 1, column: 1, offset: 0, length: text.length } }],
    passages: [
      { id: 'p1', text: '2020年杭州医疗成本论坛召开。', speaker: null, section: 0, location: { line: 1, column: 1, offset: 0, length: 16 }, topics: [] },
      { id: 'p2', text: text.slice(16), speaker: '陈立新', section: 0, location: { line: 1, column: 17, offset: 16, length: text.length - 16 }, topics: [] },
    ],
    quotes: [{ id: 'q1', text: quote, speaker: '陈立新', verb: '说道', location: { line: 1, column: offset + 1, offset, length: quote.length }, passage: 'p2', topics: [] }],
    statements: [],
    topics: [],
  };
}

describe('citations inserted into documents', () => {
  let api: SummitApi;
  before(async () => { api = await summitApi(); });
  afterEach(closeAll);

  it('Insert Quote (picked in the real quick pick) writes the exact Markdown block quote', async () => {
    const editor = await untitled('markdown');
    const session = await vscode.commands.executeCommand<PickSession<QuoteItem> & { done: Promise<unknown> }>('summit.insertQuote');
    await session.idle();
    const item = session.quickPick.items.find((i) => i.quote.text === '医护体验始终是硬道理');
    assert.ok(item, 'the quote is offered');
    session.quickPick.activeItems = [item];
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const done = await session.done;
    assert.ok(done, 'the quick pick accepted the quote');
    assert.equal(editor.document.getText(), `> 医护体验始终是硬道理\n>\n> — ${GUO_CREDIT}\n`);
  });

  it('Insert Quote writes the exact LaTeX quote environment into a LaTeX document', async () => {
    const editor = await untitled('latex');
    const { id } = bundledQuote(api, '医护体验始终是硬道理');
    await vscode.commands.executeCommand('summit.insertQuote', { id });
    assert.equal(editor.document.getText(), `\\begin{quote}\n医护体验始终是硬道理\\par\n\\hfill --- ${GUO_CREDIT}\n\\end{quote}\n`);
  });

  describe('a quote containing $, } and %', () => {
    before(async () => { await api.service.addCorpus(dollarCorpus()); });
    after(async () => { await api.service.removeCorpus('test:dollar-forum'); });
    const credit = '陈立新，财务处处长，杭州测试医院，2020杭州医疗成本论坛，2020-05-09';

    it('stays literal in Markdown (no snippet expansion of $5 or })', async () => {
      const editor = await untitled('markdown');
      await vscode.commands.executeCommand('summit.insertQuote', { id: 'test:dollar-forum#q1' });
      assert.equal(editor.document.getText(), `> 预算从$5万降到了$2万，节省{60%}\n>\n> — ${credit}\n`);
    });

    it('is escaped for LaTeX', async () => {
      const editor = await untitled('latex');
      await vscode.commands.executeCommand('summit.insertQuote', { id: 'test:dollar-forum#q1' });
      assert.equal(editor.document.getText(), `\\begin{quote}\n预算从\\$5万降到了\\$2万，节省\\{60\\%\\}\\par\n\\hfill --- ${credit}\n\\end{quote}\n`);
    });

    it('is found by search once the transcript is added', async () => {
      const result = await api.service.search('预算');
      assert.ok(result.results.some((h) => h.corpus === 'test:dollar-forum'));
    });
  });

  it('insertCitation goes into the last active editor even after the focus moved to the sidebar', async () => {
    const editor = await untitled('plaintext', '见：');
    editor.selection = new vscode.Selection(0, 2, 0, 2);
    await vscode.commands.executeCommand('summit.search.focus');
    const { id } = bundledQuote(api, '医护体验始终是硬道理');
    await vscode.commands.executeCommand('summit.insertCitation', { id });
    assert.equal(editor.document.getText(), `见：“医护体验始终是硬道理”——${GUO_CREDIT}`);
  });

  it('the setting summit.citation.format overrides auto', async () => {
    const config = vscode.workspace.getConfiguration('summit');
    await config.update('citation.format', 'gbt7714', vscode.ConfigurationTarget.Global);
    try {
      const editor = await untitled('markdown');
      await vscode.commands.executeCommand('summit.insertCitation', { id: bundledQuote(api, '医护体验始终是硬道理').id });
      assert.equal(editor.document.getText(), '郭旭升. 2017中国医疗云技术领袖峰会[EB/OL]. 上海: 中国数字医疗网（HC3i）, 2017-04-22.');
    } finally {
      await config.update('citation.format', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('Cite Selection replaces the selected words with the citation of the quote they come from', async () => {
    const editor = await untitled('markdown', '正如所说：医护体验始终是硬道理');
    editor.selection = new vscode.Selection(0, 5, 0, 15);
    const result = await vscode.commands.executeCommand<{ id: string; inserted: boolean }>('summit.citeSelection');
    assert.equal(result?.inserted, true);
    assert.equal(editor.document.getText(), `正如所说：\n\n> 医护体验始终是硬道理\n>\n> — ${GUO_CREDIT}\n`);
  });

  it('Cite Speaker inserts the attribution', async () => {
    const editor = await untitled('plaintext');
    await vscode.commands.executeCommand('summit.citeSpeaker', { name: '郭旭升' });
    assert.equal(editor.document.getText(), GUO_CREDIT);
  });

  it('copyCitation returns the citation in the requested format', async () => {
    const text = await vscode.commands.executeCommand<string>('summit.copyCitation', { id: bundledQuote(api, '医护体验始终是硬道理').id, format: 'bibtex' });
    assert.match(text ?? '', /^@misc\{guoxusheng2017q\d+,/);
    assert.match(text ?? '', /note\s+= \{郭旭升（信息中心主任）：“医护体验始终是硬道理”/);
  });
});
