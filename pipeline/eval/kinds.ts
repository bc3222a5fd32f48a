/**
 * The measured fact kinds: for each, which gold entries and which predicted records of a text are compared, when
 * a record matches an entry (eval/GOLD-FORMAT.md, « Matching used by the scorer »), and how both are shown.
 * Pure.
 */
import { decodeHTML } from 'entities';
import { cleanCopyMoves, cleanText } from '../stages/extract/text.ts';
import type {
  CommitteeRecord,
  ContactRecord,
  EventRecord,
  FigureRecord,
  LegalTextRecord,
  LinkRecord,
  OrganisationRecord,
  PersonRecord,
  ProductRecord,
  Datasets,
} from '../types/records.ts';
import type {
  EvalNote,
  Gold,
  GoldCommittee,
  GoldContact,
  GoldEvent,
  GoldFigure,
  GoldLegalText,
  GoldLink,
  GoldOrganisation,
  GoldPerson,
  GoldProduct,
} from './gold.ts';
import {
  canonicaliseFigure,
  nameForms,
  namesMatch,
  normaliseEmail,
  normaliseLegalNumber,
  normaliseName,
  normaliseUrl,
  normaliseWord,
  sameNumber,
} from './normalise.ts';
import { scoreKind, type Score } from './score.ts';

/** The measured kinds, in report order. `acronyms` and `hierarchy` are measured on the organisations. */
export const KIND_NAMES = [
  'organisations',
  'acronyms',
  'hierarchy',
  'events',
  'legal_texts',
  'people',
  'products',
  'contacts',
  'figures',
  'committees',
  'links',
] as const;
export type KindName = (typeof KIND_NAMES)[number];

/** The kinds summed in the « all » row: every kind once (acronyms and hierarchy re-measure the organisations). */
export const BASE_KINDS: readonly KindName[] = KIND_NAMES.filter((kind) => kind !== 'acronyms' && kind !== 'hierarchy');

/** The datasets of a build the evaluation reads (a missing dataset is an empty list). */
export type BuildDatasets = Omit<Datasets, 'conflicts' | 'facts'>;

/** What the kinds see of one text: its gold, its source id in the build, and the whole build. */
export interface TextContext {
  gold: Gold;
  sourceId: string;
  datasets: BuildDatasets;
  organisationsById: ReadonlyMap<string, OrganisationRecord>;
  /** The text itself, when it could be read: used to set aside attributes merged in from other texts. */
  text: TextIndex | null;
}

/** A text prepared for « does it mention X? »: raw (for acronyms, case sensitive) and normalised (for names). */
export interface TextIndex {
  raw: string;
  normalised: string;
}

export function indexText(source: string): TextIndex {
  // A file whose words its format moves (a raw e-mail's quoted-printable lines, a subtitle file's cues, an agenda's
  // folded lines) is read as the pipeline's clean copy shows it: « num=C3=A9rique » writes « numérique ».
  const raw = cleanCopyMoves(source) ? cleanText(source) : source;
  // HTML tags are markup, not words: « solidarités</strong> » writes « solidarités »; character references are
  // characters: « strat&eacute;gie » writes « stratégie ».
  const decoded = decodeHTML(raw.replace(/<\/?[a-zA-Z][^<>]*>/g, ' '));
  return { raw: decodeHTML(raw), normalised: ` ${normaliseName(decoded)} ` };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** Whether the text writes the acronym as a whole word (case sensitive). */
export function mentionsAcronym(text: TextIndex, acronym: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(acronym)}(?![\\p{L}\\p{N}])`, 'u').test(text.raw);
}

/** Whether the text writes the name (normalised, with or without its leading type word). */
export function mentionsName(text: TextIndex, name: string | null): boolean {
  if (name === null) return false;
  const forms = nameForms([name]);
  return [...forms.full, ...forms.stripped].some((form) => text.normalised.includes(` ${form} `));
}

function mentionsOrganisation(text: TextIndex, record: OrganisationRecord): boolean {
  return (
    (typeof record.acronym === 'string' && mentionsAcronym(text, record.acronym)) ||
    [record.name, ...strings(record.alt_names)].some((name) => mentionsName(text, name ?? null))
  );
}

/** A gold organisation with a stated parent, the parent resolved among the same file's organisations when possible. */
export interface GoldHierarchy {
  child: GoldOrganisation;
  parent_ref: string;
  parent: GoldOrganisation | null;
}

/** A predicted organisation with a parent_id, and the record that id points to (null when it points nowhere). */
export interface PredictedHierarchy {
  child: OrganisationRecord;
  parent: OrganisationRecord | null;
}

/** A predicted record set aside, and why. */
export interface Ignored<P> {
  item: P;
  reason: string;
}

export interface KindDefinition<G, P> {
  name: KindName;
  gold(context: TextContext): G[];
  /** Records predicted for the text; `ignored` are neither true nor false positives (see GOLD-FORMAT.md). */
  predicted(context: TextContext): { items: P[]; ignored: Array<Ignored<P>> };
  match(gold: G, predicted: P): boolean;
  labelGold(gold: G): string;
  labelPredicted(predicted: P): string;
  idOf(predicted: P): string;
}

function ofText<R extends { sources?: unknown }>(records: readonly R[], sourceId: string): R[] {
  return records.filter((record) => Array.isArray(record.sources) && (record.sources as unknown[]).includes(sourceId));
}

function byId<R extends { id: string }>(records: R[]): R[] {
  return [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function goldOrganisationForms(entry: GoldOrganisation) {
  return nameForms([entry.name, ...entry.alt_names]);
}

function recordForms(record: OrganisationRecord) {
  return nameForms([record.name, ...strings(record.alt_names)]);
}

/**
 * A predicted organisation matches a gold one when they share the acronym (exact, case sensitive; a record's
 * alt_names and the gold's alt_names count as acronyms too) or a name (normalised, see normalise.ts).
 */
export function organisationMatches(gold: GoldOrganisation, record: OrganisationRecord): boolean {
  const recordAltNames = strings(record.alt_names);
  if (gold.acronym !== null && (gold.acronym === record.acronym || recordAltNames.includes(gold.acronym))) return true;
  if (record.acronym !== null && record.acronym !== undefined && gold.alt_names.includes(record.acronym)) return true;
  return namesMatch(goldOrganisationForms(gold), recordForms(record));
}

/** Whether a reference written in a gold file (« DSIN », « département Données ») designates the gold organisation. */
export function referencesOrganisation(reference: string, entry: GoldOrganisation): boolean {
  if (entry.acronym === reference || entry.alt_names.includes(reference)) return true;
  return namesMatch(nameForms([reference]), goldOrganisationForms(entry));
}

/** Resolves a gold parent reference among the organisations of the same gold file (first match), or null. */
export function resolveGoldParent(gold: Gold, reference: string, child: GoldOrganisation): GoldOrganisation | null {
  return gold.organisations.find((entry) => entry !== child && referencesOrganisation(reference, entry)) ?? null;
}

function parentMatches(gold: GoldHierarchy, record: OrganisationRecord): boolean {
  if (gold.parent !== null && organisationMatches(gold.parent, record)) return true;
  if (record.acronym === gold.parent_ref) return true;
  return namesMatch(nameForms([gold.parent_ref]), recordForms(record));
}

/** Gold organisations that are committees of the same text: predicted organisations matching them are ignored. */
function isGoldCommittee(context: TextContext, record: OrganisationRecord): boolean {
  const forms = recordForms(record);
  return context.gold.committees.some((committee) =>
    namesMatch(nameForms([committee.name, ...committee.alt_names]), forms),
  );
}

function predictedOrganisations(context: TextContext): {
  items: OrganisationRecord[];
  ignored: Array<Ignored<OrganisationRecord>>;
} {
  const items: OrganisationRecord[] = [];
  const ignored: Array<Ignored<OrganisationRecord>> = [];
  for (const record of byId(ofText(context.datasets.organisations, context.sourceId))) {
    const matchesAnOrganisation = context.gold.organisations.some((entry) => organisationMatches(entry, record));
    if (!matchesAnOrganisation && isGoldCommittee(context, record)) {
      ignored.push({ item: record, reason: 'a committee of the gold' });
    } else {
      items.push(record);
    }
  }
  return { items, ignored };
}

function labelOrganisation(entry: { name: string | null; acronym: string | null }): string {
  if (entry.name !== null && entry.acronym !== null) return `${entry.acronym} — ${entry.name}`;
  return entry.acronym ?? entry.name ?? '(no name)';
}

function orNull(value: string | null | undefined, fallback = '—'): string {
  return value === null || value === undefined || value === '' ? fallback : value;
}

const organisations: KindDefinition<GoldOrganisation, OrganisationRecord> = {
  name: 'organisations',
  gold: (context) => context.gold.organisations,
  predicted: predictedOrganisations,
  match: organisationMatches,
  labelGold: (entry) => `${labelOrganisation(entry)}${entry.type ? ` (${entry.type})` : ''}`,
  labelPredicted: (record) => `${labelOrganisation(record)}${record.type ? ` (${record.type})` : ''}`,
  idOf: (record) => record.id,
};

/**
 * The acronym as the record publishes it, plus the case variants the sources wrote (kept in alt_names when
 * sources disagree on case: « DSIN » / « Dsin » are one body, and each text is scored on its own spelling).
 */
function acronymVariants(record: OrganisationRecord): string[] {
  if (!record.acronym) return [];
  const upper = record.acronym.toUpperCase();
  return [record.acronym, ...record.alt_names.filter((a) => a !== record.acronym && a.toUpperCase() === upper)];
}

const acronyms: KindDefinition<GoldOrganisation, OrganisationRecord> = {
  name: 'acronyms',
  gold: (context) => context.gold.organisations.filter((entry) => entry.name !== null && entry.acronym !== null),
  predicted: (context) => {
    const { items, ignored } = predictedOrganisations(context);
    const paired = (record: OrganisationRecord) => Boolean(record.name) && Boolean(record.acronym);
    const kept: OrganisationRecord[] = [];
    const setAside = ignored.filter(({ item }) => paired(item));
    for (const record of items.filter(paired)) {
      // A record merged from several texts may carry a name and an acronym that this text never writes together:
      // the pairing then comes from another text, where it is scored. (The text's own spelling of the name may be
      // one of the record's alt_names: « Agence des titres et identités numériques » for « … et de l'identité … ».)
      const text = context.text;
      // (Names of several words only: an alt name may be an acronym's other case, which the text writing it alone
      // does not make a pairing; nor the name shortened, « direction interministérielle », which says less than it.)
      // (Nor one that holds the acronym as a word, « Agence Atin », « la Atin ».)
      const acronymWord = (name: string) => acronymVariants(record).some((a) => name.toLowerCase().split(/[\s'’]+/).includes(a.toLowerCase()));
      const names = [record.name, ...strings(record.alt_names).filter((name) => name.includes(' ') && !acronymWord(name) && !(record.name ?? '').toLowerCase().startsWith(name.toLowerCase()))];
      if (text !== null && !(acronymVariants(record).some((a) => mentionsAcronym(text, a)) && names.some((name) => mentionsName(text, name)))) {
        setAside.push({ item: record, reason: 'the text does not write both the name and the acronym' });
      } else {
        kept.push(record);
      }
    }
    return { items: kept, ignored: setAside };
  },
  match: (entry, record) =>
    entry.acronym !== null && acronymVariants(record).includes(entry.acronym) && namesMatch(goldOrganisationForms(entry), recordForms(record)),
  labelGold: labelOrganisation,
  labelPredicted: labelOrganisation,
  idOf: (record) => record.id,
};

const hierarchy: KindDefinition<GoldHierarchy, PredictedHierarchy> = {
  name: 'hierarchy',
  gold: (context) =>
    context.gold.organisations.flatMap((child) =>
      child.parent === null
        ? []
        : [{ child, parent_ref: child.parent, parent: resolveGoldParent(context.gold, child.parent, child) }],
    ),
  predicted: (context) => {
    const { items, ignored } = predictedOrganisations(context);
    const withParent = (records: OrganisationRecord[]): PredictedHierarchy[] =>
      records
        .filter((record) => typeof record.parent_id === 'string' && record.parent_id !== '')
        .map((child) => ({ child, parent: context.organisationsById.get(child.parent_id ?? '') ?? null }));
    const kept: PredictedHierarchy[] = [];
    const setAside: Array<Ignored<PredictedHierarchy>> = ignored.flatMap(({ item, reason }) =>
      withParent([item]).map((relation) => ({ item: relation, reason })),
    );
    for (const relation of withParent(items)) {
      // A parent this text never mentions was merged in from another text, where the relation is scored.
      const text = context.text;
      if (text !== null && relation.parent !== null && !mentionsOrganisation(text, relation.parent)) {
        setAside.push({ item: relation, reason: 'the text does not mention the parent' });
      } else {
        kept.push(relation);
      }
    }
    return { items: kept, ignored: setAside };
  },
  match: (gold, predicted) =>
    predicted.parent !== null &&
    organisationMatches(gold.child, predicted.child) &&
    parentMatches(gold, predicted.parent),
  labelGold: (gold) => `${labelOrganisation(gold.child)} → ${gold.parent_ref}`,
  labelPredicted: (predicted) =>
    `${labelOrganisation(predicted.child)} → ${predicted.parent === null ? `? (${predicted.child.parent_id ?? ''} not found)` : labelOrganisation(predicted.parent)}`,
  idOf: (predicted) => predicted.child.id,
};

/**
 * The event types annotators choose from (eval/GOLD-FORMAT.md). The datasets know one more, « attachment » (a unit
 * placed under another); an annotator files that event under « other », so the scorer reads it so.
 */
const GOLD_EVENT_TYPES = new Set(['creation', 'renaming', 'merger', 'replacement', 'suppression', 'launch', 'publication', 'appointment', 'start', 'other']);
const asGoldEventType = (type: string): string => (GOLD_EVENT_TYPES.has(type) ? type : 'other');

const events: KindDefinition<GoldEvent, EventRecord> = {
  name: 'events',
  gold: (context) => context.gold.events,
  predicted: (context) => ({ items: byId(ofText(context.datasets.events, context.sourceId)), ignored: [] }),
  match: (entry, record) =>
    entry.date.trim() === record.date && normaliseWord(entry.type) === normaliseWord(asGoldEventType(record.type)),
  labelGold: (entry) => `${entry.date} ${entry.type} ${orNull(entry.subject)}`,
  labelPredicted: (record) => `${record.date} ${record.type} ${orNull(record.subject_name ?? record.subject_id)}`,
  idOf: (record) => record.id,
};

const legalTexts: KindDefinition<GoldLegalText, LegalTextRecord> = {
  name: 'legal_texts',
  gold: (context) => context.gold.legal_texts,
  predicted: (context) => ({ items: byId(ofText(context.datasets.legal_texts, context.sourceId)), ignored: [] }),
  match: (entry, record) => {
    if (normaliseWord(entry.type) !== normaliseWord(record.type)) return false;
    if (entry.number !== null) {
      return (
        typeof record.number === 'string' && normaliseLegalNumber(entry.number) === normaliseLegalNumber(record.number)
      );
    }
    return (entry.date ?? null) === (record.date ?? null);
  },
  labelGold: (entry) => `${entry.type} ${orNull(entry.number, 's.n.')} (${orNull(entry.date, 'no date')})`,
  labelPredicted: (record) => `${record.type} ${orNull(record.number, 's.n.')} (${orNull(record.date, 'no date')})`,
  idOf: (record) => record.id,
};

const people: KindDefinition<GoldPerson, PersonRecord> = {
  name: 'people',
  gold: (context) => context.gold.people,
  predicted: (context) => ({ items: byId(ofText(context.datasets.people, context.sourceId)), ignored: [] }),
  match: (entry, record) => normaliseName(entry.name) === normaliseName(record.name),
  labelGold: (entry) => `${entry.name} (${orNull(entry.role)}, ${orNull(entry.organisation)})`,
  labelPredicted: (record) => `${record.name} (${orNull(record.role)}, ${orNull(record.organisation_id)})`,
  idOf: (record) => record.id,
};

const products: KindDefinition<GoldProduct, ProductRecord> = {
  name: 'products',
  gold: (context) => context.gold.products,
  predicted: (context) => ({ items: byId(ofText(context.datasets.products, context.sourceId)), ignored: [] }),
  // (A product's acronym is one of its names, as written: « API CEL » for « API Certificats énergétiques des
  // logements »; an entry written « Sia » is not the acronym « SIA ».)
  match: (entry, record) => namesMatch(nameForms([entry.name, ...entry.alt_names]), nameForms([record.name, ...strings(record.alt_names)])) || (!!record.acronym && [entry.name, ...entry.alt_names].includes(record.acronym)),
  labelGold: (entry) => `${entry.name}${entry.operator ? ` (${entry.operator})` : ''}`,
  labelPredicted: (record) => `${record.name}${record.operator_id ? ` (${record.operator_id})` : ''}`,
  idOf: (record) => record.id,
};

const contacts: KindDefinition<GoldContact, ContactRecord> = {
  name: 'contacts',
  gold: (context) => context.gold.contacts,
  predicted: (context) => ({ items: byId(ofText(context.datasets.contacts, context.sourceId)), ignored: [] }),
  match: (entry, record) => normaliseEmail(entry.email) === normaliseEmail(record.email),
  labelGold: (entry) => entry.email,
  labelPredicted: (record) => record.email,
  idOf: (record) => record.id,
};

/** A figure matches when value and unit agree after canonicalisation (multipliers, %, singular head word). */
export function figureMatches(
  entry: { value: number; unit: string },
  record: { value: number; unit: string },
): boolean {
  const a = canonicaliseFigure(entry.value, entry.unit);
  const b = canonicaliseFigure(record.value, record.unit);
  return a.unit === b.unit && sameNumber(a.value, b.value);
}

const figures: KindDefinition<GoldFigure, FigureRecord> = {
  name: 'figures',
  gold: (context) => context.gold.figures,
  predicted: (context) => ({ items: byId(ofText(context.datasets.figures, context.sourceId)), ignored: [] }),
  match: figureMatches,
  labelGold: (entry) => `${entry.qualifier ? `${entry.qualifier} ` : ''}${entry.value} ${entry.unit}`,
  labelPredicted: (record) =>
    `${record.qualifier ? `${record.qualifier} ` : ''}${record.value} ${record.unit}${record.quote ? ` « ${record.quote} »` : ''}`,
  idOf: (record) => record.id,
};

const committees: KindDefinition<GoldCommittee, CommitteeRecord> = {
  name: 'committees',
  gold: (context) => context.gold.committees,
  predicted: (context) => ({ items: byId(ofText(context.datasets.committees, context.sourceId)), ignored: [] }),
  match: (entry, record) => namesMatch(nameForms([entry.name, ...entry.alt_names]), nameForms([record.name, ...strings(record.alt_names)])),
  labelGold: (entry) => `${entry.name} (${orNull(entry.frequency)})`,
  labelPredicted: (record) => `${record.name} (${orNull(record.frequency)})`,
  idOf: (record) => record.id,
};

const links: KindDefinition<GoldLink, LinkRecord> = {
  name: 'links',
  gold: (context) => context.gold.links,
  predicted: (context) => ({ items: byId(ofText(context.datasets.links, context.sourceId)), ignored: [] }),
  match: (entry, record) => normaliseUrl(entry.url) === normaliseUrl(record.url),
  labelGold: (entry) => entry.url,
  labelPredicted: (record) => record.url,
  idOf: (record) => record.id,
};

/** What scoring one kind on one text gives: counts, and what was missed or found wrongly, as labels. */
export interface TextKindResult {
  score: Score;
  misses: Array<{ label: string; entry: unknown }>;
  false_finds: Array<{ id: string; label: string }>;
  /** Predicted records set aside (neither true nor false positives), and why. */
  ignored: Array<{ id: string; label: string; reason: string }>;
}

/** A kind with its entry and record types hidden, so that all kinds fit in one list. */
export interface Kind {
  name: KindName;
  score(context: TextContext): TextKindResult;
}

/** Hides a definition's types behind `score`: the only place gold entries meet records. */
export function defineKind<G, P>(definition: KindDefinition<G, P>): Kind {
  return {
    name: definition.name,
    score(context) {
      const { items, ignored } = definition.predicted(context);
      const result = scoreKind(definition.gold(context), items, (gold, predicted) => definition.match(gold, predicted));
      const { matches: _matches, misses, false_finds, ...score } = result;
      return {
        score,
        misses: misses.map((entry) => ({ label: definition.labelGold(entry), entry })),
        false_finds: false_finds.map((record) => ({
          id: definition.idOf(record),
          label: definition.labelPredicted(record),
        })),
        ignored: ignored.map(({ item, reason }) => ({
          id: definition.idOf(item),
          label: definition.labelPredicted(item),
          reason,
        })),
      };
    },
  };
}

/** Every kind, in report order. */
export const KINDS: readonly Kind[] = [
  defineKind(organisations),
  defineKind(acronyms),
  defineKind(hierarchy),
  defineKind(events),
  defineKind(legalTexts),
  defineKind(people),
  defineKind(products),
  defineKind(contacts),
  defineKind(figures),
  defineKind(committees),
  defineKind(links),
];

/** The definitions themselves, for tests and for tools that need the matching of one kind. */
export const DEFINITIONS = {
  organisations,
  acronyms,
  hierarchy,
  events,
  legal_texts: legalTexts,
  people,
  products,
  contacts,
  figures,
  committees,
  links,
} as const;

/** Notes about a gold file's internal references (a parent that names no organisation of the file). */
export function checkGoldReferences(path: string, gold: Gold): EvalNote[] {
  const notes: EvalNote[] = [];
  for (const child of gold.organisations) {
    if (child.parent !== null && resolveGoldParent(gold, child.parent, child) === null) {
      notes.push({
        code: 'gold-parent-unresolved',
        severity: 'warning',
        file: path,
        message: `${path}: the parent « ${child.parent} » of « ${child.name ?? child.acronym ?? ''} » names no organisation of the file; it is compared with the predicted parent's name and acronym only`,
      });
    }
  }
  return notes;
}
