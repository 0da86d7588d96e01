/**
 * A cached segment file as a SegmentSource (segmentSource.ts): opened once, read by range on
 * demand (fs.readSync at an offset), so a warm start reads each transcript's header and
 * dictionary, not its whole index. The descriptor stays open until the segment is let go
 * (the engine closes it when the corpus is removed or replaced, or the engine is closed).
 *
 * A file replaced by a rename while open (as the cache saves) keeps being read from the old
 * file, which is still the index that was verified. A file truncated or rewritten in place
 * gives a short read (SourceReadError) or bytes that fail their block checksum: either way
 * the segment is rebuilt, never answered from.
 *
 * At most MAX_OPEN files are held open at once (the process's descriptor limit is shared
 * with everything else); beyond that a segment file is read whole into memory, as before.
 */
import * as fs from 'fs';
import * as zlib from 'zlib';
import { MemorySource, SourceReadError, type SegmentSource } from '../core/search/segmentSource';

/** Segment files held open at once, process-wide. */
export const MAX_OPEN = 2048;
let openCount = 0;

/** How many segment files are open now (for tests and diagnostics). */
export function openSegmentFiles(): number {
  return openCount;
}

/**
 * Node's native CRC-32 (zlib.crc32, from Node 20.15 and 22.2): the same values as the
 * segment's own checksum, several times faster, for verifying a file's blocks as they are read.
 */
const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

/** The native checksum when this Node has it (for building segments and reading them), else undefined. */
export const NATIVE_CHECKSUM: ((bytes: Uint8Array) => number) | undefined = nativeCrc32 ? (bytes) => nativeCrc32(bytes) : undefined;

export class SegmentFile implements SegmentSource {
  private fd: number | undefined;
  readonly checksum = NATIVE_CHECKSUM;

  private constructor(fd: number, readonly size: number, readonly file: string) {
    this.fd = fd;
    openCount++;
  }

  /** The file as a source (read on demand, or whole when too many are open); throws what fs throws when it cannot be opened. */
  static open(file: string): SegmentSource {
    if (openCount >= MAX_OPEN) return new MemorySource(fs.readFileSync(file));
    const fd = fs.openSync(file, 'r');
    try {
      const stat = fs.fstatSync(fd);
      if (!stat.isFile()) throw new Error(`${file} is not a regular file`);
      return new SegmentFile(fd, stat.size, file);
    } catch (err) {
      fs.closeSync(fd);
      throw err;
    }
  }

  read(offset: number, length: number): Uint8Array {
    if (this.fd === undefined) throw new SourceReadError('the cached file was closed');
    if (offset < 0 || length < 0 || offset + length > this.size) throw new SourceReadError('read past the end of the segment');
    const out = new Uint8Array(length);
    let done = 0;
    try {
      while (done < length) {
        const n = fs.readSync(this.fd, out, done, length - done, offset + done);
        if (n === 0) throw new SourceReadError('the cached file is shorter than when it was opened');
        done += n;
      }
    } catch (err) {
      if (err instanceof SourceReadError) throw err;
      throw new SourceReadError(err instanceof Error ? err.message : String(err));
    }
    return out;
  }

  close(): void {
    if (this.fd === undefined) return;
    const fd = this.fd;
    this.fd = undefined;
    openCount--;
    try { fs.closeSync(fd); } catch { /* already gone: nothing is held */ }
  }
}
