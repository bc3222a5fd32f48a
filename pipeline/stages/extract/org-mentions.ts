/**
 * Finds organisation mentions in a prepared text: acronym definitions (both orders, Schwartz–Hearst letter
 * matching adapted to French), named type-word phrases (« la direction interministérielle du … »,
 * « le département « X » »), and undefined acronyms used as bodies (« la ABCD »). Pure; used by the
 * organisations extractor and by the extractors that attach facts to an organisation.
 */
import type { OrganisationType } from '../../types/domain.ts';
import {
  CONTAINS_VERBS,
  GENERIC_ACRONYMS,
  ORG_TYPE_ALTERNATION,
  PREDICATE_WORDS,
  LOWERCASE_PREDICATE_VERBS,
  STOPWORDS,
  CAPITAL_FUNCTION_WORDS,
  COUNT_WORD_ALTERNATION,
  SUB_UNIT_TYPES,
  isGivenName,
  orgTypeOf,
  productTypeOf,
  PRODUCT_TYPE_ALTERNATION,
  REMIT_VERB_ALTERNATION,
  ROLE_ALTERNATION,
  SOFTWARE_WORD_ALTERNATION,
  TITLE_WORDS_IN_CAPITALS,
} from './lexicon.ts';
import { hasHtmlReference, lineAt, sentenceAt, type PreparedText } from './text.ts';

export interface OrgMention {
  /** Span of the whole mention (name and acronym when defined together). */
  start: number;
  end: number;
  name: string | null;
  acronym: string | null;
  type: OrganisationType | null;
  /** Span of the name alone (for « de la » parent detection). */
  nameStart: number;
  nameEnd: number;
  /** How it was found: 'definition' (name + acronym), 'named' (type word phrase), 'acronym' (acronym alone). */
  how: 'definition' | 'named' | 'acronym';
  /** For product-headed definitions (« plateforme … (ABC) »): the product type; the mention is then not an organisation. */
  productType?: string;
}

/** An acronym token: 2–12 chars, starts with a capital, at least two capitals, not only digits. */
const ACRONYM = String.raw`[A-ZÉ][A-Za-zÉ0-9&]{1,11}(?:-[A-Z][A-Z0-9]{1,5}(?![a-z]))?`;
const ACRONYM_RE = new RegExp(`^${ACRONYM}$`);
/** Acronyms written as a word (« Dinum », « Arcep »): accepted only with a spelled-out long form. */
const WORD_ACRONYM = /^[A-ZÉ][a-zé]{2,7}$/;
/** An acronym of syllables, each opened by a capital: « DiTraN », « MiNum » (a definition's capitals spell its words). */
const SYLLABLE_ACRONYM = /^(?:[A-ZÉ][a-zé]{0,3}){2,6}$/;

const isCapital = (c: string) => (c >= 'A' && c <= 'Z') || c === 'É';
const isLower = (c: string) => c >= 'a' && c <= 'z';

/** How many characters of `s` satisfy `test` (without building a filtered copy). */
function count(s: string, test: (c: string) => boolean): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (test(s[i]!)) n++;
  return n;
}

export function looksLikeAcronym(token: string): boolean {
  if (!ACRONYM_RE.test(token)) return false;
  const capitals = count(token, isCapital);
  if (capitals < 2) return false;
  // Mostly capitals: « DSIn », « 3DS », « SGAx » yes; « Paris », « France » no.
  const lowers = count(token, isLower);
  // « DiCaR », « CoRA »: capitals alternating with fewer lowercase letters.
  return lowers <= Math.max(1, Math.floor(capitals / 2)) || /^[A-Z]{2,}[a-z]{1,3}$/.test(token) || (capitals >= 3 && lowers < capitals && /^(?:[A-ZÉ][a-zé]?)+$/.test(token));
}

interface Word {
  text: string;
  start: number;
  end: number;
}

const WORD_CHARS = 'A-Za-zÀ-ÖØ-öø-ÿŒœ0-9';
/** A word: letters and digits, hyphen-joined, with its elision apostrophe (« l' »). */
const WORD = new RegExp(`[${WORD_CHARS}]+(?:-[${WORD_CHARS}]+)*'?`, 'g');
/** A domain name is one word (« exemple.gouv.fr »). */
const DOMAIN_WORD = new RegExp(`[${WORD_CHARS}]+(?:-[${WORD_CHARS}]+)*(?:\\.[a-z0-9-]+)*\\.(?:gouv\\.fr|fr|org|eu|com|net|io)(?!\\w|\\.[a-z])`, 'y');

/**
 * The first word of `slice` at or after `from`: the match of `DOMAIN_WORD|WORD`. Both start with the same
 * hyphenated run of letters, and a domain can only go on from the end of that run with a dot: it is tried only
 * there (trying it first on every word cost a backtrack per letter).
 */
function nextWord(slice: string, from: number): Word | null {
  WORD.lastIndex = from;
  const m = WORD.exec(slice);
  if (!m) return null;
  let text = m[0];
  if (slice[m.index + text.length] === '.') {
    DOMAIN_WORD.lastIndex = m.index;
    text = DOMAIN_WORD.exec(slice)?.[0] ?? text;
  }
  return { text, start: m.index, end: m.index + text.length };
}

/** Words of clean[from, to) (letters, digits, apostrophe-joined elisions split: « l'État » → « l' », « État »). */
function wordsIn(clean: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  const slice = clean.slice(0, to);
  for (let w = nextWord(slice, from); w; w = nextWord(slice, w.end)) out.push(w);
  return out;
}

/** The words of clean[from, to), read only as far as they are asked for: `word(k)` is wordsIn(clean, from, to)[k]. */
function wordReader(clean: string, from: number, to: number): (k: number) => Word | undefined {
  const read: Word[] = [];
  const slice = clean.slice(0, to);
  let done = false;
  return (k) => {
    while (!done && read.length <= k) {
      const w = nextWord(slice, read.length > 0 ? read[read.length - 1]!.end : from);
      if (w) read.push(w);
      else done = true;
    }
    return read[k];
  };
}

// Words are folded again and again (each candidate start of a long form folds every word after it): memoised.
const folded = new Map<string, string>();
const fold = (s: string) => {
  let f = folded.get(s);
  if (f === undefined) {
    if (folded.size >= 50_000) folded.clear();
    folded.set(s, (f = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()));
  }
  return f;
};
const isStop = (w: string) => STOPWORDS.has(w.toLowerCase());

/**
 * Can the acronym's letters be read, in order, in `text` from `from` on, the first letter starting it? `text` is
 * the folded words joined by spaces, `from` the start of a word.
 */
function spellsFrom(letters: string, text: string, from: number): boolean {
  if (text[from] !== letters[0]) return false;
  let t = from + 1;
  for (let a = 1; a < letters.length; a++) {
    while (t < text.length && text[t] !== letters[a]) t++;
    if (t >= text.length) return false;
    t++;
  }
  return true;
}

/**
 * The initials a folded content word gives an acronym: its own, and those of the later parts of a compound
 * (« sous-direction » → s, d: « sous-direction des démarches (SDD) »; not of a short part, « Saint-Lô »'s « lo »).
 */
function initialsOfWord(folded: string): string[] {
  const parts = folded.split('-');
  return [folded[0] ?? '', ...parts.slice(1).filter((p) => p.length >= 3).map((p) => p[0]!)];
}

/** Longest common subsequence of the acronym's letters and the initials of the content words. */
function initialsScore(letters: string, words: Word[]): number {
  return lcsLength(letters, words.filter((w) => !isStop(w.text)).flatMap((w) => initialsOfWord(fold(w.text))));
}

function lcsLength(letters: string, initials: readonly string[]): number {
  const dp: number[] = new Array(initials.length + 1).fill(0);
  for (const ch of letters) {
    let prev = 0;
    for (let j = 1; j <= initials.length; j++) {
      const tmp = dp[j]!;
      dp[j] = initials[j - 1] === ch ? prev + 1 : Math.max(dp[j]!, dp[j - 1]!);
      prev = tmp;
    }
  }
  return dp[initials.length]!;
}

/** The acronym's letters, in order, are initials of the long form's words (function words may be skipped). */
export function spellsAcronym(acronym: string, long: string): boolean {
  const initials = long.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/[\s'’-]+/).filter(Boolean).map((w) => w[0]!);
  // (« CoRA »: the capitals are the initials, the lowercase letters end a syllable.)
  const letters = (/[a-z]/.test(acronym) ? acronym.replace(/[^A-Z]/g, '') : acronym).toLowerCase().replace(/[^a-z]/g, '');
  let i = 0;
  for (const c of initials) if (c === letters[i]) i++;
  return i === letters.length && initials[0] === letters[0];
}

/**
 * Schwartz–Hearst, adapted: the acronym's letters must appear in order in the long form, the first one
 * starting its first word (French acronyms take syllables: « DIrection … NUMérique »). Among the possible
 * starting words, the one whose content-word initials spell most of the acronym wins (ties: the nearest),
 * so that « Agence pour la Modernisation de l'Archivage Électronique » beats « Archivage Électronique » for
 * AMAE. Returns the index of the first word, or -1.
 */
export function matchLongForm(acronym: string, words: Word[]): number {
  const letters = fold(acronym).replace(/[^a-z0-9]/g, '');
  if (letters.length < 2 || words.length === 0) return -1;
  // Folded once for every candidate start: the words joined as spellsFrom reads them, the content words' initials.
  const folded = words.map((w) => fold(w.text));
  const stop = words.map((w) => isStop(w.text));
  const text = folded.join(' ');
  const initials: string[] = [];
  // (Where each word's initials start in that list.)
  const initialsFrom: number[] = [];
  for (let k = 0; k < folded.length; k++) {
    initialsFrom.push(initials.length);
    if (!stop[k]) initials.push(...initialsOfWord(folded[k]!));
  }
  let wordStart = text.length + 1;
  let best = -1;
  let bestScore = -1;
  for (let i = words.length - 1; i >= 0; i--) {
    wordStart -= folded[i]!.length + 1;
    if (stop[i] || !spellsFrom(letters, text, wordStart)) continue;
    const score = lcsLength(letters, initials.slice(initialsFrom[i]));
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}

/** Fallback for acronyms that are not in-order initials (historical names): enough initials in common. */
function matchByInitials(acronym: string, words: Word[]): number {
  const letters = fold(acronym).replace(/[^a-z]/g, '');
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    if (fold(w.text)[0] !== letters[0] || !orgTypeOf(w.text)) continue;
    const initials = new Set(words.slice(i).filter((x) => !isStop(x.text)).map((x) => fold(x.text)[0]));
    const hits = [...letters].filter((c) => initials.has(c)).length;
    if (hits / letters.length >= 0.66) return i;
  }
  return -1;
}

/** Type of a long form from its head word (first content word). */
function headTypes(words: Word[]): { org: OrganisationType | null; product: string | undefined } {
  const head = words[0]?.text.replace(/'$/, '') ?? '';
  const two = words.length > 1 ? `${head} ${words[1]!.text}`.toLowerCase() : '';
  // (« Haut Commissariat … », as texts write « haut-commissariat » too.)
  const org = orgTypeOf(two) ?? orgTypeOf(two.replace(' ', '-')) ?? orgTypeOf(head) ?? null;
  const product = org ? undefined : productTypeOf(head);
  return { org, product };
}

/** Content words counted for the Schwartz–Hearst window (function words are free). */
function windowStart(words: Word[], acronymLength: number): number {
  const max = Math.min(acronymLength + 5, acronymLength * 2 + 2);
  let content = 0;
  for (let i = words.length - 1; i >= 0; i--) {
    if (!isStop(words[i]!.text)) content++;
    if (content > max) return i + 1;
  }
  return 0;
}

function sentenceBounds(text: PreparedText, pos: number): [number, number] {
  // Sentences are disjoint and lines contiguous (a line's end is the next one's start - 1): at most one holds pos.
  const s = sentenceAt(text, pos);
  if (s) return [s.start, s.end];
  const line = lineAt(text, pos);
  return line ? [line.contentStart, line.end] : [Math.max(0, pos - 300), pos];
}

/** After an acronym in a parenthesis, another one and the list going on: « (SDA, SDD et SDR) », « (SDA, SDD, …) ». */
const ACRONYMS_LISTED = new RegExp(String.raw`^\s*(?:,|et)\s*${ACRONYM}\s*(?:[,)]|et\s)`);

function definitionsLongAcronym(text: PreparedText): OrgMention[] {
  const { clean } = text;
  const out: OrgMention[] = [];
  // « long name (ACR) », « long name (ACR, créée en 2003) », « (long name - ACR) », « long name – ACR – » (the
  // acronym set off by dashes)
  // (Spaces may stand inside the parenthesis where emphasis markers were blanked: « (**ACR**) ».)
  // « long name, la ACR, qui … » (an apposition with its article, as a talk or a letter says it): the long form must
  // spell the acronym whole (« la direction du budget, la DGX » is an enumeration of two bodies).
  // (« long name – ACR, direction d'administration centrale … »: a dash before it, an apposition after; the long
  // form must spell it, as for « , la ACR ».)
  const re = new RegExp(String.raw`\([ \t]*(${ACRONYM})\s*(?=[,;)])|\s-\s(${ACRONYM})\s*\)|[ \t]-[ \t](${ACRONYM})[ \t]-[ \t]|,[ \t]+(?:le|la|les|l')[ \t]*(${ACRONYM})(?=[ \t]*(?:[,.;)]|$))|[ \t]-[ \t](${ACRONYM})(?=,[ \t])`, 'gm');
  let m: RegExpExecArray | null;
  while ((m = re.exec(clean))) {
    const acronym = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5])!;
    const wordAcronym = !looksLikeAcronym(acronym) && WORD_ACRONYM.test(acronym);
    const syllables = !looksLikeAcronym(acronym) && !wordAcronym && SYLLABLE_ACRONYM.test(acronym);
    if (!looksLikeAcronym(acronym) && !wordAcronym && !syllables) continue;
    const accStart = m.index + m[0].indexOf(acronym);
    // (« Les trois sous-directions actuelles de la DNX (SDA, SDD et SDR) »: a parenthesis that lists acronyms defines none.)
    if (m[1] && ACRONYMS_LISTED.test(clean.slice(accStart + acronym.length, accStart + acronym.length + 40))) continue;
    let from: number;
    const to = m.index + (m[1] ? 0 : 0);
    if (m[2]) {
      // « (long name - ACR) »: the long form is inside the parenthesis.
      const open = clean.lastIndexOf('(', m.index);
      if (open < 0 || m.index - open > 200) continue;
      from = open + 1;
    } else {
      from = sentenceBounds(text, m.index)[0];
      // « Ministère X (MX), direction Y (DY), sous-direction Z (SZ) »: a long form starts after the definition before it.
      const previousClose = clean.lastIndexOf(')', m.index);
      if (previousClose >= from) from = previousClose + 1;
    }
    const words = wordsIn(clean, from, to);
    const win = words.slice(windowStart(words, acronym.length));
    let first = matchLongForm(acronym, win);
    // « bureau du budget et des achats (SSPR1) »: a unit numbered after its parent's acronym (« SSPR », defined in
    // the text) is named by the unit phrase right before the parenthesis, from its type word.
    const numbered = first < 0 ? /^([A-ZÉ]{2,})\d{1,2}$/.exec(acronym) : null;
    if (numbered && new RegExp(`(?<![\\p{L}\\p{N}])${numbered[1]}(?![\\p{L}\\p{N}])`, 'u').test(clean)) {
      for (let k = win.length - 1; k >= Math.max(0, win.length - 12); k--) {
        if (!/^(?:bureau|pôle|cellule|département|mission|service|division|secteur|section|unité)$/i.test(win[k]!.text)) continue;
        first = k;
        break;
      }
    }
    if (first < 0 && !wordAcronym) first = matchByInitials(acronym, win);
    if (first < 0) continue;
    if ((m[4] || m[5]) && (wordAcronym || initialsScore(fold(acronym).replace(/[^a-z]/g, ''), win.slice(first)) < fold(acronym).replace(/[^a-z]/g, '').length || !headTypes(win.slice(first)).org)) continue;
    // « … numérique (Dinum) »: a capitalised word is an acronym only when the initials clearly spell it.
    if (wordAcronym && (initialsScore(fold(acronym), win.slice(first)) < 3 || !headTypes(win.slice(first)).org)) continue;
    // « … transformation numérique (DiTraN) »: each capital the initial of a word, the name a body's.
    const capitals = fold(acronym.replace(/[^A-ZÉ]/g, ''));
    if (syllables && (initialsScore(capitals, win.slice(first)) < capitals.length || !headTypes(win.slice(first)).org)) continue;
    // Extend back to a type word right before (« la direction générale … » when S–H stopped on « générale »).
    let longWords = win.slice(first);
    if (!headTypes(longWords).org) {
      // « le département des infrastructures … (ABC) »: the type word may stand before a function word.
      for (let k = first - 1; k >= Math.max(0, first - 3); k--) {
        if (orgTypeOf(win[k]!.text)) {
          longWords = win.slice(k);
          break;
        }
        if (!isStop(win[k]!.text)) break;
      }
    }
    const { org, product } = headTypes(longWords);
    const nameStart = longWords[0]!.start;
    const nameEnd = longWords[longWords.length - 1]!.end;
    const close = clean.indexOf(')', accStart);
    const end = m[2] ? accStart + acronym.length : close > 0 && close - accStart < 200 ? accStart + acronym.length : accStart + acronym.length;
    const mentionEnd = m[2] ? end : accStart + acronym.length + (clean[accStart + acronym.length] === ')' ? 1 : 0);
    out.push(definitionMention(clean, acronym, nameStart, mentionEnd, nameStart, nameEnd, org, product));
  }
  return out;
}

/**
 * « ACR » followed by its long form in [innerStart, innerEnd): a definition when the long form spells the acronym
 * from its first word and names a body (or a product); the mention spans [start, end).
 */
function acronymThenLongForm(clean: string, acronym: string, start: number, end: number, innerStart: number, innerEnd: number): OrgMention | undefined {
  const wordAcronym = !looksLikeAcronym(acronym) && WORD_ACRONYM.test(acronym);
  if (!looksLikeAcronym(acronym) && !wordAcronym) return undefined;
  // « ASE (Agence des services aux exploitants, @ASE_gouv) »: an account's handle is no part of the name.
  // (An e-mail address is cut whole: « …, contact@ase.gouv.fr) ».)
  const handle = /,?\s*(?:[\w.+-]+@[\w.-]+|(?<![\w.])@\w{2,})/.exec(clean.slice(innerStart, innerEnd));
  if (handle) innerEnd = innerStart + handle.index;
  const words = wordsIn(clean, innerStart, innerEnd);
  const content = words.filter((w) => !isStop(w.text));
  if (content.length < 2) return undefined;
  const first = matchLongForm(acronym, words);
  if (first !== 0 && !(first > 0 && words.slice(0, first).every((w) => isStop(w.text)))) return undefined;
  const letters = fold(acronym).replace(/[^a-z0-9]/g, '');
  // A word written as an acronym (« Orion (Outil de recherche et d'indexation …) ») needs its letters as initials.
  const head = headTypes(words.slice(first));
  const product = head.product;
  let org = head.org;
  const spelled = initialsScore(letters, words.slice(first));
  if (wordAcronym && spelled < letters.length && !(org && spelled >= 3)) return undefined;
  // « le programme Orion (Outil de recherche …) »: the type word before the acronym types the body.
  const before = /(?:^|\s)([A-Za-zÀ-ÿ-]+)\s+$/.exec(clean.slice(Math.max(0, start - 30), start));
  if (!org && !product && before) org = orgTypeOf(before[1]!) ?? null;
  if (!org && !product) return undefined;
  return definitionMention(clean, acronym, start, end, words[first]!.start, words[words.length - 1]!.end, org, product);
}

/** The mention of a definition: the long form [nameStart, nameEnd) as its name, typed as a body or a product. */
function definitionMention(
  clean: string,
  acronym: string,
  start: number,
  end: number,
  nameStart: number,
  nameEnd: number,
  org: OrganisationType | null,
  product: string | undefined,
): OrgMention {
  return {
    start,
    end,
    name: clean.slice(nameStart, nameEnd).replace(/[«»]/g, ' ').replace(/\s+/g, ' ').replace(PADDED_BEFORE_PUNCTUATION, '').trim(),
    acronym,
    type: org,
    nameStart,
    nameEnd,
    how: 'definition',
    ...(product && !org ? { productType: product } : {}),
  };
}

/** What a box of a flattened chart may hold between a unit's name and its acronym: a person, an office, a phone, a count. */
const BOX_LINE = /^(?:(?:M\.|Mme|Mmes|MM\.|Dr|Pr)\s|(?:\+33|0)\d(?:[\s.]?\d{2}){4}$|\(?\d{1,4}\s+agents?\)?$|(?:adjointe?|chef(?:fe)?|direct(?:eur|rice)|sous-direct(?:eur|rice)|responsable|délégué(?:e)?|secrétaire|coordinat(?:eur|rice)|conseill(?:er|ère)|chargée?)(?![\p{L}]))/iu;

/**
 * An organisation chart flattened to text (a PDF's boxes, a line each): a line holding an acronym alone names the unit
 * of its box, the nearest line above opening with a type word (« Bureau Hébergement ⏎ et Cloud » … « BHC »), with only
 * people, offices, phones or counts between, when that name spells the acronym from its first word. The mention is
 * the acronym's line (its name is the unit's).
 */
function definitionsBoxed(text: PreparedText): OrgMention[] {
  const { clean, lines } = text;
  const out: OrgMention[] = [];
  if (!/\n[ \t]*[A-ZÉ][A-ZÉ0-9&-]{1,11}[ \t]*(?:\n|$)/.test(clean)) return out;
  lines.forEach((line, i) => {
    if (line.kind !== 'paragraph') return;
    const acronym = clean.slice(line.contentStart, line.end).trim();
    if (!/^[A-ZÉ][A-ZÉ0-9&-]{1,11}$/.test(acronym) || !looksLikeAcronym(acronym) || GENERIC_ACRONYMS.has(acronym) || CAPITAL_FUNCTION_WORDS.has(acronym)) return;
    // (The name may go on over the next lines, « Bureau Applications ⏎ Emploi et Insertion »: the lines after it that
    // are no person, office or phone.)
    let continued = 0;
    for (let j = i - 1; j >= Math.max(0, i - 6); j--) {
      const above = lines[j]!;
      if (above.kind === 'blank' || above.kind === 'table-row') break;
      const first = wordsIn(clean, above.contentStart, above.end);
      const org = first.length >= 1 ? orgTypeOf(first[0]!.text) : undefined;
      if (org) {
        const letters = fold(acronym).replace(/[^a-z0-9]/g, '');
        // (Every initial for a two-letter acronym; the next lines join the name only when its first line does not spell it.)
        const spells = (ws: Word[]) => ws.length >= 2 && matchLongForm(acronym, ws) === 0 && initialsScore(letters, ws) >= letters.length - (letters.length >= 3 ? 1 : 0);
        let last = j;
        if (!spells(wordsIn(clean, above.contentStart, above.end))) while (last + 1 < i && !BOX_LINE.test(clean.slice(lines[last + 1]!.contentStart, lines[last + 1]!.end).trim())) last++;
        const words = wordsIn(clean, above.contentStart, lines[last]!.end);
        if (spells(words)) {
          const at = line.contentStart + clean.slice(line.contentStart).indexOf(acronym);
          out.push(definitionMention(clean, acronym, at, at + acronym.length, words[0]!.start, words[words.length - 1]!.end, org, undefined));
        }
        break;
      }
      if (!BOX_LINE.test(clean.slice(above.contentStart, above.end).trim()) && ++continued > 2) break;
    }
  });
  return out;
}

function definitionsAcronymLong(text: PreparedText): OrgMention[] {
  const { clean } = text;
  const out: OrgMention[] = [];
  // « ACR (long name) » where the long name spells the acronym from its first word.
  const re = new RegExp(String.raw`(?<![\w-])(${ACRONYM})\s*\(([^()\n]{5,200})\)`, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(clean))) {
    const innerStart = m.index + m[0].indexOf('(') + 1;
    const found = acronymThenLongForm(clean, m[1]!, m.index, m.index + m[0].length, innerStart, innerStart + m[2]!.length);
    if (found) out.push(found);
  }
  return out;
}

/** « la DSN – direction des services numériques – pilote »: an acronym, then its long form between dashes. */
function definitionsAcronymDash(text: PreparedText): OrgMention[] {
  const { clean } = text;
  const out: OrgMention[] = [];
  // (The clean copy writes every dash as « - ».)
  const re = new RegExp(String.raw`(?<![\w-])(${ACRONYM})[ \t]+-[ \t]+([^\n.;:()]{5,150}?)[ \t]*(?=[ \t]-[ \t]|[,.;]|$)`, 'gm');
  let m: RegExpExecArray | null;
  while ((m = re.exec(clean))) {
    const innerStart = m.index + m[0].length - m[2]!.length;
    const found = acronymThenLongForm(clean, m[1]!, m.index, m.index + m[0].length, innerStart, innerStart + m[2]!.length);
    if (found) out.push(found);
  }
  return out;
}

/**
 * « confiée au CSN, centre de services numériques de Brest, service … »: an acronym, a comma, then its long form
 * in lowercase (a type word first) up to the next comma; the long form must spell the acronym from its first word.
 */
function definitionsAcronymComma(text: PreparedText): OrgMention[] {
  const { clean } = text;
  const out: OrgMention[] = [];
  // No article: « Au sein de la DSX, le département … » is a fronted phrase, not a definition.
  const re = new RegExp(String.raw`(?<![\w-])(${ACRONYM}),[ \t]+([a-zéèêàç][^\n.;:(),]{4,150}?)[ \t]*(?=[,.;)]|$)`, 'gm');
  let m: RegExpExecArray | null;
  while (clean.includes(',') && (m = re.exec(clean))) {
    const innerStart = m.index + m[0].length - m[2]!.length;
    // Every letter of the acronym is the initial of a word of the long form (« centre de services partagés
    // virtuels » for CSPV), a stricter test than for a parenthesis, which says by itself that it defines.
    const letters = fold(m[1]!).replace(/[^a-z]/g, '');
    if (/^(?:le|la|les|l)$/i.test(m[2]!.split(/[\s']/)[0]!) || initialsScore(letters, wordsIn(clean, innerStart, innerStart + m[2]!.length)) < letters.length) continue;
    const found = acronymThenLongForm(clean, m[1]!, m.index, m.index + m[0].length, innerStart, innerStart + m[2]!.length);
    if (found?.type) out.push(found);
  }
  return out;
}

/** A glossary line: « - ACR : long name », « ACR – long name », « | ACR | long name | » (a list of acronyms). */
const GLOSSARY_LINE = new RegExp(String.raw`^(${ACRONYM})[ \t]*(?:[:=–—-]|\|)[ \t]*(?:\*\*)?([^|\n]{5,200}?)(?:\*\*)?[ \t]*[;.,]?[ \t]*(?:\||$)`);

/** Acronyms defined by a glossary: list items, lines or table rows that start with an acronym and give its long form. */
function definitionsGlossary(text: PreparedText): OrgMention[] {
  const { clean } = text;
  const out: OrgMention[] = [];
  for (const line of text.lines) {
    if (line.kind === 'blank' || line.kind === 'heading') continue;
    const from = line.kind === 'table-row' ? line.contentStart + (/^\|?[ \t]*/.exec(clean.slice(line.contentStart, line.end))![0].length) : line.contentStart;
    const lineText = clean.slice(from, line.start + line.text.length);
    const inline = inlineGlossary(clean, from, lineText);
    if (inline.length) {
      out.push(...inline);
      continue;
    }
    const m = GLOSSARY_LINE.exec(lineText);
    if (!m) continue;
    const innerStart = from + m[0].indexOf(m[2]!, m[1]!.length);
    const found = acronymThenLongForm(clean, m[1]!, from, innerStart + m[2]!.length, innerStart, innerStart + m[2]!.length);
    if (found) out.push(found);
  }
  return out;
}

/** The label of a run of definitions on one line: « Sigles : », « **Acronymes** : », « Abréviations utilisées : ». */
const GLOSSARY_LABEL = /^(?:\*\*|_)?(?:liste des )?(?:sigles?|acronymes?|abréviations?|glossaire)(?: et (?:sigles|acronymes|abréviations))?(?: utilisée?s)?(?:\*\*|_)?[ \t\u00a0]*:[ \t\u00a0]*(?:\*\*|_)?[ \t\u00a0]*/i;

/** One definition of such a run: « DGRP : direction générale des recettes publiques », « ONTP = Office … ». */
const GLOSSARY_ITEM = new RegExp(String.raw`^(${ACRONYM})[ \t\u00a0]*(?:[:=–—]|\s-\s)[ \t\u00a0]*(.{5,200}?)[ \t\u00a0]*[.]?$`);

/**
 * « Sigles : DGRP : direction … ; ONTP : Office … ; CNPS : Caisse … »: definitions run on one line, after a
 * label or not, one per item between semicolons (two at least, so that a sentence with a colon is not one).
 */
function inlineGlossary(clean: string, from: number, lineText: string): OrgMention[] {
  if (!lineText.includes(';')) return [];
  const label = GLOSSARY_LABEL.exec(lineText);
  const body = label ? label[0].length : 0;
  const out: OrgMention[] = [];
  const items = /[^;]+/g;
  let item: RegExpExecArray | null;
  let seen = 0;
  while ((item = items.exec(lineText.slice(body)))) {
    const raw = item[0];
    if (!raw.trim()) continue;
    seen++;
    const lead = raw.length - raw.trimStart().length;
    const m = GLOSSARY_ITEM.exec(raw.trim());
    if (!m) continue;
    const at = from + body + item.index + lead;
    const innerStart = at + m[0].indexOf(m[2]!, m[1]!.length);
    const found = acronymThenLongForm(clean, m[1]!, at, innerStart + m[2]!.length, innerStart, innerStart + m[2]!.length);
    if (found) out.push(found);
  }
  return out.length >= 2 && out.length * 2 >= seen ? out : [];
}

/** Adjectives that make a lowercase type-word phrase a proper name (« direction interministérielle »). */
const NAME_ADJECTIVE =
  /^(?:interministériel(?:le)?s?|généra(?:l|le|ux|les)|nationa(?:l|le|ux|les)|ministériel(?:le)?s?|régiona(?:l|le|ux|les)|départementa(?:l|le|ux|les)|territoria(?:l|le|ux|les)|européen(?:ne)?s?|internationa(?:l|le|ux|les)|supérieur(?:e)?s?|central(?:e)?s?|spécial(?:e)?|interdépartemental(?:e)?|déconcentré(?:e)?s?|académique|préfectora(?:l|le))$/i;

/** Words a name's article may follow (« lutte contre les drogues », « agence pour la cohésion »). */
const ARTICLE_MAY_FOLLOW = new Set(['de', 'à', 'et', 'pour', 'sur', 'dans', 'avec', 'entre', 'contre', 'par', 'vers', 'auprès', 'selon', 'envers', 'sans', 'sous', 'chez', 'après', 'avant', 'durant', 'pendant']);

/**
 * A data centre, a facility: « centre de données de Rennes », « Centre de données ministériel de Nevers », the phrase
 * alone (not « Centre de données socio-politiques », « Centre de calcul de l'IN2P3 »: bodies that bear the words).
 */
const DATA_CENTRE = /^[cC]entres?\s+de\s+(?:données|stockage|calcul)(?:\s*$|\s+(?:de|d'|à)\s*\p{Lu}\p{Ll}|\s+(?:ministériel|interministériel|régional|principal|secondaire|mutualisé)s?(?:\s|$))/u;

/**
 * Acts named with a type word (« délégation de signature », « mission de service public »), a meeting's secretary
 * (« Secrétariat de séance : … »), a task (« a pour mission de faire de la direction un pôle … »): no body. (Not « Conseil des
 * ministres »: annotators disagree on it, the sources' gold counts it.)
 */
const ACT_PHRASE = /^(?:délégations?\s+(?:de\s+(?:signature|pouvoirs?|gestion|crédits|service\s+public)|d'attributions?)|missions?\s+de\s+service\s+public|secrétariats?\s+de\s+(?:la\s+)?séance|missions?\s+d(?:e\s+|')\p{Ll}+(?:er|ir|re))(?![\p{L}])/iu;

/**
 * What a body is to another, or a function inside one, written like a name: « le ministère de tutelle » (an
 * infobox's label), « le secrétariat de direction » (a director's office), « les directions métier ». No body's name.
 */
const ROLE_PHRASE = /^(?:ministères?\s+de\s+tutelle|secrétariats?\s+de\s+direction|directions?\s+métiers?)$/iu;

/** Places named like bodies (« Centre de congrès de Lyon », « centre-ville »): venues, not organisations. */
const VENUE_PHRASE = /^centres?(?:[- ]ville|\s+(?:de|des)\s+congrès|\s+(?:commercial|culturel|sportif|aquatique|d'affaires|d'exposition|historique)s?)(?![\p{L}])/iu;

/**
 * A proper name, a comma, then « l'incubateur », « la fabrique », « le laboratoire » (the kind of body it names). The
 * name opens with a capital, may open with its article (« La Forge »), join capitalised parts by hyphens (« Terre-Lab »)
 * and go on in lower case (« Atelier numérique des solidarités »), but not across an article (« l'équipe Agendo de la Fabrique »: the Fabrique), a preposition or a
 * number (« conçu avec Etalab depuis deux ans, l'incubateur … »: no name).
 */
const NAMED_BEFORE_TYPE = /(?:(?<=(?<![\p{L}])[lLdD]['’])|(?<![\p{L}'’-]))((?:(?:La|Le)[ \t]+(?=\p{Lu}))?\p{Lu}[\p{Ll}'’-]+(?:(?<=-)\p{Lu}[\p{Ll}'’-]+)*(?:[ \t]+(?:\p{Lu}[\p{Ll}'’-]+|(?!(?:la|le|les|un|une|et|ou|depuis|avec|sans|pour|par|sur|sous|dans|en|à|au|aux|chez|vers|entre|pendant|après|avant|contre|selon|dont|qui|que|puis|mais|donc|ainsi|aussi|très|plus|moins|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|ans|mois|jours)(?![\p{L}]))\p{Ll}[\p{Ll}'’-]+)){0,3}),[ \t]+(?:(?:l'|la[ \t]+|le[ \t]+)(incubateur|fabrique|laboratoire)(?![\p{L}])|(incubateur|fabrique|laboratoire)(?=[ \t]+(?:du[ \t]+(?:ministère|secrétariat|service|département)|de[ \t]+la[ \t]+(?:direction|délégation|mission|préfecture)|de[ \t]+l'(?:agence|administration|État)|d'innovation|de[ \t]+services|créée?|rattachée?|placée?|hébergée?|installée?|(?:du|de[ \t]+la|de[ \t]+l')[ \t]*\p{Lu}{2,})(?![\p{L}])))/gu;
/** « « Source », l'incubateur de services numériques du ministère »: a name between guillemets, then what it is. */
const QUOTED_BEFORE_TYPE = /«[ \t\u00a0]*(\p{Lu}[^«»\n]{1,40}?)[ \t\u00a0]*»[ \t]*,[ \t]+(?:(?:l'|la[ \t]+|le[ \t]+)(incubateur|fabrique|laboratoire)(?![\p{L}])|(incubateur|fabrique|laboratoire)(?=[ \t]+(?:du[ \t]+(?:ministère|secrétariat|service|département)|de[ \t]+la[ \t]+(?:direction|délégation|mission|préfecture)|de[ \t]+l'(?:agence|administration|État)|d'innovation|de[ \t]+services|créée?|rattachée?|placée?|hébergée?|installée?|(?:du|de[ \t]+la|de[ \t]+l')[ \t]*\p{Lu}{2,})(?![\p{L}])))/gu;

/** Words that open a sentence with a capital and name nothing (« Ensuite », « Enfin », « Depuis »). */
const LEADING_CAPITALISED = /^(?:Ensuite|Enfin|Puis|Depuis|Ainsi|Aussi|Désormais|Aujourd'hui|Demain|Hier|Par|Pour|Avec|Selon|Dans|Chez|Entre|Merci|Bonjour|Oui|Non)$/;

/** A body's type word in capitals: a line naming another body (« DU MINISTÈRE DE … »), not the first one's remit. */
const LETTERHEAD_BODY_WORD = /(?<![\p{L}])(?:MINISTÈRE|MINISTERE|DIRECTION|SECRÉTARIAT|SECRETARIAT|DÉLÉGATION|DELEGATION|AGENCE|SERVICE|BUREAU|DÉPARTEMENT|DEPARTEMENT|MISSION|PRÉFECTURE|PREFECTURE|OFFICE|INSPECTION|CONSEIL|COMMISSION|COMITÉ|COMITE)(?![\p{L}])/u;

/** A letterhead's next line that goes on with the body's name: « ET DE LA COHÉSION DES TERRITOIRES ». */
const LETTERHEAD_GOES_ON = /^[ \t]*(?:ET[ \t]+(?:DE[ \t]+LA|DE[ \t]+L'|DU|DES|DE)|DE[ \t]+LA|DE[ \t]+L'|DU|DES)[ \t]+[^\p{Ll}\n]{2,80}$/u;

/**
 * « MINISTÈRE DE LA TRANSITION ÉCOLOGIQUE ⏎ ET DE LA COHÉSION DES TERRITOIRES » (a letterhead set in capitals over two
 * lines): a name in capitals that ends its line goes on with the next line when that one, in capitals too, opens
 * with « ET DE », « ET DU », « DE LA », « DES »…
 */
function continuedLetterhead(clean: string, m: OrgMention): void {
  if (!m.name || /\p{Ll}/u.test(m.name) || !/^[ \t]*\n/.test(clean.slice(m.end, m.end + 40))) return;
  // (The name opens its line: a letterhead, not a name in capitals inside a sentence.)
  if (!/^[ \t#*_-]*$/.test(clean.slice(clean.lastIndexOf('\n', m.start - 1) + 1, m.start))) return;
  const lineStart = clean.indexOf('\n', m.end) + 1;
  const lineEnd = clean.indexOf('\n', lineStart);
  const next = clean.slice(lineStart, lineEnd < 0 ? clean.length : lineEnd);
  // (Not a title of its own, « DU 1ER JANVIER AU 31 DÉCEMBRE 2024 », « DES CRÉDITS EN HAUSSE DE 5 % », a table's row,
  // « DES AGENTS   EFFECTIF », nor another body's name, « DU MINISTÈRE DE L'ÉCONOMIE ».)
  if (!LETTERHEAD_GOES_ON.test(next) || /[\d%:(.]|[ \t]{2,}\S/u.test(next.trim()) || LETTERHEAD_BODY_WORD.test(next)) return;
  const end = lineStart + next.trimEnd().length;
  m.name = `${m.name} ${next.trim().replace(/\s+/g, ' ')}`;
  m.end = end;
  m.nameEnd = end;
}

/** Civilities: after a comma, a person's name starts (« préfecture du Loiret, Mme X »). */
const CIVILITY = /^(?:Mme|Mmes|M|MM|Mlle|Madame|Monsieur|Mesdames|Messieurs|Mademoiselle|Me|Dr|Pr)$/;

/** Capitalised common words that do not make a phrase a proper name. */
const COMMON_CAPITALISED = /^(?:Il|Elle|Ils|Elles|Le|La|Les|Un|Une|Premier|Première|Gouvernement|État|Etat|République|France|Internet|Europe)$/;

/** Type words that name a body whenever a complement follows them (never generic in this genre). */
const ALWAYS_NAMED = new Set(['ministère', 'secrétariat', 'agence', 'délégation', 'institut']);

/** Determiners and pronouns that open a new phrase after « et ». */
const DETERMINER_WORDS = new Set([
  ...['le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'son', 'sa', 'ses', 'leur', 'leurs', 'ce', 'cet', 'cette', 'ces', 'il', 'elle', 'ils', 'elles', 'qui', 'que'],
  // Numbers open a counted phrase: « pôle Données et Usages et trois missions ».
  ...['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'plusieurs'],
]);

/** Legal statuses written like names (« un service à compétence nationale »): never an organisation's name. */
const STATUS_PHRASE = /^(?:service à compétence nationale|directions? d'administration centrale|établissement public(?: à caractère [a-zé ]+| administratif| national)?|établissements? publics? à caractère [a-zé ]+|autorité administrative indépendante|groupement d'intérêt public|autorité de contrôle|école d'ingénieurs?)(?: français(?:e|es)?)?$/i;

/** Lowercase adjectives that may follow a capitalised word inside a name (« Transition écologique », « Données ouvertes », « Logiciels libres », « Affaires étrangères », « Affaires maritimes », « Sécurité intérieure »). */
// (« Vie étudiante », « autorité indépendante »: feminine adjectives in -ante, plurals in -ants, « Anciens combattants »;
// not -ant, a participle: « regroupant ».)
const ADJECTIVE_ENDING = /^(?:[a-zéèêàç-]+(?:iques?|aires?|ale?s?|aux|elle?s?|els|ive?s?|ifs|ée?s?|ienne?s?|aise?s?|aine?s?|ière?s?|iers|euse?s?|eux|ables?|ibles?|coles?|iles?|antes?|ants|ngères?|times?|ieure?s?)|ouverte?s?|libres?|publics?|publiques?)$/;

const SUB_UNIT_TYPE_WORDS = /^(?:service|bureau|département|pôle|mission|cellule|sous-direction|division|secteur|inspection|délégation)$/i;

/** Before « la direction de … »: the direction as an activity (« prend la direction des opérations »), not a unit. */
const LEADING_ACTIVITY = /(?:^|[^\wÀ-ÿ])(?:prend|prennent|prendre|pris|prise|prenant|assure|assurent|assurer|assurée?|exerce|exercent|exercer|confie|confier|confiée?|sous|à)\s+(?:la|sa|leur)\s+$/i;

const MONTH = /^(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)$/i;

/** Offices held by a person: a type word followed by one of them is not an organisation's name. */
const OFFICE_NOUN = /^(?:ministre|Premier|Première|préfet|préfète|président|présidente|directeur|directrice|secrétaire|maire)$/;

/** Verbs in the future and conditional, and frequent 3rd-person forms ending a name. */
// (« suivra », « prendra », « permettra »: futures of verbs in -vre, -dre, -ttre.)
/** A number of units, written out or in digits (« trois départements », « 4 bureaux »). */
const COUNT_WORD = /^(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d{1,2})$/;

/** After « en », plural unit words alone: « (organisation de la direction X) en sous-directions et bureaux ». */
const UNIT_DIVISION_AFTER = /^\s+(?:(?:deux|trois|quatre|cinq|six|sept|huit|\d{1,2})\s+)?(?:sous-directions|bureaux|départements|pôles|services|missions|divisions|cellules|unités)(?:\s*(?:,|et)\s*(?:sous-directions|bureaux|départements|pôles|services|missions|divisions|cellules|unités))*(?![\p{L}])/u;
const VERB_ENDING = /^(?:[a-zéèêà]+(?:era|eront|erait|eraient|ira|iront|ait|aient|ivra|ivront|dra|dront|ttra|ttront)|fera|feront|sera|seront|aura|auront|pourra|pourront|devra|devront|cultive|cultivent)$/;

/** A determiner opening a noun phrase right after a word, on the same line (not « du », « des », « aux »: they open complements too). */
const DETERMINER_AFTER = /^[ \t\u00a0]+(?:(?:le|la|les|un|une|ses|son|sa|leurs?|ce|cet|cette|ces)[ \t\u00a0]|l')/i;

/** Verbs by which a report's author or a body speaks or acts on another (« La Cour rappelle », « le comité demande »). */
const REPORTING_VERB = /^(?:rappelle|rappellent|recommande|recommandent|demande|demandent|prévoit|prévoient|prévoyait|dispose|disposent|stipule|stipulent|transmet|transmettent|invite|invitent|propose|proposent|souligne|soulignent|estime|estiment|considère|considèrent|constate|constatent|indique|indiquent|précise|précisent|signale|signalent|observe|observent|regrette|regrettent|confie|confient|répond|répondent|adresse|adressent)$/;

/** After a verb: « que », « de » + infinitive, « au », « aux », « à la / à l' / à un »: « rappelle que », « demande au ». */
const VERB_OBJECT_AFTER = /^[ \t\u00a0]+(?:que[ \t\u00a0]|qu'|de[ \t\u00a0]+[a-zéèê]+er(?![a-zéèêàç])|d'[a-zéèê]+er(?![a-zéèêàç])|au[ \t\u00a0]|aux[ \t\u00a0]|à[ \t\u00a0]+(?:la[ \t\u00a0]|l'|un[ \t\u00a0]|une[ \t\u00a0]|ses[ \t\u00a0]|son[ \t\u00a0]|sa[ \t\u00a0]|leurs?[ \t\u00a0]))/i;

/** Prepositions that a name's complement may open with a determiner (« … dans l'administration »). */
const PREPOSITIONS = new Set(['dans', 'par', 'avec', 'entre', 'chez', 'sans', 'contre', 'vers', 'auprès', 'envers', 'après', 'avant', 'selon', 'sous', 'hors', 'depuis', 'pendant', 'parmi', 'outre', 'via', 'concernant', 'devant', 'derrière', 'jusqu', 'lors']);

/** What a heading says of its page after a body's name: « … en chiffres », « … en bref », « … en quelques mots ». */
const ABOUT_THE_PAGE = /^\s+(?:(?:quelques\s+)?chiffres|bref|résumé|images|pratique|quelques\s+mots|un\s+coup\s+d['’]œil|questions)[ \t]*(?:[:.!?\n]|$)/u;

/** A number after a verb of counting: digits, a spelled number or an approximation (« compte deux pôles »). */
const COUNT_AFTER_VERB = new RegExp(String.raw`^\s+(?:\d|plus\s|près\s|environ\s|quelque|(?:un|une|${COUNT_WORD_ALTERNATION})(?![\p{L}]))`, 'u');

/** Words of PREDICATE_WORDS ending in « e » that are no noun after « de » or an article (« de ce », « de cette »). */
const NOT_NOUNS_AFTER_ARTICLE = new Set(['que', 'se', 'ne', 'ce', 'cette', 'elle', 'comme', 'entre', 'présente']);

const CONNECTORS = new Set(['de', 'du', 'des', "d'", 'la', "l'", 'le', 'les', 'aux', 'au', 'à', 'pour', 'en', 'et', 'sur']);

interface NamedCandidate {
  mention: OrgMention;
  /** Set when the phrase stopped on « de la / du » + another organisation: its position. */
  ofAt: number | null;
}

/** A type word at the start of a list item (after spaces and an article). */
// (« de la » / « du » open the items after « est composée de »: « de la sous-direction A et du bureau B ».)
const TYPE_WORD_FIRST = new RegExp(String.raw`^\s*(?:(?:et|ainsi\s+que)\s+)?(?:(?:le|la|les|du|des|de\s+la)\s+|(?:de\s+)?l')?(?=(?:${ORG_TYPE_ALTERNATION})(?![\wÀ-ÿ-]))`, 'i');
const TYPE_WORD_AFTER_AND = new RegExp(String.raw`\s+(?:et|ainsi\s+que)\s+(?:(?:le|la|les|du|des|de\s+la)\s+|(?:de\s+)?l')?(?=(?:${ORG_TYPE_ALTERNATION})(?![\wÀ-ÿ-]))`, 'gi');

/**
 * Where the type words of a list of units start, the list being `body` at `base`: every comma-separated item
 * opens with a type word (an article before it aside; « et » may add one more in an item). Empty unless there
 * are two items or more and every item is a unit.
 */
function unitItemStarts(body: string, base: number): number[] {
  const items: number[] = [];
  // (A relative clause on a unit before the next one is no item: « le bureau A, qui édite le site, et le bureau B ».)
  let clause = false;
  let offset = 0;
  for (const item of body.split(',')) {
    const lead = TYPE_WORD_FIRST.exec(item);
    if (lead && clause) items.pop();
    clause = !lead && items.length > 0 && items[items.length - 1]! >= 0 && PARTICIPLE_ITEM.test(item);
    items.push(lead ? base + offset + lead[0].length : -1);
    for (const and of item.matchAll(TYPE_WORD_AFTER_AND)) items.push(base + offset + and.index + and[0].length);
    offset += item.length + 1;
  }
  // (« …, le bureau B et l'incubateur « C », chargé de concevoir … »: a participle closing the enumeration.)
  const firstOther = items.findIndex((at) => at < 0);
  if (firstOther < 0) return items.length >= 2 ? items : [];
  const units = items.slice(0, firstOther);
  const closing = body.slice(items[firstOther - 1] !== undefined ? body.indexOf(',', items[firstOther - 1]! - base) + 1 : 0);
  return units.length >= 2 && items.slice(firstOther).every((at) => at < 0) && PARTICIPLE_ITEM.test(closing) ? units : [];
}

/** A clause closing an enumeration of units: « chargé de … », « qui … », « placés sous … ». */
const PARTICIPLE_ITEM = /^\s*(?:qui|dont|chargée?s?|placée?s?|rattachée?s?|créée?s?|dirigée?s?|installée?s?|implantée?s?)(?![\p{L}])/u;

/** A verb of containment then what it contains, to the end of the sentence (not a colon: see below). */
const CONTAINS_THEN_ITEMS = new RegExp(String.raw`(?<![\wÀ-ÿ])(?:${CONTAINS_VERBS})[ \t]+((?:le|la|les|l'|du|des|de\s+la|de\s+l')[^.;:!?()\n]{10,500})`, 'gi');

/** One small unit named after a verb of containment: its type word, after an article. */
const ONE_UNIT_ITEM = /^(?:le|la|l')\s*(?=(?:bureau|pôle|cellule|département|sous-direction|division|unité|laboratoire|incubateur)(?![\p{L}-]))/iu;

/** Before that verb, a unit as its subject (« La sous-direction des ports, qui », « Le département X (DX) ») or « Elle ». */
const UNIT_SUBJECT_BEFORE = /(?:(?:^|[.;:]\s*)(?:Elle|Il)\s+|(?:^|[\s'])(?:sous-direction|direction|délégation|département|service|secrétariat|mission|agence|division)\s[^.;:\n]{0,80}?(?:\([^()\n]{1,20}\))?\s*(?:,\s*qui\s+)?)$/iu;

/** A plural unit word right before a colon (« … trois sous-directions : », « les bureaux suivants : »). */
const PLURAL_UNIT_BEFORE = new RegExp(String.raw`(?:${ORG_TYPE_ALTERNATION})(?<=s|x)(?:\s+suivant(?:e)?s)?\s*$`, 'i');

/**
 * Where the items of a list of units start. Parenthesised: « (direction de la réforme budgétaire, délégation aux
 * usagers et agence pour le développement …) »; after a colon, to the end of the sentence: « trois
 * sous-directions : la sous-direction des applications, la sous-direction de la donnée et le bureau des achats »
 * (two items only after a colon that a plural unit word announces).
 * The list itself says they are bodies, even lowercase and without an adjective (likewise list items, below).
 */
function listedUnitStarts(clean: string): Set<number> {
  const starts = new Set<number>();
  if (clean.includes('(')) {
    for (const p of clean.matchAll(/\(([^()\n]{10,500})\)/g)) for (const at of unitItemStarts(p[1]!, p.index! + 1)) starts.add(at);
  }
  // After a verb of containment, to the end of the sentence: « La sous-direction X regroupe le bureau A et le bureau
  // B », « est composée de la sous-direction A, de la sous-direction B et du bureau C ».
  for (const c of clean.matchAll(CONTAINS_THEN_ITEMS)) {
    const base = c.index! + c[0].length - c[1]!.length;
    const items = unitItemStarts(c[1]!, base);
    for (const at of items) starts.add(at);
    // « La sous-direction des ports, qui comprend le bureau des criées. », « Elle comprend le bureau X. »: one unit,
    // the whole rest of the sentence, contained by a unit or a pronoun standing for one.
    const one = items.length ? null : ONE_UNIT_ITEM.exec(c[1]!);
    if (one && !c[1]!.includes(',') && UNIT_SUBJECT_BEFORE.test(clean.slice(Math.max(0, c.index! - 120), c.index!))) starts.add(base + one[0].length);
  }
  for (const c of clean.matchAll(/:[ \t\u00a0]+([^.;:!?()\n]{10,500})/g)) {
    const items = unitItemStarts(c[1]!, c.index! + c[0].length - c[1]!.length);
    // Two items need the colon to announce units (« deux pôles : »); three or more say it themselves.
    if (items.length >= 3 || (items.length === 2 && PLURAL_UNIT_BEFORE.test(clean.slice(Math.max(0, c.index! - 40), c.index!)))) for (const at of items) starts.add(at);
  }
  return starts;
}

/** A line's content opening with a type word, after an article: where the type word starts, else -1. */
const ARTICLE_THEN_TYPE_WORD = new RegExp(String.raw`^(?:(?:le|la|les)\s+|l')?(?=(?:${ORG_TYPE_ALTERNATION})(?![\wÀ-ÿ-]))`, 'i');

/**
 * Where the items of a list of units start: two or more list items in a row (blank lines aside), each opening
 * with a type word (« - la sous-direction des applications ; - la mission de la sécurité numérique »).
 */
function listItemUnitStarts(text: PreparedText, into: Set<number>): void {
  let run: number[] = [];
  const close = () => {
    if (run.length >= 2) for (const at of run) into.add(at);
    run = [];
  };
  for (const line of text.lines) {
    if (line.kind === 'blank') continue;
    const lead = line.kind === 'list-item' ? ARTICLE_THEN_TYPE_WORD.exec(text.clean.slice(line.contentStart, line.contentStart + 40)) : null;
    if (!lead) {
      close();
      continue;
    }
    run.push(line.contentStart + lead[0].length);
  }
  close();
}

/** Type words of units that a heading may name on its own (« ## Sous-direction des applications »). */
const HEADING_UNIT_WORD = /^(?:(?:le|la|les)\s+|l')?(?:sous-direction|direction|service|bureau|département|pôle|mission|cellule|division|secteur|délégation)(?![\wÀ-ÿ-])/i;

/** Where a heading that names a unit starts: an organisation chart's headings are the names of its units. */
function headingUnitStarts(text: PreparedText, into: Set<number>): void {
  for (const line of text.lines) {
    if (line.kind !== 'heading') continue;
    const lead = HEADING_UNIT_WORD.exec(text.clean.slice(line.contentStart, line.contentStart + 40));
    if (lead) into.add(line.contentStart + (/^(?:(?:le|la|les)\s+|l')/i.exec(lead[0])?.[0].length ?? 0));
  }
}

/** Names every body's organs bear (« comité de pilotage », « conseil d'administration », « secrétariat général »). */
const GENERIC_UNIT_NAME = /^(?:comité|conseil|commission|secrétariat|direction|service|bureau|cellule)\s+(?:(?:de|du)\s+(?:pilotage|suivi|direction|surveillance|cabinet)|d'(?:administration|orientation)|général|générale|scientifique|stratégique|technique|exécutif|restreint|central|centrale)$/i;

/** A space before a comma or a full stop in a name: the padding of a word whose character references were decoded. */
const PADDED_BEFORE_PUNCTUATION = / (?=[,.)])/g;

/** A unit named right before `start`, then « du », « de la », « à la »…: the phrase at `start` is the body it belongs to. */
function unitJustBefore(clean: string, unit: OrgMention | undefined, start: number): boolean {
  return !!unit?.type && SUB_UNIT_TYPES.has(unit.type) && unit.end <= start && /^\s*»?\s*(?:du|de la|de l'|à la|à l'|au)\s*$/i.test(clean.slice(unit.end, start));
}

function namedMentions(text: PreparedText, isOrgAt: (pos: number) => boolean, definitions: readonly OrgMention[] = []): NamedCandidate[] {
  const { clean } = text;
  // The definitions by end, for the unit a phrase may belong to (« bureau X (BX) de la direction Y »).
  const definitionsByEnd = [...definitions].sort((a, b) => a.end - b.end);
  let definitionsBefore = 0;
  const out: NamedCandidate[] = [];
  const listed = listedUnitStarts(clean);
  listItemUnitStarts(text, listed);
  headingUnitStarts(text, listed);
  // (Not a segment of a URL or a path, written in lowercase: « https://www.reseau.gouv.fr/pole/Annuaire »,
  // « /ministere/Documents »; « MCC/Service interministériel des Archives » is a name.)
  const re = new RegExp(String.raw`(?<![\wÀ-ÿ\-@])(${ORG_TYPE_ALTERNATION})(?![\wÀ-ÿ-])`, 'gi');
  const inPath = (at: number, word: string) => /^[a-zà-ÿ]/.test(word) && (/[/.:]/.test(clean[at - 1] ?? '') || /^\/[a-zà-ÿ]/.test(clean.slice(at + word.length, at + word.length + 2)));
  const lowercaseUnnamed: Array<{ start: number; typeWord: string; type: OrganisationType; taken: Word[] }> = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(clean))) {
    const typeWord = m[1]!;
    const type = orgTypeOf(typeWord);
    if (!type || inPath(m.index, typeWord)) continue;
    // « la mise en service de Bordée », « remis en service », « hors service »: a locution, not a body.
    if (/^service$/i.test(typeWord) && /(?<![\p{L}])(?:(?:mise?s?|remise?s?|entrée?s?)\s+en|hors)\s+$/iu.test(clean.slice(Math.max(0, m.index - 12), m.index))) continue;
    const start = m.index;
    // A line set all in capitals is a title: a body's name where it opens the line (« MINISTÈRE DES PORTS » on a
    // letterhead), follows a dash (« MINISTÈRE X - DIRECTION Y ») or a complement's preposition (« RAPPORT … DE LA
    // COUR DES COMPTES »), not as a headline's subject (« 2. ESCALE : L'INSPECTION DES NAVIRES PASSE AU NUMÉRIQUE »),
    // where nothing tells where the name ends.
    if (/^[A-ZÀ-Þ-]{3,}$/.test(typeWord) && inCapitalsLine(clean, start) && CAPITALS_HEADLINE_SUBJECT.test(clean.slice(clean.lastIndexOf('\n', start) + 1, start))) continue;
    const capitalised = /^[A-ZÉ]/.test(typeWord);
    // « le poste de travail Bureau Mobile », « l'application Mission Locale »: a type word opening the name a
    // product word gives; « la fédération d'identité X »: a product word of its own.
    if ((capitalised && PRODUCT_WORD_BEFORE.test(clean.slice(Math.max(0, start - 40), start))) || /^fédérations?\s+d'identité/i.test(clean.slice(start, start + 24))) continue;
    const sentenceInitial = /(?:^|[.!?:;»]\s*|\n\s*(?:[-*•]\s*)?|#\s*)$/.test(clean.slice(Math.max(0, start - 6), start));
    const plural = /(?:s|x)$/i.test(typeWord) && !/^(?:pôles?|réseaux|bureaux)$/i.test(typeWord) ? true : /x$/i.test(typeWord);
    const pos = start + typeWord.length;
    const rest = clean.slice(pos, pos + 400);
    // « le département « Appui, conseil et expertise » »: the quoted name.
    const quoted = /^\s*«\s*([^«»\n]{2,120}?)\s*»/.exec(rest);
    // « les départements « A » et « B » »: every quoted member.
    const members = plural && quoted ? pluralEnumeration(clean, pos, typeWord, type) : [];
    if (members.length) {
      out.push(...members);
      continue;
    }
    // « le portail des associations « Asso+ » »: the name is the product's, whose users the type word says.
    if (quoted && plural && PRODUCT_FOR_BEFORE.test(clean.slice(Math.max(0, start - 60), start))) continue;
    if (quoted) {
      const nameEnd = pos + quoted[0].length;
      // (Directly after the word, only a name shaped as products' are: « Carte Grise Express », « LogisDossier »; a
      // unit's remit, « Ressources humaines », « Achats », stays a unit.)
      if (typeWord === 'service' && PRODUCT_SHAPED_NAME.test(quoted[1]!.trim()) && quotedServiceIsProduct(clean, start, nameEnd, isOrgAt)) continue;
      out.push({
        mention: {
          start,
          end: nameEnd,
          name: `${singular(typeWord)} ${quoted[1]!.replace(/\s+/g, ' ').replace(PADDED_BEFORE_PUNCTUATION, '')}`,
          acronym: null,
          type,
          nameStart: start,
          nameEnd,
          how: 'named',
        },
        ofAt: afterOf(clean, nameEnd, isOrgAt),
      });
      continue;
    }
    if (plural) {
      // « les ministères de la Mer et des Sports »: one ministry per remit.
      if (/^ministères$/i.test(typeWord)) out.push(...distributedMinistries(clean, pos));
      // « les programmes France Services, Action cœur de ville et Petites Villes de demain »: named members.
      out.push(...pluralEnumeration(clean, pos, typeWord, type));
      // « les ministères sociaux », « les ministères économiques et financiers »: a collective body.
      const collective = /^\s+([a-zéè]+(?:aux|iques|iers|ières))(?:\s+et\s+([a-zéè]+(?:aux|iques|iers|ières)))?(?![\wÀ-ÿ])/.exec(clean.slice(pos, pos + 60));
      if (collective && /^ministères$/i.test(typeWord)) {
        const end = pos + collective[0].length;
        out.push({ mention: { start, end, name: clean.slice(start, end).replace(/\s+/g, ' ').replace(PADDED_BEFORE_PUNCTUATION, ''), acronym: null, type, nameStart: start, nameEnd: end, how: 'named' }, ofAt: null });
      }
      continue;
    }
    const word = wordReader(clean, pos, Math.min(clean.length, pos + 300));
    const taken: Word[] = [];
    // Taken words that are not connectors.
    let contentTaken = 0;
    let ofAt: number | null = null;
    let proper = capitalised && !sentenceInitial;
    for (let i = 0; word(i) !== undefined && taken.length < 20; i++) {
      const w = word(i)!;
      const gap = clean.slice(i === 0 ? pos : word(i - 1)!.end, w.start);
      // (« …, Mme X » after a comma is a person, not the name going on.)
      // (« cheffe du pôle Accompagnement des usagers, ADTL »: an acronym after the comma is the body the unit is of.)
      // (Nor a given name: « … de Cergy-Pontoise, Véronique Haine, architecte » lists people after their bodies.)
      // (Nor another body's type word opening its name: « Ministère de la Culture, Direction générale des patrimoines,
      // Service … » is an address's chain of bodies; « pôle Expertise, Conseil et Maîtrise des risques » one name.)
      const commaBeforeCapital = /^,\s$/.test(gap) && proper && /^[A-ZÉ]/.test(w.text) && !CIVILITY.test(w.text) && !looksLikeAcronym(w.text) && !isGivenName(w.text) && !(orgTypeOf(w.text) && BODY_NAME_GOES_ON.test(clean.slice(w.end, w.end + 20))) && taken.some((t) => /^[A-ZÉ]/.test(t.text));
      // « ministère de l'intérieur, de l'outre-mer et des collectivités … »: an enumeration of remits goes on.
      // The enumeration closes with « et »: after it, a comma ends the name (« … et de la sécurité nationale, des moyens »).
      const commaBeforeComplement =
        /^,\s$/.test(gap) &&
        ['de', 'du', 'des', "d'"].includes(w.text.toLowerCase()) &&
        taken.some((t) => ['de', 'du', 'des', "d'"].includes(t.text.toLowerCase())) &&
        !taken.some((t) => t.text.toLowerCase() === 'et');
      // A spaced dash (the clean copy writes every dash as « - ») opens an apposition: « mission X – ministère Y ».
      // (A long gap of spaces after a word whose HTML character references the clean copy decoded is that word's
      // padding, « d&eacute;l&eacute;gation » → « délégation » and spaces: one space; the type word's too.)
      // (From the start of the run of characters the previous word ends: « l&rsquo;Enseignement » pads after the run.)
      const padded = gap.length > 3 && /^[ ]+$/.test(gap) && hasHtmlReference(text.original.slice(clean.lastIndexOf(' ', (i > 0 ? word(i - 1)!.start : start) - 1) + 1, w.start));
      // (A middle dot or a bullet separates a byline's or a breadcrumb's items: « Rédaction : bureau X · Diffusion : … ».)
      if ((/[,;:.()«»!?\n\t[\]|"·•]|\s-\s/.test(gap) && !commaBeforeCapital && !commaBeforeComplement) || (gap.length > 3 && !padded)) break;
      // After a proper name (« programme ABC »), a lowercase word that is not a connector starts the predicate.
      const prev = taken[taken.length - 1];
      // (« le pôle Grands projets », « le programme Socle commun », « le pôle Expérience utilisateur »: a title-case
      // name's plural noun, « commun » or the people it serves right after its first word goes on with it.)
      const titleGoesOn = taken.length === 1 && /^[A-ZÉ][a-zéèêàç]+$/.test(prev?.text ?? '') && /^(?:[a-zéèêàç]{3,}[sx]|communs?|communes?|(?:utilisat(?:eur|rice)|usager|client|citoyen|agent|patient)s?)$/.test(w.text) && !VERB_ENDING.test(w.text);
      // (« sous-direction des Applications métier »: « métier » qualifies the noun before it, as an adjective would.)
      if (prev && /^[A-ZÉ]/.test(prev.text) && /^[a-zéèêàç]/.test(w.text) && !CONNECTORS.has(w.text.toLowerCase()) && !NAME_ADJECTIVE.test(w.text) && !ADJECTIVE_ENDING.test(w.text) && !titleGoesOn && !/^métiers?$/.test(w.text)) break;
      // « l'autorité de la ministre », « délégation du Premier ministre »: a person's office, not a body.
      if (contentTaken === 0 && OFFICE_NOUN.test(w.text)) {
        taken.length = 0;
        break;
      }
      if (VERB_ENDING.test(w.text)) break;
      // « La commission entend M. X »: a civility opens a person, the word before it was the verb.
      if (CIVILITY.test(w.text)) {
        if (prev && /^[a-zéèêàç]/.test(prev.text) && !CONNECTORS.has(prev.text.toLowerCase())) taken.pop();
        break;
      }
      // « en Conseil des ministres le projet de décret »: an article after a content word opens another phrase
      // (after « de » or « à » it belongs to the complement: « direction de la sécurité »).
      const lwNow = w.text.toLowerCase();
      // « crée au sein de la délégation trois départements : »: a count of units opens the object, not the name.
      if (COUNT_WORD.test(lwNow) && UNIT_DIVISION_AFTER.test(clean.slice(w.start - 1, w.start + 80))) break;
      if ((lwNow === 'le' || lwNow === 'la' || lwNow === 'les') && prev && !ARTICLE_MAY_FOLLOW.has(prev.text.toLowerCase())) break;
      // « comité … en date du 23 janvier »: a date locution closes the name.
      if (lwNow === 'en' && /^date$/i.test(word(i + 1)?.text ?? '')) break;
      // « La direction s'organise en … », « le pôle n'a pas … »: a clitic pronoun opens the verb.
      if (/^(?:[snm]|qu)'$/i.test(w.text) || /^(?:se|ne)$/i.test(w.text)) break;
      // « le bureau des études instruit les demandes »: a lowercase word followed by a determiner is the verb.
      if (contentTaken > 0 && /^[a-zéèêàç]/.test(w.text) && !CONNECTORS.has(w.text.toLowerCase()) && !PREPOSITIONS.has(w.text.toLowerCase()) && DETERMINER_AFTER.test(clean.slice(w.end, w.end + 8))) break;
      // « La Cour rappelle que … », « le comité demande au … », « le ministère transmet à la … », « la Fabrique vous
      // répond »: a pronoun, or a verb of the genre's reports (« rappelle », « demande », « recommande ») before its
      // object (« que », « au », « à la »). (Nouns take « aux » too: « bureau du support aux utilisateurs ».)
      if (
        /^(?:vous|nous)$/.test(w.text) ||
        (REPORTING_VERB.test(w.text) && VERB_OBJECT_AFTER.test(clean.slice(w.end, w.end + 12))) ||
        // « transmise à la Cour par la MIA »: « par » right after the type word opens the agent, not the name.
        (contentTaken === 0 && w.text === 'par') ||
        (/^[a-zéèêàç]/.test(w.text) && !CONNECTORS.has(w.text.toLowerCase()) && !ADJECTIVE_ENDING.test(w.text) && !NAME_ADJECTIVE.test(w.text) && !/(?:é|ée|és|ées|ant)$/.test(w.text) && /^[ \t\u00a0]+(?:que[ \t\u00a0]|qu')/.test(clean.slice(w.end, w.end + 6)))
      )
        break;
      // « le département DXYZ »: another body; « le département Opérateur de services … »: a capitalised type word opening a name.
      if (i === 0 && isOrgAt(w.start) && !(/^[A-ZÉ][a-zéèêàç]/.test(w.text) && orgTypeOf(w.text))) break;
      const lw = w.text.toLowerCase();
      // « les centres de données du ministère à Brest et à Toulouse », « l'agence à Lyon »: « à » then a proper name
      // with no article is a place, not the remit a name goes on with (« délégation à l'accessibilité »).
      if (lw === 'à' && /^\p{Lu}/u.test(word(i + 1)?.text ?? '')) break;
      // « … – pôle Relation usagers ⏎ mathilde.lefebvre@onal.gouv.fr »: an address's first part is no word of the name.
      if (/^[\p{L}\p{N}._%+-]*@[\p{L}\p{N}-]/u.test(clean.slice(w.start, w.end + 60))) break;
      // « … des relations avec les usagers »: « avec » after « relations » goes on with the name.
      const relationsWith = lw === 'avec' && /^(?:relations?|rapports)$/i.test(prev?.text ?? '');
      // (« systèmes d'alerte », « cellule de veille »: a verb form after a preposition or an article is the noun.)
      const nounAfterArticle = /^(?:de|d'|du|des|la|l'|le|les)$/i.test(prev?.text ?? '') && /e$/.test(lw) && !NOT_NOUNS_AFTER_ARTICLE.has(lw);
      // (« le pôle Veille », « le pôle Alerte »: a capitalised word right after the type word is the name; its verb is
      // written in lowercase, « le pôle veille à … ».)
      const nameAfterType = taken.length === 0 && /^\p{Lu}\p{Ll}+e$/u.test(w.text) && !NOT_NOUNS_AFTER_ARTICLE.has(lw);
      // (« le ministère chargé des comptes publics »: how decrees name a ministry, by its remit.)
      const ministryInCharge = i === 0 && /^ministères?$/i.test(typeWord) && /^chargée?s?$/.test(lw) && /^(?:de|du|des|d')$/i.test(word(i + 1)?.text ?? '');
      if (!relationsWith && !nounAfterArticle && !nameAfterType && !ministryInCharge && (PREDICATE_WORDS.has(lw) || PREDICATE_WORDS.has(lw.replace(/'$/, '')))) break;
      if (LOWERCASE_PREDICATE_VERBS.has(w.text)) break;
      // « le département Services aux agents fusionne avec la mission X »: a change the body goes through, then what
      // it merges with.
      if (/^(?:fusionne|fusionnent|fusionnera|fusionneront)$/.test(w.text) && /^\s+(?:avec|au\s+sein|dans|en)\s/.test(clean.slice(w.end, w.end + 12))) break;
      // « portant organisation de la direction X en sous-directions et bureaux »: how it is divided, not its name.
      if (lw === 'en' && taken.length && UNIT_DIVISION_AFTER.test(clean.slice(w.end, w.end + 60))) break;
      // « … de proximité compte 1 200 conseillers », « … réunit 40 membres », « le département compte deux pôles »: a
      // verb of counting, then a number.
      if (/^(?:compte|comptent|comptait|totalise|recense|réunit|réunissent)$/.test(w.text) && COUNT_AFTER_VERB.test(clean.slice(w.end, w.end + 12))) break;
      // « le programme Convergence lancé en 2024 », « la mission X créée par … »: a participle of what happened to the
      // body, then when or by whom, opens the rest of the sentence (« Territoires engagés pour la nature » is a name).
      if (EVENT_PARTICIPLE.test(w.text) && /^\s+(?:en|le|la|l'|les|par|depuis|dès|au|à|fin|début|courant|il\s+y\s+a)(?![\p{L}])/u.test(clean.slice(w.end, w.end + 12))) break;
      // « l'Agence X mise en place en 2021 »: « mise en place » then when or by whom (« la mise en production » after an
      // article or a preposition is a noun, inside names: « bureau de la mise en production des applications »).
      if (contentTaken > 0 && /^mise?s?$/.test(w.text) && !/^(?:la|de|à|en)$/i.test(prev?.text ?? '') && /^\s+en\s+(?:place|service|ligne|œuvre|production)\s+(?:en|le|la|l'|par|depuis|dès|au|à|fin|début)(?![\p{L}])/u.test(clean.slice(w.end, w.end + 40))) break;
      // « une commission technique composée de trois agents »: what it is made of, not its name.
      if (contentTaken > 0 && /^(?:composée?s?|constituée?s?|formée?s?)$/.test(w.text) && /^\s+(?:de|d')(?![\p{L}])/u.test(clean.slice(w.end, w.end + 4))) break;
      // « le comité technique animé par la DSIM », « présidé par … »: who runs it, not its name.
      // (« le service d'identification X opéré par l'agence »: who runs it, likewise.)
      if (contentTaken > 0 && /^(?:animée?s?|présidée?s?|coprésidée?s?|pilotée?s?|coordonnée?s?|opérée?s?|exploitée?s?|développée?s?|conçue?s?|éditée?s?|maintenue?s?|hébergée?s?)$/.test(w.text) && /^\s+par(?![\p{L}])/u.test(clean.slice(w.end, w.end + 5))) break;
      // « le rapport de la Cour des comptes sur la … »: the topic of a document, not the body's name (names with
      // « sur » are those of committees, missions and study centres: « commission sur … », « centre d'études sur … »).
      if (lw === 'sur' && TOPIC_ENDS_NAME.has(type) && !/^(?:recherches?|études?|enquêtes?)$/i.test(prev?.text ?? '')) break;
      // « le rôle de la direction interministérielle du numérique dans l'instruction des projets »: likewise « dans ».
      // (Agencies and missions may carry « dans » in their names: « agence pour … dans les territoires ».)
      if (lw === 'dans' && proper && UNIT_NAME_ENDS_AT_DANS.has(type)) break;
      // (« l'incubateur Atelier 21, … »: a number closing a title-case name is part of it.)
      const numbered = /^\d{1,3}$/.test(w.text) && /^[A-ZÉ][a-zéèêàç]+$/.test(taken[taken.length - 1]?.text ?? '') && /^\s*(?:[,.;:)]|$)/.test(clean.slice(w.end, w.end + 3));
      if (/^\d/.test(w.text) && !numbered) break;
      // « … comptables en mars 2016 », « … en 2012 »: a date closes the name.
      // (« comité de suivi de huit membres »: a count closes it too.)
      if (CONNECTORS.has(lw) && (MONTH.test(word(i + 1)?.text ?? '') || /^\d/.test(word(i + 1)?.text ?? '') || (SPELLED_COUNT.test(word(i + 1)?.text ?? '') && /^\p{Ll}+[sx]$/u.test(word(i + 2)?.text ?? '')))) break;
      // « … des Sports à compter du 15 mai », « à partir de 2024 »: a date locution closes the name.
      if (lw === 'à' && /^(?:compter|partir|dater)$/i.test(word(i + 1)?.text ?? '')) break;
      // « La direction des affaires numériques en chiffres », « … en bref »: a heading's words about the page, not the name.
      if (lw === 'en' && ABOUT_THE_PAGE.test(clean.slice(w.end, w.end + 30))) break;
      // « … au niveau de sécurité requis », « … à l'adresse X », « … au titre de », « … au T2 »: a locution or a quarter,
      // the sentence going on, not a remit of the body.
      if ((lw === 'à' || lw === 'au' || lw === 'aux') && LOCUTION_AFTER_A.test(clean.slice(w.end, w.end + 20))) break;
      // « cheffe du bureau des feux à la sous-direction de la signalisation »: the unit it belongs to, as with « de la ».
      // (After a head's title only: « cheffe du bureau X à la … »; « la direction X succède au service Y » is a verb.)
      if (i > 0 && (lw === 'à' || lw === 'au') && word(i + 1) !== undefined && (HEADED_BEFORE.test(clean.slice(Math.max(0, start - 40), start)) || HEADED_BY_VERB_BEFORE.test(clean.slice(Math.max(0, start - 20), start)))) {
        const target = lw === 'à' && ['la', "l'"].includes(word(i + 1)!.text.toLowerCase()) ? word(i + 2) : word(i + 1);
        // (« à la sous-direction », « au département », not the locution « au service de ».)
        const unit = lw === 'à' ? /^(?:sous-direction|direction|délégation|mission|préfecture|division)$/i : /^(?:département|bureau|pôle|secrétariat|commissariat|cabinet|centre)$/i;
        if (target && isOrgAt(target.start) && unit.test(target.text)) {
          ofAt = target.start;
          break;
        }
      }
      // « de la » / « du » + another organisation: stop here, that one may be the parent (« et du X » is another body).
      if ((lw === 'de' || lw === 'du' || lw === "d'" || lw === 'des') && word(i + 1) !== undefined && taken[taken.length - 1]?.text.toLowerCase() !== 'et') {
        const nxt = word(i + 1)!;
        const target = ['la', "l'"].includes(nxt.text.toLowerCase()) && word(i + 2) ? word(i + 2)! : nxt;
        // (« mission Qualité de service », « niveau de service »: a lowercase type word right after « de », without an
        // article, is a complement's noun, not another body.)
        const bareTypeWord = lw === 'de' && target === nxt && /^\p{Ll}/u.test(nxt.text);
        if (isOrgAt(target.start) && !bareTypeWord) {
          // (« …des relevés, de la sous-direction des images et du bureau … »: the next item of an enumeration,
          // not a complement.)
          if (!(gap.includes(',') && listed.has(target.start))) ofAt = target.start;
          break;
        }
        // An enumerated unit after a comma is the next item, not this name's complement.
        if (gap.includes(',') && listed.has(target.start)) break;
      }
      // « et » continues only into a complement (« … du numérique et du système … »).
      if (lw === 'et') {
        // « … de l'intérieur et du ministère de la Culture », « rattaché à la direction X et à la direction Y »:
        // « et » + another body ends this name.
        const w1 = word(i + 1);
        const w2 = word(i + 2);
        const target = w1 && ['du', 'des', 'de', "d'", 'à', 'au', 'aux'].includes(w1.text.toLowerCase()) ? (w2 && ['la', "l'"].includes(w2.text.toLowerCase()) ? word(i + 3) : w2) : undefined;
        if (target && isOrgAt(target.start)) break;
        const nxtWord = word(i + 1)?.text ?? '';
        const nxt = nxtWord.toLowerCase();
        const capitalChain = proper && /^[A-ZÉ]/.test(nxtWord) && taken.some((t) => /^[A-ZÉ]/.test(t.text));
        // « … étrangères et européennes »: a coordinated adjective closing the name.
        const nextNext = word(i + 2);
        const closingAdjective =
          /^[a-zéèê]+(?:es|ales|aux|iques?|elles?|aires?|ées?|ières?|iers|ives?|ifs)$/.test(nxt) &&
          (!nextNext || /[,;:.()»\n]/.test(clean.slice(word(i + 1)!.end, nextNext.start)) || PREDICATE_WORDS.has(nextNext.text.toLowerCase()) || /^(?:(?:[snm]|qu)'|se|ne)$/i.test(nextNext.text));
        // « pôle Cartes et relevés »: a title-case name right after the type word goes on with « et » and
        // a common noun (not an article: « le pôle Données et le pôle Produits »).
        // (Not a noun that opens a phrase of its own: « Programme X et retour sur un exemple d'usage ».)
        const titled =
          /^[A-ZÉ]/.test(taken[0]?.text ?? '') && !COMMON_CAPITALISED.test(taken[0]!.text) && /^[a-zéèêàç][a-zéèêàç-]+$/.test(nxtWord) && !DETERMINER_WORDS.has(nxt) &&
          !/^(?:sur|pour|avec|dans|par|entre|chez|vers|contre|selon)$/i.test(nextNext?.text ?? '');
        // « - Cellule recrutement et attractivité — Prénom Nom », « ## Pôle homologation et conformité »: a label that
        // opens its line and ends it (or ends at a dash, a colon, a parenthesis) is the whole name.
        const lineStart = clean.lastIndexOf('\n', start - 1) + 1;
        const lineEndAt = clean.indexOf('\n', w.end);
        const tail = clean.slice(w.end, lineEndAt < 0 ? clean.length : lineEndAt);
        const wholeLabel =
          // (An item may open with its article: « - le pôle design et accessibilité ; ».)
          /^\s*(?:[-*+•]\s+|#{1,6}\s+|\d{1,2}[.)]\s+)?(?:(?:le|la|l')\s*)?$/i.test(clean.slice(lineStart, start)) &&
          /^\s+[a-zéèêàçœ'-]+(?:\s+[a-zéèêàçœ'-]+){0,3}\s*(?:\s-\s|[:(;]|[.,]?\s*$)/.test(tail) &&
          !DETERMINER_WORDS.has(nxt) &&
          !/^\s+\S+\s+(?:le|la|les|l'|un|une|des|du)\s/.test(tail);
        if (!nxt || (!['de', 'du', 'des', "d'", 'à', 'aux'].includes(nxt) && !capitalChain && !closingAdjective && !titled && !wholeLabel)) break;
      }
      // (A capitalised article opens a proper name: « l'incubateur La Ruche », « le laboratoire Le Phare ».)
      const articleOfName = /^(?:La|Le|Les|L')$/.test(w.text) && /^\p{Lu}\p{Ll}/u.test(word(i + 1)?.text ?? '') && !orgTypeOf(word(i + 1)!.text);
      if (i === 0 && CONNECTORS.has(lw) && !['de', 'du', 'des', "d'", 'aux', 'au', 'pour', 'à'].includes(lw) && !articleOfName) break;
      // « Service conduisant la procédure : », « le service gérant les achats »: a present participle right after the
      // type word describes some service; it names none.
      if (i === 0 && /^\p{Ll}{3,}ant$/u.test(w.text)) break;
      // « dans chaque direction régionale un référent », « à chaque ministère de disposer d'un réseau »: an
      // indefinite article, or « de » and an infinitive with its object, start another phrase.
      if (i > 0 && (lw === 'un' || lw === 'une')) break;
      if ((lw === 'de' || lw === "d'") && /^[a-zéèêàç]{3,}(?:er|ir|re)$/.test(word(i + 1)?.text ?? '') && /^\s+(?:d'|un\s|une\s|le\s|la\s|les\s|l'|des\s|en\s|tout\s|toute\s|tous\s|toutes\s|chaque\s|ses\s|son\s|sa\s|leurs?\s|ces?\s|cette\s)/.test(clean.slice(word(i + 1)!.end, word(i + 1)!.end + 8))) break;
      if (NAME_ADJECTIVE.test(w.text) || (/^[A-ZÉ]/.test(w.text) && !COMMON_CAPITALISED.test(w.text))) {
        // Only the first content words decide (« ministère de la Culture », not « service … du Gouvernement »).
        if (contentTaken <= 1) proper = true;
      }
      // « un comité stratégique de … », « une commission consultative »: a committee qualified by an adjective.
      if (i === 0 && /^(?:comité|commission|observatoire)$/i.test(typeWord) && (ADJECTIVE_ENDING.test(w.text) || NAME_ADJECTIVE.test(w.text))) proper = true;
      // Some type words are names whenever a complement follows (« ministère de l'intérieur »).
      if (i === 0 && ALWAYS_NAMED.has(typeWord.toLowerCase()) && ['de', 'du', 'des', "d'", 'chargé', 'chargée'].includes(lw)) proper = true;
      // « le réseau des référents qualité ministériels », « du réseau des conseillers numériques »: a network of people
      // the text names with a definite article (not « un réseau de correspondants »).
      // (Qualified: « le réseau des correspondants » alone is any network of correspondents.)
      if (i === 1 && /^réseau$/i.test(typeWord) && taken[0]?.text.toLowerCase() === 'des' && PEOPLE_NETWORK.test(w.text) && /(?:^|[^\p{L}])(?:le|du|au)\s+$/iu.test(clean.slice(Math.max(0, start - 4), start)) && /^[ \t]+(?:[\p{L}]|«)/u.test(clean.slice(w.end, w.end + 3)) && !PREDICATE_WORDS.has(word(i + 1)?.text.toLowerCase() ?? '') && !['et', 'ou'].includes(word(i + 1)?.text.toLowerCase() ?? '') && !(/^[\p{Ll}]+(?:é|ée|és|ées|is|ise|ises|it|ite|its|ites)$/u.test(word(i + 1)?.text ?? '') && word(i + 2)?.text === 'par')) proper = true;
      // « délégation aux usagers », « agence pour le développement … » (not « ministère à prendre »).
      if (i === 0 && /^(?:délégation|agence)$/i.test(typeWord) && ['à', 'au', 'aux', 'pour'].includes(lw)) proper = true;
      taken.push(w);
      if (!CONNECTORS.has(lw)) contentTaken++;
    }
    while (taken.length && CONNECTORS.has(taken[taken.length - 1]!.text.toLowerCase())) taken.pop();
    if (taken.length === 0) continue;
    // A phrase followed by a parenthesis (« … (créée en 2001) », « … (ABC) ») is a name too.
    const afterName = clean.slice(taken[taken.length - 1]!.end, taken[taken.length - 1]!.end + 24);
    const datedOrDefined = /^\s*\(\s*(?:créée?s?|fondée?s?|née?s?|instituée?s?|[A-ZÉ][A-Za-zÉ0-9&]{1,11}\s*[,)])/.test(afterName);
    // « le service des achats de la DGFiP »: a unit of a named body is a unit, even without a proper name.
    // « Au sein de la DGFiP, le service des achats … »: likewise a unit of the body just named.
    // « la direction du numérique de l'ANTD » is a unit too, but « prendre / assurer la direction des travaux du
    // Conseil » is an activity.
    // « rattaché à la direction du budget »: after an attachment, « à la direction » is a body, not « under the direction ».
    const attachedTo = ATTACHED_TO_BEFORE.test(clean.slice(Math.max(0, start - 140), start));
    const unitWord = SUB_UNIT_TYPE_WORDS.test(typeWord) || (/^directions?$/i.test(typeWord) && (attachedTo || !LEADING_ACTIVITY.test(clean.slice(Math.max(0, start - 30), start))));
    const unitOfBody =
      unitWord &&
      taken.some((t) => !CONNECTORS.has(t.text.toLowerCase())) &&
      (ofAt !== null || listedAsAttached(clean, start) || withinBodyBefore(clean, start, isOrgAt) || HEADED_BEFORE.test(clean.slice(Math.max(0, start - 40), start)) || CHAIN_COMMA_BEFORE.test(clean.slice(Math.max(0, start - 100), start)) || stackedUnderBody(text, start, taken[taken.length - 1]!.end) || (creditedBefore(clean.slice(Math.max(0, start - 80), start)) && CREDIT_BODY_AFTER.test(clean.slice(taken[taken.length - 1]!.end, taken[taken.length - 1]!.end + 40))) || ABOUT_UNIT_BEFORE.test(clean.slice(Math.max(0, start - 40), start)) || attachedTo || ((SUBJECT_ARTICLE_BEFORE.test(clean.slice(Math.max(0, start - 8), start)) || ARTICLE_SUBJECT_BEFORE.test(clean.slice(Math.max(0, start - 24), start))) && UNIT_REMIT_AFTER.test(clean.slice(taken[taken.length - 1]!.end, taken[taken.length - 1]!.end + 120))) || (INDEFINITE_SUBJECT_BEFORE.test(clean.slice(Math.max(0, start - 8), start)) && SET_UP_UNIT_AFTER.test(clean.slice(taken[taken.length - 1]!.end, taken[taken.length - 1]!.end + 60))));
    // « chef du pôle armement du service des moyens nautiques », « … du bureau X à la sous-direction Y »: the unit
    // a unit just named belongs to is a unit too.
    // (Or a unit just defined with its acronym: « le bureau des contrôles (BC) de la direction des finances locales ».)
    while (definitionsBefore < definitionsByEnd.length && definitionsByEnd[definitionsBefore]!.end <= start) definitionsBefore++;
    const parentOfPrevious = unitWord && (unitJustBefore(clean, out[out.length - 1]?.mention, start) || unitJustBefore(clean, definitionsByEnd[definitionsBefore - 1], start));
    // « le laboratoire de données « Rurdata » », « le groupement d'intérêt public « Accès pour tous » »: a name between
    // guillemets right after the phrase makes it a body's (not a network's: products.ts reads those).
    // (Laboratories, incubators and public groupings only: « le service d'assistance « X » » is a product, and a
    // committee « sur le programme « X » » names its topic.)
    const quotedName =
      ofAt === null &&
      (type === 'institut' || type === 'incubateur' || type === 'fabrique' || /^groupements?$/i.test(typeWord)) &&
      /^\s*«\s*[^«»\n]{2,60}?\s*»/.test(clean.slice(taken[taken.length - 1]!.end, taken[taken.length - 1]!.end + 80));
    if (!proper && !(datedOrDefined && taken.length >= 3) && !unitOfBody && !listed.has(start) && !parentOfPrevious && !quotedName) {
      // Kept aside: the same name written elsewhere in the text as a name (below).
      if (type !== 'ministère') lowercaseUnnamed.push({ start, typeWord, type, taken });
      continue;
    }
    // « une communauté composée de … », « un service chargé de … »: an indefinite article and a participle
    // describe a body, they do not name one.
    if (!capitalised && /(?:^|\s)(?:un|une)\s+$/i.test(clean.slice(Math.max(0, start - 5), start)) && /^[a-zéè]+ée?s?$/.test(taken[0]!.text)) continue;
    // « Sillon est un programme interministériel », « … devient une direction régionale »: what kind of body the
    // subject is, by adjectives alone, names none (not « un secrétariat général sont rattachés à … », a unit).
    if (!capitalised && KIND_ATTRIBUTE_BEFORE.test(clean.slice(Math.max(0, start - 24), start)) && taken.every((t) => /^[a-zà-ÿ-]+$/.test(t.text) && !CONNECTORS.has(t.text))) continue;
    // « placé sous l'autorité de Mme X »: who a body answers to, no body called « autorité ».
    if (/^autorités?$/i.test(typeWord) && /sous\s+l['’]\s*$/iu.test(clean.slice(Math.max(0, start - 8), start))) continue;
    // « fonction de laboratoire RH »: a generic acronym alone after a lowercase type word is a qualifier.
    if (!capitalised && taken.length === 1 && GENERIC_ACRONYMS.has(taken[0]!.text)) continue;
    // « le service Xyz »: a service with a proper name is a product, not an organisation.
    if (type === 'service' && !capitalised && taken.length === 1 && /^[A-ZÉ]/.test(taken[0]!.text)) continue;
    // « le service de visioconférence Parlons-État », « … de visioconférence Agora »: lowercase words (not a connector
    // last), then a name shaped as products' are (capitals joined by a hyphen, CamelCase), or a capitalised word after
    // what a product does (« … d'authentification », not « le service régional Occitanie », a unit): a product too.
    if (
      type === 'service' &&
      !capitalised &&
      taken.length >= 2 &&
      taken.slice(0, -1).every((t) => /^[a-zà-ÿ']/.test(t.text)) &&
      !CONNECTORS.has(taken[taken.length - 2]!.text.toLowerCase()) &&
      (/^(?:\p{Lu}[\p{Ll}']+(?:-\p{Lu}[\p{L}']*)+|\p{Lu}\p{Ll}+\p{Lu}\p{L}*)$/u.test(taken[taken.length - 1]!.text) ||
        (/^\p{Lu}\p{Ll}+$/u.test(taken[taken.length - 1]!.text) && ofAt === null && taken.slice(0, -1).some((t) => PRODUCT_ACTIVITY.test(t.text.replace(/^[dl]'/i, '')))))
    )
      continue;
    const nameEnd = taken[taken.length - 1]!.end;
    const phrase = `${typeWord} ${clean.slice(taken[0]!.start, nameEnd)}`.replace(/\s+/g, ' ');
    // « opérateur de l'application X », « l'opérateur du service Y »: the part a body plays for a product, not a name.
    if (/^opérat(?:eur|rice)s?$/.test(typeWord) && OF_A_PRODUCT.test(phrase.slice(typeWord.length))) continue;
    if ((STATUS_PHRASE.test(phrase) && !quotedName) || VENUE_PHRASE.test(phrase) || DATA_CENTRE.test(phrase) || ACT_PHRASE.test(phrase) || ROLE_PHRASE.test(phrase)) continue;
    // « le département de l'Ariège »: a territory, not a unit.
    if (type === 'département' && /^(?:de l'|de la |du |des |de )[A-ZÉ][\wÀ-ÿ'-]*$/.test(phrase.slice(typeWord.length + 1))) continue;
    // A bare adjective (« direction interministérielle ») is kept: normalise merges it with the full name.
    const name = `${singular(typeWord)} ${clean.slice(taken[0]!.start, nameEnd)}`.replace(/\s+/g, ' ').replace(PADDED_BEFORE_PUNCTUATION, '');
    // « le laboratoire d'innovation « Agri'Lab » »: the name between guillemets after the phrase is its own (not a
    // network's: « le réseau ministériel « X » » is a product, products.ts).
    const quotedAfter = type !== 'réseau' && ofAt === null ? /^\s*«\s*([^«»\n]{2,60}?)\s*»/.exec(clean.slice(nameEnd, nameEnd + 80)) : null;
    if (quotedAfter) {
      const end = nameEnd + quotedAfter[0].length;
      if (typeWord === 'service' && quotedServiceIsProduct(clean, start, end, isOrgAt)) continue;
      out.push({ mention: { start, end, name: `${name} ${quotedAfter[1]!.replace(/\s+/g, ' ')}`, acronym: null, type, nameStart: start, nameEnd: end, how: 'named' }, ofAt });
      continue;
    }
    out.push({
      mention: { start, end: nameEnd, name, acronym: null, type, nameStart: start, nameEnd, how: 'named' },
      ofAt,
    });
  }
  // « conçu par Sillon, l'incubateur de services numériques de la DNAR »: a proper name set before a comma and the
  // type word of the bodies that go by such names (an incubator, a lab, a « fabrique »).
  const incubatorNamed = /,\s+(?:l'|la\s|le\s)?\s*(?:incubateur|fabrique|laboratoire|lab)\b/i.test(clean);
  for (const m of incubatorNamed ? [...clean.matchAll(NAMED_BEFORE_TYPE), ...(clean.includes('»') ? clean.matchAll(QUOTED_BEFORE_TYPE) : [])] : []) {
    const name = m[1]!.replace(/\s+/g, ' ');
    const start = m.index + m[0].indexOf(m[1]!);
    const quoted = m[0].startsWith('«');
    // (« La Forge »: the word after the article is the one that names.)
    const first = name.replace(/^(?:La|Le)\s+/u, '').split(/\s+/)[0]!;
    if (isGivenName(first) || (!quoted && (COMMON_CAPITALISED.test(first) || LEADING_CAPITALISED.test(first))) || isOrgAt(start) || out.some((o) => o.mention.start <= start && start < o.mention.end)) continue;
    // (A place: « Implanté à Clermont-Ferrand, le laboratoire … », « Depuis Saint-Denis, la fabrique … »; not a name
    // with its article, « incubé à La Forge, l'incubateur du … ».)
    if (!quoted && first === name.split(/\s+/)[0] && /(?:^|[^\p{L}])(?:à|depuis|vers|près\s+de)\s+$/iu.test(clean.slice(Math.max(0, start - 12), start))) continue;
    // (Not a sentence's first word: « Ensuite, l'incubateur … »; « La Navette, incubateur du ministère … » is named
    // by its article and capital.)
    if (!quoted && !/^(?:La|Le)\s/u.test(name) && /(?:^|[.!?:;]\s*|\n\s*(?:[-*•]\s*)?)$/.test(clean.slice(Math.max(0, start - 4), start))) continue;
    // (« présenté à Marseille, fabrique des territoires … »: after « à », « en », « au », without an article before
    // the type word, a place.)
    if (m[3] !== undefined && /(?<![\p{L}])(?:à|en|au|aux)\s+$/iu.test(clean.slice(Math.max(0, start - 5), start))) continue;
    const type = orgTypeOf((m[2] ?? m[3])!);
    if (!type) continue;
    out.push({ mention: { start, end: start + m[1]!.length, name, acronym: null, type, nameStart: start, nameEnd: start + m[1]!.length, how: 'named' }, ofAt: null });
  }
  // « … la sous-direction des applications et des projets, le pôle … » in prose, the same unit a table row, a
  // heading or a definition names (« Sous-direction des applications et des projets | SDAP »): a mention of it.
  if (lowercaseUnnamed.length) {
    const nameKey = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');
    const known = new Set([...out.map((n) => n.mention.name ?? ''), ...definitions.map((d) => d.name ?? '')].filter((n) => n.includes(' ')).map(nameKey));
    // (Most candidates share no first two words with a known name: checked first, the names built only then.)
    const heads = new Set([...known].map((k) => k.split(' ', 2).join(' ')));
    const taken = out.map((n) => n.mention);
    for (const c of lowercaseUnnamed) {
      if (!c.taken.length || !heads.has(`${singular(c.typeWord)} ${c.taken[0]!.text}`.toLowerCase())) continue;
      // The longest run of the phrase's words that is a known name.
      for (let k = c.taken.length; k > 0; k--) {
        const nameEnd = c.taken[k - 1]!.end;
        const name = `${singular(c.typeWord)} ${clean.slice(c.taken[0]!.start, nameEnd)}`.replace(/\s+/g, ' ').replace(PADDED_BEFORE_PUNCTUATION, '');
        if (!known.has(nameKey(name))) continue;
        // (« comité de pilotage », « secrétariat général »: every body has one; a capital elsewhere names no unit.)
        if (GENERIC_UNIT_NAME.test(name)) break;
        if (!taken.some((t) => t.start < nameEnd && c.start < t.end)) {
          out.push({ mention: { start: c.start, end: nameEnd, name, acronym: null, type: c.type, nameStart: c.start, nameEnd, how: 'named' }, ofAt: afterOf(clean, nameEnd, isOrgAt) });
        }
        break;
      }
    }
    // « le bureau des applications (BA) et le bureau des services aux usagers », « la cellule X et la cellule de
    // l'audit »: a unit coordinated with a unit of the same kind the text names is one too.
    // (The named units in order of position: each candidate looks at the one right before it and the one right after.)
    const named = out.map((n) => n.mention).filter((m) => m.type && SUB_UNIT_TYPES.has(m.type)).sort((a, b) => a.start - b.start);
    for (const c of lowercaseUnnamed) {
      if (!c.taken.length || !SUB_UNIT_TYPES.has(c.type)) continue;
      const nameEnd = c.taken[c.taken.length - 1]!.end;
      // (After a comma only between two names of that kind: « Houle, l'incubateur de … » is an apposition.)
      const word = singular(c.typeWord).toLowerCase();
      const between = (from: number, to: number, m: OrgMention) => COORDINATED_BETWEEN.test(clean.slice(from, to)) && (/(?:^|\s)et\s/.test(clean.slice(from, to)) || (m.name ?? '').toLowerCase().startsWith(`${word} `));
      const next = mentionIndexFrom(named, nameEnd);
      const before = [named[next - 1], named[next - 2]].find((m) => m && m.end <= c.start);
      const after = named[next];
      const coordinated = (!!before && before.type === c.type && between(before.end, c.start, before)) || (!!after && after.type === c.type && between(nameEnd, after.start, after));
      if (!coordinated || out.some((t) => t.mention.start < nameEnd && c.start < t.mention.end)) continue;
      const name = `${singular(c.typeWord)} ${clean.slice(c.taken[0]!.start, nameEnd)}`.replace(/\s+/g, ' ').replace(PADDED_BEFORE_PUNCTUATION, '');
      // (« le bureau de poste », « le bureau de vote »: places, not units.)
      if (GENERIC_UNIT_NAME.test(name) || /^bureaux?\s+(?:de|du)\s+(?:poste|vote|change|tabac)(?![\p{L}])/iu.test(name)) continue;
      out.push({ mention: { start: c.start, end: nameEnd, name, acronym: null, type: c.type, nameStart: c.start, nameEnd, how: 'named' }, ofAt: afterOf(clean, nameEnd, isOrgAt) });
    }
  }
  return out;
}

/** Between two coordinated units: « (BA) et le », « , la », « et de la ». */
const COORDINATED_BETWEEN = /^\s*»?\s*(?:\([^()\n]{1,20}\)\s*)?(?:,\s*(?:et\s+)?|et\s+)(?:(?:de\s+)?(?:le|la|les)\s+|(?:de\s+)?l'|du\s+|des\s+)?$/i;

/** Types of body whose name never goes on with « sur … » (a document's topic follows). */
const TOPIC_ENDS_NAME = new Set<OrganisationType>(['établissement', 'ministère', 'direction', 'service', 'agence', 'bureau', 'département', 'pôle', 'secrétariat', 'autorité', 'délégation']);

/** Types of body whose name never goes on with « dans … ». */
const UNIT_NAME_ENDS_AT_DANS = new Set<OrganisationType>(['direction', 'ministère', 'secrétariat', 'service', 'bureau', 'département', 'pôle']);

/** Articles and prepositions a title set in capitals writes (a defined acronym « CE » there is still the body). */
const ARTICLE_IN_CAPITALS = new Set(['DE', 'DU', 'DES', 'LA', 'LE', 'LES', 'AU', 'AUX', 'EN', 'ET', 'OU', 'PAR', 'POUR', 'SUR', 'UN', 'UNE']);

/** A number in words that counts (« huit membres », « douze agents »), in lowercase: « des Trois Rivières » is a name. */
const SPELLED_COUNT = new RegExp(`^(?:${COUNT_WORD_ALTERNATION})$`);

/**
 * What stands before a type word in a line set in capitals when the word opens a headline's subject (« L'INSPECTION
 * … PASSE … », « 2. ESCALE : LA DIRECTION … »): anything but the line's start (a marker or a number aside), a dash or a
 * complement's preposition.
 */
const CAPITALS_HEADLINE_SUBJECT = /^(?!\s*(?:[-*•#]+\s*|\d{1,2}[.)]\s*)?$)(?!.*(?:\s-\s*|(?:^|\s)(?:DE\s+LA|DE\s+L'|DU|DES|AU|AUX|À\s+LA|À\s+L'|PAR\s+LA|PAR\s+LE|PAR\s+L'|POUR\s+LA|POUR\s+LE|DE|D')\s*)$)/;

/** Participles of what happens to a body or a programme (not « chargé », « délégué », « placé »: names carry them). */
const EVENT_PARTICIPLE = /^(?:lancée?s?|créée?s?|instituée?s?|annoncée?s?|signée?s?|adoptée?s?|publiée?s?|déployée?s?|installée?s?|inaugurée?s?|présentée?s?|initiée?s?|engagée?s?|supprimée?s?|dissoute?s?|fusionnée?s?|renommée?s?|financée?s?)$/;

/** After « à », « au », « aux »: a locution (« au niveau de », « à l'adresse », « au sein de ») or a quarter (« au T2 »). */
const LOCUTION_AFTER_A = /^\s+(?:(?:la|l')\s*)?(?:niveau|niveaux|adresse|titre|sein|cours|terme|profit|regard|moment|total|début|fin|issue|hauteur|lieu|plus|moins|demande|suite|mois|printemps|été|automne|hiver|[TS][1-4])(?![\wÀ-ÿ])/i;

/** A person's role and a comma right before a body (« Paul Roy, chargé de mission, », « Mme X, architecte, »). */
const ROLE_THEN_COMMA_BEFORE = new RegExp(String.raw`\p{Lu}[\p{L}'’-]+,\s*(?:${ROLE_ALTERNATION})(?:\s+[\p{Ll}'’-]+){0,3},\s*(?:(?:la|le|l')\s*)?$`, 'iu');

/** A person's name and a comma right before a body (« …, Léa Roux, », « Léa Roux et Paul Vidal, »). */
const PERSON_THEN_COMMA_BEFORE = /(?<![\p{L}'’-])(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)[ \t]+\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?,[ \t]*(?:(?:la|le|l')[ \t]*)?$/u;

/**
 * Does a person's credit end right before a body (« Paul Roy, chargé de mission, », « par Léa Roux et Paul Vidal, »)?
 * The body is where the person works: « …, mission des archives – ministère X ».
 */
export function creditedBefore(before: string): boolean {
  if (ROLE_THEN_COMMA_BEFORE.test(before)) return true;
  const m = PERSON_THEN_COMMA_BEFORE.exec(before);
  return !!m && isGivenName(m[1]!);
}

/**
 * A masthead's line under another body's (« MINISTÈRE X ⏎ Secrétariat général ⏎ Direction des systèmes d'information »):
 * the phrase [start, end) is its line whole, and the line right above names a body alone (its type word first, no
 * sentence on it).
 */
function stackedUnderBody(text: PreparedText, start: number, end: number): boolean {
  const { clean } = text;
  const line = lineAt(text, start);
  if (!line || line.kind !== 'paragraph' || line.contentStart !== start || !/^[ \t]*(?:\([^()\n]{1,20}\))?[ \t]*$/.test(clean.slice(end, line.end))) return false;
  if (!/^\p{Lu}/u.test(clean[start] ?? '')) return false;
  const above = lineAt(text, line.start - 1);
  if (!above || above.kind === 'blank' || above.end - above.contentStart > 100) return false;
  const aboveText = clean.slice(above.contentStart, above.end);
  const first = /^[\p{L}-]+/u.exec(aboveText)?.[0] ?? '';
  return !!orgTypeOf(first) && /^\p{Lu}/u.test(first) && !/[.;:!?]\s*$|[.;!?]\s/u.test(aboveText);
}

/** After a type word, the rest of a body's name: a complement, « général », or a capitalised word. */
const BODY_NAME_GOES_ON = /^[ \t]+(?:de|du|des|d'|à|aux|pour|générale?|interministérielle?|nationale?|régionale?|\p{Lu})/u;

/** A ministry or its general secretariat and a bare comma before a unit: a chain of bodies (« Le ministère X, secrétariat général, sous-direction Y »). */
const CHAIN_COMMA_BEFORE = /(?:(?<![\p{L}])secrétariat\s+général|(?:^|[\s'’(])[Mm]inistère\s[^,;.()\n]{2,80}),[ \t]*$/u;

/** After a credited unit's name: the larger body it belongs to, after a comma or a dash. */
const CREDIT_BODY_AFTER = /^\s*(?:,|\s-)\s*(?:(?:le|la|les|l')\s*)?(?:ministères?|direction|secrétariat|agence|délégation|préfecture|\p{Lu}{2,})(?![\p{Ll}])/iu;

/** Before a unit word: an office heading it (« cheffe du bureau des … », « à la tête de la mission … »). */
const HEADED_BEFORE =
  /(?:^|[^\wÀ-ÿ-])(?:(?:à|prend|prennent|prendra|prendront|a pris|ont pris|prise de) la tête|chef(?:fe)?|(?:sous-)?direct(?:eur|rice)(?: adjointe?)?|responsable|adjointe? (?:au chef|à la cheffe))\s+(?:du|de la|de l'|des)\s+$/i;

/**
 * Before a unit someone heads, said by a verb: « je dirige le programme X à la délégation Y » (the unit then its parent
 * after « à la »; not a name by itself: « la préfète coordonne la mission d'appui … » names an activity).
 */
const HEADED_BY_VERB_BEFORE = /(?:^|[^\wÀ-ÿ-])(?:dirige|dirigeait|dirigera|pilote|pilotait|coordonne|coordonnait)\s+(?:le|la|l')\s*$/i;

/** A sentence's opening article right before a type word: the unit is the sentence's subject. */
// (« « Art. 2. – La sous-direction X comprend : » (an article quoted by an amending act): after its number; « « La
// sous-direction X comprend : », a paragraph it quotes, after the guillemet that opens it; « 1° Le bureau X, chargé : »,
// an item an act numbers.)
const SUBJECT_ARTICLE_BEFORE = /(?:(?:^|\n)\s*(?:[-*•]\s*|\d{1,2}\s*[°º)]\s*|\d{1,2}\.\s+)?|[.!?]\s+|[.!?]\s+-\s+)(?:«\s*)?(?:Le|La|Les|L')\s*$|;\s+(?:le|la|les|l')\s*$/;
/** « Une mission d'appui juridique est placée auprès du directeur »: a decree sets up a unit with an indefinite article. */
const INDEFINITE_SUBJECT_BEFORE = /(?:^|[.!?]\s+|\n\s*)Une?\s*$/;
/** What such a unit is (« est placée auprès », « est rattachée à », « est chargée de »): not « est créé dans chaque commune ». */
const SET_UP_UNIT_AFTER = /^\s*(?:est|sont) (?:placée?s? auprès|rattachée?s? (?:à|au|aux)|chargée?s? d)/;
/** « Article 3 - La sous-direction X comprend : »: an article's number, then its subject. */
const ARTICLE_SUBJECT_BEFORE = /(?:^|\n)\s*(?:Article|Art\.)\s+(?:\d+|premier|1er)\s*(?:-|:|\.)?\s*(?:Le|La|Les|L')\s*$/;

/**
 * After a unit's name at the start of a sentence: its remit or its attachment (« Le bureau des études est chargé de … »,
 * « …, chargé : » before the list of its tasks, « … relève de la sous-direction X »), or what happens to it in the chart
 * (« … est créé le 1er mars », « … est issu de la fusion de … », « … a été supprimé en 2024 »).
 */
const UNIT_REMIT_AFTER = new RegExp(
  String.raw`^\s*(?:,[^,.;\n]{1,80},\s*)?(?:(?:est|sont|a été|ont été) (?:créée?s?|supprimée?s?|renommée?s?|transformée?s?|dissoute?s?|issue?s? de la fusion)(?! dans chaque)|fusionnen?t? |(?:est|sont) chargée?s? (?:d|:)|,\s*chargée?s?\s*(?:d|:)|(?:est|sont) (?:dirigée?s?|pilotée?s?|animée?s?|placée?s?) |a pour (?:mission|missions|objet|rôle) |(?:relève|relèvent) d|(?:est|sont) (?:directement )?rattachée?s? (?:à|au|aux) |dépend(?:ent)? d|(?:${REMIT_VERB_ALTERNATION})(?![\wÀ-ÿ])|(?:${CONTAINS_VERBS})\s*:)`,
);

/** An act's inverted attachment up to its parent: « Sont en outre directement rattachés au », « Est rattachée à la ». */
export const INVERTED_ATTACHMENT_LEAD = String.raw`(?:^|[.;:]\s*|\n\s*)(?:Sont|Est)\s+(?:(?:en\s+outre|également|aussi|par\s+ailleurs|directement)\s+){0,2}(?:rattachée?s?|placée?s?\s+auprès)\s+(?:directement\s+)?(?:à\s+la|à\s+l'|au|aux|de\s+la|de\s+l'|du|des)\s*`;
/**
 * Before a unit: such an attachment, its parent, then the units it lists (« Sont rattachés au directeur le département
 * X et la mission Y »): named, each right after the parent's phrase or after the one before it.
 */
const INVERTED_ATTACHMENT_BEFORE = new RegExp(String.raw`${INVERTED_ATTACHMENT_LEAD}[^.;:\n]{3,150}?\s(?:le|la|les|l')\s*$`, 'u');

/** Is the unit at `start` one an inverted attachment lists? (The cheap test first: most texts have none.) */
function listedAsAttached(clean: string, start: number): boolean {
  const before = clean.slice(Math.max(0, start - 200), start);
  return /(?:Sont|Est)\s/.test(before) && INVERTED_ATTACHMENT_BEFORE.test(before);
}

/** Before a type word: an attachment, so the body named is another's parent (« rattaché à la direction du budget »). */
const ATTACHED_TO_BEFORE = /(?:^|[^\wÀ-ÿ-])(?:rattachée?s?|placée?s? auprès|relève|relèvent|dépend|dépendent|sous la tutelle)\s+(?:directement\s+)?(?:(?:et\s+)?(?:à la|à l'|au|aux|de la|de l'|du|des)\s+[^,;.()\n]{0,80}?\s+et\s+)?(?:à la|à l'|au|aux|de la|de l'|du|des)\s+$/i;

/** Before a unit word: an act or a remit about it (« arrêté portant organisation de la direction X », « la fusion, le 1er mars, du bureau X »). */
const ABOUT_UNIT_BEFORE = /(?:^|[^\wÀ-ÿ-])(?:organisation|réorganisation|création|suppression|fusion|attributions|missions et (?:à )?l'organisation)(?:\s*,[^,;.\n]{1,40},)?\s+(?:de la|de l'|du|des)\s+$/i;

/** Before a unit word: joining it, being posted to it, within it (« vous rejoindrez le », « affecté au », « au sein du »). */
const JOINS_UNIT_BEFORE = /(?:^|[^\wÀ-ÿ-])(?:rejoin\p{L}*|intégre\p{L}*|intègre\p{L}*|affectée?s?|au\s+sein)\s+(?:du|de\s+la|de\s+l'|des|le|la|l'|au|à\s+la|à\s+l')\s*$/iu;

/** What a service that is a product does: « de visioconférence », « d'authentification », « de paiement ». */
const PRODUCT_ACTIVITY = /^(?:visioconférence|messagerie|authentification|identification|signature|rendez-vous|prise)$/i;

/**
 * A name shaped as products' are: a capital after its first word not right after « et » (« Carte Grise Express »,
 * « Mon Espace Public », not a remit, « Études et Développements »), an inner capital, a capital after an apostrophe,
 * a digit or a plus (« LogisDossier », « Rénov'Accès »).
 */
const PRODUCT_SHAPED_NAME = /^\S+\s(?:.*\s)?(?<!(?:^|\s)(?:et|&)\s)\p{Lu}|\p{Ll}\p{Lu}|['’]\p{Lu}|[\d+]/u;

/**
 * « … le poste de travail », « … l'application »: a word that names software right before (its article included); not
 * « site », « espace », « projet » nor « service », words of places and bodies too (« le site Pôle emploi », « le
 * service Mission X »).
 */
const PRODUCT_WORD_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:l'|le\s|la\s|les\s|un\s|une\s|du\s|de\sla\s|de\sl')\s*${SOFTWARE_WORD_ALTERNATION}s?\s+$`, 'iu');

/** A verb that says what kind of thing its subject is, then an indefinite article: « est un », « devient une ». */
const KIND_ATTRIBUTE_BEFORE = /(?<![\p{L}])(?:est|était|sera|devient|devenu|devenue|demeure|reste|constitue)\s+(?:un|une)\s+$/iu;

/** A product word and « des » / « du » before a type word: « le portail des [associations] », « l'annuaire des ». */
const PRODUCT_FOR_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:l'|le\s|la\s|un\s|une\s)\s*${SOFTWARE_WORD_ALTERNATION}\s+(?:des|du|de\s+la|de\s+l')\s*$`, 'iu');

/** « de l'application », « du service », « de la plateforme »: a product word after « de ». */
const OF_A_PRODUCT = new RegExp(`^\\s+(?:de\\s+la|de\\s+l'|du|des|d')\\s*(?:${PRODUCT_TYPE_ALTERNATION})(?![\\wÀ-ÿ])`);

/**
 * « le service « Carte Grise Express » », « le service de messagerie ministériel « Hermès » »: a service named between
 * guillemets is one the text offers, a product (products.ts), unless the text places it as a unit: « cheffe du service
 * « X » », « le service « X » de la direction », « Au sein de l'agence, le service « X » », « rattaché au service
 * « X » », an act organising it, a table row.
 */
function quotedServiceIsProduct(clean: string, start: number, end: number, isOrgAt: (pos: number) => boolean): boolean {
  const before = clean.slice(Math.max(0, start - 140), start);
  const lineStart = clean.lastIndexOf('\n', start - 1) + 1;
  return (
    // (« … du GIP », « … de la préfecture »: any complement after the name places it in a body.)
    !/^\s+(?:de\s+la|de\s+l'|du|des)\s/i.test(clean.slice(end, end + 12)) &&
    !HEADED_BEFORE.test(before) &&
    !ATTACHED_TO_BEFORE.test(before) &&
    !ABOUT_UNIT_BEFORE.test(before) &&
    !JOINS_UNIT_BEFORE.test(before) &&
    !withinBodyBefore(clean, start, isOrgAt) &&
    !/^\s*\|/.test(clean.slice(lineStart, start))
  );
}

/** Does the clause before `start` read « au sein de <body>, (le|la|l') »: is a unit named at `start` one of that body's? */
function withinBodyBefore(clean: string, start: number, isOrgAt: (pos: number) => boolean): boolean {
  const before = clean.slice(Math.max(0, start - 160), start);
  // The body may carry its acronym: « Au sein de la direction du numérique (DNUM), le bureau … ».
  const m = /(au sein (?:de la |de l'|du |des |de |d'))(?:[^,;:.()\n]|\([^()\n]{1,20}\)){1,140},\s*(?:le |la |les |l')?$/i.exec(before);
  return m !== null && isOrgAt(start - before.length + m.index + m[1]!.length);
}

/**
 * Named members after a plural type word: « les programmes France Services, Action cœur de ville et Petites
 * Villes de demain », « les départements « A » et « B » ». Each capitalised or quoted item is a mention.
 */
// A member: quoted, or a capitalised word and up to four more (not « et », « ou », nor a verb that follows the list).
const ENUM_ITEM = String.raw`(?:«\s*[^«»\n]{2,60}?\s*»|[A-ZÉ][\wÀ-ÿœŒ'’.-]*(?:\s+(?!(?:et|ou|sont|est|ont|a|seront|sera|font|fait)(?![\wÀ-ÿ]))(?:(?:de|du|des|la|le)(?![\wÀ-ÿ])|d'(?=\s)|[A-ZÉa-zéèêàçœ][\wÀ-ÿœŒ'’-]*)){0,4})`;
/** « des programmes (nationaux) comme / tels que / notamment … » before the members. */
const ENUM_LEAD = String.raw`(?:\s+[a-zéèêç]+(?:aux|ales?|aires?|iques?|elles?|els?|ifs?|ives?))?\s*,?\s+(?:comme|tels?\s+que|telles?\s+que|notamment)`;
// The members end with « et X », or with « X… » / « X, etc. » after a lead (an open list).
const ENUMERATION = new RegExp(
  String.raw`^\s*:?\s*(${ENUM_ITEM}(?:\s*,\s*${ENUM_ITEM})*(?:\s*,?\s+et\s+${ENUM_ITEM}))|^${ENUM_LEAD}\s*:?\s*(${ENUM_ITEM}(?:\s*,\s*${ENUM_ITEM})*(?:\s*,?\s+et\s+${ENUM_ITEM}|\s*,\s*${ENUM_ITEM}(?=\s*(?:…|\.\.\.|,?\s+etc(?![\wÀ-ÿ])))))`,
);
const ENUM_ITEM_RE = new RegExp(ENUM_ITEM, 'g');

function pluralEnumeration(clean: string, pos: number, typeWord: string, type: OrganisationType): NamedCandidate[] {
  const rest = clean.slice(pos, pos + 300);
  const m = ENUMERATION.exec(rest);
  // After a lead, a list of services is a list of products (« des services comme Tchap, Résana… »).
  const list = m?.[1] ?? (type === 'service' ? undefined : m?.[2]);
  if (!m || list === undefined) return [];
  // (A line break with no colon before the members ends the phrase: « … des ministères ⏎ Mesdames et Messieurs les
  // préfets » is an addressee list's next line.)
  const lead = m[0].slice(0, m[0].length - list.length);
  if (lead.includes('\n') && !lead.includes(':')) return [];
  const out: NamedCandidate[] = [];
  const itemRe = ENUM_ITEM_RE;
  itemRe.lastIndex = 0;
  const listStart = pos + m[0].length - list.length;
  let it: RegExpExecArray | null;
  while ((it = itemRe.exec(list))) {
    // (The full stop after the last item ends the sentence: « … et Support. ».)
    const raw = it[0].replace(/\s+(?:et|de|du|des|la|le)$/, '').replace(/(?<!\b[A-Z]\.[A-Z]?)\.$/, '');
    if (/^(?:et|de|du|des|la|le)$/i.test(raw) || raw.length < 2) continue;
    if (!/^(?:«|[A-ZÉ])/.test(raw)) continue;
    const start = listStart + it.index;
    const end = start + raw.length;
    const name = `${singular(typeWord).toLowerCase()} ${raw.replace(/[«»]/g, '').trim()}`.replace(/\s+/g, ' ').replace(PADDED_BEFORE_PUNCTUATION, '');
    out.push({ mention: { start, end, name, acronym: null, type, nameStart: start, nameEnd: end, how: 'named' }, ofAt: null });
  }
  return out.length >= 2 ? out : [];
}

/** One remit of a plural « ministères »: « de la Mer », « de la Pêche durable », « des Sports ». */
const REMIT = /(?:de la|de l'|du|des|d')\s*([A-ZÉÈÀ][\wÀ-ÿœ'-]*(?:\s+[a-zéèêàç][\wÀ-ÿ-]*(?:aux|ales?|iques?|elles?|els?|aires?|ées?|és?|iennes?|ères?|ers?|ifs?|ives?))?)/y;

/**
 * « les ministères de la Mer et des Sports », « des ministères comme ceux de la Mer, des Ports ou des Sports »:
 * each remit is a ministry (the mention spans its complement, « des Sports »). Two remits at
 * least, the last after « et » / « ou ».
 */
function distributedMinistries(clean: string, pos: number): NamedCandidate[] {
  const lead = /^(?:\s+comme\s+ceux|\s*,?\s+(?:notamment|en particulier))?\s+/.exec(clean.slice(pos, pos + 40));
  if (!lead) return [];
  const items: Array<{ start: number; end: number; name: string }> = [];
  let at = pos + lead[0].length;
  for (;;) {
    REMIT.lastIndex = at;
    const m = REMIT.exec(clean);
    if (!m) break;
    const remit = m[0].replace(/\s+/g, ' ');
    items.push({ start: at, end: at + m[0].length, name: `ministère ${remit}` });
    const sep = /^(?:\s*,\s*|\s*,?\s+(?:et|ou)\s+)/.exec(clean.slice(REMIT.lastIndex, REMIT.lastIndex + 40));
    if (!sep) break;
    const closing = /(?:et|ou)\s+$/.test(sep[0]);
    at = REMIT.lastIndex + sep[0].length;
    if (closing) {
      REMIT.lastIndex = at;
      const last = REMIT.exec(clean);
      if (last) items.push({ start: at, end: at + last[0].length, name: `ministère ${last[0].replace(/\s+/g, ' ')}` });
      return items.length >= 2 ? items.map((i) => ({ mention: { ...i, acronym: null, type: 'ministère' as const, nameStart: i.start, nameEnd: i.end, how: 'named' as const }, ofAt: null })) : [];
    }
  }
  return [];
}

/** « Départements » → « Départements » singular, case kept: the type word as a name's head. */
function singular(word: string): string {
  if (/^(?:bureaux|réseaux)$/i.test(word)) return word.slice(0, -1);
  return /s$/i.test(word) && !/^(?:pôles?)$/i.test(word) ? word.slice(0, -1) : word;
}

/** After a name: « de la / du / de l' » + an organisation → the organisation's position. */
function afterOf(clean: string, end: number, isOrgAt: (pos: number) => boolean): number | null {
  const m = /^\s+(?:de\s+la|de\s+l'|du|des)\s*/i.exec(clean.slice(end, end + 20));
  if (!m) return null;
  const pos = end + m[0].length;
  return isOrgAt(pos) ? pos : null;
}

/** An acronym-like word standing alone (the only words whose being « known » can make them a mention). */
const ACRONYM_TOKEN = String.raw`(?<![\wÀ-ÿ-])(${ACRONYM})(?![\wÀ-ÿ-])`;

/**
 * The distinct acronym-like words of a text, sorted. `findOrgMentions(text, known)` depends on `known` only
 * through these words, so extracting with `known ∩ acronymTokens(text)` gives the same result as with `known`
 * (used by the extraction cache and by sharded builds).
 */
export function acronymTokens(text: PreparedText): string[] {
  const re = new RegExp(ACRONYM_TOKEN, 'g');
  const found = new Set<string>();
  let m: RegExpExecArray | null;
  while ((m = re.exec(text.clean))) found.add(m[1]!);
  return [...found].sort();
}

const CAPITALISED_WORD = /^(?=[A-ZÉÈ]{5,}$)[A-ZÉÈ]{2,}(?:TION|TIONS|IQUE|IQUES|MENT|MENTS|ANCE|ENCE|ITÉ|ITE|EUR|EURS|AGE|AGES|ISME|ABLE|AIRE|ELLE|IONS|ANTS|ENTS|ÉES|ÉS)$/;

/** Is the line around `pos` set all in capitals: three words or more, no lowercase letter, or a title word alone? */
function inCapitalsLine(clean: string, pos: number): boolean {
  const view = lineView(clean, pos);
  return (view.capitals ??= capitalsLine(clean, view));
}

function capitalsLine(clean: string, { text: line, end }: LineView): boolean {
  // « 4. AGENDA », « AGENDA » underlined (plain-text newsletters): a section's title (a bare acronym alone on its
  // line is still one: « DGAFF » under a heading).
  const next = clean.slice(end, end + 80);
  if (/^\s*(?:\d{1,2}[.)]\s+[A-ZÀ-Þ]{4,}|[A-ZÀ-Þ]{4,}(?=\s*$))\s*$/.test(line) && (/^\s*\d/.test(line) || /^\n[ \t]*[-=]{3,}/.test(next))) return true;
  return !/[a-zà-ÿ]/.test(line.replace(/\b[dl]'/gi, '')) && (line.match(/[A-ZÀ-Þ]{2,}/g)?.length ?? 0) >= 3;
}

/** A line of a text, and what the acronym rules ask of it (each computed once: see lineView). */
interface LineView {
  clean: string;
  start: number;
  /** Where the line ends (its line break, or the text's end). */
  end: number;
  text: string;
  /** The text without its heading or list mark. */
  bare?: string;
  capitals?: boolean;
  acronymList?: boolean;
}

let lastLineView: LineView | undefined;

/**
 * The line of `clean` holding `pos`. The rules below ask about the line of every acronym-like token; a table or a
 * list exported on one line holds thousands of them, and reading the whole line for each made such a page take
 * seconds per 10 kB (quadratic). The tokens come in order: the last line asked about is kept.
 */
function lineView(clean: string, pos: number): LineView {
  const last = lastLineView;
  if (last && last.clean === clean && pos >= last.start && pos < last.end) return last;
  const start = clean.lastIndexOf('\n', pos) + 1;
  const found = clean.indexOf('\n', pos);
  const end = found < 0 ? clean.length : found;
  return (lastLineView = { clean, start, end, text: clean.slice(start, end) });
}

/** Is the token at `pos` one item of a list of at least three acronyms (« DB, ANSSI, DAE », a row of headers)? */
function acronymListAround(clean: string, pos: number): boolean {
  const view = lineView(clean, pos);
  return (view.acronymList ??= acronymList(view.text));
}

/** Is a line a list of acronyms: at least three, and most of its items (separated by « , », « et », tabs, pipes)? */
function acronymList(line: string): boolean {
  const tokens = line.split(/\s*(?:,|;|\t|\||\bet\b)\s*/).map((p) => p.trim()).filter(Boolean);
  const acronyms = tokens.filter((t) => looksLikeAcronym(t) && !GENERIC_ACRONYMS.has(t));
  return acronyms.length >= 3 && acronyms.length >= tokens.length * 0.6;
}

/** « la ABC », « du ABCD », « dans les ABCD » (a network of bodies named by a long acronym). */
function introducedAsBody(clean: string, at: number, acronym: string): boolean {
  const before = clean.slice(Math.max(0, at - 8), at);
  const feminine = /(?:\bla|\bl'|\bLa|\bL')\s*$/.test(before);
  const masculine = /(?:\ble|\bdu|\bau|\bLe|\bDu|\bAu)\s+$/.test(before);
  const plural = /(?:\bles|\bdes|\baux|\bLes|\bDes|\bAux)\s+$/.test(before) && /^[A-Z]{4,}$/.test(acronym);
  return feminine || (masculine && acronym.length >= 4) || plural;
}

/** Layout: an acronym alone on its line or heading, in a list of acronyms, or among acronym column headers. */
function alone(clean: string, at: number, acronym: string): boolean {
  const view = lineView(clean, at);
  const heading = (view.bare ??= view.text.trim().replace(/^(?:#{1,6}|[-*•]|\d+[.)])\s*/, '').trim()) === acronym;
  return heading || acronymListAround(clean, at);
}

/** Before a code in a document's number: digits, then « / » and maybe other codes (« 6390/ », « 2025-114/DNUM/ »). */
const REFERENCE_NUMBER_BEFORE = /(?<![\p{L}\p{N}])\d[\d-]*\/(?:\p{Lu}[\p{Lu}\d-]*\/)*$/u;
/** Before an acronym written as a word that another text defined: an article (« l'Insee », « de la Dinum »). */
const ARTICLE_BEFORE_WORD = /(?:(?<![\p{L}])l['’]|(?<![\p{L}])(?:la|le|les|du|des|au|aux)\s+)$/iu;

function acronymMentions(text: PreparedText, defined: Set<string>, knownWords: ReadonlySet<string> = new Set()): OrgMention[] {
  const { clean } = text;
  const out: OrgMention[] = [];
  const re = new RegExp(ACRONYM_TOKEN, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(clean))) {
    const acronym = m[1]!;
    if (knownWords.has(acronym) && ARTICLE_BEFORE_WORD.test(clean.slice(Math.max(0, m.index - 8), m.index))) defined.add(acronym);
    if (!looksLikeAcronym(acronym) && !defined.has(acronym)) continue;
    // A service's code in a document's number (« circulaire n° 6390/SG », « note 2025-114/DNUM/SDIA ») says who
    // filed it, not a body the text speaks of.
    if (REFERENCE_NUMBER_BEFORE.test(clean.slice(Math.max(0, m.index - 24), m.index))) continue;
    const isDefined = defined.has(acronym);
    // (Defined elsewhere or not: « RELEVÉ DES DÉLIBÉRATIONS », a title in capitals, writes the article « des ».)
    if (CAPITAL_FUNCTION_WORDS.has(acronym) && (!isDefined || (inCapitalsLine(clean, m.index) && ARTICLE_IN_CAPITALS.has(acronym)))) continue;
    // A word set in capitals (« ACTION PUBLIQUE » on a title slide) is not an acronym: French word endings tell,
    // or the words a document's sections are titled with (« JANVIER », « SOMMAIRE »).
    if (!isDefined && (CAPITALISED_WORD.test(acronym) || TITLE_WORDS_IN_CAPITALS.has(acronym))) continue;
    // Nor is any word of a line set all in capitals (« DIRECTION DES ACHATS DE L'ÉTAT », a title).
    if (!isDefined && inCapitalsLine(clean, m.index)) continue;
    const ok = isDefined || (!GENERIC_ACRONYMS.has(acronym) && (introducedAsBody(clean, m.index, acronym) || alone(clean, m.index, acronym)));
    if (!ok) continue;
    out.push({
      start: m.index,
      end: m.index + acronym.length,
      name: null,
      acronym,
      type: null,
      nameStart: m.index,
      nameEnd: m.index + acronym.length,
      how: 'acronym',
    });
  }
  return out;
}

/**
 * « réseau des administrateurs … », « réseau des écoles … »: a network of people or bodies; « réseau Relais de
 * proximité », « réseau des maisons de … »: of places where people are received.
 */
const PEOPLE_NETWORK =
  /(?<![\wÀ-ÿ])(?:relais(?!\s+(?:radio|hertziens?|satellites?|télécoms?))|points|guichets|maisons|lieux|tiers-lieux|permanences|ateliers|incubateurs|laboratoires|fabriques|clubs|administrat(?:eurs|rices)|agents|acteurs|référents|correspondants|experts|membres|professionnels|partenaires|collectivités|écoles|établissements|administrations|directions|responsables|chefs|délégués|ambassadeurs|conseillers|médiateurs|animateurs|coordinateurs|coordonnateurs|chargés|formateurs|aidants|entrepreneurs|développeurs|designers|data scientists|communautés?)(?![\wÀ-ÿ])/i;
/** After a network's name: what says it carries signals, not people (« … radio sécurisé », « … hertzien »). */
const TELECOM_AFTER = /^\s+(?:radio|hertziens?|satellites?|télécoms?|fibre)(?![\p{L}])/u;
function peopleNetwork(name: string): boolean {
  return PEOPLE_NETWORK.test(name);
}
/**
 * After a network's definition, what the sentence says it gathers, right after the verb: « (RX) est un réseau
 * français d'agents publics », « (RX) rassemble 47 membres », « (RX), qui fédère les référents … » (not « … est une
 * infrastructure qui raccorde les services », « … est utilisé par 30 000 agents »).
 */
const GATHERS_PEOPLE_AFTER = /^[\s*»)]*,?\s*(?:qui\s+)?(?:(?:est|était|constitue|forme)\s+(?:un|le)\s+réseau\s+(?:[a-zéèêàç-]+\s+){0,2}(?:de|d'|des)\s*|(?:rassemble|réunit|fédère|regroupe|anime)\s+(?:les\s+|des\s+|ses\s+|(?:plus\s+de\s+|près\s+de\s+)?\d[\d\s\u00a0]*\s)?)(?:[a-zéèêàç-]+\s+)?(?:agents|référents|correspondants|membres|acteurs|ateliers|experts|professionnels|collectivités|administrations)(?![\wÀ-ÿ])/iu;

/**
 * The first mention starting at or after `from` (mentions sorted by start, as findOrgMentions gives them), found by
 * binary search; undefined past the last one. Extractors that look for "the mention at this position" use it
 * instead of scanning every mention per fact.
 */
export function firstMentionFrom(mentions: readonly OrgMention[], from: number): OrgMention | undefined {
  return mentions[mentionIndexFrom(mentions, from)];
}

/** The index of the first mention (or span) starting at or after `from` (sorted by start); their count past the last. */
export function mentionIndexFrom(mentions: readonly { start: number }[], from: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The index just past the last mention that ends at or before `pos`, by binary search (mentions sorted and
 * disjoint end in order): mentions[i - 1] is that mention, 0 when there is none.
 */
export function mentionsEndingBy(mentions: readonly OrgMention[], pos: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface OrgMentions {
  /** Organisation mentions, sorted by position, non-overlapping. */
  mentions: OrgMention[];
  /** Product-headed acronym definitions (« plateforme … (ABC) »). */
  productDefinitions: OrgMention[];
  /** « X de la Y »: child mention index → parent mention index. */
  ofLinks: Array<[number, number]>;
}

// Several extractors of one document ask for the same mentions: memoised per prepared text and known set (the
// results are read, never mutated, by the callers). The known set acts only through `defined` (the text's own
// organisation definitions ∪ known), so known sets that differ only by the text's own acronyms share a result.
interface MentionsMemo {
  ownDefined: ReadonlySet<string>;
  byExtraKnown: Map<string, OrgMentions>;
}
const mentionsCache = new WeakMap<PreparedText, MentionsMemo>();

/** The known acronyms that the text does not define itself, as a key. */
function extraKnownKey(knownAcronyms: ReadonlySet<string>, ownDefined: ReadonlySet<string>): string {
  return [...knownAcronyms].filter((a) => !ownDefined.has(a)).sort().join(' ');
}

/** Every organisation mention of a text. `knownAcronyms`: acronyms defined elsewhere (other sources). */
export function findOrgMentions(text: PreparedText, knownAcronyms: ReadonlySet<string> = new Set()): OrgMentions {
  const memo = mentionsCache.get(text);
  if (!memo) {
    const { result, ownDefined } = computeOrgMentions(text, knownAcronyms);
    mentionsCache.set(text, { ownDefined, byExtraKnown: new Map([[extraKnownKey(knownAcronyms, ownDefined), result]]) });
    return result;
  }
  const key = extraKnownKey(knownAcronyms, memo.ownDefined);
  let found = memo.byExtraKnown.get(key);
  if (!found) memo.byExtraKnown.set(key, (found = computeOrgMentions(text, knownAcronyms).result));
  return found;
}

interface Definitions {
  orgDefs: OrgMention[];
  productDefinitions: OrgMention[];
}

// Pass 1 (definedOrgAcronyms) and pass 2 (findOrgMentions) read the same definitions of a text: memoised on its
// preparation. Callers get their own arrays; the mentions are never modified once built.
const definitionsCache = new WeakMap<PreparedText, Definitions>();

/** Acronym definitions of a text, split into organisations and products. */
function definitionMentions(text: PreparedText): Definitions {
  let found = definitionsCache.get(text);
  if (!found) definitionsCache.set(text, (found = computeDefinitions(text)));
  return { orgDefs: [...found.orgDefs], productDefinitions: [...found.productDefinitions] };
}

function computeDefinitions(text: PreparedText): Definitions {
  const defs = [...definitionsLongAcronym(text), ...definitionsAcronymLong(text), ...definitionsGlossary(text), ...definitionsAcronymDash(text), ...definitionsAcronymComma(text), ...definitionsBoxed(text)];
  // A network of cables and sites is a product; a network of people or bodies is an organisation.
  for (const d of defs) if (d.type === 'réseau' && !peopleNetwork(d.name ?? '') && !GATHERS_PEOPLE_AFTER.test(text.clean.slice(d.end, d.end + 100))) Object.assign(d, { type: null, productType: 'réseau' });
  // « Le Lab X (LX) est un incubateur … »: a long form without a type word is a body when the text says what it is.
  for (const d of defs) {
    if (d.type || d.productType) continue;
    // (Or in an apposition: « Le Campus du numérique public (CNP), service à compétence nationale … », « l'Atelier
    // numérique des compétences (ANC), l'incubateur de la DITC ».)
    // (A proper name only, and not a service, a programme or a network, which may be things: « crédits de paiement (CP),
    // le programme 415 », « « Dossier logement unique » (DLU), un service numérique ».)
    // (Not a fronted phrase's, « Pour la Dotation X (DX), la préfecture instruit … »: the type word after the comma is
    // the sentence's subject.)
    const sentenceStart = sentenceAt(text, d.start)?.start ?? d.start;
    const fronted = FRONTED_PHRASE.test(text.clean.slice(sentenceStart, d.start));
    const apposed = /^[«\s]*\p{Lu}/u.test(d.name ?? '') && !fronted ? APPOSED_TYPE.exec(text.clean.slice(d.end, d.end + 60)) : null;
    const said = PREDICATE_TYPE.exec(text.clean.slice(d.end, d.end + 60)) ?? (apposed && (STATUS_AFTER.test(text.clean.slice(d.end, d.end + 60)) || !/^(?:services?|programmes?|réseaux?|plans?|fonds)$/i.test(apposed[1]!)) ? apposed : null);
    const type = said ? (orgTypeOf(said[1]!) ?? (BODY_NOUNS.test(said[1]!) ? 'organisation' : undefined)) : undefined;
    if (type) d.type = type;
  }
  // « La plateforme régionale d'appui (PRA) est un service du secrétariat général … »: a long form opened by a product
  // word is a body when the text says it is a unit of another body.
  for (const d of defs) {
    if (!d.productType) continue;
    const unitOf = UNIT_OF_PREDICATE.exec(text.clean.slice(d.end, d.end + 60));
    const type = unitOf ? orgTypeOf(unitOf[1]!) : undefined;
    if (type && SUB_UNIT_TYPES.has(type)) Object.assign(d, { type, productType: undefined });
  }
  const productDefinitions = defs.filter((d) => d.productType);
  // « établissement public à caractère industriel et commercial (EPIC) » defines a legal status, not a body.
  const orgDefs = defs.filter((d) => !d.productType && d.type && !STATUS_PHRASE.test(d.name ?? ''));
  return { orgDefs, productDefinitions };
}

/**
 * « Datalab est un département de la X », « Lab Marée est l'incubateur de services numériques de la Y »: a proper name
 * that opens its sentence (or its main clause, after a fronted participle) and that the sentence says is a unit.
 * (Units only: « X est le service … », « … le programme … », « … le réseau … » may name things; « … le comité … » a
 * committee, read as such; « La Guyane est un département d'outre-mer » a territory.)
 */
const PREDICATED_NAME = new RegExp(
  String.raw`(?:^|,\s+)((?:L'|Le\s+|La\s+)?\p{Lu}[\p{L}\d'+-]*(?:\s+(?:(?:de|du|des|d')\s*)?\p{Lu}[\p{L}\d'+-]*){0,3})\s+(?:est|était|sera|devient|est\s+devenue?)\s+(?:un|une|l'un|l'une|le|la|l')\s*(?:des\s+(?:(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d{1,2})\s+)?)?(incubateurs?|départements?|directions?|délégations?|bureaux?|bureau|pôles?|cellules?|missions?|laboratoires?|agences?|fabriques?|instituts?)(?![\p{L}])(?!\s+(?:d'outre-mer|français|de\s+France|de\s+la\s+région|et\s+une\s+région))`,
  'gu',
);
/** Words that open a sentence without naming anything: pronouns, determiners, adverbs. */
const NO_NAME_OPENER = /^(?:Il|Elle|Ils|Elles|Ce|Cet|Cette|Ces|Celui-ci|Celle-ci|Un|Une|Les|Son|Sa|Ses|Leur|Leurs|Notre|Nos|Votre|Vos|On|Depuis|Aujourd'hui|Désormais|Ainsi|Enfin|Puis|Alors|Dès|En|Au|Aux|À|Chaque|Tout|Toute|Qui|Quel|Quelle|Où)$/u;

/** The verb PREDICATED_NAME needs, looked for first (in the text, then in each sentence). */
const COPULA = /\s(?:est|était|sera|devient)\s/;

function predicatedNames(text: PreparedText): OrgMention[] {
  if (!COPULA.test(text.clean)) return [];
  const out: OrgMention[] = [];
  for (const s of text.sentences) {
    if (!COPULA.test(s.text)) continue;
    for (const m of s.text.matchAll(PREDICATED_NAME)) {
      // (The clause opens the sentence, or follows a fronted clause: « Créé en 2019, Datalab est … ».)
      if (m.index! > 0 && !FRONTED_CLAUSE_BEFORE.test(s.text.slice(0, m.index! + 1))) continue;
      const name = m[1]!.replace(/^(?:L'|Le\s+|La\s+)/, '');
      const first = name.split(/[\s']/)[0]!;
      if (NO_NAME_OPENER.test(first) || orgTypeOf(first) || isGivenName(first) || looksLikeAcronym(name)) continue;
      const type = orgTypeOf(m[2]!);
      if (!type) continue;
      const start = s.start + m.index! + m[0].indexOf(m[1]!) + (m[1]!.length - name.length);
      out.push({ start, end: start + name.length, name, acronym: null, type, nameStart: start, nameEnd: start + name.length, how: 'named' });
    }
  }
  return out;
}

/** A fronted participle or prepositional clause before the main clause: « Créé en 2019, », « Depuis 2021, ». */
const FRONTED_CLAUSE_BEFORE = /^[^,;:]{3,80},\s*$/u;

/** After a definition: « est un service du / de la … », « est un département de … » (a unit of a body). */
const UNIT_OF_PREDICATE = /^\s*(?:,[^,]{0,40},\s*)?est\s+(?:un|une|l'un|l'une)\s+(?:des\s+)?(\p{L}+)\s+(?:[a-zéèêàç]+\s+)?(?:du|de\s+la|de\s+l'|des)\s/u;

/** After a definition: « est un / une [des] <noun> » (« est un incubateur de … », « est l'un des opérateurs … »). */
const PREDICATE_TYPE = /^[\s*»]*,?\s*(?:est|était|sera|devient|est devenue?)\s+(?:un|une|l'un|l'une)\s+(?:des\s+)?([a-zéè-]+)/;
/** After a definition, an apposition that opens with a type word: « , service à compétence nationale », « , l'incubateur de … ». */
const APPOSED_TYPE = /^[\s*»]*,\s*(?:(?:le|la|les|un|une)\s+|l')?([a-zéè-]+)(?=\s)/;
/** A sentence opened by a prepositional phrase (« Pour la … », « Dans le cadre du … », « Concernant … »). */
const FRONTED_PHRASE = /^[\s*#>-]*(?:pour|avec|concernant|sur|par|en|depuis|dans|selon|après|avant|lors|quant|s'agissant|au\s+titre|au\s+sujet|à\s+propos|grâce|malgré|outre)(?![\p{L}])/iu;
/** An apposition that gives a body's legal status: « , service à compétence nationale », « , établissement public ». */
const STATUS_AFTER = /^[\s*»]*,\s*(?:(?:un|une)\s+)?(?:service\s+à\s+compétence\s+nationale|établissement\s+public|autorité\s+administrative|groupement\s+d'intérêt\s+public)/;
/** Nouns that say a thing is a body without being a type word of the lexicon. */
const BODY_NOUNS = /^(?:organismes?|structures?|administrations?|entités?|collectivités?|organisations?)$/;

const overlaps = (a: OrgMention, b: OrgMention) => a.start < b.end && b.start < a.end;

/**
 * The acronyms of the definitions that findOrgMentions keeps, in text order: the same as its 'definition'
 * mentions, without computing the named phrases and bare acronyms. Definitions are merged first (rank 0),
 * so no other mention can displace one: the kept ones are the definitions that overlap no earlier one.
 */
export function definedOrgAcronyms(text: PreparedText): string[] {
  const sorted = definitionMentions(text).orgDefs.sort((a, b) => a.start - b.start);
  const kept: OrgMention[] = [];
  for (const d of sorted) if (!kept.some((k) => overlaps(k, d))) kept.push(d);
  return kept.flatMap((d) => (d.acronym ? [d.acronym] : []));
}

/** « …, opéré par », « , développée et exploitée par »: what a product's name is followed by. */
const OPERATED_AFTER = /^\s*»?\s*,?\s*(?:qui\s+est\s+)?(?:(?:aujourd'hui|désormais|actuellement|toujours)\s+)?(?:opérée?|exploitée?|développée?|éditée?|conçue?|gérée?|maintenue?|hébergée?)(?:\s+et\s+[a-zéè]+)?\s+par\s/;

/** After a service's name: what it lets its users do (« , qui permet à une mairie de … », « permettra de déposer … »). */
const SERVES_USERS_AFTER = /^\s*,?\s*(?:qui\s+)?(?:permet|permettent|permettra|permettait)\s+(?:à|aux|au|de|d')(?![\p{L}])/u;

/** The mentions, and the acronyms the text's own organisation definitions give (the rest of `defined`). */

/** A field that gives a body's kind, right before its value: « | Type | », « Nature : », « Statut juridique : ». */
const KIND_FIELD_BEFORE = /(?:^|\n)[ \t]*(?:\|[ \t]*)?(?:[-*•][ \t]+)?(?:\*\*)?(?:type|nature|statut(?:\s+juridique)?|forme\s+juridique|catégorie)(?:\*\*)?[ \t]*(?:\||:)[ \t]*(?:\*\*)?[ \t]*$/iu;

function computeOrgMentions(text: PreparedText, knownAcronyms: ReadonlySet<string>): { result: OrgMentions; ownDefined: ReadonlySet<string> } {
  const { orgDefs, productDefinitions } = definitionMentions(text);
  const ownDefined = new Set(orgDefs.map((d) => d.acronym!));
  // (An acronym every administration uses, « DSI », « COPIL », « CSV », is a body only where the text defines it: one
  // text's « centre serveur de Valence (CSV) » is not every export « au format CSV ».)
  // (An acronym written as a word, « Insee », « Dinum », is taken after an article only, « l'Insee », « de la Dinum »:
  // another text's contact line « Adresse : … » made no acronym of the word.)
  const defined = new Set(ownDefined);
  const knownWords = new Set<string>();
  for (const a of knownAcronyms) if (!GENERIC_ACRONYMS.has(a) && !ownDefined.has(a)) (looksLikeAcronym(a) ? defined : knownWords).add(a);
  const productAcronyms = new Set(productDefinitions.map((d) => d.acronym!));
  const acr = acronymMentions(text, defined, knownWords).filter((a) => !productAcronyms.has(a.acronym!));
  const acrStarts = new Set(acr.map((a) => a.start));
  const defStarts = new Set(orgDefs.map((d) => d.nameStart));
  const isOrgAt = (pos: number) => {
    if (acrStarts.has(pos) || defStarts.has(pos)) return true;
    const w = /^[A-Za-zÀ-ÿ-]+/.exec(text.clean.slice(pos, pos + 30))?.[0];
    return !!w && !!orgTypeOf(w) && !/[sx]$/i.test(w); // a plural type word (« des réseaux ») is no body
  };
  // (« CONVENTION DE SERVICE N° 2025-047 », « COMITÉ DE PILOTAGE N° 5 »: a numbered document or meeting, no body;
  // « Plan du site » in a website's footer is a page, not a plan.)
  const numbered = (m: OrgMention) => /(?<![\p{L}])[Nn]\s*[°º]/u.test(text.clean.slice(m.start, m.end + 2));
  // (« le service « Sésame Pro », opéré par l'agence X »: a service run by a body is a product, not a unit.)
  // (Nor « le service Mon Permis Pêche, opéré par … », « le service Déclare Facile, qui permet à une mairie … », a name
  // in capitals that a body runs or that serves users; « le service Achats et marchés assure … » is a unit.)
  const operated = (m: OrgMention) =>
    m.type === 'service' &&
    (/«/.test(text.clean.slice(m.start, m.end)) || /^service\s.*\p{Lu}/u.test(m.name ?? '')) &&
    (OPERATED_AFTER.test(text.clean.slice(m.end, m.end + 40)) || (/^service\s+\p{Lu}/u.test(m.name ?? '') && SERVES_USERS_AFTER.test(text.clean.slice(m.end, m.end + 40))));
  const namedAll = namedMentions(text, isOrgAt, orgDefs).filter((n) => !numbered(n.mention) && !operated(n.mention) && !/^plan du site$/i.test(n.mention.name ?? ''));
  for (const n of namedAll) continuedLetterhead(text.clean, n.mention);
  // (The words right after the name too: « le réseau Relais radio sécurisé » is a telecommunications network.)
  const named = namedAll.filter((n) => n.mention.type !== 'réseau' || (peopleNetwork(n.mention.name ?? '') && !TELECOM_AFTER.test(text.clean.slice(n.mention.end, n.mention.end + 16))));
  const isNamed = new Set(named);
  for (const n of namedAll) {
    if (isNamed.has(n) || productDefinitions.some((d) => d.start < n.mention.end && n.mention.start < d.end)) continue;
    // « le réseau ministériel « Méridien » »: the network's name is the one between guillemets (products.ts).
    if (/^\s*«/.test(text.clean.slice(n.mention.end, n.mention.end + 4))) continue;
    productDefinitions.push({ ...n.mention, type: null, productType: 'réseau' });
  }
  // Merge: definitions win over overlapping named phrases and bare acronyms.
  const all: Array<{ m: OrgMention; ofAt: number | null; rank: number }> = [
    ...orgDefs.map((m) => ({ m, ofAt: null as number | null, rank: 0 })),
    ...named.map((n) => ({ m: n.mention, ofAt: n.ofAt, rank: 1 })),
    ...predicatedNames(text).map((m) => ({ m, ofAt: null as number | null, rank: 1 })),
    ...acr.map((m) => ({ m, ofAt: null as number | null, rank: 2 })),
  ];
  all.sort((a, b) => a.rank - b.rank || a.m.start - b.m.start);
  const kept: typeof all = [];
  for (const c of all) {
    // A definition's acronym inside a kept mention is part of it.
    if (kept.some((k) => overlaps(k.m, c.m))) {
      // A definition whose name is a named phrase: keep the definition, but remember « de la » links.
      const k = kept.find((k) => overlaps(k.m, c.m))!;
      if (c.ofAt !== null && k.ofAt === null && k.m.how === 'definition') k.ofAt = c.ofAt;
      continue;
    }
    kept.push(c);
  }
  // Named phrases that a definition's acronym points to: « de la DSIN » inside « X de la Y (ACR) ».
  kept.sort((a, b) => a.m.start - b.m.start);
  // (« | Type | Délégation interministérielle | », « Statut : service à compétence nationale »: a field's value that
  // says what kind of body the page's is, not a body's name.)
  const mentions = kept.map((k) => k.m).filter((m) => !(m.how === 'named' && KIND_FIELD_BEFORE.test(text.clean.slice(Math.max(0, m.start - 40), m.start))));
  const ofLinks: Array<[number, number]> = [];
  kept.forEach((k, i) => {
    if (k.ofAt === null) return;
    const j = mentions.findIndex((m) => m.start <= k.ofAt! && k.ofAt! < m.end);
    if (j >= 0 && j !== i) ofLinks.push([i, j]);
  });
  // A generic unit (« le service du numérique », « le secrétariat général », lowercase, no proper name) is named
  // with its parent: « service du numérique du ministère de la Culture » is one unit among many « services du
  // numérique ».
  for (const [c, p] of ofLinks) {
    const child = mentions[c]!;
    const parent = mentions[p]!;
    if (child.how !== 'named' || !child.name || parent.start < child.end) continue;
    const between = text.clean.slice(child.end, parent.start);
    // A capital where any word takes one (a line, a parenthesis, a sentence, a list item) does not make a name proper.
    const positionalCapital = /(?:^|[\n(:–—«"*_.]\s*|^\s*[-*•]\s+)$/.test(text.clean.slice(Math.max(0, child.start - 4), child.start));
    const generic =
      (/^[a-zéè]/.test(text.clean[child.start] ?? '') || positionalCapital) &&
      !/[A-ZÉ]/.test(child.name.slice(1)) &&
      (SUB_UNIT_TYPE_WORDS.test(child.name.split(' ')[0] ?? '') || /^direction$/i.test(child.name.split(' ')[0] ?? '') || /^secrétariat\s+général$/i.test(child.name)) &&
      /^\s*(?:de la|de l'|du|des)\s*$/.test(between);
    if (!generic || parent.end - child.start > 200) continue;
    child.name = text.clean.slice(child.start, parent.end).replace(/\s+/g, ' ').replace(PADDED_BEFORE_PUNCTUATION, '').replace(/\s*\([^)]*\)\s*$/, '');
    child.nameEnd = parent.end;
  }
  return { result: { mentions, productDefinitions, ofLinks }, ownDefined };
}
