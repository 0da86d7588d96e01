import * as assert from 'node:assert/strict';
import { isQuestion } from '../../src/core/question';

describe('question detection (core, one detector for sidebar and palette)', () => {
  it('treats a trailing full-width or ASCII question mark as a question', () => {
    assert.equal(isQuestion('谁提出了“三云三服务”？'), true);
    assert.equal(isQuestion('what is hybrid cloud?'), true);
  });

  it('treats a leading question word as a question', () => {
    assert.equal(isQuestion('谁提出了三云三服务'), true);
    assert.equal(isQuestion('为什么要上云'), true);
    assert.equal(isQuestion('How many hospitals'), true);
  });

  it('leaves plain search words alone', () => {
    assert.equal(isQuestion('混合云'), false);
    assert.equal(isQuestion('容灾'), false);
    assert.equal(isQuestion('however'), false);
    assert.equal(isQuestion('?'), false);
  });
});
