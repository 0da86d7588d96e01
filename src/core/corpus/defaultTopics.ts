/**
 * The bundled topic tree (corpus/topics.json), used to tag any transcript that brings no topic
 * tree of its own. Imported as data, so it works in Node and in a browser bundle alike.
 */
import type { Topic } from '../model';
import topicsJson from '../../../corpus/topics.json';
import { validateTopicsFile } from './schema';

let cached: { topics: Topic[]; terms: string[] } | undefined;

export function defaultTopics(): Topic[] {
  cached ??= validateTopicsFile(topicsJson, 'topics.json');
  return cached.topics;
}

export function defaultTerms(): string[] {
  cached ??= validateTopicsFile(topicsJson, 'topics.json');
  return cached.terms;
}
