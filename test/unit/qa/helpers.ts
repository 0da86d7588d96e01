/** Test helpers for question answering: a real jieba segmenter (the default dictionary plus given words). */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import type { Segmenter } from '../../../src/core/segmenter';

export function jiebaSegmenter(extraWords: string[] = []): Segmenter {
  const jieba = Jieba.withDict(dict);
  if (extraWords.length) jieba.loadDict(Buffer.from(extraWords.map((w) => `${w} 100000 n`).join('\n') + '\n'));
  return {
    id: 'test-jieba',
    cut: (text: string) => jieba.cut(text, true),
    cutForSearch: (text: string) => jieba.cutForSearch(text, true),
  };
}

import type { Corpus, Passage, Quote, Speaker } from '../../../src/core/model';

/** A speaker with defaults, for hand-built corpora. */
export function speaker(name: string, title: string, organization: string, role: Speaker['role'] = 'speaker', aliases: string[] = []): Speaker {
  return { name, title, organization, role, aliases, pinyin: '' };
}

/**
 * A small corpus built by hand from sentences (one paragraph per array entry), so
 * extraction can be tested on sentences copied from a transcript without the parser.
 * Quotes: “…” after a speaker's name are attributed to that speaker.
 */
export function corpusOf(paragraphs: string[], speakers: Speaker[], id = 'test:corpus'): Corpus {
  const text = paragraphs.join('\n');
  const passages: Passage[] = [];
  const quotes: Quote[] = [];
  let offset = 0;
  paragraphs.forEach((para, li) => {
    const re = /[^。！？]*(?:“[^”]*”[^。！？]*)*[。！？]?/gu;
    for (let m = re.exec(para); m && m[0]; m = re.exec(para)) {
      const start = offset + m.index;
      const id = `p${passages.length + 1}`;
      const who = speakers.filter((s) => m![0].includes(s.name)).pop()?.name ?? null;
      passages.push({ id, text: m[0], speaker: who, section: li, topics: [], location: { line: li + 1, column: m.index + 1, offset: start, length: m[0].length } });
      const q = /“([^”]+)”/u.exec(m[0]);
      if (q && who) {
        quotes.push({ id: `q${quotes.length + 1}`, text: q[1], speaker: who, verb: '说道', passage: id, topics: [], location: { line: li + 1, column: m.index + q.index + 2, offset: start + q.index + 1, length: q[1].length } });
      }
    }
    offset += para.length + 1;
  });
  return {
    id, file: 'test.txt', text,
    event: { name: 'Test event', date: '2020-01-01', venue: '', organizers: [] },
    speakers, sections: [], passages, quotes, statements: [], topics: [],
  };
}
