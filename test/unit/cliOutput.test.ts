/**
 * The CLI as scripts use it: a reader that stops early is not an error, and every problem
 * with a transcript names the file it is about.
 */
import * as assert from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');

describe('CLI output', function () {
  this.timeout(120000);

  it('stops quietly when the reader closes its end of the pipe (summit search | head)', async () => {
    const child = spawn(process.execPath, [CLI, 'search'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
    child.stdin.end('混合云\n'.repeat(5000));
    await new Promise<void>((resolve) => child.stdout.once('data', () => { child.stdout.destroy(); resolve(); }));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.doesNotMatch(stderr, /EPIPE|at .*\(node:/, stderr);
    assert.strictEqual(code, 0);
  });

  it('names the file of a transcript it skips', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-cli-output-'));
    const file = path.join(dir, 'noise.summit.txt');
    fs.writeFileSync(file, Buffer.from(Array.from({ length: 256 }, (_, i) => (i * 37 + 11) % 256)));
    try {
      for (const command of ['search', 'ask']) {
        const r = spawnSync(process.execPath, [CLI, command, '混合云', '--corpus', file], { encoding: 'utf8' });
        assert.strictEqual(r.status, 0, r.stderr);
        assert.ok(r.stderr.includes(file), `${command}: ${r.stderr}`);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
