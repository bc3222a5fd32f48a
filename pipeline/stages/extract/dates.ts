/**
 * Date expressions in French administrative prose: a library used by the extractors (not an extractor).
 * Reads a span of the clean copy (see text.ts) and returns every date mention with its offsets and a DateValue.
 *
 * Rules (generic French, no names):
 * - day: « 25 octobre 2021 », « 1er janvier 2020 », ISO « 2019-10-25 », « 25/10/2019 »;
 * - month: « octobre 2021 »; year: « en 2001 », « depuis 2016 » (a bare year needs a date context: a preposition
 *   or qualifier before it, « l'année », « (2019) », or a coordination with another year: « 2017 et 2018 »);
 * - period: « 2023-2027 », « de 2015 à 2018 », « entre 2015 et 2018 », « du 3 au 5 mars 2020 », « les années 1990 »;
 * - qualifiers kept: depuis, dès, fin, début, mi, courant, vers, avant, après, jusqu'à, à partir de, d'ici,
 *   semesters, quarters, seasons;
 * - relative (« l'an dernier », « cette année », « depuis deux ans », « il y a trois ans ») and year-less
 *   (« le 3 mars », « en octobre », « au printemps ») mentions are resolved against `ref`, the document's own date,
 *   never today; they carry `inferred: true`. Without a ref they are skipped (they cannot be placed in time).
 * - never dates: decree/directive numbers (« 2019-1088 », « 2016/679 »), numbers after « n° », thousands
 *   (« 14 000 »), amounts, numbers inside URLs or e-mail addresses.
 * Precision is kept: a year is never padded to a day.
 */
import { DisjointSpans } from './spans.ts';
import type { DateValue } from '../../types/domain.ts';
import { MONTH_ALTERNATION } from './lexicon.ts';
import { execAfterBoundary, lineStartAt, lineStartWithin } from './text.ts';

export interface DateMention {
  /** Offsets into the text `clean` was made from (inclusive start, exclusive end). */
  start: number;
  end: number;
  value: DateValue;
}

const MONTHS: Array<[RegExp, number]> = [
  [/^janv/i, 1],
  [/^f[ée]v/i, 2],
  [/^mars/i, 3],
  [/^avr/i, 4],
  [/^mai/i, 5],
  [/^juin/i, 6],
  [/^juil/i, 7],
  [/^ao[uû]/i, 8],
  [/^sept/i, 9],
  [/^oct/i, 10],
  [/^nov/i, 11],
  [/^d[ée]c/i, 12],
];

const MONTH = MONTH_ALTERNATION;
const YEAR = '(?:19\\d{2}|20\\d{2})';
// (« ler » is « 1er » as an OCR reads it.)
const DAY = '(?:1\\s*er|1\\s*re|1ᵉʳ|ler|premier|3[01]|[12]\\d|0?[1-9])';
/**
 * Word boundaries that understand accented letters. The left one, L = (?<![\p{L}\p{N}_]), is not written in the
 * regexes below: it is checked by hand on each match (execAfterBoundary, text.ts), which is several times faster.
 */
const R = '(?![\\p{L}\\p{N}_])';

/** Qualifiers that may precede a date, with their canonical form. Longer forms first. */
const QUALIFIERS: Array<[string, string]> = [
  ['1er semestre', "(?:au\\s+|du\\s+)?(?:premier|1\\s*er)\\s+semestre(?:\\s+de\\s+l'année|\\s+de|\\s+d')?|(?:au\\s+|du\\s+)?S1"],
  ['2e semestre', "(?:au\\s+|du\\s+)?(?:second|deuxième|2\\s*e|2nd)\\s+semestre(?:\\s+de\\s+l'année|\\s+de|\\s+d')?|(?:au\\s+|du\\s+)?S2"],
  ['1er trimestre', "(?:au\\s+|du\\s+)?(?:premier|1\\s*er)\\s+trimestre(?:\\s+de\\s+l'année|\\s+de|\\s+d')?|(?:au\\s+|du\\s+)?T1"],
  ['2e trimestre', "(?:au\\s+|du\\s+)?(?:deuxième|second|2\\s*e)\\s+trimestre(?:\\s+de\\s+l'année|\\s+de|\\s+d')?|(?:au\\s+|du\\s+)?T2"],
  ['3e trimestre', "(?:au\\s+|du\\s+)?(?:troisième|3\\s*e)\\s+trimestre(?:\\s+de\\s+l'année|\\s+de|\\s+d')?|(?:au\\s+|du\\s+)?T3"],
  ['4e trimestre', "(?:au\\s+|du\\s+)?(?:quatrième|dernier|4\\s*e)\\s+trimestre(?:\\s+de\\s+l'année|\\s+de|\\s+d')?|(?:au\\s+|du\\s+)?T4"],
  ['printemps', "(?:au\\s+)?printemps(?:\\s+de|\\s+d')?"],
  ['été', "(?:à\\s+l'|l')?été(?:\\s+de|\\s+d')?"],
  ['automne', "(?:à\\s+l'|l')?automne(?:\\s+de|\\s+d')?"],
  ['hiver', "(?:à\\s+l'|l')?hiver(?:\\s+de|\\s+d')?"],
  ['à partir de', "(?:à|a)\\s+(?:partir|compter)\\s+(?:du|de\\s+l'année|de|d')"],
  ["jusqu'à", "jusqu'(?:en|à|au|a)(?:\\s+l'année)?"],
  ['fin', "(?:à\\s+la\\s+|en\\s+|au\\s+|dès\\s+la\\s+|d'ici\\s+(?:la\\s+)?)?fin(?:\\s+de\\s+l'année|\\s+d'année|\\s+de|\\s+d')?"],
  ['début', "(?:au\\s+|en\\s+|dès\\s+le\\s+|dès\\s+)?début(?:\\s+de\\s+l'année|\\s+d'année|\\s+de|\\s+d')?"],
  ['mi', "(?:à\\s+la\\s+|vers\\s+la\\s+|dès\\s+la\\s+)?mi-|(?:au\\s+|vers\\s+le\\s+)?milieu(?:\\s+de\\s+l'année|\\s+de|\\s+d')?"],
  ['courant', "(?:dans\\s+le\\s+)?courant(?:\\s+de\\s+l'année|\\s+de|\\s+d')?|au\\s+cours\\s+(?:de\\s+l'année|de|d')"],
  ['depuis', 'depuis(?:\\s+le)?'],
  ['dès', 'dès(?:\\s+le)?'],
  ['avant', 'avant(?:\\s+le)?'],
  ['après', 'après(?:\\s+le)?'],
  ['vers', 'vers|aux\\s+alentours\\s+(?:de|du)|autour\\s+(?:de|du)'],
  // « à l'horizon 2030 », but not the programme name « Horizon 2020 ».
  ["d'ici", "d'ici(?:\\s+à|\\s+le)?|à\\s+l'horizon(?:\\s+de)?"],
];

// The three context regexes below end at the end of the text; they are run by endsWithContext (L checked by hand).
const QUALIFIER_BEFORE = new RegExp(`(?:${QUALIFIERS.map(([, p]) => `(${p})`).join('|')})\\s*$`, 'giu');

/** Contexts that make a bare 4-digit number a year (kept out of the quote). */
const YEAR_CONTEXT_BEFORE = new RegExp(
  `(?:en|l'an|l'année|de\\s+l'année|pour\\s+l'année|année|exercice|millésime|promotion|rentrée|édition|campagne|session|le\\s+budget|loi\\s+de\\s+finances\\s+pour)\\s*$`,
  'giu',
);
const DECADE_CONTEXT_BEFORE = new RegExp(`(?:les\\s+|des\\s+|aux\\s+|dans\\s+les\\s+)?années\\s*$`, 'giu');

/** `(?<![\p{L}\p{N}_])` + `re`, executed on the whole of `s` (the leftmost match, as a non-global exec). */
function endsWithContext(re: RegExp, s: string): RegExpExecArray | null {
  re.lastIndex = 0;
  return execAfterBoundary(re, s);
}

/** What must not stand right before a year/number to be read as a date (legal numbers, thousands, decimals; « T1 2024 » is a quarter). */
const NUMBER_CONTEXT_BEFORE =
  /(?:(?:(?<![\p{L}])n\s*[°ºo]\.?|\bnuméro|\bnum\.|\barticles?|\bart\.|\(\s*(?:UE|CE|CEE)\s*\))\s*|(?<!(?<![\p{L}])[TS])\d[ .,]?|\d[ \t]*[-/][ \t]*|[\p{L}\p{N}](?<!(?<![\p{L}])mi)-)$/iu;
const NUMBER_CONTEXT_AFTER = /^(?:[-/.,]?\d|\s\d{3}(?!\d)|\s*(?:%|€|[kKM]€|Md|Mds|M\s|millions?|milliards?|euros?))/u;

/** A plural lowercase word right after a number that is not a function word: the number counts it. (Nor an adverb
 * or a preposition ending in « s »: « créé en 2019 auprès du secrétaire général », « en 2024 désormais ».) */
const COUNT_NOUN_AFTER =
  /^\s+(?!(?:les|des|ces|ses|mes|nos|vos|leurs|plus|moins|puis|mais|dans|sans|sous|vers|après|auprès|près|dès|depuis|toujours|alors|très|tous|toutes|plusieurs|nous|vous|ils|elles|pas|jamais|ainsi|aux|autres|certains|certaines|diverses|divers|nombreux|nombreuses|lors|parmi|selon|chez|pendant|devant|avec|contre|entre|désormais|parfois|ailleurs|néanmoins|toutefois|autrefois|hors)\b)[a-zàâäéèêëîïôöùûüç][a-zàâäéèêëîïôöùûüç'-]{2,}[sx](?![\p{L}])/u;

const SPELLED: Record<string, number> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
  onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, trente: 30,
};
const SMALL_NUMBER = `(?:\\d{1,2}|${Object.keys(SPELLED).join('|')})`;

interface Ref {
  y: number;
  m: number | null;
  d: number | null;
  /** A chronicle's point (« 2025-03> »): a month written before it without a year is not placed in its year. */
  forward?: true;
}

/**
 * Reads the document date (« 2018-10-24 », « 2018-10-24 09:08:00 +02:00 », « 2018-10 », « 2018 »); a trailing
 * « > » marks a chronicle's point (see Ref.forward).
 */
export function parseRef(ref: string | null): Ref | null {
  if (!ref) return null;
  const m = /^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?/.exec(ref);
  if (!m) return null;
  return { y: Number(m[1]), m: m[2] ? Number(m[2]) : null, d: m[3] ? Number(m[3]) : null, ...(ref.endsWith('>') ? { forward: true as const } : {}) };
}

// parseDates runs once per sentence with the document's date: its last reading is kept (parseDates never
// mutates it).
let lastRef: { ref: string | null; parsed: Ref | null } = { ref: null, parsed: null };
function cachedRef(ref: string | null): Ref | null {
  if (lastRef.ref !== ref) lastRef = { ref, parsed: parseRef(ref) };
  return lastRef.parsed;
}

interface Point {
  y: number | null;
  m?: number;
  d?: number;
  /** The year was not written (« le 3 mars »): inferred from the ref or from the other end of a period. */
  yearInferred?: boolean;
  /** « en juin dernier » (-1), « en mars prochain » (+1): the last or next such month from the document's date. */
  relative?: -1 | 1;
}

interface Atom {
  start: number;
  end: number;
  /** A point (day, month or year); with `periodEnd`, the start of a period. */
  point?: Point;
  periodEnd?: Point;
  /** A ready-made value (year periods, relative dates). */
  fixed?: DateValue;
  /** Bare 4-digit year (needs a context or a coordination with another year). */
  bareYear?: boolean;
  /** nocontext: a bare year without date context; weak: « de mars » kept only inside a period. */
  flag?: 'nocontext' | 'weak';
}

/** A month's number (1–12) from its name or abbreviation (« juillet », « juil. », « déc. »); 0 for another word. */
export function monthOf(word: string): number {
  for (const [re, n] of MONTHS) if (re.test(word)) return n;
  return 0;
}

function dayOf(word: string): number {
  if (/^(?:1|premier|ler)/i.test(word) && !/^1\d/.test(word)) return 1;
  return Number(word.replace(/\D/g, ''));
}

const pad = (n: number) => String(n).padStart(2, '0');

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= days[m - 1]!;
}

function pointString(p: Point): string {
  if (p.y === null) return '';
  if (p.m === undefined) return String(p.y);
  if (p.d === undefined) return `${p.y}-${pad(p.m)}`;
  return `${p.y}-${pad(p.m)}-${pad(p.d)}`;
}

function pointValue(p: Point, qualifier?: string): DateValue {
  const v: DateValue = {
    value: pointString(p),
    precision: p.m === undefined ? 'year' : p.d === undefined ? 'month' : 'day',
  };
  if (qualifier) v.qualifier = qualifier;
  if (p.yearInferred) v.inferred = true;
  return v;
}

/** First and last month of the parts of a year a qualifier names. */
const PART_OF_YEAR_MONTHS: Record<string, [number, number]> = {
  '1er semestre': [1, 6],
  '2e semestre': [7, 12],
  '1er trimestre': [1, 3],
  '2e trimestre': [4, 6],
  '3e trimestre': [7, 9],
  '4e trimestre': [10, 12],
};

function periodValue(a: Point, b: Point, qualifier?: string): DateValue {
  const start = pointString(a);
  const end = pointString(b);
  const v: DateValue = { value: `${start}/${end}`, precision: 'period', start, end };
  if (qualifier) v.qualifier = qualifier;
  if (a.yearInferred || b.yearInferred) v.inferred = true;
  return v;
}

function compare(a: Point, b: Point): number {
  return (a.y ?? 0) - (b.y ?? 0) || (a.m ?? 0) - (b.m ?? 0) || (a.d ?? 0) - (b.d ?? 0);
}

/** Inside a URL, an e-mail address or a file name (« /2019-2020/ », « x2019@ »)? */
function insideToken(s: string, start: number, end: number): boolean {
  let a = start;
  while (a > 0 && !/[\s()<>«»"[\]]/.test(s[a - 1]!)) a--;
  let b = end;
  while (b < s.length && !/[\s()<>«»"[\]]/.test(s[b]!)) b++;
  const token = s.slice(a, b);
  return /:\/\/|www\.|@|\.(?:pdf|html?|png|jpe?g|docx?|xlsx?|odt|csv)\b|\/[\w-]*[a-z][\w-]*\//i.test(token);
}

function numberLike(s: string, start: number, end: number): boolean {
  return NUMBER_CONTEXT_BEFORE.test(s.slice(Math.max(0, start - 12), start)) || NUMBER_CONTEXT_AFTER.test(s.slice(end, end + 10));
}

/**
 * The matches of `L` + `re` (every regex of RE is written without its leading L): the lookbehind is checked by
 * hand on each candidate (see execAfterBoundary), with `alsoOk` for a wider one.
 */
function* matches(re: RegExp, s: string, alsoOk?: (s: string, index: number) => boolean): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = execAfterBoundary(re, s, alsoOk)) !== null) {
    yield m;
    if (m[0].length === 0) re.lastIndex++;
  }
}

/** With L, the lookbehind (?<![\p{L}\p{N}_/.,-]) of numeric dates. */
const notAfterNumberSign = (s: string, i: number) => !'/.,-'.includes(s[i - 1] ?? 'x');

/** `matches`, or nothing when a cheap test (see HAS) already rules every match out. */
function matchesIf(possible: boolean, re: RegExp, s: string): Iterable<RegExpExecArray> {
  return possible ? matches(re, s) : [];
}

// Written without their leading L (see matches).
const RE = {
  dmy: new RegExp(`(${DAY})\\s+(${MONTH})(?:\\s*,)?\\s+(${YEAR})${R}`, 'giu'),
  // (« les 6 et 7 février », an agenda's « 6 et 7 février 2027 »: two days in a row, checked below.)
  dayRange: new RegExp(`(?:(?:du|entre\\s+le|entre|des|les)\\s+|(?<![\\p{L}\\p{N}.,/-]))(${DAY})\\s+(?:au|et\\s+le|et)\\s+(${DAY})\\s+(${MONTH})(?:\\s+(${YEAR}))?${R}`, 'giu'),
  dm: new RegExp(`(${DAY})\\s+(${MONTH})${R}`, 'giu'),
  my: new RegExp(`(${MONTH})\\s+(?:de\\s+l'année\\s+)?(${YEAR})${R}`, 'giu'),
  monthAlone: new RegExp(
    `(?:en|depuis|dès|début|fin|mi-|courant|le\\s+mois\\s+d'|le\\s+mois\\s+de|au\\s+mois\\s+d'|au\\s+mois\\s+de|de|d'|à|au)\\s*(${MONTH})${R}`,
    'giu',
  ),
  iso: new RegExp(`(${YEAR})-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(?![\\d])`, 'gu'),
  numeric: new RegExp(`(0?[1-9]|[12]\\d|3[01])([/.])(0?[1-9]|1[0-2])\\2(${YEAR})(?![\\p{L}\\p{N}_]|[/.-]\\d)`, 'gu'),
  yearRange: new RegExp(`(?:(de|d'|depuis)\\s*(${YEAR})\\s+(?:à|a|au|jusqu'à|jusqu'en)\\s+(${YEAR})|(entre)\\s+(${YEAR})\\s+et\\s+(${YEAR}))${R}`, 'giu'),
  yearPair: new RegExp(`(${YEAR})\\s{0,2}[-/]\\s{0,2}(${YEAR})${R}`, 'gu'),
  year: new RegExp(`(${YEAR})${R}`, 'gu'),
  lastYear: new RegExp(`(?:l'an\\s+(?:dernier|passé)|l'année\\s+(?:dernière|passée|précédente))${R}`, 'giu'),
  thisYear: new RegExp(`(?:cette\\s+année|l'année\\s+en\\s+cours)${R}`, 'giu'),
  nextYear: new RegExp(`(?:l'an\\s+prochain|l'année\\s+prochaine)${R}`, 'giu'),
  lastMonth: new RegExp(`le\\s+mois\\s+dernier${R}`, 'giu'),
  // « publiée ce jour » (a release, a press release): the day of the document or of the post it is in (not « à ce
  // jour », « jusqu'à ce jour », « de ce jour », which mean « so far »).
  today: new RegExp(`(?<!(?:à|de|depuis)\\s+)ce\\s+jour${R}`, 'giu'),
  yearsAgo: new RegExp(`(?:(depuis)\\s+(${SMALL_NUMBER})\\s+ans|il\\s+y\\s+a\\s+(${SMALL_NUMBER})\\s+ans)${R}`, 'giu'),
  // « Au printemps, … », « à l'automne », « cet été »: a season without its year, in the reference's year. (Not « au
  // printemps 2025 » or « au printemps ou à l'été 2027 », read with their year; not « l'automne dernier », « à l'été de
  // l'année suivante », read by the rules of those words; not « en hiver, le centre ouvre … », a habit; not « le
  // Printemps de l'innovation », an event's name: the season in lowercase.)
  season: new RegExp(
    `(?:[Aa]u\\s+(printemps)|[Àà]\\s+l'(été|automne|hiver)|[Cc]e(?:t)?\\s+(printemps|été|automne|hiver))${R}(?!\\s*(?:de\\s+|d')?(?:l'année\\s+)?(?:19|20)\\d\\d)(?!\\s+(?:dernier|prochain|suivant|précédent|passé)${R})(?!\\s+d(?:e\\s+|')(?:l'année|l'an|la\\s+même\\s+année|cette\\s+année|ce\\s+même))(?!\\s+(?:ou|et)\\s+(?:au|à\\s+l'|en)\\s*(?:printemps|été|automne|hiver)\\s+(?:de\\s+|d')?(?:l'année\\s+)?(?:19|20)\\d\\d)`,
    'gu',
  ),
};

/** The words every season without its year holds (RE.season). */
const SEASON_WORDS = String.raw`printemps|(?:l'|cet\s+)été|automne|hiver`;

/**
 * Cheap tests run before the regexes of RE: each is a part that every match of the guarded regexes contains
 * (same flags, so the same case folding), so a span without it cannot match them. Most sentences hold no
 * year and no month name: this skips most of the scanning with lookbehinds and Unicode classes.
 */
const HAS = {
  month: new RegExp(MONTH, 'iu'),
  year: new RegExp(YEAR, 'u'),
  /** « l'an dernier », « l'année passée », « l'an prochain », « l'année prochaine ». */
  lAn: /l'an/iu,
  /** « cette année », « l'année en cours ». */
  annee: /année/iu,
  mois: /mois/iu,
  ans: /ans/iu,
  /** « au printemps », « à l'été », « cet automne ». */
  season: new RegExp(SEASON_WORDS, 'u'),
  /** Any of the five above, or « ce jour ». */
  relative: new RegExp(`l'an|année|mois|ans|ce\\s+jour|${SEASON_WORDS}`, 'iu'),
};

function smallNumber(word: string): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  return SPELLED[word.toLowerCase()];
}

/** How much of a year's line the timeline tests below read on each side (see lineBeforeAt). */
const LINE_WINDOW = 300;

/**
 * The line's text before `start`, as the timeline tests read it: within LINE_WINDOW characters, unless those are
 * all blanks and marks (then the whole of it). The tests look at the line's ends only: a long line of years, a
 * table exported on one line, was read whole for each of them.
 */
function lineBeforeAt(s: string, start: number): string {
  const from = lineStartWithin(s, start, LINE_WINDOW);
  const window = s.slice(from, start);
  return from === start - LINE_WINDOW && /^[\s\-*+•▪◦>|#]*$/u.test(window) ? s.slice(lineStartAt(s, start), start) : window;
}

/** The line's text after `end`, likewise (the whole of it when the window is all blanks). */
function lineAfterAt(s: string, end: number): string {
  const window = s.slice(end, end + LINE_WINDOW);
  const nl = window.indexOf('\n');
  if (nl >= 0) return window.slice(0, nl);
  if (end + LINE_WINDOW >= s.length || !/^\s*$/u.test(window)) return window;
  return s.slice(end, (s.indexOf('\n', end) + 1 || s.length + 1) - 1);
}

/** Finds the atoms (before overlap resolution) in the span string `s`. */
function findAtoms(s: string, ref: Ref | null): Atom[] {
  const hasMonth = HAS.month.test(s);
  const hasYear = HAS.year.test(s);
  // Most sentences: nothing any regex below could match.
  if (!hasMonth && !hasYear && (ref === null || !HAS.relative.test(s))) return [];
  const atoms: Atom[] = [];
  const push = (a: Atom) => {
    if (!insideToken(s, a.start, a.end)) atoms.push(a);
  };

  for (const m of matchesIf(hasMonth, RE.dayRange, s)) {
    const d1 = dayOf(m[1]!);
    const d2 = dayOf(m[2]!);
    const mo = monthOf(m[3]!);
    const y = m[4] ? Number(m[4]) : null;
    if (d2 <= d1 || !validDay(y ?? 2000, mo, d2)) continue;
    // (« les 6 et 13 février », « 6 et 13 février »: two days, not the days between; « du 6 au 13 », « entre le 6 et le 13 »: a period.)
    const lead = /^(?:du|entre|des|les)\s/iu.exec(m[0])?.[0].trim().toLowerCase();
    if (lead !== 'du' && lead !== 'entre' && lead !== 'des' && !/\sau\s/iu.test(m[0]) && d2 !== d1 + 1) continue;
    // (« les 6, 7 et 8 février »: the end of a list of days, not a period of its last two; a bare « 6 et 7 février »
    // opens its line or follows a colon, a dash or a parenthesis, as an agenda writes it.)
    const before = s.slice(Math.max(0, m.index - 12), m.index);
    if (/\d\s*,\s*$/.test(before) || (!lead && !/(?:^|\n|[:(–—-])[ \t*]*$/.test(before))) continue;
    const inferred = y === null ? { yearInferred: true } : {};
    push({ start: m.index, end: m.index + m[0].length, point: { y, m: mo, d: d1, ...inferred }, periodEnd: { y, m: mo, d: d2, ...inferred } });
  }
  for (const m of matchesIf(hasMonth && hasYear, RE.dmy, s)) {
    const y = Number(m[3]);
    const mo = monthOf(m[2]!);
    const d = dayOf(m[1]!);
    if (!validDay(y, mo, d)) continue;
    push({ start: m.index, end: m.index + m[0].length, point: { y, m: mo, d } });
  }
  for (const m of matchesIf(hasMonth, RE.dm, s)) {
    const mo = monthOf(m[2]!);
    const d = dayOf(m[1]!);
    if (!validDay(2000, mo, d)) continue;
    // « 3 mars » must not be a count followed by a month used as a noun; a following number is not its year.
    if (/^\s*\d/.test(s.slice(m.index + m[0].length))) continue;
    if (recurring(s, m.index, m.index + m[0].length)) continue;
    const rel = RELATIVE_AFTER.exec(s.slice(m.index + m[0].length));
    push({ start: m.index, end: m.index + m[0].length + (rel?.[0].length ?? 0), point: { y: null, m: mo, d, yearInferred: true, ...relativeOf(rel) } });
  }
  for (const m of matchesIf(hasMonth && hasYear, RE.my, s)) {
    push({ start: m.index, end: m.index + m[0].length, point: { y: Number(m[2]), m: monthOf(m[1]!) } });
  }
  for (const m of matchesIf(hasMonth, RE.monthAlone, s)) {
    const word = m[1]!;
    const start = m.index + m[0].length - word.length;
    // « de mars », « à mai »… only count when another month follows (« de janvier à mars 2020 »), checked later.
    const weak = /^(?:de|d'|à|au)/i.test(m[0]);
    if (recurring(s, start, start + word.length)) continue;
    const rel = RELATIVE_AFTER.exec(s.slice(start + word.length));
    push({
      start,
      end: start + word.length + (rel?.[0].length ?? 0),
      point: { y: null, m: monthOf(word), yearInferred: true, ...relativeOf(rel) },
      ...(weak ? { flag: 'weak' as const } : {}),
    });
  }
  for (const m of matchesIf(hasYear, RE.iso, s)) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    if (!validDay(y, mo, d)) continue;
    push({ start: m.index, end: m.index + m[0].length, point: { y, m: mo, d } });
  }
  for (const m of hasYear ? matches(RE.numeric, s, notAfterNumberSign) : []) {
    const y = Number(m[4]);
    const mo = Number(m[3]);
    const d = Number(m[1]);
    if (!validDay(y, mo, d)) continue;
    push({ start: m.index, end: m.index + m[0].length, point: { y, m: mo, d } });
  }
  for (const m of matchesIf(hasYear, RE.yearRange, s)) {
    const y1 = Number(m[2] ?? m[5]);
    const y2 = Number(m[3] ?? m[6]);
    if (y2 <= y1) continue;
    const start = m.index;
    const end = m.index + m[0].length;
    if (NUMBER_CONTEXT_AFTER.test(s.slice(end, end + 10))) continue;
    push({ start, end, fixed: periodValue({ y: y1 }, { y: y2 }) });
  }
  for (const m of matchesIf(hasYear, RE.yearPair, s)) {
    const y1 = Number(m[1]);
    const y2 = Number(m[2]);
    const start = m.index;
    const end = m.index + m[0].length;
    if (y2 <= y1 || y2 - y1 > 30) continue;
    if (numberLike(s, start, end) || legalNumberBefore(s, start)) continue;
    push({ start, end, fixed: periodValue({ y: y1 }, { y: y2 }) });
  }
  for (const m of matchesIf(hasYear, RE.year, s)) {
    const start = m.index;
    const end = start + m[0].length;
    if (numberLike(s, start, end) || legalNumberBefore(s, start)) continue;
    // « autour de 2000 agents », « jusqu'à 2050 postes »: a count, not a year.
    if (COUNT_NOUN_AFTER.test(s.slice(end, end + 30))) continue;
    const before = s.slice(Math.max(0, start - 60), start);
    const y = Number(m[1]);
    const decade = endsWithContext(DECADE_CONTEXT_BEFORE, before);
    if (decade && y % 10 === 0 && !/^\s*(?:,|et|ou)\s*(?:19|20)\d\d/.test(s.slice(end, end + 12))) {
      push({ start: start - decade[0].length + decade[0].search(/années/i), end, fixed: periodValue({ y }, { y: y + 9 }) });
      continue;
    }
    const lineBefore = lineBeforeAt(s, start);
    const lineAfter = lineAfterAt(s, end);
    // Dated list items and timeline headings: « - 2010 : création … », « ## 2019 ».
    const timeline =
      /^[\s\-*+•▪◦>|]*$/u.test(lineBefore) && /^[ ]*(?::|–|—|-\s|\||\t)/u.test(lineAfter) ||
      /^\s{0,3}#{1,6}\s+$/u.test(lineBefore) && /^\s*$/u.test(lineAfter) ||
      // A table cell holding only a year (« | 2019 | Création de … | », tab-separated rows).
      /(?:^\s*\||\t|\|)[ ]*$/u.test(lineBefore) && /^[ ]*(?:\||\t|$)/u.test(lineAfter) && /[|\t]/.test(lineBefore + lineAfter);
    const context =
      timeline ||
      endsWithContext(YEAR_CONTEXT_BEFORE, before) !== null ||
      endsWithContext(DECADE_CONTEXT_BEFORE, before) !== null ||
      endsWithContext(QUALIFIER_BEFORE, before) !== null ||
      (/\(\s*$/.test(before) && /^\s*\)/.test(s.slice(end)));
    push({ start, end, point: { y }, bareYear: true, ...(context ? {} : { flag: 'nocontext' as const }) });
  }
  if (ref) {
    const rel = (re: RegExp, make: (m: RegExpExecArray) => DateValue | null) => {
      for (const m of matches(re, s)) {
        const v = make(m);
        if (v) push({ start: m.index, end: m.index + m[0].length, fixed: v });
      }
    };
    const hasLAn = HAS.lAn.test(s);
    if (hasLAn) rel(RE.lastYear, () => ({ value: String(ref.y - 1), precision: 'year', inferred: true }));
    if (HAS.annee.test(s)) rel(RE.thisYear, () => ({ value: String(ref.y), precision: 'year', inferred: true }));
    if (hasLAn) rel(RE.nextYear, () => ({ value: String(ref.y + 1), precision: 'year', inferred: true }));
    if (ref.m !== null && HAS.mois.test(s)) {
      const m0 = ref.m;
      rel(RE.lastMonth, () => {
        const y = m0 === 1 ? ref.y - 1 : ref.y;
        const mo = m0 === 1 ? 12 : m0 - 1;
        return { value: `${y}-${pad(mo)}`, precision: 'month', inferred: true };
      });
    }
    if (ref.m !== null && ref.d !== null && /ce\s+jour/iu.test(s)) rel(RE.today, () => ({ value: `${ref.y}-${pad(ref.m!)}-${pad(ref.d!)}`, precision: 'day', inferred: true }));
    if (HAS.season.test(s)) rel(RE.season, (m) => (recurring(s, m.index, m.index + m[0].length) ? null : { value: String(ref.y), precision: 'year', qualifier: (m[1] ?? m[2] ?? m[3])!.toLowerCase(), inferred: true }));
    if (HAS.ans.test(s)) rel(RE.yearsAgo, (m) => {
      const n = smallNumber(m[2] ?? m[3] ?? '');
      if (n === undefined || n < 1 || n > 60) return null;
      const v: DateValue = { value: String(ref.y - n), precision: 'year', inferred: true };
      if (m[1]) v.qualifier = 'depuis';
      return v;
    });
  }
  return atoms;
}

/** « décret n° 2019-1088 », « directive (UE) 2016/2102 », « règlement 2016/679 »: a number, not a date. */
function legalNumberBefore(s: string, start: number): boolean {
  return /(?:\bn\s*[°ºo]\.?|\bnuméro|décret|arrêté|loi|ordonnance|circulaire|directive|règlement|délibération|décision|instruction)\s*(?:\(\s*[A-Z]{2,3}(?:,\s*\w+)?\s*\)\s*)?(?:n\s*[°ºo]\.?\s*)?$/iu.test(
    s.slice(Math.max(0, start - 40), start),
  );
}

function qualifierBefore(s: string, start: number, floor: number): { start: number; qualifier: string } | null {
  const before = s.slice(Math.max(floor, start - 50), start);
  const m = endsWithContext(QUALIFIER_BEFORE, before);
  if (!m) return null;
  const index = m.slice(1).findIndex((g) => g !== undefined);
  const q = QUALIFIERS[index];
  if (!q) return null;
  return { start: start - m[0].length, qualifier: q[0] };
}

/**
 * Finds every date expression in clean[from, to). `ref` is the document's own date (ISO day, month or year, a
 * datetime is accepted); relative and year-less mentions need it and are skipped without it.
 */
export function parseDates(clean: string, from: number, to: number, ref: string | null): DateMention[] {
  const lo = Math.max(0, Math.min(from, clean.length));
  const hi = Math.max(lo, Math.min(to, clean.length));
  const s = clean.slice(lo, hi);
  const r = cachedRef(ref);
  const atoms = findAtoms(s, r);

  // Overlaps: longest first, then leftmost.
  atoms.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Atom[] = [];
  // (Where the kept atoms stand, for the overlap test: a long line of dates asked each atom against all kept.)
  const taken = new DisjointSpans();
  for (const a of atoms) {
    if (taken.overlaps(a.start, a.end)) continue;
    kept.push(a);
    taken.add(a);
  }
  kept.sort((a, b) => a.start - b.start);

  // Bare years: accepted with a context, or coordinated with an accepted year (« 2017 et 2018 », « 2015, 2016 »).
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < kept.length; i++) {
      const a = kept[i]!;
      if (a.flag !== 'nocontext') continue;
      const prev = kept[i - 1];
      const next = kept[i + 1];
      const linkPrev = prev && prev.flag !== 'nocontext' && (prev.bareYear || prev.fixed !== undefined) && /^\s*(?:,|et|ou|puis)\s*$/u.test(s.slice(prev.end, a.start));
      const linkNext = next && next.flag !== 'nocontext' && next.bareYear && /^\s*,\s*$/u.test(s.slice(a.end, next.start));
      if (linkPrev || linkNext) {
        delete a.flag;
        changed = true;
      }
    }
  }
  const accepted = kept.filter((a) => a.flag !== 'nocontext');

  // Periods made of two dates: « du 1er janvier 2020 au 31 mars 2021 », « de janvier à mars 2020 ».
  const merged: Atom[] = [];
  for (let i = 0; i < accepted.length; i++) {
    const a = accepted[i]!;
    const b = accepted[i + 1];
    if (b && a.point && b.point && !a.periodEnd && !b.periodEnd) {
      const gap = s.slice(a.end, b.start);
      const pre = /(?<![\p{L}])(?:du|de|d'|depuis|entre(?:\s+le)?)\s*$/iu.exec(s.slice(Math.max(0, a.start - 12), a.start));
      const link = /^\s*(?:au|à|a|jusqu'au|jusqu'à|jusqu'en|et(?:\s+le)?|-)\s*$/iu.test(gap);
      // (« octobre 2024 – janvier 2025 »: two months or days that write their years, joined by a dash alone.)
      // (Not a list of dates a dash separates, « 14 mars 2025 – 20 juin 2025 – 10 octobre 2025 »: a third date after another dash.)
      const listed = /^\s*[–—-]\s*\d/.test(s.slice(b.end, b.end + 4)) || /\d\s*[–—-]\s*$/.test(s.slice(Math.max(0, a.start - 4), a.start));
      const dashed = !pre && !listed && /^(?:\s+[–—-]\s+|\s*[–—]\s*)$/.test(gap) && a.point.y !== null && b.point.y !== null && !a.point.yearInferred && !b.point.yearInferred && a.point.m != null && b.point.m != null;
      if (dashed || (pre && link && (/entre/i.test(pre[0]) ? /et/i.test(gap) : !/et/i.test(gap)))) {
        const p = { ...a.point };
        const q = { ...b.point };
        if (p.y === null && q.y !== null) {
          p.y = (p.m ?? 0) <= (q.m ?? 0) ? q.y : q.y - 1;
          p.yearInferred = !!q.yearInferred;
        }
        if (p.y !== null && q.y !== null && compare(p, q) < 0) {
          merged.push({ start: a.start - (pre?.[0].length ?? 0), end: b.end, point: p, periodEnd: q });
          i++;
          continue;
        }
      }
    }
    merged.push(a);
  }
  const final = merged.filter((a) => a.flag !== 'weak');
  // « les 12 mars, 18 juin, 8 octobre et 10 décembre 2026 »: days enumerated before the one that writes their year
  // share it (from the right, so that the year runs back along the enumeration).
  for (let i = final.length - 2; i >= 0; i--) {
    const a = final[i]!;
    const b = final[i + 1]!;
    if (!a.point || a.periodEnd || a.point.y !== null || a.point.relative || !b.point || b.point.y === null || b.point.yearInferred) continue;
    if (!/^\s*(?:,|et|ou)\s*(?:(?:le|au)\s+)?$/iu.test(s.slice(a.end, b.start))) continue;
    a.point = { ...a.point, y: (a.point.m ?? 0) <= (b.point.m ?? 0) ? b.point.y : b.point.y - 1, yearInferred: false };
  }

  const out: DateMention[] = [];
  let floor = 0;
  // « … en 2016, avec la publication des premières API en juillet »: a year written earlier in the same span
  // places a date written without one, before the document's own date does.
  let writtenYear: Ref | null = null;
  for (const a of final) {
    const context: Ref | null = writtenYear ?? r;
    let start = a.start;
    let qualifier: string | undefined;
    const q = qualifierBefore(s, a.start, floor);
    if (q && !a.fixed?.qualifier) {
      start = q.start;
      qualifier = q.qualifier;
    }
    let value: DateValue | null = null;
    const periodEnd = a.periodEnd;
    if (a.point && periodEnd) {
      const p = resolve(a.point, context);
      const e = resolve(periodEnd, context);
      if (p && e) value = periodValue(p, e, qualifier);
    } else if (a.point) {
      const p = resolve(a.point, context);
      const months = qualifier !== undefined && p && p.m === undefined && p.y !== null ? PART_OF_YEAR_MONTHS[qualifier] : undefined;
      // « au deuxième trimestre 2025 », « S2 2026 »: the months of that part of the year.
      if (p && months) value = periodValue({ ...p, m: months[0] }, { ...p, m: months[1] }, qualifier);
      else if (p) value = pointValue(p, qualifier);
    } else if (a.fixed) {
      value = { ...a.fixed };
      if (qualifier && !value.qualifier) value.qualifier = qualifier;
    }
    if (!value) continue;
    // « (consulté le 4 octobre 2025) »: the day a reference was read, not a date of what the text tells.
    if (/(?:consultée?s?|accédée?s?)\s+le\s*$/i.test(s.slice(Math.max(0, start - 20), start))) continue;
    out.push({ start: lo + start, end: lo + a.end, value });
    floor = a.end;
    if (!value.inferred && /^\d{4}/.test(value.value)) writtenYear = { y: Number(value.value.slice(0, 4)), m: null, d: null };
  }
  return joinPartsOfYears(out, clean);
}

/** A quarter or a half year (« T2 2025 », « second semestre 2026 »): a period whose qualifier names its months. */
const isPartOfYear = (v: DateValue) => v.precision === 'period' && v.qualifier !== undefined && PART_OF_YEAR_MONTHS[v.qualifier] !== undefined && !v.inferred;

/** A dash, « au » or « à » between two dates (« au T1 2027 » may begin the second one). */
const joinedByRange = (gap: string, secondOpening: string) => /^\s*(?:[–—-]|au|à)\s*$/u.test(gap) || (/^\s*$/u.test(gap) && /^(?:au|à)\s/iu.test(secondOpening));

/**
 * « T1 2025 – T4 2027 », « du S2 2025 au S1 2026 »: two parts of years joined by a dash (or « au », « à ») are one
 * period, from the first's first month to the second's last.
 * (Not a list a dash separates, « T1 2025 – T2 2025 – T3 2025 »: a third part of a year after another dash.)
 */
function joinPartsOfYears(dates: DateMention[], clean: string): DateMention[] {
  if (dates.length < 2) return dates;
  const out: DateMention[] = [];
  for (let i = 0; i < dates.length; i++) {
    const a = dates[i]!;
    const b = dates[i + 1];
    if (b && isPartOfYear(a.value) && isPartOfYear(b.value) && a.value.start! < b.value.end! && joinedByRange(clean.slice(a.end, b.start), clean.slice(b.start, b.start + 3))) {
      // (A third part of a year after another dash, or one before: « Phase 1 – T1 2025 – T4 2026 » is a range.)
      const listed = /^\s*[–—-]\s*[TS][1-4]\s+\d{4}/u.test(clean.slice(b.end, b.end + 12)) || /[TS][1-4]\s+\d{4}\s*[–—-]\s*$/u.test(clean.slice(Math.max(0, a.start - 12), a.start));
      if (!listed) {
        const start = a.value.start!;
        const end = b.value.end!;
        out.push({ start: a.start, end: b.end, value: { value: `${start}/${end}`, precision: 'period', start, end } });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/** « dernier », « passé », « prochain » after a month: which occurrence of it the text means. */
// (Not « le 31 mars dernier délai », a set phrase.)
const RELATIVE_AFTER = /^\s+(dernier|passé|prochain)(?![\p{L}])(?!\s+(?:délai|carat|recours)(?![\p{L}]))/iu;

/** « chaque année, en mars », « le 31 janvier de chaque année »: a month that comes back every year is no date. */
function recurring(s: string, start: number, end: number): boolean {
  return (
    // (« chaque année, avant le 30 juin »: a deadline that comes back too.)
    /(?:chaque\s+année|tous\s+les\s+ans|annuellement|chaque\s+mois\s+de|tous\s+les\s+mois\s+de)\s*,?\s*(?:(?:avant|après|d'ici|jusqu'au|au\s+plus\s+tard)\s+)?(?:en|au\s+mois\s+de|le|au|courant|fin|début)?\s*$/i.test(s.slice(Math.max(0, start - 40), start)) ||
    /^\s*(?:de\s+chaque\s+année|de\s+l'année\s+suivante|de\s+chaque\s+exercice|de\s+l'année\s+n(?:\s*\+\s*1)?)(?![\p{L}])/iu.test(s.slice(end, end + 40))
  );
}

function relativeOf(m: RegExpExecArray | null): { relative?: -1 | 1 } {
  if (!m) return {};
  return { relative: m[1]!.toLowerCase() === 'prochain' ? 1 : -1 };
}

function resolve(p: Point, ref: Ref | null): Point | null {
  if (p.y !== null) return p;
  if (!ref) return null;
  const { relative, ...point } = p;
  // (« … décembre 2024 ⏎ Le 15 janvier, … » in a chronicle: January is of a year it has not written.)
  if (ref.forward && !relative && ref.m !== null && point.m !== undefined && point.m < ref.m) return null;
  // « en juin dernier » written in March 2031 is June 2030; in October 2031, June 2031 (and « prochain » the other way).
  let y = ref.y;
  if (relative && ref.m !== null && point.m !== undefined) {
    // The same month: the day decides when both are known (« le 3 mars dernier » written on 20 March is this
    // year's), else it is this year's month.
    const sameMonth = point.m === ref.m;
    const after = sameMonth ? point.d !== undefined && ref.d !== null && point.d > ref.d : point.m > ref.m;
    const before = sameMonth ? point.d !== undefined && ref.d !== null && point.d < ref.d : point.m < ref.m;
    if (relative < 0 && after) y -= 1;
    if (relative > 0 && before) y += 1;
  }
  return { ...point, y, yearInferred: true };
}
