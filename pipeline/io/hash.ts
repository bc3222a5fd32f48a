/** Hashing helpers (pure computations over bytes; kept in io/ with the other byte-level helpers). */
import { createHash } from 'node:crypto';

/** UTF-8 bytes of a text, or the bytes themselves. */
export function toBytes(data: string | Uint8Array): Uint8Array {
  return typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
}

/** Lowercase hex SHA-256 of a text (as UTF-8) or of bytes. */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(toBytes(data)).digest('hex');
}

/** Size in bytes of a text (as UTF-8) or of bytes. */
export function byteLength(data: string | Uint8Array): number {
  return typeof data === 'string' ? Buffer.byteLength(data, 'utf8') : data.byteLength;
}
