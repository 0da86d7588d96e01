/**
 * Core's speaker read-model (speakerProfiles) over the loaded corpora, each corpus's part
 * computed once per corpus object: corpora are replaced, never changed in place, so the
 * sidebar and the Speakers tree rebuilding their rows after each added transcript cost one
 * corpus's work, not every corpus's, on the extension host's thread.
 */
import type { Corpus } from '../core/model';
import { speakerProfiles, type SpeakerProfile } from '../core/read/speakers';

export class SpeakerProfileCache {
  private readonly byCorpus = new WeakMap<Corpus, SpeakerProfile[]>();

  /** Equal to speakerProfiles(corpora). */
  profiles(corpora: readonly Corpus[]): SpeakerProfile[] {
    return corpora.flatMap((corpus) => {
      let list = this.byCorpus.get(corpus);
      if (!list) this.byCorpus.set(corpus, (list = speakerProfiles([corpus])));
      return list;
    });
  }
}
