/** The size limit for transcript files (setting summit.corpus.maxFileSizeMB, default 20). */
import type { Problem } from '../core/model';

export const DEFAULT_MAX_FILE_MB = 20;

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
