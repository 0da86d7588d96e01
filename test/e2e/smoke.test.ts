// The first thing a user does: open the Summit container, search from the sidebar, look at topics.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { expandView, openSummit, screenshot, sidebarFrame, treeRow } from './fixture';

describe('Summit container in VS Code (browser)', function () {
  this.timeout(120000);

  before(async () => {
    await openSummit();
  });

  it('loads the search webview in the sidebar', async () => {
    const query = sidebarFrame().locator('input#query');
    await query.waitFor({ state: 'visible', timeout: 60000 });
    assert.ok(((await query.getAttribute('placeholder')) ?? '').length > 0, 'the search box has no placeholder');
  });

  it('answers a query typed into the webview with matching passages', async () => {
    const frame = sidebarFrame();
    const query = frame.locator('input#query');
    await query.fill(''); // earlier e2e files may have left a query in the (persisted) view state
    await query.click();
    await query.pressSequentially('混合云', { delay: 30 });
    const options = frame.locator('#results[role="listbox"] [role="option"]');
    await options.first().waitFor({ state: 'visible', timeout: 60000 });
    const texts = await options.allInnerTexts();
    assert.ok(texts.length > 0, 'no result options rendered');
    assert.ok(texts.some((t) => t.includes('混合云')), `no result mentions 混合云: ${texts.slice(0, 3).join(' | ')}`);
  });

  it('lists the summit topics in the Topics tree', async () => {
    await expandView('Topics');
    const row = treeRow(/混合云|Hybrid cloud/i);
    await row.waitFor({ state: 'visible', timeout: 60000 });
    assert.match(await row.innerText(), /混合云|Hybrid cloud/i);
  });

  it('saves a screenshot of the Summit container', async () => {
    const file = await screenshot('summit-container');
    assert.ok(fs.statSync(file).size > 10000, `${file} is suspiciously small`);
  });
});
