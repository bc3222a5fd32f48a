/**
 * Shapes of text first met in session 17 (each case failed on the rules before it): written for this file, never
 * copied from the evaluation texts.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../pipeline/stages/extract/index.ts';
import { cleanText } from '../../pipeline/stages/extract/text.ts';
import { dataOf, doc, expectExactQuotes } from './helpers.ts';

const facts = (text: string) => {
  const { facts: found } = extractDocument(doc(text, 'session17'), new Set());
  expectExactQuotes(text, found);
  return found;
};
const orgs = (text: string) => dataOf(facts(text), 'organisation').map((o) => `${o.name ?? '—'} (${o.acronym ?? '—'})`);

describe('a subtitle file (SubRip)', () => {
  const srt = [
    '1',
    '00:00:01,000 --> 00:00:04,200',
    'ANIMATEUR : Bonjour, nous recevons',
    'la directrice de l\'office national',
    '',
    '2',
    '00:00:04,240 --> 00:00:07,950',
    'des données agricoles, l\'ONDA.',
    '',
    '3',
    '00:00:08,100 --> 00:00:11,400',
    '- Depuis quand dirigez-vous l\'office ?',
    '- Depuis le 2 mai 2024. Nous avons traité',
    '',
    '4',
    '00:00:11,500 --> 00:00:14,000',
    '12 500 demandes. Le département Études',
    'et prospective prend le relais.',
  ].join('\n');

  it('blanks the cue numbers and timings, joins a speaker\'s cues, and starts a new line for each new speaker', () => {
    const clean = cleanText(srt);
    expect(clean).toHaveLength(srt.length);
    expect(clean).not.toMatch(/-->|00:00/);
    expect(clean).toContain("la directrice de l'office national des données agricoles, l'ONDA.");
    expect(clean).toContain('Nous avons traité 12 500 demandes.');
    // Two speakers in one cue (dialogue dashes) are two lines.
    expect(clean).toMatch(/l'office \?\s*\n[\s\S]*- Depuis le 2 mai 2024/);
  });

  it('reads a name cut across cues, a date and a figure, with no timecode read as a number', () => {
    const found = facts(srt);
    expect(orgs(srt)).toContain('office national des données agricoles (ONDA)');
    expect(orgs(srt)).toContain('département Études et prospective (—)');
    expect(dataOf(found, 'figure').map((f) => `${f.value} ${f.unit}`)).toEqual(['12500 demandes']);
  });

  it('is only a file that opens with a cue: prose quoting a timing line is left alone', () => {
    const page = `Chaque sous-titre a un numéro et un horaire :\n\n1\n00:00:01,000 --> 00:00:02,000\nBonjour`;
    expect(cleanText(page)).toContain('-->');
  });
});
