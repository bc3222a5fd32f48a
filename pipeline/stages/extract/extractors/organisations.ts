/**
 * Organisations, their acronyms, their hierarchy and the counts of their sub-units.
 * Reads a SourceDocument; returns `organisation`, `hierarchy` and `unit-count` facts.
 *
 * Hierarchy comes from syntax (« le département X de la direction Y », « X est un département de Y »,
 * « au sein de Y ») and from layout: a count statement (« Y comprend six départements et quatre missions : »)
 * or a heading naming a unit opens an enumeration, and the units of the announced types that start the
 * following lines or list items are its children.
 */
import type { Extractor, Fact, FactData, OrgRef, OrganisationType, SourceDocument } from '../../../types/domain.ts';
import { CONTAINS_VERBS, COUNT_WORD_ALTERNATION, ORG_TYPE_ALTERNATION, ORG_TYPE_ALTERNATION_U, SUB_UNIT_TYPES, isGivenName, orgTypeOf, parseSmallNumber } from '../lexicon.ts';
import { INVERTED_ATTACHMENT_LEAD, creditedBefore, findOrgMentions, firstMentionFrom, looksLikeAcronym, mentionIndexFrom, mentionsEndingBy, type OrgMention } from '../org-mentions.ts';
import { columnIndex, findTables, type Cell } from '../tables.ts';
import { lineAt, lineEndAt, lineIndexAt, prepared, sectionNumberOf, sentenceAt, type Line, type PreparedText, type Sentence } from '../text.ts';
import { factAt } from '../fact.ts';
import { yamlFacts } from '../yaml-records.ts';
import { diagramFacts } from '../diagrams.ts';

const ID = 'organisations';

export function refOf(m: OrgMention): OrgRef {
  const ref: OrgRef = {};
  if (m.name) ref.name = m.name;
  if (m.acronym) ref.acronym = m.acronym;
  return ref;
}

const fact = (doc: SourceDocument, start: number, end: number, data: FactData): Fact => factAt(doc, ID, start, end, data);

const FEMININE_TYPES = new Set<OrganisationType>([
  'direction', 'délégation', 'mission', 'agence', 'brigade', 'fabrique', 'autorité', 'cellule', 'commission', 'organisation',
]);

/** Bodies a « secrétariat général » belongs to when named after it (« … du ministère Y », « … de l'agence »). */
const SECRETARIAT_OWNERS = new Set<OrganisationType>(['ministère', 'agence', 'établissement', 'autorité']);

// lastMentionBefore is called once per contact, pronoun or count statement: what it derives from the whole text
// and mention list is computed once per text and list (both are never modified once built).
const subjectStarts = new WeakMap<PreparedText, Set<number>>();
const mentionIndexes = new WeakMap<readonly OrgMention[], { acronymTypes: Map<string, OrganisationType>; sorted: boolean }>();

function mentionIndex(mentions: readonly OrgMention[]) {
  let index = mentionIndexes.get(mentions);
  if (!index) {
    const acronymTypes = new Map(mentions.filter((m) => m.acronym && m.type).map((m) => [m.acronym!, m.type!]));
    const sorted = mentions.every((m, i) => i === 0 || (m.start >= mentions[i - 1]!.end && m.end >= mentions[i - 1]!.end));
    mentionIndexes.set(mentions, (index = { acronymTypes, sorted }));
  }
  return index;
}

/** A mention's type: its own, else the type its acronym has where the text defines it (« L'ANSNP » is an agency). */
function typeWithAcronym(acronymTypes: ReadonlyMap<string, OrganisationType>, m: OrgMention): OrganisationType | null {
  return m.type ?? (m.acronym ? acronymTypes.get(m.acronym) : undefined) ?? null;
}

/**
 * The organisation a pronoun or « en son sein » points to: the last one in subject position (starting a
 * sentence, a line or a heading) before `pos`, of the pronoun's gender when known; else the last mentioned.
 */
export function lastMentionBefore(
  text: PreparedText,
  mentions: OrgMention[],
  pos: number,
  gender?: 'm' | 'f',
): OrgMention | undefined {
  const { acronymTypes, sorted } = mentionIndex(mentions);
  const typeOf = (m: OrgMention) => typeWithAcronym(acronymTypes, m);
  const genderOk = (m: OrgMention) => {
    const t = typeOf(m);
    if (!gender || !t) return true;
    return gender === 'f' ? FEMININE_TYPES.has(t) : !FEMININE_TYPES.has(t);
  };
  let starts = subjectStarts.get(text);
  if (!starts) subjectStarts.set(text, (starts = new Set([...text.sentences.map((s) => s.start), ...text.lines.map((l) => l.contentStart)])));
  // Subject position: at the start of a sentence or line, after an article and an optional adverbial phrase
  // closed by a comma (« En 2012, l'agence … », « Le , la direction … » where a date was lost).
  const inSubject = (m: OrgMention) => {
    // (Once per mention: a pronoun after a long list asks of the same bodies again.)
    const known = subjectPlace.get(m);
    if (known !== undefined) return known;
    let answer = false;
    // (A fronted clause may be long: « Créée par le décret n° 2020-611 du 22 mai 2020, la délégation … ».)
    const lead = text.clean.slice(Math.max(0, m.start - 90), m.start);
    for (let k = 0; k <= lead.length && !answer; k++) {
      if (!starts.has(m.start - k)) continue;
      if (/^(?:[^,.;:\n]{0,80},\s*)?(?:le|la|l')?\s*$/i.test(lead.slice(lead.length - k))) answer = true;
    }
    subjectPlace.set(m, answer);
    return answer;
  };
  let fallback: OrgMention | undefined;
  let found: OrgMention | undefined;
  // Sorted and disjoint mentions end in order: start from the last one that ends by `pos`.
  const last = sorted ? mentionsEndingBy(mentions, pos) - 1 : mentions.length - 1;
  // (A subject is a few paragraphs up at most: the walk stops after MAX_SUBJECT_LOOKBACK bodies, so that a text of
  // thousands of list items is not walked back whole for each.)
  const stop = sorted ? last - MAX_SUBJECT_LOOKBACK : -1;
  for (let i = last; i >= 0 && i > stop && !found; i--) {
    const m = mentions[i]!;
    if (m.end > pos || !genderOk(m)) continue;
    fallback ??= m;
    if (inSubject(m)) found = m;
  }
  found ??= fallback;
  // « L'agence est dirigée par … Elle comprend … »: a later sentence whose subject is a definite type noun
  // (« L'agence ») is what the pronoun continues; it stands for the last body of that type before it.
  const definite = definiteSubjectSince(text, mentions, found?.end ?? 0, pos);
  if (definite && (!gender || gender === (FEMININE_TYPES.has(definite.type) ? 'f' : 'm'))) {
    // (The last of that type, walking back from there: a text of thousands of events is not filtered for each.)
    for (let i = (sorted ? mentionsEndingBy(mentions, definite.start) : mentions.length) - 1; i >= 0; i--) {
      const m = mentions[i]!;
      if (m.end <= definite.start && typeOf(m) === definite.type) return m;
    }
    return found;
  }
  return found;
}

/** Whether a mention stands in a subject's place (lastMentionBefore), by mention: a text's mentions are its own. */
const subjectPlace = new WeakMap<OrgMention, boolean>();

/** How many bodies back lastMentionBefore looks for one in a subject's place. */
const MAX_SUBJECT_LOOKBACK = 300;

/** A sentence opening with « Le / La / L' » and a bare type word (« L'agence est … »). */
// The type word is followed by its verb (« L'agence est … », « La direction assure … »), not by more of a name
// (« Le réseau des routes … » on a title line).
const DEFINITE_TYPE_SUBJECT = new RegExp(
  String.raw`^(?:[^,.;:\n]{0,30},\s*)?(?:le|la|l')\s*(${ORG_TYPE_ALTERNATION})(?=\s+(?:est|a|sont|ont|était|sera|compte|comprend|dispose|regroupe|emploie|assure|pilote|gère|conduit|réunit|rassemble|publie|lance|propose|porte|accompagne|développe|mène|organise|se|s'est|[a-zéèêç]{2,}(?:era|ira|dra|ra))\s)`,
  'i',
);

/** The last sentence in [from, to) whose subject is a definite type noun that no mention covers: its position and type. */
function definiteSubjectSince(text: PreparedText, mentions: OrgMention[], from: number, to: number): { start: number; type: OrganisationType } | undefined {
  // From the last sentence starting before `to` (binary search: this runs once per pronoun, contact or count).
  let lo = 0;
  let hi = text.sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (text.sentences[mid]!.start < to) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0; i--) {
    const sent = text.sentences[i]!;
    if (sent.start < from) return undefined;
    const m = DEFINITE_TYPE_SUBJECT.exec(sent.text);
    const type = m ? orgTypeOf(m[1]!) : undefined;
    // (A network is as often a product as a body: « Le réseau … » says nothing of which.)
    if (!m || !type || type === 'réseau') continue;
    const at = sent.start + m[0].length - m[1]!.length;
    // (Sorted mentions: the one that could cover `at` is the first ending after it.)
    const after = mentionIndex(mentions).sorted ? mentions[mentionsEndingBy(mentions, at)] : undefined;
    const covered = mentionIndex(mentions).sorted ? !!after && after.start <= at : mentions.some((x) => x.start <= at && at < x.end);
    if (covered) continue;
    return { start: at, type };
  }
  return undefined;
}

/**
 * « l'observatoire » right before the verb (after a fronted phrase or not, or the guillemet opening a paragraph an
 * amending act quotes): what the article points to.
 */
// (« La nouvelle direction comprendra … », « le futur service … »: an adjective before the noun points the same way.)
const DEFINITE_BEFORE_VERB = new RegExp(String.raw`(?:^|,)[\s«]*(?:le|la|l')\s*(?:(?:nouvelle|nouveau|nouvel|future?|même)\s+)?(${ORG_TYPE_ALTERNATION})\s*$`, 'i');

/** A name opening with a plural type word (« services départementaux … », « bureaux régionaux »). */
const PLURAL_HEAD = new RegExp(String.raw`^(?:${ORG_TYPE_ALTERNATION})(?<=[sx])\s`, 'i');

/** The body a definite noun phrase made of a type word stands for: the last one of that type in subject position. */
function definiteSubject(text: PreparedText, mentions: OrgMention[], beforeVerb: string, pos: number): OrgMention | undefined {
  const m = DEFINITE_BEFORE_VERB.exec(beforeVerb);
  const type = m ? orgTypeOf(m[1]!) : undefined;
  // (Not a plural name, « les services départementaux (SDSIC) »: « le service » is one body.)
  // (« L'ANSNP est dirigée par … L'agence est organisée en … »: a body named by its acronym counts by the acronym's type.)
  if (!type) return undefined;
  const { acronymTypes } = mentionIndex(mentions);
  return lastMentionBefore(text, mentions.filter((x) => typeWithAcronym(acronymTypes, x) === type && !PLURAL_HEAD.test(x.name ?? '')), pos);
}

/**
 * The unit the heading of the section around `pos` names at its start, with its type word (« ## Direction des
 * achats (DAE) »; not a topic, « ## PLOL »): what a list item or a line of that section is about.
 */
export function sectionUnitAt(text: PreparedText, mentions: readonly OrgMention[], pos: number): OrgMention | undefined {
  let heading: Line | undefined;
  for (const l of text.lines) {
    if (l.start >= pos) break;
    if (l.kind === 'heading') heading = l;
  }
  if (!heading) return undefined;
  const m = firstMentionFrom(mentions, heading.contentStart);
  return m && m.type && m.start <= heading.contentStart + 4 && m.end <= heading.end ? m : undefined;
}

/**
 * The body a page is about: the one its first heading names, else the first body of the text (« # Office des
 * cartes » then « ## Produits » / « ## Directeurs successifs »: whose products and directors they are).
 */
export function pageBodyOf(text: PreparedText, mentions: readonly OrgMention[]): OrgMention | undefined {
  const title = text.lines.find((l) => l.kind === 'heading');
  return (title && mentions.find((m) => m.start >= title.start && m.end <= title.end)) ?? mentions[0];
}

/** Gender of a pronoun at the start of a sentence (« Elle comprend … », « il est structuré … »). */
function pronounGender(sentence: string): 'm' | 'f' | undefined {
  const m = /(?:^|,\s*)(il|ils|elle|elles)\s/i.exec(sentence);
  if (!m) return undefined;
  return m[1]!.toLowerCase().startsWith('elle') ? 'f' : 'm';
}

/**
 * The body a sentence opening with « Il » / « Elle » (or, with `demonstrative`, « Ce … » / « Cette … ») stands for:
 * the last one in subject position before it, of the pronoun's gender.
 */
function pronounSubject(text: PreparedText, mentions: OrgMention[], sent: { start: number; text: string }, demonstrative = false): OrgMention | undefined {
  const opens = demonstrative ? /^\s*(?:ce|cet|cette|il|elle)\b/i : /^\s*(?:il|elle)\s/i;
  return opens.test(sent.text) ? lastMentionBefore(text, mentions, sent.start, pronounGender(sent.text)) : undefined;
}

/**
 * The first mention starting in [from, to): mentions.find((m) => m.start >= from && m.start < to). Mentions are
 * sorted by start (findOrgMentions): the first one starting at or after `from`, found by binary search.
 */
function mentionAt(mentions: OrgMention[], from: number, to: number): OrgMention | undefined {
  const m = firstMentionFrom(mentions, from);
  return m && m.start < to ? m : undefined;
}

interface CountStatement {
  start: number;
  end: number;
  parent: OrgMention;
  /** `added`: « un nouveau pôle », one unit more, not how many there are (no unit-count fact). */
  counts: Array<{ type: OrganisationType; count: number; word: string; added?: boolean }>;
  /** « comprend quatre subdivisions : »: units counted by a noun of no type, listed after the colon (any sub-unit type). */
  anyUnits: number;
  /** « comprend un secrétariat général et trois départements »: a unit counted once and named by its type word and adjectives. */
  single: Array<{ start: number; end: number; name: string; type: OrganisationType }>;
}

/** Adjectives that name a unit after its type word, counted once: « un secrétariat général », « une mission transverse ». */
const SINGLE_UNIT_AFTER = /^(?:\s+(?:général|générale|central|centrale|transverse|transversal|transversale|commun|commune|juridique|administratif|administrative))+(?![\p{L}])/u;

/** Words of a unit's name after its complement's preposition, up to what ends the item (« et une … », « qui »). */
const UNIT_NAME_WORDS = String.raw`(?!(?:une?|plus|moins|près|environ)(?![\p{L}]))[\p{L}'’-]+(?:\s+(?!(?:et|ou)\s+(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d)(?![\p{L}]))(?!(?:qui|dont|chargée?s?|placée?s?|rattachée?s?|dirigée?s?|créée?s?|animée?s?|pilotée?s?|ainsi|notamment|respectivement)(?![\p{L}]))[\p{L}'’-]+){0,6}`;

/**
 * « comprend un département des réseaux, une cellule d'appui juridique et un pôle Données »: an enumeration item
 * that names one unit after an indefinite article, by its complement or by a proper name (named, not counted).
 */
const NAMED_UNIT_ITEM = new RegExp(
  String.raw`^(?:\s*,\s*|\s+et\s+|\s*,?\s*ainsi\s+qu'\s*|\s+)(?:un|une)\s+(${ORG_TYPE_ALTERNATION_U})(?![\p{L}'-])((?:\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|d'|de\s+)${UNIT_NAME_WORDS})|\s+«?\s*\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:et|de|des|du)\s+|d')?\p{Lu}[\p{L}'’-]*)*\s*»?)`,
  'u',
);

/** An enumeration item of a count statement other than a named unit: « trois départements », « un secrétariat général ». */
const COUNTED_ITEM = new RegExp(
  String.raw`^(?:\s*,\s*|\s+et\s+|\s*,?\s*ainsi\s+qu(?:e\s+|')\s*|\s+)(?:\d{1,3}|[a-zé]+)\s+(?:(?:grands?|grandes?|principaux|principales|nouveaux|nouvelles|nouveau|nouvelle|seule?)\s+)?(?:${ORG_TYPE_ALTERNATION_U})(?![\p{L}'-])(?:\s+[a-zéèêàâîôûç]+(?:s|x|al|ale|el|elle|ique|aire|if|ive|é|ée|ant|ante|ent|ente)(?![a-zéèêàâîôûç]))?`,
  'u',
);

/**
 * The types a named enumeration item may have: units, and what bodies keep inside them (a centre, a laboratory);
 * not a programme (« compte un programme de formation » is an activity).
 */
const NAMED_ITEM_TYPES = new Set<OrganisationType>([...[...SUB_UNIT_TYPES].filter((t) => t !== 'programme'), 'secrétariat', 'institut']);

/**
 * The units an enumeration after a count verb names one by one (« un département des réseaux, un département des
 * applications et une cellule d'appui juridique »), from `from` (right after the verb) to `to`: each with the
 * offset where its item starts (its count is not counted: a named unit is no count of its type).
 */
function namedUnitItems(clean: string, from: number, to: number): Array<CountStatement['single'][number] & { itemAt: number }> {
  const out: Array<CountStatement['single'][number] & { itemAt: number }> = [];
  for (let pos = from; pos < to; ) {
    const rest = clean.slice(pos, to);
    const named = NAMED_UNIT_ITEM.exec(rest);
    if (named) {
      const type = orgTypeOf(named[1]!);
      const typeAt = pos + named[0].length - named[2]!.length - named[1]!.length;
      const name = `${named[1]!}${named[2]!.replace(/[«»]/g, ' ')}`.replace(/\s+/g, ' ').trim();
      if (type && NAMED_ITEM_TYPES.has(type)) out.push({ start: typeAt, end: pos + named[0].trimEnd().length, name, type, itemAt: typeAt });
      pos += named[0].length;
      continue;
    }
    const counted = COUNTED_ITEM.exec(rest);
    if (!counted) break;
    pos += counted[0].length;
  }
  return out;
}

/** « … de l'agence », « … du centre »: a definite type noun with nothing after it that would name a body. */
const DEFINITE_OWNER_AFTER = new RegExp(String.raw`^\s*»?\s*(?:de\s+la|de\s+l'|du)\s*(${ORG_TYPE_ALTERNATION_U})(?![\p{L}'-])(?!\s*(?:«|\(|[A-ZÉÈÀ]|(?:de|du|des|d'|chargée?|[a-zéèêàç]+(?:al|ale|aux|ales|el|elle|ique|aire|ier|ière|if|ive))(?![\p{L}])))`, 'u');

/** « passe de cinq à quatre départements », « passera de 3 à 5 pôles »: a count that changes, the new one counted. */
const COUNT_CHANGES = String.raw`pass(?:e|ent|era|eront|ait|aient)\s+de\s+(?:\d{1,3}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt)\s+à`;

/** An act that divides a body named as its object: « (L'arrêté) structure la direction en trois départements ». */
const DIVIDES_OBJECT = String.raw`(?:structure|structurent|organise|organisent|répartit|répartissent|divise|divisent|réorganise|réorganisent)\s+(?:la|le|l')\s*(?:${ORG_TYPE_ALTERNATION})\s+en`;
const OBJECT_OF_DIVIDES = new RegExp(String.raw`^\S+\s+((?:la|le|l')\s*(?:${ORG_TYPE_ALTERNATION}))\s+en$`, 'i');

/** Between two units of an enumeration: « , », « et », « ainsi que », maybe after a relative clause on the first, then an article. */
const ENUMERATION_GAP = /^\s*(?:,\s*(?:qui|dont|où|chargée?s?\s+d)[^;:()«»\n]{1,120}?,\s*(?:et|ainsi\s+que)?|,|et|,\s*et|,?\s*ainsi\s+que)?\s*(?:le|la|les|l'|du|de\s+la|de\s+l'|des)\s*$/i;

/** Plural nouns that count a body's units whatever their type (« comprend quatre subdivisions : »). */
const ANY_UNIT_NOUNS = 'subdivisions|entités|composantes|unités|structures';
const ANY_UNIT_NOUN = new RegExp(`^(?:${ANY_UNIT_NOUNS})$`, 'i');

/** A body's staff counted before its units: « compte 290 agents et quatre départements ». */
const STAFF_BEFORE_UNITS = String.raw`(?:(?:près\s+de|environ|plus\s+de)\s+)?\d{1,3}(?:[\s\u00a0\u202f]\d{3})*\s+(?:agents|collaborateurs|collaboratrices|personnes|salariés|personnels)\s*(?:,\s*|\s+et\s+)`;

const COUNT_RE = new RegExp(
  String.raw`(?<![\wÀ-ÿ])(${CONTAINS_VERBS}|${COUNT_CHANGES}|${DIVIDES_OBJECT})(?:\s+(?:désormais|actuellement|aujourd'hui|notamment|également|principalement|alors|encore|plus\s+que|désormais\s+plus\s+que|lui-même|elle-même|eux-mêmes|elles-mêmes|à\s+son\s+tour))?(?:\s*,\s*outre\s+[^,:;.]{3,100},)?\s+(?:${STAFF_BEFORE_UNITS})?((?:(?:\d{1,3}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt)\s+(?:(?:grands?|grandes?|principaux|principales|nouveaux|nouvelles|nouveau|nouvelle|seule?)\s+)?(?:${ORG_TYPE_ALTERNATION}|(?:${ANY_UNIT_NOUNS})(?=\s*:))(?:\s+[a-zéèêàâîôûç]+(?:s|x|al|ale|el|elle|ique|aire|if|ive|é|ée|ant|ante|ent|ente)(?![a-zéèêàâîôûç]))?(?:\s*,?\s*ainsi\s+qu(?:e\s+|')|\s*,\s*|\s+et\s+(?:d'|de\s+)?)?)+)`,
  'gi',
);

/** « … du ministère » closing a phrase: the ministry unnamed (not « du ministère de la Mer », « du ministère chargé de … »). */
const BARE_MINISTRY_AFTER = /^\s*»?\s*du\s+ministère(?=\s*(?:[,;.)]|\s(?!de\s|des\s|du\s|d'|chargé|en\s+charge|[A-ZÉ]|(?:public|publique|concerné|compétent|intéressé|[a-zéèêàç]+(?:ique|al|aux|el|elle|é|ée|if|ive))(?![\p{L}]))))/u;

/** « les directions générales du ministère », « ses bureaux de la sous-direction X »: a plural type word and its owner. */
const PLURAL_OF_OWNER = new RegExp(
  String.raw`(?<![\p{L}])(?:les|ses|leurs)\s+(${ORG_TYPE_ALTERNATION_U})(?<=[sx])(?:\s+[a-zéèêàç]+(?:aux|ales|els|elles|iques|aires|ées|és))?\s+(?:du|de\s+la|de\s+l')\s*`,
  'giu',
);

/** A unit's complement naming another body (« … de la préfecture maritime », « … du ministère »). */
const OWN_COMPLEMENT_AFTER = new RegExp(String.raw`^\s*(?:de\s+la|du|de\s+l'|des)\s*(?:\p{Lu}|(?:${ORG_TYPE_ALTERNATION_U})(?![\p{L}]))`, 'u');

/** A sentence's subject written as a definite type-word phrase and its complement: « Le service du numérique », « …, la direction des achats ». */
// (With a complement: « Le service » alone stands for the body of that type named before.)
const UNNAMED_UNIT_SUBJECT = new RegExp(String.raw`(?:^|[,:]\s*)(?:le|la|l')\s*(?:${ORG_TYPE_ALTERNATION_U})\s+(?:de\s+la|de\s+l'|du|des|de|d')\s*[^,;:]*$`, 'iu');

/** An impersonal « il » opening a sentence (« il est créé », « il existe », « il y a », « il s'agit de »). */
const IMPERSONAL_IL = /^\s*il\s+(?:est|sera|a\s+été|fut)\s+(?:créée?s?|institué(?:e|s|es)?|mise?s?\s+en\s+place|constitué(?:e|s|es)?)|^\s*il\s+(?:existe|y\s+a|s'agit|convient|faut|importe|reste)(?![\p{L}])/iu;

/** A fronted phrase that places a body among others (« Autour de la direction générale, », « Aux côtés du SG, »). */
const LOCATIVE_FRONT = /^\s*(?:autour\s+(?:de|du|des|d')|aux\s+côtés\s+(?:de|du|des|d')|à\s+côté\s+(?:de|du|des|d')|auprès\s+(?:de|du|des|d')|outre|au-delà\s+(?:de|du|des|d')|en\s+appui\s+(?:de|du|des|d'))/i;

/** A sentence opening with an item's rank: « Le premier, c'est le … », « Et le quatrième, le … », « La dernière est la … ». */
const RANKED_ITEM = /^\s*(?:(?:et|enfin|puis)\s+)?(?:le|la)\s+(?:premier|première|deuxième|second|seconde|troisième|quatrième|cinquième|sixième|septième|huitième|dernier|dernière)\s*(?:,\s*(?:c'est\s+|ce\s+sont\s+|il\s+s'agit\s+d[eu]\s+|elle\s+s'appelle\s+)?|\s+(?:est|sera)\s+)(?:(?:le|la)\s+|l')?/i;

/** How many sentences may tell about one ranked item before the next one. */
const MAX_SENTENCES_BETWEEN_RANKS = 3;

/** « devient le », « deviendra la », « est renommé », « prend le nom de »: a body's new name follows. */
const RENAMED_TO = /(?<![\p{L}])(?:devient|deviendra|est\s+renommée?|sera\s+renommée?|prend\s+le\s+nom\s+d[eu']|prendra\s+le\s+nom\s+d[eu'])\s*(?:(?:le|la|l')\s*)?$/u;

/**
 * The body `subject` becomes in the sentence `before`, when that sentence renames it (« Le pôle X deviendra le
 * département Y (DY) »): the first body named after the verb; else undefined.
 */
function renamedIn(text: PreparedText, mentions: OrgMention[], before: Sentence | undefined, subject: OrgMention): OrgMention | undefined {
  if (!before || subject.start < before.start || subject.end > before.end) return undefined;
  for (let i = mentionIndexFrom(mentions, subject.end); i < mentions.length && mentions[i]!.end <= before.end; i++) {
    const m = mentions[i]!;
    if (RENAMED_TO.test(text.clean.slice(Math.max(subject.end, m.start - 40), m.start))) return m;
  }
  return undefined;
}

function countStatements(text: PreparedText, mentions: OrgMention[]): CountStatement[] {
  const out: CountStatement[] = [];
  for (const [si, s] of text.sentences.entries()) {
    COUNT_RE.lastIndex = 0;
    const m = COUNT_RE.exec(s.text);
    if (!m) continue;
    const verbAt = s.start + m.index;
    // The subject: the unit the phrase before the verb opens with (« La direction X du secrétariat général du
    // ministère Y comprend … » is X's), a definite type noun (« L'agence comprend … »), else the last body before.
    const inSentence = mentions.filter((x) => x.start >= s.start && x.end <= verbAt);
    const last = inSentence[inSentence.length - 1];
    // (« Dirigé par M. X, jusqu'ici chef du SDSIC, le service s'organise en … »: a definite type noun right before
    // the verb is the subject, not the last body named before it.)
    const subjectRightBefore = last && last.end >= verbAt - 2;
    // (« Autour de la direction générale, elle est organisée en quatre pôles »: after a fronted phrase, a pronoun is
    // the subject, the body it continues, not one the phrase names.)
    // (Only after a phrase that places the body, not one that names it as the topic: « Quant à la DAJ, elle … ».)
    const pronoun = LOCATIVE_FRONT.test(s.text) ? /,\s*(elle|il)\s+(?:est\s+|sera\s+|était\s+|se\s+|s')?$/i.exec(text.clean.slice(s.start, verbAt)) : null;
    // (« Il compte 265 agents répartis entre Paris et le centre de Lyon, et comprend trois sous-directions : »: a
    // sentence opening with a pronoun has it for subject; the bodies after it are complements.)
    // (Not an impersonal « il »: « Il est créé au sein du SG une mission … », « Il existe un bureau … ».)
    const opensWithPronoun = /^\s*(?:il|elle)\s/i.test(s.text) && !IMPERSONAL_IL.test(s.text);
    // (« L'arrêté … structure la direction en trois départements »: the body divided is the verb's object.)
    const object = OBJECT_OF_DIVIDES.exec(m[1]!);
    let parent =
      (object ? definiteSubject(text, mentions, object[1]!, verbAt) : undefined) ??
      (pronoun ? lastMentionBefore(text, mentions, s.start, pronoun[1]!.toLowerCase() === 'elle' ? 'f' : 'm') : undefined) ??
      (opensWithPronoun ? lastMentionBefore(text, mentions, s.start, pronounGender(s.text)) : undefined) ??
      subjectBeforeInciseAt(text, mentions, s.start, verbAt) ??
      (subjectRightBefore ? phraseHead(text.clean, mentions, last) : undefined) ??
      definiteSubject(text, mentions, text.clean.slice(s.start, verbAt), s.start) ??
      (last && phraseHead(text.clean, mentions, last)) ??
      // (Not when the subject is a unit the text does not name: « Le service du numérique comprend trois sous-directions »
      // is no body's named before.)
      (UNNAMED_UNIT_SUBJECT.test(text.clean.slice(s.start, verbAt)) ? undefined : lastMentionBefore(text, mentions, s.start, pronounGender(s.text)));
    if (!parent) continue;
    // (« Le pôle X de la DTT deviendra le département Y (DY). Fort de 14 agents, il comprendra deux bureaux : »: a
    // pronoun after a renaming stands for the body under its new name.)
    const renamed = parent.end <= s.start ? renamedIn(text, mentions, text.sentences[si - 1], parent) : undefined;
    if (renamed) parent = renamed;
    const counts: CountStatement['counts'] = [];
    const partRe = new RegExp(String.raw`(\d{1,3}|[a-zé]+)\s+(?:(?:grands?|grandes?|principaux|principales|nouveaux|nouvelles|nouveau|nouvelle|seule?)\s+)?(${ORG_TYPE_ALTERNATION}|${ANY_UNIT_NOUNS})`, 'gi');
    let anyUnits = 0;
    let p: RegExpExecArray | null;
    const single: CountStatement['single'] = [];
    const partsAt = s.start + m.index + m[0].length - m[2]!.length;
    // (Units named one by one: after a verb that lists parts, not « compte », which counts (« compte un bureau de
    // cinquante personnes »); of a body the sentence names before the verb or stands for by a pronoun, not the last
    // body of the text (« Ce marché comprend une mission de maîtrise d'œuvre »).)
    const listsParts = !/^compt/i.test(m[1]!) && (parent.start >= s.start || /^\s*(?:il|elle)\s/i.test(s.text));
    const namedItems = listsParts ? namedUnitItems(text.clean, partsAt - 1, s.end).filter((u) => !/\d|(?:^|\s)(?:d'une?|de\s+plus|vingtaine|dizaine|centaine|cinquantaine|trentaine|quarantaine)(?![\p{L}])/u.test(u.name)) : [];
    while ((p = partRe.exec(m[2]!))) {
      // (A unit the item names, « un département des réseaux », is listed below, not counted.)
      const typeAt = partsAt + p.index + p[0].length - p[2]!.length;
      if (namedItems.some((u) => u.itemAt === typeAt)) continue;
      const n = parseSmallNumber(p[1]!);
      if (ANY_UNIT_NOUN.test(p[2]!)) {
        anyUnits += n ?? 0;
        continue;
      }
      const type = orgTypeOf(p[2]!);
      // (« compte un nouveau pôle : le pôle X » names one more unit; it does not count them all.)
      if (n !== undefined && type) counts.push({ type, count: n, word: p[2]!.toLowerCase(), ...(n === 1 && /\snouv(?:el|elle|eau)\s/i.test(p[0]) ? { added: true } : {}) });
      const named = n === 1 ? SINGLE_UNIT_AFTER.exec(m[2]!.slice(p.index + p[0].length)) : null;
      if (type && named) {
        const start = partsAt + p.index + p[0].length - p[2]!.length;
        const end = partsAt + p.index + p[0].length + named[0].length;
        single.push({ start, end, name: `${p[2]!}${named[0]}`.replace(/\s+/g, ' '), type });
      }
    }
    // The statement ends with its last count (not with a separator the next words did not continue).
    const statement = m[0].replace(/(?:\s*,?\s*ainsi\s+qu(?:e\s*|')|\s*,\s*|\s+et\s*)$/, '').trimEnd();
    // « s'appuie sur un réseau de correspondants »: relying on one body is no count of units (« s'appuie sur trois
    // départements » is).
    if (/^s'appuie/i.test(m[1]!) && counts.every((c) => c.count < 2)) continue;
    for (const u of namedItems) single.push({ start: u.start, end: u.end, name: u.name, type: u.type });
    const end = Math.max(s.start + m.index + statement.length, ...namedItems.map((u) => u.end));
    // (Units of no type are counted only when the list follows the colon: « compte trois structures » alone says
    // nothing of which.)
    if (anyUnits && !/^\s*:/.test(text.clean.slice(end, end + 3))) anyUnits = 0;
    if (counts.length || single.length || anyUnits) out.push({ start: verbAt, end, parent, counts, single, anyUnits });
  }
  return out;
}

/**
 * The unit a noun phrase ending with `last` opens with: « le service X (ABC) du ministère Y » → the service, when
 * `last` is the ministry its complement names (a unit or a secretariat, then « de la / du / des »); else `last`.
 */
function phraseHead(clean: string, mentions: readonly OrgMention[], last: OrgMention): OrgMention {
  let head = last;
  for (let i = mentions.indexOf(last); i > 0; i--) {
    const before = mentions[i - 1]!;
    const unit = before.type && (SUB_UNIT_TYPES.has(before.type) || before.type === 'secrétariat');
    if (!unit || !/^\s*(?:\([^()\n]{1,20}\)\s*)?(?:de la|de l'|du|des)\s*$/i.test(clean.slice(before.end, mentions[i]!.start))) break;
    head = before;
  }
  return head;
}

/** A head's title right before the unit it heads: « cheffe du », « directeur de la », « responsable du ». */
const HEAD_OF_BEFORE = /(?:^|[^\p{L}-])(?:chef(?:fe)?|(?:sous-)?direct(?:eur|rice)(?:\s+adjointe?)?|responsable|adjointe?|coordinat(?:eur|rice))\s+(?:du|de\s+la|de\s+l'|des)\s*$/iu;

/** « les cinq sous-directions (actuelles) de la »: a body's units, counted, before the body. */
const UNITS_OF_BODY = /(?<![\p{L}])(?:les|ses|leurs|des)\s+(?:(?:\d{1,2}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+)?(?:sous-directions|directions|départements|bureaux|pôles|services|missions|cellules|divisions)(?:\s+[a-zéèêàç]+){0,2}?\s+(?:de\s+la|de\s+l'|du|des)\s*/giu;

/** A parenthesis of acronyms only: « (SDA, SDB et SDC) ». */
const ACRONYM_LIST_AFTER = /^\s*\(((?:\p{Lu}[\p{L}\d-]{1,11})(?:\s*(?:,|et)\s*\p{Lu}[\p{L}\d-]{1,11})+)\s*\)/u;

/** Between two units of an enumeration: « le bureau A, le bureau B et la cellule C ». */
const LISTED_WITH = /^\s*»?\s*(?:,|et|,\s*et)\s*(?:(?:le|la|les)\s+|l')?$/i;

/** « Au sein du », « Au sein de la »: a line that opens a list of a body's units. */
const WITHIN_HEAD = /^\s*au\s+sein\s+(?:du|de\s+la|de\s+l'|des)\s*/i;

/** A centre or a laboratory (« institut ») listed among a unit's own is one of its units: « – le centre de services de X ». */
function centreOfUnit(unit: OrgMention, parent: OrgMention): boolean {
  return unit.type === 'institut' && !!parent.type && SUB_UNIT_TYPES.has(parent.type);
}

/** The labels of a record's fields that name a body, by level: « Ministère : », « Direction : », « Sous-direction : »… */
const FIELD_LEVELS: Array<[RegExp, number]> = [
  [/^ministères?$/i, 0],
  [/^directions?(?:\s+générales?)?$|^délégations?$/i, 1],
  [/^sous-directions?$/i, 2],
  [/^(?:bureaux?|services?|pôles?|départements?)$/i, 3],
];

/** A line « Label : body » whose label is a level of FIELD_LEVELS, and the body it names first. */
function fieldUnit(line: Line, mentions: OrgMention[], clean: string): { unit: OrgMention; rank: number } | undefined {
  if (line.kind !== 'paragraph' && line.kind !== 'list-item') return undefined;
  const field = /^([\p{L}][\p{L} -]{1,30}?)[ \t]*:[ \t]*/u.exec(clean.slice(line.contentStart, line.end));
  const rank = field ? FIELD_LEVELS.find(([label]) => label.test(field[1]!.trim()))?.[1] : undefined;
  if (rank === undefined) return undefined;
  const at = line.contentStart + field![0].length;
  const unit = mentions.find((x) => x.start >= at && x.start <= at + 4 && x.end <= line.end);
  return unit ? { unit, rank } : undefined;
}

/** The title of a delegation of signature, the delegating body between parentheses after it. */
const DELEGATION_TITLE = /portant\s+délégation\s+de\s+signature\s*\(\s*/i;

/** « 1° Au service X : », « À la sous-direction Y : »: a unit opening a list of its people. */
const UNIT_LIST_HEAD = /^(?:(?:à|a|au|aux)\s+(?:la\s+|l')?)(?=\S)/i;
/**
 * The body a list is set under: the line right before the list (a blank line between them at most) when it names
 * only that body (« **Délégation X (DX)** », « Direction Y (DY) : », « ## Ministère Z »).
 */
function listHeadBody(text: PreparedText, mentions: OrgMention[], item: Line): OrgMention | undefined {
  let i = lineIndexAt(text.lines, item.start);
  while (i > 0 && text.lines[i - 1]!.kind === 'list-item') i--;
  if (i > 0 && text.lines[i - 1]!.kind === 'blank') i--;
  const label = text.lines[i - 1];
  if (!label || (label.kind !== 'paragraph' && label.kind !== 'heading')) return undefined;
  const body = firstMentionFrom(mentions, label.contentStart);
  if (!body || body.end > label.end) return undefined;
  const clean = text.clean;
  return /^[\s*_#]*$/.test(clean.slice(label.contentStart, body.start)) && /^[\s*_]*:?[\s*_]*$/.test(clean.slice(body.end, label.end)) ? body : undefined;
}

/** After a body: its creation, then « auprès de » the body it is placed with (« est créée par le décret … , auprès du »). */
const CREATED_BESIDE = /^\s*(?:\([^()\n]{1,20}\)\s*)?,?\s*(?:(?:est|a\s+été|fut|sera)\s+)?(?:créée?|instituée?)\s+(?:(?:par|en|le)\s[^;.!?()\n]{0,120}?)?,?\s+auprès\s+(?:du|de\s+la|de\s+l'|des)\s*/u;

/** A nomination up to the body it is made to: « nommé directeur du numérique au », « nommée déléguée aux données à la ». */
const NOMINATED_TO = /(?<![\p{L}])nommée?s?\s+(?:en\s+qualité\s+d(?:e\s+|')|comme\s+)?((?:directeur|directrice|délégué|déléguée|secrétaire\s+générale?)\s[^,;.()\n]{2,140}?)\s+(?:à\s+la|à\s+l'|au)\s*$/u;

/** Before the first body of a dash chain: the start of its line or cell, a list bullet, emphasis, a label. */
const DASH_CHAIN_LEAD = /^[\s>*#_|-]*(?:[^,:\n|]{1,40}:[\s*_]*)?$/u;

/** After the last body of a dash chain: punctuation, or the signature's address its line was joined with. */
const DASH_CHAIN_TAIL = /^[\s.;,*_]*(?:[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[a-z]{2,}[\s.;,]*)?$/u;

/** The cells of a table row, or the whole content of another line. */
function cellsOf(clean: string, line: Line): Array<{ start: number; end: number }> {
  if (line.kind !== 'table-row') return [{ start: line.contentStart, end: line.end }];
  const cells: Array<{ start: number; end: number }> = [];
  let from = line.contentStart;
  for (let i = clean.indexOf('|', from); i >= 0 && i < line.end; i = clean.indexOf('|', from)) {
    if (i > from) cells.push({ start: from, end: i });
    from = i + 1;
  }
  if (from < line.end) cells.push({ start: from, end: line.end });
  return cells;
}

/** A head's title right before a unit: « chef du », « cheffe de la », « responsable du », « directrice de l' ». */
const HEADED_BY = /(?:chef(?:fe)?|responsable|direct(?:eur|rice)|sous-direct(?:eur|rice)|coordinat(?:eur|rice))(?:\s+adjointe?)?\s+(?:du|de\s+la|de\s+l'|des)\s*$/i;

/** Adverbs that put an attachment in the past. */
const FORMERLY = String.raw`(?:auparavant|anciennement|précédemment|jusqu'alors|jusque-là|naguère)`;
/** How a unit depends on its parent, between the verb and the parent: « relève également de », « rattaché hiérarchiquement à ». */
const ATTACHMENT_ADVERBS = String.raw`(?:également|aussi|toujours|(?:hiérarchiqu|administrativ|fonctionnell|organiqu|budgétair)ement)`;

/**
 * An attachment that was: « , jusqu'alors rattaché à la Y », « rattaché auparavant à la Y », « , qui relevait de la Y »
 * (the imperfect).
 */
const FORMER_ATTACHMENT = new RegExp(String.raw`^\s*,?\s*${FORMERLY}|(?:rattachée?s?|placée?s?)\s+${FORMERLY}|(?:relevai|dépendai)(?:t|ent)\s`, 'i');

/** An incise about a past or other attachment, right before the verb: « , auparavant rattaché à la direction Y ». */
// (« jusqu'ici », « longtemps »: past attachments in an incise, though not a former parent's mark elsewhere; « , qui
// relevait de la direction Y »: the imperfect.)
const ATTACHMENT_INCISE = new RegExp(String.raw`»?\s*,\s*(?:(?:${FORMERLY}|jusqu'ici|longtemps)\s+)?(?:rattachée?s?|placée?s?|créée?s?\s(?:[^,;.]*?\s)?auprès|qui\s+(?:relevai|dépendai)(?:t|ent))\s[^,;.]*$`, 'i');

/**
 * The body before an attachment incise that ends at `last` (« X, auparavant rattaché à Y, relève de Z », « X, créée en
 * 2020 auprès de Y, est rattachée à Z »: X), or undefined.
 */
function subjectBeforeIncise(clean: string, mentions: readonly OrgMention[], last: OrgMention): OrgMention | undefined {
  const from = Math.max(0, last.start - 160);
  const incise = ATTACHMENT_INCISE.exec(clean.slice(from, last.start));
  if (!incise) return undefined;
  const at = from + incise.index;
  const before = mentions.filter((x) => x.end <= at + 1 && x.end >= at - 1);
  return before[before.length - 1];
}

/** An attachment incise closed right before the verb: « …, la direction, rattachée au secrétariat général, compte … ». */
const INCISE_BEFORE_VERB = /,\s*(?:(?:auparavant|anciennement|précédemment|jusqu'alors|jusque-là|naguère|longtemps|désormais|aujourd'hui)\s+)?(?:rattachée?s?|placée?s?|créée?s?\s(?:[^,;.]*?\s)?auprès)\s[^,;.]*,\s*$/i;

/**
 * The subject of a verb that an attachment incise separates from it (the incise names the subject's parent, not
 * the subject): the body named right before the incise, or the one a definite type noun there stands for.
 */
function subjectBeforeInciseAt(text: PreparedText, mentions: OrgMention[], from: number, verbAt: number): OrgMention | undefined {
  const incise = INCISE_BEFORE_VERB.exec(text.clean.slice(from, verbAt));
  if (!incise) return undefined;
  const subjectEnd = from + incise.index;
  const named = mentions.filter((x) => x.start >= from && x.end <= subjectEnd && x.end >= subjectEnd - 2);
  const last = named[named.length - 1];
  return last ? phraseHead(text.clean, mentions, last) : definiteSubject(text, mentions, text.clean.slice(from, subjectEnd), from);
}

/** What opens an item of an enumeration, right before its unit: a separator and an article. */
const ENUMERATION_ITEM_BEFORE = /(?:[:;,]|\s-|(?<![\p{L}])(?:et|enfin|puis|que))\s*(?:(?:enfin|et|puis)\s+)?(?:(?:le|la|les|un|une)\s+|l')?\s*$/iu;

/** Bodies one is a member of rather than a unit of. */
const MEMBERSHIP_TYPES = new Set<OrganisationType>(['réseau', 'organisation', 'comité', 'commission', 'conseil']);

/** A type word and adjectives only (« secrétariat général », « direction générale »). */
const BARE_UNIT = new RegExp(String.raw`^(${ORG_TYPE_ALTERNATION})((?:\s+[a-zéèêàç]+(?:al|ale|aux|ales|ique|iques|ier|ière|el|elle))*)$`, 'i');

/** « est l'un des quatre services du », « fait partie de la », « service à compétence nationale de l' »: what comes next is the parent. */
const MEMBER_OF = new RegExp(
  String.raw`(?:(?:est|était)\s+(?:un|une)\s+(?:service\s+à\s+compétence\s+nationale|établissement\s+public(?:\s+[a-zéè]+){0,3}|opérateur)|(?:est|était|sera|reste|demeure)\s+l'une?\s+des\s+(?:(?:\d{1,3}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt)\s+)?(?:${ORG_TYPE_ALTERNATION})(?:\s+[a-zéèêàç]+(?:s|x))?|fai(?:t|saient|sait)\s+partie|,\s*(?:un\s+|le\s+)?service\s+à\s+compétence\s+nationale)\s+(?:de\s+la|de\s+l'|du|des|de)\s*`,
  'gi',
);

/** After a count of units, the lead of more of them named: « , auxquelles s'ajoute la », « , parmi lesquels le ». */
const ALSO_NAMED_AFTER_COUNT = /^\s*,\s*(?:auxquel(?:le)?s\s+s'ajout(?:e|ent)|parmi\s+lesquel(?:le)?s|dont)\s+(?:(?:le|la|les)\s+|l')?/i;

/** Between two bodies of a path, « SG › DX › SDY »: the separator alone (the first one's acronym before it). */
const PATH_SEPARATOR = /^\s*»?\s*(?:\([^()\n]{1,20}\)\s*)?[›→]\s*(?:(?:la|le|l')\s*)?$/;
/** After a unit's parent, the units beside it: « , aux côtés du bureau B », « , aux côtés de la mission C ». */
const BESIDE_AFTER = /^\s*»?\s*(?:\([^()\n]{1,20}\)\s*)?,\s*aux\s+côtés\s+(?:du\s+|de\s+la\s+|de\s+l'|des\s+)/i;
/** Between two units named beside it: « (BB), du bureau C », « et du bureau D ». */
const BESIDE_NEXT = /^\s*»?\s*(?:\([^()\n]{1,20}\)\s*)?(?:,\s*(?:et\s+)?|\s+et\s+)(?:du\s+|de\s+la\s+|de\s+l'|des\s+)/i;

/** A line that opens a delegation's list of units: « 1° Au sein de la sous-direction X : », « b) Au sein du service Y : ». */
const WITHIN_HEADING = /^[\s*_]*(?:(?:\d{1,2}°|[a-z]\)|\d{1,2}[.)])\s*)?au\s+sein\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+)/i;

/** A list item that opens with its subject's attachment: « Rattachée au secrétariat général … », « Placé auprès du … ». */
const ITEM_ATTACHED_TO = /^[\s*_]*(?:directement\s+)?(?:rattachée?s?|placée?s?\s+(?:auprès|sous\s+l'autorité|sous\s+la\s+tutelle))\s+(?:à\s+la\s+|à\s+l'|au\s+|aux\s+|de\s+la\s+|de\s+l'|du\s+|des\s+)/i;

/** After a body opening a line, the colon that introduces its units (« SDIH : trois bureaux, à savoir le … »). */
const BODY_THEN_COLON = /^[\s*_»]*(?:\([^()\n]{1,20}\)[\s*_]*)?:\s*(?:(?:\d{1,2}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+[\p{L}-]+\s*,?\s*(?:à\s+savoir|soit|dont)?\s*:?\s*)?/iu;
/** What may stand between units listed on such a line: separators and articles. */
const UNITS_LISTED_BETWEEN = /^\s*(?:,|\bet\b|,\s*et|ainsi\s+que)?\s*(?:(?:le|la|les|un|une)\s+|l['’])?$/i;
/** « X lui est (directement) rattaché(e) », « X leur sont rattachés »: attached to the body a pronoun stands for. */
const DATIVE_ATTACHED = /^\s*»?\s*(?:\([^()\n]{1,20}\)\s*)?,?\s*(?:lui|leur)\s+(?:est|sont|sera|seront)\s+(?:(?:désormais|directement|également|aussi)\s+)*rattachée?s?(?![\p{L}])/iu;
/** How far back (characters) a listed unit may end for « lui est rattachée » to point to its parent. */
const DATIVE_REACH = 400;

/** « passe sous l'autorité de la sous-direction Y »: a unit moved under another body (no rank check: the text says so). */
const MOVES_UNDER = String.raw`pass(?:e|ent|era|eront)\s+sous\s+(?:l'autorité|la\s+tutelle|la\s+responsabilité)\s+(?:de\s+la|de\s+l'|du|des)`;
const MOVES_UNDER_RE = new RegExp(MOVES_UNDER, 'i');

/** What follows a body that joins another: « rejoint la », « devient un programme de la », « passe sous l'autorité de la ». */
const JOINS_AFTER = new RegExp(
  String.raw`^\s*»?\s*(?:\([^()\n]{1,20}\)\s*)?(?:,\s*[^,;:.()«»\n]{3,80},\s*)?(?:rejoint|rejoignent|rejoindra|rejoindront|a\s+rejoint|ont\s+rejoint|${MOVES_UNDER}|(?:devient|deviennent|deviendra|est\s+devenue?)\s+(?:un|une|l'une?\s+des)\s+(?:${ORG_TYPE_ALTERNATION_U})(?:\s+[a-zéèêàç]+(?:al|ale|aux|el|elle|ique|ien|ienne|aire|if|ive))?\s+(?:de\s+la|de\s+l'|du|des))(?:\s+(?:la|le|les)\s+|\s+l'|\s*)(?=\S)`,
  'iu',
);
const JOINS_VERB = /rejoi|devien|devenu|pass(?:e|ent|era|eront)\s+sous/i;

/** What may stand between a clause's start and its subject: a list's bullet, a fronted date (« En 2023, »), emphasis, an article. */
// (And the body's kind before its quoted name: « le service à compétence nationale « Centre … » ».)
const CLAUSE_SUBJECT_LEAD = /^[\s;:.]*(?:[-*•]\s*)?(?:(?:en|au|dès|depuis|le|début|fin|à\s+compter\s+du)\s+[^,;:\n]{1,30},\s*)?(?:\*\*|__)?\s*(?:(?:le|la|les)\s+|l')?(?:[a-zéèêàç][a-zéèêàç' -]{2,50}«\s*)?(?:\*\*|__)?\s*$/i;

/** An act's inverted attachment up to its parent (org-mentions.ts). */
const INVERTED_ATTACHMENT = new RegExp(INVERTED_ATTACHMENT_LEAD, 'gu');
/** Between two units such an attachment lists: « , », « et », then the next one's article. */
const NEXT_LISTED_UNIT = /^\s*»?\s*(?:,|,?\s*et)\s*(?:le|la|les|l')\s*$/i;

/** A named body an act divides: « organise la direction X », « l'organisation du service Y » (the body follows). */
const DIVIDES_NAMED = /(?<![\p{L}])(?:(?:organise|structure|répartit|divise|réorganise)(?:nt)?\s+(?:la|le|l')\s*|(?:organisation|réorganisation|structuration)\s+(?:de\s+la|de\s+l'|du|des)\s*)(?=\p{L})/giu;
/** After the divided body: « en trois départements : », « en deux sous-directions et une mission : ». */
const DIVIDED_INTO = new RegExp(String.raw`^\s*(?:\([^()]{1,20}\)\s*)?en\s+(?:(?:\d{1,2}|${COUNT_WORD_ALTERNATION}|une?)\s+)?(?:${ORG_TYPE_ALTERNATION_U})[^:;.\n]{0,60}?:`, 'iu');

/** A verb of creation and « au sein de »: the body follows (« un arrêté crée au sein de la délégation … »). */
const CREATES_WITHIN = /(?<![\p{L}])(?:crée|créent|institue|instituent|constitue|constituent)\s+au\s+sein\s+(?:de\s+la|de\s+l'|du|des)\s*/giu;
/** After that body, the units created: « trois départements : le », « le », « un ». */
const CREATED_UNITS_LEAD = new RegExp(String.raw`^\s*(?:\([^()]{1,20}\)\s*)?(?:(?:\d{1,2}|${COUNT_WORD_ALTERNATION})\s+(?:${ORG_TYPE_ALTERNATION_U})\s*:\s*)?(?:le|la|l'|les|une?)\s*`, 'iu');

/** « chef du », « cheffe de la »: the head of the body named next. */
const CHIEF_OF = /^chef(?:fe)?\s+(?:du|de\s+la|de\s+l'|des)\s*/i;

/**
 * The units named by the list items that follow `from` (blank lines between them), each the one its item opens with
 * (lineUnit: « - le département X ; », « « - la mission Y. » » in an article an act quotes, « 2° Le pôle Z »).
 */
function listedUnitsAfter(text: PreparedText, mentions: OrgMention[], from: number): OrgMention[] {
  const units: OrgMention[] = [];
  for (let li = text.lines.findIndex((l) => l.start > from); li >= 0 && li < text.lines.length; li++) {
    const line = text.lines[li]!;
    if (line.kind === 'blank') continue;
    const unit = line.kind === 'list-item' ? lineUnit(line, mentions, text.clean) : undefined;
    if (!unit) break;
    units.push(unit);
  }
  return units;
}

/** The mentions an enumeration names from `from` on, each joined to the one before by ENUMERATION_GAP (the first by `firstGap`). */
function enumeratedUnits(clean: string, mentions: readonly OrgMention[], from: number, firstGap: RegExp = ENUMERATION_GAP): OrgMention[] {
  const units: OrgMention[] = [];
  for (let i = mentionIndexFrom(mentions, from), pos = from; i < mentions.length && (units.length ? ENUMERATION_GAP : firstGap).test(clean.slice(pos, mentions[i]!.start)); pos = mentions[i]!.end, i++) units.push(mentions[i]!);
  return units;
}

/** After a body, a relative clause attaching a unit to it: « , à laquelle est rattaché le », « , auquel sont rattachés les ». */
const ATTACHED_BY_RELATIVE = /^\s*»?\s*,\s*(?:auquel|à\s+laquelle|auxquel(?:le)?s)\s+(?:est|sont)\s+(?:directement\s+)?rattachée?s?\s+(?:le\s+|la\s+|les\s+|l')/i;

/**
 * Before the body a possessive points to, from the start of its sentence: an article, after a field's label
 * (« Description succincte : Le service X, par l'intermédiaire de son bureau Y ») or a fronted complement
 * (« Au sein de la direction Z, la sous-direction X … son bureau Y », « En 2024, la … »), or a fronted participle
 * (« Placée auprès du SG, la délégation X s'appuie sur son pôle Y »).
 */
const POSSESSOR_LEAD = /^\s*(?:[^\n:]{1,40}:\s*)?(?:(?:en|au|dès|depuis|début|fin|à\s+compter\s+du)\s+[^,;:\n]{1,30},\s*|(?:placée?s?|rattachée?s?|créée?s?|installée?s?|issue?s?|née?s?|chargée?s?|dirigée?s?)\s[^,;:\n]{1,100}?(?:\([^()\n]{1,20}\))?,\s*)?(?:(?:le|la|les)\s+|l')?$/i;

/** Between a body and a possessive: someone or something else the possessive may point to. */
const OTHER_OWNER_BETWEEN = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:le|la|les|l'|un|une|du|des|au|aux)\s*(?:directeur|directrice|chef|cheffe|président|présidente|préfet|préfète|ministre|maire|secrétaire|délégué|déléguée|responsable|société|entreprise|hôpital|association|commune|ville|région|collectivité|prestataire|titulaire|partenaire|opérateur|groupe|${ORG_TYPE_ALTERNATION_U})s?(?![\p{L}])`,
  'iu',
);

/** After a unit, its owner by a demonstrative: « de ce bureau », « de cette sous-direction ». */
const DEMONSTRATIVE_OWNER_AFTER = new RegExp(String.raw`^\s*»?\s*de\s+(?:ce|cet|cette)\s+(${ORG_TYPE_ALTERNATION_U})(?![\p{L}'-])`, 'u');

/**
 * After a body, a relative clause that houses a unit: « , qui abrite l'incubateur », « , qui héberge le » (not « qui
 * accueille », said of visitors too: « la préfecture, qui accueille la mission d'inspection du 3 au 7 juin »).
 */
// (« , qui porte les téléservices et héberge l'incubateur »: after another verb and its object; « X crée en son sein
// la mission Y »: what a body sets up within itself.)
const HOUSES = /^\s*»?\s*(?:,\s*qui\s+(?:[a-zéèêàç]{3,}\s+[^,;.()«»\n]{1,50}?\s+et\s+)?(?:abrite|héberge)(?:\s+(?:notamment|également|aussi))?|(?:,\s*qui)?\s+(?:a\s+)?(?:crée|créé|institue|institué|constitue|constitué)\s+en\s+son\s+sein)\s+(?:le\s+|la\s+|l'|une?\s+)/i;

/** After a body, what sets it up within another: « , incubateur créé en 2021 au sein de la », « est créée le … au sein du ». */
const SET_UP_WITHIN = new RegExp(
  String.raw`^\s*»?\s*(?:,\s*(?:(?:un|une|le|la|l')\s*)?(?:${ORG_TYPE_ALTERNATION_U})(?:\s+[^,;.()«»\n]{1,40}?)?\s+|\s+(?:est|sont|a\s+été|ont\s+été|fut|sera)\s+|\s*,\s*)(?:créée?s?|installée?s?|constituée?s?|placée?s?|intégrée?s?|née?s?)(?:\s+(?:le|en|au|dès|début|fin|courant|à\s+compter\s+du)\s+[^,;.()]{1,30}?)?\s+au\s+sein\s+(?:de\s+la|de\s+l'|du|des)\s*`,
  'iu',
);

/** A unit opening a list item or a holder's field: « - la direction X », « Sponsor : la direction X », « <li>Porteur : ». */
// (A label that names who holds the product or project, not peers: « Partenaires : A, ministère B », « Copie : … ».)
const FIELD_VALUE_BEFORE = /(?:^|\n)[^\S\n]*(?:[-*•+][^\S\n]+)?(?:(?:\*\*|__)?(?:Sponsor|Porteu(?:r|se)|Pilote|Responsable|Maîtrise\s+d'ouvrage|Commanditaire|Administration\s+porteuse|Unité\s+porteuse|Direction\s+porteuse|Opérateur|Gestionnaire|Éditeur)(?:\*\*|__)?[^\S\n]*:[^\S\n]*(?:\*\*|__)?[^\S\n]*)?(?:(?:la|le|les)[^\S\n]+|l')?$/u;

/** A line that opens an act's article: « Article 5 », « Art. 2. », « Article 1er ». */
const ACT_ARTICLE_LINE = /^\s*(?:Article|Art\.)\s+(?:\d+|premier|1er)(?:er)?\s*[.:-]?\s*$/i;

/** A sentence opening with an attachment: « Rattachée à la … », « Placé sous l'autorité du … », « Directement rattaché au … », « Créé en 2021 au sein de la … ». */
// (« Établissement public administratif placé sous la tutelle du ministère X, l'agence … »: the status may open it.)
const FRONTED_ATTACHMENT = /^\s*(?:(?:établissement\s+public(?:\s+(?:à\s+caractère\s+)?[a-zéè]+){0,3}|service\s+à\s+compétence\s+nationale|autorité\s+administrative\s+indépendante|groupement\s+d'intérêt\s+public)\s+)?(?:créée?s?\s+(?:en|le)\s+[^,;.()]{1,30}?\s+et\s+)?(?:directement\s+)?(?:(?:rattachée?s?|placée?s?\s+(?:auprès|sous\s+l'autorité(?:\s+(?:fonctionnelle|hiérarchique|directe))?|sous\s+la\s+tutelle))\s+(?:directement\s+)?|(?:créée?s?|installée?s?|constituée?s?|née?s?|placée?s?|mise?s?\s+en\s+place)(?:\s+(?:le|en|au|dès|début|fin|courant|à\s+compter\s+du)\s+[^,;.]{1,30}?)?\s+au\s+sein\s+|sous\s+la\s+responsabilité\s+)(?:à\s+la\s+|à\s+l'|au\s+|aux\s+|de\s+la\s+|de\s+l'|du\s+|des\s+)/i;

/**
 * « X est rattaché au … », « X est un établissement public placé sous la tutelle du ministère … », « X, placée sous
 * l'autorité du … », « X, service à compétence nationale rattaché à … ».
 */
const ATTACHED_TO_OFFICE = new RegExp(String.raw`(?:(?:est|sont|sera|seront|était|étaient|serait|fut|a\s+été|ont\s+été|devient|deviennent|deviendra|est\s+devenue?)\s+|,\s*)(?:(?:un|une)\s+[^,;.()]{0,60}?\s+|(?:service à compétence nationale|établissement public(?:\s+[a-zé]+){0,4}(?:\s+créée?\s+(?:en|le)\s+[^,;.()]{1,25}?\s+et)?|autorité administrative indépendante|opérateur(?:\s+de\s+l'État)?)\s+)?(?:directement\s+|${FORMERLY}\s+)?(?:rattachée?s?|placée?s?\s+(?:auprès|sous\s+l'autorité(?:\s+(?:fonctionnelle|hiérarchique|directe))?|sous\s+la\s+tutelle))\s+(?:à\s+la\s+|à\s+l'|au\s+|aux\s+|de\s+la\s+|de\s+l'|du\s+|des\s+)`, 'i');

const ATTACHED_TO_OFFICE_ALL = new RegExp(ATTACHED_TO_OFFICE.source, 'gi');

/** The words ATTACHED_TO_OFFICE cannot match without. */
const ATTACHED_VERB = /rattach|placé/i;

/** An act's impersonal creation within a body, up to the body: « Il est créé, au secrétariat général du ministère, ». */
const CREATED_WITHIN = /^\s*Il\s+(?:est|a\s+été|sera)\s+(?:créée?|institu(?:é|ée)|mise?\s+en\s+place|constitu(?:é|ée))\s*,?\s*(?:au\s+sein\s+(?:de\s+la|de\s+l'|du|des)|au|à\s+la|à\s+l'|dans\s+(?:la|le|l'))\s*/iu;
const FORMERLY_WORD = new RegExp(`(?<![\\p{L}])${FORMERLY}(?![\\p{L}])`, 'iu');

/** The body an office heads (« secrétaire général de X » → « secrétariat général de X »), or null. */
export function bodyOfOffice(phrase: string): string | null {
  const m = /^(?:(?:alors|ex-|ancien(?:ne)?)\s*)?(secrétaire général|secrétaire générale|directeur général|directrice générale|directeur|directrice|délégué général|délégué|déléguée|ministre)\s+((?:(?:interministériel(?:le)?|ministériel(?:le)?)\s+(?:à la|à l'|au|aux|de la|de l'|du|des|pour)|de la|de l'|du|des|de|aux|chargée? d[eu']|chargée? de la)\s*[^,;.()]{2,150})/i.exec(phrase.trim());
  // « sous l'autorité du secrétaire général, » (a decree of one ministry): its secretariat general.
  if (!m) return /^secrétaire générale?\s*(?:[,;.]|$)/i.test(phrase.trim()) ? 'secrétariat général' : null;
  const office = m[1]!.toLowerCase();
  // (« sous la tutelle du ministre chargé du numérique »: a remit any ministry may hold, no body the text names.)
  if (office === 'ministre' && /^chargée?\s/i.test(m[2]!)) return null;
  // « directeur de l'Agence des données », « déléguée du programme X »: the office heads the body its complement names
  // by its type word, that body itself (a secretary general heads the body's secretariat; « de l'agence » alone
  // names no body).
  // (« directeur du service », « déléguée de la mission »: the head of the text's own body, named elsewhere, no other
  // body; a director general or a secretary general heads a part of it, below.)
  const bare = /^(?:de la|de l'|du|des)\s*([\p{L}-]+)\s*$/iu.exec(m[2]!.trim());
  if (bare && orgTypeOf(bare[1]!) && /^(?:directeur|directrice|délégué|déléguée)$/.test(office)) return null;
  const named = /^(?:de la|de l'|du|des)\s*(([\p{L}-]+)\s[^,;.()]*)$/iu.exec(m[2]!.trim());
  if (named && /^(?:direct|délégu)/.test(office) && orgTypeOf(named[2]!) && !/[sx]$/i.test(named[2]!)) return named[1]!.replace(/\s+/g, ' ').trim();
  const body =
    office.startsWith('secrétaire général') ? 'secrétariat général'
    : office.startsWith('directeur général') || office.startsWith('directrice générale') ? 'direction générale'
    : office.startsWith('direct') ? 'direction'
    : office.startsWith('délégué général') ? 'délégation générale'
    : office.startsWith('délégu') ? 'délégation'
    : 'ministère';
  // « délégué interministériel aux archives » → « délégation interministérielle aux archives »: the adjective agrees.
  const remit = m[2]!.replace(/\s+/g, ' ').trim();
  return `${body} ${body.startsWith('délégation') || body.startsWith('direction') ? remit.replace(/^(interministériel|ministériel)(?!le)/i, '$1le') : remit}`;
}

const SUB_UNIT_OR_COMMITTEE = new Set<OrganisationType>([...SUB_UNIT_TYPES, 'comité', 'commission', 'conseil', 'observatoire' as OrganisationType]);

/** Rank of a unit type: 1 bodies, 2 their main units, 3 smaller units; unknown types rank as bodies. */
function rankOf(type: OrganisationType | null): number {
  if (!type) return 1;
  if (['département', 'délégation', 'service', 'secrétariat'].includes(type)) return 2;
  if (['pôle', 'bureau', 'cellule', 'programme', 'mission', 'brigade', 'incubateur', 'fabrique'].includes(type)) return 3;
  return 1;
}

/** A section title that announces a body's units (« Services rattachés », « Organisation », « Nos pôles »). */
// (« Services et directions », « Missions rattachées à la secrétaire générale »: the units, and the office they answer
// to; « Services rattachés à la direction X » names another body, not the heading's.)
const UNITS_SECTION = /^(?:(?:nos|ses|les|leurs|la)\s+)?(?:organisation|organigramme|structures?|composition|services|entités|équipes|départements|pôles|bureaux|sous-directions|missions|directions|cellules|unités|direction|équipe\s+de\s+direction)(?:\s+(?:rattachée?s(?:\s+(?:directement\s+)?(?:à\s+la|à\s+l'|au)\s+(?:directeur|directrice|secrétaire\s+générale?|délégué(?:e)?|président(?:e)?|chef(?:fe)?|ministre|préfète?|préfet)(?:\s+[^\n]{0,40})?)?|internes?|et\s+(?:services|missions|pôles|bureaux|cellules|directions|départements|sous-directions))|\s+(?:de\s+la|du|de\s+l')\s+\S+)?\s*$/iu;

/** « Organigramme de la », « Organisation du »: a title that names the body whose chart follows. */
const CHART_TITLE = /^\s*(?:organigramme|organisation)\s+(?:de\s+la|du|de\s+l'|des)\s*/i;

/** A text that is an organisation chart: « ORGANIGRAMME » or « Organigramme … » on a line of its title block. */
const CHART_DOCUMENT = /(?:^|\n)[ \t]*(?:#+[ \t]*)?(?:ORGANIGRAMME|Organigramme)(?![\p{L}])/u;

/** A chart's caption over bodies that are no units of the chain: operators, public establishments under supervision. */
const OUTSIDE_CHAIN = /(?:sous\s+(?:la\s+)?tutelle|opérateurs|établissements\s+publics|autorités\s+indépendantes|organismes\s+(?:associés|rattachés))/i;

/**
 * A unit's level in an organisation chart: ministry, secrétariat général, direction, département, then the small
 * units (an agency is a body of its own: no level).
 */
function chartLevel(m: OrgMention): number | undefined {
  if (m.type === 'ministère') return 0;
  if (/^secrétariat\s+général/i.test(m.name ?? '')) return 1;
  if (isSousDirection(m) || m.type === 'département' || m.type === 'service') return 3;
  if (m.type === 'direction' || m.type === 'délégation') return 2;
  if (m.type && ['bureau', 'pôle', 'cellule', 'institut', 'incubateur', 'mission', 'fabrique', 'brigade', 'réseau'].includes(m.type)) return 4;
  return undefined;
}

/** A sous-direction, which the lexicon types as a direction: its name says it. */
const isSousDirection = (m: { name: string | null } | undefined) => /^sous-direction/i.test(m?.name ?? '');

/** A unit's rank in a chart: a sous-direction, typed as a direction, ranks as a service (below its direction). */
const chartRankOf = (m: OrgMention | undefined) => (isSousDirection(m) ? rankOf('service') : rankOf(m?.type ?? null));

/** Rank in an address block (« Ministère X, direction Y, sous-direction Z, bureau W »): larger bodies first. */
function chainRank(m: Pick<OrgMention, 'name' | 'type'>): number {
  if (m.type === 'ministère') return 0;
  if (/^secrétariat\s+général/i.test(m.name ?? '')) return 1;
  if (isSousDirection(m)) return 3;
  if (m.type === 'direction' || m.type === 'délégation' || m.type === 'agence') return 2;
  if (m.type === 'département' || m.type === 'service') return 3;
  if (m.type && SUB_UNIT_TYPES.has(m.type)) return 4;
  return -1;
}

function refKey(ref: OrgRef): string {
  return `${ref.acronym ?? ''}|${(ref.name ?? '').toLowerCase()}`;
}

/** « le département « Incubateur de X » » and « l'Incubateur de X »: one body written two ways. */
function sameBody(a: OrgMention, b: OrgMention): boolean {
  const bare = (m: OrgMention) => (m.name ?? '').toLowerCase().replace(/^\S+\s+/, '');
  return !!a.name && !!b.name && (a.name.toLowerCase() === bare(b) || b.name.toLowerCase() === bare(a));
}

/** Is this line a "unit line": its content starts with (an article and) an organisation mention? */
function lineUnit(line: Line, mentions: OrgMention[], clean: string): OrgMention | undefined {
  if (line.kind === 'blank' || line.kind === 'table-row') return undefined;
  // (Blanks first: emphasis the clean copy blanked, « - **Service X** »; the separators of blanked block tags too,
  // « <div class="card"><h3>Pôle X</h3> ».) A section's number too: « 2.2. Sous-direction X », « ## III – Service Y ».
  const content = clean.slice(line.contentStart, line.contentStart + 40);
  const blanks = /^[\s;]*/.exec(content)![0].length;
  const number = sectionNumberOf(content.slice(blanks));
  const numbered = number && TITLE_START.test(content.slice(blanks + number.length)) ? blanks + number.length : blanks;
  const lead = numbered + /^(?:(?:le|la|les|l'|un|une)\s*)?/i.exec(content.slice(numbered))![0].length;
  const m = mentionAt(mentions, line.contentStart, line.contentStart + lead + 1);
  return m && m.start <= line.contentStart + lead ? m : undefined;
}

/** How far back « Au sein de l'agence, » looks for the agency it stands for (a paragraph or two). */
const BARE_TYPE_REACH = 600;

/**
 * A mention of a kind of body that is usually part of a larger one: a department, a bureau, a mission…, and a
 * laboratory (« le laboratoire Data Mer de la DAM »), though an institute (« Institut national … ») stands alone.
 */
function isUnit(m: OrgMention): boolean {
  return !!m.type && (SUB_UNIT_TYPES.has(m.type) || (m.type === 'institut' && /^(?:lab(?:oratoire)?s?|centres?)(?![\p{L}])/iu.test(m.name ?? '')));
}

// The sentence rules below are skipped on a text without a word that all their matches contain (same case
// sensitivity), which most texts lack.
function hierarchyFacts(doc: SourceDocument, text: PreparedText, mentions: OrgMention[], ofLinks: Array<[number, number]>): Fact[] {
  const { clean } = text;
  const out: Fact[] = [];
  const linked = new Set<string>();
  const link = (child: OrgMention, parent: OrgMention, start: number, end: number): Fact | undefined => {
    if (child === parent) return undefined;
    // Several rules may see the same link: one fact per child and parent mention.
    const key = `${child.start}|${parent.start}`;
    if (linked.has(key)) return undefined;
    linked.add(key);
    if ((child.acronym && child.acronym === parent.acronym) || (child.name && child.name === parent.name)) return undefined;
    const f = fact(doc, start, end, { kind: 'hierarchy', child: refOf(child), parent: refOf(parent) });
    out.push(f);
    parentsLinked.push({ child, parent });
    return f;
  };
  // Each link's mentions, in the order made (a pronoun's antecedent: the body whose units were just listed).
  const parentsLinked: Array<{ child: OrgMention; parent: OrgMention }> = [];
  // A mention's type, else the one its acronym's definition in the text gives (« la MNT » is a mission).
  const typeOf = (m: OrgMention) => typeWithAcronym(mentionIndex(mentions).acronymTypes, m);
  // A mention's rank in a chain (chainRank); an acronym ranks as the body its definition in the text names.
  const definedRank = (x: OrgMention) => chainRank(x.name ? { name: x.name, type: typeOf(x) } : (mentions.find((d) => d.acronym === x.acronym && d.name) ?? { name: null, type: typeOf(x) }));
  // Links stated by « placée sous l'autorité de », « sous la tutelle de », « auprès de »: who answers to whom, which
  // a text may state besides the attachment in the chart (« … sous l'autorité du ministre. Elle est rattachée au
  // secrétariat général »): then the attachment is the parent.
  const authority = new Set<Fact>();
  // Links stated as former (« jusqu'alors rattaché à »).
  const former = new Set<Fact>();
  const AUTHORITY = /sous\s+l'autorité|sous\s+la\s+tutelle|auprès/i;

  // « … rattaché au secrétaire général de X »: the body the office heads is named by the text, if only through its
  // head: an organisation too (quoted at `body`), and the child's parent (the statement quoted at `statement`).
  const linkToOffice = (child: OrgMention, office: string, body: [number, number], statement: [number, number]): Fact => {
    out.push(fact(doc, body[0], body[1], { kind: 'organisation', name: office, acronym: null, type: orgTypeOf(/^\S+/.exec(office)![0]) ?? null }));
    const f = fact(doc, statement[0], statement[1], { kind: 'hierarchy', child: refOf(child), parent: { name: office } });
    out.push(f);
    return f;
  };
  // Units an inverted attachment lists under an office (« Sont rattachés au secrétaire général : … »): the office's
  // body once, with the first unit's link, then each other unit's link to it; every statement from `at`.
  const linkUnitsToOffice = (units: readonly OrgMention[], office: string, at: number, phraseEnd: number) =>
    units.forEach((unit, i) => (i === 0 ? linkToOffice(unit, office, [at, phraseEnd], [at, unit.end]) : out.push(fact(doc, at, unit.end, { kind: 'hierarchy', child: refOf(unit), parent: { name: office } }))));

  // « rattaché à la direction X et à la direction Y »: a parent and the bodies coordinated with it.
  const withCoordinated = (parent: OrgMention): OrgMention[] => {
    const parents = [parent];
    for (let last = parent; ; ) {
      const and = /^\s+et\s+(?:à la|à l'|au|aux|de la|de l'|du|des)\s*/i.exec(clean.slice(last.end, last.end + 16));
      const next = and ? mentionAt(mentions, last.end + and[0].length, last.end + and[0].length + 1) : undefined;
      if (!next) return parents;
      parents.push(next);
      last = next;
    }
  };

  // « le département X de la direction Y »; « le secrétariat général du ministère Y » (a ministry's own), « du MACT »
  // (its acronym, which the text defines for a ministry), « de l'ANSP » (an agency's).
  const { acronymTypes } = mentionIndex(mentions);
  /** Does this body have a secretariat of its own (a ministry, an agency…; by its type or its acronym's)? */
  const ownsSecretariat = (parent: OrgMention) => SECRETARIAT_OWNERS.has(typeWithAcronym(acronymTypes, parent) ?? 'service');
  for (const [c, p] of ofLinks) {
    const child = mentions[c]!;
    const parent = mentions[p]!;
    if (isUnit(child) || (child.type === 'secrétariat' && ownsSecretariat(parent))) link(child, parent, child.start, parent.end);
  }

  // « la « Brigade … (ABC) » de la Y », « le département X (ABC) de la Y »: after a whole mention. (« le secrétariat
  // général (SG) du ministère X »: a secretariat, of a body that has one.)
  for (const child of mentions) {
    const secretariat = child.type === 'secrétariat';
    if (!isUnit(child) && !secretariat) continue;
    const m = /^\s*»?\s*(?:de\s+la|de\s+l'|du)\s*/i.exec(clean.slice(child.end, child.end + 24));
    if (!m) continue;
    const parent = mentionAt(mentions, child.end + m[0].length, child.end + m[0].length + 1);
    if (parent && (!secretariat || ownsSecretariat(parent))) link(child, parent, child.start, parent.end);
  }

  // « Mme X (cheffe du pôle Accompagnement des usagers, ADTL) », « directeur du programme Y, DNAT »: the unit a
  // person heads, then after a comma the acronym of its body, closing the phrase.
  for (const child of mentions) {
    if (!child.type || !SUB_UNIT_TYPES.has(child.type) || !HEAD_OF_BEFORE.test(clean.slice(Math.max(0, child.start - 40), child.start))) continue;
    const m = /^\s*,\s*/.exec(clean.slice(child.end, child.end + 6));
    const parent = m ? mentionAt(mentions, child.end + m[0].length, child.end + m[0].length + 1) : undefined;
    if (parent?.acronym && !parent.name && /^\s*(?:[),;:]|$)/m.test(clean.slice(parent.end, parent.end + 4))) link(child, parent, child.start, parent.end);
  }

  // « la direction X (ABC) du ministère, … », « le bureau de la presse du ministère »: « du ministère » with no name
  // is the one ministry the text names (a page of that ministry), when it names exactly one.
  const ministries = mentions.filter((m) => m.type === 'ministère' && m.name);
  if (ministries.length && new Set(ministries.map((m) => m.name!.toLowerCase())).size === 1) {
    for (const child of mentions) {
      // (« le secrétariat général du ministère » too: a ministry's own secretariat.)
      if (!child.type || !(SUB_UNIT_TYPES.has(child.type) || child.type === 'secrétariat')) continue;
      const m = BARE_MINISTRY_AFTER.exec(clean.slice(child.end, child.end + 40));
      if (m) link(child, ministries[0]!, child.start, child.end + m[0].length);
    }
  }

  // « avec les directions générales du ministère - direction générale A (DGA), direction générale B (DGB) - », « les
  // bureaux de la sous-direction X : le bureau A et le bureau B »: the units of the type the plural names, one after
  // the other, are the owner's.
  if (/(?:les|ses|leurs)\s+\S+[sx]\s+(?:\S+\s+)?(?:du|de)/i.test(clean)) {
    for (const p of clean.matchAll(PLURAL_OF_OWNER)) {
      const type = orgTypeOf(p[1]!);
      if (!type || !SUB_UNIT_TYPES.has(type)) continue;
      const at = p.index + p[0].length;
      const bare = ministries.length && new Set(ministries.map((m) => m.name!.toLowerCase())).size === 1 ? BARE_MINISTRY_AFTER.exec(clean.slice(at - 3, at + 40)) : null;
      const owner = bare ? ministries[0] : mentionAt(mentions, at, at + 1);
      const ownerEnd = bare ? at - 3 + bare[0].length : owner?.end;
      if (!owner || ownerEnd === undefined) continue;
      const open = /^\s*(?:-|:|\()\s*/.exec(clean.slice(ownerEnd, ownerEnd + 6));
      if (!open) continue;
      let pos = ownerEnd + open[0].length;
      for (let unit = mentionAt(mentions, pos, pos + 12); unit; unit = mentionAt(mentions, pos, pos + 12)) {
        if (unit.type !== type || !/^\s*(?:,|;|et|,\s*et)?\s*(?:(?:le|la|les|du|de\s+la|des)\s+|l'|de\s+l')?$/i.test(clean.slice(pos, unit.start))) break;
        link(unit, owner, unit.start, unit.end);
        pos = unit.end;
      }
    }
  }

  // « le secrétariat général de l'agence », « le bureau de la presse de la délégation »: a unit of the body that
  // the definite type noun stands for, the last one of that type named before.
  // (The bodies of each type, built once per type asked: a text names hundreds of units.)
  const ownersOfType = new Map<string, OrgMention[]>();
  for (const child of mentions) {
    if (!child.type || !(SUB_UNIT_TYPES.has(child.type) || child.type === 'secrétariat')) continue;
    const m = DEFINITE_OWNER_AFTER.exec(clean.slice(child.end, child.end + 40));
    const type = m ? orgTypeOf(m[1]!) : undefined;
    if (!type || type === 'ministère') continue;
    // (« de la préfecture »: a body named by that word, « préfecture de X », rather than another of its type, « la
    // sous-préfecture de Y ».)
    const word = m![1]!.toLowerCase();
    let owners = ownersOfType.get(`${type}|${word}`);
    if (!owners) {
      // (« l'agence comptable » is a unit of the agency, not the agency.)
      const ofType = mentions.filter((x) => x.type === type && !PLURAL_HEAD.test(x.name ?? '') && !/^agence\s+comptable/i.test(x.name ?? ''));
      const named = ofType.filter((x) => (x.name ?? '').toLowerCase().startsWith(`${word} `));
      ownersOfType.set(`${type}|${word}`, (owners = named.length ? named : ofType));
    }
    const owner = lastMentionBefore(text, owners, child.start);
    if (owner && owner !== child && !sameBody(child, owner)) link(child, owner, child.start, child.end + m![0].length);
  }

  // « X est un département de (la) Y », « X est l'incubateur de la Y », « X, département de Y », « X, l'incubateur du ministère Y », « X, qui est
  // l'incubateur de la Y », « X, l'incubateur de services numériques de la Y » (what it is, a complement, its owner)
  // (« X est une équipe du SDEH », « … une entité de la direction Y »: a word for any unit, after « est ».)
  // (« La direction X (DXO), direction du secrétariat général … »: an acronym that did not pair with the name may
  // stand between them.)
  // (« X (MX), l'une des trois missions de la Y »: one of its units.)
  const isA = new RegExp(String.raw`^(?:\s*»?(?:\s*\(\s*[\p{Lu}][\p{L}\d&-]{1,11}\s*\))?\s*,\s*(?:qui\s+est\s+)?(?:(?:elle|lui)-même\s+)?(?:(?:le|la|un|une)\s+|l'(?:une?\s+des\s+(?:(?:\d{1,2}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+)?)?)?(${ORG_TYPE_ALTERNATION_U})|\s+est\s+(?:(?:elle|lui)-même\s+)?(?:un|une|l'un|l'une|le|la|l')\s*(?:des\s+)?(${ORG_TYPE_ALTERNATION_U}|équipes?|entités?|unités?|composantes?))(?![\p{L}])`, 'iu');
  for (let i = 0; i < mentions.length; i++) {
    const child = mentions[i]!;
    const m = isA.exec(clean.slice(child.end, child.end + 40));
    const word = m ? (m[1] ?? m[2]!) : undefined;
    const type = word ? (orgTypeOf(word) ?? (/^(?:équipe|entité|unité|composante)s?$/iu.test(word) ? 'bureau' : undefined)) : undefined;
    // (A laboratory is a unit too: « X est le laboratoire de données de la Y ».)
    if (!m || !type || !(SUB_UNIT_TYPES.has(type) || /^laboratoires?$/i.test(word!))) continue;
    // The owner after the type word and a short complement of it, in the same clause: the first body named after a
    // « de la », « du »… (« l'incubateur de services numériques de la DNAR »).
    const from = child.end + m[0].length;
    const tail = clean.slice(from, from + 80);
    const clause = tail.slice(0, Math.max(0, tail.search(/[,;.()]|$/)));
    for (const c of clause.matchAll(/(?:^|\s)(?:de\s+la|de\s+l'|du|des|de)\s*/giu)) {
      // (Only the type word's own complement before it: « service rattaché au SG du ministère » is attached, below.)
      const between = clause.slice(0, c.index);
      if (between.split(/\s+/).filter(Boolean).length > 4 || /(?:^|\s)(?:à|au|aux|auprès|sous|chargée?s?|rattachée?s?|placée?s?|qui|dont|et)(?=\s|$)/iu.test(between)) break;
      const parent = mentionAt(mentions, from + c.index + c[0].length, from + c.index + c[0].length + 2);
      if (parent) {
        link(child, parent, child.start, parent.end);
        break;
      }
    }
  }
  // « X (département de la Y) », « X, rattachée à la Y », « X est rattaché au Y », « X, placé auprès de la Y »,
  // « X, aujourd'hui rattaché à la Y », « X, lui-même rattaché à la Y », « X (ACR), service rattaché au Y »
  const attached = new RegExp(
    String.raw`^(?:\s*\(\s*(?:${ORG_TYPE_ALTERNATION})\s+(?:de\s+la|de\s+l'|du|des|de)\s*|(?:\s*,\s*qui\s+[^,;.()]{1,80},|\s*,\s*(?:créée?s?|instituée?s?|installée?s?|mise?s?\s+en\s+place)\s+[^;()\n]{1,100}?\s+et(?=\s+(?:rattachée?s?|placée?s?)\s))?\s*,?\s*(?:(?:lui|elle|eux|elles)-mêmes?\s+)?(?:(?:un|une)\s+)?(?:(?:service|direction|délégation|mission|bureau|pôle|département|cellule|structure|entité|unité)\s+(?=rattachée?s?\s|placée?s?\s))?(?:(?:qui\s+)?(?:est|sont)\s+(?:(?:désormais|aujourd'hui|actuellement|directement)\s+)?|,\s*(?:désormais|aujourd'hui|actuellement|directement)\s+(?=rattachée?s?\s|placée?s?\s))?(?:${FORMERLY}\s+)?(?:rattachée?s?|placée?s? auprès|(?:qui\s+)?(?:dépend|dépendent|relève|relèvent|dépendait|dépendaient|relevait|relevaient))(?:\s+(?:directement|désormais|dorénavant|${FORMERLY}|${ATTACHMENT_ADVERBS}))?(?:\s*,[^,;.()]{1,60},)?\s+(?:à\s+la|à\s+l'|au|aux|de\s+la|de\s+l'|du|des)\s*)`,
    'i',
  );
  for (const last of mentions) {
    const m = attached.exec(clean.slice(last.end, last.end + 120));
    if (!m) continue;
    const at = last.end + m[0].length;
    const parent = mentionAt(mentions, at, at + 2);
    // « Le service X (ABC) du ministère Y est rattaché à Z »: the unit the phrase opens with is attached, not Y.
    // « Le pôle X, auparavant rattaché à la direction Y, relève du département Z »: X, before the incise.
    // (« X, rattachée à Y, qui relève de Z »: the relative clause is Y's.)
    const child = /^\s*\(/.test(m[0]) ? last : ((/^\s*,?\s*qui\s/i.test(m[0]) ? undefined : subjectBeforeIncise(clean, mentions, last)) ?? phraseHead(clean, mentions, last));
    // « Le service X (SX), jusqu'alors rattaché à la direction Y, … »: its last parent, kept if the text gives no other.
    const formerly = FORMER_ATTACHMENT.test(m[0]);
    if (parent) for (const p of withCoordinated(parent)) {
      const f = link(child, p, child.start, p.end);
      if (f && formerly) former.add(f);
    }
    // « Le bureau X est rattaché directement au directeur du numérique »: the body the office heads.
    if (!parent && child && /rattach/i.test(m[0])) {
      const clause = /^[^,;.()\n]{2,150}/.exec(clean.slice(at, at + 150))?.[0] ?? '';
      const office = /^(?:direct(?:eur|rice)|délégué(?:e)?)\s/i.test(clause) ? bodyOfOffice(clause) : null;
      if (office) linkToOffice(child, office, [at, at + clause.trimEnd().length], [child.start, at + clause.trimEnd().length]);
    }
    // « Le pôle A et le pôle B relèvent de la sous-direction C »: a plural verb attaches every coordinated subject
    // (« Le bureau A et le bureau B, qui relevaient du département C, fusionnent »: in the past too).
    if (parent && /(?:relèvent|dépendent|relevaient|dépendaient|sont|étaient|rattachée?s)(?![\p{L}])/u.test(m[0])) {
      for (let i = mentions.indexOf(child) - 1, next = child; i >= 0; i--) {
        const before = mentions[i]!;
        if (!LISTED_WITH.test(clean.slice(before.end, next.start))) break;
        for (const p of withCoordinated(parent)) link(before, p, before.start, p.end);
        next = before;
      }
    }
  }
  // From the mention at `i` on, a run of bodies each set apart from the one before it as `apart` says and of a lower
  // rank (a smaller body): each a unit of the one before it. Returns the index of the run's last body.
  const linkRunDown = (i: number, apart: (between: string) => boolean, rank: (m: OrgMention) => number): number => {
    let j = i;
    while (j + 1 < mentions.length && apart(clean.slice(mentions[j]!.end, mentions[j + 1]!.start)) && rank(mentions[j]!) >= 0 && rank(mentions[j + 1]!) > rank(mentions[j]!)) j++;
    for (let k = i + 1; k <= j; k++) link(mentions[k]!, mentions[k - 1]!, mentions[k - 1]!.start, mentions[k]!.end);
    return j;
  };
  // « suivi par le SG/DNUM/SDSI », « (MCC/SIAF) »: a path of bodies set apart by slashes, from the largest down (not
  // a URL's path: the first body opens a word, after a space, a parenthesis or a line's start).
  for (let i = 0; clean.includes('/') && i + 1 < mentions.length; i++) {
    if (clean.slice(mentions[i]!.end, mentions[i + 1]!.start) !== '/' || !/^$|[\s(«"']$/.test(clean.slice(Math.max(0, mentions[i]!.start - 1), mentions[i]!.start))) continue;
    i = linkRunDown(i, (between) => between === '/', definedRank);
  }
  // « La cellule X (CX) est créée par le décret n° … du 12 novembre 1997, auprès du commissariat Y (CY) »: a body
  // created « auprès de » another is placed with it.
  for (const child of /\sauprès\s/.test(clean) ? mentions : []) {
    const m = CREATED_BESIDE.exec(clean.slice(child.end, child.end + 200));
    if (!m) continue;
    const at = child.end + m[0].length;
    const parent = mentionAt(mentions, at, at + 2);
    if (!parent || parent === child || (parent.type && MEMBERSHIP_TYPES.has(parent.type))) continue;
    // (Weak, as « placée auprès de »: an attachment the text states besides is the parent.)
    const f = link(child, parent, child.start, parent.end);
    if (f) authority.add(f);
  }
  // « Les cinq sous-directions actuelles de la DNX (SDA, SDB et SDC) »: each acronym listed after a body's units is one
  // of them.
  for (const m of /\(\s*\p{Lu}/u.test(clean) ? clean.matchAll(UNITS_OF_BODY) : []) {
    const at = m.index + m[0].length;
    const parent = mentionAt(mentions, at, at + 1);
    if (!parent || (parent.type && MEMBERSHIP_TYPES.has(parent.type))) continue;
    const list = ACRONYM_LIST_AFTER.exec(clean.slice(parent.end, parent.end + 160));
    if (!list) continue;
    const from = parent.end + list[0].indexOf('(') + 1;
    for (const a of list[1]!.matchAll(/\p{Lu}[\p{L}\d-]{1,11}/gu)) {
      const child = mentionAt(mentions, from + a.index, from + a.index + 1);
      if (child && child !== parent && child.acronym !== parent.acronym) link(child, parent, child.start, child.end);
    }
  }
  // « X devient un programme de la sous-direction Y », « X rejoint la direction Y »: the body the subject joins.
  // (The subject opens its clause: in « le directeur de la DINUM rejoint la Cour », a person moves, not the DINUM;
  // and a network or a committee one joins has members, not units.)
  for (const child of JOINS_VERB.test(clean) ? mentions : []) {
    const m = JOINS_AFTER.exec(clean.slice(child.end, child.end + 100));
    if (!m) continue;
    const at = child.end + m[0].length;
    const parent = mentionAt(mentions, at, at + 2);
    if (!parent || (parent.type && MEMBERSHIP_TYPES.has(parent.type))) continue;
    // (A smaller unit joins a larger body: « la direction A rejoint la direction B pour copiloter … » is two bodies
    // working together.)
    if (child.type && rankOf(child.type) <= rankOf(parent.type) && !MOVES_UNDER_RE.test(m[0])) continue;
    const clauseStart = Math.max(clean.lastIndexOf('\n', child.start), clean.lastIndexOf(';', child.start), clean.lastIndexOf(':', child.start), sentenceAt(text, child.start)?.start ?? 0);
    if (!CLAUSE_SUBJECT_LEAD.test(clean.slice(clauseStart, child.start))) continue;
    link(child, parent, child.start, parent.end);
  }
  // « M. Paul Vidal, chef du bureau de l'accueil (BA), DGEF » in a list of the people met, « Mme X, cheffe de la
  // mission des archives – ministère Y »: the unit a person heads, then the body it belongs to.
  const bodyAfterComma = (m: OrgMention) => {
    const comma = /^\s*,\s*(?:(?:la|le|l')\s*)?/i.exec(clean.slice(m.end, m.end + 8));
    return comma ? mentionAt(mentions, m.end + comma[0].length, m.end + comma[0].length + 1) : undefined;
  };
  for (const unit of /,/.test(clean) ? mentions : []) {
    // (Not a programme: « directrice du programme X, mission Y » may name what she runs for whom.)
    // (Or the unit opens a list item or a field's value, « Sponsor : direction X (DX), ministère Y »: then only a
    // ministry closing the line is its owner.)
    if (!unit.type || unit.type === 'programme' || !SUB_UNIT_TYPES.has(unit.type)) continue;
    const headed = HEADED_BY.test(clean.slice(Math.max(0, unit.start - 40), unit.start));
    // (« Paul Roy, chargé de mission, DNX (direction …), ministère Y »: the unit after a person's role, then larger
    // bodies only.)
    // (Or after people's names: « par Léa Roux et Paul Vidal, mission des archives – ministères sociaux ».)
    const credited = !headed && creditedBefore(clean.slice(Math.max(0, unit.start - 80), unit.start));
    if (!headed && !credited && !FIELD_VALUE_BEFORE.test(clean.slice(Math.max(0, unit.start - 50), unit.start))) continue;
    // (After a comma, the body closes the line; after a dash, « cheffe de la mission des archives – ministère X, »,
    // it closes the person's credit.)
    // (« chef du service X (SX) au commissariat Y (CY) », « cheffe du bureau A (BA) à la direction B »: « à » too, for
    // the head of a unit, when the body after it is larger.)
    const sep = /^\s*(,|[–—]|\s-|à(?=\s+la\s|\s+l')|au(?=\s))\s*(?:(?:la|le|l')\s*)?/i.exec(clean.slice(unit.end, unit.end + 8));
    const body = sep ? mentionAt(mentions, unit.end + sep[0].length, unit.end + sep[0].length + 1) : undefined;
    const viaA = /^[àa]/i.test(sep?.[1] ?? '');
    const larger = !!body && chainRank(body) >= 0 && chainRank(body) < chainRank(unit);
    if (viaA && !(headed && larger)) continue;
    if (!headed && (credited ? !larger : body?.type !== 'ministère' || sep?.[1] !== ',')) continue;
    const closes = sep?.[1] === ',' ? /^\s*[.;]?\s*(?:\n|$)/ : /^\s*(?:[.,;)\]]|\n|$)/;
    if (!body || body === unit) continue;
    // (« cheffe du pôle X, délégation Y (DY), ministère Z »: each body of the credit a unit of the larger one after it.)
    const chain = [unit, body];
    for (let last = body, next = bodyAfterComma(last); next && definedRank(next) >= 0 && definedRank(next) < definedRank(last); last = next, next = bodyAfterComma(last)) chain.push(next);
    // (« au », « à la » say whose unit it is: the sentence may go on.)
    if (!viaA && !closes.test(clean.slice(chain[chain.length - 1]!.end, chain[chain.length - 1]!.end + 4))) continue;
    for (let i = 1; i < chain.length; i++) link(chain[i - 1]!, chain[i]!, chain[i - 1]!.start, chain[i]!.end);
  }
  // « M. X est nommé directeur du numérique et des systèmes d'information au secrétariat général du ministère Y »
  // (a nomination's formula): the body the office heads, a unit of the larger body after « au », « à la ».
  for (const parent of /nommée?s?\s/.test(clean) ? mentions : []) {
    const from = Math.max(0, parent.start - 200);
    const m = NOMINATED_TO.exec(clean.slice(from, parent.start));
    const office = m ? bodyOfOffice(m[1]!) : null;
    if (!office) continue;
    const type = orgTypeOf(/^\S+/.exec(office)![0]) ?? null;
    const officeRank = chainRank({ name: office, type });
    if (officeRank < 0 || chainRank(parent) < 0 || chainRank(parent) >= officeRank) continue;
    const officeStart = from + m!.index + m![0].indexOf(m![1]!);
    out.push(fact(doc, officeStart, officeStart + m![1]!.length, { kind: 'organisation', name: office, acronym: null, type }));
    out.push(fact(doc, officeStart, parent.end, { kind: 'hierarchy', child: { name: office }, parent: refOf(parent) }));
  }
  // A list of the people met under the body they work for (« **Délégation X (DX)** » or « Direction Y (DY) : », then
  // « - Mme A, cheffe du département Z »): the unit a person heads, named alone, is the body's.
  for (const unit of text.lines.some((l) => l.kind === 'list-item') ? mentions : []) {
    // (Not a programme: « directrice du programme X » runs it for the body, it is none of its units.)
    if (!unit.type || unit.type === 'programme' || chainRank(unit) < 0 || !HEADED_BY.test(clean.slice(Math.max(0, unit.start - 40), unit.start))) continue;
    const line = lineAt(text, unit.start);
    if (line?.kind !== 'list-item' || !/^[\s.;,)*_]*$/.test(clean.slice(unit.end, line.end).replace(/^\s*\([^()\n]{1,20}\)/, ''))) continue;
    const head = listHeadBody(text, mentions, line);
    if (head && head !== unit && chainRank(head) >= 0 && chainRank(head) < chainRank(unit)) link(unit, head, unit.start, unit.end);
  }
  // « le département X (DX), qui abrite l'incubateur « Y » », « … qui héberge le laboratoire Z »: a unit housed by
  // the body the relative clause is about.
  for (const host of /\squi\s[^.]*?(?:abrite|héberge)|en\s+son\s+sein/.test(clean) ? mentions : []) {
    const m = HOUSES.exec(clean.slice(host.end, host.end + 120));
    const unit = m ? mentionAt(mentions, host.end + m[0].length, host.end + m[0].length + 2) : undefined;
    // (« La préfecture, qui héberge la DRAAF dans ses locaux »: a roof, not a place in a chart; what a unit abrite or
    // héberge is an incubator, a laboratory, a fabrique, or one of its own units; a committee houses nothing.)
    const housed = unit?.type && (/abrite|en\s+son\s+sein/i.test(m![0]) ? SUB_UNIT_TYPES.has(unit.type) || unit.type === 'institut' : unit.type === 'incubateur' || unit.type === 'fabrique' || unit.type === 'institut');
    if (unit && housed && !(host.type && MEMBERSHIP_TYPES.has(host.type))) link(unit, host, host.start, unit.end);
  }
  // « Sont en outre directement rattachés au directeur du numérique le département X et la mission Y », « Est rattaché à
  // la direction Z le bureau W »: an act's inverted attachment, the parent (a body, or the body an office heads) first,
  // then the units it lists, each right after the one before it (not a unit in a complement: « Est rattaché au bureau
  // A le suivi des crédits de la mission B »).
  for (const m of /(?:Sont|Est)\s/.test(clean) ? clean.matchAll(INVERTED_ATTACHMENT) : []) {
    const at = m.index + m[0].length;
    // (« au chef du service X »: the service the chief heads.)
    const chief = CHIEF_OF.exec(clean.slice(at, at + 20));
    const parent = mentionAt(mentions, at, at + 2) ?? (chief ? mentionAt(mentions, at + chief[0].length, at + chief[0].length + 2) : undefined);
    // « Sont rattachés directement au chef du service X : » then the units as list items, one per line (an act that
    // rewrites an article quotes each: « « - le département Y ; »); « Sont rattachés au secrétaire général : », the
    // body the office heads.
    const colon = parent ? null : /^([^:\n]{3,80}?)\s*:\s*$/.exec(clean.slice(at, lineEndAt(clean, at)));
    const colonOffice = colon ? bodyOfOffice(colon[1]!) : null;
    if (parent && /^\s*(?:\([^()]{1,20}\)\s*)?:\s*$/.test(clean.slice(parent.end, lineEndAt(clean, parent.end)))) {
      for (const unit of listedUnitsAfter(text, mentions, lineEndAt(clean, parent.end))) if (unit.type && SUB_UNIT_TYPES.has(unit.type)) link(unit, parent, parent.start, unit.end);
      continue;
    }
    if (colonOffice) {
      const listed = listedUnitsAfter(text, mentions, lineEndAt(clean, at)).filter((u) => !!u.type && SUB_UNIT_TYPES.has(u.type));
      linkUnitsToOffice(listed, colonOffice, at, at + colon![1]!.length);
      continue;
    }
    // (« au directeur du numérique et des données le département X »: the office's phrase runs to the first unit.)
    const after = parent ? parent.end : at;
    const firstAt = mentionIndexFrom(mentions, after);
    const first = mentions[firstAt];
    const lead = first ? /^([^.;:\n]*?)\s+(?:le|la|les|l')\s*$/i.exec(clean.slice(after, first.start)) : null;
    if (!first || !lead || (parent && lead[1]!.trim() !== '')) continue;
    const units = [first];
    for (let i = firstAt + 1; i < mentions.length && NEXT_LISTED_UNIT.test(clean.slice(units[units.length - 1]!.end, mentions[i]!.start)); i++) units.push(mentions[i]!);
    const listed = units.filter((u) => !!u.type && SUB_UNIT_TYPES.has(u.type));
    if (parent) {
      for (const unit of listed) link(unit, parent, parent.start, unit.end);
      continue;
    }
    const phrase = clean.slice(at, at + lead[1]!.length);
    const office = /^(?:direct(?:eur|rice)|délégué(?:e)?|secrétaire)\s/i.test(phrase) ? bodyOfOffice(phrase) : null;
    if (office) linkUnitsToOffice(listed, office, at, at + phrase.length);
  }
  // « la sous-direction X, à laquelle est rattaché le centre Y »: a unit attached to the body the relative clause is
  // about (« X, dont relève le bureau Y » is read by the attachment rules above).
  for (const host of /(?:auquel|à\s+laquelle|auxquel(?:le)?s)\s+(?:est|sont)\s+(?:directement\s+)?rattach/.test(clean) ? mentions : []) {
    const m = ATTACHED_BY_RELATIVE.exec(clean.slice(host.end, host.end + 60));
    const unit = m ? mentionAt(mentions, host.end + m[0].length, host.end + m[0].length + 2) : undefined;
    // (The pronoun's gender says which: « Le bureau X de la sous-direction Y (SY), auquel … » is the bureau's.)
    const feminine = m && /laquelle|auxquelles/i.test(m[0]);
    const fits = (b: OrgMention) => !!b.type && FEMININE_TYPES.has(b.type) === !!feminine;
    const owner = !m ? undefined : fits(host) ? host : fits(phraseHead(clean, mentions, host)) ? phraseHead(clean, mentions, host) : undefined;
    if (unit && owner && unit.type && unit.type !== 'ministère') link(unit, owner, owner.start, unit.end);
  }
  // « M. X, chef du pôle « Cloud » de ce bureau », « … de cette sous-direction »: the last body named with that word.
  // (The bodies of each type, built once per type asked.)
  const bodiesOfType = new Map<string, OrgMention[]>();
  for (const unit of /\sde\s+(?:ce|cet|cette)\s/.test(clean) ? mentions : []) {
    const m = DEMONSTRATIVE_OWNER_AFTER.exec(clean.slice(unit.end, unit.end + 40));
    const type = m ? orgTypeOf(m[1]!) : undefined;
    if (!type || !unit.type || !SUB_UNIT_TYPES.has(unit.type)) continue;
    // (Named with that very word: « de cette direction » is not a sous-direction's.)
    const word = m![1]!.toLowerCase();
    let bodies = bodiesOfType.get(word);
    if (!bodies) bodiesOfType.set(word, (bodies = mentions.filter((x) => x.type === type && (x.name ?? '').toLowerCase().startsWith(`${word} `))));
    // (The nearest body of that word before it, as a demonstrative points: in order of position, by binary search.)
    const owner = mentionIndex(mentions).sorted ? bodies[mentionsEndingBy(bodies, unit.start) - 1] : bodies.filter((b) => b.end <= unit.start).pop();
    // (Not when the word stands alone between them, an unnamed body the demonstrative points to: « Un nouveau bureau
    // sera créé … le pôle X de ce bureau ».)
    const unnamed = owner && new RegExp(`(?<![\\p{L}-])${word}(?![\\p{L}-])`, 'iu').test(clean.slice(owner.end, unit.start));
    if (owner && !unnamed && !sameBody(unit, owner)) link(unit, owner, unit.start, unit.end + m![0].length);
  }
  // « La sous-direction X (SDX) en assure l'animation par son bureau Y », « L'agence X et sa fabrique Y »: a unit
  // named with a possessive belongs to the body the sentence opens with, when no other body is named between them
  // (« … avec la préfecture du Rhône et son bureau Z »: the prefecture's, or nobody's).
  // (Mentions in order of position, disjoint: the body right before a unit is found by binary search.)
  for (const unit of /(?:^|\s)(?:son|sa)\s/.test(clean) && mentionIndex(mentions).sorted ? mentions : []) {
    if (!unit.type || !(SUB_UNIT_TYPES.has(unit.type) || unit.type === 'institut') || !/(?:^|\s)(?:son|sa)\s+$/i.test(clean.slice(Math.max(0, unit.start - 5), unit.start))) continue;
    const opening = mentions[mentionsEndingBy(mentions, unit.start) - 1];
    const sent = sentenceAt(text, unit.start);
    if (!opening || !sent || opening.start < sent.start || !POSSESSOR_LEAD.test(clean.slice(sent.start, opening.start))) continue;
    // (Nor a person or another body named without a type word: « … a rencontré le directeur de l'hôpital et son
    // service des achats »: the hospital's.)
    if (OTHER_OWNER_BETWEEN.test(clean.slice(opening.end, unit.start))) continue;
    if (!sameBody(unit, opening) && !(opening.type && MEMBERSHIP_TYPES.has(opening.type))) link(unit, opening, opening.start, unit.end);
  }
  // « X, incubateur créé en 2021 au sein de la direction Y », « X est créée le 3 février 2014 au sein de la Y », « X,
  // placé au sein du secrétariat général »: a body set up within another is one of its units.
  for (const last of /au\s+sein/i.test(clean) ? mentions : []) {
    // (The long regex only where « au sein » follows within its reach: most mentions have none after them.)
    const after = clean.slice(last.end, last.end + 160);
    if (!/au\s+sein/i.test(after)) continue;
    const m = SET_UP_WITHIN.exec(after);
    if (!m) continue;
    // (« Le bureau des études de la direction des achats (DA), créé en 2020 au sein du SG »: the bureau was created.)
    const child = phraseHead(clean, mentions, last);
    const parent = mentionAt(mentions, last.end + m[0].length, last.end + m[0].length + 2);
    if (parent && !sameBody(child, parent)) link(child, parent, child.start, parent.end);
  }
  // « Il est créé, au secrétariat général du ministère X, une direction Y (DY) », « Il est institué au sein de la
  // direction Z un bureau … »: what an act creates within a body is one of its units.
  for (const sent of /\bIl\s+(?:est|a\s+été|sera)\s+(?:créé|institu|mis|constitu)/.test(clean) ? text.sentences : []) {
    const m = CREATED_WITHIN.exec(sent.text);
    if (!m) continue;
    const parent = mentionAt(mentions, sent.start + m[0].length, sent.start + m[0].length + 2);
    if (!parent) continue;
    // (The body may be named with its own body: « au secrétariat général du ministère X, une direction … ».)
    let child: OrgMention | undefined;
    for (let i = mentionIndexFrom(mentions, parent.end); i < mentions.length && mentions[i]!.start < sent.end && !child; i++) {
      const x = mentions[i]!;
      if (x.start > parent.end && /(?:^|[,)]|\s)\s*(?:un|une)\s+$/i.test(clean.slice(Math.max(parent.end, x.start - 12), x.start))) child = x;
    }
    if (child && !sameBody(child, parent)) link(child, parent, parent.start, child.end);
  }
  // « Ce service est rattaché au secrétaire général de la défense … »: the subject (a demonstrative or a
  // pronoun points to the last body named) is attached to the body that the office heads.
  // (Every attachment of the sentence: « X, placée sous l'autorité du ministre, est rattachée au SGG » states two,
  // the first to an office without a body.)
  // (The pattern's verb looked for first, in the text and then in each sentence: the pattern itself starts anywhere.)
  for (const sent of ATTACHED_VERB.test(clean) ? text.sentences : []) for (const m of ATTACHED_VERB.test(sent.text) ? sent.text.matchAll(ATTACHED_TO_OFFICE_ALL) : []) {
    const verbAt = sent.start + m.index;
    const last = mentions.filter((x) => x.start >= sent.start && x.end <= verbAt).pop();
    // (« le pôle X du service Y (SY), service à compétence nationale rattaché à … »: an apposition naming a kind of
    // body that units are not describes the body right before it, not the unit whose complement names it. « …, un
    // bureau rattaché à … » may be either.)
    const describesLast = /^,\s*(?:service\s+à\s+compétence\s+nationale|établissement\s+public|autorité\s+administrative\s+indépendante)/i.test(m[0]) && last && /^\s*(?:\([^()\n]{1,20}\)\s*)?$/.test(clean.slice(last.end, verbAt));
    // (« X (AX), créée en 2020 auprès de Y (AY), est rattachée à Z »: the incise names X's first parent, X is the subject.)
    const subject =
      (describesLast ? last : undefined) ??
      (m[0].startsWith(',') ? undefined : subjectBeforeInciseAt(text, mentions, sent.start, verbAt)) ??
      (last && phraseHead(clean, mentions, last)) ??
      pronounSubject(text, mentions, sent, true) ??
      definiteSubject(text, mentions, clean.slice(sent.start, verbAt), sent.start);
    if (!subject) continue;
    const after = sent.start + m.index + m[0].length;
    const byAuthority = AUTHORITY.test(m[0]);
    // (« …, service à compétence nationale jusqu'alors rattaché à la DISN »: its last parent, kept if no other.)
    const formerly = FORMERLY_WORD.test(m[0]);
    const direct = mentionAt(mentions, after, after + 2);
    if (direct) {
      for (const p of withCoordinated(direct)) {
        const f = link(subject, p, subject.start, p.end);
        if (f && byAuthority) authority.add(f);
        if (f && formerly) former.add(f);
      }
      continue;
    }
    // « … est rattachée au chef du service du numérique (SNUM) »: the body its head heads.
    const headOf = /^(?:chef(?:fe)?|responsable)\s+(?:du|de\s+la|de\s+l')\s*/i.exec(clean.slice(after, after + 30));
    const headed = headOf ? mentionAt(mentions, after + headOf[0].length, after + headOf[0].length + 2) : undefined;
    if (headed) {
      const f = link(subject, headed, subject.start, headed.end);
      if (f && byAuthority) authority.add(f);
      continue;
    }
    // The office's phrase ends with its clause (« …du ministre chargé du numérique, est rattachée au … »).
    const comma = clean.indexOf(',', after);
    const phraseEnd = comma > after && comma < sent.end ? comma : sent.end;
    const office = bodyOfOffice(clean.slice(after, phraseEnd));
    if (office) {
      const f = linkToOffice(subject, office, [after, phraseEnd], [Math.min(subject.start, verbAt), phraseEnd]);
      if (byAuthority) authority.add(f);
    }
  }
  // « X est l'un des quatre services du secrétariat général Y », « X fait partie du département Y », « X, qui lui
  // est rattachée » (lui: the sentence's subject), « X, service à compétence nationale de Y »: X is a unit of Y.
  for (const sent of /l'une? des|fait partie|lui (?:est|sont|a été|ont été|était|étaient|sera|seront) (?:directement )?rattach|compétence nationale d|établissement public|opérateur/i.test(clean) ? text.sentences : []) {
    for (const m of sent.text.matchAll(MEMBER_OF)) {
      const at = sent.start + m.index;
      const after = at + m[0].length;
      const parent = mentionAt(mentions, after, after + 2);
      // The child ends right before the verb (or before an apposition closed by a comma): « Le projet porté par la
      // DSN fait partie du programme X » says nothing of the DSN.
      const before = mentions.filter((x) => x.start >= sent.start && x.end <= at).pop();
      // (Nor a body in a complement: « porté par la DSN ».)
      // (An apposition says what the body before it is, wherever it stands: « nommé directeur du centre X (CX),
      // service à compétence nationale de la direction Y ».)
      const apposed = !!before && m[0].startsWith(',') && /^\s*(?:\([^()]{0,40}\)\s*)?$/.test(clean.slice(before.end, at));
      const subjectBody =
        before &&
        // (« Le pôle X, qui fait partie du département Y »: a relative clause of the subject.)
        /^\s*(?:\([^()]{0,40}\)\s*)?(?:,[^,]{0,100},\s*|,\s*qui\s+)?$/.test(clean.slice(before.end, at)) &&
        (apposed || !/(?:par|de|du|des|pour|avec|à|au|aux|sur|dans|chez)\s+(?:(?:la|le|les)\s+|l')?$/i.test(clean.slice(sent.start, before.start)));
      const child = subjectBody ? before : pronounSubject(text, mentions, sent);
      // (Being part of a network or a community, « fait partie du réseau X », is membership, not a place in a chart.)
      if (parent && child && !(parent.type && MEMBERSHIP_TYPES.has(parent.type))) link(child, parent, Math.min(child.start, at), Math.max(parent.end, after));
    }
    const own = /^\s*,\s*qui\s+lui\s+(?:est|sont|a\s+été|ont\s+été|était|étaient|sera|seront)\s+(?:directement\s+)?rattachée?s?/i;
    for (const x of mentions) {
      if (x.start < sent.start || x.end > sent.end || !own.test(clean.slice(x.end, x.end + 40))) continue;
      const subject = pronounSubject(text, mentions, sent) ?? mentions.find((y) => y.start >= sent.start && y.end <= x.start);
      if (subject) link(x, subject, x.start, x.end + own.exec(clean.slice(x.end, x.end + 40))![0].length);
    }
  }
  // « Employeur : ministère X > secrétariat général > service Y (SY) > département Z »: a path, each body a unit of
  // the one before it.
  for (const line of clean.includes(' > ') ? text.lines : []) {
    if ((line.text.match(/ > /g)?.length ?? 0) < 1) continue;
    const steps = line.text.split(' > ');
    let from = line.start;
    let previous: OrgMention | undefined;
    for (const step of steps) {
      const lead = step.length - step.trimStart().length;
      const stepStart = from + lead;
      // The step's own body: the mention that starts it (after a label such as « Employeur : » on the first).
      const inStep = mentions.filter((x) => x.start >= from && x.end <= from + step.length);
      let own = inStep.find((x) => /^[\s:*-]*$/.test(clean.slice(stepStart, x.start)) || /:\s*$/.test(clean.slice(stepStart, x.start)));
      // A step that is only a type word and its adjectives (« secrétariat général ») names the unit of that path.
      const bare = !own && previous ? BARE_UNIT.exec(step.trim()) : null;
      if (bare) {
        const type = orgTypeOf(bare[1]!)!;
        own = { start: stepStart, end: stepStart + step.trim().length, name: step.trim(), acronym: null, type, nameStart: stepStart, nameEnd: stepStart + step.trim().length, how: 'named' };
        out.push(fact(doc, own.start, own.end, { kind: 'organisation', name: own.name, acronym: null, type }));
      }
      if (own && previous && own.end === (inStep[inStep.length - 1]?.end ?? own.end)) link(own, previous, previous.start, own.end);
      previous = own;
      from += step.length + 3;
    }
  }
  // « Ministère X (MX), direction Y (DY), sous-direction Z (SZ) » on a line of its own (a buyer's or an author's
  // address block): from the largest body to the smallest, each a unit of the one before it. Each body but the
  // last carries its acronym (« Copie : direction des achats, service juridique » lists, it does not nest).
  // (Mentions are in text order: one pass over them along the lines.)
  let next = 0;
  for (const line of text.lines) {
    while (next < mentions.length && mentions[next]!.start < line.start) next++;
    if (line.kind === 'heading' || line.kind === 'table-row' || !line.text.includes(',')) continue;
    const inLine: OrgMention[] = [];
    for (let k = next; k < mentions.length && mentions[k]!.start < line.end; k++) if (mentions[k]!.end <= line.end) inLine.push(mentions[k]!);
    if (inLine.length < 2 || !/^[\s*>#-]*(?:[^,:]{1,60}:)?\s*$/.test(clean.slice(line.contentStart, inLine[0]!.start)) || !/^[\s.;]*$/.test(clean.slice(inLine[inLine.length - 1]!.end, line.end))) continue;
    const chain = inLine.every((x, i) => (i === inLine.length - 1 || !!x.acronym) && (i === 0 || (/^\s*,\s*$/.test(clean.slice(inLine[i - 1]!.end, x.start)) && chainRank(x) > chainRank(inLine[i - 1]!))));
    if (chain) for (let i = 1; i < inLine.length; i++) link(inLine[i]!, inLine[i - 1]!, inLine[i - 1]!.start, inLine[i]!.end);
  }
  // « Ministère de la Culture, Direction générale des patrimoines, Service des musées de France » (an address's or a
  // contract party's chain, wherever it stands): from a ministry down, bodies set apart by bare commas (no article:
  // « le ministère X, la direction Y » enumerates), each of a lower rank than the one before it.
  for (let i = 0; i < mentions.length; i++) {
    if (mentions[i]!.type !== 'ministère' || /(?:,|\set)\s*$/.test(clean.slice(Math.max(0, mentions[i]!.start - 4), mentions[i]!.start))) continue;
    i = linkRunDown(i, (between) => /^,[ \t]*$/.test(between), chainRank);
  }
  // « Ministère X – direction Y (DY) » in a table's cell, « DSI de l'agence – pôle Relation usagers » under a
  // signature: bodies set apart by dashes, alone on their line or in their cell, from the largest to the smallest or
  // the other way round; each the unit of the larger one next to it. (The clean copy writes every dash as « - ».)
  next = 0;
  for (const line of / - /.test(clean) ? text.lines : []) {
    while (next < mentions.length && mentions[next]!.start < line.start) next++;
    if (!line.text.includes(' - ')) continue;
    for (const cell of cellsOf(clean, line)) {
      const inCell: OrgMention[] = [];
      for (let k = next; k < mentions.length && mentions[k]!.start < cell.end; k++) if (mentions[k]!.start >= cell.start && mentions[k]!.end <= cell.end) inCell.push(mentions[k]!);
      if (inCell.length < 2 || !DASH_CHAIN_LEAD.test(clean.slice(cell.start, inCell[0]!.start)) || !DASH_CHAIN_TAIL.test(clean.slice(inCell[inCell.length - 1]!.end, cell.end))) continue;
      // Each part between dashes is a body, with the bodies it is « of » (« DSI de l'agence »): its first one counts.
      const heads: OrgMention[] = [inCell[0]!];
      let joined = true;
      for (let i = 1; i < inCell.length && joined; i++) {
        const between = clean.slice(inCell[i - 1]!.end, inCell[i]!.start);
        if (/^\s+-\s+$/.test(between)) heads.push(inCell[i]!);
        else joined = /^\s*(?:de\s+la|de\s+l'|du|des)\s*$/i.test(between);
      }
      if (!joined || heads.length < 2) continue;
      const ranks = heads.map(chainRank);
      if (ranks.some((r) => r < 0)) continue;
      // Largest first (« Ministère X – direction Y »): each body a unit of the one before it; smallest first, of the
      // one after it.
      const downwards = ranks.every((r, i) => i === 0 || r > ranks[i - 1]!);
      const upwards = ranks.every((r, i) => i === 0 || r < ranks[i - 1]!);
      for (let i = 1; (downwards || upwards) && i < heads.length; i++) {
        const [child, parent] = downwards ? [heads[i]!, heads[i - 1]!] : [heads[i - 1]!, heads[i]!];
        link(child, parent, heads[i - 1]!.start, heads[i]!.end);
      }
    }
  }
  // Fronted: « Rattachée à la direction générale, la mission X … », « Placée sous l'autorité du secrétaire général
  // du ministère, la DSI … »: the body that opens the main clause is attached to the one (or to the office's body)
  // the fronted clause names; « Créée en 2021 au sein de la direction X, la mission Y … » likewise.
  for (const sent of /rattach|placé|au sein/i.test(clean) ? text.sentences : []) {
    const m = FRONTED_ATTACHMENT.exec(sent.text);
    if (!m) continue;
    const after = sent.start + m[0].length;
    const comma = clean.indexOf(',', after);
    if (comma < 0 || comma >= sent.end) continue;
    const lead = /^,\s*(?:(?:le|la|les)\s+|l')?/i.exec(clean.slice(comma, comma + 40))![0];
    // « Rattachée au secrétariat général, elle conçoit … »: a pronoun subject is the body it points back to.
    // (Not after a status, « Service à compétence nationale rattaché à Y, il … »: a network or a product may be what
    // the pronoun continues, and those are no bodies.)
    const pronoun = /^\s*(?:rattach|placé|directement|créé|install|constitu|né|mis)/i.test(sent.text) ? /^,\s*(elle|il)\s/i.exec(clean.slice(comma, comma + 40)) : null;
    // (« …, l'agence compte … »: a definite type noun stands for the last body of that type; not « le bureau du
    // budget », another one, which the text does not name.)
    const definite = /^,\s*(?:le|la|l')\s*[\p{L}-]+(?=[\s,])(?!\s+(?:de|du|des|d')(?![\p{L}]))/iu.exec(clean.slice(comma, comma + 40));
    const child = pronoun
      ? lastMentionBefore(text, mentions, sent.start, pronoun[1]!.toLowerCase() === 'elle' ? 'f' : 'm')
      : (mentionAt(mentions, comma + lead.length, comma + lead.length + 1) ?? (definite ? definiteSubject(text, mentions, definite[0], sent.start) : undefined));
    if (!child) continue;
    // The quote: from the attachment to the child's name, or to the pronoun standing for it.
    const quoteEnd = pronoun ? comma + pronoun[0].trimEnd().length : child.end < sent.start ? comma + (definite?.[0].length ?? 0) : child.end;
    const byAuthority = AUTHORITY.test(m[0]);
    const direct = mentionAt(mentions, after, after + 2);
    if (direct && direct.end <= comma) {
      const f = link(child, direct, sent.start, quoteEnd);
      if (f && byAuthority) authority.add(f);
      continue;
    }
    const office = bodyOfOffice(clean.slice(after, comma));
    if (office) {
      const f = linkToOffice(child, office, [after, comma], [sent.start, quoteEnd]);
      if (byAuthority) authority.add(f);
    }
  }
  // « Il est institué auprès du secrétaire général de X un comité … » (decrees): the body set up is a unit of X.
  for (const sent of /auprès/i.test(clean) ? text.sentences : []) {
    const m = /(?:est|sont)\s+(?:institu|cré)ée?s?,?\s+auprès\s+(?:du|de\s+la|de\s+l'|des)\s+/i.exec(sent.text);
    if (!m) continue;
    const after = sent.start + m.index + m[0].length;
    const child = mentions.find((x) => x.start > after && x.end <= sent.end && x.type && SUB_UNIT_OR_COMMITTEE.has(x.type));
    if (!child) continue;
    const direct = mentionAt(mentions, after, after + 2);
    if (direct && direct !== child) {
      link(child, direct, after, child.end);
      continue;
    }
    const office = bodyOfOffice(clean.slice(after, child.start).replace(/,?\s+(?:un|une|des|le|la|les)\s*$/i, ''));
    if (office) linkToOffice(child, office, [after, child.start], [after, child.end]);
  }
  // « la Y (dont X fait partie) », « la Y, dont fait partie X »: X is one of Y's units.
  const partOf = /\bdont\s+(?:(?:le|la|l')\s*)?([A-ZÉ][\wÀ-ÿ'’-]*(?:\s+[A-ZÉ][\wÀ-ÿ'’-]*){0,3})\s+fai(?:t|saient|sait)\s+partie|\bdont\s+fai(?:t|sait)\s+partie\s+(?:(?:le|la|l')\s*)?([A-ZÉ][\wÀ-ÿ'’-]*(?:\s+[A-ZÉ][\wÀ-ÿ'’-]*){0,3})/g;
  for (const sent of clean.includes('partie') ? text.sentences : []) {
    partOf.lastIndex = 0;
    let pm: RegExpExecArray | null;
    while ((pm = partOf.exec(sent.text))) {
      const at = sent.start + pm.index;
      const parent = mentions.filter((x) => x.start >= sent.start && x.end <= at).pop();
      if (!parent) continue;
      const name = (pm[1] ?? pm[2])!;
      const nameAt = sent.start + pm.index + pm[0].indexOf(name);
      const existing = mentionAt(mentions, nameAt, nameAt + 1);
      if (existing) {
        link(existing, parent, nameAt, existing.end);
        continue;
      }
      // A body named only here (« dont Studio X fait partie »): an organisation without a type word.
      const acronym = looksLikeAcronym(name) ? name : null;
      out.push(fact(doc, nameAt, nameAt + name.length, { kind: 'organisation', name: acronym ? null : name, acronym, type: null }));
      out.push(fact(doc, nameAt, nameAt + name.length, { kind: 'hierarchy', child: acronym ? { acronym } : { name }, parent: refOf(parent) }));
    }
  }
  const within = /(?:au sein (?:de la |de l'|du |des |de |d')|en son sein,?\s*)/gi;
  for (const s of /au sein d|en son sein/i.test(clean) ? text.sentences : []) {
    within.lastIndex = 0;
    const w = within.exec(s.text);
    if (!w) continue;
    const at = s.start + w.index;
    const inSentence = mentions.filter((m) => m.start >= s.start && m.end <= s.end);
    if (/^en son sein/i.test(w[0])) {
      const parent = lastMentionBefore(text, mentions, s.start);
      const child = inSentence.find((m) => m.start > at && m.type && SUB_UNIT_TYPES.has(m.type));
      if (parent && child) link(child, parent, s.start, child.end);
    } else {
      // (« Au sein de l'agence, le pôle X … » opening a sentence: a bare type word stands for the last body named
      // before with that word, in the sentences just before.)
      const bare = /^([\p{L}-]+)\s*,/u.exec(clean.slice(at + w[0].length, at + w[0].length + 40));
      if (bare && at === s.start && orgTypeOf(bare[1]!) && !mentionAt(mentions, at + w[0].length, at + w[0].length + 1)) {
        const head = new RegExp(`^${bare[1]!}(?![\\p{L}])`, 'iu');
        let parent: OrgMention | undefined;
        const { sorted } = mentionIndex(mentions);
        for (let i = (sorted ? mentionsEndingBy(mentions, s.start) : mentions.length) - 1; i >= 0 && !parent; i--) {
          const m = mentions[i]!;
          if (m.end <= s.start - BARE_TYPE_REACH && sorted) break;
          if (m.end <= s.start && m.end > s.start - BARE_TYPE_REACH && head.test(m.name ?? '')) parent = m;
        }
        const lead = /^\s*(?:c'est\s+)?(?:(?:le|la|les)\s+|l')?/i.exec(clean.slice(at + w[0].length + bare[0].length))![0];
        const from = at + w[0].length + bare[0].length + lead.length;
        const child = inSentence.find((m) => m.start === from && m.type && SUB_UNIT_TYPES.has(m.type));
        if (parent && child && !(parent.type && MEMBERSHIP_TYPES.has(parent.type))) link(child, parent, at, child.end);
        continue;
      }
      const parent = inSentence.find((m) => m.start >= at + w[0].length && m.start <= at + w[0].length + 1);
      // (« Au sein de la commission X, la direction Y défend … »: a member of a committee or a network, no unit.)
      if (!parent || (parent.type && MEMBERSHIP_TYPES.has(parent.type))) continue;
      // « X … au sein de Y »; or fronted, « Au sein de Y, le X … »: the unit that opens the clause after the comma.
      // (Not what merges into it, « le bureau A, qui relevait du département X, fusionne au sein du bureau Y »: a verb
      // of merging, not « qui a fusionné avec … en 2020, est placé au sein de … ».)
      const before = inSentence.find((m) => m.end <= at && m.type && SUB_UNIT_TYPES.has(m.type) && !MERGES_WITHIN.test(clean.slice(m.end, at)));
      const comma = /^\s*»?\s*,\s*(?:(?:le|la|les|l')\s*)?/i.exec(clean.slice(parent.end, parent.end + 12));
      // (A centre or a laboratory set within a body is one of its units too: « Au sein de la DIRN, le centre … ».)
      const fronted = comma ? inSentence.find((m) => m.start === parent.end + comma[0].length && m.type && (SUB_UNIT_TYPES.has(m.type) || m.type === 'institut')) : undefined;
      // (Last, a unit named by its acronym alone, « cheffe de la MNT, au sein de la DTT »: the type its definition gave.)
      const acronymType = (m: OrgMention) => (m.type ? null : typeOf(m));
      // (Not what merges: « fusion de la MITS et du SSIP au sein de la DSNE ».)
      const merging = /fusion|regroupement|rapprochement/i.test(clean.slice(s.start, at));
      const byAcronym = before || fronted || merging ? undefined : inSentence.find((m) => m.end <= at && SUB_UNIT_TYPES.has(acronymType(m)!) && !MERGES_WITHIN.test(clean.slice(m.end, at)));
      const child = before ?? fronted ?? byAcronym;
      if (child) link(child, parent, Math.min(child.start, at), Math.max(child.end, parent.end));
      // « Au sein de Y, le bureau A et le bureau B se partagent … »: the units the fronted one is listed with.
      for (let unit = child === fronted ? fronted : undefined; unit; ) {
        const next = inSentence.find((m) => m.start >= unit!.end);
        unit = next && next.type && (SUB_UNIT_TYPES.has(next.type) || next.type === 'institut') && LISTED_WITH.test(clean.slice(unit.end, next.start)) ? next : undefined;
        if (unit) link(unit, parent, unit.start, unit.end);
      }
    }
  }

  // Enumerations opened by a count statement or by a heading naming a unit.
  const counts = countStatements(text, mentions);
  for (const cs of counts) {
    // « elle comprend, outre le secrétariat général et l'agence comptable, trois départements : »: those are units too.
    // (« Outre le secrétariat général, l'agence comprend deux directions : »: fronted, before the subject.)
    const sentenceOfCount = sentenceAt(text, cs.start);
    const fronted = sentenceOfCount ? /^\s*outre\s+([^,:;.]{3,100}),/i.exec(sentenceOfCount.text) : null;
    const besides = /,\s*outre\s+([^,:;.]{3,100}),/.exec(clean.slice(cs.start, cs.end));
    if (fronted && !besides) {
      const from = sentenceOfCount!.start + fronted.index;
      for (const unit of mentions) if (unit.start >= from && unit.end <= from + fronted[0].length && unit !== cs.parent && unit.type) link(unit, cs.parent, unit.start, unit.end);
    }
    if (besides) {
      const from = cs.start + besides.index;
      for (const unit of mentions) if (unit.start >= from && unit.end <= from + besides[0].length && unit !== cs.parent && unit.type) link(unit, cs.parent, unit.start, unit.end);
    }
    // « … trois sous-directions, auxquelles s'ajoute la mission X : », « … cinq directions, parmi lesquelles la
    // direction Y et le service Z »: units of the body named right after the count.
    // (Only the units coordinated right after the lead: « …, parmi lesquels le département X (DX), et travaille
    // avec la direction Y » names one.)
    const also = ALSO_NAMED_AFTER_COUNT.exec(clean.slice(cs.end, cs.end + 40));
    // (« …, dont » names a counted unit only when of a counted type: « quatre bureaux, dont la sous-direction X assure
    // la coordination » is a genitive.)
    const among = also ? /dont/i.test(also[0]) : false;
    for (let unit = also ? mentionAt(mentions, cs.end + also[0].length, cs.end + also[0].length + 1) : undefined; unit && unit !== cs.parent && unit.type && unit.type !== 'ministère'; ) {
      if (among && !cs.counts.some((c) => c.type === unit!.type && c.word.startsWith('sous-') === /^sous-/i.test(unit!.name ?? ''))) break;
      link(unit, cs.parent, unit.start, unit.end);
      const gap = /^\s*»?\s*(?:\([^()\n]{1,20}\)\s*)?(?:,\s*|\s+et\s+|,\s*et\s+)(?:(?:le|la|les)\s+|l')?/i.exec(clean.slice(unit.end, unit.end + 40));
      const next = gap ? mentionAt(mentions, unit.end + gap[0].length, unit.end + gap[0].length + 1) : undefined;
      // (A comma then « et » closes the list: « …, et travaille avec … » is another clause.)
      unit = next && !/,\s*et\s/.test(gap![0]) ? next : undefined;
    }
    // « Il comprend un secrétariat général et trois départements : »: the secretariat is a unit too, named here.
    for (const u of cs.single) {
      // (The list that follows may name it again: « - Secrétariat général : budget, achats »; that item is linked.)
      if (mentions.some((x) => x.start >= u.end && x.name?.toLowerCase() === u.name.toLowerCase())) continue;
      let unit = mentions.find((x) => x.start < u.end && u.start < x.end);
      if (!unit) {
        unit = { start: u.start, end: u.end, name: u.name, acronym: null, type: u.type, nameStart: u.start, nameEnd: u.end, how: 'named' };
        out.push(fact(doc, u.start, u.end, { kind: 'organisation', name: u.name, acronym: null, type: u.type }));
      }
      link(unit, cs.parent, unit.start, unit.end);
    }
    const countedTypes = new Set(cs.counts.map((c) => c.type));
    // (« trois sous-directions » counts no direction, « quatre directions » no sous-direction: one type for both, the
    // type word of a named unit tells them apart.)
    const subCounted = cs.counts.some((c) => c.word.startsWith('sous-'));
    const plainCounted = cs.counts.some((c) => !c.word.startsWith('sous-'));
    // (Units added to the counted ones, « … auxquelles s'ajoute la mission X : », are of any type.)
    // (Units counted by a noun of no type may be of any type but the body's own: a body of its type ends the list.)
    const addedTypes = new Set<OrganisationType>(cs.anyUnits ? [...SUB_UNIT_TYPES, 'secrétariat' as OrganisationType].filter((t) => t !== cs.parent.type) : []);
    const types = {
      has: (type: OrganisationType, unit?: OrgMention) => {
        if (addedTypes.has(type)) return true;
        if (!countedTypes.has(type)) return false;
        const head = unit?.name?.split(/\s/)[0]?.toLowerCase();
        if (!head || !orgTypeOf(head)) return true;
        return head.startsWith('sous-') ? subCounted : plainCounted;
      },
      add: (type: OrganisationType) => addedTypes.add(type),
    };
    const seen = new Set<string>();
    // The unit of a counted type that opens a sentence (after « et », « enfin », an article), if any.
    const leadingUnit = (next: Sentence): OrgMention | undefined => {
      const lead = /^\s*(?:(?:et|enfin|puis|ainsi que)\s+)?(?:(?:le|la|les)\s+|l')?/i.exec(next.text)![0];
      const unit = mentionAt(mentions, next.start + lead.length, next.start + lead.length + 1);
      return unit && unit.type && types.has(unit.type, unit) ? unit : undefined;
    };
    // « Elle comprend trois sous-directions : la sous-direction A, … et la sous-direction C. »: the units the
    // rest of the sentence names after the colon.
    const sentenceIndex = text.sentences.findIndex((s) => s.start <= cs.end && cs.end <= s.end);
    const sentence = text.sentences[sentenceIndex];
    // « … trois départements : », or « … deux pôles, le pôle A et le pôle B. », « … trois services – le service A,
    // le service B et le service C – … » (dashes are hyphens in the clean copy)
    const colon = sentence ? /^[^:.;]{0,40}:|^\s*,\s*(?:auxquel(?:le)?s|auquel|à\s+laquelle|à\s+lesquel(?:le)?s)\s+s'ajout[^:.;]{0,150}:|^\s*(?:,|-(?=\s))(?=\s*(?:le|la|les|l')[\s'])/i.exec(clean.slice(cs.end, sentence.end)) : null;
    if (sentence && colon) {
      // « … comprend deux sous-directions et le département X (DX) : »: a unit named before the colon is one of its
      // units, and the list may name it again, of its type.
      if (/:\s*$/.test(colon[0])) {
        for (const named of mentions) {
          if (named.start < cs.end || named.end > cs.end + colon[0].length || !named.type || !SUB_UNIT_TYPES.has(named.type) || !/(?:^|\s)et\s+(?:le|la|l')\s*$/i.test(clean.slice(cs.end, named.start))) continue;
          link(named, cs.parent, named.start, named.end);
          types.add(named.type);
        }
      }
      const byComma = colon[0].trim() !== ':';
      // « … trois sous-directions, auxquelles s'ajoute la mission X : »: the list names that unit too.
      if (/s'ajout/.test(clean.slice(cs.end, cs.end + colon[0].length))) for (const t of SUB_UNIT_TYPES) types.add(t);
      for (const unit of mentions) {
        if (unit.start < cs.end + colon[0].length || unit.end > sentence.end || !unit.type) continue;
        // « … ainsi qu'un secrétariat général », « … – ainsi que la mission X »: a unit of another type added to the
        // counted ones.
        const added = (SUB_UNIT_TYPES.has(unit.type) || unit.type === 'secrétariat') && /ainsi\s+qu(?:'(?:un|une)|e\s+(?:le|la|les)|e\s+l')\s*$/i.test(clean.slice(Math.max(0, unit.start - 20), unit.start));
        if (!types.has(unit.type, unit) && !added) continue;
        // (After a comma, only the items of the enumeration, not a body named in one's complement.)
        if (byComma && !added && !ENUMERATION_ITEM_BEFORE.test(clean.slice(Math.max(cs.end, unit.start - 30), unit.start))) continue;
        seen.add((unit.name ?? unit.acronym ?? '').toLowerCase());
        link(unit, cs.parent, unit.start, unit.end);
      }
      // « … : le département A, qui … ; le département B, chargé de … ; enfin le département C. »: the items go on
      // after the semicolons (each a sentence of its own), each opening with a unit of a counted type.
      // (An inline HTML list, « … départements :</p><ul><li>le département A ;</li><li>… », leaves the separators of its
      // tags as sentences of their own, without words: passed over.)
      for (let k = sentenceIndex + 1; k < text.sentences.length && /;\s*$/.test(text.sentences[k - 1]!.text); k++) {
        if (!/\p{L}/u.test(text.sentences[k]!.text)) continue;
        const unit = leadingUnit(text.sentences[k]!);
        if (!unit) break;
        seen.add((unit.name ?? unit.acronym ?? '').toLowerCase());
        link(unit, cs.parent, unit.start, unit.end);
      }
    }
    // « La délégation est organisée en quatre pôles. Le pôle A tient … ; le pôle B … » : with no colon, the
    // sentences that follow in the same paragraph, each opening with a unit of a counted type, are the items
    // (as many as counted at most).
    // (« La direction compte quatre départements. Le premier, c'est le département A, qui … Il accueille … Le
    // deuxième, le département B. »: items announced by their rank, with sentences about each between them.)
    if (sentence && !colon) {
      let room = cs.counts.reduce((n, c) => n + c.count, cs.anyUnits);
      let ranked = false;
      let between = 0;
      for (let k = sentenceIndex + 1; k < text.sentences.length && room > 0; k++) {
        if (clean.slice(text.sentences[k - 1]!.end, text.sentences[k]!.start).includes('\n')) break;
        const rank = RANKED_ITEM.exec(text.sentences[k]!.text);
        const rankedUnit = rank ? mentionAt(mentions, text.sentences[k]!.start + rank[0].length, text.sentences[k]!.start + rank[0].length + 1) : undefined;
        // (Once items are announced by their rank, only a ranked sentence is the next item; a unit named again, « Le
        // pôle A conçoit … » after « Le premier, c'est le pôle A », is a sentence about it.)
        const unit = rankedUnit && rankedUnit.type && types.has(rankedUnit.type, rankedUnit) ? rankedUnit : rank || ranked ? undefined : leadingUnit(text.sentences[k]!);
        if (unit && rank) ranked = true;
        if (!unit && ranked && ++between <= MAX_SENTENCES_BETWEEN_RANKS) continue;
        if (!unit) break;
        between = 0;
        room--;
        // « Le bureau des digues de la préfecture maritime … »: a unit its own complement places elsewhere.
        if (OWN_COMPLEMENT_AFTER.test(clean.slice(unit.end, unit.end + 60))) continue;
        seen.add((unit.name ?? unit.acronym ?? '').toLowerCase());
        link(unit, cs.parent, unit.start, unit.end);
      }
    }
    const startLine = text.lines.findIndex((l) => l.end >= cs.end);
    let headingLevel = 99;
    for (let li = startLine - 1; li >= 0; li--) {
      const l = text.lines[li]!;
      if (l.kind === 'heading') {
        headingLevel = l.level;
        break;
      }
    }
    // (The list ends where the next article of an act starts, « Article 5 »: « Le bureau X est rattaché au directeur »
    // in it is no item. Not where the count is reached: texts list more units than they count.)
    for (let li = startLine + 1; li < text.lines.length; li++) {
      const line = text.lines[li]!;
      if (line.kind === 'heading' && line.level <= headingLevel) break;
      if (ACT_ARTICLE_LINE.test(clean.slice(line.contentStart, line.end))) break;
      // « 2° La sous-direction B ; ⏎ ainsi que le département C (DC), la mission D et le bureau E, directement
      // rattachés au directeur. »: the units the list's last line adds are the body's too.
      if (seen.size && /^\s*ainsi\s+qu(?:e\s|')/i.test(clean.slice(line.contentStart, line.end))) {
        const lineText = clean.slice(line.contentStart, line.end);
        const stop = lineText.indexOf('.');
        const to = stop < 0 ? line.end : line.contentStart + stop;
        // (« … ainsi que la mission X, placée auprès du secrétaire général »: a unit the line attaches elsewhere.)
        const elsewhere = /(?:placée?s?\s+(?:auprès|sous)|rattachée?s?\s+(?:à|au|aux)\s+(?!(?:la\s+|le\s+|l')?direct(?:eur|rice)(?![\p{L}])))/iu.test(lineText);
        for (let k = mentionIndexFrom(mentions, line.contentStart); !elsewhere && k < mentions.length && mentions[k]!.start < to; k++) {
          const unit = mentions[k]!;
          if (unit.end > to || !unit.type || !SUB_UNIT_TYPES.has(unit.type)) continue;
          if (!ENUMERATION_ITEM_BEFORE.test(clean.slice(Math.max(line.contentStart, unit.start - 30), unit.start))) continue;
          link(unit, cs.parent, unit.start, unit.end);
        }
        break;
      }
      // (Units counted by a noun of no type: the list items right after the count, as many as counted.)
      if (cs.anyUnits && ((line.kind !== 'list-item' && line.kind !== 'blank') || seen.size >= cs.anyUnits)) break;
      const unit = lineUnit(line, mentions, clean);
      if (!unit) continue;
      if (unit.type && unit.type === cs.parent.type && !types.has(unit.type, unit)) break; // a sibling of the parent: the enumeration is over
      if (!unit.type || !types.has(unit.type, unit)) continue;
      const key = (unit.name ?? unit.acronym ?? '').toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      link(unit, cs.parent, unit.start, unit.end);
    }
  }
  // « La sous-direction X regroupe le bureau A et le bureau B », « est composée de la sous-direction A, de la
  // sous-direction B et du bureau C »: the units enumerated right after the verb (no count, no colon) are its own.
  // (A committee or a network « réunit » or « rassemble » members, not units.)
  // (« …, organisées en pôles : le pôle A, le pôle B et le pôle C »: a participle and the units' plural type word
  // before a colon, inside a sentence that goes on.)
  const containsThen = new RegExp(
    String.raw`(?<![\wÀ-ÿ])(?:${CONTAINS_VERBS}|(?:organisée?s?|structurée?s?|divisée?s?)\s+en)(?:\s+(?:${ORG_TYPE_ALTERNATION})(?<=[sx])\s*:|\s*:)?(?=\s+(?:(?:le|la|les|du|de\s+la|des)\s|l'|de\s+l'))`,
    'gi',
  );
  for (const s of /comprend|regroupe|compos|rassembl|réunit|appuie|dispose|constitu|structur|organis|articul|divis|répartit/i.test(clean) ? text.sentences : []) {
    if (/:\s*$/.test(s.text)) continue;
    containsThen.lastIndex = 0;
    for (let m = containsThen.exec(s.text); m; m = containsThen.exec(s.text)) {
      const verbAt = s.start + m.index;
      const parent = mentions.filter((x) => x.start >= s.start && x.end <= verbAt).pop() ?? definiteSubject(text, mentions, clean.slice(s.start, verbAt), s.start) ?? pronounSubject(text, mentions, s);
      if (!parent || (parent.type && MEMBERSHIP_TYPES.has(parent.type))) continue;
      // The enumeration: units one after the other, joined by « , », « et », « ainsi que », each with its article;
      // a unit may be followed by a relative clause that says what it does (« le pôle API, qui publie le catalogue,
      // et le pôle Qualité »).
      for (const unit of enumeratedUnits(clean, mentions, verbAt + m[0].length)) {
        if (unit.end > s.end || !unit.type || !(SUB_UNIT_TYPES.has(unit.type) || centreOfUnit(unit, parent))) break;
        link(unit, parent, unit.start, unit.end);
      }
    }
  }
  // The unit a line names right after its lead (« 1° Au », « Au sein du ») and before the colon that ends it.
  const listHeadUnit = (head: Line, lead: RegExp): OrgMention | undefined => {
    const m = lead.exec(clean.slice(head.contentStart, head.start + head.text.length));
    const unit = m ? mentionAt(mentions, head.contentStart + m[0].length, head.contentStart + m[0].length + 1) : undefined;
    return unit && /^\s*(?:\([^()]{1,20}\)\s*)?:\s*$/.test(clean.slice(unit.end, head.start + head.text.length)) ? unit : undefined;
  };
  // « Décision du … portant délégation de signature (direction X) »: the body that delegates, whose units head the
  // lists of delegates (« 1° Au service Y (SY) : »).
  const delegating = DELEGATION_TITLE.exec(clean.slice(0, Math.min(clean.length, 2000)));
  const delegator = delegating ? mentionAt(mentions, delegating.index + delegating[0].length, delegating.index + delegating[0].length + 3) : undefined;
  // « 1° Au service X (SX) : » then « - M. Y, chef du bureau Z (SX1) ; » (delegations of signature, directories):
  // the units the items' people head belong to the unit that heads the list.
  for (let li = 0; li < text.lines.length; li++) {
    const head = text.lines[li]!;
    if (head.kind !== 'list-item' && head.kind !== 'paragraph') continue;
    const parent = listHeadUnit(head, UNIT_LIST_HEAD);
    if (!parent) continue;
    if (delegator && parent.type && SUB_UNIT_TYPES.has(parent.type) && !sameBody(parent, delegator) && parent.acronym !== delegator.acronym) link(parent, delegator, parent.start, parent.end);
    for (let lj = li + 1; lj < text.lines.length; lj++) {
      const item = text.lines[lj]!;
      if (item.kind === 'blank') continue;
      if (item.kind !== 'list-item' || UNIT_LIST_HEAD.test(clean.slice(item.contentStart, item.start + item.text.length))) break;
      const unit = mentions.find((x) => x.start >= item.contentStart && x.end <= item.end && x !== parent && x.type && SUB_UNIT_OR_COMMITTEE.has(x.type) && HEADED_BY.test(clean.slice(Math.max(item.contentStart, x.start - 40), x.start)));
      if (unit && !sameBody(unit, parent) && !(unit.acronym && unit.acronym === parent.acronym)) link(unit, parent, unit.start, unit.end);
    }
  }
  // « L'arrêté organise la direction X (DX) en trois départements : », « fixe l'organisation du service Y en deux
  // bureaux : »: the units listed after the colon, on its line or as list items, are the named body's.
  for (const m of /organis|structur|répartit|divise/i.test(clean) ? clean.matchAll(DIVIDES_NAMED) : []) {
    const body = mentionAt(mentions, m.index + m[0].length, m.index + m[0].length + 2);
    const split = body ? DIVIDED_INTO.exec(clean.slice(body.end, body.end + 80)) : null;
    if (!body || !split || (body.type && MEMBERSHIP_TYPES.has(body.type))) continue;
    const colonEnd = body.end + split[0].length;
    const units = /^\s*$/.test(clean.slice(colonEnd, lineEndAt(clean, colonEnd))) ? listedUnitsAfter(text, mentions, lineEndAt(clean, colonEnd)) : enumeratedUnits(clean, mentions, colonEnd);
    for (const unit of units) if (unit.type && SUB_UNIT_TYPES.has(unit.type) && !sameBody(unit, body)) link(unit, body, body.start, unit.end);
  }
  // « Un arrêté crée au sein de la délégation trois départements : le département A, … », « … crée au sein du
  // département X le pôle Y »: what an act creates within a body (named, or a definite type noun for the last of
  // that type) is one of its units.
  for (const m of /crée|institue|constitue/.test(clean) ? clean.matchAll(CREATES_WITHIN) : []) {
    const at = m.index + m[0].length;
    // (« au sein de la délégation »: the article is the pattern's, the type word follows.)
    const definite = /^([\p{L}-]+)(?![\p{L}-])/u.exec(clean.slice(at, at + 40));
    const named = mentionAt(mentions, at, at + 2);
    const body = named ?? (definite && orgTypeOf(definite[1]!) ? definiteSubject(text, mentions, `le ${definite[1]}`, at) : undefined);
    const bodyEnd = named ? named.end : definite ? at + definite[0].length : at;
    if (!body || (body.type && MEMBERSHIP_TYPES.has(body.type))) continue;
    const lead = CREATED_UNITS_LEAD.exec(clean.slice(bodyEnd, bodyEnd + 80));
    if (!lead) continue;
    // (The lead took the first unit's article: nothing stands between them.)
    const units = enumeratedUnits(clean, mentions, bodyEnd + lead[0].length, /^\s*$/);
    for (const unit of units) if (unit.type && SUB_UNIT_TYPES.has(unit.type) && !sameBody(unit, body)) link(unit, body, named ? Math.min(named.start, m.index) : m.index, unit.end);
  }
  // « X (DX), dont relève la plateforme Y (PY), … »: Y is one of X's units. « Le département X pilote le réseau. Son
  // bureau Y en assure l'animation »: a unit a possessive gives to the subject of the sentence before.
  for (const child of mentions) {
    if (!child.type || !SUB_UNIT_OR_COMMITTEE.has(child.type) && child.type !== 'institut') continue;
    const before = clean.slice(Math.max(0, child.start - 40), child.start);
    const dont = /,\s*dont\s+(?:relèvent|relève)\s+(?:le|la|les|l')\s*$/i.exec(before);
    if (dont) {
      const at = child.start - dont[0].length;
      const owner = mentions.filter((x) => x.end <= at && x.end >= at - 2).pop();
      if (owner && owner !== child) link(child, owner, owner.start, child.end);
      continue;
    }
    const sent = sentenceAt(text, child.start);
    if (!sent || !/^\s*(?:son|sa|ses)\s+$/i.test(clean.slice(sent.start, child.start))) continue;
    const index = text.sentences.indexOf(sent);
    const previous = index > 0 ? text.sentences[index - 1] : undefined;
    const lead = previous ? /^\s*(?:[-*•]\s*)?(?:(?:le|la|les)\s+|l')?/i.exec(previous.text)![0] : '';
    const subject = previous ? mentionAt(mentions, previous.start + lead.length, previous.start + lead.length + 1) : undefined;
    if (subject && subject !== child && subject.type && rankOf(subject.type) <= rankOf(child.type)) link(child, subject, child.start, child.end);
  }
  // « Au sein du SNum : » then « - le département X (DX) pilote … »: the units that open the items are its own.
  for (let li = 0; li < text.lines.length; li++) {
    const head = text.lines[li]!;
    if (head.kind !== 'paragraph' && head.kind !== 'list-item') continue;
    const parent = listHeadUnit(head, WITHIN_HEAD);
    if (!parent) continue;
    for (let lj = li + 1; lj < text.lines.length; lj++) {
      const item = text.lines[lj]!;
      if (item.kind === 'blank') continue;
      if (item.kind !== 'list-item' || item.level < (head.kind === 'list-item' ? head.level + 1 : 0)) break;
      const unit = lineUnit(item, mentions, clean);
      if (unit && unit !== parent && unit.type && SUB_UNIT_OR_COMMITTEE.has(unit.type)) link(unit, parent, unit.start, unit.end);
    }
  }
  // A record's labelled fields (« Ministère : ministère X » then « Direction : direction Y (DY) »): the unit a lower
  // level's field names is one of the body the field above it names, within the record (no blank line between).
  if (/(?:^|\n)[ \t]*(?:Ministère|Direction)[ \t]*:/.test(clean)) {
    for (let li = 0; li < text.lines.length; li++) {
      const upper = fieldUnit(text.lines[li]!, mentions, clean);
      if (!upper) continue;
      for (let lj = li + 1; lj < Math.min(text.lines.length, li + 6); lj++) {
        const line = text.lines[lj]!;
        if (line.kind === 'blank' || /^[ \t]*[=_*-]{4,}/.test(line.text)) break;
        const lower = fieldUnit(line, mentions, clean);
        if (!lower) continue;
        if (lower.rank === upper.rank + 1) link(lower.unit, upper.unit, lower.unit.start, lower.unit.end);
        if (lower.rank <= upper.rank + 1) break;
      }
    }
  }
  // « La direction X comprend : » (no count) followed by list items naming units: those units are its own.
  // (« L'administration centrale du ministère X comprend, sous l'autorité du ministre : »: an incise before the colon.)
  const containsColon = new RegExp(String.raw`(?<![\wÀ-ÿ])(?:${CONTAINS_VERBS})(?:\s*,\s*[^,:;.\n]{3,60},?)?\s*:\s*$`, 'i');
  for (const s of /:/.test(clean) ? text.sentences : []) {
    const m = containsColon.exec(s.text);
    if (!m) continue;
    const verbAt = s.start + m.index;
    // « L'office comprend : » names its subject by a definite type noun: the last office, not the last body.
    // (And when no body of that type was named before, none: « La sous-direction comprend : » is no service's list.)
    const beforeVerb = clean.slice(s.start, verbAt);
    const parent =
      mentions.filter((x) => x.start >= s.start && x.end <= verbAt).pop() ??
      (DEFINITE_BEFORE_VERB.test(beforeVerb) ? definiteSubject(text, mentions, beforeVerb, s.start) : lastMentionBefore(text, mentions, s.start, pronounGender(s.text)));
    if (!parent) continue;
    const first = text.lines.findIndex((l) => l.start >= s.end);
    // (The list's outer items only, and when the colon ends a list item, its sub-items only: « - La direction X, qui
    // comprend : » then « - le bureau A » indented, then « - La direction Y » at X's level, another item of the list.)
    const head = text.lines.find((l) => l.start <= verbAt && verbAt <= l.end);
    let outer: number | undefined;
    for (let li = first; li >= 0 && li < text.lines.length; li++) {
      const line = text.lines[li]!;
      if (line.kind === 'blank') continue;
      if (line.kind !== 'list-item') break;
      if (head?.kind === 'list-item' && line.level <= head.level) break;
      outer ??= line.level;
      if (line.level < outer) break;
      if (line.level > outer) continue;
      const unit = lineUnit(line, mentions, clean);
      if (unit && unit.type && (SUB_UNIT_OR_COMMITTEE.has(unit.type) || centreOfUnit(unit, parent))) link(unit, parent, unit.start, unit.end);
    }
  }
  // Nested lines that name units: each is a unit of the line above it at a smaller level. List items (« - Direction
  // X » then, indented, « - Service Y »; a paragraph ends the list) and headings (« ## Direction X » then
  // « ### Sous-direction Y »; other lines do not interrupt them).
  const linkNested = (kind: 'list-item' | 'heading') => {
    const open: Array<{ level: number; unit: OrgMention | undefined }> = [];
    for (const line of text.lines) {
      if (line.kind === 'blank') continue;
      if (line.kind !== kind) {
        // (A line indented deeper than the open item goes on with it: « <li>Sous-direction X<br> ⏎ Sous-directrice : … ⏎
        // <ul><li>Bureau Y » in a saved page.)
        const goesOn = kind === 'list-item' && line.kind === 'paragraph' && open.length > 0 && line.contentStart - line.start > open[open.length - 1]!.level;
        if (kind === 'list-item' && !goesOn) open.length = 0;
        continue;
      }
      while (open.length && open[open.length - 1]!.level >= line.level) open.pop();
      const unit = lineUnit(line, mentions, clean);
      const enclosing = open[open.length - 1]?.unit;
      // (A centre or an office may be a body or a small unit: nested in a list under another unit, it is the latter.)
      // (A sous-direction, typed as a direction, nested under a service: « Service du numérique » then « Sous-direction
      // des applications » indented is one of its units.)
      if (unit && enclosing && unit.type && (chartRankOf(unit) >= rankOf(enclosing.type) || (kind === 'list-item' && unit.type === 'institut'))) link(unit, enclosing, unit.start, unit.end);
      open.push({ level: line.level, unit });
    }
  };
  linkNested('list-item');
  linkNested('heading');
  // A heading naming a unit, followed by list items that start with sub-units. (Not a heading that says something
  // of the unit, « ## Le centre X devient l'agence Y »: the list is not the heading's.)
  text.lines.forEach((line, li) => {
    if (line.kind !== 'heading') return;
    // (« # Organigramme de la direction X »: a chart's title names its body after « Organigramme de ».)
    const chartOf = CHART_TITLE.exec(clean.slice(line.contentStart, line.start + line.text.length));
    const parent = chartOf ? mentionAt(mentions, line.contentStart + chartOf[0].length, line.contentStart + chartOf[0].length + 1) : lineUnit(line, mentions, clean);
    if (!parent || !/^[\s»)]*(?:\([^()]{1,20}\))?[\s»):]*$/.test(clean.slice(parent.end, line.start + line.text.length))) return;
    for (let j = li + 1; j < text.lines.length; j++) {
      const l = text.lines[j]!;
      if (l.kind === 'heading') break;
      if (l.kind !== 'list-item') continue;
      const unit = lineUnit(l, mentions, clean);
      if (unit && unit !== parent && unit.type && SUB_UNIT_TYPES.has(unit.type)) link(unit, parent, unit.start, unit.end);
    }
    // « # Direction X » then « ## Services rattachés » (a section that names no unit but announces units) and a
    // list: the list's outer items that name units are units of the heading's.
    for (let j = li + 1; j < text.lines.length; j++) {
      const sub = text.lines[j]!;
      if (sub.kind !== 'heading') continue;
      if (sub.level <= line.level) break;
      if (!UNITS_SECTION.test(clean.slice(sub.contentStart, sub.end).trim()) || lineUnit(sub, mentions, clean)) continue;
      // (The section is the heading's, not a deeper unit's: « ## Sous-direction B » then « ### Bureaux » is B's.)
      const enclosing = text.lines.slice(li, j).reverse().find((l) => l.kind === 'heading' && l.level < sub.level);
      if (enclosing !== line) continue;
      const items: Line[] = [];
      for (let k = j + 1; k < text.lines.length && text.lines[k]!.kind !== 'heading'; k++) if (text.lines[k]!.kind === 'list-item') items.push(text.lines[k]!);
      const outer = Math.min(...items.map((l) => l.level));
      for (const item of items) {
        const unit = item.level === outer ? lineUnit(item, mentions, clean) : undefined;
        // (A centre or an institute listed among the units a section announces is one of them: « Centre de services
        // informatiques de X (CSIX) » under « Services rattachés ».)
        if (unit && unit !== parent && unit.type && (SUB_UNIT_TYPES.has(unit.type) || unit.type === 'institut')) link(unit, parent, unit.start, unit.end);
      }
    }
  });
  // « Affectation : secrétariat général (SG) › direction X (DX) › sous-direction Y (SDY) »: a path, each body a unit
  // of the one before it.
  for (let i = /[›→]/.test(clean) ? 1 : mentions.length; i < mentions.length; i++) {
    const [before, after] = [mentions[i - 1]!, mentions[i]!];
    if (PATH_SEPARATOR.test(clean.slice(before.end, after.start)) && !sameBody(after, before)) link(after, before, before.start, after.end);
  }
  // « Le bureau A est l'un des quatre bureaux de la SDY, aux côtés du bureau B (BB), du bureau C et du bureau D »: the
  // units named beside a unit just attached have its parent too (when of its type).
  for (const { child, parent } of /aux\s+côtés/.test(clean) ? [...parentsLinked] : []) {
    if (parent.start < child.end) continue;
    let at = parent.end;
    const lead = BESIDE_AFTER.exec(clean.slice(at, at + 40));
    if (!lead) continue;
    at += lead[0].length;
    for (let i = mentionIndexFrom(mentions, at); i < mentions.length; i++) {
      const sibling = mentions[i]!;
      if (sibling.start - at > 3 || !sibling.type || sibling.type !== child.type) break;
      link(sibling, parent, sibling.start, sibling.end);
      const next = BESIDE_NEXT.exec(clean.slice(sibling.end, sibling.end + 20));
      if (!next) break;
      at = sibling.end + next[0].length;
    }
  }
  // « 1° Au sein de la sous-direction X (SX) : » then « - M. Y, chef du bureau Z (BZ) ; » (a delegation of signature):
  // the units the items name are the heading's.
  for (let li = /au\s+sein/i.test(clean) ? 0 : text.lines.length; li + 1 < text.lines.length; li++) {
    const title = text.lines[li]!;
    const within = WITHIN_HEADING.exec(clean.slice(title.contentStart, title.end));
    const head = within ? mentionAt(mentions, title.contentStart + within[0].length, title.contentStart + within[0].length + 2) : undefined;
    if (!head || !/^[\s»]*(?:\([^()\n]{1,20}\))?[\s»]*:\s*$/.test(clean.slice(head.end, title.end))) continue;
    for (let k = li + 1; k < text.lines.length && text.lines[k]!.kind === 'list-item'; k++) {
      const item = text.lines[k]!;
      // (Up to the next such heading, « 2° Au sein de la sous-direction Y : », itself numbered like an item.)
      if (WITHIN_HEADING.test(item.text)) break;
      for (let i = mentionIndexFrom(mentions, item.contentStart); i < mentions.length && mentions[i]!.end <= item.end; i++) {
        const unit = mentions[i]!;
        if (unit !== head && unit.type && SUB_UNIT_TYPES.has(unit.type) && rankOf(unit.type) >= rankOf(head.type) && !sameBody(unit, head)) link(unit, head, unit.start, unit.end);
      }
    }
  }
  // « La DND en bref » then « • Rattachée au secrétariat général du ministère (SGM) »: a list item that opens with an
  // attachment and names no subject is about the body its list's title line names.
  for (let li = 1; li < text.lines.length; li++) {
    const item = text.lines[li]!;
    if (item.kind !== 'list-item') continue;
    const lead = ITEM_ATTACHED_TO.exec(clean.slice(item.contentStart, item.end));
    const parent = lead ? mentionAt(mentions, item.contentStart + lead[0].length, item.contentStart + lead[0].length + 2) : undefined;
    if (!parent) continue;
    let k = li - 1;
    while (k >= 0 && text.lines[k]!.kind === 'list-item') k--;
    const title = k >= 0 && text.lines[k]!.kind !== 'blank' ? text.lines[k]! : undefined;
    const body = title ? lineUnit(title, mentions, clean) ?? mentionAt(mentions, title.contentStart, title.end) : undefined;
    if (body && body !== parent && body.end <= title!.end && !sameBody(body, parent)) link(body, parent, item.contentStart, parent.end);
  }
  // A plain-text title line « Organigramme » (a slide exported to text, no markdown heading) right over a list: the
  // list's outer items that name units are units of the body the text is about there (the last one in a subject's
  // place, « La DND en bref »), when it is a larger body than they are.
  for (let li = 0; li + 1 < text.lines.length; li++) {
    const title = text.lines[li]!;
    if (title.kind !== 'paragraph' || text.lines[li + 1]!.kind !== 'list-item') continue;
    if (!UNITS_SECTION.test(clean.slice(title.contentStart, title.end).trim()) || lineUnit(title, mentions, clean)) continue;
    const items: Line[] = [];
    for (let k = li + 1; k < text.lines.length && text.lines[k]!.kind === 'list-item'; k++) items.push(text.lines[k]!);
    const outer = Math.min(...items.map((l) => l.level));
    const parent = lastMentionBefore(text, mentions, title.start);
    if (!parent) continue;
    for (const item of items) {
      const unit = item.level === outer ? lineUnit(item, mentions, clean) : undefined;
      if (!unit || unit === parent || !unit.type || !(SUB_UNIT_TYPES.has(unit.type) || unit.type === 'institut' || unit.type === 'incubateur') || sameBody(unit, parent)) continue;
      if (chartRankOf(unit) > rankOf(typeOf(parent)) || (isSousDirection(unit) && !isSousDirection(parent))) link(unit, parent, unit.start, unit.end);
    }
  }
  // « - SDIH : trois bureaux, à savoir le bureau A (BA), le bureau B (BB) et le centre C (CC) ; »: a line that opens
  // with a body and a colon, then names smaller units one after another, lists that body's units.
  for (const l of /:/.test(clean) ? text.lines : []) {
    if (l.kind !== 'list-item' && l.kind !== 'paragraph') continue;
    const head = mentionAt(mentions, l.contentStart, l.contentStart + 3);
    const colon = head ? BODY_THEN_COLON.exec(clean.slice(head.end, l.end)) : null;
    if (!head || !colon || !/^[\s*_]*$/.test(clean.slice(l.contentStart, head.start))) continue;
    const headType = typeOf(head);
    for (let at = head.end + colon[0].length, i = mentionIndexFrom(mentions, at); i < mentions.length; i++) {
      const unit = mentions[i]!;
      if (unit.end > l.end || !UNITS_LISTED_BETWEEN.test(clean.slice(at, unit.start))) break;
      const unitType = typeOf(unit);
      // (A centre or a laboratory is a unit too: « et le centre de services numériques (CSN) ».)
      if (!unitType || !(SUB_UNIT_TYPES.has(unitType) || unitType === 'institut') || rankOf(unitType) < rankOf(headType)) break;
      if (!sameBody(unit, head)) link(unit, head, unit.start, unit.end);
      at = unit.end;
    }
  }
  // « La mission X (MX) lui est directement rattachée » after a body's units were listed: the body listed (else the
  // body the sentence before is about).
  for (const child of /\s(?:lui|leur)\s/.test(clean) ? mentions : []) {
    if (!DATIVE_ATTACHED.test(clean.slice(child.end, child.end + 60))) continue;
    const sentence = sentenceAt(text, child.start);
    const from = sentence?.start ?? child.start;
    const listed = [...parentsLinked].reverse().find((x) => x.child.end <= from && x.child.end >= from - DATIVE_REACH && x.parent !== child);
    const parent = listed?.parent ?? lastMentionBefore(text, mentions, from);
    if (parent && parent !== child) link(child, parent, child.start, child.end);
  }
  // Sections: a line that only names a unit (« Le département « X » », no verb, no final stop) heads a section;
  // the lower-ranked units that open the section's paragraphs are its units, unless the text already gave
  // them a parent (« … de la Y »).
  const explicitChildren = new Set(out.filter((f) => f.data.kind === 'hierarchy').map((f) => refKey((f.data as { child: OrgRef }).child)));
  const sectionHead = (l: Line): OrgMention | undefined => {
    if (l.kind !== 'paragraph' && l.kind !== 'heading') return undefined;
    // (« DOU : Direction des ouvrages »: a glossary's line defines an acronym, it heads nothing.)
    // (A section's number in capitals is none: « IV – Sous-direction X ».)
    if (/^\s*(?![IVX]{1,5}\s*-\s)[A-ZÉ][A-Za-zÉ0-9-]{1,12}\s*[:-]\s/.test(clean.slice(l.contentStart, l.contentStart + 20))) return undefined;
    const unit = lineUnit(l, mentions, clean);
    if (!unit || !unit.type) return undefined;
    const rest = clean.slice(unit.end, l.start + l.text.length).trim();
    return rest === '' || rest === '»' ? unit : undefined;
  };
  // An organisation chart flattened to text (« ORGANIGRAMME » in its title block, a PDF's boxes a line each): each
  // unit named at a line's start is one of the nearest unit above it of a higher level; the section rules below,
  // which read lines of one unit as headings, do not apply.
  // (Short lines only: a page that describes its chart in prose, or draws it as a table, is read by the rules below.)
  const nonBlank = text.lines.filter((l) => l.kind !== 'blank');
  const chart = CHART_DOCUMENT.test(clean.slice(0, 400)) && nonBlank.filter((l) => l.text.trim().length > 90).length <= nonBlank.length / 20;
  if (chart) {
    const open: Array<{ level: number; unit: OrgMention }> = [];
    for (const line of text.lines) {
      if (line.kind !== 'paragraph' && line.kind !== 'heading') continue;
      const named = lineUnit(line, mentions, clean);
      // (« Établissements publics sous tutelle », « Opérateurs »: a block of bodies outside the chain.)
      if (!named && OUTSIDE_CHAIN.test(clean.slice(line.contentStart, line.end))) open.length = 0;
      if (!named) continue;
      // (The box's unit as its acronym's line names it whole: « Bureau Applications ⏎ Emploi et Insertion ⏎ BAEI ».)
      const unit = mentions.find((x) => x.how === 'definition' && x.nameStart === named.start && x !== named) ?? named;
      const level = chartLevel(unit);
      if (level === undefined) continue;
      while (open.length && open[open.length - 1]!.level >= level) open.pop();
      const parent = open[open.length - 1]?.unit;
      if (parent && !explicitChildren.has(refKey(refOf(unit)))) link(unit, parent, named.start, named.end);
      open.push({ level, unit });
    }
  }
  // How many lines that are not blank come before line `li`, counted up to 6 (a masthead is the text's top).
  const nonBlankBefore = (li: number): number => {
    let n = 0;
    for (let k = 0; k < li && n <= 5; k++) if (text.lines[k]!.kind !== 'blank') n++;
    return n;
  };
  for (let li = 0; li < text.lines.length && !chart; li++) {
    let head = sectionHead(text.lines[li]!);
    if (!head) continue;
    // A masthead stacks bodies of different levels on consecutive lines (« Direction X (DX) ⏎ Ministère Y »): one
    // block, whose section is the smallest body's, the issuer's. (Lines naming bodies of one level are a list.)
    const block = [head];
    for (let k = li + 1; k < text.lines.length; k++) {
      const next = sectionHead(text.lines[k]!);
      if (!next) break;
      block.push(next);
    }
    const levels = new Set(block.map(chainRank));
    if (block.length > 1 && levels.size === block.length && !levels.has(-1)) {
      head = block.reduce((a, b) => (chainRank(b) > chainRank(a) ? b : a));
      li += block.length - 1;
      // At the top of the text, each body of the masthead is a unit of the next larger one (« MINISTÈRE X ⏎
      // Direction générale Y ⏎ Mission Z »: Z of Y, Y of X); further down, lines of bodies are a glossary or a list.
      const chain = [...block].sort((a, b) => chainRank(a) - chainRank(b));
      if (nonBlankBefore(li - block.length + 1) <= 5) for (let k = 1; k < chain.length; k++) if (!explicitChildren.has(refKey(refOf(chain[k]!)))) link(chain[k]!, chain[k - 1]!, chain[k]!.start, chain[k]!.end);
    }
    if (rankOf(head.type) > 2) continue;
    // (A numbered section, « 2.3. Sous-direction X », ends at a later number of its depth or less, « 2.4. », « 3. »,
    // not at a list numbered inside it, « 1. Bureau A ».)
    const number = sectionNumberAt(clean, text.lines[li]!);
    for (let j = li + 1; j < text.lines.length; j++) {
      const l = text.lines[j]!;
      const next = sectionHead(l);
      if (l.kind === 'heading' || (next && next !== head && rankOf(next.type) <= rankOf(head.type))) break;
      if (number && endsSection(sectionNumberAt(clean, l), number)) break;
      const unit = lineUnit(l, mentions, clean);
      if (!unit || unit === head || rankOf(unit.type) <= rankOf(head.type) || explicitChildren.has(refKey(refOf(unit)))) continue;
      if (sameBody(unit, head)) continue;
      // (« Le département X (DX) devient … la sous-direction Y »: the unit the head was before, not one of its units; a
      // unit renamed into another unit, « Le bureau A devient le bureau B », stays the head's.)
      const becomes = BECOMES_AFTER.exec(clean.slice(unit.end, unit.end + 40));
      const after: OrgMention | undefined = becomes ? firstMentionFrom(mentions, unit.end + becomes[0].length) : undefined;
      const renamedTo: OrgMention | undefined = after && after.end <= l.end ? after : undefined;
      if (renamedTo && (renamedTo === head || sameBody(renamedTo, head) || (renamedTo.type === head.type && isSousDirection(renamedTo) === isSousDirection(head)))) continue;
      // (Nor a unit the line closes: « Le bureau X (BX) est supprimé à la même date ».)
      if (CLOSED_AFTER.test(clean.slice(unit.end, unit.end + 40))) continue;
      link(unit, head, unit.start, unit.end);
    }
  }
  // Links that give way to any other parent the text states for the same child: a former attachment, and an
  // authority when the chart states an attachment (« placée sous l'autorité du ministre », then « rattachée au … »).
  const dropWhereAnotherParent = (weak: ReadonlySet<Fact>) => {
    if (!weak.size) return;
    const childKey = (f: Fact) => refKey((f.data as { child: OrgRef }).child);
    const otherwise = new Set(out.filter((f) => f.data.kind === 'hierarchy' && !weak.has(f)).map(childKey));
    for (let i = out.length - 1; i >= 0; i--) if (weak.has(out[i]!) && otherwise.has(childKey(out[i]!))) out.splice(i, 1);
  };
  dropWhereAnotherParent(former);
  dropWhereAnotherParent(authority);
  return out.concat(
    counts.flatMap((cs) =>
      cs.counts.flatMap((c) =>
        c.added ? [] : [fact(doc, cs.start, cs.end, { kind: 'unit-count', organisation: refOf(cs.parent), count: c.count, unit_type: c.type })],
      ),
    ),
  );
}

/** What a unit's sentence says right after its name when the unit becomes another (« Le département X (DX) devient »). */
const BECOMES_AFTER = /^\s*»?\s*(?:\([^()\n]{1,20}\)\s*)?,?\s*(?:devient|deviendra|est\s+renommée?|prend\s+le\s+nom\s+de)(?![\p{L}])/u;

/** What a unit's sentence says right after its name when the unit is closed. */
const CLOSED_AFTER = /^\s*»?\s*(?:\([^()\n]{1,20}\)\s*)?,?\s*(?:est|sera|sont|seront)\s+(?:supprimée?s?|dissoute?s?)(?![\p{L}])/u;

/** A verb of merging, finite (« fusionnent », « fusionnera »): what merges within a unit is not placed in it. */
const MERGES_WITHIN = /(?<![\p{L}])fusionn(?:e|ent|era|eront)(?![\p{L}])/u;

/**
 * The section number a line opens with (after a heading's marks or a list's marker, which may be the number), when a
 * title follows it (« 2.5 millions d'agents » opens with a figure).
 */
function sectionNumberAt(clean: string, line: Line): ReturnType<typeof sectionNumberOf> {
  const title = clean.slice(line.start, line.end).replace(/^\s*(?:#{1,6}\s+)?/, '');
  const number = sectionNumberOf(title);
  return number && TITLE_START.test(title.slice(number.length)) ? number : undefined;
}

/** What a title opens with after its number: a capital or a guillemet, case-sensitively. */
const TITLE_START = /^[\p{Lu}«]/u;

/** Whether a section numbered `next` comes after the section numbered `head`, at its depth or above. */
function endsSection(next: ReturnType<typeof sectionNumberOf>, head: NonNullable<ReturnType<typeof sectionNumberOf>>): boolean {
  if (!next || next.scheme !== head.scheme || next.value.length > head.value.length) return false;
  for (let k = 0; k < next.value.length; k++) if (next.value[k] !== head.value[k]) return next.value[k]! > head.value[k]!;
  return false;
}

/** A cell that names a body by its long form, its acronym and perhaps its own body: « Institut X (IX) », « … (DNS), ministère Y ». */
const LONG_FORM_CELL = /^(\p{Lu}[^()]{2,100}?)\s*\(([^()\s]{2,15})\)(?:\s*,\s*(.{3,80}))?$/u;

/**
 * The body a table cell names: the mention inside it, else the cell's text as a new organisation (`named`: its
 * fact), with the span of its quote.
 */
function cellBody(doc: SourceDocument, cell: Cell, mentions: OrgMention[]): { ref: OrgRef; start: number; end: number; named?: Fact; parent?: Fact } {
  // (A cell wrapped onto several lines, tables.ts's ruled tables: the mentions of its first line may end where the
  // line does, « Centre interministériel de »; its whole text names the body.)
  const wrapped = cell.raw.includes('\n');
  const inCell = wrapped ? undefined : mentions.find((m) => m.start >= cell.start && m.end <= cell.end);
  if (inCell) return { ref: refOf(inCell), start: inCell.start, end: inCell.end };
  const value = cell.text;
  const long = wrapped ? LONG_FORM_CELL.exec(value) : null;
  if (long && looksLikeAcronym(long[2]!)) {
    const name = long[1]!.trim();
    const ref: OrgRef = { name, acronym: long[2]! };
    const named = fact(doc, cell.start, cell.end, { kind: 'organisation', name, acronym: long[2]!, type: orgTypeOf(name.split(/\s/)[0] ?? '') ?? null });
    // « …, ministère des Solidarités »: the body it belongs to.
    const owner = long[3] && orgTypeOf(long[3].split(/\s/)[0] ?? '') ? long[3].trim() : undefined;
    const parent = owner ? fact(doc, cell.start, cell.end, { kind: 'organisation', name: owner, acronym: null, type: orgTypeOf(owner.split(/\s/)[0]!) ?? null }) : undefined;
    return { ref, start: cell.start, end: cell.end, named, ...(parent ? { parent } : {}) };
  }
  const offset = doc.text.indexOf(value, cell.start);
  const [start, end] = offset >= cell.start && offset + value.length <= cell.end ? [offset, offset + value.length] : [cell.start, cell.end];
  const acronym = looksLikeAcronym(value) ? value : null;
  const type = orgTypeOf(value.split(/\s/)[0] ?? '') ?? null;
  const ref: OrgRef = acronym ? { acronym } : { name: value };
  return { ref, start, end, named: fact(doc, start, end, { kind: 'organisation', name: acronym ? null : value, acronym, type }) };
}

// Whole words: « Agence des infrastructures cartographiques » heading an infobox holds « structure » but names no column of bodies.
const ORG_COLUMN = /(?<![\p{L}])(?:producteur|opérateur|gestionnaire|éditeur|porteur|administration|organisme|fournisseur|propriétaire|structure|institution|autorité)s?(?![\p{L}])/iu;

/** Organisations named in table columns whose header says so (« Producteur », « Organisme »…). */
function tableOrganisations(doc: SourceDocument, mentions: OrgMention[]): Fact[] {
  const out: Fact[] = [];
  for (const table of findTables(doc.text)) {
    const k = columnIndex(table.header, ORG_COLUMN);
    if (k === undefined) continue;
    for (const { cells } of table.rows) {
      const cell = cells[k];
      if (!cell) continue;
      const value = cell.text;
      if (!/^[A-ZÉ]/.test(value) || value.length < 2 || value.length > 120) continue;
      // A body already found in the cell is not named again.
      const { ref, named, parent } = cellBody(doc, cell, mentions);
      if (named) out.push(named);
      if (parent && parent.data.kind === 'organisation') {
        out.push(parent, fact(doc, cell.start, cell.end, { kind: 'hierarchy', child: ref, parent: { name: parent.data.name! } }));
      }
    }
  }
  return out;
}

const PARENT_COLUMN = /rattachement|tutelle|rattachée?\s+à|structure de rattachement|entité de rattachement/i;

/**
 * Tables with a column of parents (« Rattachement », « Tutelle »): the body a row names (its first organisation
 * outside that column) is a unit of the body the column names.
 */
/** A column of acronyms: « Sigle », « Acronyme », « Abréviation ». */
const ACRONYM_COLUMN = /^(?:sigles?|acronymes?|abréviations?|abrév\.?)$/i;
/** A parent cell naming the head of the page's body (« Directeur », « Directrice générale »), not a body. */
const HEAD_OF_BODY = /^(?:(?:le|la|au|à\s+la)\s+)?(?:directeur|directrice|sous-directeur|sous-directrice|délégué|déléguée|secrétaire\s+général|secrétaire\s+générale|président|présidente|chef|cheffe)(?:\s+(?:adjoint|adjointe|général|générale|du\s+service|de\s+service))?$/i;

/**
 * A table's cell wrapped over lines that names a body by its type word (« Bureau du pilotage et ⏎ des ressources »):
 * its lines are read one by one as prose, so the body is the cell's whole text. Undefined for any other cell.
 */
function wrappedBody(cell: Cell | undefined): { cell: Cell; type: OrganisationType } | undefined {
  if (!cell?.wrapped) return undefined;
  const type = orgTypeOf(/^\S+/.exec(cell.text)?.[0] ?? '');
  return type ? { cell, type } : undefined;
}

/** A cell that names a ministry's unit by its type (« service du numérique … », « sous-direction des … »). */
const UNIT_CELL = /^(?:(?:la|le|l')\s*)?(?:sous-direction|direction|service|secrétariat|délégation|département|bureau|pôle|mission|cellule|inspection|centre)s?(?![\p{L}])/iu;
/** The Prime Minister's services, to which ministries may be attached. */
const PRIME_MINISTER = /premier\s+ministre|\bSPM\b|\bSGG\b|secrétariat\s+général\s+du\s+gouvernement/iu;

/**
 * Organisation charts as tables (« | Entité | Sigle | Rattachement | Responsable | »): each row's unit is a unit of
 * the body its « Rattachement » cell names, with the acronym of its « Sigle » cell; a unit attached to the head
 * (« Directeur ») is a unit of the page's body.
 */
function tableHierarchy(doc: SourceDocument, text: PreparedText, mentions: OrgMention[]): Fact[] {
  const out: Fact[] = [];
  // A fact's span over two cells of a row, whichever column comes first (« Sigle » or « Rattachement » may).
  const covering = (a: { start: number; end: number }, b: { start: number; end: number }): [number, number] => [Math.min(a.start, b.start), Math.max(a.end, b.end)];
  for (const table of findTables(doc.text)) {
    const k = columnIndex(table.header, PARENT_COLUMN);
    if (k === undefined) continue;
    const a = table.header.findIndex((h) => ACRONYM_COLUMN.test(h.text.trim()));
    for (const { cells } of table.rows) {
      const cell = cells[k];
      if (!cell || !/^[A-ZÉa-zé]/.test(cell.text) || cell.text.length > 150) continue;
      // (A glossary row's definition, « | ACR | long name | », spans two cells: it starts in one.)
      const inCells = (skip: number) => mentions.find((m) => cells.some((c, i) => i !== k && i !== skip && m.start >= c.start && m.start < c.end));
      const child = inCells(a) ?? inCells(-1);
      if (!child) continue;
      // The row's acronym gives the unit's: a definition of its own.
      const acronymCell = a >= 0 ? cells[a] : undefined;
      const acronym = acronymCell && !child.acronym && looksLikeAcronym(acronymCell.text) ? acronymCell.text : null;
      const wrapped = wrappedBody(cells.find((c, i) => i !== k && c.start <= child.start && child.start < c.end));
      if (wrapped) out.push(fact(doc, wrapped.cell.start, Math.max(wrapped.cell.end, acronymCell?.end ?? 0), { kind: 'organisation', name: wrapped.cell.text, acronym, type: wrapped.type }));
      else if (acronym && child.name) out.push(fact(doc, ...covering(child, acronymCell!), { kind: 'organisation', name: child.name, acronym, type: child.type }));
      const childRef = wrapped ? { name: wrapped.cell.text, ...(acronym ? { acronym } : {}) } : acronym ? { ...refOf(child), acronym } : refOf(child);
      if (HEAD_OF_BODY.test(cell.text)) {
        const body = pageBodyOf(text, mentions);
        if (body && body !== child) out.push(fact(doc, ...covering(child, cell), { kind: 'hierarchy', child: childRef, parent: refOf(body) }));
        continue;
      }
      // « | ministère X | Mme Y | service du numérique du secrétariat général | »: a ministry is attached to nothing;
      // the row's « rattachement » (its person's unit) is the ministry's, by its outermost unit (the highest rank, the
      // last named).
      // (Not a cell that names a ministry, « DGCL du ministère de l'Intérieur » (another ministry's unit) or « ministère de
      // l'Intérieur » (a ministry attached to another), nor the Prime Minister's services: read as written below.)
      const inCell = child.type === 'ministère' ? mentions.filter((m) => m.start >= cell.start && m.start < cell.end) : [];
      const withinMinistry = inCell.length > 0 && !inCell.some((m) => m.type === 'ministère') && UNIT_CELL.test(cell.text) && !PRIME_MINISTER.test(cell.text);
      if (withinMinistry) {
        const outermost = inCell.reduce((best, m) => (rankOf(m.type) <= rankOf(best.type) ? m : best));
        out.push(fact(doc, ...covering(child, outermost), { kind: 'hierarchy', child: refOf(outermost), parent: refOf(child) }));
        continue;
      }
      // (« sous-direction des services numériques, bureau des sites » with no body named, « DGCL du ministère de
      // l'Intérieur » another ministry's unit: no parent for the ministry.)
      if (child.type === 'ministère' && UNIT_CELL.test(cell.text) && !PRIME_MINISTER.test(cell.text)) continue;
      const parent = cellBody(doc, cell, mentions);
      if (parent.named) out.push(parent.named);
      out.push(fact(doc, ...covering(child, parent), { kind: 'hierarchy', child: childRef, parent: parent.ref }));
    }
  }
  return out;
}

/** A first column of units and the body they belong to: « Unité de la DSI », « Services du secrétariat général ». */
const UNITS_OF_COLUMN = /^(?:unités?|services?|entités?|structures?|composantes?|sous-directions?|départements?|bureaux|pôles?)\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+)/iu;

/**
 * Tables whose first column lists the units of a body its header names (« | Unité de la DSI | Agents | … | »): the
 * body a row's first cell names is a unit of that one (not a row of totals).
 */
function unitsOfHeaderBody(doc: SourceDocument, mentions: OrgMention[]): Fact[] {
  const out: Fact[] = [];
  for (const table of findTables(doc.text)) {
    const header = table.header[0];
    if (!header || !UNITS_OF_COLUMN.test(header.text.trim())) continue;
    const body = mentions.find((m) => m.start >= header.start && m.end <= header.end);
    if (!body) continue;
    for (const { cells } of table.rows) {
      const cell = cells[0];
      if (!cell || /^\s*(?:total|ensemble|sous-total)(?![\p{L}])/iu.test(cell.text)) continue;
      const unit = mentions.find((m) => m.start >= cell.start && m.end <= cell.end);
      if (unit && unit.start !== body.start) out.push(fact(doc, unit.start, unit.end, { kind: 'hierarchy', child: refOf(unit), parent: refOf(body) }));
    }
  }
  return out;
}

/** A column of acronyms for another one: « Sigle direction », « Acronyme du service », « Sigle » alone. */
const ACRONYM_OF_COLUMN = /^(?:sigles?|acronymes?|abréviations?)(?:\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+)?(\S.*))?$/iu;
/** A column of ministries (« Ministère », « Ministère porteur »). */
const MINISTRY_COLUMN = /^minist[èe]res?(?![\p{L}])/iu;
/** A column of units by their kind (« Direction », « Service pilote », « Direction porteuse »). */
const UNIT_COLUMN = /^(?:directions?|services?|sous-directions?|délégations?|départements?|bureaux?|pôles?|missions?)(?![\p{L}-])/iu;

/**
 * Tables of projects or bodies without a column of parents (« Projet;Ministère porteur;Direction;Sigle direction;… »):
 * the acronym a column gives (« Sigle direction ») is that of the body the qualified column names (else the
 * column before it), and a unit named in a column of units is a unit of the ministry the row's ministry column
 * names, when it names one.
 */
function tableColumns(doc: SourceDocument, mentions: OrgMention[]): Fact[] {
  const out: Fact[] = [];
  for (const table of findTables(doc.text)) {
    if (columnIndex(table.header, PARENT_COLUMN) !== undefined) continue; // tableHierarchy reads those
    const headers = table.header.map((h) => h.text.trim());
    const a = headers.findIndex((h) => ACRONYM_OF_COLUMN.test(h));
    const qualified = a >= 0 ? ACRONYM_OF_COLUMN.exec(headers[a]!)![1] : undefined;
    const named = a < 0 ? -1 : qualified ? headers.findIndex((h, i) => i !== a && h.toLowerCase() === qualified.toLowerCase()) : a - 1;
    const m = headers.findIndex((h) => MINISTRY_COLUMN.test(h));
    const u = headers.findIndex((h, i) => i !== m && UNIT_COLUMN.test(h));
    if (named < 0 && (m < 0 || u < 0)) continue;
    for (const { cells } of table.rows) {
      // (The mentions of a cell by a binary search, findOrgMentions giving them by start: a table of thousands of
      // rows stays linear.)
      const inCell = (k: number) => (cells[k] ? mentionsWithin(mentions, cells[k]!.start, cells[k]!.end) : []);
      const acronymCell = a >= 0 ? cells[a] : undefined;
      const [body] = named >= 0 ? inCell(named) : [];
      const acronym = body && inCell(named).length === 1 && body.name && !body.acronym && acronymCell && looksLikeAcronym(acronymCell.text) ? acronymCell.text : null;
      const wrapped = named >= 0 ? wrappedBody(cells[named]) : undefined;
      if (wrapped && acronymCell && looksLikeAcronym(acronymCell.text)) {
        out.push(fact(doc, wrapped.cell.start, Math.max(wrapped.cell.end, acronymCell.end), { kind: 'organisation', name: wrapped.cell.text, acronym: acronymCell.text, type: wrapped.type }));
      } else if (acronym) out.push(fact(doc, body!.start, acronymCell!.end, { kind: 'organisation', name: body!.name, acronym, type: body!.type }));
      if (m < 0 || u < 0) continue;
      const ministries = inCell(m).filter((x) => x.type === 'ministère');
      const units = inCell(u).filter((x) => x.type && x.type !== 'ministère');
      if (ministries.length !== 1 || units.length !== 1) continue;
      const unit = units[0]!;
      const childRef = acronym && unit === body ? { ...refOf(unit), acronym } : refOf(unit);
      const [from, to] = [Math.min(unit.start, ministries[0]!.start), Math.max(unit.end, ministries[0]!.end)];
      out.push(fact(doc, from, to, { kind: 'hierarchy', child: childRef, parent: refOf(ministries[0]!) }));
    }
  }
  return out;
}

/** The mentions of `sorted` (by start) that lie within [start, end). */
function mentionsWithin(sorted: readonly OrgMention[], start: number, end: number): OrgMention[] {
  const out: OrgMention[] = [];
  for (let i = mentionIndexFrom(sorted, start); i < sorted.length && sorted[i]!.start < end; i++) if (sorted[i]!.end <= end) out.push(sorted[i]!);
  return out;
}

/** Infobox row labels that name the body's parent (« Organisation mère », « Tutelle », « Rattachement »). */
const PARENT_ROW = /^(?:(?:organisation|organisme|structure|entité|administration)\s+mère|(?:ministère|autorité|administration)\s+de\s+tutelle|tutelle|rattachement|rattachée?\s+à|dépend\s+de)$/i;

/**
 * An infobox (a table of label | value rows, as encyclopedia pages open with): the row « Organisation mère »,
 * « Tutelle »… gives the parent of the body the page is about (the one its first heading names, else the first
 * one the text names).
 */
function infoboxHierarchy(doc: SourceDocument, text: PreparedText, mentions: OrgMention[]): Fact[] {
  const out: Fact[] = [];
  const heading = text.lines.find((l) => l.kind === 'heading');
  const subject = (heading ? lineUnit(heading, mentions, text.clean) : undefined) ?? mentions[0];
  if (!subject) return out;
  for (const table of findTables(doc.text)) {
    for (const { cells } of [{ cells: table.header }, ...table.rows]) {
      const label = cells[0]?.text.replace(/\s*:$/, '');
      const cell = cells[1];
      if (!label || !cell || !PARENT_ROW.test(label) || !/^[A-ZÉa-zé]/.test(cell.text) || cell.text.length > 150) continue;
      if (mentions.some((m) => m === subject && m.start >= cell.start && m.end <= cell.end)) continue;
      const parent = cellBody(doc, cell, mentions);
      if (parent.named) out.push(parent.named);
      out.push(fact(doc, cells[0]!.start, parent.end, { kind: 'hierarchy', child: refOf(subject), parent: parent.ref }));
    }
  }
  return out;
}

/** A unit's long form naming its ministry: « secrétariat général du ministère de la Mer (SGMM) ». */
const UNIT_OF_MINISTRY = /^(\S+).*?\s(?:du|de\s+la|de\s+l')\s*((?:ministère|préfecture)\s+\S.*)$/i;

/**
 * « le secrétariat général du ministère de la Mer (SGMM) »: the ministry a defined unit's long form names is a body
 * of its own, and the unit's parent (the definition holds it, so no mention of its own gives it).
 */
function embeddedMinistries(doc: SourceDocument, text: PreparedText, mentions: OrgMention[]): Fact[] {
  const out: Fact[] = [];
  for (const m of mentions) {
    if (m.how !== 'definition' || !m.name || !m.acronym) continue;
    const parts = UNIT_OF_MINISTRY.exec(m.name);
    const head = parts ? orgTypeOf(parts[1]!) : undefined;
    if (!parts || !head || head === 'ministère' || !(SUB_UNIT_TYPES.has(head) || head === 'secrétariat' || head === 'direction')) continue;
    const body = parts[2]!;
    const at = text.clean.indexOf(body.split(' ').slice(0, 2).join(' '), m.nameStart);
    if (at < 0 || at >= m.nameEnd) continue;
    out.push(fact(doc, at, m.nameEnd, { kind: 'organisation', name: body, acronym: null, type: orgTypeOf(body.split(' ')[0]!) ?? null }));
    out.push(fact(doc, m.start, m.end, { kind: 'hierarchy', child: refOf(m), parent: { name: body } }));
  }
  return out;
}

/** A person's name, then an acronym in parentheses: the body they work for (« Léa Martin (DSIX) », « … (ex-DSIX) »). */
const AFFILIATION = /(?<![\p{L}'’-])(\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+){1,3})[ \t]*\([ \t]*(?:ex-)?([A-Z][A-Z0-9]{1,9})[ \t]*\)/gu;

/**
 * Speakers' and authors' affiliations (« Keynote de Léa Martin (DSIX) sur … »): an acronym a text gives only in a
 * person's parenthesis names a body all the same. (A first name of the lexicon opens the name: « Salle Jean Zay (SJZ) »
 * and « Plan Cadastral Informatisé (PCI) » are no people.)
 */
function affiliations(doc: SourceDocument, text: PreparedText, mentions: readonly OrgMention[]): Fact[] {
  const out: Fact[] = [];
  for (const m of /\(/.test(text.clean) ? text.clean.matchAll(AFFILIATION) : []) {
    const acronym = m[2]!;
    const at = m.index + m[0].lastIndexOf(acronym);
    // (« Mme Léa Martin (DSIX) »: the civility is no part of the name.)
    const words = m[1]!.split(/\s+/).filter((w, i) => i > 0 || !/^(?:Mme|Mlle|Monsieur|Madame)$/.test(w));
    // (« salle Jean Zay (SJZ) »: an acronym that ends with the name's initials stands for the name itself.)
    const initials = words.map((w) => w[0]!).join('').toUpperCase();
    if (!isGivenName(words[0]!) || acronym.endsWith(initials) || !looksLikeAcronym(acronym) || mentions.some((x) => x.start <= at && at < x.end)) continue;
    out.push(fact(doc, at, at + acronym.length, { kind: 'organisation', name: null, acronym, type: null }));
  }
  return out;
}

/** A column label made of a type word and one lowercase word (« Ministère porteur », « Service responsable »). */
const COLUMN_LABEL = new RegExp(String.raw`^(?:${ORG_TYPE_ALTERNATION_U})s?\s+[a-zéèêàç]+$`, 'iu');

/** Finds organisations, acronyms, hierarchy and unit counts in one document. */
export function extractOrganisations(doc: SourceDocument, knownAcronyms?: ReadonlySet<string>) {
  const text = prepared(doc.text);
  const { mentions, ofLinks } = findOrgMentions(text, knownAcronyms);
  // (A table's header row labels columns: « | Région | Service de rattachement | » names no body.)
  // (Not an infobox's, « | Agence X | | », which names the body: a header of three labels at least.)
  const headers = text.lines.filter(
    (l, i) => l.kind === 'table-row' && /^\s*\|?\s*:?-{3,}/.test(text.lines[i + 1]?.text ?? '') && text.lines[i - 1]?.kind !== 'table-row' && l.text.split('|').filter((c) => c.trim()).length >= 3,
  );
  // (A column's label in any table's first row, « Ministère porteur », « Direction pilote »: a type word and one
  // lowercase word, no body.)
  const labels = findTables(doc.text).flatMap((t) => t.header.filter((c) => COLUMN_LABEL.test(c.text)));
  // (A name its table cell wraps onto the next line, « Centre interministériel de ⏎ services de paie (CISP) »: its
  // first line's words are no name; the cell's whole text is, tableOrganisations.)
  const wrapped = findTables(doc.text).flatMap((t) => t.rows.flatMap((r) => r.cells.filter((c) => c.raw.includes('\n'))));
  const cutByWrap = (m: OrgMention) => !m.acronym && !!m.name && wrapped.some((c) => c.start <= m.start && m.end <= c.end && c.text.length > m.name!.length && c.text.startsWith(m.name!));
  const facts: Fact[] = mentions
    .filter((m) => !headers.some((l) => l.start <= m.start && m.end <= l.end) && !labels.some((c) => c.start <= m.start && m.end <= c.end) && !cutByWrap(m))
    .map((m) => fact(doc, m.start, m.end, { kind: 'organisation', name: m.name, acronym: m.acronym, type: m.type }));
  facts.push(...tableOrganisations(doc, mentions));
  facts.push(...affiliations(doc, text, mentions));
  facts.push(...tableHierarchy(doc, text, mentions));
  facts.push(...tableColumns(doc, mentions));
  facts.push(...unitsOfHeaderBody(doc, mentions));
  facts.push(...infoboxHierarchy(doc, text, mentions));
  facts.push(...hierarchyFacts(doc, text, mentions, ofLinks));
  facts.push(...embeddedMinistries(doc, text, mentions));
  facts.push(...budgetProgrammes(doc, text, mentions));
  // (A YAML data file's records: a body's « nom: », « sigle: », « parent: ».)
  facts.push(...yamlFacts(doc, 'organisations'));
  // (An organisation chart drawn as a Mermaid flowchart: its bodies and links, read from the source.)
  facts.push(...diagramFacts(doc, ID));
  return { facts, issues: [] };
}

/**
 * A budget programme named after its number: « le programme 418 « Socles numériques » », « Programme 418 : Socles
 * numériques », « P418 – Socles numériques » in a table's programme column. The name is the programme's.
 */
const PROGRAMME_NAMED = /(?<![\p{L}\p{N}])[Pp]rogramme\s+(?:n°\s*)?\d{3}(?![\p{N}])\s*(?:«\s*([^«»\n]{3,80}?)\s*»|:\s*([A-ZÉÈÀ][^\n.;*|(),]{2,80}?)\s*(?=\*|\n|$|[.;(]))/gu;
/** A table cell « P418 – Socles numériques » or « 388 – Pilotage du système éducatif ». */
const PROGRAMME_CELL = /^\s*P?\d{3}\s*[-–—]\s*([A-ZÉÈÀ][^|\n]{2,80}?)\s*$/u;

function budgetProgrammes(doc: SourceDocument, text: PreparedText, mentions: OrgMention[]): Fact[] {
  const out: Fact[] = [];
  const { clean } = text;
  if (!/rogramme/.test(clean)) return out;
  for (const m of clean.matchAll(PROGRAMME_NAMED)) {
    const name = (m[1] ?? m[2])!.trim();
    const start = m.index + m[0].indexOf(name);
    if (mentions.some((x) => x.start <= start && start < x.end && x.name === name)) continue;
    out.push(fact(doc, start, start + name.length, { kind: 'organisation', name, acronym: null, type: 'programme' }));
  }
  for (const table of findTables(doc.text)) {
    const column = table.header.findIndex((h) => /^\s*(?:programmes?|n°\s+et\s+intitulé|intitulé\s+du\s+programme)/i.test(h.text));
    if (column < 0) continue;
    for (const { cells } of table.rows) {
      const cell = cells[column];
      const m = cell ? PROGRAMME_CELL.exec(cell.text) : null;
      if (!cell || !m) continue;
      const at = doc.text.indexOf(m[1]!, cell.start);
      if (at < 0 || at >= cell.end) continue;
      out.push(fact(doc, at, at + m[1]!.length, { kind: 'organisation', name: m[1]!.replace(/[’‘]/g, "'"), acronym: null, type: 'programme' }));
    }
  }
  return out;
}

export const organisationsExtractor: Extractor = {
  id: ID,
  version: 194,
  extract: (doc) => extractOrganisations(doc),
};
