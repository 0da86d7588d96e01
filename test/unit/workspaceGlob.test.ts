// VS Code's glob semantics for summit.corpus.include/exclude (picomatch with VS Code's options);
// test/integration/workspaceGlob.test.ts checks the same patterns against workspace.findFiles.
import * as assert from 'node:assert';
import { isExcluded, matchesAny } from '../../src/vscode/workspaceGlob';

describe('workspace globs (summit.corpus.include/exclude)', () => {
  it('matches the default include patterns at any depth', () => {
    const include = ['**/*.summit.md', '**/*.summit.txt'];
    assert.ok(matchesAny('a.summit.md', include));
    assert.ok(matchesAny('notes/2018/forum.summit.txt', include));
    assert.ok(matchesAny('.hidden/forum.summit.md', include), 'dot folders match like others');
    assert.ok(!matchesAny('notes/forum.md', include));
    assert.ok(!matchesAny('forum.summit.md.bak', include));
  });

  it('matches folder excludes, brace alternatives, ? and character ranges', () => {
    assert.ok(isExcluded('node_modules/x/a.summit.md', ['**/node_modules/**']));
    assert.ok(isExcluded('web/node_modules/a.summit.md', ['**/node_modules']), 'a matched folder excludes its files');
    assert.ok(!isExcluded('src/a.summit.md', ['**/node_modules/**']));
    assert.ok(matchesAny('drafts/a.txt', ['{drafts,old}/**']));
    assert.ok(matchesAny('x\\y\\a.summit.md', ['x/**/*.summit.md']));
    assert.ok(matchesAny('x/a.summit.md', ['x/**/*.summit.md']), '** matches no folder too');
    assert.ok(matchesAny('x/y/a.summit.md', ['x/?/*.summit.md']));
    assert.ok(!matchesAny('x/yy/a.summit.md', ['x/?/*.summit.md']));
    assert.ok(matchesAny('2019/a.summit.md', ['20[0-9][0-9]/*.summit.md']));
    assert.ok(!matchesAny('20ab/a.summit.md', ['20[0-9][0-9]/*.summit.md']));
    assert.ok(matchesAny('b.summit.md', ['[!a]*.summit.md']));
    assert.ok(!matchesAny('a.summit.md', ['[!a]*.summit.md']));
  });

  it('keeps VS Code\'s limits: a pattern without a folder matches at the top only; no ! or extglob', () => {
    assert.ok(matchesAny('a.summit.md', ['*.summit.md']));
    assert.ok(!matchesAny('notes/a.summit.md', ['*.summit.md']));
    assert.ok(!matchesAny('a.summit.md', ['!b.summit.md']), 'a leading ! is not a negation');
    assert.ok(!matchesAny('a.summit.md', ['+(a).summit.md']), 'no extglobs');
  });
});
