/**
 * The 4 KB blocks that segments read from their cache files (segment.ts), kept process-wide
 * up to a byte budget, the earliest read dropped first. A segment's head (dictionary and
 * offsets) and what queries decode (posting lists, texts) are kept outside it; this only
 * bounds the raw blocks, which otherwise grow with every transcript a session's queries touch
 * (with 16 KB blocks, about 0.4 MB per 100 KB transcript after a 14-query mix; 4 KB blocks read about half that). A block dropped is read and
 * verified again when a query needs it.
 *
 * Each segment keeps its blocks in a map of its own (a look-up costs one Map.get: a substring
 * look-up reads a dozen words of the keys through it); this class only remembers the order
 * they were read in, so keeping within the budget costs nothing on a hit.
 */

/** A segment's blocks by number. */
export type Blocks = Map<number, Uint8Array>;

interface Read { owner: Blocks; block: number; bytes: Uint8Array }

export class BlockCache {
  /** Blocks in the order they were read; those before `next` are gone. */
  private queue: Read[] = [];
  private next = 0;
  private held = 0;

  constructor(public budget: number) {}

  /** Bytes held now. */
  get bytes(): number {
    return this.held;
  }

  /** Keeps a block just read in its segment's map, dropping the earliest read while over budget (never the one just added). */
  add(owner: Blocks, block: number, bytes: Uint8Array): void {
    const old = owner.get(block);
    if (old) this.held -= old.length;
    owner.set(block, bytes);
    this.queue.push({ owner, block, bytes });
    this.held += bytes.length;
    while (this.held > this.budget && this.next < this.queue.length - 1) {
      const gone = this.queue[this.next++];
      if (gone.owner.get(gone.block) !== gone.bytes) continue; // released, or read again since
      gone.owner.delete(gone.block);
      this.held -= gone.bytes.length;
    }
    if (this.next > 1024 && this.next * 2 > this.queue.length) { this.queue = this.queue.slice(this.next); this.next = 0; }
  }

  /** Forgets a segment's blocks (it was let go). */
  release(owner: Blocks): void {
    for (const bytes of owner.values()) this.held -= bytes.length;
    owner.clear();
  }
}

/**
 * The process's blocks: 512 MB, a cap for very large workspaces rather than a working-set
 * limit. Measured on 1,000 cached transcripts (100 MB), three rounds of a 14-query mix held
 * 395 MB of blocks (100 transcripts: 41 MB); capped at 256 MB the rounds took twice as long
 * (2.8–3.1 s against 1.5 s: blocks read again) and peak RSS did not fall (freed buffers are
 * not given back to the system at once), so the cap sits above what that mix touches.
 */
export const SHARED_BLOCKS = new BlockCache(512 * 2 ** 20);
