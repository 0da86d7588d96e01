/**
 * Where a segment's bytes come from: memory (a segment just built, or bytes received from
 * another thread) or, in Node, a cache file read on demand (src/node/segmentFile.ts). A
 * segment reads its header and dictionary when it is opened and every other part by the
 * 4 KB blocks a query touches (segment.ts), so opening costs what a query needs, not the file.
 */

/** A segment's bytes, read by range. */
export interface SegmentSource {
  /** Total bytes. */
  readonly size: number;
  /**
   * Bytes [offset, offset + length), exactly `length` of them. Throws SourceReadError when
   * they cannot be read (the file is gone, shorter than it was, or closed).
   */
  read(offset: number, length: number): Uint8Array;
  /** Releases what the source holds (a file descriptor); later reads throw SourceReadError. Idempotent. */
  close?(): void;
  /**
   * The CRC-32 of bytes, exactly as bytes.ts's `checksum` computes it, from a faster
   * implementation the runtime has (Node's native zlib.crc32); without it, that one is used.
   */
  readonly checksum?: (bytes: Uint8Array) => number;
}

/** A source's bytes could not be read: the segment cannot be trusted and must be rebuilt. */
export class SourceReadError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'SourceReadError';
  }
}

/** Bytes already in memory: views into them, never copies. */
export class MemorySource implements SegmentSource {
  constructor(readonly bytes: Uint8Array) {}

  get size(): number {
    return this.bytes.length;
  }

  read(offset: number, length: number): Uint8Array {
    if (offset < 0 || length < 0 || offset + length > this.bytes.length) throw new SourceReadError('read past the end of the segment');
    return this.bytes.subarray(offset, offset + length);
  }
}

export function isSegmentSource(value: unknown): value is SegmentSource {
  return typeof value === 'object' && value !== null && !(value instanceof Uint8Array)
    && typeof (value as SegmentSource).read === 'function' && typeof (value as SegmentSource).size === 'number';
}
