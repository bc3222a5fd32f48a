/**
 * Tables in the genre: tab-separated rows (slides and pages turned to text) and markdown pipe tables, with a
 * header row naming the columns. Cells keep their offsets; `text` is the cell with markup removed.
 */
import { prepared, type Line } from './text.ts';

export interface Cell {
  start: number;
  end: number;
  /** The cell as written (HTML lists and markdown kept). */
  raw: string;
  /** Plain text: tags, entities and markdown links reduced to their text. */
  text: string;
}

export interface Table {
  header: Cell[];
  rows: Array<{ line: Line; cells: Cell[] }>;
}

/** Plain text of a cell. */
export function decodeCell(s: string): string {
  return s
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\*\*|__|`/g, '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function splitCells(original: string, line: Line): Cell[] {
  const raw = original.slice(line.start, line.end);
  const sep = raw.includes('\t') ? '\t' : '|';
  let parts: Array<{ at: number; raw: string }> = [];
  let pos = 0;
  for (const part of raw.split(sep)) {
    parts.push({ at: pos, raw: part });
    pos += part.length + 1;
  }
  // « | a | b | »: the pipes at both ends open and close the row.
  if (sep === '|') parts = parts.filter((p, i) => !((i === 0 || i === parts.length - 1) && p.raw.trim() === ''));
  return parts.map((p) => ({ start: line.start + p.at, end: line.start + p.at + p.raw.length, raw: p.raw, text: decodeCell(p.raw) }));
}

// Three extractors read a document's tables: memoised on its preparation (callers read them, never mutate).
const tablesCache = new WeakMap<object, Table[]>();

/** Every table of a text: consecutive table rows, the first being the header; markdown separator rows skipped. */
export function findTables(original: string): Table[] {
  const text = prepared(original);
  let tables = tablesCache.get(text);
  if (!tables) tablesCache.set(text, (tables = tablesIn(original, text.lines)));
  return tables;
}

function tablesIn(original: string, lines: Line[]): Table[] {
  const tables: Table[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.kind !== 'table-row') continue;
    let j = i;
    while (j < lines.length && lines[j]!.kind === 'table-row') j++;
    const header = splitCells(original, lines[i]!);
    const rows = lines
      .slice(i + 1, j)
      .filter((l) => !/^\s*\|?\s*:?-{3,}/.test(original.slice(l.start, l.end)))
      .map((line) => ({ line, cells: splitCells(original, line) }));
    if (header.length >= 2) tables.push({ header, rows });
    i = j - 1;
  }
  return tables;
}

/** Index of the first header cell matching one of the patterns, skipping taken columns. */
export function columnIndex(header: Cell[], pattern: RegExp, taken: ReadonlySet<number> = new Set()): number | undefined {
  const k = header.findIndex((c, idx) => !taken.has(idx) && pattern.test(c.text));
  return k < 0 ? undefined : k;
}
