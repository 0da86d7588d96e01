import * as assert from 'node:assert';
import { promises as fsp } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as iconv from 'iconv-lite';
import { expandCorpusPaths, loadTranscriptPaths } from '../../src/node/transcriptFiles';
import { openSummit } from '../../src/node/summit';

/** Fixtures generated here: good transcripts in three encodings and formats, plus four bad files. */
const GOOD_MD = `---
title: 2018华东医疗信息化论坛
date: 2018-05-12
venue: 杭州国际博览中心
---

## 林晓东｜副院长，宁波市中心医院

林晓东认为，混合云是医院数据中心的必然选择。
> 我们的灾备系统做到了秒级接管。
`;
const BIG5_MD = `---
title: 2018台北醫療資訊論壇
date: 2018-06-01
---

## 陳建華｜資訊室主任，台北市立聯合醫院

醫院導入混合雲之後，門診系統的擴充變得更有彈性。
> 我們用雲端做異地備份，災難復原只要幾分鐘。
`;
const PLAIN = `2019智慧医院建设研讨会
北京协和医院信息中心主任赵伟表示：“智慧医院的核心是数据互通，而混合云是基础。”
`;
const BROKEN_MD = `---
title: 坏掉的文件
---

## ｜主任，某医院

混合云的内容永远不应被搜到。
`;

describe('transcript files (--corpus)', function () {
  this.timeout(60000);
  let dir: string;
  before(async () => {
    dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'summit-files-'));
    await fsp.mkdir(path.join(dir, 'sub'));
    await fsp.mkdir(path.join(dir, 'node_modules'));
    await fsp.writeFile(path.join(dir, 'forum.summit.md'), GOOD_MD, 'utf8');
    await fsp.writeFile(path.join(dir, 'sub', 'taipei.summit.md'), iconv.encode(BIG5_MD, 'big5'));
    await fsp.writeFile(path.join(dir, 'sub', 'report.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(PLAIN, 'utf16le')]));
    await fsp.writeFile(path.join(dir, 'empty.summit.md'), '');
    await fsp.writeFile(path.join(dir, 'binary.summit.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0, 0x08, 0, 1, 2, 3]));
    await fsp.writeFile(path.join(dir, 'huge.summit.txt'), '混合云'.repeat(20000));
    await fsp.writeFile(path.join(dir, 'broken.summit.md'), BROKEN_MD, 'utf8');
    await fsp.writeFile(path.join(dir, 'node_modules', 'skip.summit.md'), GOOD_MD.replace('林晓东', '韩雪'), 'utf8');
    await fsp.writeFile(path.join(dir, 'image.png'), Buffer.from([0x89, 0x50]));
  });
  after(async () => { await fsp.rm(dir, { recursive: true, force: true }); });

  it('expands folders to transcript files, skipping node_modules and other extensions', async () => {
    const { files, problems } = await expandCorpusPaths([dir, path.join(dir, 'missing')]);
    assert.deepStrictEqual(files.map((f) => path.relative(dir, f)).sort(), [
      'binary.summit.txt', 'broken.summit.md', 'empty.summit.md', 'forum.summit.md', 'huge.summit.txt', path.join('sub', 'report.txt'), path.join('sub', 'taipei.summit.md'),
    ].sort());
    assert.deepStrictEqual(problems.map((p) => p.message), ['no such file or folder']);
  });

  it('reports and skips the empty, binary, over-size and malformed files; loads the rest', async () => {
    const { corpora, problems } = await loadTranscriptPaths([dir], { maxFileSizeMB: 0.05, cwd: dir });
    assert.deepStrictEqual(corpora.map((c) => c.file).sort(), ['forum.summit.md', 'sub/report.txt', 'sub/taipei.summit.md']);
    const byFile = (f: string) => problems.filter((p) => p.file === f && p.severity !== 'info');
    assert.match(byFile('empty.summit.md')[0].message, /empty/);
    assert.match(byFile('binary.summit.txt')[0].message, /binary/);
    assert.match(byFile('huge.summit.txt')[0].message, /above the limit/);
    assert.deepStrictEqual(byFile('broken.summit.md').map((p) => [p.severity, p.line]), [['error', 5]]);
    const taipei = corpora.find((c) => c.file === 'sub/taipei.summit.md')!;
    assert.strictEqual(taipei.event.name, '2018台北醫療資訊論壇');
    assert.strictEqual(taipei.speakers[0].name, '陳建華');
  });

  it('makes everything loadable searchable with the bundled summit, Traditional text with Simplified queries', async () => {
    const summit = await openSummit({ corpusPaths: [dir], loadCorpusPaths: (p) => loadTranscriptPaths(p, { maxFileSizeMB: 0.05, cwd: dir }) });
    const hits = summit.engine.search('混合云', { limit: 200 }).results;
    const files = new Set(hits.map((h) => h.file));
    assert.ok(files.has('corpus/summit-2017.txt'), 'bundled summit');
    assert.ok(files.has('forum.summit.md'));
    assert.ok(files.has('sub/report.txt'), 'UTF-16 plain report');
    assert.ok(files.has('sub/taipei.summit.md'), 'Big5 Traditional text found by a Simplified query');
    assert.ok(!hits.some((h) => h.text.includes('永远不应被搜到')), 'the malformed file is not indexed');
    const forum = hits.find((h) => h.file === 'forum.summit.md')!;
    assert.strictEqual(forum.event, '2018华东医疗信息化论坛');
    const backup = summit.engine.search('异地备份').results;
    assert.ok(backup.some((h) => h.file === 'sub/taipei.summit.md' && h.text.includes('異地備份')));
  });
});
