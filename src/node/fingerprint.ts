/** The fingerprint of a corpus's documents in Node's index keys: native sha1 (the core's FNV in JavaScript is slow on megabytes). */
import { createHash } from 'crypto';
import type { Fingerprint } from '../core/search/indexer';

export const SHA1_FINGERPRINT: Fingerprint = { name: 'sha1', of: (text: string) => createHash('sha1').update(text).digest('hex').slice(0, 20) };
