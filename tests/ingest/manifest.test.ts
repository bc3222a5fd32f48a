import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError, parseManifest, SourcesManifestSchema } from '../../pipeline/stages/ingest/manifest.ts';

const entry = { id: 'a', file: 'a.txt', title: null, language: 'fr', origin: null, licence: null };

describe('parseManifest', () => {
  it('returns valid entries with their index, and the invalid ones as issues', () => {
    const json = JSON.stringify({
      sources: [entry, { ...entry, id: 'b', language: 42 }, { ...entry, id: 'c', file: 'c.txt' }],
    });
    const parsed = parseManifest(json, 'sources.json');
    expect(parsed.entries.map((e) => [e.index, e.entry.id])).toEqual([
      [0, 'a'],
      [2, 'c'],
    ]);
    expect(parsed.issues).toHaveLength(1);
    expect(parsed.issues[0]?.message).toBe(
      'sources.json sources[1] (id "b"): field "language" must be a BCP 47 language tag such as "fr", got 42.',
    );
    expect(parsed.files).toEqual(['a.txt', 'a.txt', 'c.txt']);
  });

  it('accepts a byte order mark before the JSON', () => {
    expect(parseManifest(`\ufeff${JSON.stringify({ sources: [entry] })}`, 'sources.json').issues).toEqual([]);
  });

  it('reports an entry that is not an object', () => {
    const parsed = parseManifest('{ "sources": ["a.txt"] }', 'sources.json');
    expect(parsed.issues.map((i) => i.code)).toEqual(['manifest-invalid']);
    expect(parsed.issues[0]?.message).toContain('sources.json sources[0] must be an object');
  });

  it('rejects paths with backslashes and non-http origins', () => {
    const parsed = parseManifest(
      JSON.stringify({ sources: [{ ...entry, file: 'a\\b.txt', origin: 'file:///etc/passwd' }] }),
      'sources.json',
    );
    expect(parsed.issues.map((i) => i.location?.field)).toEqual(['file', 'origin']);
  });

  it('rejects a day that does not exist', () => {
    const parsed = parseManifest(JSON.stringify({ sources: [{ ...entry, date: '2019-02-29' }] }), 'm.json');
    expect(parsed.issues[0]?.message).toContain('field "date" must be');
  });

  it('gives the line of a JSON syntax error', () => {
    const parsed = parseManifest('{\n  "sources": [\n    { "id": "a" },\n  ]\n}', 'sources.json');
    expect(parsed.issues[0]?.code).toBe('manifest-invalid-json');
    expect(parsed.issues[0]?.location?.line).toBe(4);
    expect(parsed.issues[0]?.message).toContain('found "]" at line 4, column 3 where a value was expected');
    expect(parsed.readable).toBe(false);
  });
});

describe('findJsonSyntaxError', () => {
  const parses = (text: string): boolean => {
    try {
      JSON.parse(text);
      return true;
    } catch {
      return false;
    }
  };

  it('agrees with JSON.parse on valid JSON and on JSON with one character changed or removed', () => {
    const damaged = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', ' ', 'x', '\\', '\n'))
      .map(([json, at, replacement]) => {
        const k = json.length === 0 ? 0 : at % json.length;
        return json.slice(0, k) + replacement + json.slice(k + 1);
      });
    fc.assert(
      fc.property(fc.oneof(fc.json(), damaged), (text) => {
        expect(findJsonSyntaxError(text) === null).toBe(parses(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('sources/sources.json', () => {
  it('passes the strict manifest schema', () => {
    const json: unknown = JSON.parse(readFileSync(new URL('../../sources/sources.json', import.meta.url), 'utf8'));
    const result = SourcesManifestSchema.safeParse(json);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });
});
