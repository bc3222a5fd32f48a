import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSourceBytes, findInvalidUtf8 } from '../../pipeline/stages/ingest/bytes.ts';

const decodes = (bytes: Uint8Array): boolean => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/** UTF-8 text, sometimes with one byte replaced: mostly valid, sometimes broken in interesting places. */
const maybeBrokenUtf8 = fc
  .tuple(fc.string({ unit: 'binary', maxLength: 40 }), fc.option(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }))))
  .map(([text, flip]) => {
    const bytes = new TextEncoder().encode(text);
    if (flip !== null && bytes.length > 0) bytes[flip[0] % bytes.length] = flip[1];
    return bytes;
  });

describe('findInvalidUtf8', () => {
  it('agrees with the fatal TextDecoder on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 48 }), maybeBrokenUtf8), (bytes) => {
        expect(findInvalidUtf8(bytes) === -1).toBe(decodes(bytes));
      }),
      { numRuns: 2000 },
    );
  });

  it('points at the first bad sequence: everything before it decodes', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 48 }), maybeBrokenUtf8), (bytes) => {
        const at = findInvalidUtf8(bytes);
        if (at === -1) return;
        expect(decodes(bytes.subarray(0, at))).toBe(true);
        expect(decodes(bytes.subarray(0, at + 1))).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects overlong forms, surrogates and truncated sequences', () => {
    expect(findInvalidUtf8(new Uint8Array([0x41, 0xc0, 0x80]))).toBe(1);
    expect(findInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0);
    expect(findInvalidUtf8(new Uint8Array([0x41, 0x42, 0xe2, 0x82]))).toBe(2);
    expect(findInvalidUtf8(new TextEncoder().encode('État numérique €𝄞'))).toBe(-1);
  });
});

describe('checkSourceBytes', () => {
  it('returns any non-blank UTF-8 text exactly, line endings included', () => {
    const textChar = fc.oneof(
      fc.constantFrom('\r\n', '\n', '\r', '\t', ' ', 'é', 'œ', '’', '\u00a0', '€'),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
    );
    fc.assert(
      fc.property(
        fc.array(textChar, { minLength: 1, maxLength: 60 }).map((parts) => `x${parts.join('')}`),
        (text) => {
          fc.pre(!/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text) && !text.startsWith('\ufeff'));
          const checked = checkSourceBytes(new TextEncoder().encode(text), 'a.txt');
          expect(checked.text).toBe(text);
          expect(checked.issues.every((i) => i.severity === 'info')).toBe(true);
        },
      ),
    );
  });

  it('names the file and the manifest entry in its messages', () => {
    const { text, issues } = checkSourceBytes(new Uint8Array(), {
      file: 'a/b.txt',
      id: 'b',
      index: 3,
      manifest: 'sources.json',
    });
    expect(text).toBeNull();
    expect(issues[0]?.message).toContain('"a/b.txt" (sources.json sources[3], id "b")');
    expect(issues[0]?.location).toEqual({ file: 'a/b.txt', source: 'b', pointer: '/sources/3' });
  });

  it('reports the size limit before anything else', () => {
    const { issues } = checkSourceBytes(new Uint8Array([0, 0, 0, 0]), 'x.txt', { maxBytes: 3 });
    expect(issues.map((i) => i.code)).toEqual(['source-too-large']);
  });

  it('gives the byte offset of a bad sequence after a BOM in file coordinates', () => {
    const { issues } = checkSourceBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xff]), 'x.txt');
    expect(issues.map((i) => i.code)).toEqual(['source-not-utf8']);
    expect(issues[0]?.message).toContain('byte offset 4');
  });
});
