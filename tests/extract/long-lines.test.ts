/**
 * Session 33: pages with very long lines (a table or a list exported on one line, markup blanked into long runs of
 * spaces) made several rules read the whole line again for each number, date, address or acronym on it: quadratic,
 * a minute for a 240 kB page. The rules now read a bounded window or remember the line; these tests check that the
 * answers did not change (speed itself is measured by scripts/layout-probe.ts --long-lines, never in a test).
 */
import { describe, expect, it } from 'vitest';
import { rng } from '../../bench/corpus.ts';
import { parseDates } from '../../pipeline/stages/extract/dates.ts';
import { extractDocument } from '../../pipeline/stages/extract/index.ts';
import { DisjointSpans, SpanIndex, type Span } from '../../pipeline/stages/extract/spans.ts';
import { dataOf, doc, expectExactQuotes } from './helpers.ts';

const naive = (spans: readonly Span[], start: number, end: number) => spans.some((s) => start < s.end && s.start < end);

describe('SpanIndex and DisjointSpans', () => {
  it('answer as a scan of every span would, on random spans', () => {
    const random = rng(33);
    const int = (n: number) => Math.floor(random() * n);
    for (let round = 0; round < 200; round++) {
      const spans = Array.from({ length: int(40) }, () => {
        const start = int(200);
        return { start, end: start + int(12) };
      });
      const index = new SpanIndex(spans);
      const disjoint = new DisjointSpans();
      const kept: Span[] = [];
      for (const s of spans) {
        // (Added in any order, each only when it overlaps none: as parseDates keeps its longest atoms first.)
        expect(disjoint.overlaps(s.start, s.end)).toBe(naive(kept, s.start, s.end));
        if (!naive(kept, s.start, s.end)) {
          kept.push(s);
          disjoint.add(s);
        }
      }
      for (let q = 0; q < 100; q++) {
        const start = int(220);
        const end = start + int(15);
        expect(index.overlaps(start, end)).toBe(naive(spans, start, end));
        expect(disjoint.overlaps(start, end)).toBe(naive(kept, start, end));
      }
    }
  });
});

describe('a year in a table cell after a long run of blanks', () => {
  it('is still a timeline entry, however far its line starts', () => {
    for (const padding of [0, 50, 400, 1000]) {
      const text = `| ${' '.repeat(padding)}2019 | Création du service des données |\n`;
      const dates = parseDates(text, 0, text.length, null).map((d) => d.value.value);
      expect(dates, `padding ${padding}`).toEqual(['2019']);
    }
  });
});

describe('many addresses on one line', () => {
  it('gives each address the unit of its own segment', () => {
    const units = Array.from({ length: 60 }, (_, i) => `Bureau ${String.fromCharCode(65 + (i % 26))}${i}`);
    const text = `Contacts : ${units.map((u, i) => `${u} : bureau${i}@exemple.gouv.fr`).join(' · ')}\n`;
    const { facts } = extractDocument(doc(text, 'annuaire'), new Set());
    expectExactQuotes(text, facts);
    const contacts = dataOf(facts, 'contact');
    expect(contacts).toHaveLength(60);
    for (const [i, c] of contacts.entries()) {
      expect(c.email).toBe(`bureau${i}@exemple.gouv.fr`);
      expect(c.organisation?.name, c.email).toBe(units[i]);
    }
  });
});

describe('a long line of figures', () => {
  it('reads each amount, and a measure from its own clause', () => {
    const row = Array.from({ length: 300 }, (_, i) => `${100 + i} millions d'euros`).join(' puis ');
    const text = `Le budget du programme atteint 42 millions d'euros en 2024. Montants successifs ${row}\n`;
    const { facts } = extractDocument(doc(text, 'budget'), new Set());
    expectExactQuotes(text, facts);
    const figures = dataOf(facts, 'figure');
    expect(figures.find((f) => f.value === 42_000_000)?.measure).toBe('budget du programme');
    expect(figures.filter((f) => f.normalised?.value !== undefined).length).toBeGreaterThanOrEqual(300);
  });
});
