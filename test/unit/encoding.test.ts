import * as assert from 'node:assert';
import * as iconv from 'iconv-lite';
import { decodeTranscript, guessUtf16, isDecodeFailure } from '../../src/node/encoding';
import { parseMarkdown } from '../../src/core/corpus/markdownParser';
import { commonHanRatio } from '../../src/node/commonHan';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** A small Markdown transcript, written for these tests. */
const SIMPLIFIED = `---
title: 2018华东医疗信息化论坛
date: 2018-05-12
venue: 杭州国际博览中心
---

## 林晓东｜副院长，宁波市中心医院

林晓东认为，混合云是医院数据中心的必然选择。医院的核心业务仍放在私有云。
> 我们的灾备系统做到了秒级接管，数据一条都没有丢。
`;
const TRADITIONAL = `---
title: 2018台北醫療資訊論壇
date: 2018-05-12
---

## 林曉東｜副院長，台北市立醫院

林曉東認為，混合雲是醫院資料中心的必然選擇。醫院的核心業務仍放在私有雲。
> 我們的災備系統做到了秒級接管，資料一條都沒有遺失。
`;

function ok(bytes: Uint8Array) {
  const r = decodeTranscript(bytes);
  if (isDecodeFailure(r)) throw new Error(`expected a decode, got: ${r.error}`);
  return r;
}

describe('decodeTranscript', () => {
  it('decodes UTF-8 without BOM with full confidence', () => {
    const r = ok(Buffer.from(SIMPLIFIED, 'utf8'));
    assert.strictEqual(r.encoding, 'UTF-8');
    assert.strictEqual(r.confidence, 1);
    assert.strictEqual(r.text, SIMPLIFIED);
  });

  it('strips the BOM of UTF-8, UTF-16 LE and UTF-16 BE', () => {
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SIMPLIFIED, 'utf8')]);
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(SIMPLIFIED, 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(SIMPLIFIED, 'utf16be')]);
    assert.deepStrictEqual([ok(utf8).encoding, ok(le).encoding, ok(be).encoding], ['UTF-8 (BOM)', 'UTF-16LE', 'UTF-16BE']);
    for (const b of [utf8, le, be]) assert.strictEqual(ok(b).text, SIMPLIFIED);
  });

  it('recognises UTF-16 without a BOM, Chinese or ASCII, in both byte orders', () => {
    assert.strictEqual(ok(iconv.encode(SIMPLIFIED, 'utf16le')).encoding, 'UTF-16LE');
    assert.strictEqual(ok(iconv.encode(SIMPLIFIED, 'utf16be')).encoding, 'UTF-16BE');
    assert.strictEqual(ok(iconv.encode('plain ASCII text\nline two', 'utf16le')).text, 'plain ASCII text\nline two');
    assert.strictEqual(guessUtf16(Buffer.from(SIMPLIFIED, 'utf8')), undefined);
  });

  it('detects GB18030 (GBK) and Big5 and decodes them exactly', () => {
    const gb = ok(iconv.encode(SIMPLIFIED, 'gb18030'));
    assert.strictEqual(gb.encoding, 'GB18030');
    assert.strictEqual(gb.text, SIMPLIFIED);
    assert.ok(gb.confidence > 0 && gb.confidence <= 1);
    const big5 = ok(iconv.encode(TRADITIONAL, 'big5'));
    assert.strictEqual(big5.encoding, 'Big5');
    assert.strictEqual(big5.text, TRADITIONAL);
  });

  it('gives identical passages for the same transcript in GB18030, UTF-16 LE and UTF-8 with BOM', () => {
    const variants = [
      iconv.encode(SIMPLIFIED, 'gb18030'),
      iconv.encode(SIMPLIFIED, 'utf16le'),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SIMPLIFIED, 'utf8')]),
    ];
    const parsed = variants.map((b) => parseMarkdown(ok(b).text, { id: 't', file: 't.summit.md' }).corpus!);
    assert.ok(parsed[0].passages.length >= 3);
    for (const c of parsed.slice(1)) {
      assert.deepStrictEqual(c.passages, parsed[0].passages);
      assert.deepStrictEqual(c.quotes, parsed[0].quotes);
    }
  });

  it('reports an empty file', () => {
    const r = decodeTranscript(new Uint8Array(0));
    assert.ok(isDecodeFailure(r) && /empty/.test(r.error));
  });

  it('reports binary files (NUL bytes, control characters) instead of decoding them', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
    const r = decodeTranscript(png);
    assert.ok(isDecodeFailure(r) && /binary/.test(r.error), JSON.stringify(r));
    const ctl = decodeTranscript(Buffer.from('正常的文字\u0001\u0002更多文字', 'utf8'));
    assert.ok(isDecodeFailure(ctl) && /control character/.test(ctl.error));
  });

  it('refuses bytes it cannot decode confidently instead of producing mojibake', () => {
    // Deterministic pseudo-random bytes without NULs: neither UTF-8 nor a Chinese encoding.
    const bytes = new Uint8Array(4000);
    let x = 12345;
    for (let i = 0; i < bytes.length; i++) { x = (x * 1103515245 + 12345) & 0x7fffffff; bytes[i] = 1 + (x % 255); }
    const r = decodeTranscript(bytes);
    assert.ok(isDecodeFailure(r), `decoded noise as ${isDecodeFailure(r) ? '' : r.encoding}`);
    const latin = decodeTranscript(Buffer.from('caf\xe9 au lait, tr\xe8s bon, d\xe9j\xe0 vu', 'latin1'));
    assert.ok(isDecodeFailure(latin));
  });

  it('never returns text containing U+FFFD', () => {
    // GB18030 text with a truncated last character.
    const gb = iconv.encode(SIMPLIFIED + '数据', 'gb18030');
    const r = decodeTranscript(gb.subarray(0, gb.length - 1));
    if (!isDecodeFailure(r)) assert.ok(!r.text.includes('\uFFFD'));
  });

  it('decodes the whole bundled transcript exactly from GB18030, and tells real text from mojibake', () => {
    const text = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'corpus', 'summit-2017.txt'), 'utf8');
    const r = ok(iconv.encode(text, 'gb18030'));
    assert.strictEqual(r.encoding, 'GB18030');
    assert.strictEqual(r.text, text);
    assert.ok(commonHanRatio(text).ratio > 0.6);
    const mojibake = iconv.decode(iconv.encode(text, 'gb18030'), 'big5');
    assert.ok(commonHanRatio(mojibake).ratio < 0.1, 'GB18030 bytes read as Big5 are recognised as implausible');
    assert.ok(commonHanRatio(iconv.decode(iconv.encode(TRADITIONAL.repeat(3), 'big5'), 'gb18030')).ratio < 0.25);
  });
});
