/**
 * Normalisation used by the evaluation to compare what the gold annotations state with what the build found.
 * Pure functions; the rules are documented in eval/GOLD-FORMAT.md (« Matching used by the scorer »).
 */

const QUOTES = /[«»"“”„‟'’‘‚‛`´ʼ‹›]/g;
const DASHES = /[‐‑‒–—―−-]/g;
const SEPARATORS = /[,;:!?()[\]{}|/\\*_#]/g;
/** A dot that is not inside a token (« exemple.gouv.fr » keeps its dots, « DSIN. » loses its final one). */
const LOOSE_DOT = /\.(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])\./gu;

/**
 * Articles, and the prepositions that fuse with them in French (du = de + le, aux = à + les), are dropped so that
 * « département des infrastructures » and « département Infrastructures », or « filière du numérique » and
 * « filière numérique », compare equal. Tokens are compared after accents are removed (« à » → « a »).
 */
const STOP_TOKENS = new Set(['le', 'la', 'les', 'l', 'un', 'une', 'de', 'du', 'des', 'd', 'au', 'aux', 'a']);

/** Removes accents and folds the ligatures œ and æ. */
export function foldAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'AE');
}

/**
 * The key two names are compared on: lowercase, no accents, no quotes (« » " ' ’), no articles (le, la, les, l',
 * un, une, and de, du, des, d', au, aux, à), dashes and punctuation as spaces, single spaces. Idempotent.
 */
export function normaliseName(name: string): string {
  const folded = foldAccents(name)
    .toLowerCase()
    .replace(QUOTES, ' ')
    .replace(DASHES, ' ')
    .replace(SEPARATORS, ' ')
    .replace(LOOSE_DOT, ' ');
  return folded
    .split(/\s+/u)
    .filter((token) => token !== '' && !STOP_TOKENS.has(token))
    .join(' ');
}

/** Type words that may precede a name (« département Données », « programme Simplifier », « service Identité »). */
const TYPE_WORDS = new Set(
  [
    'direction',
    'délégation',
    'département',
    'mission',
    'pôle',
    'programme',
    'plan',
    'agence',
    'service',
    'ministère',
    'incubateur',
    'réseau',
    'secrétariat',
    'conseil',
    'comité',
    'commission',
    'autorité',
    'institut',
    'bureau',
    'cellule',
    'brigade',
    'établissement',
    'fabrique',
    'communauté',
    'plateforme',
    'logiciel',
    'application',
    'outil',
    'site',
    'solution',
    'produit',
  ].map((word) => normaliseName(word)),
);

/**
 * The normalised forms a name may be compared on:
 * - `full`: the name, and the name without a trailing parenthesised part (« Développement … (DcANT) »);
 * - `stripped`: the same without a leading type word (« département Données » → « donnees »).
 * Two names match when their `full` forms meet, or the `stripped` form of one meets the `full` form of the other
 * (never stripped against stripped: « direction du numérique » must not match « conseil du numérique »).
 */
export interface NameForms {
  full: Set<string>;
  stripped: Set<string>;
}

export function nameForms(names: ReadonlyArray<string | null | undefined>): NameForms {
  const full = new Set<string>();
  const stripped = new Set<string>();
  for (const name of names) {
    if (name === null || name === undefined) continue;
    const withoutParenthesis = name.replace(/\s*\([^()]*\)\s*$/u, '');
    for (const variant of [name, withoutParenthesis]) {
      const key = normaliseName(variant);
      if (key === '') continue;
      full.add(key);
      const [first, ...rest] = key.split(' ');
      if (first !== undefined && TYPE_WORDS.has(first) && rest.length > 0) stripped.add(rest.join(' '));
    }
  }
  return { full, stripped };
}

function meets(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const value of a) if (b.has(value)) return true;
  return false;
}

/** Whether two sets of names designate the same thing (see NameForms). */
export function namesMatch(a: NameForms, b: NameForms): boolean {
  return meets(a.full, b.full) || meets(a.stripped, b.full) || meets(a.full, b.stripped);
}

/** Multipliers written in the unit (« 2,5 millions € », « 774 K€ ») folded into the value. */
const MULTIPLIER_WORDS: ReadonlyMap<string, number> = new Map([
  ['mille', 1e3],
  ['millier', 1e3],
  ['milliers', 1e3],
  ['million', 1e6],
  ['millions', 1e6],
  ['milliard', 1e9],
  ['milliards', 1e9],
]);
const MONEY_UNITS: ReadonlyMap<string, number> = new Map([
  ['€', 1],
  ['euro', 1],
  ['euros', 1],
  ['k€', 1e3],
  ['keur', 1e3],
  ['m€', 1e6],
  ['meur', 1e6],
  ['md€', 1e9],
  ['mds€', 1e9],
  ['mrd€', 1e9],
]);

/** A figure reduced to comparable terms: value in base units, unit as its singular head word. */
export interface CanonicalFigure {
  value: number;
  unit: string;
}

function singular(word: string): string {
  if (word.length > 3 && /[sx]$/u.test(word) && !/ss$/u.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * Canonical value and unit of a figure: multipliers folded (« millions d'euros », « M€ », « K€ » → €), percent
 * spellings (« pour cent », « pourcent ») → « % », and the unit reduced to its head word, lowercase, without accents,
 * in the singular (« utilisateurs internes » → « utilisateur », « années » → « annee »).
 */
export function canonicaliseFigure(value: number, unit: string): CanonicalFigure {
  const spaced = foldAccents(unit)
    .toLowerCase()
    .replace(/pour\s*cent|pourcent|\bpct\b/gu, '%')
    .replace(/(\d)\s*%/gu, '$1 %')
    .replace(/([%€])/gu, ' $1 ')
    .replace(/\b([km]|md|mds|mrd)\s+€/gu, '$1€');
  let tokens = spaced
    .replace(QUOTES, ' ')
    .replace(DASHES, ' ')
    .replace(SEPARATORS, ' ')
    .replace(LOOSE_DOT, ' ')
    .split(/\s+/u)
    .filter((token) => token !== '' && !STOP_TOKENS.has(token));
  let factor = 1;
  const first = tokens[0];
  if (first !== undefined && MULTIPLIER_WORDS.has(first) && tokens.length > 1) {
    factor *= MULTIPLIER_WORDS.get(first) ?? 1;
    tokens = tokens.slice(1);
  }
  const head = tokens[0] ?? '';
  const money = MONEY_UNITS.get(head);
  if (money !== undefined) return { value: value * factor * money, unit: '€' };
  if (head === '%') return { value: value * factor, unit: '%' };
  const word = singular(head);
  return { value: value * factor, unit: UNIT_ACRONYMS.get(word) ?? word };
}

/** Units written by their acronym, compared as their spelled-out head word (« 440 ETP » = « 440 équivalents temps plein »). */
const UNIT_ACRONYMS = new Map([
  ['etp', 'equivalent'],
  ['etpt', 'equivalent'],
]);

/** Whether two numbers are the same figure (relative tolerance, for values parsed from « 1,5 » or « 4,8 millions »). */
export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** A legal text's number as compared: « n° 2019-1088 », « no 2019‑1088 » → « 2019-1088 ». */
export function normaliseLegalNumber(number: string): string {
  return foldAccents(number)
    .toLowerCase()
    .replace(DASHES, '-')
    .replace(/^\s*(n\s*[°º]|no\.?|numero)\s*/u, '')
    .replace(/\s+/gu, '');
}

/** An email address as compared: trimmed, lowercase, without « mailto: ». */
export function normaliseEmail(email: string): string {
  return email
    .trim()
    .replace(/^mailto:/iu, '')
    .toLowerCase();
}

/** A URL as compared: trimmed, without trailing punctuation (« …/page). » → « …/page »). */
export function normaliseUrl(url: string): string {
  return url.trim().replace(/[.,;:!?»)]+$/u, '');
}

/** A type word (décret, Décret, decret) as compared. */
export function normaliseWord(word: string): string {
  return foldAccents(word).toLowerCase().trim();
}
