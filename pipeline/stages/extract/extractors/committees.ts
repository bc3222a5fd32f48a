/**
 * Committees and governance bodies, from tables (tab-separated, pipe or HTML-laden cells, with a header row
 * naming the columns) and from prose (« le comité X se réunit chaque mois et réunit A, B et C »).
 * Reads a SourceDocument; returns `committee` facts.
 */
import type { Extractor, Fact, SourceDocument } from '../../../types/domain.ts';
import { prepared, type Line } from '../text.ts';

const ID = 'committees';

type Column = 'name' | 'participants' | 'topics' | 'frequency';
const HEADER_WORDS: Array<[Column, RegExp]> = [
  ['participants', /participants?|membres?|composition|acteurs?|parties prenantes/i],
  ['frequency', /fréquence|periodicit|périodicité|rythme|calendrier|réunions?/i],
  ['topics', /points?|objet|sujets?|thèmes?|ordre du jour|missions?|rôle|attributions?|discussion/i],
  ['name', /comité|instance|nom|organe|conseil|gouvernance|réunion/i],
];

/** Splits a raw table row into cells (tabs, or pipes for markdown tables), with offsets. */
function cells(original: string, line: Line): Array<{ start: number; end: number; raw: string }> {
  const raw = original.slice(line.start, line.end);
  const sep = raw.includes('\t') ? '\t' : '|';
  const out: Array<{ start: number; end: number; raw: string }> = [];
  let pos = 0;
  for (const part of raw.split(sep)) {
    out.push({ start: line.start + pos, end: line.start + pos + part.length, raw: part });
    pos += part.length + 1;
  }
  if (sep === '|') return out.slice(1, -1).length ? out.filter((c, i) => !(i === 0 && !c.raw.trim()) && !(i === out.length - 1 && !c.raw.trim())) : out;
  return out;
}

const decode = (s: string) =>
  s
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** A cell's items: <li> elements when present, else the cell split on « ; », « , » and « et ». */
export function splitItems(raw: string, splitOnCommas: boolean): string[] {
  const li = [...raw.matchAll(/<li\b[^>]*>([\s\S]*?)(?:<\/li>|(?=<li\b)|$)/gi)].map((m) => decode(m[1]!)).filter(Boolean);
  // « <li>DB, ANSSI, DAE</li> »: a list item that is itself a list of short names.
  if (li.length) return li.flatMap((item) => (splitOnCommas && item.split(/\s*,\s*/).every((p) => p.split(' ').length <= 3) ? item.split(/\s*,\s*/) : [item]));
  const text = decode(raw);
  if (!text) return [];
  const parts = splitOnCommas ? text.split(/\s*(?:;|,|\bet\b)\s*/) : text.split(/\s*;\s*/);
  return parts.map((p) => p.trim()).filter((p) => p.length > 1);
}

function fromTables(doc: SourceDocument): Fact[] {
  const text = prepared(doc.text);
  const facts: Fact[] = [];
  const lines = text.lines;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.kind !== 'table-row') continue;
    // A block of table rows; the first one is the header.
    let j = i;
    while (j < lines.length && lines[j]!.kind === 'table-row') j++;
    const header = cells(doc.text, lines[i]!).map((c) => decode(c.raw));
    const columns = new Map<Column, number>();
    header.forEach((h, k) => {
      for (const [col, re] of HEADER_WORDS) {
        if (re.test(h) && !columns.has(col) && ![...columns.values()].includes(k)) {
          columns.set(col, k);
          break;
        }
      }
    });
    if (!columns.has('name')) columns.set('name', 0);
    if (columns.has('participants') || columns.has('frequency')) {
      for (let r = i + 1; r < j; r++) {
        const line = lines[r]!;
        if (/^\s*\|?\s*:?-{3,}/.test(doc.text.slice(line.start, line.end))) continue; // markdown separator row
        const row = cells(doc.text, line);
        const get = (col: Column) => {
          const k = columns.get(col);
          return k === undefined ? undefined : row[k];
        };
        const name = decode(get('name')?.raw ?? '');
        if (!name || name === '...' || name.length < 3) continue;
        const participants = splitItems(get('participants')?.raw ?? '', true);
        const topics = splitItems(get('topics')?.raw ?? '', false);
        const freq = splitItems(get('frequency')?.raw ?? '', false);
        facts.push({
          source_id: doc.id,
          start: line.start,
          end: line.start + line.text.length,
          quote: doc.text.slice(line.start, line.start + line.text.length),
          extractor: ID,
          data: { kind: 'committee', name, frequency: freq.length ? freq.join('; ') : null, participants, topics },
        });
      }
    }
    i = j - 1;
  }
  return facts;
}

const BODY = String.raw`(?:[Cc]omité|[Cc]onseil|[Cc]ommission|[Ss]éminaire|[Ii]nstance|[Cc]ollège|[Cc]omité de pilotage|[Cc]omité stratégique)`;
const FREQUENCY = String.raw`(?:chaque (?:semaine|mois|trimestre|semestre|année|an)|tous les (?:mois|ans|trimestres|semestres|(?:deux|trois|six) (?:mois|ans|semaines))|(?:une|deux|trois|quatre) fois par (?:an|mois|semaine|trimestre|semestre)|mensuellement|annuellement|trimestriellement|semestriellement|hebdomadairement|au moins (?:une|deux) fois par (?:an|mois))`;

function fromProse(doc: SourceDocument): Fact[] {
  const text = prepared(doc.text);
  const facts: Fact[] = [];
  const re = new RegExp(String.raw`(${BODY}(?:\s+(?:[a-zéèêàç'-]+|«[^»]{2,60}»|[A-ZÉ][\wÀ-ÿ'-]*)){0,8}?)\s+(?:se réunit|se réunissent|est réunie?|siège)\s+(${FREQUENCY})`, 'g');
  for (const s of text.sentences) {
    re.lastIndex = 0;
    const m = re.exec(s.text);
    if (!m) continue;
    const start = s.start + m.index;
    const part = /(?:(?<!se )réunit|rassemble|associe|est composée? de|comprend)\s+([^.;:]{3,300})/.exec(s.text.slice(m.index));
    const participants = part ? part[1]!.split(/\s*(?:,|\bet\b)\s*/).map((p) => p.trim()).filter((p) => p.length > 1) : [];
    facts.push({
      source_id: doc.id,
      start,
      end: s.end,
      quote: doc.text.slice(start, s.end),
      extractor: ID,
      data: { kind: 'committee', name: m[1]!.replace(/\s+/g, ' ').trim(), frequency: m[2]!, participants, topics: [] },
    });
  }
  return facts;
}

export const committeesExtractor: Extractor = {
  id: ID,
  version: 1,
  extract: (doc) => ({ facts: [...fromTables(doc), ...fromProse(doc)].sort((a, b) => a.start - b.start), issues: [] }),
};
