/**
 * Fuzz: question answering over the bundled summit. Any question returns within the hang guard
 * without throwing; an answer is a span of the record, every evidence sentence is exactly the
 * slice of its transcript at its location, and its highlights lie inside it.
 */
import fc from 'fast-check';
import { answerQuestion } from '../../../src/core/qa/answer';
import type { Answer } from '../../../src/core/qa/types';
import type { Summit } from '../../../src/node/summit';
import { PROTO_NAMES, question } from './arbitraries';
import { params, tried, withinBound } from './budget';
import { bundledSummit } from './engine';
import { checkLocation, lineStartsOf } from './locations';

function checkAnswer(summit: Summit, a: Answer): void {
  if (!(a.confidence >= 0 && a.confidence <= 1)) throw new Error(`confidence ${a.confidence}`);
  // An answer is a span of the record (never generated text): of its evidence, or of the same
  // transcript when the evidence refers to it (该公司 → the speaker's organisation).
  if (a.answer !== null && !a.evidence.some((e) => summit.engine.corpus(e.corpus)?.text.includes(a.answer!))) {
    throw new Error(`the answer ${JSON.stringify(a.answer)} is not in the transcripts of its evidence`);
  }
  for (const e of a.evidence) {
    const corpus = summit.engine.corpus(e.corpus);
    if (!corpus) throw new Error(`evidence names an unknown corpus ${e.corpus}`);
    checkLocation(corpus.text, lineStartsOf(corpus.text), e.location, `evidence for ${JSON.stringify(a.question.slice(0, 40))}`, e.text);
    for (const [s, t] of e.highlights) {
      if (!(Number.isInteger(s) && Number.isInteger(t) && s >= 0 && s < t && t <= e.text.length)) throw new Error(`highlight [${s}, ${t}) in ${e.text.length}`);
    }
  }
}

// Questions naming an Object.prototype property (constructor, toString, __proto__ …) once crashed
// the answerer (issue 12 finding 2; seed 20171222: 谁提出了constructor？). They are part of the
// general property and have their own below.

describe('fuzz: ask over the bundled summit', function () {
  this.timeout(0);
  let summit: Summit;
  before(async () => { summit = await bundledSummit(); });

  it('any question: returns within the guard, the answer is a span of the record, every evidence slices its text', () => {
    fc.assert(fc.property(question, (q) => {
      tried('ask:question');
      checkAnswer(summit, withinBound('ask', () => answerQuestion(summit.engine, q)));
    }), params(1500));
  });

  it('every Object.prototype name as a question and inside one', () => {
    for (const name of PROTO_NAMES) {
      for (const q of [name, `${name}是什么？`, `谁提出了${name}？`, `${name}有几方？`]) {
        tried('ask:proto');
        checkAnswer(summit, answerQuestion(summit.engine, q));
      }
    }
  });
});
