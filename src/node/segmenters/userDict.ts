/** The user dictionary a segmenter is loaded with (from core's buildUserDictionary). */
export interface UserDictionary {
  /** jieba user-dictionary lines: "word freq tag". */
  text: string;
  /** Short hash of `text`; part of the segmenter id, so indexes never mix dictionaries. */
  hash: string;
}

/** Whether to use jieba's HMM for words not in the dictionary (same for both engines). */
export const USE_HMM = true;
