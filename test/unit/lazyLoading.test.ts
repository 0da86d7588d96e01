/**
 * What loading costs (issue 11): modules that build large tables are loaded when first needed.
 * The encoding detector and decoder (jschardet, iconv-lite) are loaded only for a file in a
 * legacy encoding; UTF-8 (with or without BOM) and UTF-16 files never load them. Checked in a
 * fresh process on the compiled module, through Node's own module cache.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const ENCODING = path.join(__dirname, '..', '..', 'src', 'node', 'encoding.js');

/** Decodes each sample (given as bytes) in a new process; after each, which of the two modules are loaded. */
function loadedAfter(samples: Buffer[]): Array<{ encoding: string; loaded: string[] }> {
  const script = `
    const { decodeTranscript } = require(${JSON.stringify(ENCODING)});
    const loaded = () => Object.keys(require.cache).map((f) => (/[\\\\/]node_modules[\\\\/](jschardet|iconv-lite)[\\\\/]/.exec(f) || [])[1]).filter(Boolean);
    const out = [];
    for (const hex of JSON.parse(process.argv[1])) {
      const r = decodeTranscript(Buffer.from(hex, 'hex'));
      out.push({ encoding: r.encoding || r.error, loaded: [...new Set(loaded())].sort() });
    }
    process.stdout.write(JSON.stringify(out));`;
  const r = spawnSync(process.execPath, ['-e', script, JSON.stringify(samples.map((b) => b.toString('hex')))], { encoding: 'utf8', timeout: 60000 });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

describe('lazy loading of the legacy encodings', () => {
  const text = '林晓东认为，混合云是医院数据中心的必然选择。医院的核心业务仍放在私有云。\n'.repeat(4);

  it('UTF-8, UTF-8 with BOM and UTF-16 load neither jschardet nor iconv-lite', () => {
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    const out = loadedAfter([
      Buffer.from(text, 'utf8'),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
      Buffer.concat([Buffer.from([0xff, 0xfe]), le]),
      be,
    ]);
    assert.deepEqual(out, [
      { encoding: 'UTF-8', loaded: [] },
      { encoding: 'UTF-8 (BOM)', loaded: [] },
      { encoding: 'UTF-16LE', loaded: [] },
      { encoding: 'UTF-16BE', loaded: [] },
    ]);
  });

  it('a GB18030 file loads both, on demand, and decodes', () => {
    // The GB18030 bytes of the text, made by the decoder the test process already has.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the test's own copy
    const gb = (require('iconv-lite') as typeof import('iconv-lite')).encode(text, 'gb18030');
    const out = loadedAfter([Buffer.from('plain ASCII first\n'), gb]);
    assert.deepEqual(out, [
      { encoding: 'UTF-8', loaded: [] },
      { encoding: 'GB18030', loaded: ['iconv-lite', 'jschardet'] },
    ]);
  });
});
