import * as assert from 'node:assert';
import { matchesAny } from '../../src/vscode/workspaceGlob';

describe('workspace globs (summit.corpus.include/exclude)', () => {
  it('matches the default include patterns at any depth', () => {
    const include = ['**/*.summit.md', '**/*.summit.txt'];
    assert.ok(matchesAny('a.summit.md', include));
    assert.ok(matchesAny('notes/2018/forum.summit.txt', include));
    assert.ok(!matchesAny('notes/forum.md', include));
    assert.ok(!matchesAny('forum.summit.md.bak', include));
  });

  it('matches folder excludes and brace alternatives', () => {
    assert.ok(matchesAny('node_modules/x/a.summit.md', ['**/node_modules/**']));
    assert.ok(matchesAny('web/node_modules/a.summit.md', ['**/node_modules/**']));
    assert.ok(!matchesAny('src/a.summit.md', ['**/node_modules/**']));
    assert.ok(matchesAny('drafts/a.txt', ['{drafts,old}/**']));
    assert.ok(matchesAny('x\\y\\a.summit.md', ['x/**/*.summit.md']));
    assert.ok(matchesAny('x/y/a.summit.md', ['x/?/*.summit.md']));
    assert.ok(!matchesAny('x/yy/a.summit.md', ['x/?/*.summit.md']));
  });
});
