import { attribution, type CiteSource } from './source';

/** Plain text: “words” —— attribution (Chinese punctuation for a Chinese event). */
export function plainCitation(src: CiteSource): string {
  const credit = attribution(src);
  if (!src.text) return credit;
  return src.cjk ? `“${src.text}”——${credit}` : `"${src.text}" — ${credit}`;
}
