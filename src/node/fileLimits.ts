/**
 * The size limit for transcript files (setting summit.corpus.maxFileSizeMB, default 20) and the
 * one way the command line reads a transcript: regular files only, never more than the limit.
 * A FIFO, a device (/dev/zero), a socket or another special file is refused before it is read;
 * a file whose reported size is 0 (or wrong) is still read in bounded chunks, never whole.
 */
import { constants as fsConstants, promises as fsp, type Stats } from 'fs';
import type { Problem } from '../core/model';

export const DEFAULT_MAX_FILE_MB = 20;
/** Chunk size once the reported size has been read (a file that grew, /proc-like files). */
const CHUNK = 1024 * 1024;

export function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

/** A warning when a file is above the limit (bytes), else undefined. */
export function tooBig(src: { file: string; size: number }, maxBytes: number): Problem | undefined {
  if (src.size <= maxBytes) return undefined;
  return {
    severity: 'warning',
    file: src.file,
    message: `skipped: ${megabytes(src.size)} MB is above the limit of ${megabytes(maxBytes)} MB (setting summit.corpus.maxFileSizeMB)`,
  };
}

/** What kind of special file `stat` describes ("a named pipe (FIFO)" …), or undefined for a regular file or folder. */
export function specialFileKind(stat: Stats): string | undefined {
  if (stat.isFile() || stat.isDirectory()) return undefined;
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  return 'a special file';
}

/** The warning for a path that is not a regular file. */
export function notRegular(file: string, kind: string): Problem {
  return { severity: 'warning', file, message: `skipped: ${kind} is not a regular file` };
}

export type BoundedRead = { bytes: Buffer; problem?: undefined } | { bytes?: undefined; problem: Problem };

/**
 * Reads a regular file of at most `maxBytes`. The file is opened without blocking (a FIFO put
 * in place after a directory listing cannot hang the open), checked on the open handle, and
 * read in a loop that stops one byte past the limit, whatever size the file system reports.
 */
export async function readWithinLimit(abs: string, file: string, maxBytes: number): Promise<BoundedRead> {
  const handle = await fsp.open(abs, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
  try {
    const stat = await handle.stat();
    const kind = specialFileKind(stat) ?? (stat.isDirectory() ? 'a folder' : undefined);
    if (kind) return { problem: notRegular(file, kind) };
    const big = tooBig({ file, size: stat.size }, maxBytes);
    if (big) return { problem: big };
    const chunks: Buffer[] = [];
    let total = 0;
    let want = stat.size + 1; // one byte more than reported: a file that grew is noticed
    for (;;) {
      const room = maxBytes + 1 - total;
      if (room <= 0) break;
      const buf = Buffer.allocUnsafe(Math.min(Math.max(want, 1), room));
      const { bytesRead } = await handle.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      chunks.push(buf.subarray(0, bytesRead));
      total += bytesRead;
      want = CHUNK;
    }
    if (total > maxBytes) {
      return { problem: { severity: 'warning', file, message: `skipped: more than the limit of ${megabytes(maxBytes)} MB (setting summit.corpus.maxFileSizeMB)` } };
    }
    return { bytes: Buffer.concat(chunks, total) };
  } finally {
    await handle.close();
  }
}
