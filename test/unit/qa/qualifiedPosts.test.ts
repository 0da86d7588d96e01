/**
 * A Hong Kong style visit report (written for this test, Traditional): a post with its field in
 * brackets before the name (總行政經理（資訊科技）某某醫生稱), two people sharing one verb
 * (某某及某某…均稱) and a caption's photo credit with no marker (（某某攝）).
 */
import * as assert from 'node:assert';
import { answerQuestion } from '../../../src/core/qa/answer';
import { parseTranscript } from '../../../src/core/corpus/parseTranscript';
import { readReport } from '../../../src/core/corpus/recognize';
import { jiebaSegmenter } from './helpers';

const VISIT = [
  '署長視察東灣醫院日間中心',
  '',
  '衞生署署長司徒振邦今日（三月九日）到訪東灣醫院，了解日間中心的電子排隊系統。',
  '醫院聯網副總監（護理）方潔儀姑娘稱，系統上線後病人輪候時間平均縮短約二十分鐘。',
  '中心經理區穎芝及註冊護士莫俊傑在講解時均稱，長者初時不習慣，現時已能自行取號。',
  '圖：司徒振邦（中）在方潔儀（左）陪同下參觀。（葉子晴攝）',
].join('\n');

describe('qa: posts qualified in brackets, a verb two people share, a bare photo credit', function () {
  this.timeout(60000);
  const { corpus, problems } = parseTranscript(VISIT, { id: 'ws:visit', file: 'visit.txt' });
  assert.ok(corpus, JSON.stringify(problems));
  const person = (name: string) => corpus!.speakers.find((s) => s.name === name);
  const engine = { segmenter: jiebaSegmenter(['司徒振邦', '方潔儀', '區穎芝', '莫俊傑', '葉子晴']), corpora: () => [corpus!] };

  it('reads the post before its bracketed field, not the form of address after the name', () => {
    assert.strictEqual(person('方潔儀')?.title, '副總監');
    assert.strictEqual(person('方潔儀')?.organization, '醫院聯網');
    // 姑娘 after the name addresses a nurse: the verb after it is hers
    assert.strictEqual(person('方潔儀')?.role, 'speaker');
    assert.strictEqual(answerQuestion(engine, '方潔儀擔任甚麼職位？').answer, '副總監');
  });

  it('does not take a date or a caption position in brackets for a qualifier', () => {
    assert.strictEqual(person('司徒振邦')?.title, '署長');
    const r = readReport('圖：院長（左二）陳家豪出席。').people.find((p) => p.name === '陳家豪');
    assert.notStrictEqual(r?.title, '院長', 'a position bracket between a title and a name is the caption\'s, not the post\'s');
  });

  it('gives a verb said with 均 to every person of the joined subject', () => {
    assert.strictEqual(person('區穎芝')?.role, 'speaker');
    assert.strictEqual(person('莫俊傑')?.role, 'speaker');
    assert.strictEqual(person('莫俊傑')?.title, '註冊護士');
    // joined but no shared verb: the second person only mentioned
    const other = readReport('中心經理區穎芝及註冊護士莫俊傑陪同參觀。署長司徒振邦表示，服務會擴展。').people;
    assert.notStrictEqual(other.find((p) => p.name === '莫俊傑')?.finalRole, 'speaker');
  });

  it('reads a photographer from a credit in brackets at a caption\'s end', () => {
    assert.strictEqual(person('葉子晴')?.role, 'reporter');
  });
});
