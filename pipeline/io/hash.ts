/** Hashing helpers (pure computations over bytes; kept in io/ with the other byte-level helpers). */
import { createHash } from 'node:crypto';

/**
 * What is known of a file already written (streamed to disk, see writeDirAtomicStreamed): its size and hash.
 * byteLength and sha256Hex accept it in place of the content, so the catalogue, the manifest and SHA256SUMS
 * describe a large file without holding it.
 */
export interface FileDigest {
  bytes: number;
  sha256: string;
}

export function isFileDigest(data: unknown): data is FileDigest {
  return typeof data === 'object' && data !== null && !(data instanceof Uint8Array) && typeof (data as FileDigest).sha256 === 'string';
}

/** UTF-8 bytes of a text, or the bytes themselves. */
export function toBytes(data: string | Uint8Array): Uint8Array {
  return typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
}

/** Lowercase hex SHA-256 of a text (as UTF-8), of bytes, or of a file already digested. */
export function sha256Hex(data: string | Uint8Array | FileDigest): string {
  if (isFileDigest(data)) return data.sha256;
  return createHash('sha256').update(typeof data === 'string' ? data : toBytes(data)).digest('hex');
}

/** Size in bytes of a text (as UTF-8), of bytes, or of a file already digested. */
export function byteLength(data: string | Uint8Array | FileDigest): number {
  if (isFileDigest(data)) return data.bytes;
  return typeof data === 'string' ? Buffer.byteLength(data, 'utf8') : data.byteLength;
}
