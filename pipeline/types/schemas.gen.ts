/* eslint-disable */
/**
 * GENERATED FILE — do not edit. Source: schemas/*.schema.json (the published contract) and
 * schemas/datasets.json (dataset order). Regenerate with `npm run gen:types`;
 * tests/schemas/gen-types.test.ts fails when this file drifts from the schemas.
 */

// sources: schemas/sources.schema.json
/**
 * The source documents the datasets were extracted from: one record per text, with its provenance and the sha256 of its bytes. Every other record points to one or more sources.
 */
export interface SourceRecord {
  /**
   * Stable identifier of the source document (the manifest id, or the file name without extension), unique within the dataset. URL-safe: ASCII letters, digits, ".", "_", "~" and "-", starting with a letter or a digit. The record's IRI is https://etat-numerique.github.io/id/<dataset>/<id>.
   */
  id: string;
  /**
   * Path of the text in the sources folder of the repository, relative, with forward slashes.
   */
  file: string;
  /**
   * Title of the document, from the sources manifest or the text's front matter. Null when unknown.
   */
  title: string | null;
  /**
   * Language of the text as a BCP 47 tag (e.g. "fr").
   */
  language: string;
  /**
   * Where the text comes from (publisher, web address or repository), as recorded in the sources manifest. Null when unknown.
   */
  origin: string | null;
  /**
   * Licence of the source text, as recorded in the sources manifest (e.g. "Licence Ouverte 2.0"). Null when unknown.
   */
  licence: string | null;
  /**
   * The document's own publication date, ISO 8601 at the precision known: day (2019-10-25), month (2019-10) or year (2019). Used to resolve relative dates. Null when unknown.
   */
  date: string | null;
  /**
   * SHA-256 of the file's bytes, lowercase hexadecimal. Identifies the exact version of the text that was read.
   */
  sha256: string;
  /**
   * Length of the text in UTF-16 code units: fact offsets (`facts.start`, `facts.end`) point into it.
   */
  characters: number;
}

// organisations: schemas/organisations.schema.json
/**
 * Public bodies, units, programmes and networks named by the texts, merged across sources: name, acronym, type, parent unit and founding date.
 */
export type OrganisationRecord = {
  [k: string]: unknown | undefined;
} & {
  /**
   * Stable identifier of the organisation, unique within the dataset. URL-safe: ASCII letters, digits, ".", "_", "~" and "-", starting with a letter or a digit. The record's IRI is https://etat-numerique.github.io/id/<dataset>/<id>.
   */
  id: string;
  /**
   * Full name as written (without the leading article), e.g. "direction interministérielle du numérique". Null when the organisation is known only by its acronym.
   */
  name: string | null;
  /**
   * Acronym or short name given by a text for this organisation, case kept (e.g. "DINUM", "3DS"). Null when none is given.
   */
  acronym: string | null;
  /**
   * Kind of organisation, from the type word that starts its name (direction, département, mission, agence…). Null when the name has no type word.
   */
  type:
    | 'direction'
    | 'délégation'
    | 'département'
    | 'mission'
    | 'pôle'
    | 'programme'
    | 'agence'
    | 'service'
    | 'ministère'
    | 'incubateur'
    | 'réseau'
    | 'secrétariat'
    | 'conseil'
    | 'comité'
    | 'commission'
    | 'autorité'
    | 'institut'
    | 'bureau'
    | 'cellule'
    | 'brigade'
    | 'établissement'
    | 'fabrique'
    | 'organisation'
    | null;
  /**
   * Id of the parent organisation (dataset `organisations`) when a text states it ("le département X de la direction Y", or a list of the sub-units of Y). Null when the text does not say.
   */
  parent_id: string | null;
  /**
   * Other names and spellings met in the texts (former names, variants), without duplicates. In CSV: joined with "|".
   */
  alt_names: string[];
  /**
   * Founding date as stated by a text, ISO 8601 at the stated precision: "2019-10-25", "2019-10", "2001", or a period "2015/2018". Null when unknown.
   */
  founding_date: string | null;
  /**
   * Precision of `founding_date` as stated by the text: "day" (2019-10-25), "month" (2019-10), "year" (2001) or "period" (2023/2027). A date is never padded to a finer precision. Null exactly when `founding_date` is null.
   */
  founding_date_precision: 'day' | 'month' | 'year' | 'period' | null;
  /**
   * Ids of the source documents (dataset `sources`) this record was read from, in the order they were merged. In CSV: joined with "|".
   *
   * @minItems 1
   */
  sources: string[];
  /**
   * Ids of the atomic facts (dataset `facts`) that support this record; each fact gives the source, the character span and the exact quote. In CSV: joined with "|".
   *
   * @minItems 1
   */
  fact_ids: string[];
};

// events: schemas/events.schema.json
/**
 * Dated events of the organisations and programmes (creation, renaming, merger, replacement, suppression, launch, publication, appointment…), each with its date at the precision the text gives.
 */
export type EventRecord = {
  /**
   * Stable identifier of the event, unique within the dataset. URL-safe: ASCII letters, digits, ".", "_", "~" and "-", starting with a letter or a digit. The record's IRI is https://etat-numerique.github.io/id/<dataset>/<id>.
   */
  id: string;
  /**
   * Date of the event, ISO 8601 at the precision stated by the text: "2019-10-25" (day), "2019-10" (month), "2001" (year) or an interval "2023/2027" (period; an open end is written ".."). Never padded.
   */
  date: string;
  /**
   * Precision of `date` as stated by the text: "day" (2019-10-25), "month" (2019-10), "year" (2001) or "period" (2023/2027). A date is never padded to a finer precision.
   */
  date_precision: 'day' | 'month' | 'year' | 'period';
  /**
   * For a period: its start, ISO 8601 at its own precision ("2023"). Null for a single date or an open start.
   */
  date_start: string | null;
  /**
   * For a period: its end, ISO 8601 at its own precision ("2027"). Null for a single date or an open end.
   */
  date_end: string | null;
  /**
   * Qualifier of the date kept from the text ("fin", "début", "courant", "depuis", "vers"…). Null when the date is plain.
   */
  date_qualifier: string | null;
  /**
   * Kind of event: creation, renaming, merger, replacement, suppression, launch, publication, appointment, attachment, start or other.
   */
  type:
    | 'creation'
    | 'renaming'
    | 'merger'
    | 'replacement'
    | 'suppression'
    | 'launch'
    | 'publication'
    | 'appointment'
    | 'attachment'
    | 'start'
    | 'other';
  /**
   * Id of the organisation the event is about (dataset `organisations`). Null when the text does not say.
   */
  subject_id: string | null;
  /**
   * Name of what the event is about when it is not an organisation (a product, a text, a programme…), as written. Null otherwise.
   */
  subject_name: string | null;
  /**
   * Short description of the event, in the words of the text.
   */
  description: string;
  /**
   * Id of the legal text (dataset `legal_texts`) that enacts the event, when the text names one. Null when the text does not say.
   */
  legal_text_id: string | null;
  /**
   * Ids of the source documents (dataset `sources`) this record was read from, in the order they were merged. In CSV: joined with "|".
   *
   * @minItems 1
   */
  sources: string[];
  /**
   * Ids of the atomic facts (dataset `facts`) that support this record; each fact gives the source, the character span and the exact quote. In CSV: joined with "|".
   *
   * @minItems 1
   */
  fact_ids: string[];
};

// legal_texts: schemas/legal_texts.schema.json
/**
 * Legal and regulatory texts cited by the sources (décrets, arrêtés, lois, circulaires…), with their number and date as separate fields.
 */
export type LegalTextRecord = {
  /**
   * Stable identifier of the legal text, unique within the dataset. URL-safe: ASCII letters, digits, ".", "_", "~" and "-", starting with a letter or a digit. The record's IRI is https://etat-numerique.github.io/id/<dataset>/<id>.
   */
  id: string;
  /**
   * Kind of text: décret, arrêté, loi, ordonnance, circulaire, instruction, directive, règlement or délibération.
   */
  type:
    | 'décret'
    | 'arrêté'
    | 'loi'
    | 'ordonnance'
    | 'circulaire'
    | 'instruction'
    | 'directive'
    | 'règlement'
    | 'délibération';
  /**
   * Official number as written, without « n° » (e.g. "2019-1088"). Null when the text is cited without a number.
   */
  number: string | null;
  /**
   * Date of signature, ISO 8601 at the precision stated ("2019-10-25", "2019-10", "2019"). Null when not stated.
   */
  date: string | null;
  /**
   * Precision of `date` as stated by the text: "day" (2019-10-25), "month" (2019-10), "year" (2001) or "period" (2023/2027). A date is never padded to a finer precision. Null exactly when `date` is null.
   */
  date_precision: 'day' | 'month' | 'year' | 'period' | null;
  /**
   * Title of the text as cited ("portant création de…"). Null when not given.
   */
  title: string | null;
  /**
   * Ids of the source documents (dataset `sources`) this record was read from, in the order they were merged. In CSV: joined with "|".
   *
   * @minItems 1
   */
  sources: string[];
  /**
   * Ids of the atomic facts (dataset `facts`) that support this record; each fact gives the source, the character span and the exact quote. In CSV: joined with "|".
   *
   * @minItems 1
   */
  fact_ids: string[];
};

// people: schemas/people.schema.json
/**
 * People named by the texts with their role and organisation (directors, delegates, ministers…). Titles (M., Mme) are not part of names.
 */
export interface PersonRecord {
  /**
   * Stable identifier of the person, unique within the dataset. URL-safe: ASCII letters, digits, ".", "_", "~" and "-", starting with a letter or a digit. The record's IRI is https://etat-numerique.github.io/id/<dataset>/<id>.
   */
  id: string;
  /**
   * Full name as written, without title (e.g. "Henri Verdier").
   */
  name: string;
  /**
   * Role or function as written ("directeur", "déléguée générale"…). Null when not stated.
   */
  role: string | null;
  /**
   * Id of the organisation (dataset `organisations`) the person works for in that role. Null when the text does not say.
   */
  organisation_id: string | null;
  /**
   * Ids of the source documents (dataset `sources`) this record was read from, in the order they were merged. In CSV: joined with "|".
   *
   * @minItems 1
   */
  sources: string[];
  /**
   * Ids of the atomic facts (dataset `facts`) that support this record; each fact gives the source, the character span and the exact quote. In CSV: joined with "|".
   *
   * @minItems 1
   */
  fact_ids: string[];
}

// products: schemas/products.schema.json
/**
 * Digital products and public services named by the texts (platforms, software, APIs, programmes' deliverables), with the organisation that runs them.
 */
export interface ProductRecord {
  /**
   * Stable identifier of the product, unique within the dataset. URL-safe: ASCII letters, digits, ".", "_", "~" and "-", starting with a letter or a digit. The record's IRI is https://etat-numerique.github.io/id/<dataset>/<id>.
   */
  id: string;
  /**
   * Name of the product or service as written (e.g. "FranceConnect").
   */
  name: string;
  /**
   * Acronym or short name a text gives the product, case kept (e.g. "RIE", "API CEL"): written in parentheses or after a dash next to its name, « Réseau interministériel de l'État (RIE) », when it spells the name; not the acronym of the body that runs it. Null when none is given.
   */
  acronym: string | null;
  /**
   * Other spellings of the name met in the texts (« API Ressources » and « API ressources », « Sésame-Agent » and « Sésame Agents »), sorted, without the name itself or duplicates. In CSV: joined with "|".
   */
  alt_names: string[];
  /**
   * Kind of product in the text's words ("plateforme", "logiciel", "API"…). Null when not stated.
   */
  type: string | null;
  /**
   * Id of the organisation (dataset `organisations`) that builds or runs it. Null when the text does not say.
   */
  operator_id: string | null;
  /**
   * Short description from the text. Null when none.
   */
  description: string | null;
  /**
   * Ids of the source documents (dataset `sources`) this record was read from, in the order they were merged. In CSV: joined with "|".
   *
   * @minItems 1
   */
  sources: string[];
  /**
   * Ids of the atomic facts (dataset `facts`) that support this record; each fact gives the source, the character span and the exact quote. In CSV: joined with "|".
   *
   * @minItems 1
   */
  fact_ids: string[];
}

// contacts: schemas/contacts.schema.json
/**
 * Contact email addresses published in the texts, with the organisation they belong to.
 */
export interface ContactRecord {
  /**
   * Stable identifier of the contact, unique within the dataset. URL-safe: ASCII letters, digits, ".", "_", "~" and "-", starting with a letter or a digit. The record's IRI is https://etat-numerique.github.io/id/<dataset>/<id>.
   */
  id: string;
  /**
   * Email address, exactly as published (lowercase domain).
   */
  email: string;
  /**
   * Id of the organisation (dataset `organisations`) the address belongs to, when the text says so. In JSON-LD the organisation points to the contact point (schema:contactPoint). Null when the text does not say.
   */
  organisation_id: string | null;
  /**
   * Ids of the source documents (dataset `sources`) this record was read from, in the order they were merged. In CSV: joined with "|".
   *
   * @minItems 1
   */
  sources: string[];
  /**
   * Ids of the atomic facts (dataset `facts`) that support this record; each fact gives the source, the character span and the exact quote. In CSV: joined with "|".
   *
   * @minItems 1
   */
  fact_ids: string[];
}

// figures: schemas/figures.schema.json
/**
 * Numbers with a unit that measure something (budgets, headcounts, users, sites…), with the qualifier and the exact quote they come from.
 */
export interface FigureRecord {
  /**
   * Stable identifier of the figure, unique within the dataset. URL-safe: ASCII letters, digits, ".", "_", "~" and "-", starting with a letter or a digit. The record's IRI is https://etat-numerique.github.io/id/<dataset>/<id>.
   */
  id: string;
  /**
   * The number as a plain decimal value (« 14 000 » → 14000, « 1,5 » → 1.5, « 90 % » → 90). May be negative.
   */
  value: number;
  /**
   * Unit in its base form as written ("sites", "%", "M€", "agents", "utilisateurs").
   */
  unit: string;
  /**
   * Qualifier before the number ("près de", "plus de", "environ", "jusqu'à"). Null when the number is plain.
   */
  qualifier: string | null;
  /**
   * What is measured, in the text's words ("sites", "coûts de maintenance"). Null when only the unit says it.
   */
  measure: string | null;
  /**
   * Id of the organisation (dataset `organisations`) the figure is about. Null when the text does not say.
   */
  subject_id: string | null;
  /**
   * The sentence or phrase of the source that states the figure, exactly as written.
   */
  quote: string;
  /**
   * Ids of the source documents (dataset `sources`) this record was read from, in the order they were merged. In CSV: joined with "|".
   *
   * @minItems 1
   */
  sources: string[];
  /**
   * Ids of the atomic facts (dataset `facts`) that support this record; each fact gives the source, the character span and the exact quote. In CSV: joined with "|".
   *
   * @minItems 1
   */
  fact_ids: string[];
}

// committees: schemas/committees.schema.json
/**
 * Governance bodies described by the texts (steering committees, councils, networks' meetings) with their frequency, participants and topics.
 */
export interface CommitteeRecord {
  /**
   * Stable identifier of the committee, unique within the dataset. URL-safe: ASCII letters, digits, ".", "_", "~" and "-", starting with a letter or a digit. The record's IRI is https://etat-numerique.github.io/id/<dataset>/<id>.
   */
  id: string;
  /**
   * Name of the body as written (e.g. "Comité de pilotage").
   */
  name: string;
  /**
   * Other spellings of the name met in the texts (« comité ministériel de la donnée » and « … des données »), sorted, without the name itself or duplicates. In CSV: joined with "|".
   */
  alt_names: string[];
  /**
   * How often it meets, as written ("semestrielle", "mensuelle"…). Null when not stated.
   */
  frequency: string | null;
  /**
   * Participants as written (organisations, roles or people), in the order of the text. In CSV: joined with "|".
   */
  participants: string[];
  /**
   * Topics or purpose, as written, in the order of the text. In CSV: joined with "|".
   */
  topics: string[];
  /**
   * Ids of the source documents (dataset `sources`) this record was read from, in the order they were merged. In CSV: joined with "|".
   *
   * @minItems 1
   */
  sources: string[];
  /**
   * Ids of the atomic facts (dataset `facts`) that support this record; each fact gives the source, the character span and the exact quote. In CSV: joined with "|".
   *
   * @minItems 1
   */
  fact_ids: string[];
}

// links: schemas/links.schema.json
/**
 * Web addresses (http or https) cited by the texts, with their link text.
 */
export interface LinkRecord {
  /**
   * Stable identifier of the link, unique within the dataset. URL-safe: ASCII letters, digits, ".", "_", "~" and "-", starting with a letter or a digit. The record's IRI is https://etat-numerique.github.io/id/<dataset>/<id>.
   */
  id: string;
  /**
   * Absolute http(s) address, exactly as in the text (trailing punctuation removed). Kept as written: it may hold characters a strict URI would percent-encode (accents, "|"), so it is checked as "http(s):// without white space" rather than as an RFC 3986 URI.
   */
  url: string;
  /**
   * Link text (markdown `[text](url)` or HTML anchor). Null for a bare URL.
   */
  title: string | null;
  /**
   * Ids of the source documents (dataset `sources`) this record was read from, in the order they were merged. In CSV: joined with "|".
   *
   * @minItems 1
   */
  sources: string[];
  /**
   * Ids of the atomic facts (dataset `facts`) that support this record; each fact gives the source, the character span and the exact quote. In CSV: joined with "|".
   *
   * @minItems 1
   */
  fact_ids: string[];
}

// conflicts: schemas/conflicts.schema.json
/**
 * Fields on which the sources disagree: for one record and one field, the differing values and the source of each. The published record keeps one value; this dataset keeps the others.
 */
export interface ConflictRecord {
  /**
   * Stable identifier of the conflict, unique within the dataset. URL-safe: ASCII letters, digits, ".", "_", "~" and "-", starting with a letter or a digit. The record's IRI is https://etat-numerique.github.io/id/<dataset>/<id>.
   */
  id: string;
  /**
   * Dataset of the record in conflict (e.g. "organisations").
   */
  dataset:
    | 'sources'
    | 'organisations'
    | 'events'
    | 'legal_texts'
    | 'people'
    | 'products'
    | 'contacts'
    | 'figures'
    | 'committees'
    | 'links'
    | 'conflicts'
    | 'facts';
  /**
   * Id of the record in conflict, in the dataset named by `dataset`.
   */
  record_id: string;
  /**
   * Column of that record whose value differs between sources (e.g. "founding_date").
   */
  field: string;
  /**
   * The differing values as text, one per source, aligned with `sources` (same order, same length). In CSV: joined with "|".
   *
   * @minItems 2
   */
  values: string[];
  /**
   * Id of the source (dataset `sources`) of each value, aligned with `values`. In CSV: joined with "|".
   *
   * @minItems 2
   */
  sources: string[];
}

// facts: schemas/facts.schema.json
/**
 * Every atomic finding of the extractors with its provenance: source document, character span and exact quote. Records of the other datasets point to the facts that support them (`fact_ids`).
 */
export type FactRecord = {
  /**
   * Stable identifier of the fact, unique within the dataset. URL-safe: ASCII letters, digits, ".", "_", "~" and "-", starting with a letter or a digit. The record's IRI is https://etat-numerique.github.io/id/<dataset>/<id>.
   */
  id: string;
  /**
   * Kind of finding: organisation, hierarchy, unit-count, event, legal-text, person, product, contact, figure, committee or link.
   */
  kind:
    | 'organisation'
    | 'hierarchy'
    | 'unit-count'
    | 'event'
    | 'legal-text'
    | 'person'
    | 'product'
    | 'contact'
    | 'figure'
    | 'committee'
    | 'link';
  /**
   * Id of the source document (dataset `sources`) the fact was read from.
   */
  source_id: string;
  /**
   * Start offset of the quote in the source text (inclusive), in UTF-16 code units.
   */
  start: number;
  /**
   * End offset of the quote in the source text (exclusive), in UTF-16 code units: the quote is text[start:end].
   */
  end: number;
  /**
   * The exact text the fact was read from, character for character.
   */
  quote: string;
  /**
   * Id of the extractor that produced the fact (e.g. "legal-texts").
   */
  extractor: string;
  /**
   * Dataset of the record this fact supports, when it was merged into one. Null otherwise.
   */
  dataset:
    | 'sources'
    | 'organisations'
    | 'events'
    | 'legal_texts'
    | 'people'
    | 'products'
    | 'contacts'
    | 'figures'
    | 'committees'
    | 'links'
    | 'conflicts'
    | 'facts'
    | null;
  /**
   * Id of the record this fact supports, in the dataset named by `dataset`. Null exactly when `dataset` is null.
   */
  record_id: string | null;
};

/** All datasets of a build, in publication order (schemas/datasets.json). */
export interface Datasets {
  sources: SourceRecord[];
  organisations: OrganisationRecord[];
  events: EventRecord[];
  legal_texts: LegalTextRecord[];
  people: PersonRecord[];
  products: ProductRecord[];
  contacts: ContactRecord[];
  figures: FigureRecord[];
  committees: CommitteeRecord[];
  links: LinkRecord[];
  conflicts: ConflictRecord[];
  facts: FactRecord[];
}

/** Name of a dataset: also its file stem in dist/ and its schema's (schemas/<name>.schema.json). */
export type DatasetName = keyof Datasets;

/** Dataset names in publication order. */
export const DATASET_NAMES: readonly DatasetName[] = [
  'sources',
  'organisations',
  'events',
  'legal_texts',
  'people',
  'products',
  'contacts',
  'figures',
  'committees',
  'links',
  'conflicts',
  'facts',
] as const;
