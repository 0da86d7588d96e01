import type { UserDictionary as CoreUserDictionary } from '../../core/corpus/dictionary';

/** What a segmenter is loaded with of core's user dictionary (buildUserDictionary): its text and hash. */
export type UserDictionary = Pick<CoreUserDictionary, 'text' | 'hash'>;

/** Whether to use jieba's HMM for words not in the dictionary (same for both engines). */
export const USE_HMM = true;
