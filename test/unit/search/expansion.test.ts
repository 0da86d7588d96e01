import * as assert from 'node:assert/strict';
import { SearchEngine } from '../../../src/core/search/engine';
import { bundledGlossaryValidated, validateGlossary } from '../../../src/core/search/glossary';
import { NearMissCorrector, soundsAlike } from '../../../src/core/search/nearMiss';
import { segmenterFor } from '../segmenters/engines';
import { fixtureCorpus, fixtureUserDict } from './fixture';

describe('glossary', () => {
  it('the bundled glossary is valid and maps the summit’s English topics', () => {
    const { glossary, problems } = bundledGlossaryValidated();
    assert.deepEqual(problems, []);
    const find = (en: string) => glossary.entries.find((e) => e.en.includes(en))?.zh ?? [];
    assert.deepEqual(find('hybrid cloud'), ['混合云']);
    assert.ok(find('cloud security').includes('安全性'));
    assert.ok(find('disaster recovery').includes('容灾'));
    assert.ok(find('ai').includes('人工智能'));
  });

  it('reports bad entries with file and field, keeping the good ones', () => {
    const { glossary, problems } = validateGlossary({
      entries: [{ en: ['backup'], zh: ['备份'] }, { en: [], zh: ['x'] }, { en: ['y'], zh: 'z' }, 7],
    }, 'my-glossary.json');
    assert.equal(glossary.entries.length, 1);
    assert.deepEqual(problems.map((p) => p.field), ['entries[1].en', 'entries[2].zh', 'entries[3]']);
    assert.ok(problems.every((p) => p.file === 'my-glossary.json' && p.message.startsWith('my-glossary.json: ')));
    assert.equal(validateGlossary(null).problems[0].field, '(root)');
    assert.equal(validateGlossary({ entries: {} }).problems[0].field, 'entries');
  });

  it('an engine with a custom glossary uses it', async () => {
    const engine = new SearchEngine(await segmenterFor('node-rs-jieba', fixtureUserDict()), {
      glossary: { entries: [{ en: ['beds'], zh: ['床位'] }] },
    });
    engine.add(fixtureCorpus());
    assert.ok(engine.search('beds').results.some((h) => h.text.includes('床位')));
  });
});

describe('near-miss correction', () => {
  const vocabulary = new Set(['混合云', '公有云', '私有云', '异地备份', '单体数据库']);
  const corrector = new NearMissCorrector(vocabulary, (s) => '全国各大医院开始尝试上云，公有云、私有云、混合云'.includes(s));

  it('reads a homophone slip in a 3-character term as the term', () => {
    assert.ok(soundsAlike('和', '合'));
    assert.deepEqual(corrector.correct('混和云').map((c) => c.term), ['混合云']);
    assert.deepEqual(corrector.correct('关于混和云的').map((c) => [c.start, c.original, c.term]), [[2, '混和云', '混合云']]);
  });

  it('never turns a known term into another one (公有云 ↔ 私有云)', () => {
    assert.deepEqual(corrector.correct('公有云'), []);
    assert.deepEqual(corrector.correct('私有云'), []);
  });

  it('needs the same sound for 3 characters, allows any one character for 4+', () => {
    assert.deepEqual(corrector.correct('混乱云'), []);
    assert.deepEqual(corrector.correct('异地备分').map((c) => c.term), ['异地备份']);
    assert.deepEqual(corrector.correct('单体数据仓').map((c) => c.term), ['单体数据库']);
  });

  it('leaves alone text that occurs in the transcript and ambiguous candidates', () => {
    const inText = new NearMissCorrector(vocabulary, () => true);
    assert.deepEqual(inText.correct('混和云'), []);
    const ambiguous = new NearMissCorrector(new Set(['甲乙丙', '甲乙柄']), () => false);
    assert.deepEqual(ambiguous.correct('甲乙饼'), []);
  });

  it('corrects the same whether its look-up was built at once, in steps, or finished by a query midway', () => {
    const occurs = () => false;
    const runs = ['混和云', '公有云', '私友云', '异地备分', '单体数据酷', '关于混和云的异地备分'];
    const atOnce = new NearMissCorrector(vocabulary, occurs);
    const stepped = new NearMissCorrector(vocabulary, occurs);
    let steps = 0;
    while (!stepped.prepareSome(2)) steps++;
    assert.ok(steps >= 3, 'the vocabulary first, then two words a step');
    const midway = new NearMissCorrector(vocabulary, occurs);
    midway.prepareSome(2);
    midway.prepareSome(2);
    for (const run of runs) {
      assert.deepEqual(stepped.correct(run), atOnce.correct(run), run);
      assert.deepEqual(midway.correct(run), atOnce.correct(run), run);
    }
    assert.equal(midway.prepareSome(2), true, 'a query finished it');
  });

  it('files a length only when a window of that length needs it, and corrects as a full table does', () => {
    const words = ['混合云', '公有云', '灾备', '私有云', '异地备份', '备份', '单体数据库'];
    const occurs = () => false;
    const atOnce = new NearMissCorrector(words, occurs);
    atOnce.prepare();
    const onDemand = new NearMissCorrector(() => words, occurs);
    assert.deepEqual(onDemand.correct('备分', 2).map((c) => c.term), ['备份'], 'a two-character slip, asked for');
    assert.equal(onDemand.prepareSome(1), false, 'only two-character words are filed yet');
    const asks: Array<[string, number | undefined]> = [['单体数据酷', undefined], ['备分', 2], ['异地备分', undefined], ['混和云', undefined]];
    for (const [run, min] of asks) assert.deepEqual(onDemand.correct(run, min), atOnce.correct(run, min), run);
    while (!onDemand.prepareSome(1)) { /* the rest in steps */ }
    for (const [run, min] of asks) assert.deepEqual(onDemand.correct(run, min), atOnce.correct(run, min), run);
  });

  it('reads its vocabulary only for a window that is not a known word, and corrects as without a look-up', () => {
    const words = ['混合云', '公有云', '灾备', '私有云', '异地备份', '备份', '单体数据库'];
    const occurs = () => false;
    const plain = new NearMissCorrector(words, occurs);
    let read = 0;
    const source = function* () { for (const w of words) { read++; yield w; } };
    const known = new Set(words);
    const lookedUp = new NearMissCorrector(source, occurs, { knows: (w) => known.has(w) });
    assert.deepEqual(lookedUp.correct('混合云'), []);
    assert.deepEqual(lookedUp.correct('单体数据库'), []);
    assert.equal(read, 0, 'known words only: the vocabulary is not read');
    for (const run of ['混和云', '公有云', '异地备分', '单体数据酷', '关于混和云的异地备分']) assert.deepEqual(lookedUp.correct(run), plain.correct(run), run);
    assert.ok(read >= words.length, 'a window that is not a known word reads it');
  });

  it('reads the longer terms only for windows as long as they are, and corrects as one list does', () => {
    const short = ['灾备', '备份', '云端'];
    const longer = ['混合云', '公有云', '私有云', '异地备份', '单体数据库'];
    const occurs = () => false;
    const plain = new NearMissCorrector([...short, ...longer], occurs);
    let read = 0;
    const split = new NearMissCorrector(short, occurs, { longer: { terms: function* () { for (const w of longer) { read++; yield w; } }, minLength: 3 } });
    assert.deepEqual(split.correct('备分', 2), plain.correct('备分', 2));
    assert.deepEqual(split.correct('备分', 2).map((c) => c.term), ['备份']);
    assert.equal(read, 0, 'a two-character window: the longer terms are not read');
    const asks: Array<[string, number | undefined]> = [['混和云', undefined], ['异地备分', undefined], ['单体数据酷', 2], ['云段', 2], ['关于混和云的备分', 2]];
    for (const [run, min] of asks) assert.deepEqual(split.correct(run, min), plain.correct(run, min), run);
    assert.ok(read >= longer.length, 'a longer window reads them');
    while (!split.prepareSome(2)) { /* the rest in steps */ }
    for (const [run, min] of asks) assert.deepEqual(split.correct(run, min), plain.correct(run, min), run);
  });

  it('an engine warmed up in steps answers as one warmed at once', async () => {
    const seg = await segmenterFor('node-rs-jieba', fixtureUserDict());
    const once = new SearchEngine(seg);
    once.add(fixtureCorpus());
    once.warmUp();
    const stepped = new SearchEngine(seg);
    stepped.add(fixtureCorpus());
    assert.equal(stepped.isWarm, false);
    let steps = 0;
    while (!stepped.warmUpStep()) assert.ok(++steps < 10000, 'warming up ends');
    assert.ok(stepped.isWarm && once.isWarm);
    for (const q of ['混和云', '容灾', '华山医院', 'hybrid cloud']) assert.deepEqual(stepped.search(q), once.search(q), q);
    stepped.remove(fixtureCorpus().id);
    assert.equal(stepped.isWarm, false, 'removing a transcript discards the tables');
  });
});

describe('large corpora (substring scan limited)', () => {
  it('still finds words, phrases and Traditional queries when the scan is restricted', async () => {
    const engine = new SearchEngine(await segmenterFor('node-rs-jieba', fixtureUserDict()), { substringScanMaxDocs: 0 });
    engine.add(fixtureCorpus());
    assert.ok(engine.search('华山医院').results.some((h) => h.text.includes('上海华山医院')));
    assert.ok(engine.search('混合雲').results.some((h) => h.text.includes('混合云')));
    const r = engine.search('容灾与备份');
    assert.ok(r.results[0].text.includes('容灾与备份'));
  });
});
