/**
 * Figures: numbers with a unit and what they measure (« près de 14 000 sites », « 90 % », « 1,5 Md€ »,
 * « une vingtaine d'agents », « six départements »).
 * Reads: doc.text (shared clean copy). Writes: `figure` facts.
 *
 * Conventions:
 * - Word scales are multiplied into the value: « 25 millions d'adresses » → 25000000 « adresses »;
 *   « près d'un million d'utilisateurs » → 1000000 « utilisateurs ».
 * - Symbol units are kept as written, with the value as written: « 1,5 Md€ » → 1.5 « Md€ », « 774 K€ » → 774
 *   « K€ », « 90 % » → 90 « % ». Every money amount also gets `normalised: { value in euros, unit "€" }`.
 * - The unit of a count is its noun (plural when the count is above one); `measure` is the noun phrase
 *   (« utilisateurs internes », « formes d'intervention »), or for % and money the noun phrase they qualify
 *   (« 90 % des agents » → « agents »; « Les coûts de maintenance atteignent 90 % » → « coûts de maintenance »).
 * - Qualifiers are canonical (« près d'un » → « près de »); approximate counts keep their words
 *   (« une vingtaine »).
 * - Never figures: dates and years, legal-text numbers, article/section/page numbers, list numbering, phone
 *   numbers, times, versions (« 2.0 », « v5 »), numbers glued to letters (« 4G », « 2e »), bare numbers.
 */
import { DisjointSpans, SpanIndex, lastBelow, type Span } from '../spans.ts';
import type { Extractor, Fact, FactData, SourceDocument } from '../../../types/domain.ts';
import { parseDates } from '../dates.ts';
import { MONTH_ALTERNATION, orgTypeOf, parseSpelledNumber } from '../lexicon.ts';

export { parseSpelledNumber };
import { codePointBefore, execAfterBoundary, execWhere, isEnglish, letterBefore, lineAt, lineIndexAt, lineStartWithin, prepared, type Line, type Sentence } from '../text.ts';
import { findLegalTexts } from './legal-texts.ts';
import { factAt } from '../fact.ts';
import { yamlFacts } from '../yaml-records.ts';
import { decodeCell, findTables, rowCells, tableRowAt, type Cell } from '../tables.ts';

const L = '(?<![\\p{L}\\p{N}_])';


const NUMBER_WORD =
  '(?:quatre-vingts?|dix-sept|dix-huit|dix-neuf|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|cents?|mille)';
const SPELLED = `(?:un|une|${NUMBER_WORD})(?:(?:-|\\s+)${NUMBER_WORD}|(?:-et-|\\s+et\\s+)(?:un|une|onze))*`;

const APPROX: Record<string, number> = {
  dizaine: 10, douzaine: 12, quinzaine: 15, vingtaine: 20, trentaine: 30, quarantaine: 40, cinquantaine: 50,
  soixantaine: 60, centaine: 100, millier: 1000,
};

const QUALIFIERS: Array<[string, string]> = [
  ['un peu plus de', "un\\s+peu\\s+plus\\s+(?:de|d')"],
  ['un peu moins de', "un\\s+peu\\s+moins\\s+(?:de|d')"],
  ['pas moins de', "pas\\s+moins\\s+(?:de|d')"],
  ['de l\'ordre de', "de\\s+l'ordre\\s+(?:de|d')"],
  ['près de', "(?:tout\\s+)?près\\s+(?:de|d')"],
  ['plus de', "plus\\s+(?:de|d')"],
  ['moins de', "moins\\s+(?:de|d')"],
  ["jusqu'à", "jusqu'à|jusqu'a"],
  ['au moins', 'au\\s+moins'],
  ['au total', 'au\\s+total'],
  ['au plus', 'au\\s+plus'],
  ['environ', 'environ'],
  ['quelque', 'quelque'],
  ['presque', 'presque'],
  ['quasiment', 'quasiment'],
  ['à peine', 'à\\s+peine'],
  ['approximativement', 'approximativement'],
  ['en moyenne', 'en\\s+moyenne'],
];
const QUALIFIER_BEFORE = new RegExp(`${L}(?:${QUALIFIERS.map(([, p]) => `(${p})`).join('|')})\\s*$`, 'iu');

/** Symbol units, with the factor that turns an amount into euros (money only). */
const SYMBOL_UNITS: Array<[RegExp, number | null]> = [
  [/^(?:Mds|Mrds|Md|Mrd)\s?€/u, 1e9],
  [/^(?:G)\s?€/u, 1e9],
  [/^M\s?€/u, 1e6],
  [/^[kK]\s?€/u, 1e3],
  [/^€/u, 1],
  [/^%/u, null],
  [/^‰/u, null],
  [/^(?:pour\s+cent|pourcents?)(?![\p{L}])/iu, null],
  [/^(?:ETP|ETPT)(?![\p{L}])/u, null],
  [/^(?:Ko|Mo|Go|To|Po|kWh|MWh|GWh|TWh|kW|MW|GW|km²|km2|km|m²|m2|tCO2e?|teqCO2|Mbit\/s|Gbit\/s|Mb\/s|Gb\/s)(?![\p{L}\p{N}])/u, null],
  // A duration in minutes (« 40 min au lieu de 2 h »; not « h », which also writes a time of day: « 14 h 30 »).
  [/^min(?![\p{L}\p{N}])/u, null],
  // A mark out of a scale: « 8,1/10 », « 4,2 / 5 », « 15/20 ».
  [/^\/\s?(?:5|10|20|100)(?![\p{L}\p{N}/])/u, null],
];

/** Words that cannot be the unit of a count. */
const NOT_UNIT = new Set(
  (
    'le la les l un une des du de d au aux à a et ou en par pour sur sous dans avec sans chez vers entre parmi ' +
    'est sont était étaient sera seront ont avait avaient fut fait font peut peuvent doit doivent va vont ' +
    'mis pris dis vis suis es fais ce cet cette ces se sa son ses leur leurs nos vos mes tes il ils elle elles on ' +
    'qui que quoi dont où y ne pas plus moins très trop fois tous toutes tout toute autres autre mêmes même ' +
    'premiers premières derniers dernières suivants suivantes précédents précédentes ci-dessus ci-dessous ' +
    'janvier février mars avril mai juin juillet août septembre octobre novembre décembre ' +
    'lundi mardi mercredi jeudi vendredi samedi dimanche er ère e ème ' +
    // Adverbs and prepositions ending like plurals (« soixante-quatre depuis lundi »).
    'depuis dès après puis alors lors jamais toujours parfois désormais tandis hors près auprès ailleurs environ'
  ).split(' '),
);

/** Adjectives that stand before the noun (« trois grands composants »). */
const PRENOMINAL =
  /^(?:grande?s?|grands|petite?s?|petits|nouveaux|nouvelles?|nouvel|principaux|principales|premiers|premières|derniers|dernières|autres|gros|grosses|vrais|vraies|seuls|seules|jeunes|hauts|hautes|anciens|anciennes|futurs|futures|véritables|importants|importantes|différents|différentes|nombreux|nombreuses|grandes)$/iu;

const MEASURE_VERBS =
  /(?:^|\s)(?:atteint|atteignent|atteignait|atteindra|représente|représentent|représentait|s'élève|s'élèvent|s'élevait|s'établit|est|sont|était|étaient|sera|concerne|concernent|dépasse|dépassent|passe|passent|augmente|augmentent|baisse|baissent|diminue|diminuent|progresse|progressent|croît|croissent|totalise|totalisent|compte|comptent|avoisine|avoisinent|équivaut|correspond|correspondent|se\s+monte|se\s+montent|plafonne|culmine|recule|reculent|a\s+atteint|ont\s+atteint|a\s+augmenté|ont\s+augmenté|a\s+baissé|ont\s+baissé|(?:devra|devront|doit|doivent|pourra|pourront|va|vont)\s+(?:atteindre|dépasser|représenter|passer))(?:\s+(?:à|de|d'|environ|désormais|aujourd'hui|déjà|près\s+de|plus\s+de|moins\s+de))*\s*$/iu;

// Preceded by no letter (checked by labelBefore, which lets V8 scan for the label words).
const LABEL_BEFORE =
  /(?:(?:n\s*[°ºo]|numéro|num|articles?|art|alinéas?|al|sections?|chapitres?|titres?|annexes?|pages?|pp?|points?|étapes?|axes?|priorités?|tomes?|livres?|parties?|paragraphes?|§|versions?|v|niveau|phase|lot|lots|catégorie|classe|fiche|action|mesure|objectif|chantier|rang|numéros?|tél|tel|téléphone|fax|standard|bureau|salle|porte|bâtiment|étage|rue|avenue|boulevard|bd|place|cedex|bp|cs)\.?\s*:?\s*)$/giu;

const notAfterLetter = (s: string, i: number) => !letterBefore(s, i);

/** LABEL_BEFORE matches at the end of `before` with no letter before it (the regex's lookbehind). */
function labelBefore(before: string): boolean {
  LABEL_BEFORE.lastIndex = 0;
  return execWhere(LABEL_BEFORE, before, notAfterLetter) !== null;
}

const PHONE = /(?:\+33\s?(?:\(0\)\s?)?|(?<![\d])0)[1-9](?:[\s.-]?\d{2}){4}(?!\d)/gu;

function parseDigits(intPart: string, dec: string | undefined): number {
  const int = Number(intPart.replace(/[ .]/g, ''));
  return dec ? Number(`${int}.${dec}`) : int;
}

interface NumberToken {
  start: number;
  end: number;
  value: number;
  /** « une vingtaine », « un million »… the words when the number is spelled. */
  spelled: boolean;
  approx: string | null;
  /** Written with a decimal point (« 2.0 »): maybe a version. */
  dotDecimal: boolean;
}

// Written without their leading lookbehind: L, and for DIGITS no « / . , - » either, are checked by
// execAfterBoundary (see text.ts).
// (Not before « /digits » (a date, « 12/10/2025 »), but before a mark's scale: « 8,1/10 ».)
const DIGITS = new RegExp(`(\\d{1,3}(?:[ .]\\d{3})+(?![\\d])|\\d+)(?:([.,])(\\d+))?(?![\\p{L}\\p{N}_]|-\\d|/(?!(?:5|10|20|100)(?![\\p{N}/]))\\d|[.,]\\d)`, 'gu');
const SPELLED_RE = new RegExp(`(${SPELLED})(?![\\p{L}\\p{N}_-])`, 'giu');
/** A decimal said in words (« un virgule deux million », « trois virgule quatre millions d'euros »). */
const SPELLED_DECIMAL_RE = new RegExp(`(${SPELLED})\\s+virgule\\s+(${SPELLED})(?![\\p{L}\\p{N}_-])`, 'giu');
const APPROX_RE = new RegExp(`(?:une?|quelque)\\s+(${Object.keys(APPROX).join('|')})(?![\\p{L}])`, 'giu');
const notAfterNumberSign = (s: string, i: number) => !'/.,-'.includes(s[i - 1] ?? 'x');

/** Every match of `re` (global, written without its leading L) in `s`, L checked by hand. */
function boundedMatches(re: RegExp, s: string, alsoOk?: (s: string, i: number) => boolean): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = execAfterBoundary(re, s, alsoOk); m; m = execAfterBoundary(re, s, alsoOk)) out.push(m);
  return out;
}

function findNumbers(s: string, base: number): NumberToken[] {
  const out: NumberToken[] = [];
  // Where the numbers found so far stand (each kept only when it overlaps none of them).
  const taken = new DisjointSpans();
  const push = (n: NumberToken) => {
    out.push(n);
    taken.add(n);
  };
  for (const m of boundedMatches(APPROX_RE, s)) {
    push({ start: base + m.index, end: base + m.index + m[0].length, value: APPROX[m[1]!.toLowerCase()]!, spelled: true, approx: m[0].toLowerCase().replace(/\s+/g, ' '), dotDecimal: false });
  }
  for (const m of boundedMatches(DIGITS, s, notAfterNumberSign)) {
    const start = base + m.index;
    if (taken.overlaps(start, start + m[0].length)) continue;
    // « 1.5 » is a decimal, « 14.000 » a thousands group (caught by the first alternative).
    const sep = m[2];
    push({
      start,
      end: start + m[0].length,
      value: parseDigits(m[1]!, m[3]),
      spelled: false,
      approx: null,
      dotDecimal: sep === '.',
    });
  }
  for (const m of s.includes('virgule') ? boundedMatches(SPELLED_DECIMAL_RE, s) : []) {
    const whole = parseSpelledNumber(m[1]!);
    const fraction = parseSpelledNumber(m[2]!);
    if (whole === undefined || fraction === undefined) continue;
    const start = base + m.index;
    if (taken.overlaps(start, start + m[0].length)) continue;
    push({ start, end: start + m[0].length, value: whole + fraction / 10 ** String(fraction).length, spelled: true, approx: null, dotDecimal: false });
  }
  for (const m of boundedMatches(SPELLED_RE, s)) {
    const start = base + m.index;
    if (taken.overlaps(start, start + m[0].length)) continue;
    // (« huit pour cent »: « cent » is the percent sign said in words.)
    // (« un abonnement pour cent euros » is a hundred: a number before « pour » makes it the percent sign.)
    if (/^cent$/i.test(m[1]!) && /(?<![\p{L}])pour\s+$/iu.test(s.slice(Math.max(0, m.index - 24), m.index)) && out.some((o) => o.end >= m.index + base - 12 && o.end <= m.index + base)) continue;
    const v = parseSpelledNumber(m[1]!);
    if (v === undefined) continue;
    push({ start, end: start + m[0].length, value: v, spelled: true, approx: null, dotDecimal: false });
  }
  return out.sort((a, b) => a.start - b.start);
}

const WORD = /[\p{L}][\p{L}\p{N}'-]*|[\p{Lu}\p{N}]{2,}/uy;

/** Reads one word at `pos` (after spaces); returns it with its span, or null. */
function wordAt(s: string, pos: number, limit: number): { w: string; start: number; end: number } | null {
  let i = pos;
  // Spaces only: a tab separates two cells, and what stands in the next cell is not this figure's word.
  while (i < limit && s[i] === ' ') i++;
  WORD.lastIndex = i;
  const m = WORD.exec(s);
  if (!m || m.index !== i || i + m[0].length > limit) return null;
  const w = m[0];
  // « d'agents », « l'État »: elided article.
  return { w, start: i, end: i + w.length };
}

function isAcronym(w: string): boolean {
  return /^[\p{Lu}][\p{Lu}\p{N}]{1,5}s?$/u.test(w);
}

/** A count noun at `pos`: optional prenominal adjectives, then the noun. */
function countNoun(
  s: string,
  pos: number,
  limit: number,
  value: number,
): { unitStart: number; unitEnd: number; unit: string; measureStart: number } | null {
  let i = pos;
  let measureStart = -1;
  for (let k = 0; k < 3; k++) {
    const w = wordAt(s, i, limit);
    if (!w) return null;
    if (measureStart < 0) measureStart = w.start;
    const lower = w.w.toLowerCase();
    if (PRENOMINAL.test(lower)) {
      i = w.end;
      continue;
    }
    // « 312 équivalents temps plein (ETP) »: a unit of three words, written short after it when it is.
    const fullTime = /^équivalents?$/.test(lower) ? FULL_TIME_AFTER.exec(s.slice(w.end, limit)) : null;
    if (fullTime) return { unitStart: w.start, unitEnd: w.end + fullTime[0].length, unit: fullTime[1] ?? `${w.w} temps plein${fullTime[0].includes('travaill') ? ' travaillés' : ''}`, measureStart };
    // (« dont quatre d'opérateurs étrangers »: an elided article opens a complement, not the counted noun.)
    if (NOT_UNIT.has(lower) || !/^\p{L}/u.test(w.w) || /^[dl]'/i.test(w.w)) return null;
    if (/^\p{Lu}/u.test(w.w) && !isAcronym(w.w)) return null;
    if (!isAcronym(w.w)) {
      if (/['-]$/.test(w.w)) return null;
      // A count above one is written with a plural noun; a conjugated verb (« existent ») is not a unit.
      const plural = /[sxz]$/.test(lower);
      if (value >= 2 && Number.isInteger(value) && !plural) return null;
      if (/(?:ent|ont)$/.test(lower) && !/(?:ents|onts)$/.test(lower)) return null;
    }
    return { unitStart: w.start, unitEnd: w.end, unit: w.w, measureStart };
  }
  return null;
}

/** After « équivalents »: « temps plein », « temps plein travaillés », and the unit's short form in parentheses. */
const FULL_TIME_AFTER = /^\s+temps\s+plein(?:\s+travaillés?)?(?:\s*\((ETPT?)\))?/u;

const MEASURE_STOP = new Set(
  ('le la les l un une des du au aux à a et ou en par pour sur sous dans avec sans chez vers entre qui que dont où ' +
    'est sont était étaient sera ont avait peut peuvent doit doivent se ne pas y il ils elle elles ce cette ces son sa ses leur leurs ' +
    'notamment dont afin lors depuis dès selon soit parmi contre hors malgré comme après avant pendant auprès déjà encore désormais environ'
  ).split(' '),
);

/** Extends a noun phrase from `end`: adjectives and one bare « de X » complement, up to 4 words. */
function extendMeasure(s: string, end: number, limit: number): number {
  let e = end;
  let words = 0;
  let complement = false;
  while (words < 4) {
    const rest = s.slice(e, limit);
    // Whole words: « de X », « d'X », not the « de » of « depuis ».
    const deBare = /^\s+(?:de\s+|d'\s*)(?=[\p{L}])/iu.exec(rest);
    if (deBare && !complement) {
      const after = wordAt(s, e + deBare[0].length, limit);
      if (!after || MEASURE_STOP.has(after.w.toLowerCase()) || /^(?:l'|la\s|le\s|les\s)/iu.test(s.slice(e + deBare[0].length, e + deBare[0].length + 4))) break;
      if (/^\p{Lu}/u.test(after.w) && !isAcronym(after.w)) break;
      e = after.end;
      complement = true;
      words++;
      continue;
    }
    // « démarches en ligne », « services en ligne »: the locution qualifies the noun like an adjective.
    const online = /^[ \t]+en[ \t]+ligne(?![\p{L}]|[ \t]+de[ \t]+mire)/iu.exec(rest);
    if (online) {
      e += online[0].length;
      words++;
      continue;
    }
    if (!/^[ \t]/.test(rest)) break;
    const w = wordAt(s, e, limit);
    if (!w) break;
    const lower = w.w.toLowerCase();
    if (MEASURE_STOP.has(lower) || /^\p{Lu}/u.test(w.w) || /(?:ent|ont)$/.test(lower) || /['-]$/.test(w.w)) break;
    if (/^(?:de|d)$/i.test(lower)) break;
    e = w.end;
    words++;
  }
  return e;
}

/** A verb of change and « de » right before a figure (« réduit de », « a augmenté de », « en hausse de »). */
const CHANGED_BY = /(?:réduit|réduite?s?|réduire|augmenté|augmente|augmenter|baissé|baisse|diminué|diminue|diminuer|accru|accroît|progressé|progresse|relevé|abaissé|hausse)\s+(?:de\s+|d')$/iu;

/** How far back the clause of a figure's measure is read (a measure is a few words; a clause seldom runs this long). */
const MEASURE_REACH = 600;

/** The noun phrase a % or an amount qualifies, read after it (« des procédures ») or before it. */
function measureAround(s: string, sent: Sentence, start: number, end: number): string | null {
  // Whole words (« depuis 2020 » is no « de » complement).
  const after = /^\s*(?:(?:des|de\s+la|du|de)\s+|(?:de\s+l'|d')\s*)/iu.exec(s.slice(end, sent.end));
  if (after) {
    const w = wordAt(s, end + after[0].length, sent.end);
    if (w && !MEASURE_STOP.has(w.w.toLowerCase()) && !/^\p{N}/u.test(w.w)) {
      const e = extendMeasure(s, w.end, sent.end);
      return tidy(s.slice(w.start, e));
    }
  }
  // « a réduit de 30 % le délai de traitement »: what changed by that much follows the figure.
  const changed = /^\s+(?:le|la|les|l')\s*/iu.exec(s.slice(end, sent.end));
  if (changed && CHANGED_BY.test(s.slice(Math.max(sent.start, start - 40), start))) {
    const w = wordAt(s, end + changed[0].length, sent.end);
    if (w && !MEASURE_STOP.has(w.w.toLowerCase()) && !/^\p{N}/u.test(w.w)) return tidy(s.slice(w.start, extendMeasure(s, w.end, sent.end)));
  }
  // The clause before the figure, back to its punctuation, within MEASURE_REACH characters (a table row or a list
  // of amounts written as one sentence without a comma was read back to its start for each of its numbers).
  let left = start;
  const reach = Math.max(sent.start, start - MEASURE_REACH);
  while (left > reach && !',;:()|\t'.includes(s[left - 1]!)) left--;
  // « Taux de satisfaction : 87 % », table cells « Budget 2022 | 312 M€ »: the label before the separator.
  if (/^\s*$/.test(s.slice(left, start)) && left > sent.start && ':|\t'.includes(s[left - 1]!)) {
    let l = left - 1;
    while (l > sent.start && s[l - 1] === ' ') l--;
    let ls = l;
    while (ls > sent.start && !',;:()|\t'.includes(s[ls - 1]!)) ls--;
    const label = tidy(s.slice(ls, l));
    if (label && label.split(' ').length <= 8 && /^[\p{L}]/u.test(label)) return label;
    return null;
  }
  let before = s.slice(left, start);
  before = before.replace(QUALIFIER_BEFORE, '');
  const verb = MEASURE_VERBS.exec(before);
  let np: string;
  if (verb) np = before.slice(0, verb.index);
  else {
    const de = /\s(?:de|d')\s*$/iu.exec(before);
    if (!de) return null;
    np = before.slice(0, de.index);
    // « … dispose d'un budget de » → the phrase after the last determiner.
    // A whole determiner (« une », not its « un »), or an elided one (« l' »).
    const det = /(?:^|[\s'])(?:(?:un|une|le|la|les|son|sa|ses|leur|leurs|ce|cet|cette|ces|du|des|notre|nos)(?![\p{L}])\s*|l')(?=\S)/giu;
    let last = -1;
    for (const m of np.matchAll(det)) last = m.index + m[0].length;
    if (last > 0) np = np.slice(last);
  }
  np = np.replace(
    /^\s*(?:(?:et|ou|mais|dont|où|si|car|puis|alors|ainsi|soit)\s+)?(?:(?:pour|avec|dans|sur|par|à|en|selon|sous|vers|chez)\s+)?(?:les|le|la|l'|un|une|des|du|ce|cet|cette|ces|son|sa|ses|leur|leurs|notre|nos)(?:\s+|(?<='))/iu,
    '',
  );
  np = tidy(np);
  if (!np || np.split(' ').length > 8 || /^\p{N}/u.test(np)) return null;
  return np;
}

/** A cell holding a number only (« 164 », « 9 800 », « 71,3 M€ », « 99,95 % », « +2,4 »). */
const NUMBER_CELL = /^\s*(?:\+?[\d\s.,]+(?:\s*(?:%|M€|k€|K€|Md€|€))?|[-–—])\s*$/u;

/** A cell separator of a pipe or tab table. */
const CELL_SEPARATOR = /[|\t]/;
/** What may follow a count in its cell: a rate (« 45 000 par an »). */
const CELL_RATE = /^[ ]*(?:(?:par|\/)\s*(?:an|année|mois|semaine|jour))?[ ]*/iu;
/** Plural words that do not count things (« Taux », « Prix », « Délais en mois »). */
const NOT_COUNTED = /^(?:taux|prix|poids|fois|mois|temps|délais|coûts|montants|budgets|dépenses|recettes|crédits|investissements|financements|subventions|dotations|années|ans|jours|heures|minutes|semaines)$/iu;

/**
 * The cells of a line as `s` writes it (rowCells), remembered per line: a row is asked for its cells once per number
 * in it, and a table written on one line was split again for each of its thousands of numbers.
 */
const cellsByLine = new WeakMap<Line, { s: string; cells: Cell[] }>();
function cellsOfLine(s: string, line: Line): Cell[] {
  const known = cellsByLine.get(line);
  if (known && known.s === s) return known.cells;
  const cells = rowCells(s.slice(line.start, line.start + line.text.length), line.start);
  cellsByLine.set(line, { s, cells });
  return cells;
}

/** The index of the cell holding `pos` (the last one starting at or before it; cells in order), or -1. */
const cellIndexAt = (cells: readonly Cell[], pos: number): number => lastBelow(cells, pos + 1, (c) => c.start);

/** The cells of a line as its own text writes them, likewise remembered. */
const cellsOfLineTexts = new WeakMap<Line, Cell[]>();
function cellsOfLineText(line: Line): Cell[] {
  let cells = cellsOfLineTexts.get(line);
  if (!cells) cellsOfLineTexts.set(line, (cells = rowCells(line.text, line.start)));
  return cells;
}

/** How many cells of numbers a row's label may stand before (a table of a year per column for two centuries). */
const ROW_CELLS = 200;

/** The last cell separator (« | » or a tab) of a text, read back from its end (-1 if none). */
function lastCellSeparator(text: string): number {
  let i = text.length - 1;
  while (i >= 0 && text[i] !== '|' && text[i] !== '\t') i--;
  return i;
}

/**
 * A number alone in a table cell (but for a rate) whose row label, in the cell before, names what it counts:
 * « | Applications en production | 180 | » → 180 applications. Undefined otherwise.
 */
function tableCellCount(s: string, sent: Sentence, start: number, end: number): { unit: string; label: string; end: number } | undefined {
  // The cell's separator right before the number, blanks aside. (Walked back from the number: searched from the
  // sentence's start, a sentence of thousands of numbers without a separator was read whole for each of them.)
  let sepAt = start - 1;
  while (sepAt >= sent.start && s[sepAt] !== '|' && s[sepAt] !== '\t' && /\s/.test(s[sepAt]!)) sepAt--;
  if (sepAt < sent.start || (s[sepAt] !== '|' && s[sepAt] !== '\t')) return undefined;
  const before = s.slice(sent.start, start);
  const sep = sepAt - sent.start;
  const rate = CELL_RATE.exec(s.slice(end, sent.end))!;
  const after = s.slice(end + rate[0].length, sent.end);
  if (after !== '' && !CELL_SEPARATOR.test(after[0]!) && !/^\s*$/.test(after)) return undefined;
  // The row's label: the cell before, or, past cells of numbers (« | Agents | 164 | 187 | », one column per year),
  // the first cell that is not one.
  // (Cell by cell, at most ROW_CELLS back: a table written on one line was walked back to its start for each number.)
  let previous = before.slice(0, sep);
  let labelStart = lastCellSeparator(previous) + 1;
  for (let cells = 0; labelStart > 0 && cells < ROW_CELLS && NUMBER_CELL.test(previous.slice(labelStart)); cells++) {
    previous = previous.slice(0, labelStart - 1);
    labelStart = lastCellSeparator(previous) + 1;
  }
  const label = tidy(previous.slice(labelStart));
  const head = rowLabelCount(label);
  // (« | Portail Agents | DIS | 9 800 | »: an acronym in a cell after the row's label is an operator's, no noun counted;
  // « | SITES | 45 | », the row's label itself in capitals, counts.)
  if (!head || (/^\p{Lu}{2,5}$/u.test(head) && /[\p{L}\p{N}]/u.test(previous.slice(0, labelStart).replace(/^[^|\t]*$/u, '')))) return undefined;
  return { unit: head.toLowerCase(), label, end: end + rate[0].trimEnd().length };
}

/**
 * The plural noun a table row's label opens with, as written, when it names what the row's numbers count
 * (« Applications en production », « Nombre de sites »); undefined otherwise.
 */
function rowLabelCount(label: string): string | undefined {
  // (« Effectifs (ETP) »: a generic label that states its unit; tableUnitCell reads it. « Agents (ETP) » counts agents.)
  if (TABLE_UNIT.test(label) && /^(?:effectifs?|totaux|total|personnels?)(?![\p{L}])/iu.test(label)) return undefined;
  // (« | mars 2024 | 0,8 | 6 | »: a date in the cell before is no label.)
  if (DATE_LABEL.test(label)) return undefined;
  const head = /^(?:nombre\s+(?:de|d')\s*)?([\p{L}]+(?:-[\p{L}]+)*)/iu.exec(label);
  if (!head || label.split(' ').length > 6) return undefined;
  const word = head[1]!.toLowerCase();
  if (!/[sx]$/.test(word) || NOT_COUNTED.test(word) || CLASS_LABEL.test(word)) return undefined;
  return head[1]!;
}

/** A cell holding a date by its month (« mars 2024 », « 1er mars », « sept. 2025 »). */
const DATE_LABEL = new RegExp(String.raw`^(?:(?:1er|\d{1,2})\s+)?${MONTH_ALTERNATION}(?:\s+\d{4})?$`, 'iu');

/** Row labels that name a class of what the table counts (« Catégories B et C », « Types de contrat »), not a count. */
const CLASS_LABEL = /^(?:catégories|types|classes|familles|tranches)$/iu;

/** A row's first cell that is a unit and nothing else (« | % | 99,2 | 99,4 | »). */
const UNIT_ALONE = /^\s*(Md€|M€|k€|K€|€|%|ETPT|ETP)\s*$/u;

/** A unit a table states in its caption or a column's header: « (en M€) », « (k€) », « en millions d'euros ». */
const TABLE_UNIT = /\((?:en\s+)?(Md€|M€|k€|K€|€|%|ETPT|ETP|millions?\s+d['’]euros|milliards?\s+d['’]euros|milliers\s+d['’]euros|euros)\)|(?<![\p{L}])en\s+(Md€|M€|k€|millions\s+d['’]euros|milliards\s+d['’]euros|milliers\s+d['’]euros|euros)(?![\p{L}])/iu;
const TABLE_UNITS: Record<string, [string, number | null]> = {
  'md€': ['Md€', 1e9], 'm€': ['M€', 1e6], 'k€': ['k€', 1e3], '€': ['€', 1], '%': ['%', null], etp: ['ETP', null], etpt: ['ETPT', null],
  "million d'euros": ['M€', 1e6], "millions d'euros": ['M€', 1e6], "milliard d'euros": ['Md€', 1e9], "milliards d'euros": ['Md€', 1e9], "milliers d'euros": ['k€', 1e3], euros: ['€', 1],
};

/** The unit and factor a TABLE_UNIT match states (« (en M€) » → M€, 10⁶), if known. */
function statedTableUnit(stated: RegExpExecArray): [string, number | null] | [] {
  return TABLE_UNITS[(stated[1] ?? stated[2])!.toLowerCase().replace(/\s+/g, ' ').replace('’', "'")] ?? [];
}

/** Words that speak of a mark: « note », « satisfaction », « score », « évaluation », « moyenne ». */
const MARK_CONTEXT = /(?<![\p{L}])(?:notes?|notée?s?|satisfaction|scores?|évaluations?|évaluée?s?|moyenne)(?![\p{L}])/iu;

/** Plural nouns that say which figures a column holds (estimates, results), not what they count. */
const NOT_A_COUNT_NOUN = /^(?:dates|périodes|numéros|codes|identifiants|références|frais|droits|tarifs|coûts|économies|charges|ressources|recettes|dépenses|indemnités|primes|loyers|salaires|dettes|pertes|versements|prévisions|réalisations|estimations|moyennes|cibles|objectifs|valeurs|données|sources|montants|crédits|totaux|cumuls|résultats|variations|écarts|taux|indices|prévisionnels|provisoires|définitifs)$/iu;

/** A header's parenthesis naming what its numbers count: « (dossiers) », « (en visites) », « (nombre de demandes) ». */
const PARENTHESISED_COUNT = /\((?:en\s+|nombre\s+(?:de\s+|d')|nb\s+(?:de\s+|d'))?(\p{Ll}[\p{Ll}-]*[sx])\)/u;

/** A column headed by a staff unit, alone or qualified: « | ETPT | », « | ETP | », « | ETPT numériques | ». */
const UNIT_HEADER = /^(ETPT|ETP)(?:\s+[\p{L}-]+)?$/u;

/** A label that counts, right before its number: « Nombre d'offres reçues : », « Nb de dossiers : ». */
const COUNT_LABEL = /(?<![\p{L}])(?:nombre|nb)\s+(?:total\s+)?(?:de\s+|d')([\p{L}-]+[sx])(?:\s+[\p{L}'-]+){0,4}\s*:\s*$/iu;

/** A column of counts, by its header. */
const COUNT_HEADER = /^(?:nombre|nb|effectifs?|total des)(?![\p{L}])/iu;

/** The header of the table column a position falls in (the first row of its table), or '' outside a table. */
function columnHeaderAt(s: string, lines: Line[], pos: number): string {
  const li = lineIndexAt(lines, pos);
  const line = lines[li];
  if (!line || line.kind !== 'table-row') return '';
  const top = firstRowOfRun(lines, li);
  const k = cellIndexAt(cellsOfLine(s, line), pos);
  return cellsOfLineText(lines[top]!)[k]?.text ?? '';
}

/**
 * A scaled number alone in a table cell (« 1,9 million ») under a header that names what its column counts
 * (« Utilisateurs actifs »): that noun and the measure, else undefined.
 */
function scaledColumnCount(s: string, lines: Line[], start: number, end: number): { unit: string; measure: string } | undefined {
  const li = lineIndexAt(lines, start);
  const line = lines[li];
  if (!line || line.kind !== 'table-row' || firstRowOfRun(lines, li) === li) return undefined;
  const cells = cellsOfLine(s, line);
  const k = cellIndexAt(cells, start);
  if (k <= 0 || tidy(cells[k]!.text) !== tidy(s.slice(start, end))) return undefined;
  const header = tidy(columnHeaderAt(s, lines, start));
  const column = htmlColumnUnit(header);
  // (A column of amounts or rates, « Coût (M€) », « Part (%) », states a unit no scaled count is in.)
  if (!column || column.factor !== null || column.unit === '%') return undefined;
  return { unit: column.unit, measure: tidy(`${header} ${cells[0]!.text}`) };
}

// Per list of lines, the index of the first row of the run of table rows each line is in (a table's header): found in
// one pass, so that a table of thousands of rows is not walked up from each of its cells.
const runStarts = new WeakMap<readonly Line[], Int32Array>();

function firstRowOfRun(lines: readonly Line[], li: number): number {
  let starts = runStarts.get(lines);
  if (!starts) {
    starts = new Int32Array(lines.length);
    for (let i = 0; i < lines.length; i++) starts[i] = i > 0 && lines[i - 1]!.kind === 'table-row' ? starts[i - 1]! : i;
    runStarts.set(lines, starts);
  }
  return starts[li]!;
}

/** A grid table's border line (« +-----+------+ »). */
const GRID_BORDER_LINE = /^[ \t]*\+(?:[-=]+\+){2,}[ \t]*$/m;

// Per document (its lines), whether it has tables under a rule of dashes or grid tables: asked by every table cell.
const ruledByLines = new WeakMap<readonly Line[], boolean>();

/** Whether a text has tables under a rule of dashes or grid tables (whose rows tables.ts reads as the table's). */
function hasRuledTables(original: string, lines: readonly Line[]): boolean {
  let ruled = ruledByLines.get(lines);
  if (ruled === undefined) ruledByLines.set(lines, (ruled = /-{2,} +-{2,}/.test(original) || GRID_BORDER_LINE.test(original)));
  return ruled;
}

/**
 * A bare number in a table cell whose unit the table states (caption above it, or its column's header):
 * « Tableau 1 – Coût (en M€) » / « Exercice | Coût prévisionnel » / « 2017 | 142,0 » → 142,0 M€, measure
 * « Coût prévisionnel 2017 ». Undefined otherwise.
 */
function tableUnitCell(s: string, lines: Line[], sent: Sentence, start: number, end: number, statedOnly = false, original?: string): { unit: string; factor: number | null; measure: string } | undefined {
  const li = lineIndexAt(lines, start);
  const line = lines[li];
  if (!line || line.kind !== 'table-row') return undefined;
  const cells = cellsOfLine(s, line);
  const k = cellIndexAt(cells, start);
  // The number is the whole cell (not in the first column, which labels the row), a difference's sign aside.
  const number = cells[k]?.text.replace(/^\s*\+/, '') ?? '';
  if (k <= 0 || !/^[\d\s.,]+$/u.test(number) || number.replace(/\s/g, '') !== s.slice(start, end).replace(/\s/g, '')) return undefined;
  let top = firstRowOfRun(lines, li);
  // (A table under a rule of dashes has blank lines between its rows, a grid table borders: its header is the table's,
  // tables.ts.)
  const found = original !== undefined && hasRuledTables(original, lines) ? tableRowAt(original, line.start) : undefined;
  const ruled = found?.table;
  const headerAt = ruled?.header[0]?.start;
  const ruledTop = headerAt === undefined ? -1 : lineIndexAt(lines, headerAt);
  if (ruledTop >= 0) top = ruledTop;
  // (A grid table's row label may wrap over its lines: the table's cell holds it whole.)
  const label = found?.row.cells[0]?.text ?? cells[0]!.text;
  if (top === li) return undefined;
  const header = ruled && ruledTop >= 0 ? ruled.header : cellsOfLineText(lines[top]!);
  // « | Indicateur | Unité | 2023 Réalisation | 2025 Cible | » (a performance report's tables): a column of units states
  // each row's.
  const unitColumn = header.findIndex((h) => UNIT_COLUMN.test(tidy(h.text)));
  const rowUnit = unitColumn > 0 && unitColumn !== k ? unitOfCell(cells[unitColumn]?.text ?? '') : undefined;
  if (rowUnit) return { ...rowUnit, measure: tidy(`${label} ${header[k]?.text ?? ''}`) };
  let captionAt = top - 1;
  while (captionAt >= 0 && lines[captionAt]!.kind === 'blank' && top - captionAt <= 2) captionAt--;
  const caption = captionAt >= 0 && lines[captionAt]!.kind !== 'blank' && lines[captionAt]!.kind !== 'table-row' ? lines[captionAt]!.text : '';
  // The unit of a row (« Budget (M€) | 2,1 | 2,4 »), else of a column, else of the whole table (its caption).
  // (A column headed by the unit alone, « | ETPT | », counts in it.)
  // (First pass, `statedOnly`: the column's own header only; a row label's unit, « Agents (ETP) », and the caption's
  // come after the row label's count.)
  const columnUnit = TABLE_UNIT.exec(header[k]?.text ?? '') ?? UNIT_HEADER.exec(header[k]?.text.trim() ?? '');
  // « | Volume annuel (dossiers) | », « | Trafic (en visites) | »: a column whose header says in parentheses what it counts.
  const countedInHeader = columnUnit ? null : PARENTHESISED_COUNT.exec(header[k]?.text ?? '');
  // (Not « Crédits (prévisions) », « Résultat (moyennes) »: the parenthesis says which figures, not what they count.)
  if (countedInHeader && !NOT_COUNTED.test(countedInHeader[1]!) && !NOT_COUNTED.test(tidy(header[k]!.text).split(/\s+/)[0]!) && !NOT_A_COUNT_NOUN.test(countedInHeader[1]!)) return { unit: countedInHeader[1]!.toLowerCase(), factor: null, measure: tidy(`${header[k]!.text.replace(PARENTHESISED_COUNT, '')} ${label}`) };
  // « | Délai moyen (jours) | »: a column whose header says in parentheses the duration its numbers are in.
  const duration = columnUnit ? null : DURATION_IN_HEADER.exec(header[k]?.text ?? '');
  if (duration) return { unit: duration[1]!.toLowerCase(), factor: null, measure: tidy(`${header[k]!.text.replace(DURATION_IN_HEADER, '')} ${label}`) };
  // A column headed by what it counts, « dont femmes », or by « Effectif » (a staff count: agents), counts in it
  // whatever the row's label (« | Titulaires | 221 | 79 | »).
  const countedColumn = COUNTED_COLUMN.exec(tidy(header[k]?.text ?? ''));
  // (Not « dont investissements », a part of an amount: a noun that counts no things.)
  if (countedColumn && !columnUnit && !(countedColumn[1] && NOT_COUNTED.test(countedColumn[1]))) return { unit: countedColumn[1]?.toLowerCase() ?? 'agents', factor: null, measure: tidy(`${header[k]!.text} ${label}`) };
  // (A caption that states an amount in euros, « (en euros) » above « | Programmes | AE + | … | », is stated too: a
  // row labelled « Plateformes et services … » counts no platforms.)
  if (statedOnly && !columnUnit && !/€|euros/i.test(TABLE_UNIT.exec(caption)?.[0] ?? '')) return undefined;
  // (« | dont administration centrale | 410 | » under « | Effectif (ETP) | 640 | »: a part counts in its total's unit.)
  let totalRow = li;
  while (/^dont\s/i.test(cellsOfLineText(lines[totalRow]!)[0]?.text ?? '') && totalRow - 1 > top) totalRow--;
  const ownUnit = TABLE_UNIT.exec(label) ?? UNIT_ALONE.exec(label) ?? (totalRow < li ? TABLE_UNIT.exec(cellsOfLineText(lines[totalRow]!)[0]?.text ?? '') : null) ?? columnUnit;
  // « | Délai moyen (jours) | 3,2 | 2,8 | »: a row whose label says in parentheses the duration its numbers are in.
  const rowDuration = ownUnit ? null : DURATION_IN_HEADER.exec(label);
  if (rowDuration) return { unit: rowDuration[1]!.toLowerCase(), factor: null, measure: tidy(`${label.replace(DURATION_IN_HEADER, '')} ${header[k]?.text ?? ''}`) };
  // A count column (« Nombre de projets ») does not take the unit of the table's caption (« … (en M€) »).
  if (!ownUnit && COUNT_HEADER.test(header[k]?.text ?? '')) return undefined;
  const stated = ownUnit ?? TABLE_UNIT.exec(caption);
  // « | Offre | Appels par minute | Appels par jour | »: a column headed by a plural count noun counts in it.
  if (!stated) {
    if (statedOnly) return undefined;
    // « Tableau 1 - Effectifs physiques par catégorie » over « | A | 164 | 177 | »: the caption says what the table counts.
    const captionCount = CAPTION_COUNT.exec(tidy(caption));
    // (Under a column of years or a total only: « Âge moyen », « Taux de féminisation » measure something else.)
    if (captionCount && /^(?:(?:19|20)\d\d(?:\s|$)|total|ensemble)/i.test(tidy(header[k]?.text ?? ''))) return { unit: /^effectif/i.test(captionCount[1]!) ? 'agents' : captionCount[1]!.toLowerCase(), factor: null, measure: tidy(`${captionCount[0]} ${label} ${header[k]?.text ?? ''}`) };
    // (« | Agents | dont contractuels | »: a part of the column before it, counted in its own noun.)
    const counted = /^(?:dont\s+|(?:nombre|nb)\s+(?:de\s+|d'))?([\p{L}-]+[sx])(?![\p{L}])/iu.exec(tidy(header[k]?.text ?? ''));
    if (!counted || NOT_COUNTED.test(counted[1]!) || /^(?:autorisations|engagements|effectifs|dates|périodes|exercices|totaux|objectifs|cibles|valeurs|sources|observations|remarques|commentaires)$/iu.test(counted[1]!)) return undefined;
    return { unit: counted[1]!.toLowerCase(), factor: null, measure: tidy(`${header[k]!.text} ${label}`) };
  }
  const [unit, factor] = statedTableUnit(stated);
  if (!unit) return undefined;
  const column = tidy((header[k]?.text ?? '').replace(TABLE_UNIT, ''));
  const row = tidy(label.replace(TABLE_UNIT, '').replace(UNIT_ALONE, ''));
  // « Budget 2024 » (a year column), « Coût prévisionnel 2017 » (a year row).
  return { unit, factor: factor ?? null, measure: tidy(/^(?:19|20)\d\d$/.test(column) ? `${row} ${column}` : `${column} ${row}`) };
}

/** A column headed by what it counts: « dont femmes », « Effectif », « Effectifs physiques ». */
const COUNTED_COLUMN = /^(?:dont\s+(\p{L}[\p{L}-]*[sx])|effectifs?(?:\s+(?:physiques?|totaux|total|réels?|(?:19|20)\d\d))?)$/iu;

/** A table's caption that says what its numbers count: « Tableau 1 - Effectifs … », « Jours de formation suivis … ». */
const CAPTION_COUNT = /^(?:(?:tableau|figure|graphique)\s*\d*\s*[-:.]?\s*)?(effectifs|jours|heures|postes|agents|dossiers|demandes|projets|recrutements)(?![\p{L}])/iu;

/** A column's header that announces units. */
const UNIT_COLUMN = /^unités?(?:\s+de\s+mesure)?$/iu;

/** A cell of a column of units: « % », « M€ », « mois », « jours », « heures » (not « nombre », « n.d. », « - »). */
function unitOfCell(text: string): { unit: string; factor: number | null } | undefined {
  const t = tidy(text);
  const known = TABLE_UNITS[t.toLowerCase()];
  if (known) return { unit: known[0], factor: known[1] };
  // (In lowercase, no body's type word: « | Direction | Unité | » lists organisational units, « Service des achats ».)
  if (!/^\p{Ll}[\p{L}'-]*(?:\s+\p{L}[\p{L}'-]*){0,2}$/u.test(t) || orgTypeOf(t.split(/\s/)[0]!) || /^(?:nombre|nb|indice|valeur|ratio|sans|unité|n\.?\s*d|s\.?\s*o)$/iu.test(t)) return undefined;
  return { unit: t, factor: null };
}

function tidy(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/^[\s,;:.-]+|[\s,;:.-]+$/g, '').trim();
}

/** Finds figures in one sentence. `blocked`: spans that hold no figure (dates, legal texts, phones). */
function figuresOfSentence(doc: SourceDocument, s: string, lines: Line[], sent: Sentence, blocked: SpanIndex): Fact[] {
  const facts: Fact[] = [];
  // The last figure's end in the clean copy, and whether it took the noun of the count before it (« dont 430 issus … »).
  let last: { end: number; inherited: boolean } | undefined;
  for (const n of findNumbers(s.slice(sent.start, sent.end), sent.start)) {
    if (blocked.overlaps(n.start, n.end)) continue;
    // « PR #1231 », « ticket #88 »: an identifier.
    if (s[n.start - 1] === '#') continue;
    const before = s.slice(Math.max(sent.start, n.start - 30), n.start);
    if (!n.spelled && labelBefore(before)) continue;
    // « tous les deux ans »: a frequency, not a count.
    if (/(?<![\p{L}])(?:tous|toutes)\s+les\s*$/iu.test(before)) continue;
    // Versions: « Réseau 2.0 », « v5 », « 3.0 ».
    if (n.dotDecimal && (/[\p{Lu}\p{N}]\s*$/u.test(before) || /\.0$/.test(s.slice(n.start, n.end)))) continue;
    // List numbering and slide numbers: a number opening its line, followed by a capitalised word or a marker.
    const line = lineAt({ lines }, n.start);
    if (!n.spelled && line && /^[\s\-*+•▪◦‣·>#|]*$/u.test(s.slice(line.start, n.start))) {
      if (/^(?:\s*[.)]|\s+\p{Lu}|\s*$)/u.test(s.slice(n.end, line.end)) && !/^\s*(?:%|€|[kKM]€)/u.test(s.slice(n.end, n.end + 4))) continue;
    }
    // Years (« en 2019 » is a date; « Compétences 2025 » a name): a bare 1900–2099 needs a plural unit noun.
    const isYearLike = !n.spelled && /^(?:19|20)\d\d$/.test(s.slice(n.start, n.end));

    let pos = n.end;
    let value = n.value;
    let scaleEnd = -1;
    // Word scales: « 25 millions d'adresses », « un million », « 3 milliards ».
    const scale = /^\s*(millions?|milliards?|mille)(?![\p{L}])/iu.exec(s.slice(pos, sent.end));
    if (scale && !(n.spelled && /mille$/i.test(s.slice(n.start, n.end)))) {
      value *= /^milliard/i.test(scale[1]!) ? 1e9 : /^million/i.test(scale[1]!) ? 1e6 : 1e3;
      pos += scale[0].length;
      scaleEnd = pos;
    }
    // « un », « une » are articles unless a scale follows (« un million »).
    if (n.spelled && !n.approx && n.value === 1 && scaleEnd < 0) continue;

    let unit: string | null = null;
    let unitEnd = -1;
    let measure: string | null = null;
    let euros: number | null = null;
    const rest = s.slice(pos, sent.end);
    const sym = /^\s?/.exec(rest)![0].length;
    for (const [re, factor] of SYMBOL_UNITS) {
      const m = re.exec(rest.slice(sym));
      if (m) {
        unit = /^pour/i.test(m[0]) || /^pourcent/i.test(m[0]) ? '%' : m[0].replace(/\s/g, '');
        unitEnd = pos + sym + m[0].length;
        if (factor !== null) euros = value * factor;
        break;
      }
    }
    if (unit === null && !isYearLike && /^\s*(?:euros?|EUR)(?![\p{L}])/iu.test(rest)) {
      const m = /^\s*(euros?|EUR)/iu.exec(rest)!;
      unit = m[1]!;
      unitEnd = pos + m[0].length;
      euros = value;
    }
    if (unit === null && scaleEnd >= 0) {
      // « millions d'euros », « millions d'utilisateurs internes ».
      const de = /^\s*(?:de\s+|d'\s*)/iu.exec(rest);
      if (de) {
        const eur = /^(euros?)(?![\p{L}])/iu.exec(rest.slice(de[0].length));
        if (eur) {
          unit = eur[1]!;
          unitEnd = pos + de[0].length + eur[0].length;
          euros = value;
        } else {
          const noun = countNoun(s, pos + de[0].length, sent.end, 2);
          if (noun) {
            unit = noun.unit;
            unitEnd = noun.unitEnd;
            measure = tidy(s.slice(noun.measureStart, extendMeasure(s, noun.unitEnd, sent.end)));
          }
        }
      }
      // « | Rendez-vous pris en 2024 | 3,2 millions | »: a key-figures row counts in its label's noun, scaled.
      const cell = unit === null && !isYearLike ? tableCellCount(s, sent, n.start, scaleEnd) : undefined;
      if (cell) {
        unit = cell.unit;
        unitEnd = cell.end;
        measure = cell.label;
      }
      // « | 2019 | 1,9 million | » under « | Année | Utilisateurs actifs | »: the column's header says what it counts.
      const column = unit === null && !isYearLike ? scaledColumnCount(s, lines, n.start, scaleEnd) : undefined;
      if (column) {
        unit = column.unit;
        unitEnd = scaleEnd;
        measure = column.measure;
      }
      if (unit === null) {
        // « 3 millions » alone: the scale word is the unit.
        unit = scale![1]!.toLowerCase();
        unitEnd = scaleEnd;
        value = n.value;
      }
    }
    if (unit === null && n.approx) {
      const de = /^\s*(?:de\s+|d'\s*)/iu.exec(rest);
      if (de) {
        const noun = countNoun(s, pos + de[0].length, sent.end, 2);
        if (noun) {
          unit = noun.unit;
          unitEnd = noun.unitEnd;
          measure = tidy(s.slice(noun.measureStart, extendMeasure(s, noun.unitEnd, sent.end)));
        }
      }
    }
    if (unit === null) {
      const noun = countNoun(s, pos, sent.end, value);
      if (noun) {
        unit = noun.unit;
        unitEnd = noun.unitEnd;
        measure = tidy(s.slice(noun.measureStart, extendMeasure(s, noun.unitEnd, sent.end)));
      }
    }
    // « | Programme | Ministère | AE (M€) | » above « | 341 | Comptes publics | 742,8 | »: a unit the table states for
    // the cell's column comes before a count its row's label would name (« Comptes publics » counts nothing).
    const stated = unit === null && !isYearLike ? tableUnitCell(s, lines, sent, n.start, pos, true, doc.text) : undefined;
    if (stated) {
      unit = stated.unit;
      unitEnd = pos;
      measure = stated.measure;
      if (stated.factor !== null) euros = value * stated.factor;
    }
    if (unit === null && !isYearLike) {
      // A key-figures table: « Applications en production | 180 », « Nombre d'agents\t450 » (a bare year in a
      // table is a column or a date).
      const cell = tableCellCount(s, sent, n.start, pos);
      if (cell) {
        unit = cell.unit;
        unitEnd = cell.end;
        measure = cell.label;
      }
    }
    if (unit === null && !isYearLike) {
      // « Tableau 1 – Coût du programme (en M€) » above « 2017 | 142,0 | 4,1 »: the table states the unit.
      const cell = tableUnitCell(s, lines, sent, n.start, pos, false, doc.text);
      if (cell) {
        unit = cell.unit;
        unitEnd = pos;
        measure = cell.measure;
        if (cell.factor !== null) euros = value * cell.factor;
      }
    }
    if (unit === null && !isYearLike) {
      // « Nombre d'offres reçues : 7 », « Nombre de projets accompagnés : 18 »: the label counts in its noun.
      const label = COUNT_LABEL.exec(s.slice(lineStartWithin(s, n.start, 80), n.start));
      if (label && !NOT_COUNTED.test(label[1]!)) {
        unit = label[1]!;
        unitEnd = pos;
        measure = tidy(label[0].replace(/\s*:\s*$/, ''));
      }
    }
    if (unit === null && !isYearLike) {
      // « Membres en exercice : 83 – Présents : 71 – Représentés : 8 »: a plural label right before its number, the
      // number alone up to the next separator.
      const segmentStart = lineStartWithin(s, n.start, 60);
      const label = LABELLED_COUNT.exec(s.slice(segmentStart, n.start));
      if (label && !NOT_COUNTED.test(label[1]!) && LABELLED_COUNT_AFTER.test(s.slice(pos, pos + 4))) {
        unit = label[1]!.toLowerCase();
        unitEnd = pos;
        measure = tidy(label[0].replace(/^[\s–—|;•-]+|\s*:\s*$/g, ''));
      }
    }
    if (unit === null && !isYearLike) {
      // « Dossiers déposés en 2024 : 164 300 », « - Agents formés : 1 250 » (a record's line): a label opening its line
      // with a plural noun, then the number alone up to the line's end.
      const lineStart = line ? line.start : s.lastIndexOf('\n', n.start - 1) + 1;
      const label = LINE_LABEL_COUNT.exec(s.slice(lineStart, n.start));
      if (label && !NOT_COUNTED.test(label[1]!) && !NOT_A_COUNT_NOUN.test(label[1]!) && /^[ \t]*(?:\n|$)/.test(s.slice(pos, pos + 3))) {
        unit = label[1]!.toLowerCase();
        unitEnd = pos;
        measure = tidy(label[0].replace(/^[\s*•-]+|\s*:\s*$/g, ''));
      }
    }
    let unitFromPart = false;
    if (unit === null && !isYearLike) {
      // « 29 de ces projets », « 87 des 212 applications »: a share, counted in the noun after.
      const partitive = PARTITIVE_AFTER.exec(s.slice(n.end, sent.end));
      const previous = facts.length ? (facts[facts.length - 1]!.data as { unit: string; normalised?: unknown }) : undefined;
      if (partitive && !NOT_COUNTED.test(partitive[1]!) && !NOT_UNIT.has(partitive[1]!.toLowerCase())) {
        unit = partitive[1]!;
        unitEnd = n.end + partitive[0].length;
        measure = unit;
      } else if (previous && !previous.normalised && !ELIDED_UNIT_NOT.test(previous.unit) && /(?<![\p{L}])dont\s+$/iu.test(s.slice(Math.max(sent.start, n.start - 8), n.start))) {
        // « 64 démarches en ligne, dont 41 sont instruites … »: the noun left out is the one just counted.
        unit = previous.unit;
        unitEnd = n.end;
      } else if (previous && !previous.normalised && !ELIDED_UNIT_NOT.test(previous.unit) && BARE_PART_AFTER.test(s.slice(n.end, n.end + 16))) {
        // « Sur les 106 critères, 58 étaient applicables : 42 sont conformes et 16 non conformes », « deux démarches
        // sont conformes et trois ne le sont pas »: a number the sentence goes on about, in the noun it counted before.
        unit = previous.unit;
        unitEnd = n.end;
        unitFromPart = true;
      } else if (previous && !previous.normalised && previous.unit !== '%' && !ELIDED_UNIT_NOT.test(previous.unit) && TOTAL_OR_TARGET_BEFORE.test(s.slice(Math.max(sent.start, n.start - 40), n.start)) && BARE_NUMBER_END.test(s.slice(n.end, n.end + 12))) {
        // « 9 800 agents équipés sur 14 500 », « 48 200 comptes créés, pour une cible de 40 000 » : the total or the
        // target of the noun just counted.
        unit = previous.unit;
        unitEnd = n.end;
      } else if (previous && last?.inherited && PART_FROM_BODY_AFTER.test(s.slice(n.end, n.end + 12)) && PART_GAP.test(s.slice(last.end, n.start))) {
        // « 430 issus du SNum, 72 de la MiDI et 208 du CSIN »: the next parts of the same count, said shorter.
        unit = previous.unit;
        unitEnd = n.end;
        unitFromPart = true;
      }
    }
    if (unit === null || unitEnd < 0) continue;
    // A mark out of a scale (« 8,1/10 ») is at most its scale (« 12/10 » is a day), is no share (« 3/5 des projets »)
    // nor a day (« la réunion du 3/10 »), and is one where a mark is spoken of, around it or in its column's header.
    if (unit.startsWith('/')) {
      if (value > Number(unit.slice(1)) || /^\s+(?:des|de|d')(?![\p{L}])/iu.test(s.slice(unitEnd, unitEnd + 5)) || /(?<![\p{L}])(?:du|le|au)\s+$/iu.test(s.slice(Math.max(sent.start, n.start - 4), n.start))) continue;
      if (!MARK_CONTEXT.test(s.slice(Math.max(sent.start, n.start - 80), Math.min(sent.end, unitEnd + 60))) && !MARK_CONTEXT.test(columnHeaderAt(s, lines, n.start))) continue;
    }
    if (isYearLike && (!/[sxz]$/.test(unit) || euros !== null || unit === '%')) continue;
    // « vers six heures et demie, sept heures », « dès huit heures »: a time of day, not a duration.
    if (/^heures?$/iu.test(unit) && (TIME_OF_DAY_BEFORE.test(s.slice(Math.max(sent.start, n.start - 30), n.start)) || TIME_OF_DAY_AFTER.test(s.slice(unitEnd, unitEnd + 12)))) continue;

    let start = n.start;
    let qualifier: string | null = null;
    const q = QUALIFIER_BEFORE.exec(s.slice(Math.max(sent.start, n.start - 30), n.start));
    if (q) {
      const index = q.slice(1).findIndex((g) => g !== undefined);
      qualifier = QUALIFIERS[index]![0];
      start = n.start - q[0].length;
    }
    if (n.approx) qualifier = qualifier ? tidy(s.slice(start, n.end)).toLowerCase() : n.approx;
    // (A table whose header cells are blank, « | --- | ---: | » above « | € | 2 400 | », names no measure: the sentence's words.)
    if (!measure) measure = measureAround(s, sent, start, unitEnd) || null;

    // « 1,2 million d'agents …, sur un objectif de 2,5 millions », « 412 agents, dont 288 issus du SRI »: the noun
    // left out is the one the sentence counted just before.
    const counted = facts.length ? (facts[facts.length - 1]!.data as { unit: string; normalised?: unknown }) : undefined;
    let inherited = false;
    if (counted && !counted.normalised && euros === null && !ELIDED_UNIT_NOT.test(counted.unit)) {
      const magnitude = MAGNITUDE_UNIT[unit.toLowerCase()];
      if (magnitude && !/^\s*(?:de\s|d')/iu.test(s.slice(unitEnd, unitEnd + 4))) {
        value = Number((value * magnitude).toPrecision(15));
        unit = counted.unit;
      } else if (/(?<![\p{L}])dont\s+$|:\s*$/iu.test(s.slice(Math.max(sent.start, start - 8), start)) && /^(?:issu|venu|recruté|affecté|basé|situé|réparti|détaché|mis|placé|employé|rattaché|installé|formé|accueilli|transféré|originaire)e?s?$/u.test(unit)) {
        // (« 710 agents : 430 issus du SNum, … » likewise.)
        unit = counted.unit;
        inherited = true;
      } else if (/(?<![\p{L}])(?:sur|parmi)\s+(?:(?:les|ces)\s+)?$/iu.test(s.slice(Math.max(sent.start, start - 12), start)) && /[^\s](?:ée?s|és)$/u.test(unit)) {
        // « 212 applications avaient été migrées sur les 1 450 recensées », « 62 démarches en ligne sur 70 recensées »:
        // the total of the noun counted before.
        unit = counted.unit;
      }
    }
    const data: FactData & { kind: 'figure' } = { kind: 'figure', value, unit, qualifier, measure, subject: null };
    // « 4,1 Md€ » is 4.1 × 10⁹ in binary floating point: 4099999999.9999995; 15 significant digits give it back.
    if (euros !== null) data.normalised = { value: Number(euros.toPrecision(15)), unit: '€' };
    facts.push(factAt(doc, 'figures', start, unitEnd, data));
    last = { end: unitEnd, inherited: inherited || unitFromPart };
  }
  // « passé de 45 à 12 jours », « de 85 à 150 véhicules », « entre 3 et 5 ans »: a range's first number, in the unit
  // its second one writes.
  if (facts.length && /\d\s+(?:à|et)\s+\d/.test(s.slice(sent.start, sent.end))) {
    for (const r of s.slice(sent.start, sent.end).matchAll(RANGE_START)) {
      const at = sent.start + r.index + r[0].search(/\d/);
      const to = sent.start + r.index + r[0].length;
      const second = facts.find((f) => f.start === to && f.data.kind === 'figure');
      if (!second || second.data.kind !== 'figure' || facts.some((f) => f.start <= at && at < f.end)) continue;
      // (« entre 46 000 et 58 000 € », « de 2 à 3 M€ »: an amount's first number in euros too, by its symbol's factor.)
      const { unit, normalised, measure } = second.data;
      const factor = normalised ? (SYMBOL_UNITS.find(([re]) => re.test(unit))?.[1] ?? null) : null;
      if (normalised && factor === null) continue;
      const value = parseDigits(r[1]!.replace(/[ \u00a0\u202f]/g, ''), r[2]);
      const data: FactData & { kind: 'figure' } = { kind: 'figure', value, unit, qualifier: null, measure, subject: null };
      if (factor !== null) data.normalised = { value: Number((value * factor).toPrecision(15)), unit: '€' };
      facts.push(factAt(doc, 'figures', at, at + r[1]!.length + (r[2] ? r[2].length + 1 : 0), data));
    }
    facts.sort((a, b) => a.start - b.start);
  }
  return facts;
}

/** A range's first number and the word before its second: « de 45 à », « entre 3 et ». */
const RANGE_START = /(?<![\p{L}\p{N}])(?:de|entre)\s+(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,(\d+))?\s+(?:à|et)\s+(?=\d)/gu;

/** Before a number of hours, what makes it a time of day: « vers », « dès », « à », or another time and a comma. */
// (Not « à »: « supérieure à 24 heures », « de 48 à 6 heures » are durations.)
// (Nor « avant », « après »: « après 48 heures d'hospitalisation »; nor a list of durations, « 35 heures, 70 heures ».)
const TIME_OF_DAY_BEFORE = /(?:(?<![\p{L}])(?:vers|dès)|heures?\s+et\s+(?:demie|quart)\s*,)\s*$/iu;
/** After it: « et demie », « et quart », « du matin », « du soir », « pile », minutes (« 11 heures 05 »). */
// (« à vingt et une heures trente. »: minutes said in words, ending the phrase; « en 24 heures quinze dossiers » is a
// duration and a count.)
const TIME_OF_DAY_AFTER = /^\s*(?:et\s+(?:demie|quart)|du\s+(?:matin|soir)|pile|\d{2}(?![\p{L}\p{N}])|(?:cinq|dix|quinze|vingt|vingt-cinq|trente|trente-cinq|quarante|quarante-cinq|cinquante|cinquante-cinq)(?![\p{L}-])(?=\s*(?:[.,;:)]|$)))(?![\p{L}])/iu;

/** A capitalised plural label (and up to three words) opening a segment, then « : »: « Présents : », « Membres en exercice : ». */
// (People counted at a meeting or a vote: « Droits d'inscription : 170 » is an amount, « Renseignements : 3939 » a
// phone number.)
const LABELLED_COUNT = /(?:^\s*|[–—|;•]\s*|\s-\s*)((?:Membres|Présents|Représentés|Absents|Excusés|Votants|Inscrits|Exprimés|Suffrages|Participants|Agents|Élus|Titulaires|Suppléants|Abstentions|Pouvoirs))(?:\s+[\p{L}'-]+){0,3}\s*:\s*$/u;
/** A label opening its line with a plural noun, then a colon: « Dossiers déposés en 2024 : », « - Agents formés : ». */
// (A noun and what qualifies it: « Renseignements : 3939 » alone is a service's number.)
const LINE_LABEL_COUNT = /^[ \t]*(?:[-*•][ \t]+)?(\p{Lu}\p{Ll}+[sx])(?:[ \t]+[\p{L}\d'-]+){1,5}[ \t]*:[ \t]*$/u;

/** After that number: the end of the segment (a dash, a bar, a semicolon, the line's end). */
const LABELLED_COUNT_AFTER = /^\s*(?:[–—|;•]|-\s|$|\n)/u;

/** A part of a count said by where it comes from: « 72 de la MiDI », « 208 du CSIN » (a body, capitalised). */
const PART_FROM_BODY_AFTER = /^\s+(?:de\s+la|de\s+l'|du|des)\s*\p{Lu}/u;

/** After a bare number: a verb or a negation it is the subject of (« 42 sont conformes », « 16 non conformes »). */
const BARE_PART_AFTER = /^\s+(?:sont|étaient|seront|restent|restaient|demeurent|ont|avaient|n'|ne\s|non\s)/u;

/** Between two parts of a count: the first part's body, then a comma or « et » (« issus du SNum, 72 … »). */
const PART_GAP = /^(?:\s+(?:de\s+la|de\s+l'|du|des)\s*[\p{L}'-]+)?\s*(?:,|et)\s*$/u;

/** After a number, a share of things counted: « de ces projets », « des 212 applications », « parmi les dossiers ». */
// (« 54 de ses 62 membres »: a share of a body's own.)
const PARTITIVE_AFTER = /^\s+(?:de\s+ces|des|parmi\s+(?:ces|les)|de\s+(?:ses|leurs|nos|vos))\s+(?:\d[\d\s\u00a0]*\s+)?([\p{L}-]+[sx])(?![\p{L}])/u;

/** Magnitude words that stand for a number, not a unit (« 2,5 millions » of something said before). */
const MAGNITUDE_UNIT: Record<string, number> = { million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9 };
/** Units a later number does not take over (a rate, a share, a duration). */
const ELIDED_UNIT_NOT = /^(?:%|fois|ans|mois|jours|heures|semaines|minutes|h)$/u;

const URL_START = /(?:https?:\/\/|www\.)[^\s<>"«»]+/gu;
const EMAIL_LOCAL = /^[\p{L}\p{N}._%+-]$/u;
const EMAIL_DOMAIN = /[\p{L}\p{N}.-]+/uy;

/**
 * The spans of `s.matchAll(/(?:https?:\/\/|www\.)[^\s<>"«»]+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+/gu)`, in linear
 * time. That regex tries its e-mail branch at every position of every word (a run of letters that reaches no « @ »
 * is matched, then given back letter by letter): 15 % of extraction. Here the e-mail branch starts from the « @ »
 * signs: the leftmost e-mail match at or after `pos` is at the first « @ » that has an address character just
 * before it (at or after `pos`) and a domain character just after it; it starts where that run of address
 * characters starts, not before `pos`. The leftmost of the URL and e-mail matches is taken, the URL on a tie (the
 * alternation's order). Neither search depends on `pos` but through that clipping, so both are cached while valid.
 */
export function urlAndEmailSpans(s: string): Span[] {
  const out: Span[] = [];
  let url: { index: number; end: number } | null | undefined;
  let email: { at: number; runStart: number; end: number } | null | undefined;
  let searchFrom = 0;
  for (let pos = 0; pos < s.length; ) {
    if (url === undefined || (url !== null && url.index < pos)) {
      URL_START.lastIndex = pos;
      const m = URL_START.exec(s);
      url = m ? { index: m.index, end: m.index + m[0].length } : null;
    }
    if (email === undefined || (email !== null && email.at - 1 < pos)) {
      email = null;
      for (let q = s.indexOf('@', Math.max(searchFrom, pos + 1)); q >= 0; q = s.indexOf('@', q + 1)) {
        searchFrom = q + 1;
        let runStart = q;
        for (let cp = codePointBefore(s, runStart); runStart > 0 && EMAIL_LOCAL.test(cp); cp = codePointBefore(s, runStart)) runStart -= cp.length;
        if (runStart === q) continue;
        EMAIL_DOMAIN.lastIndex = q + 1;
        const domain = EMAIL_DOMAIN.exec(s);
        if (!domain) continue;
        email = { at: q, runStart, end: q + 1 + domain[0].length };
        break;
      }
    }
    const emailStart = email ? Math.max(pos, email.runStart) : Infinity;
    let next: Span;
    if (url && url.index <= emailStart) next = { start: url.index, end: url.end };
    else if (email) next = { start: emailStart, end: email.end };
    else break;
    out.push(next);
    pos = next.end;
  }
  return out;
}

/** A markup component with a number and its caption: <KeyFigure value="38 000" label="agents inscrits" />. */
const COMPONENT = /<[A-Za-z][\w.]*\b[^<>]*>/g;
const VALUE_ATTRIBUTE = /\b(?:valeur|value|nombre|number|chiffre|montant|amount)\s*=\s*["{]\s*"?([^"{}<>]{1,30}?)"?\s*["}]/i;
const LABEL_ATTRIBUTE = /\b(?:l[ée]gende|label|libell[ée]|titre|title|description|texte|text)\s*=\s*"([^"<>]{2,160})"/i;

/**
 * Key figures written as components (MDX, HTML custom elements): the number in one attribute, what it counts in
 * another (« <Chiffre valeur="11 500" legende="offres publiées chaque mois" /> » → 11 500 offres).
 */
function componentFigures(doc: SourceDocument): Fact[] {
  const out: Fact[] = [];
  if (!doc.text.includes('=')) return out;
  for (const tag of doc.text.matchAll(COMPONENT)) {
    const v = VALUE_ATTRIBUTE.exec(tag[0]);
    const l = v ? LABEL_ATTRIBUTE.exec(tag[0]) : null;
    if (!v || !l) continue;
    const raw = v[1]!.trim();
    const number = /^(\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d+)(?:,(\d+))?\s*(%|M€|k€|Md€|€)?$/u.exec(raw);
    if (!number) continue;
    const value = parseDigits(number[1]!.replace(/[ \u00a0\u202f.]/g, ''), number[2]);
    const label = l[1]!.trim();
    let unit: string | null = number[3] ?? null;
    let euros: number | null = null;
    if (unit) {
      const factor = SYMBOL_UNITS.find(([re]) => re.test(unit!))?.[1] ?? null;
      if (factor !== null) euros = value * factor;
    } else {
      const noun = countNoun(label, 0, label.length, value);
      if (!noun) continue;
      unit = noun.unit;
    }
    // The value where its attribute stands (an earlier attribute may hold the same text: « id="5" … valeur="5" »).
    const at = tag.index + v.index + v[0].lastIndexOf(v[1]!);
    const data: FactData & { kind: 'figure' } = { kind: 'figure', value, unit, qualifier: null, measure: tidy(label) || null, subject: null };
    if (euros !== null) data.normalised = { value: Number(euros.toPrecision(15)), unit: '€' };
    out.push(factAt(doc, 'figures', at, at + v[1]!.length, data));
  }
  return out;
}

/** A column's header that says what its numbers count: « Nombre d'agents », « Nb de dossiers », « Volume (dossiers) ». */
const COUNT_COLUMN_HEADER = /^(?:nombre|nb)\s+(?:total\s+)?(?:de\s+|d['’])\s*([\p{L}-]+[sx])(?![\p{L}])/iu;

/** A non-breaking or thin space written as an HTML entity. */
const SPACE_ENTITY = /&(?:nbsp|#160|#x0*a0|#8239|#x0*202f|thinsp|#8201|#x0*2009);/giu;

/** A header's parenthesis naming a duration its numbers are in: « Délai moyen (jours) », « Durée (en mois) ». */
const DURATION_IN_HEADER = /\((?:en\s+)?(jours|mois|semaines|heures|minutes|ans|années)\)/iu;

/** Plural nouns heading a column of measures or of labels, not of things counted (« Surfaces », « Notes », « Statuts »). */
const NOT_A_COLUMN_COUNT = /^(?:surfaces|superficies|moyens|besoins|notes|scores|volumes|évolutions|avancements|progrès|délais|durées|tendances|priorités|niveaux|degrés|tailles|distances|températures|autorisations|engagements|effectifs|exercices|observations|remarques|commentaires|statuts|phases|étapes|actions|mesures|indicateurs|pilotes|partenaires|porteurs|responsables|contacts|liens|noms|intitulés|libellés|types|catégories|thèmes|objets|descriptions)$/iu;

/**
 * What an HTML table's column holds, by its header: a unit it states (« Satisfaction (%) », « Coût (en M€) », « Délai
 * (jours) »), a count it names (« Nombre d'agents », « Volume (dossiers) »), or the plural noun that heads it
 * (« Usagers », « Demandes reçues »); null for anything else (« Taux », « Date », « Observations », « Surfaces »).
 */
function htmlColumnUnit(header: string): { unit: string; factor: number | null } | null {
  const stated = TABLE_UNIT.exec(header);
  if (stated) {
    const [unit, factor] = statedTableUnit(stated);
    return unit ? { unit, factor: factor ?? null } : null;
  }
  const duration = DURATION_IN_HEADER.exec(header);
  if (duration) return { unit: duration[1]!.toLowerCase(), factor: null };
  const counted = COUNT_COLUMN_HEADER.exec(header) ?? PARENTHESISED_COUNT.exec(header) ?? /^([\p{L}-]+[sx])(?![\p{L}'’])/u.exec(header);
  if (!counted || NOT_COUNTED.test(counted[1]!) || NOT_A_COUNT_NOUN.test(counted[1]!) || NOT_A_COLUMN_COUNT.test(counted[1]!)) return null;
  return { unit: counted[1]!.toLowerCase(), factor: null };
}

/**
 * The counts of an HTML table's columns headed by what they count (« <th>Nombre d'agents</th> » then « <td>7</td> »):
 * a number alone in a cell, counted in the header's noun, measured by the row's first cell (tables.ts reads the
 * table; no line of the clean copy holds its cells).
 */
function countColumnFigures(doc: SourceDocument): Fact[] {
  const out: Fact[] = [];
  if (!/<t[hd]\b/i.test(doc.text)) return out;
  // A number alone in a cell (« 18&nbsp;400 »: a space written as an entity groups the digits too), in `unit`.
  const cellFigure = (cell: Cell | undefined, unit: string, factor: number | null, measure: string) => {
    const number = cell ? /^\s*(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,(\d+))?\s*$/u.exec(cell.text.replace(SPACE_ENTITY, '\u00a0')) : null;
    if (!cell || !number) return;
    const at = doc.text.indexOf(number[1]!.split(/[ \u00a0\u202f]/)[0]!, cell.start);
    const raw = at >= 0 ? doc.text.slice(at, cell.end).trimEnd() : '';
    if (at < 0 || raw.replace(SPACE_ENTITY, '').replace(/[ \u00a0\u202f]/g, '') !== `${number[1]}${number[2] ? `,${number[2]}` : ''}`.replace(/[ \u00a0\u202f]/g, '')) return;
    const value = parseDigits(number[1]!.replace(/[ \u00a0\u202f]/g, ''), number[2]);
    const data: FactData & { kind: 'figure' } = { kind: 'figure', value, unit, qualifier: null, measure: tidy(measure) || null, subject: null };
    if (factor !== null) data.normalised = { value: Number((value * factor).toPrecision(15)), unit: '€' };
    out.push(factAt(doc, 'figures', at, at + raw.length, data));
  };
  for (const table of findTables(doc.text)) {
    // (Markdown, tab and aligned tables are rows of the clean copy, read with their lines: HTML ones only.)
    if (!/^<tr\b/i.test(doc.text.slice(table.rows[0]?.line.start ?? 0, (table.rows[0]?.line.start ?? 0) + 3))) continue;
    // A table of labels and their values, its first row one of them (« <th>Applications en production</th><td>236</td> »):
    // a label that opens with a plural noun says what its value counts.
    if (table.header.length === 2 && table.rows.every((r) => r.cells.length === 2) && /^\s*\d/.test(table.header[1]!.text)) {
      for (const cells of [table.header, ...table.rows.map((r) => r.cells)]) {
        const label = tidy(cells[0]!.text);
        const head = rowLabelCount(label);
        if (head && !NOT_A_COUNT_NOUN.test(head) && !NOT_A_COLUMN_COUNT.test(head) && !/^\s*(?:19|20)\d\d\s*$/.test(cells[1]?.text ?? '')) cellFigure(cells[1], head.toLowerCase(), null, label);
      }
      continue;
    }
    // The table's unit, when its caption states one (« Crédits exécutés en 2025 (en M€, crédits de paiement) »).
    const caption = captionOf(doc.text, table.header[0]?.start ?? 0);
    const captionStated = TABLE_UNIT.exec(caption);
    const [captionUnit, captionFactor] = captionStated ? statedTableUnit(captionStated) : [];
    table.header.forEach((h, k) => {
      const headerText = tidy(h.text);
      // (« dont contractuels »: a column of a part counts what it names.)
      let column = k > 0 ? htmlColumnUnit(headerText.replace(PART_OF_COLUMN, '')) : null;
      // A column that states nothing of its own holds the caption's amounts (not one of years, dates or codes).
      if (!column && k > 0 && captionUnit && !NOT_AN_AMOUNT_COLUMN.test(headerText)) column = { unit: captionUnit, factor: captionFactor ?? null };
      if (!column) return;
      for (const { cells } of table.rows) {
        cellFigure(cells[k], column.unit, column.factor, `${headerText.replace(TABLE_UNIT, '').replace(DURATION_IN_HEADER, '')} ${cells[0]?.text ?? ''}`);
      }
    });
  }
  return out;
}

/** A column of a part of the one before: « dont contractuels », « dont femmes ». */
const PART_OF_COLUMN = /^dont\s+(?!(?:plus|moins|hors|sous|environ|près|fonds)(?![\p{L}]))/iu;

/** Columns of no amount, whatever the caption states: years, dates, periods, ranks, numbers and codes. */
const NOT_AN_AMOUNT_COLUMN = /^(?:années?|dates?|exercices?|périodes?|rangs?|n°|numéros?|codes?|identifiants?|références?|effectifs?|ETPT?|emplois|taux|parts?|ratios?|indices?|notes?|nombre|nb|programmes?|actions?|missions?|dont\s+(?:plus|moins|hors|sous))(?![\p{L}])/iu;

/** The text of an HTML table's « <caption> », the table found by the offset of its first cell; '' when it has none. */
function captionOf(text: string, firstCellAt: number): string {
  const open = text.lastIndexOf('<table', firstCellAt);
  if (open < 0) return '';
  const caption = /<caption\b[^>]*>([\s\S]*?)<\/caption>/i.exec(text.slice(open, firstCellAt));
  return caption ? tidy(decodeCell(caption[1]!)) : '';
}

/** Right before a number alone: a total (« … sur 14 500 ») or a target (« pour une cible de », « objectif 2027 : »). */
// (Or the value it is compared with: « 480 membres, contre 320 en 2023 », « contre 155 un an plus tôt ».)
const TOTAL_OR_TARGET_BEFORE = /(?:(?<![\p{L}])sur|(?<![\p{L}])(?:cible|objectif)(?:\s+(?:à\s+mi-parcours|initiale?|visée?|fixée?|annuelle?|(?:19|20)\d\d))?\s*(?:de|d'|:)|,\s*contre(?:\s+(?:près\s+de|environ|plus\s+de|moins\s+de))?)\s*$/iu;
/** After such a number: the clause ends, or says when (« … de 50 fin 2025 », « sur 340, soit 62 % », « un an plus tôt »). */
const BARE_NUMBER_END = /^\s*(?:[,;.)]|$|(?:fin|début|d'ici|en|au|à|soit|pour|un\s+an|l'an|l'année|auparavant|précédemment|il\s+y\s+a)(?![\p{L}]))/iu;

/** A block that holds a number alone (« 2,4 millions », « 96 », « 38 % »): a key figure of a grid. */
const NUMBER_BLOCK = /^\s*\d[\d\s.,]*(?:\s*(?:millions?|milliards?))?(?:\s*(?:%|Md€|M€|k€|€))?\s*;?\s*$/u;

/** The block after it that says what it counts: lowercase words (« de titres délivrés », « départements couverts »). */
const LABEL_BLOCK = /^\s*(?:(?:de|des|d')\s*)?[a-zéèêàâîôûç]/u;

/** A number that is no count when alone in a block: a year, a version (« 2.1 »). */
const NOT_KEY_FIGURE = /^\s*(?:(?:19|20)\d\d|\d+\.\d+(?:\.\d+)*)\s*;?\s*$/u;
/** A label that opens with a verb (« remplissez le formulaire », « consulter ») labels no figure. */
const VERB_LABEL = /^\s*[a-zéèêàâîôûç]+(?:ez|er|ir)(?![\p{L}])/u;

/**
 * The sentences to read figures in. In a grid of key figures written in HTML (« <p>2,4 millions</p><p>de titres
 * délivrés</p> »), a block holding a number alone and the block after it that labels it are read as one sentence:
 * the blocks' separators between them read as spaces (in a copy of the clean text, the offsets unchanged).
 */
function keyFigureSentences(clean: string, sentences: readonly Sentence[], original: string): Array<{ sent: Sentence; clean: string }> {
  const out: Array<{ sent: Sentence; clean: string }> = [];
  for (let i = 0; i < sentences.length; i++) {
    const sent = sentences[i]!;
    let k = i + 1;
    while (k < sentences.length && /^[\s;]*$/.test(sentences[k]!.text)) k++;
    const label = sentences[k];
    // (Blocks of a grid, not a table's cells nor a list's items: « <td>2024</td><td>recrutements … » is a row.)
    if (
      label &&
      NUMBER_BLOCK.test(sent.text) &&
      !NOT_KEY_FIGURE.test(sent.text) &&
      LABEL_BLOCK.test(label.text) &&
      !VERB_LABEL.test(label.text) &&
      /^[ \t;]*$/.test(clean.slice(sent.end, label.start)) &&
      /;\s*$/.test(clean.slice(sent.start, label.start)) &&
      !/<(?:td|th|li)\b/i.test(original.slice(sent.end, label.start))
    ) {
      const joined = clean.slice(0, sent.start) + clean.slice(sent.start, label.start).replace(/;/g, ' ') + clean.slice(label.start);
      out.push({ sent: { ...label, start: sent.start, text: joined.slice(sent.start, label.end) }, clean: joined });
      i = k;
      continue;
    }
    out.push({ sent, clean });
  }
  return out;
}

/** The figures extractor. */
export const figuresExtractor: Extractor = {
  id: 'figures',
  version: 65,
  extract(doc: SourceDocument) {
    const p = prepared(doc.text);
    const s = p.clean;
    const blocked = new SpanIndex([
      ...parseDates(s, 0, s.length, doc.date),
      ...findLegalTexts(s, 0, s.length, doc.date),
      ...[...s.matchAll(PHONE)].map((m) => ({ start: m.index, end: m.index + m[0].length })),
      // Times: « 14h30 », « 9 h 15 », « 10:30 ».
      ...[...s.matchAll(/(?<![\p{N}])\d{1,2}\s?h\s?\d{2}(?![\p{N}])|(?<![\p{N}])\d{1,2}:\d{2}(?![\p{N}])/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length })),
      // URLs and e-mail addresses.
      ...urlAndEmailSpans(s),
    ]);
    // (The English half of a bilingual page says the French one's figures again.)
    const facts = keyFigureSentences(s, p.sentences, doc.text)
      .filter(({ sent }) => !isEnglish(sent.text))
      .flatMap(({ sent, clean }) => figuresOfSentence(doc, clean, p.lines, sent, blocked));
    facts.push(...componentFigures(doc));
    // (An HTML table's counts, « <th>Nombre d'agents</th> » over « <td>7</td> », which no line of the clean copy holds;
    // a cell holding its number alone, a fact found there already starts where it does: looked up, not scanned.)
    const counted = countColumnFigures(doc);
    if (counted.length) {
      const starts = new Set(facts.map((f) => f.start));
      for (const f of counted) if (!starts.has(f.start)) facts.push(f);
    }
    // (A YAML data file's key figures, « chiffre: "186" » and « libelle: "agents …" », where the number alone said no unit.)
    for (const f of yamlFacts(doc, 'figures')) if (!facts.some((g) => g.start <= f.start && f.end <= g.end)) facts.push(f);
    return { facts: facts.sort((a, b) => a.start - b.start), issues: [] };
  },
};
