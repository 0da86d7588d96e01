// The palette commands as users meet them: Search, Ask a Question and Look Up Topic open real
// quick picks whose items come from the real engine.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SummitTestApi as SummitApi } from './summit';
import type { PickSession, HitItem } from '../../src/vscode/commands/pick';
import type { SearchSession } from '../../src/vscode/commands/search';
import type { AnswerItem } from '../../src/vscode/commands/ask';
import type { TopicItem } from '../../src/vscode/commands/lookUpTopic';
import { summitApi, until } from './summit';

describe('palette: Search, Ask, Look Up Topic', () => {
  let api: SummitApi;
  before(async () => { api = await summitApi(); });
  afterEach(async () => { await vscode.commands.executeCommand('workbench.action.closeQuickOpen'); });

  it('Search for 混合云 lists hits whose text contains 混合云, from several speakers', async () => {
    const session = await vscode.commands.executeCommand<PickSession<HitItem>>('summit.search', { query: '混合云' });
    assert.ok(session?.quickPick, 'summit.search returns its quick pick session');
    await session.idle();
    const qp = session.quickPick;
    assert.equal(qp.value, '混合云');
    assert.equal(qp.busy, false);
    const hits = qp.items.map((i) => i.hit).filter((h) => h !== undefined);
    assert.ok(hits.length >= 3, `expected several hits, got ${hits.length}`);
    const textual = hits.filter((h) => h.kind !== 'speaker');
    assert.ok(textual.slice(0, 5).every((h) => h.text.includes('混合云')), 'the top hits contain 混合云');
    const speakers = new Set(textual.map((h) => h.speaker));
    for (const name of ['王力华', '李谭伟']) assert.ok(speakers.has(name), `${name} talks about 混合云`);
    // The passage is the detail line; every hit has open/insert/copy buttons.
    const first = qp.items.find((i) => i.hit && i.hit.kind !== 'speaker')!;
    assert.ok(first.detail?.includes('混合云'));
    const tips = (first.buttons ?? []).map((b) => b.tooltip);
    assert.ok(tips.includes('Open in Transcript') && tips.includes('Insert Citation') && tips.includes('Copy Citation'), tips.join());
    session.hide();
  });

  it('Search updates live as the value changes and drops superseded queries', async () => {
    const session = await vscode.commands.executeCommand<SearchSession>('summit.search');
    const qp = session.quickPick;
    // What typing does (onDidChangeValue → type): two keystrokes in quick succession.
    session.type('容');
    session.type('容灾');
    // Setting the value also fires onDidChangeValue, a round trip to the window that can arrive
    // after the first idle(): each late event starts an update of its own, so wait for them all.
    const hits = () => qp.items.map((i) => i.hit).filter((h) => h !== undefined);
    await until('the list to settle on 容灾', async () => { await session.idle(); return !qp.busy && hits().length > 0; }, 30000);
    assert.equal(qp.value, '容灾');
    assert.ok(hits().some((h) => h.text.includes('容灾')), 'results for 容灾');
    assert.equal(session.quickPick.busy, false);
    session.type('');
    await session.idle();
    assert.equal(qp.items.length, 0, 'an empty query clears the list');
    session.hide();
  });

  it('citing a sentence hit whose matched words lie in a quote cites the quote', async () => {
    const items = await api.items.search('医护体验');
    const hit = items.find((i) => i.hit && i.hit.kind !== 'speaker')!.hit!;
    const id = api.service.citableId(hit);
    assert.equal(api.service.resolve(id)?.quote?.text, '医护体验始终是硬道理');
  });

  it('Search for nonsense says there are no results instead of failing', async () => {
    const items = await api.items.search('ZZQXJ');
    assert.equal(items.length, 1);
    assert.equal(items[0].hit, undefined);
    assert.match(items[0].label, /No results/);
  });

  it('Ask 谁提出了“三云三服务”？ answers 谢桦 with evidence', async () => {
    const session = await vscode.commands.executeCommand<PickSession<AnswerItem>>('summit.ask', { question: '谁提出了“三云三服务”？' });
    await session.idle();
    const items = session.quickPick.items;
    assert.equal(items[0].role, 'answer', items.map((i) => i.label).join(' | '));
    assert.ok(items[0].label.includes('谢桦'), items[0].label);
    const evidence = items.filter((i) => i.role === 'evidence' && i.evidence);
    assert.ok(evidence.length >= 1, 'evidence is listed');
    assert.ok(evidence.some((i) => i.evidence!.text.includes('三云')), 'the evidence mentions 三云');
    session.hide();
  });

  it('a question typed into Search offers to answer it first', async () => {
    const items = await api.items.search('谁提出了“三云三服务”？');
    assert.match(items[0].label, /Ask: 谁提出了/);
    assert.equal((items[0] as { question?: string }).question, '谁提出了“三云三服务”？');
  });

  it('Ask a question the record cannot answer says so', async () => {
    const items = await api.items.ask('峰会门票多少钱？');
    assert.equal(items[0].role, 'none');
    assert.match(items[0].label, /Not in the record/);
  });

  it('Look Up Topic lists the topic tree with Chinese and English labels and counts', async () => {
    const session = await vscode.commands.executeCommand<PickSession<TopicItem>>('summit.lookUpTopic');
    await session.idle();
    const items = session.quickPick.items;
    const dr = items.find((i) => i.topic.label.zh.includes('容灾'));
    assert.ok(dr, 'a 容灾 topic is listed');
    assert.match(dr.description ?? '', /Disaster recovery/i);
    assert.match(dr.description ?? '', /\d+ passages/);
    const hybrid = items.find((i) => i.topic.label.zh === '混合云');
    assert.ok(hybrid && items.some((i) => i.topic.label.zh === '公有云'), 'subtopics are listed');
    session.hide();
  });

  it('Look Up Topic 容灾 shows that topic\'s passages', async () => {
    const session = await vscode.commands.executeCommand<PickSession<HitItem>>('summit.lookUpTopic', { topic: '容灾' });
    await session.idle();
    const hits = session.quickPick.items.map((i) => i.hit!);
    assert.ok(hits.length >= 2, `passages of 容灾: ${hits.length}`);
    const topic = api.service.topics().find((t) => t.label.zh.includes('容灾'))!;
    assert.ok(hits.every((h) => h.topics.includes(topic.id)), 'every passage is tagged with the topic');
    assert.ok(hits.some((h) => /容灾|灾备|备份/.test(h.text)));
    assert.ok(hits.some((h) => h.speaker === '王力华'), '王力华 spoke about 容灾与备份');
    session.hide();
  });
});
