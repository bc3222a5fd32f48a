/**
 * Ingest stage, pure: YAML front matter, the first markdown heading, an HTML page's title and source dates.
 *
 * The front matter reader understands what source texts use: top-level `key: value` scalars (plain, 'single'
 * or "double" quoted, folded `>` / literal `|` blocks, plain values continued on indented lines). Nested
 * mappings and lists are skipped: ingest only needs `title` and `date`, and a key it cannot read is simply absent
 * (a malformed front matter must not stop a build). Extraction reads the whole front matter with the `yaml` library
 * where it needs nested values (extract/front-matter.ts: a start-up page's phases).
 */
import { decodeHTML } from 'entities';

export interface FrontMatter {
  /** Top-level scalar values by key. */
  data: Record<string, string>;
  /** Offset just past the closing "---" line (0 when there is no front matter). */
  end: number;
  /** True when the text opens with "---" but never closes it (then `data` is empty and `end` is 0). */
  unterminated: boolean;
}

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^---[ \t]*$/;
const KEY_LINE = /^([A-Za-z_][\w.-]*)[ \t]*:(?:[ \t]+(.*?))?[ \t]*$/;


/**
 * Reads the YAML front matter at the very start of a text ("---" line … "---" line). The text is the decoded
 * source without its byte order mark. Never throws.
 */
export function parseFrontMatter(text: string): FrontMatter {
  const opening = OPENING.exec(text);
  if (!opening) return { data: {}, end: 0, unterminated: false };
  const lines: string[] = [];
  let offset = opening[0].length;
  let end = -1;
  for (;;) {
    const newline = text.indexOf('\n', offset);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(offset, lineEnd).replace(/\r$/, '');
    if (CLOSING.test(line)) {
      end = newline === -1 ? text.length : newline + 1;
      break;
    }
    lines.push(line);
    if (newline === -1) break;
    offset = newline + 1;
  }
  if (end === -1) return { data: {}, end: 0, unterminated: true };
  return { data: readScalars(lines), end, unterminated: false };
}

function readScalars(lines: string[]): Record<string, string> {
  const data: Record<string, string> = {};
  for (let i = 0; i < lines.length; i++) {
    const match = KEY_LINE.exec(lines[i] ?? '');
    if (!match) continue;
    const key = match[1] ?? '';
    const raw = match[2] ?? '';
    // The lines that belong to this key: indented or blank lines after it, and list items ("- x"), which YAML
    // allows at the key's own indentation.
    const block: string[] = [];
    while (i + 1 < lines.length && /^(?:[ \t]|-(?:[ \t]|$)|$)/.test(lines[i + 1] ?? '')) block.push(lines[++i] ?? '');
    while (block.length > 0 && (block[block.length - 1] ?? '').trim() === '') block.pop();
    const value = readScalar(raw, block);
    if (value !== null && !Object.hasOwn(data, key)) data[key] = value;
  }
  return data;
}

function readScalar(raw: string, block: string[]): string | null {
  const blockIndicator = /^([|>])[+-]?\d*(?:[ \t]+#.*)?$/.exec(raw);
  if (blockIndicator) {
    const indent = Math.min(...block.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)?.[0].length ?? 0));
    const body = block.map((l) => l.slice(Number.isFinite(indent) ? indent : 0));
    return blockIndicator[1] === '|' ? body.join('\n') : foldLines(body);
  }
  if (raw === '') {
    // A nested mapping or list follows ("une-ou-diaporama:\n- image: …"): not a scalar.
    return block.length > 0 && block.some((l) => /^[ \t]*(?:- |[\w.-]+[ \t]*:)/.test(l)) ? null : '';
  }
  if (raw.startsWith("'")) {
    const m = /^'((?:[^']|'')*)'(?:[ \t]+#.*)?$/.exec(raw);
    return m ? (m[1] ?? '').replace(/''/g, "'") : null;
  }
  if (raw.startsWith('"')) {
    const m = /^("(?:[^"\\]|\\.)*")(?:[ \t]+#.*)?$/.exec(raw);
    if (!m) return null;
    try {
      return JSON.parse(m[1] ?? '""') as string;
    } catch {
      return null;
    }
  }
  if (/^[[{&*!|>%@`]/.test(raw)) return null; // flow collections, anchors, tags: not read
  const plain = raw.replace(/[ \t]+#.*$/, '');
  return foldLines([plain, ...block.map((l) => l.trim())]);
}

/** YAML folding: lines joined by a space, blank lines kept as newlines. */
function foldLines(lines: string[]): string {
  let out = '';
  let pendingBreaks = 0;
  for (const line of lines.map((l) => l.trim())) {
    if (line === '') {
      pendingBreaks++;
      continue;
    }
    if (out === '') out = line;
    else out += pendingBreaks > 0 ? '\n'.repeat(pendingBreaks) + line : ` ${line}`;
    pendingBreaks = 0;
  }
  return out;
}

/**
 * The text of the first ATX markdown heading ("# Title", up to "######"), outside fenced code blocks and after
 * the front matter, or null. Closing hashes are removed ("## Title ##" → "Title").
 */
export function firstHeading(text: string, from = 0): string | null {
  let fence: string | null = null;
  for (const line of text.slice(from).split('\n')) {
    const l = line.replace(/\r$/, '');
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(l);
    if (fenceMatch) {
      const marker = fenceMatch[1] ?? '';
      if (fence === null) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const heading = /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(l);
    const title = heading?.[1]?.trim();
    if (title) return title;
  }
  return null;
}

/** The text of an HTML page's `<title>`, else of its first `<h1>`: tags dropped, character references decoded; or null. */
export function htmlTitle(text: string): string | null {
  const m = /<title\b[^>]*>([\s\S]{1,500}?)<\/title\s*>/i.exec(text) ?? /<h1\b[^>]*>([\s\S]{1,500}?)<\/h1\s*>/i.exec(text);
  const title = m ? decodeHTML(m[1]!.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim() : '';
  return title || null;
}

/** An ISO 8601 day, month or year as sources state them: "2018-10-24", "2018-10", "2018". */
export function isSourceDate(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return false;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const date = new Date(Date.UTC(Number(m[1]), month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The source date in a front matter value: the ISO day of a date-time ("2018-10-24 09:08:00 +02:00" →
 * "2018-10-24"), or a bare ISO day, month or year. Null when the value is not understood.
 */
export function parseFrontMatterDate(value: string): string | null {
  const trimmed = value.trim();
  const dayPrefix = /^(\d{4}-\d{2}-\d{2})(?:[T ]|$)/.exec(trimmed);
  const candidate = dayPrefix ? (dayPrefix[1] ?? '') : trimmed;
  return isSourceDate(candidate) ? candidate : null;
}
