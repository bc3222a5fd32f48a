/**
 * Windows-1252, the code page of French texts saved by older tools (an RTF note, an e-mail in « charset=windows-1252 »).
 * Decoded by hand: Node 20's TextDecoder drops the bytes 0x80–0x9F (« ’ », « € », « œ », « … ») instead of mapping
 * them.
 */

/** The characters of bytes 0x80–0x9F in Windows-1252 (the five bytes it leaves undefined read as nothing). */
const HIGH_CONTROL_RANGE = '€\u0000‚ƒ„…†‡ˆ‰Š‹Œ\u0000Ž\u0000\u0000‘’“”•–—˜™š›œ\u0000žŸ';

/** Labels that the WHATWG Encoding standard reads as Windows-1252. */
const WINDOWS_1252_LABELS = new Set(['windows-1252', 'cp1252', 'x-cp1252', 'latin1', 'iso-8859-1', 'iso8859-1', 'l1', 'us-ascii', 'ascii', 'iso_8859-1', 'cp819', 'ibm819']);

/** Whether a charset label means Windows-1252 (case-insensitive). */
export function isWindows1252(label: string): boolean {
  return WINDOWS_1252_LABELS.has(label.trim().toLowerCase());
}

/** The character of one Windows-1252 byte ('' for the undefined ones). */
export function windows1252Char(byte: number): string {
  if (byte >= 0x80 && byte <= 0x9f) {
    const c = HIGH_CONTROL_RANGE[byte - 0x80]!;
    return c === '\u0000' ? '' : c;
  }
  return String.fromCharCode(byte);
}

/** Windows-1252 bytes decoded. */
export function decodeWindows1252(bytes: ArrayLike<number>): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += windows1252Char(bytes[i]!);
  return out;
}
