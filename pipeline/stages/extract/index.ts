/**
 * extract: SourceDocument[] → Fact[]. Runs every extractor (one per fact kind) on every document, then a
 * post-pass that attaches facts to the organisation the text ties them to (an event's subject, a contact's
 * unit, a figure's subject). Pure.
 */
import type { Extractor, Fact, Issue, OrgRef, SourceDocument } from '../../types/domain.ts';
import { committeesExtractor } from './extractors/committees.ts';
import { contactsExtractor } from './extractors/contacts.ts';
import { eventsExtractor, withoutAnonymousRetellings } from './extractors/events.ts';
import { figuresExtractor } from './extractors/figures.ts';
import { legalTextsExtractor } from './extractors/legal-texts.ts';
import { linksExtractor } from './extractors/links.ts';
import { extractOrganisations, lastMentionBefore, organisationsExtractor, refOf, sectionUnitAt } from './extractors/organisations.ts';
import { peopleExtractor } from './extractors/people.ts';
import { productsExtractor } from './extractors/products.ts';
import { ORG_TYPE_ALTERNATION, orgTypeOf } from './lexicon.ts';
import { definedOrgAcronyms, findOrgMentions, firstMentionFrom, mentionsEndingBy, type OrgMention } from './org-mentions.ts';
import { parseDates } from './dates.ts';
import { wellFormedFact } from './fact.ts';
import { lineAt, prepared, sentenceAt } from './text.ts';

/** Every extractor but organisations (which also takes the acronyms known from other documents). */
export const EXTRACTORS: readonly Extractor[] = [
  legalTextsExtractor,
  eventsExtractor,
  peopleExtractor,
  productsExtractor,
  contactsExtractor,
  figuresExtractor,
  committeesExtractor,
  linksExtractor,
];

/**
 * Part of every cache key: the number of the shared stages (text preparation, post-pass; bumped when they
 * change) and every extractor's version, organisations included (it runs apart from EXTRACTORS, and a change of
 * its rules alone must not reuse old facts).
 */
export const EXTRACT_VERSION = `199:${[organisationsExtractor, ...EXTRACTORS].map((e) => `${e.id}@${e.version}`).join(',')}`;

export interface ExtractOutput {
  facts: Fact[];
  issues: Issue[];
}

/** Acronyms that a document defines with their full name (« direction … (ABC) »). */
export function definedAcronyms(doc: SourceDocument): string[] {
  return definedOrgAcronyms(prepared(doc.text));
}

/** How many of a text's first non-blank lines may hold its own date (a masthead, a dateline, a session). */
const HEADER_LINES = 12;
/** A header line is short: « n° 27 - novembre 2025 », « Paris, le 3 mars 2025 », « Séance du 18 septembre 2025 ». */
const HEADER_LINE_MAX = 100;
/** How much of a dateline is not its date (« Séance du jeudi …, 10 h 00 – 12 h 30 », « Mis à jour le … »). */
const DATELINE_REST = 45;
/** An issue's number right before its date: « n° 14 – novembre 2026 », « N°42, septembre 2025 ». */
const ISSUE_BEFORE = /(?:^|[\s(])n[°º]\s*\d{1,4}\s*[-–—,]?\s*$/iu;
/** Words of acts and of what they do: a line that holds one cites a date, it does not give the text's own. */
const ACT_WORD = /(?<![\p{L}])(?:lois?|décrets?|arrêtés?|ordonnances?|circulaires?|décisions?|délibérations?|directives?|règlements?|portant|relatif|relative)(?![\p{L}])/iu;

/**
 * The text's own date when its metadata gives none: the first date with a month (and a year) on one of its first
 * short lines. Year-less and relative dates (« le 3 novembre », « l'an dernier ») are read against it, as a reader
 * of a newsletter's issue or of minutes does.
 */
export function headerDate(text: string): string | null {
  const { clean, lines } = prepared(text);
  let seen = 0;
  for (const line of lines) {
    const content = clean.slice(line.start, line.end).trim();
    if (line.kind === 'blank' || !content) continue;
    if (++seen > HEADER_LINES) break;
    // (A title, a table row or a line citing an act dates something else: « # Bilan de la loi du 7 octobre 2016 ».)
    if (content.length > HEADER_LINE_MAX || line.kind === 'heading' || line.kind === 'table-row' || ACT_WORD.test(content)) continue;
    const date = parseDates(clean, line.start, line.end, null).find((d) => d.value.precision === 'day' || d.value.precision === 'month');
    // A dateline is mostly its date: « Paris, le 3 mars 2025 », « n° 27 - novembre 2025 », « Séance du 18 mars 2025 ».
    // (Or an issue's number and its date closing the line, « … LETTRE DES RÉFÉRENTS n° 14 – novembre 2026 », however long
    // the title; not a reference in prose, « Suite à votre demande n° 4512 du 3 mars 2019, voici … ».)
    const masthead = date && ISSUE_BEFORE.test(clean.slice(line.start, date.start)) && /^[\s.;)]*$/u.test(clean.slice(date.end, line.end));
    if (date && (content.length - (date.end - date.start) <= DATELINE_REST || masthead)) return date.value.value;
  }
  return null;
}

/** Runs the extractors on one document. `knownAcronyms`: acronyms defined in any document of the build. */
export function extractDocument(source: SourceDocument, knownAcronyms: ReadonlySet<string>): ExtractOutput {
  const doc = source.date ? source : { ...source, date: headerDate(source.text) };
  const issues: Issue[] = [];
  const facts: Fact[] = [];
  const orgs = extractOrganisations(doc, knownAcronyms);
  facts.push(...orgs.facts);
  for (const extractor of EXTRACTORS) {
    try {
      const r = extractor.extract(doc);
      facts.push(...r.facts);
      issues.push(...r.issues);
    } catch (cause) {
      // An extractor bug must not lose the other kinds: reported, and the build fails on it.
      issues.push({
        code: 'extractor-failed',
        severity: 'error',
        stage: 'extract',
        message: `extractor "${extractor.id}" failed on source "${doc.id}": ${(cause as Error).message}`,
        location: { source: doc.id, file: doc.file },
      });
    }
  }
  attachOrganisations(doc, facts, knownAcronyms);
  return { facts: withoutAnonymousRetellings(withoutProductServices(wellFormed(doc, facts, issues))).sort(byPosition), issues };
}

/**
 * The facts every dataset can take (wellFormedFact). A blank quote or required field is an extractor's slip on a
 * layout it was not written for: its record would fail the schema check and stop the whole build. The fact is left
 * out instead, and a warning names it (source, offsets, extractor, field): one odd page among thousands costs one
 * fact, not the build.
 */
function wellFormed(doc: SourceDocument, facts: Fact[], issues: Issue[]): Fact[] {
  const kept: Fact[] = [];
  for (const f of facts) {
    const { fact, field } = wellFormedFact(f);
    if (fact) {
      kept.push(fact);
      continue;
    }
    issues.push({
      code: 'fact-malformed',
      severity: 'warning',
      stage: 'extract',
      message: `Source "${doc.id}", characters ${f.start}–${f.end}: the ${f.data.kind} fact of extractor "${f.extractor}" has a blank or invalid "${field}"; the fact is left out.`,
      hint: 'An extractor misread this layout: please report it with the lines around these offsets.',
      location: { source: doc.id, file: doc.file, span: [f.start, f.end], field },
    });
  }
  return kept;
}

/**
 * « le service « Escale+ » » when the text presents Escale+ as a product (« le guichet numérique Escale+ »): a public
 * service offered, not a unit. The organisation (and what the text says of its place in a chart) is dropped.
 */
function withoutProductServices(facts: Fact[]): Fact[] {
  const products = new Set(facts.flatMap((f) => (f.data.kind === 'product' ? [f.data.name.toLowerCase()] : [])));
  if (!products.size) return facts;
  // The unit's name → the product's (« service Escale+ » → « Escale+ »).
  const dropped = new Map<string, string>();
  for (const f of facts) {
    if (f.data.kind !== 'organisation' || f.data.acronym || f.data.type !== 'service' || !f.data.name) continue;
    const named = /^service\s+(.+)$/i.exec(f.data.name)?.[1];
    if (named && products.has(named.toLowerCase())) dropped.set(f.data.name, named);
  }
  if (!dropped.size) return facts;
  // What the text tied to that « unit » (a figure's subject, a contact's unit) is tied to nothing it names.
  const isDropped = (ref: OrgRef | null | undefined) => !!ref && !ref.acronym && !!ref.name && dropped.has(ref.name);
  for (const f of facts) {
    const d = f.data;
    // (An event about the service is about the product: « le service X est ouvert ».)
    if (d.kind === 'event' && isDropped(d.subject)) {
      d.subject_name ??= dropped.get(d.subject!.name!)!;
      d.subject = null;
    } else if (d.kind === 'figure' && isDropped(d.subject)) d.subject = null;
    else if ((d.kind === 'contact' || d.kind === 'person') && isDropped(d.organisation)) d.organisation = null;
    else if (d.kind === 'product' && isDropped(d.operator)) d.operator = null;
  }
  return facts.filter((f) => !(f.data.kind === 'organisation' && f.data.name && dropped.has(f.data.name)) && !(f.data.kind === 'hierarchy' && isDropped(f.data.child)));
}

const byPosition = (a: Fact, b: Fact) =>
  a.start - b.start || a.end - b.end || (a.data.kind < b.data.kind ? -1 : a.data.kind > b.data.kind ? 1 : 0);

/** Extracts every document; acronyms defined in one document are recognised in the others. */
export function extractAll(documents: SourceDocument[]): ExtractOutput {
  const known = new Set(documents.flatMap(definedAcronyms));
  const facts: Fact[] = [];
  const issues: Issue[] = [];
  for (const doc of documents) {
    const r = extractDocument(doc, known);
    facts.push(...r.facts);
    issues.push(...r.issues);
  }
  return { facts, issues };
}

const sentenceOf = sentenceAt;

/**
 * The first mention starting at or after `from` when it ends by `to`, else undefined: the first element of
 * mentions.filter((m) => m.start >= from && m.end <= to). Mentions are sorted and disjoint, so their ends grow
 * with their starts: a binary search instead of a scan per fact.
 */
function firstMentionWithin(mentions: readonly OrgMention[], from: number, to: number): OrgMention | undefined {
  const m = firstMentionFrom(mentions, from);
  return m && m.end <= to ? m : undefined;
}

/**
 * A sentence opening (after a fronted clause or not) with a definite or demonstrative article and a bare type
 * word: « L'agence compte … », « Depuis 2021, cette direction … ».
 */
const DEFINITE_TYPE_NOUN = new RegExp(String.raw`^(?:[^,;.]{3,200},\s*)?(?:l'|le\s+|la\s+|cette\s+|ce\s+|cet\s+)(${ORG_TYPE_ALTERNATION})(?=\s+(?!(?:de|du|des|d'|à|au|aux|pour)\s)[a-zéèêà])`, 'i');

/** A sentence opening with a definite type noun set off by a comma (« L'agence, rattachée à …, »). */
const DEFINITE_TYPE_SET_OFF = new RegExp(String.raw`^(?:l'|le\s+|la\s+|cette\s+|ce\s+|cet\s+)(${ORG_TYPE_ALTERNATION})\s*,`, 'i');

/** A fronted clause opened by a participle or « fort de », up to the comma, then the main clause's article. */
const FRONTED_CLAUSE = /^(?:[A-ZÉ][a-zéèêàç]+(?:é|ée|és|ées|u|ue|us|ues)|Forte?s?\s+d(?:e|')|Avec)\s[^,;.]{0,200},\s*(?:(?:le|la|les|cette|ce|cet)\s+|l')?/;

/** A past participle opening an event (« créée en 2011 », « fondé le … », « dissoute en … »). */
const APPOSED_PARTICIPLE = /^[a-zéèêàç]+(?:é|ée|és|ées|u|ue|us|ues|te|tes|it|ite)\s/;

/** The words of an email address, lowercase (« contact.dsn@exemple.gouv.fr » → contact, dsn, exemple, gouv, fr). */
function addressWords(email: string): Set<string> {
  return new Set(email.toLowerCase().split(/[.@_+-]+/));
}

/** Does an address spell this body: its acronym, or a capitalised word of its name, of 3 letters or more? */
function spells(words: ReadonlySet<string>, m: OrgMention): boolean {
  return spelledWords(m).some((w) => words.has(w));
}

/** The words of a body an address may spell: its acronym and the capitalised words of its name, of 3 letters or more, lowercase. */
function spelledWords(m: OrgMention): string[] {
  const own = [m.acronym ?? '', ...(m.name ?? '').split(/\s+/).filter((w) => /^[A-ZÉ]/.test(w))];
  return own.filter((w) => w.length >= 3).map((w) => w.toLowerCase());
}

/**
 * The first of `mentions` that an address's words spell (as `mentions.find((m) => spells(words, m))`), from an index
 * of the first mention spelling each word, built on the first question: a directory of a thousand addresses asked
 * each one against every mention of the page.
 */
function firstSpelledFinder(mentions: readonly OrgMention[]): (words: ReadonlySet<string>) => OrgMention | undefined {
  let firstByWord: Map<string, number> | undefined;
  return (words) => {
    if (!firstByWord) {
      firstByWord = new Map();
      for (const [i, m] of mentions.entries()) for (const w of spelledWords(m)) if (!firstByWord.has(w)) firstByWord.set(w, i);
    }
    let first = Infinity;
    for (const w of words) first = Math.min(first, firstByWord.get(w) ?? Infinity);
    return first === Infinity ? undefined : mentions[first];
  };
}

/** The end of a clause before a body named as a complement: « … relève du », « rattachée à la », « auprès de l' ». */
const PREPOSITION_BEFORE = /(?:^|\s)(?:du|des|de\s+la|de\s+l'|d'|au|aux|à\s+la|à\s+l'|auprès\s+du|auprès\s+de\s+la|auprès\s+de\s+l'|par\s+(?:le|la|l'))\s*$/i;

/** A verb coordinated with the sentence's first: « … et a été créée », « … et est devenue ». */
const COORDINATED_VERB = /(?:^|\s)et\s+(?:a|ont|est|sont|sera|seront|avait|était|fut)\s/i;
/** A clause about the body just named: « …, qui a été créé », « dont la suppression », « celle-ci ». */
const RELATIVE_CLAUSE = /(?:^|[\s,])(?:qui|dont|que|lequel|laquelle|lesquels|lesquelles|celle-ci|celui-ci)(?![\p{L}])/iu;

/**
 * Links facts to organisations by position: an event's subject is the organisation named before it in the
 * same sentence (or the one a leading pronoun points to), else the unit its section's heading names; a contact
 * belongs to the body its address spells, else to the unit presented just before it; a figure's subject is the
 * organisation named in its sentence, else the unit its section's heading names.
 */
function attachOrganisations(doc: SourceDocument, facts: Fact[], known: ReadonlySet<string>) {
  const text = prepared(doc.text);
  const { mentions } = findOrgMentions(text, known);
  // A pronoun or a contact standing after a list points back to the section's body, not to the list's last item.
  const inList = (pos: number) => lineAt(text, pos)?.kind === 'list-item';
  let outsideLists: OrgMention[] | undefined;
  const candidatesAt = (pos: number) => (inList(pos) ? mentions : (outsideLists ??= mentions.filter((m) => !inList(m.start))));
  // « L'agence compte … », « Cette direction … »: the last body of that type (computed once per type).
  const ofType = new Map<string, OrgMention[]>();
  const candidatesOfType = (type: string, pos: number) => {
    const key = `${type}|${inList(pos)}`;
    let list = ofType.get(key);
    if (!list) ofType.set(key, (list = candidatesAt(pos).filter((m) => m.type === type)));
    return list;
  };
  const inSentenceBefore = (pos: number, event = false): OrgMention | undefined => {
    const s = sentenceOf(text, pos);
    if (!s) return undefined;
    // « L'agence, rattachée à la délégation X, a été créée … »: the body in the apposition is not the subject.
    const setOff = DEFINITE_TYPE_SET_OFF.exec(s.text);
    const setOffType = setOff ? orgTypeOf(setOff[1]!) : undefined;
    if (setOffType && s.start + setOff![0].length <= pos) {
      const m = lastMentionBefore(text, candidatesOfType(setOffType, s.start), s.start);
      if (m) return m;
    }
    // « Installé par la CORE en juin 2026, l'OTER compte trois pôles »: the agent inside a fronted clause is not
    // the subject of what follows it.
    const fronted = FRONTED_CLAUSE.exec(s.text);
    const mainStart = fronted && s.start + fronted[0].length <= pos ? s.start + fronted[0].length : s.start;
    const before = firstMentionWithin(mentions, mainStart, pos + 1);
    // « Elle relève du ministère X et a été créée le … »: a body named in a complement of the pronoun's clause is not
    // the event's subject (not an impersonal « Il est créé auprès du ministère X une mission … »).
    // (Only when the event's verb is coordinated with the pronoun's, « … et a été créée », not in a clause of that body:
    // « … du secrétariat général, qui a été créé en 2015 ».)
    const complement =
      event && !!before && mainStart === s.start && /^(?:elle|il)\s/i.test(s.text) && !/^il\s+(?:est|sera|a\s+été)\s+(?:créé|institué|constitué)/i.test(s.text) &&
      PREPOSITION_BEFORE.test(text.clean.slice(s.start, before.start)) && COORDINATED_VERB.test(text.clean.slice(before.end, pos)) && !RELATIVE_CLAUSE.test(text.clean.slice(before.end, pos));
    if (before && !complement) return before;
    // « Elle … »; or a fronted clause, then the pronoun subject (« Créé par le décret du …, il a remplacé … »);
    // or a possessive (« Son directeur, …, a été nommé … »: the body's).
    const pronoun = /^(?:[^,;.]{3,200},\s*)?(elle|il|celle-ci|celui-ci|son|sa|ses|leur|leurs)\b/i.exec(s.text);
    if (pronoun) {
      const word = pronoun[1]!.toLowerCase();
      const gender = /^(?:elle|celle)/.test(word) ? 'f' : /^(?:il|celui)/.test(word) ? 'm' : undefined;
      return lastMentionBefore(text, candidatesAt(s.start), s.start, gender);
    }
    const definite = DEFINITE_TYPE_NOUN.exec(s.text);
    const type = definite ? orgTypeOf(definite[1]!) : undefined;
    if (type) return lastMentionBefore(text, candidatesOfType(type, s.start), s.start);
    return undefined;
  };
  // « la mission X, créée en 2011, … », « X (créée en 2001) »: a participle set off right after a body is about it.
  const apposedTo = (pos: number, sentenceStart: number): OrgMention | undefined => {
    if (!APPOSED_PARTICIPLE.test(text.clean.slice(pos, pos + 40))) return undefined;
    const before = mentions[mentionsEndingBy(mentions, pos) - 1];
    return before && before.start >= sentenceStart && /^\s*[,(]\s*$/.test(text.clean.slice(before.end, pos)) ? before : undefined;
  };
  // « Dotée d'un budget de 34 M€, l'agence … », « Forte de 300 agents, la direction … »: what a fronted clause
  // counts is the body that opens the main clause.
  const frontedFor = (pos: number): OrgMention | undefined => {
    const s = sentenceOf(text, pos);
    const fronted = s ? FRONTED_CLAUSE.exec(s.text) : null;
    if (!s || !fronted || pos >= s.start + fronted[0].length) return undefined;
    const m = firstMentionFrom(mentions, s.start + fronted[0].length);
    return m && m.start === s.start + fronted[0].length ? m : undefined;
  };
  // « ## Direction X » … « - Effectif : 320 agents »: the unit the heading of the section names.
  const sectionUnit = (pos: number) => sectionUnitAt(text, mentions, pos);
  const firstSpelled = firstSpelledFinder(mentions);
  const ref = (m: OrgMention | undefined): OrgRef | null => (m ? refOf(m) : null);
  for (const f of facts) {
    const d = f.data;
    if (d.kind === 'event' && !d.subject && !d.subject_name) {
      const s = sentenceOf(text, f.start);
      // (« Créée en 2029 au sein de la DAM, la mission X … »: an event of the fronted clause is the main subject's.)
      d.subject =
        ref(apposedTo(f.start, s?.start ?? 0)) ??
        ref(frontedFor(f.start)) ??
        ref(inSentenceBefore(f.start, true)) ??
        ref(firstMentionWithin(mentions, f.start, f.end)) ??
        (s ? ref(firstMentionWithin(mentions, s.start, s.end)) : null) ??
        ref(sectionUnit(f.start));
    } else if (d.kind === 'contact' && !d.organisation) {
      const presented = lastMentionBefore(text, candidatesAt(f.start), f.start);
      // « contact.dsn@exemple.gouv.fr » after a unit of another body: the address spells the body it belongs to,
      // unless it spells the unit presented too (« vega.dsn@… » after the programme Vega).
      const words = addressWords(d.email);
      d.organisation = ref(presented && spells(words, presented) ? presented : (firstSpelled(words) ?? presented));
    } else if (d.kind === 'figure' && !d.subject) {
      d.subject = ref(frontedFor(f.start)) ?? ref(inSentenceBefore(f.start)) ?? ref(sectionUnit(f.start));
    }
  }
}
