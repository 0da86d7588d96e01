/**
 * The `summit` command as a program (dist/cli.js run by its first line, as npm's bin link runs
 * it): a shell line starts Node on the same file without NODE_EXTRA_CA_CERTS, which Node would
 * otherwise read at start for a CLI that never opens a TLS connection (esbuild.mjs,
 * launcherHead). The arguments, the output and the exit code go through untouched, and the
 * same file still runs as `node dist/cli.js`.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
/** A certificates file that does not exist: Node warns about it on stderr when it reads the variable. */
const CERTS = { NODE_EXTRA_CA_CERTS: path.join(ROOT, 'no-such-certificates.pem'), SUMMIT_SERVER: '0' };
const CERT_WARNING = /extra certs/i;

function run(file: string, args: string[]) {
  return spawnSync(file, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...CERTS }, timeout: 60_000 });
}

describe('the summit command (dist/cli.js as a program)', function () {
  this.timeout(120_000);

  it('is executable and starts with a shell line', () => {
    fs.accessSync(CLI, fs.constants.X_OK);
    assert.match(fs.readFileSync(CLI, 'utf8').split('\n')[0], /^#!\/bin\/sh$/);
  });

  it('starts Node without NODE_EXTRA_CA_CERTS; `node dist/cli.js` still reads it', () => {
    const program = run(CLI, ['bogus']);
    assert.equal(program.status, 2);
    assert.doesNotMatch(program.stderr, CERT_WARNING);
    assert.match(program.stderr, /^summit: unknown command "bogus"/);
    const direct = run(process.execPath, [CLI, 'bogus']);
    assert.equal(direct.status, 2);
    assert.match(direct.stderr, CERT_WARNING, 'Node reads the variable at start: the check above means something');
  });

  it('passes every argument through as it is: spaces, quotes, $, backquotes, Chinese', () => {
    const query = '混合云 $HOME "x" `id` \'y\' \\z';
    const out = run(CLI, ['search', query, '--json', '--limit', '1']);
    assert.equal(out.status, 0, out.stderr);
    assert.equal(JSON.parse(out.stdout).query, query);
    const direct = run(process.execPath, [CLI, 'search', query, '--json', '--limit', '1']);
    assert.equal(direct.stdout, out.stdout);
  });
});
