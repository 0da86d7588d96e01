// The Summit sidebar webview in a real browser: typing, marks, the answer card, speaker cards,
// citations into the editor, keyboard-only use, IME composition, state across hide/show, and
// screenshots in the light and dark themes.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RESULTS_DIR, openSummit, page, runCommand, sidebarFrame, type FrameLocator, type Locator } from './fixture';

const QUESTION = '谁提出了“三云三服务”？';

/** Polls `check` until it returns true (the webview and the extension host answer asynchronously). */
async function until(what: string, check: () => Promise<boolean>, timeoutMs = 30000): Promise<void> {
  const t0 = Date.now();
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await page().waitForTimeout(100);
  }
}

function frame(): FrameLocator {
  return sidebarFrame();
}

/** Picks a colour theme by its label in the theme picker (e.g. "Dark Modern"). */
async function setTheme(label: string, kind: 'vs' | 'vs-dark' | 'hc-black'): Promise<void> {
  await runCommand('Preferences: Color Theme');
  const input = page().locator('.quick-input-widget .quick-input-box input').first();
  await input.fill(label);
  const rows = page().locator('.quick-input-widget .monaco-list-row');
  await rows.first().waitFor();
  const labels = (await rows.allInnerTexts()).map((t: string) => t.trim());
  // a row reads "<label>" or "<label><description>" (e.g. "Dark High ContrastDefault High Contrast")
  const exact = labels.findIndex((t: string) => t === label);
  const index = exact >= 0 ? exact : labels.findIndex((t: string) => t.startsWith(label));
  assert.ok(index >= 0, `no theme "${label}" in the picker: ${labels.join(' | ')}`);
  await rows.nth(index).click();
  await page().locator(`.monaco-workbench.${kind}`).waitFor();
}

function queryBox(): Locator {
  return frame().locator('input#query');
}

function options(): Locator {
  return frame().locator('#results[role="listbox"] [role="option"]');
}

/** The sequence number of the last request the webview sent, and of the results it shows. */
async function seqs(): Promise<{ sent: number; rendered: number; busy: boolean }> {
  return frame().locator('#results').evaluate((el: HTMLElement) => ({
    sent: Number(el.dataset.seq ?? 0),
    rendered: Number(el.dataset.renderedSeq ?? -1),
    busy: el.hasAttribute('aria-busy'),
  }));
}

/** Waits until a request newer than `after` has been sent and the results on show answer the last one. */
async function settled(after = 0): Promise<void> {
  await until('the results of the last search', async () => {
    const s = await seqs();
    return s.sent > after && s.sent === s.rendered && !s.busy;
  });
}

/** Clears the box and types `text` as a user would, then waits for its results. */
async function search(text: string): Promise<void> {
  const box = queryBox();
  await box.click();
  const before = (await seqs()).sent;
  await box.fill('');
  await box.pressSequentially(text, { delay: 25 });
  await settled(before);
}

/** Clears the box with Escape, back to the empty state. */
async function clearBox(): Promise<void> {
  const box = queryBox();
  await box.click();
  if ((await box.inputValue()) !== '') await box.press('Escape');
  await frame().locator('#topics').waitFor({ state: 'visible' });
}

/** Collapses or expands a native view of the Summit container by its title. */
async function setViewExpanded(title: string, expanded: boolean): Promise<void> {
  const header = page().locator('.part.sidebar .pane-header', { hasText: title }).first();
  await header.waitFor();
  if (((await header.getAttribute('aria-expanded')) === 'true') !== expanded) await header.click();
}

/** Screenshot of the sidebar (plus a little of the editor) to test-results/<name>.png. */
async function shoot(name: string): Promise<string> {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name}.png`);
  const box = await page().locator('.part.sidebar').boundingBox();
  await page().waitForTimeout(300); // let the last paint land
  const shooter: { screenshot(o: { path: string; clip: { x: number; y: number; width: number; height: number } }): Promise<unknown> } = page();
  await shooter.screenshot({ path: file, clip: { x: 0, y: 0, width: Math.round(box.x + box.width + 2), height: Math.round(box.y + box.height) } });
  return file;
}

/** The text of the visible lines of the active editor (Monaco renders spaces as U+00A0). */
async function activeEditorText(): Promise<string> {
  const lines = page().locator('.part.editor .editor-group-container.active .monaco-editor .view-lines').first();
  return ((await lines.innerText()) ?? '').replace(/\u00a0/g, ' ');
}

describe('Summit sidebar webview (browser)', function () {
  this.timeout(180000);

  before(async () => {
    await openSummit();
    await queryBox().waitFor({ state: 'visible', timeout: 90000 });
    // Room for the webview: fold the two tree views below it, and widen the side bar a little.
    await setViewExpanded('Topics', false);
    await setViewExpanded('Speakers', false);
    const bar = await page().locator('.part.sidebar').boundingBox();
    if (bar.width < 400) {
      const y = bar.y + bar.height / 2;
      await page().mouse.move(bar.x + bar.width + 1, y);
      await page().mouse.down();
      await page().mouse.move(bar.x + 430, y, { steps: 8 });
      await page().mouse.up();
    }
  });

  after(async () => {
    // leave the view as a fresh one looks: empty box, no filters
    await clearBox().catch(() => undefined);
    await setViewExpanded('Topics', true).catch(() => undefined);
    await setViewExpanded('Speakers', true).catch(() => undefined);
  });

  it('marks exactly the matched words: typing 混合云 gives results whose every <mark> reads 混合云', async () => {
    await search('混合云');
    const n = await options().count();
    assert.ok(n > 0, 'no results for 混合云');
    const marks = await frame().locator('#results mark').allTextContents();
    assert.ok(marks.length >= n, `expected at least one mark per result, got ${marks.length} marks for ${n} results`);
    assert.deepEqual([...new Set(marks)], ['混合云']);
    // the aria-live count agrees with what is shown
    const status = frame().locator('#status[aria-live="polite"]');
    assert.match((await status.textContent()) ?? '', new RegExp(`\\b${n}\\b`));
    // results are grouped by kind, quotes first
    const kinds = await options().evaluateAll((els: HTMLElement[]) => els.map((e) => e.dataset.kind));
    const order = ['quote', 'passage', 'speaker'];
    assert.deepEqual([...kinds].sort((a, b) => order.indexOf(a) - order.indexOf(b)), kinds, `kinds out of group order: ${kinds.join(',')}`);
  });

  it('shows only the newest results when the query changes faster than the host answers', async () => {
    const box = queryBox();
    await box.click();
    await box.fill('');
    const before = (await seqs()).sent;
    for (const q of ['容灾', '公有云', '混合云']) {
      await box.fill(q);
      await page().waitForTimeout(170); // just past the debounce: every query is sent
    }
    await settled(before + 2);
    assert.deepEqual([...new Set(await frame().locator('#results mark').allTextContents())], ['混合云']);
  });

  it('answers a question in the answer card: 谁提出了“三云三服务”？ → 谢桦, with its evidence marked', async () => {
    await search(QUESTION);
    const card = frame().locator('#answer');
    await card.waitFor({ state: 'visible' });
    await until('the answer text', async () => ((await card.locator('.answer-text').textContent()) ?? '') !== '');
    assert.match((await card.locator('.answer-text').textContent()) ?? '', /谢桦/);
    const evidence = card.locator('.evidence');
    assert.ok((await evidence.count()) > 0, 'no evidence shown');
    assert.ok((await evidence.first().locator('mark').count()) > 0, 'the evidence has no marked span');
    assert.match((await card.locator('[role="meter"]').getAttribute('aria-valuenow')) ?? '', /^\d+$/);
  });

  it('says "not in the record" when the transcript has no answer, and no answer card for plain words', async () => {
    await search('谁发明了量子计算机？');
    const card = frame().locator('#answer');
    await card.waitFor({ state: 'visible' });
    await until('the not-found state', async () => (await card.getAttribute('class'))?.includes('not-found') ?? false);
    assert.equal(await card.locator('.answer-text').count(), 0);
    await search('容灾');
    assert.equal(await card.isVisible(), false, 'a plain search must not show the answer card');
  });

  it('searches the start of a huge pasted query and says so, instead of failing silently', async () => {
    const box = queryBox();
    await box.click();
    const before = (await seqs()).sent;
    await box.fill('混合云'.repeat(400)); // 1200 characters, one input event like a paste
    await settled(before);
    const status = (await frame().locator('#status').textContent()) ?? '';
    assert.match(status, /1000/, `no note about the shortened query: ${status}`);
    assert.ok((await options().count()) > 0, 'no results for the shortened query');
  });

  it('runs no search while an IME composition is open, and exactly one when it commits', async () => {
    await clearBox();
    const before = (await seqs()).sent;
    const cdp = await page().context().newCDPSession(page());
    try {
      await cdp.send('Input.imeSetComposition', { text: 'hun', selectionStart: 3, selectionEnd: 3 });
      await cdp.send('Input.imeSetComposition', { text: 'hunhe', selectionStart: 5, selectionEnd: 5 });
      await cdp.send('Input.imeSetComposition', { text: 'hunheyun', selectionStart: 8, selectionEnd: 8 });
      await page().waitForTimeout(600); // several debounce periods
      assert.equal(await queryBox().inputValue(), 'hunheyun', 'the composition did not reach the box');
      assert.equal((await seqs()).sent, before, 'a search was sent while composing');
      await cdp.send('Input.insertText', { text: '混合云' });
    } finally {
      await cdp.detach().catch(() => undefined);
    }
    await settled(before);
    await page().waitForTimeout(400);
    assert.equal(await queryBox().inputValue(), '混合云');
    assert.equal((await seqs()).sent, before + 1, 'the commit should send exactly one search');
    assert.deepEqual([...new Set(await frame().locator('#results mark').allTextContents())], ['混合云']);
  });

  it('opens a speaker card from a result: name, title, organisation, role, quote count and the quotes', async () => {
    await search('混合云');
    const first = options().first();
    const name = await first.getAttribute('data-speaker');
    assert.ok(name, 'the first result has no speaker');
    await first.hover();
    await first.locator('[data-action="speaker"]').click();
    const card = frame().locator('#speaker-card');
    await card.waitFor({ state: 'visible' });
    assert.equal(await card.locator('h2').textContent(), name);
    assert.ok((await card.locator('.card-line').count()) >= 1, 'no title or organisation line');
    assert.ok(((await card.locator('.role-badge').textContent()) ?? '').length > 0, 'no role');
    const count = Number(await card.locator('[data-quote-count]').getAttribute('data-quote-count'));
    assert.equal(await options().count(), count, 'the quote count differs from the quotes listed');
    for (const speaker of await options().evaluateAll((els: HTMLElement[]) => els.map((e) => e.dataset.speaker))) {
      assert.equal(speaker, name);
    }
    const beforeBack = (await seqs()).sent;
    await card.locator('[data-action="back"]').click();
    await settled(beforeBack);
    assert.equal(await card.isVisible(), false);
  });

  it('inserts a citation at the cursor of the editor that was last active', async () => {
    await runCommand('File: New Untitled Text File');
    await page().locator('.part.editor .monaco-editor').first().waitFor({ state: 'visible' });
    await search('混合云');
    const quote = frame().locator('#results [role="option"][data-kind="quote"]').first();
    const target = (await quote.count()) > 0 ? quote : options().first();
    const speaker = (await target.getAttribute('data-speaker')) ?? '';
    const text = ((await target.locator('.result-text').textContent()) ?? '').replace(/^[“"]|[”"]$/g, '');
    await target.hover();
    await target.locator('[data-action="insert"]').click();
    await until('the citation in the editor', async () => (await activeEditorText()).includes(text.slice(0, 12)));
    const inserted = await activeEditorText();
    assert.ok(inserted.includes(speaker), `the citation does not name ${speaker}: ${inserted.slice(0, 200)}`);
  });

  it('works from the keyboard alone: Tab to the box, type, ↓ ↓ Enter opens the transcript at that result', async () => {
    await clearBox();
    // Focus the view from the command palette: it starts in the search box. Tab moves on to the
    // filter button and Shift+Tab comes back to the box.
    const focused = () => frame().locator('body').evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute('data-action') || document.activeElement?.tagName);
    await frame().locator('body').evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page().locator('.part.editor').first().click({ force: true });
    await runCommand('Summit: Focus on Search View');
    await until('focus in the search box', async () => (await focused()) === 'query', 5000);
    await page().keyboard.press('Tab');
    assert.equal(await focused(), 'toggle-filters');
    await page().keyboard.press('Shift+Tab');
    assert.equal(await focused(), 'query');
    const before = (await seqs()).sent;
    await page().keyboard.type('混合云', { delay: 25 });
    await settled(before);
    await page().keyboard.press('ArrowDown');
    await page().keyboard.press('ArrowDown');
    const list = frame().locator('#results');
    const activeId = await list.getAttribute('aria-activedescendant');
    const second = options().nth(1);
    assert.equal(activeId, await second.getAttribute('id'));
    assert.equal(await second.getAttribute('aria-selected'), 'true');
    assert.equal(await focused(), 'results');
    const line = await second.getAttribute('data-line');
    const length = await second.getAttribute('data-length');
    await page().keyboard.press('Enter');
    // The transcript opens with the result's span selected: the status bar shows its line and length.
    const cursor = page().locator('.statusbar [id="status.editor.selection"]').first();
    await until(`the transcript at line ${line}`, async () => {
      const label = (await cursor.textContent()) ?? '';
      return label.includes(`Ln ${line},`) && label.includes(`(${length} selected)`);
    });
    // Escape returns to the box
    await frame().locator('#results').focus();
    await page().keyboard.press('Escape');
    assert.equal(await focused(), 'query');
  });

  it('keeps the query, filters and scroll position when the view is hidden and shown again', async () => {
    await search('混合云');
    await frame().locator('[data-action="toggle-filters"]').click();
    const speaker = await options().first().getAttribute('data-speaker');
    let before = (await seqs()).sent;
    await frame().locator('#filter-speaker').selectOption(speaker);
    await settled(before);
    for (const s of await options().evaluateAll((els: HTMLElement[]) => els.map((e) => e.dataset.speaker))) assert.equal(s, speaker);
    before = (await seqs()).sent;
    await frame().locator('.chip-remove').first().click();
    await settled(before);
    const topic = await frame().locator('#filter-topic option').nth(1).getAttribute('value');
    before = (await seqs()).sent;
    await frame().locator('#filter-topic').selectOption(topic);
    await settled(before);
    const filtered = await options().count();
    await frame().locator('#scroller').evaluate((el: HTMLElement) => { el.scrollTop = 120; });
    await page().waitForTimeout(300);
    const scrolled = await frame().locator('#scroller').evaluate((el: HTMLElement) => el.scrollTop);
    assert.ok(scrolled > 0, 'the results were too short to scroll: the check below would prove nothing');
    // hide the Summit container, then show it again: the webview is rebuilt from its saved state
    await page().locator('.activitybar [aria-label^="Explorer"]').first().click();
    await page().waitForTimeout(500);
    await openSummit();
    await queryBox().waitFor({ state: 'visible' });
    await settled();
    assert.equal(await queryBox().inputValue(), '混合云');
    assert.equal(await options().count(), filtered);
    assert.equal(await frame().locator('#filters').isVisible(), true);
    await until('the scroll position', async () => Math.abs((await frame().locator('#scroller').evaluate((el: HTMLElement) => el.scrollTop)) - scrolled) <= 2, 5000);
    // tidy up: no filters left for the next tests
    while ((await frame().locator('.chip-remove').count()) > 0) {
      await frame().locator('.chip-remove').first().click();
      await page().waitForTimeout(100);
    }
    await frame().locator('[data-action="toggle-filters"]').click();
  });

  it('shows the topic tree with counts before any query, and a topic click lists its passages', async () => {
    await clearBox();
    const topics = frame().locator('#topics [data-action="topic"]');
    assert.ok((await topics.count()) > 0, 'no topics in the empty state');
    const first = topics.first();
    const count = Number(await first.locator('.badge').textContent());
    assert.ok(count > 0);
    await first.click();
    await frame().locator('#topic-header').waitFor({ state: 'visible' });
    assert.equal(await options().count(), count);
    await frame().locator('#topic-header [data-action="back"]').click();
    await frame().locator('#topics').waitFor({ state: 'visible' });
  });

  for (const [theme, kind, suffix] of [['Dark Modern', 'vs-dark', 'dark'], ['Light Modern', 'vs', 'light'], ['Dark High Contrast', 'hc-black', 'hc']] as const) {
    it(`saves screenshots of results, answer card and speaker card in the ${suffix} theme`, async () => {
      await setTheme(theme, kind);
      const files: string[] = [];
      await clearBox();
      await frame().locator('#topics [data-action="toggle-topic"]').first().click();
      files.push(await shoot(`sidebar-topics-${suffix}`));
      await frame().locator('#topics [data-action="toggle-topic"]').first().click();
      await search('混合云');
      await frame().locator('#results').focus();
      await page().keyboard.press('ArrowDown');
      await page().keyboard.press('ArrowDown');
      files.push(await shoot(`sidebar-results-${suffix}`));
      await search(QUESTION);
      await frame().locator('#answer .answer-text').waitFor({ state: 'visible' });
      files.push(await shoot(`sidebar-answer-${suffix}`));
      const first = options().first();
      await first.hover();
      await first.locator('[data-action="speaker"]').click();
      await frame().locator('#speaker-card').waitFor({ state: 'visible' });
      await page().mouse.move(5, 5);
      files.push(await shoot(`sidebar-speaker-${suffix}`));
      for (const f of files) assert.ok(fs.statSync(f).size > 10000, `${f} is suspiciously small`);
      await frame().locator('#speaker-card [data-action="back"]').click();
    });
  }

  after(async () => {
    await setTheme('Dark Modern', 'vs-dark').catch(() => undefined); // leave the default look for later suites
  });
});
