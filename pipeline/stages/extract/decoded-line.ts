/**
 * Lines of a text whose markup is decoded (a raw e-mail, LaTeX, RTF, subtitles, an agenda): each decoded line keeps
 * its place in the original, its text shifted over what it drops and padded with spaces up to its end, with the
 * break (HyphenBreak.removed) that maps its offsets back (fact.ts).
 */
import type { HyphenBreak } from './text.ts';

/** Spans of the original a line drops, sorted; `true`: the rest of the character before it (HyphenBreak.removed). */
export type DroppedSpans = Array<[number, number] | [number, number, true]>;

/** Adds the original's [from, to) to `spans`, merged with the last one when they touch and are of the same kind. */
export function dropSpan(spans: DroppedSpans, from: number, to: number, attached = false): void {
  const last = spans[spans.length - 1];
  if (last && last[1] === from && (last[2] === true) === attached) last[1] = to;
  else if (to > from) spans.push(attached ? [from, to, true] : [from, to]);
}

/**
 * A line whose text moved (an unfolded iCalendar line, a speaker's joined cues, a decoded e-mail line): its text
 * padded with spaces for what it dropped, so that it keeps its place in the original, and the break that maps its
 * offsets back (fact.ts), none when it dropped nothing.
 */
export function shiftedLine(text: string, dropped: DroppedSpans, end: number): { text: string; brk: HyphenBreak | undefined } {
  const gap = dropped.reduce((n, [a, b]) => n + (b - a), 0);
  return { text: text + ' '.repeat(gap), brk: dropped.length ? { at: dropped[0]![0], end, gap, kept: false, removed: dropped } : undefined };
}

/** A line of the decoded message: its text, and the spans of the original it drops (sorted, adjacent ones merged). */
export class DecodedLine {
  text = '';
  readonly removed: DroppedSpans = [];
  /** `decoded` stands for the original's [from, to): its characters for the first ones, the rest dropped with them. */
  emit(decoded: string, from: number, to: number): void {
    this.text += decoded;
    if (to - from > decoded.length) this.drop(from + decoded.length, to, true);
  }
  /** Drops the original's [from, to); `attached`: the rest of the character just emitted (see HyphenBreak.removed). */
  drop(from: number, to: number, attached = false): void {
    dropSpan(this.removed, from, to, attached);
  }
}

/**
 * A text decoded line by line: `read` fills each line's DecodedLine for the original's [lineStart, end) (the line's
 * newline excluded); the lines are padded to keep their places and joined, with the breaks that map them back.
 */
export function decodeByLine(original: string, read: (line: DecodedLine, lineStart: number, end: number) => void): { text: string; breaks: HyphenBreak[] } {
  const breaks: HyphenBreak[] = [];
  let out = '';
  let lineStart = 0;
  while (lineStart <= original.length) {
    const nl = original.indexOf('\n', lineStart);
    const end = nl < 0 ? original.length : nl;
    const line = new DecodedLine();
    read(line, lineStart, end);
    const shifted = shiftedLine(line.text, line.removed, end);
    out += shifted.text;
    if (shifted.brk) breaks.push(shifted.brk);
    if (nl < 0) break;
    out += '\n';
    lineStart = nl + 1;
  }
  return { text: out, breaks };
}
