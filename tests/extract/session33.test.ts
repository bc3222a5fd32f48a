/**
 * Session 33: layouts that made a whole build fail (found by building thousands of pages cut and mixed from the
 * development texts, then reproduced on texts written for this file, never copied from the evaluation texts), and
 * the guard that keeps one misread fact from stopping a build.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDatasets } from '../../pipeline/run.ts';
import { wellFormedFact } from '../../pipeline/stages/extract/fact.ts';
import { extractDocument } from '../../pipeline/stages/extract/index.ts';
import { cleanText } from '../../pipeline/stages/extract/text.ts';
import type { Fact, FactData } from '../../pipeline/types/domain.ts';
import { dataOf, doc, expectExactQuotes } from './helpers.ts';

const ORG_MODE_WITH_EMPTY_HEADLINE = [
  '#+TITLE: Rapport de la mission numérique',
  '* ',
  "Effectifs : 52 emplois, dont 7 à l'antenne de Nantes.",
  '',
].join('\n');

describe('an Org-mode file with a headline that has no title', () => {
  for (const headline of ['* ', '** ', '*\t', '* \r', '***   ', '* TODO ', '* :projet:']) {
    it(`keeps the clean copy the length of the file (« ${JSON.stringify(headline)} »)`, () => {
      const text = `#+STARTUP: overview\n${headline}\nLe service compte 35 agents.\n`;
      expect(cleanText(text)).toHaveLength(text.length);
    });
  }

  it('quotes the figures after it where they stand', () => {
    const { facts } = extractDocument(doc(ORG_MODE_WITH_EMPTY_HEADLINE, 'mission'), new Set());
    expectExactQuotes(ORG_MODE_WITH_EMPTY_HEADLINE, facts);
    const figures = facts.filter((f) => f.data.kind === 'figure');
    expect(figures.map((f) => f.quote)).toEqual(expect.arrayContaining(['52 emplois', '7']));
    expect(figures.every((f) => f.quote.trim() !== '')).toBe(true);
  });
});

describe('a table whose header cells are blank', () => {
  for (const [shape, text] of [
    ['its delimiter row first', '| --- | ---: | ---: |\n| € | 2 400 | 2 650 |\n'],
    ['a shifted delimiter row', '| | --- | ---: | ---: |\n| k€ | 2 400 | 2 650 |\n'],
  ] as const) {
    it(`gives its amounts no blank measure (${shape})`, () => {
      const { facts } = extractDocument(doc(text, 'credits'), new Set());
      const figures = dataOf(facts, 'figure');
      expect(figures.map((f) => f.value)).toEqual([2400, 2650]);
      for (const f of figures) expect(f.measure === null || f.measure.trim().length > 0).toBe(true);
    });
  }
});

describe('wellFormedFact', () => {
  const fact = (data: FactData, quote = '1 200 agents'): Fact => ({ source_id: 's', start: 10, end: 10 + quote.length, quote, extractor: 'test', data });
  const figure = (measure: string | null, unit = 'agents', value = 1200): FactData => ({ kind: 'figure', value, unit, qualifier: null, measure, subject: null });

  it('keeps a sound fact as it is (the same object)', () => {
    const f = fact(figure('effectif'));
    expect(wellFormedFact(f).fact).toBe(f);
  });

  it('turns a blank optional text into null, and a blank item of a list is dropped', () => {
    expect(wellFormedFact(fact(figure('  '))).fact?.data).toMatchObject({ measure: null, unit: 'agents' });
    const committee: FactData = { kind: 'committee', name: 'comité de pilotage', frequency: '', participants: ['DNUM', ' ', 'SGG'], topics: [] };
    expect(wellFormedFact(fact(committee, 'comité de pilotage')).fact?.data).toEqual({ ...committee, frequency: null, participants: ['DNUM', 'SGG'] });
    const event: FactData = { kind: 'event', date: { value: '2024-03', precision: 'month' }, type: 'creation', subject: { name: '', acronym: 'DSI' }, subject_name: null, description: 'création', legal_text: null };
    expect(wellFormedFact(fact(event, 'mars 2024')).fact?.data).toMatchObject({ subject: { name: null, acronym: 'DSI' } });
  });

  it('leaves out a fact with a blank quote, a blank required text or a number that is not finite, naming the field', () => {
    expect(wellFormedFact(fact(figure('effectif'), '   '))).toEqual({ field: 'quote' });
    expect(wellFormedFact(fact(figure('effectif', ''))).field).toBe('unit');
    expect(wellFormedFact(fact(figure('effectif', 'agents', Number.NaN))).field).toBe('value');
    expect(wellFormedFact(fact({ kind: 'link', url: ' ', title: 'Portail' }, 'Portail')).field).toBe('url');
  });
});

describe('a build over pages of odd layouts', () => {
  const temp = mkdtempSync(join(tmpdir(), 'etat-numerique-session33-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('writes every record valid where these pages stopped the whole build with a schema violation', async () => {
    const dir = join(temp, 'sources');
    mkdirSync(dir);
    writeFileSync(join(dir, 'mission.txt'), ORG_MODE_WITH_EMPTY_HEADLINE);
    writeFileSync(join(dir, 'credits.md'), '*(en euros)*\n| --- | ---: | ---: |\n| € | 2 400 | 2 650 |\n');
    writeFileSync(join(dir, 'indicateur.md'), '**Indicateur 3.2 : Délai moyen**\n| Unité | 2023 | 2024 |\n| | --- | ---: | ---: |\n| k€ | 1 240 | 1 180 |\n');
    const built = await buildDatasets({ sourcesDir: dir, cacheDir: null, workers: 0 });
    expect(built.datasets.figures.length).toBeGreaterThanOrEqual(5);
    for (const f of built.datasets.figures) expect(f.quote.trim()).not.toBe('');
  }, 60_000);
});

describe('a subtitle file or a calendar behind an HTML tag', () => {
  // (The clean copy recognises them once the tag is blanked; the extractors that read the original must follow it.)
  const SUBTITLES = [
    '<p></p>',
    '12',
    '00:01:10.000 --> 00:01:14.500',
    '<v Paul Martin>Nous allons ouvrir le guichet aux communes.',
    '',
    '00:01:20.000 --> 00:01:25.000',
    '<v Paul Martin>Voici le lien :',
    'https://guichet.example.gouv.fr/inscription',
    '',
  ].join('\n');
  const CALENDAR = ['<p></p>', 'BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'DTSTART:20260312T090000', 'SUMMARY:Atelier des référents données', 'URL:https://agenda.example.gouv.fr/atelier', 'END:VEVENT', 'END:VCALENDAR', ''].join('\n');

  it('quotes a URL of the transcript where it stands', () => {
    const { facts } = extractDocument(doc(SUBTITLES, 'webinaire'), new Set());
    expectExactQuotes(SUBTITLES, facts);
    expect(facts.filter((f) => f.data.kind === 'link').map((f) => f.quote)).toEqual(['https://guichet.example.gouv.fr/inscription']);
  });

  it("reads the calendar's event and its address", () => {
    const { facts } = extractDocument(doc(CALENDAR, 'agenda'), new Set());
    expectExactQuotes(CALENDAR, facts);
    expect(facts.filter((f) => f.data.kind === 'link').map((f) => f.quote)).toEqual(['https://agenda.example.gouv.fr/atelier']);
    expect(dataOf(facts, 'event').map((e) => e.date.value)).toEqual(['2026-03-12']);
  });
});
