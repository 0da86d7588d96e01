/**
 * Keeps tests out of the real ~/.cache: the CLI's default cache folder is under
 * $XDG_CACHE_HOME, so every test process (and every CLI it spawns, which inherits the
 * environment) gets a temporary one, removed when the process exits. Loaded by .mocharc
 * for full runs and imported by the tests that spawn the CLI, for single-file runs. It also
 * keeps their commands from starting the resident server (SUMMIT_SERVER=0).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const MARK = 'SUMMIT_TEST_CACHE_HOME';

// No test's command starts a resident server unless it asks for one (test/unit/cliServer.test.ts does).
process.env.SUMMIT_SERVER ??= '0';

if (!process.env[MARK]) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-test-cache-'));
  process.env[MARK] = dir;
  process.env.XDG_CACHE_HOME = dir;
  process.on('exit', () => { try { fs.rmSync(dir, { recursive: true, force: true }); } catch { /* best effort */ } });
}

export const testCacheHome = process.env[MARK]!;
