/**
 * Tables in the genre: tab-separated rows (slides and pages turned to text) and markdown pipe tables, with a
 * header row naming the columns. Cells keep their offsets; `text` is the cell with markup removed.
 */
import { decodeHTML } from 'entities';
import { COLUMN_RULE, alignedCells, prepared, semicolonSeparators, spansBetween, type Line } from './text.ts';

export interface Cell {
  start: number;
  end: number;
  /** The cell as written (HTML lists and markdown kept). */
  raw: string;
  /** Plain text: tags, entities and markdown links reduced to their text. */
  text: string;
  /** A cell wrapped over lines (a grid table's, a ruled one's): `raw` spans its neighbours' text too, `text` is the cell's alone. */
  wrapped?: true;
}

export interface Table {
  header: Cell[];
  rows: Array<{ line: Line; cells: Cell[] }>;
}

/** Plain text of a cell. */
export function decodeCell(s: string): string {
  // (Character references decoded after the tags are gone: « &lt;b&gt; » in a cell is text, not a tag.)
  return decodeHTML(
    s
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      // (Wiki and Org-mode links: « [[https://…|texte]] », « [[https://…][texte]] » as their text, « [[https://…]] » as the address.)
      .replace(/\[\[(?:[^\]|\n]*(?:\||\]\[))?([^\]\n]*)\]\]/g, '$1')
      .replace(/<[^>]+>/g, ' '),
  )
    .replace(/\*\*|__|`/g, '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function splitCells(original: string, line: Line): Cell[] {
  return rowCells(original.slice(line.start, line.end), line.start);
}

/** A row of a MediaWiki infobox: « | organisation mère = [[Ministère X]] » (the label, « = », the value). */
const INFOBOX_ROW = /^([ \t]*\|[ \t]*)(\p{L}[\p{L} '’-]{0,40}?)([ \t]*=[ \t]*)(?!.*\|[ \t]*$)/u;

/** A MediaWiki value's text: links as their text (« [[Cible|texte]] » → « texte »). */
function wikiText(value: string): string {
  return value.replace(/\[\[(?:[^\]|\n]*\|)?([^\]\n]*)\]\]/g, '$1').replace(/\[https?:\/\/\S+ ([^\]\n]*)\]/g, '$1').replace(/'{2,5}/g, '');
}

/** A CSV value's text: the quotes around it dropped, a doubled quote inside read as one. */
function unquoted(text: string): string {
  return /^".*"$/s.test(text) ? text.slice(1, -1).replace(/""/g, '"').trim() : text;
}

/**
 * The cells of a table row written at `at` (tab or pipe separated; the pipes at both ends of « | a | b | »
 * dropped; without either, values separated by semicolons, else columns aligned with spaces).
 */
export function rowCells(raw: string, at: number): Cell[] {
  let parts: Array<{ at: number; raw: string }> = [];
  if (!raw.includes('\t') && !raw.includes('|') && !DOKUWIKI_HEADER_ROW.test(raw)) {
    const seps = semicolonSeparators(raw);
    if (seps.length >= 2) {
      return spansBetween(seps, raw.length).map(([a, b]) => ({ start: at + a, end: at + b, raw: raw.slice(a, b), text: unquoted(decodeCell(raw.slice(a, b))) }));
    }
    for (const [a, b] of alignedCells(raw)) parts.push({ at: a, raw: raw.slice(a, b) });
    return parts.map((p) => ({ start: at + p.at, end: at + p.at + p.raw.length, raw: p.raw, text: decodeCell(p.raw) }));
  }
  // « | sigle = DIPLAN »: an infobox's row in MediaWiki source, its label and its value.
  const infobox = INFOBOX_ROW.exec(raw);
  if (infobox && !raw.includes('\t')) {
    const keyAt = infobox[1]!.length;
    const valueAt = keyAt + infobox[2]!.length + infobox[3]!.length;
    return [
      { start: at + keyAt, end: at + keyAt + infobox[2]!.length, raw: infobox[2]!, text: decodeCell(infobox[2]!) },
      { start: at + valueAt, end: at + raw.length, raw: raw.slice(valueAt), text: decodeCell(wikiText(raw.slice(valueAt))) },
    ];
  }
  // (A DokuWiki table's header cells open with « ^ »: « ^ Outil ^ Usage ^ », « ^ Pôle | Données | ».)
  const sep = raw.includes('\t') ? '\t' : DOKUWIKI_HEADER_ROW.test(raw) ? /[|^]/ : '|';
  let pos = 0;
  for (const part of splitOutsideLinks(raw, sep)) {
    parts.push({ at: pos, raw: part });
    pos += part.length + 1;
  }
  // « | a | b | »: the pipes at both ends open and close the row.
  if (sep !== '\t') parts = parts.filter((p, i) => !((i === 0 || i === parts.length - 1) && p.raw.trim() === ''));
  return parts.map((p) => ({ start: at + p.at, end: at + p.at + p.raw.length, raw: p.raw, text: decodeCell(p.raw) }));
}

/** `raw` split at `sep`, but not inside a wiki link (« [[https://…|texte]] », « [[Page|texte]] »). */
function splitOutsideLinks(raw: string, sep: string | RegExp): string[] {
  if (!raw.includes('[[')) return raw.split(sep);
  const parts: string[] = [];
  let from = 0;
  let depth = 0;
  for (let k = 0; k < raw.length; k++) {
    if (raw.startsWith('[[', k)) {
      depth++;
      k++;
    } else if (depth > 0 && raw.startsWith(']]', k)) {
      depth--;
      k++;
    } else if (depth === 0 && (typeof sep === 'string' ? raw[k] === sep : sep.test(raw[k]!))) {
      parts.push(raw.slice(from, k));
      from = k + 1;
    }
  }
  parts.push(raw.slice(from));
  // (A « [[ » never closed, « | Bureau des études [[note | BE | »: no link, the row split as any other.)
  return depth > 0 ? raw.split(sep) : parts;
}

/** A DokuWiki table row that opens with a header cell (« ^ Ministère ^ Référent ^ Contact ^ »). */
export const DOKUWIKI_HEADER_ROW = /^[ \t]*\^[^^|\n]+[\^|][^\n]*[\^|][ \t]*\r?$/;

// Three extractors read a document's tables: memoised on its preparation (callers read them, never mutate).
const tablesCache = new WeakMap<object, Table[]>();

/** Every table of a text: consecutive table rows, the first being the header; markdown separator rows skipped. */
export function findTables(original: string): Table[] {
  const text = prepared(original);
  let tables = tablesCache.get(text);
  if (!tables) tablesCache.set(text, (tables = tablesIn(original, text.lines, text.clean)));
  return tables;
}

/**
 * A table under a rule of dashes (text.ts's ruledColumns): its header at `at`, its rows the table rows after the rule,
 * blank lines between them passed over. The columns are the rule's: each cell is the text of a row within its
 * column. A line whose first cell is empty goes on with the row above (a cell's text wrapped): its cells' text is
 * joined to that row's (« Centre interministériel de » and « services de paie (CISP) »).
 */
function ruledTable(original: string, lines: Line[], at: number, rule: Line): { table: Table; end: number } {
  const runs = [...original.slice(rule.start, rule.end).matchAll(/-{2,}/g)].map((m) => m.index);
  const cellsOf = (line: Line): Cell[] => {
    const raw = original.slice(line.start, line.end);
    return runs.map((_run, k) => {
      const a = k === 0 ? 0 : Math.min(raw.length, runs[k]! - 1);
      const b = k + 1 < runs.length ? Math.min(raw.length, runs[k + 1]! - 1) : raw.length;
      const part = raw.slice(a, b);
      const lead = part.length - part.trimStart().length;
      const text = part.trim();
      return { start: line.start + a + lead, end: line.start + a + lead + text.length, raw: text, text: decodeCell(text) };
    });
  };
  const rows: Table['rows'] = [];
  const body = rowLines(lines, at + 2, (j) => lines[j + 1]?.kind === 'table-row');
  for (const line of body.rows) {
    const cells = cellsOf(line);
    const above = rows[rows.length - 1];
    if (above && !cells[0]!.text) {
      cells.forEach((c, k) => {
        const cell = above.cells[k];
        if (!c.text || !cell) return;
        above.cells[k] = cell.text ? { start: cell.start, end: c.end, raw: original.slice(cell.start, c.end), text: `${cell.text} ${c.text}`, wrapped: true } : c;
      });
      continue;
    }
    rows.push({ line, cells });
  }
  return { table: { header: cellsOf(lines[at]!), rows }, end: body.end };
}

/** The table rows from line `from` on, over the blank lines `passOver` accepts; `end` the index after the last row. */
function rowLines(lines: Line[], from: number, passOver: (j: number) => boolean): { rows: Line[]; end: number } {
  const rows: Line[] = [];
  let end = from;
  for (let j = from; j < lines.length; j++) {
    const line = lines[j]!;
    if (line.kind === 'blank' && passOver(j)) continue;
    if (line.kind !== 'table-row') break;
    rows.push(line);
    end = j + 1;
  }
  return { rows, end };
}

/**
 * A MediaWiki table (text.ts's wikitable): its header at `at`, its rows the table rows after it, the blank lines of its
 * « |- » separators passed over; cells split at the tabs of the clean copy (links and templates read as their text).
 */
function wikiTable(original: string, lines: Line[], clean: string, at: number): { table: Table; end: number } {
  const cellsOf = (line: Line): Cell[] => {
    const cells: Cell[] = [];
    let pos = line.start;
    for (const part of clean.slice(line.start, line.end).split('\t')) {
      const lead = part.length - part.trimStart().length;
      const text = part.trim();
      cells.push({ start: pos + lead, end: pos + lead + text.length, raw: original.slice(pos + lead, pos + lead + text.length), text: text.replace(/\s+/g, ' ') });
      pos += part.length + 1;
    }
    return cells;
  };
  const body = rowLines(lines, at + 1, (j) => /^[ \t]*\|-/.test(original.slice(lines[j]!.start, lines[j]!.end)));
  return { table: { header: cellsOf(lines[at]!), rows: body.rows.map((line) => ({ line, cells: cellsOf(line) })) }, end: body.end };
}

/** An AsciiDoc table's delimiter line. */
const ASCIIDOC_DELIMITER = /^\|===[ \t]*\r?$/gm;

/** Where an AsciiDoc table's cells start: « | » opening a line or after a space, with its style (« 2+| », « a| »). */
const ASCIIDOC_CELL = /(?<=^|[ \t])(?:\d+[+*]|\d*(?:\.\d+)?[<^>]?(?:\.[<^>])?)?[aehlmsv]?\|(?!===)/gm;

/**
 * AsciiDoc tables (« [cols="1,3",options="header"] » then « |=== », cells opening with « | », one row per line or one
 * cell per line, « |=== »): the cells in order, cut into rows as many as the table has columns (its « cols », else
 * the cells of its first line); the first row is the header. A row's `line` spans its cells.
 */
function asciidocTables(original: string): Array<{ table: Table; from: number; to: number }> {
  const out: Array<{ table: Table; from: number; to: number }> = [];
  // (Delimiters inside a code fence are an example's, not a table's.)
  const fenced = [...original.matchAll(/^[ \t]*```[^\n]*\n[\s\S]*?^[ \t]*```[ \t]*$/gm)].map((m) => [m.index, m.index + m[0].length] as const);
  const fences = [...original.matchAll(ASCIIDOC_DELIMITER)].filter((m) => !fenced.some(([a, b]) => a <= m.index && m.index < b));
  for (let k = 0; k + 1 < fences.length; k += 2) {
    const from = fences[k]!.index + fences[k]![0].length + 1;
    const to = fences[k + 1]!.index;
    const body = original.slice(from, to);
    // (A markdown table between two stray delimiters is no AsciiDoc table: its pair is taken again from the next one.)
    if (/^[ \t]*\|?[ \t]*:?-{3,}/m.test(body)) {
      k--;
      continue;
    }
    const starts = [...body.matchAll(ASCIIDOC_CELL)].map((m) => ({ at: m.index, after: m.index + m[0].length, span: Number(/^(\d+)\+/.exec(m[0])?.[1] ?? 1) }));
    const cells: Cell[] = [];
    starts.forEach((c, i) => {
      const part = body.slice(c.after, i + 1 < starts.length ? starts[i + 1]!.at : body.length);
      const lead = part.length - part.trimStart().length;
      const raw = part.trim();
      const at = from + c.after + lead;
      cells.push({ start: at, end: at + raw.length, raw, text: decodeCell(raw) });
      // (A cell spanning columns, « 3+| Phase 1 », fills them: the empty ones keep the rows aligned.)
      for (let n = 1; n < c.span; n++) cells.push({ start: at + raw.length, end: at + raw.length, raw: '', text: '' });
    });
    const attributes = /\[([^\]\n]*)\][ \t]*\r?\n?$/.exec(original.slice(Math.max(0, fences[k]!.index - 300), fences[k]!.index))?.[1] ?? '';
    const spec = /cols\s*=\s*"([^"]*)"/.exec(attributes)?.[1]?.trim();
    const firstLine = body.split('\n').find((l) => l.trim()) ?? '';
    const firstLineCells = [...firstLine.matchAll(ASCIIDOC_CELL)].length;
    // (« cols="1,3" »: two columns; « cols="3" » or « 3* »: three; « 2*,1 »: three.)
    const columns = spec
      ? /^\d+$/.test(spec)
        ? Number(spec)
        : spec.split(/[,;]/).reduce((n, item) => n + Number(/^\s*(\d+)\*/.exec(item)?.[1] ?? 1), 0)
      : firstLineCells;
    if (columns < 2 || cells.length < 2 * columns) continue;
    const rows: Cell[][] = [];
    for (let i = 0; i + columns <= cells.length; i += columns) rows.push(cells.slice(i, i + columns));
    const lineOf = (row: Cell[]): Line => {
      const start = row[0]!.start;
      const end = Math.max(...row.map((c) => c.end));
      return { start, end, text: original.slice(start, end), kind: 'table-row', level: 0, contentStart: start };
    };
    // The first row is the header when the table says so (« options="header" ») or when it stands alone on the first
    // line, a blank line after it (AsciiDoc's implicit header); else the columns have no names.
    const firstLineEnd = body.indexOf('\n', body.indexOf(firstLine)) + 1;
    const implicit = firstLineCells === columns && /^[ \t]*\r?\n/.test(body.slice(firstLineEnd));
    const header = /options\s*=\s*"[^"]*header/.test(attributes) || implicit;
    const none = (at: number): Cell => ({ start: at, end: at, raw: '', text: '' });
    out.push({
      table: {
        header: header ? rows[0]! : rows[0]!.map((c) => none(c.start)),
        rows: (header ? rows.slice(1) : rows).map((cells) => ({ line: lineOf(cells), cells })),
      },
      from,
      to,
    });
  }
  return out;
}

// Each table's rows by where they start, for the rows a position falls in (memoised with the tables).
const rowsByStart = new WeakMap<Table[], Map<number, { table: Table; row: Table['rows'][number] }>>();

/** The table and row that start at `lineStart` (a row's first line), if any: a lookup, not a scan. */
export function tableRowAt(original: string, lineStart: number): { table: Table; row: Table['rows'][number] } | undefined {
  const tables = findTables(original);
  let index = rowsByStart.get(tables);
  if (!index) {
    index = new Map();
    for (const table of tables) for (const row of table.rows) if (!index.has(row.line.start)) index.set(row.line.start, { table, row });
    rowsByStart.set(tables, index);
  }
  return index.get(lineStart);
}

/** A grid table's border (« +-----+------+ »; « +=====+======+ » under its header). */
const GRID_BORDER = /^[ \t]*\+(?:[-=:]+\+){2,}[ \t]*\r?$/;

/** A line of a grid table's cells (« | Bureau des     | BAR   | »). */
const GRID_CELLS_LINE = /^[ \t]*\|.*\|[ \t]*\r?$/;

/**
 * Grid tables (pandoc, reStructuredText: borders « +----+----+ », cells between « | », a cell's text wrapped over the
 * lines of its row): the columns are the border's; a row is the lines between two borders, each cell the text of its
 * column on those lines, joined. The rows above a « +====+ » border are the header; without one, the columns have no
 * names. A cell spans from its first line's text to its last's (the quote of a wrapped cell crosses its neighbours').
 */
function gridTables(original: string, lines: Line[]): Array<{ table: Table; from: number; to: number }> {
  const out: Array<{ table: Table; from: number; to: number }> = [];
  for (let i = 0; i < lines.length; i++) {
    const top = original.slice(lines[i]!.start, lines[i]!.end);
    if (!GRID_BORDER.test(top)) continue;
    const bounds = [...top.matchAll(/\+/g)].map((m) => m.index);
    const cellsOf = (rowLines: Line[]): Cell[] =>
      bounds.slice(1).map((b, k) => {
        const parts = rowLines
          .map((line) => {
            const a = line.start + bounds[k]! + 1;
            const raw = original.slice(a, Math.min(line.end, line.start + b));
            const lead = raw.length - raw.trimStart().length;
            const text = raw.trim();
            return { start: a + lead, end: a + lead + text.length, text };
          })
          .filter((part) => part.text);
        if (!parts.length) return { start: rowLines[0]!.start + bounds[k]! + 1, end: rowLines[0]!.start + bounds[k]! + 1, raw: '', text: '' };
        const start = parts[0]!.start;
        const end = parts[parts.length - 1]!.end;
        // (« d'infor- » then « mation »: a word broken at the cell's edge is joined.)
        const text = decodeCell(parts.map((part) => part.text).join(' ').replace(/(\p{L})- (?=\p{Ll})/gu, '$1'));
        return parts.length > 1 ? { start, end, raw: original.slice(start, end), text, wrapped: true as const } : { start, end, raw: original.slice(start, end), text };
      });
    const rows: Array<{ line: Line; cells: Cell[] }> = [];
    let header: Cell[] | undefined;
    let current: Line[] = [];
    let last = i;
    for (let j = i + 1; j < lines.length; j++) {
      const text = original.slice(lines[j]!.start, lines[j]!.end);
      if (GRID_BORDER.test(text)) {
        if (current.length) {
          const start = current[0]!.start;
          const end = current[current.length - 1]!.end;
          rows.push({ line: { start, end, text: original.slice(start, end), kind: 'table-row', level: 0, contentStart: start }, cells: cellsOf(current) });
          current = [];
        }
        if (text.includes('=') && !header && rows.length === 1) header = rows.pop()!.cells;
        last = j;
      } else if (GRID_CELLS_LINE.test(text)) current.push(lines[j]!);
      else break;
    }
    if (bounds.length >= 3 && rows.length) {
      const none = (c: Cell): Cell => ({ start: c.start, end: c.start, raw: '', text: '' });
      out.push({ table: { header: header ?? rows[0]!.cells.map(none), rows }, from: lines[i]!.start, to: lines[last]!.end });
    }
    i = last;
  }
  return out;
}

function tablesIn(original: string, lines: Line[], clean: string): Table[] {
  const adoc = original.includes('|===') ? asciidocTables(original) : [];
  const grids = original.includes('+--') || original.includes('+==') ? gridTables(original, lines) : [];
  const tables: Table[] = [...adoc.map((a) => a.table), ...grids.map((g) => g.table)];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.kind !== 'table-row') continue;
    // (The lines of an AsciiDoc table or a grid table are its cells, read above.)
    if (adoc.some((a) => a.from <= lines[i]!.start && lines[i]!.end <= a.to) || grids.some((g) => g.from <= lines[i]!.start && lines[i]!.end <= g.to)) continue;
    let j = i;
    while (j < lines.length && lines[j]!.kind === 'table-row') j++;
    // (An infobox in MediaWiki source has no header: every row is a label and its value.)
    const infobox = INFOBOX_ROW.test(original.slice(lines[i]!.start, lines[i]!.end));
    if (infobox) {
      // (Two empty labels: no column of it is named, every line is a row.)
      const at = lines[i]!.start;
      const none = { start: at, end: at, raw: '', text: '' };
      tables.push({ header: [none, { ...none }], rows: lines.slice(i, j).map((line) => ({ line, cells: splitCells(original, line) })) });
      i = j - 1;
      continue;
    }
    // (A MediaWiki table, « ! A !! B » then « |- » and « | a || b » rows: read from the clean copy, text.ts's wikitable.)
    if (/^[ \t]*!/.test(original.slice(lines[i]!.start, lines[i]!.end))) {
      const wiki = wikiTable(original, lines, clean, i);
      tables.push(wiki.table);
      i = wiki.end - 1;
      continue;
    }
    // (A table under a rule of dashes, text.ts's ruledColumns: the rule is a blank line of the clean copy.)
    const rule = lines[i + 1] && COLUMN_RULE.test(original.slice(lines[i + 1]!.start, lines[i + 1]!.end)) ? lines[i + 1]! : undefined;
    if (rule) {
      const ruled = ruledTable(original, lines, i, rule);
      tables.push(ruled.table);
      i = ruled.end - 1;
      continue;
    }
    const header = splitCells(original, lines[i]!);
    const rows = lines
      .slice(i + 1, j)
      .filter((l) => !/^\s*\|?\s*:?-{3,}/.test(original.slice(l.start, l.end)))
      .map((line) => ({ line, cells: splitCells(original, line) }));
    if (header.length >= 2) tables.push({ header, rows });
    i = j - 1;
  }
  if (original.includes('<tr')) tables.push(...htmlTables(original, clean));
  return tables;
}

// A row from its « <tr> » to its « </tr> », on one line or several, several rows on a line or one per line.
// (A row left open ends where the next one or the table does: never a scan to the end of the text.)
const HTML_ROW = /<tr\b[^>]*>[\s\S]*?(?=<\/tr>|<tr\b|<\/t(?:able|body|head)>)(?:<\/tr>)?/gi;
const HTML_CELL = /<(t[hd])\b[^>]*>([\s\S]*?)<\/t[hd]>/gi;

/** Every HTML row of a text (« <tr> … </tr> »): where it is, its cells, and whether one is a header cell (« <th> »). */
export function* htmlRows(original: string): Generator<{ start: number; end: number; cells: Cell[]; th: boolean }> {
  if (!original.includes('<tr')) return;
  for (const m of original.matchAll(HTML_ROW)) {
    const start = m.index;
    const end = start + m[0].length;
    const cells: Cell[] = [];
    let th = false;
    for (const c of m[0].matchAll(HTML_CELL)) {
      const at = start + c.index + c[0].indexOf('>') + 1;
      th ||= c[1]!.toLowerCase() === 'th';
      cells.push({ start: at, end: at + c[2]!.length, raw: c[2]!, text: decodeCell(c[2]!) });
    }
    yield { start, end, cells, th };
  }
}

/**
 * HTML tables (« <tr><th>Jeu de données</th><th>Producteur</th></tr> »): consecutive rows, the first (of <th>
 * cells) being the header. Cells are the text between their tags.
 */
function htmlTables(original: string, clean: string): Table[] {
  const tables: Table[] = [];
  let current: { header: Cell[]; rows: Array<{ line: Line; cells: Cell[] }>; end: number } | undefined;
  for (const { start, end, cells, th } of htmlRows(original)) {
    if (cells.length < 2) continue;
    // The next row of the same table starts on a next line (past « </thead> », « <tbody> »).
    const between = current ? original.slice(current.end, start) : '';
    const adjacent = current && /^(?:\s|<\/?(?:thead|tbody|tfoot)\b[^>]*>)*$/i.test(between) && !/\n[ \t]*\n/.test(between);
    if (!adjacent) {
      if (current && current.rows.length) tables.push({ header: current.header, rows: current.rows });
      current = th ? { header: cells, rows: [], end } : undefined;
      continue;
    }
    // The row as a line: from <tr> to </tr>, its text the clean copy (tags blanked, same length).
    const line: Line = { start, end, text: clean.slice(start, end), kind: 'table-row', level: 0, contentStart: start };
    current!.rows.push({ line, cells });
    current!.end = end;
  }
  if (current && current.rows.length) tables.push({ header: current.header, rows: current.rows });
  return tables;
}

/** Index of the first header cell matching one of the patterns, skipping taken columns. */
export function columnIndex(header: Cell[], pattern: RegExp, taken: ReadonlySet<number> = new Set()): number | undefined {
  const k = header.findIndex((c, idx) => !taken.has(idx) && pattern.test(c.text));
  return k < 0 ? undefined : k;
}
