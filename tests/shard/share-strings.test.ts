import { describe, expect, it } from 'vitest';
import { StringTable } from '../../pipeline/shard/share-strings.ts';
import type { Fact } from '../../pipeline/types/domain.ts';

// Facts as JSON.parse gives them: every string a fresh copy.
const parsed = (): Fact[] =>
  JSON.parse(
    JSON.stringify([
      { source_id: 'doc-1', start: 0, end: 12, quote: 'la direction', extractor: 'organisations', data: { kind: 'organisation', name: 'direction du budget', acronym: null, type: 'direction' } },
      {
        source_id: 'doc-1',
        start: 20,
        end: 40,
        quote: 'créée le 1er mars 2019',
        extractor: 'events',
        data: { kind: 'event', date: { value: '2019-03-01', precision: 'day' }, type: 'creation', subject: { name: null, acronym: 'DB' }, description: 'x'.repeat(80), aliases: ['a', 'b'] },
      },
    ]),
  ) as Fact[];

describe('StringTable', () => {
  it('keeps every value of the facts, nested objects, lists and long strings included', () => {
    const table = new StringTable();
    const first = parsed();
    const second = parsed();
    table.shareFacts(first);
    table.shareFacts(second);
    expect(first).toEqual(parsed());
    expect(second).toEqual(parsed());
  });
});
