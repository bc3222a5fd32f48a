/**
 * Ingest stage, pure: from a file's bytes to its text, or to the issues that say why it is not a usable text
 * (too large, empty, binary, not UTF-8). Also the one deliberate change to the bytes: a UTF-8 byte order mark
 * is stripped. Line endings are NOT touched: CRLF stays CRLF, so every offset points into the text as read.
 */
import type { Issue } from '../../types/domain.ts';
import { describeSource, ingestIssue, sourceLocation, type SourceRef } from './issues.ts';

/** Default per-file limit: 10 MB. The longest real source is ~13 kB; anything near this is a mistake. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** Above this share of control characters a file is taken for binary (text has ~0; random bytes ~10 %). */
export const DEFAULT_MAX_CONTROL_RATIO = 0.05;

export interface SourceLimits {
  maxBytes: number;
  maxControlRatio: number;
}

export const DEFAULT_LIMITS: SourceLimits = { maxBytes: DEFAULT_MAX_BYTES, maxControlRatio: DEFAULT_MAX_CONTROL_RATIO };

export interface CheckedSource {
  /** The decoded text (without a leading BOM), or null when the bytes are not a usable text. */
  text: string | null;
  issues: Issue[];
}

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

/**
 * Checks a source's bytes and decodes them. One root cause is reported per file (a binary file is not also
 * reported as "not UTF-8"); info issues (BOM stripped, not NFC) come with a usable text. Never throws.
 */
export function checkSourceBytes(
  bytes: Uint8Array,
  file: SourceRef | string,
  limits: Partial<SourceLimits> = {},
): CheckedSource {
  const ref: SourceRef = typeof file === 'string' ? { file } : file;
  const { maxBytes, maxControlRatio } = { ...DEFAULT_LIMITS, ...limits };
  const name = describeSource(ref);
  const fail = (issue: Issue): CheckedSource => ({ text: null, issues: [issue] });

  if (bytes.length > maxBytes) return fail(tooLargeIssue(ref, bytes.length, maxBytes));
  if (bytes.length === 0) {
    return fail(
      ingestIssue('source-empty', `Source ${name} is empty (0 bytes); expected a text.`, sourceLocation(ref)),
    );
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const order = bytes[0] === 0xff ? 'little-endian' : 'big-endian';
    return fail(
      ingestIssue(
        'source-not-utf8',
        `Source ${name} starts with a UTF-16 ${order} byte order mark; expected UTF-8 text.`,
        sourceLocation(ref),
        'Convert the file to UTF-8, e.g. `iconv -f utf-16 -t utf-8 in.txt > out.txt`.',
      ),
    );
  }

  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return fail(
      ingestIssue(
        'source-binary',
        `Source ${name} contains NUL bytes (the first at byte offset ${nul}); expected a plain text file.`,
        sourceLocation(ref, { line: lineAt(bytes, nul) }),
      ),
    );
  }
  const controls = countControlBytes(bytes);
  if (controls / bytes.length > maxControlRatio) {
    const percent = ((100 * controls) / bytes.length).toFixed(1);
    return fail(
      ingestIssue(
        'source-binary',
        `Source ${name} is ${percent} % control characters (${controls} of ${bytes.length} bytes); expected a plain text file (at most ${(100 * maxControlRatio).toFixed(0)} %).`,
        sourceLocation(ref),
      ),
    );
  }

  const issues: Issue[] = [];
  let body = bytes;
  if (UTF8_BOM.every((b, i) => bytes[i] === b)) {
    body = bytes.subarray(UTF8_BOM.length);
    issues.push(
      ingestIssue(
        'source-bom-stripped',
        `Source ${name} starts with a UTF-8 byte order mark; it was removed, so the text (and every offset) starts after it. The sha256 is still that of the file's bytes.`,
        sourceLocation(ref),
      ),
    );
  }

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    const at = findInvalidUtf8(body);
    const offset = at + (bytes.length - body.length);
    const shown = Array.from(
      bytes.subarray(offset, offset + 4),
      (b) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`,
    );
    return fail(
      ingestIssue(
        'source-not-utf8',
        `Source ${name} is not valid UTF-8: the first bad byte sequence is at byte offset ${offset} (line ${lineAt(bytes, offset)}), bytes ${shown.join(' ')}; expected UTF-8 text.`,
        sourceLocation(ref, { line: lineAt(bytes, offset) }),
      ),
    );
  }

  if (text.trim() === '') {
    return fail(
      ingestIssue(
        'source-empty',
        `Source ${name} holds only whitespace (${bytes.length} bytes); expected a text.`,
        sourceLocation(ref),
      ),
    );
  }
  if (text !== text.normalize('NFC')) {
    issues.push(
      ingestIssue(
        'source-not-nfc',
        `Source ${name} is not in Unicode NFC form (it holds decomposed characters); it is kept as is, so offsets stay exact.`,
        sourceLocation(ref),
      ),
    );
  }
  return { text, issues };
}

/** The issue for a file over the limit (also used by the shell, which checks the size before reading). */
export function tooLargeIssue(ref: SourceRef, size: number, maxBytes: number): Issue {
  return ingestIssue(
    'source-too-large',
    `Source ${describeSource(ref)} is ${size} bytes; expected at most ${maxBytes} bytes (maxBytes).`,
    sourceLocation(ref),
  );
}

/**
 * Offset of the first byte of the first invalid UTF-8 sequence, or -1 when all bytes are valid UTF-8.
 * Same rules as the WHATWG decoder (no overlong forms, no surrogates, nothing above U+10FFFF, no truncated
 * sequence at the end), so it agrees with `new TextDecoder('utf-8', { fatal: true })`.
 */
export function findInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let needed: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) needed = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      needed = 2;
      if (lead === 0xe0) lower = 0xa0;
      if (lead === 0xed) upper = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      needed = 3;
      if (lead === 0xf0) lower = 0x90;
      if (lead === 0xf4) upper = 0x8f;
    } else return i;
    for (let k = 1; k <= needed; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < lower || next > upper) return i;
      lower = 0x80;
      upper = 0xbf;
    }
    i += needed + 1;
  }
  return -1;
}

/** C0 controls other than tab, line feed, form feed and carriage return, and DEL. */
function countControlBytes(bytes: Uint8Array): number {
  let count = 0;
  // An indexed loop: iterating a Uint8Array with for…of was most of ingest's time on a large corpus.
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f) count++;
  }
  return count;
}

/** 1-based line number of a byte offset. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
