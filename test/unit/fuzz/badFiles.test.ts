/**
 * The bad-file table of issue 12 as fixtures generated here: each file goes through the file
 * loader the CLI uses (src/node/transcriptFiles.ts: read, decode, detect, parse) and gives either
 * a corpus whose locations slice its text, or a clear error line naming the file (a broken
 * Markdown file names its first lines, capped) — never a throw, never a stack trace, never a hang.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as iconv from 'iconv-lite';
import fc from 'fast-check';
import { formatProblem, loadTranscriptPaths, MAX_PROBLEMS_PER_FILE } from '../../../src/node/transcriptFiles';
import { PROTO_NAMES } from './arbitraries';
import { SEED, tried } from './budget';
import { checkCorpus } from './locations';

/** Generous: the 5 MB files take a few seconds on a loaded 2-core machine. */
const FILE_HANG_MS = 30000;
const MD = '---\ntitle: 2024医疗信息化论坛\ndate: 2024-05-18\n---\n\n## 张明｜信息中心主任，某某市人民医院\n\n张明表示：“今天我们聚焦医院上云。”\n';
const seededBytes = (n: number) => Buffer.from(fc.sample(fc.integer({ min: 0, max: 255 }), { seed: SEED, numRuns: n }));
const utf16be = (s: string) => { const b = Buffer.from(s, 'utf16le'); for (let i = 0; i + 1 < b.length; i += 2) [b[i], b[i + 1]] = [b[i + 1], b[i]]; return b; };
const gb = iconv.encode('浙江省卫健委信息中心主任方景涛在致辞中表示：“数据要先通起来，再谈智能。”', 'gb18030');
const big5 = iconv.encode('醫院導入混合雲之後，門診系統的擴充變得更有彈性。', 'big5');

const TABLE: Array<{ name: string; file: string; bytes: () => Buffer | string }> = [
  { name: 'empty', file: 'empty.summit.md', bytes: () => '' },
  { name: 'UTF-8 BOM only', file: 'bom8.summit.md', bytes: () => Buffer.from([0xef, 0xbb, 0xbf]) },
  { name: 'UTF-16 LE BOM only', file: 'bom16le.summit.txt', bytes: () => Buffer.from([0xff, 0xfe]) },
  { name: 'UTF-16 BE BOM only', file: 'bom16be.summit.txt', bytes: () => Buffer.from([0xfe, 0xff]) },
  { name: 'NUL bytes', file: 'nul.summit.txt', bytes: () => Buffer.alloc(4096) },
  { name: 'NUL inside text', file: 'nul-text.summit.md', bytes: () => MD.replace('聚焦', '聚\0\0焦') },
  { name: 'binary (seeded random bytes)', file: 'binary.summit.txt', bytes: () => seededBytes(8192) },
  { name: 'PNG header', file: 'image.summit.md', bytes: () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), seededBytes(512)]) },
  { name: 'truncated UTF-16 LE (BOM, odd byte count)', file: 'trunc16.summit.md', bytes: () => { const b = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(MD, 'utf16le')]); return b.subarray(0, b.length - 1); } },
  { name: 'odd-length UTF-16 LE without BOM', file: 'odd16.summit.md', bytes: () => Buffer.concat([Buffer.from(MD, 'utf16le'), Buffer.from([0x41])]) },
  { name: 'UTF-16 BE without BOM', file: 'be16.summit.md', bytes: () => utf16be(MD) },
  { name: 'lone UTF-16 surrogate (LE, BOM)', file: 'surrogate.summit.txt', bytes: () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('混合云\uD800论坛', 'utf16le')]) },
  { name: 'GB18030 cut in the middle of a character', file: 'gbcut.summit.txt', bytes: () => gb.subarray(0, gb.length - 1) },
  { name: 'GB18030 and Big5 fragments mixed', file: 'gbbig5.summit.txt', bytes: () => Buffer.concat([gb.subarray(0, 11), big5.subarray(3, 20), gb.subarray(20)]) },
  { name: 'Big5 read as if GB18030 (short)', file: 'big5short.summit.txt', bytes: () => big5.subarray(0, 9) },
  { name: 'invalid UTF-8 (overlong, stray continuation)', file: 'badutf8.summit.md', bytes: () => Buffer.concat([Buffer.from(MD), Buffer.from([0xc0, 0x80, 0x80, 0xbf, 0xf8])]) },
  { name: 'lone CR line endings', file: 'mac.summit.md', bytes: () => MD.replace(/\n/g, '\r') },
  { name: 'only line breaks', file: 'breaks.summit.txt', bytes: () => '\r\n\r\n\r\r\n\n'.repeat(20000) },
  { name: 'a 5 MB single line without punctuation', file: 'line5mb.summit.txt', bytes: () => '混合云'.repeat(Math.ceil((5 * 1024 * 1024) / 9)) },
  {
    name: 'a 300 KB single line of sentences (each a statement with a quote)',
    file: 'sentences300kb.summit.txt',
    bytes: () => '王芳表示：“混合云是基础。”'.repeat(Math.ceil((300 * 1024) / 39)),
    // Parsing is linear in the length of a line (about 8 µs a character here: positional word
    // look-ups through lang/zh/match.ts, a binary search for a quote's passage); 300 KB keeps the
    // suite quick while a quadratic path would still blow the bound.
  },
  { name: 'deeply nested quotes', file: 'nested.summit.txt', bytes: () => `赵伟表示：${'“'.repeat(20000)}混合云${'”'.repeat(20000)}` },
  { name: '60 KB of repeated openers (她说道：“)', file: 'openers.summit.txt', bytes: () => '她说道：“'.repeat(12000) },
  { name: '10,000 headings', file: 'headings.summit.md', bytes: () => Array.from({ length: 10000 }, (_, i) => `## 张明${i % 10}｜主任，某医院\n\n混合云第${i}段。\n`).join('\n') },
  { name: '10,000 headings without a name', file: 'noname.summit.md', bytes: () => '## ｜主任，某医院\n'.repeat(10000) },
  { name: 'front matter never closed', file: 'open-fm.summit.md', bytes: () => `---\ntitle: x\n${'key: value\n'.repeat(5000)}` },
  { name: 'Object.prototype names as keys, headings and speakers', file: 'proto.summit.md', bytes: () => `---\n${PROTO_NAMES.map((n) => `${n}: ${n}`).join('\n')}\n---\n\n${PROTO_NAMES.map((n) => `## ${n}｜${n}，${n}\n\n${n}表示：“${n}”\n`).join('\n')}` },
  { name: 'control characters', file: 'control.summit.txt', bytes: () => `2019研讨会\n${Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('')}赵伟表示：“\x1b[31m混合云\x7f”\n` },
];

describe('fuzz: the bad-file table through the file loader', function () {
  this.timeout(0);
  let dir: string;
  before(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-badfiles-')); });
  after(() => { if (dir) fs.rmSync(dir, { recursive: true, force: true }); });

  for (const row of TABLE) {
    it(`${row.name}: a corpus or one clear problem line, never a throw`, async () => {
      tried('files:table');
      const file = path.join(dir, row.file);
      fs.writeFileSync(file, row.bytes());
      const t0 = performance.now();
      const { corpora, problems } = await loadTranscriptPaths([file], { cwd: dir });
      const ms = performance.now() - t0;
      assert.ok(ms < FILE_HANG_MS, `took ${Math.round(ms)} ms`);
      const shown = problems.filter((p) => p.severity !== 'info').map(formatProblem);
      for (const line of shown) {
        assert.ok(!line.includes('\n') && !/\bat .+:\d+:\d+/.test(line), `not one clear line: ${line}`);
        assert.ok(line.startsWith(`${row.file}`), `does not name the file: ${line}`);
        assert.doesNotMatch(line, /could not parse the /, `a parser crashed: ${line}`);
      }
      if (corpora.length === 1) {
        checkCorpus(corpora[0]);
      } else {
        // No corpus: an error says why, first; a broken Markdown file may name several lines,
        // at most MAX_PROBLEMS_PER_FILE and one that counts the rest.
        assert.equal(corpora.length, 0);
        assert.ok(shown.length >= 1 && shown.length <= MAX_PROBLEMS_PER_FILE + 1, `${shown.length} problem lines:\n${shown.slice(0, 5).join('\n')}`);
        assert.match(shown[0], /: error: /, shown[0]);
      }
    });
  }
});
