/**
 * Hand-written domain types shared by the stages. Published dataset records are NOT defined here:
 * they come from schemas/ (see records.ts). These are the in-memory shapes between stages.
 */

/** One source text, read and checked by the ingest stage. */
export interface SourceDocument {
  /** Stable id: manifest id, or the file name without extension when there is no manifest. */
  id: string;
  /** Path relative to the sources folder, with forward slashes. */
  file: string;
  title: string | null;
  language: string;
  origin: string | null;
  licence: string | null;
  /** The source's own date (ISO 8601 day, or year/month), used to resolve relative dates. */
  date: string | null;
  /** sha256 of the file bytes, hex. */
  sha256: string;
  /** The full text, exactly as in the file (offsets of every fact point into it). */
  text: string;
}

/** Precision of a date: a year stays a year, a period keeps both ends. */
export type DatePrecision = 'day' | 'month' | 'year' | 'period';

/**
 * A date as stated by a text.
 * - day: value "2019-10-25"; month: "2019-10"; year: "2001";
 * - period: value "2023/2027" (ISO 8601 interval), start "2023", end "2027" (each end keeps its own precision).
 */
export interface DateValue {
  value: string;
  precision: DatePrecision;
  start?: string;
  end?: string;
  /** Qualifier kept from the text: "fin", "début", "courant", "depuis", "vers"… */
  qualifier?: string;
  /**
   * True when part of the value was not written but inferred: the year of « le 3 mars », or the whole date of a
   * relative mention (« l'an dernier », « depuis deux ans »), resolved against the document's own date.
   */
  inferred?: boolean;
}

/** Reference to an organisation as written in a text; normalise resolves it to an id. */
export interface OrgRef {
  name?: string;
  acronym?: string;
}

export type OrganisationType =
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
  | 'organisation';

export type EventType =
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

export type LegalTextType =
  | 'décret'
  | 'arrêté'
  | 'loi'
  | 'ordonnance'
  | 'circulaire'
  | 'instruction'
  | 'directive'
  | 'règlement'
  | 'délibération';

/** Kind-specific payload of a fact. `kind` is the discriminant. */
export type FactData =
  | { kind: 'organisation'; name: string | null; acronym: string | null; type: OrganisationType | null }
  /** `child` is part of `parent` (syntax « X de la direction Y », or a heading/list that enumerates sub-units). */
  | { kind: 'hierarchy'; child: OrgRef; parent: OrgRef }
  /** A count statement: « comprend six départements ». */
  | { kind: 'unit-count'; organisation: OrgRef; count: number; unit_type: OrganisationType }
  | {
      kind: 'event';
      date: DateValue;
      type: EventType;
      subject: OrgRef | null;
      /** Name of a product/text/thing when the subject is not an organisation. */
      subject_name: string | null;
      description: string;
      legal_text: { type: LegalTextType; number: string | null; date: string | null } | null;
    }
  | { kind: 'legal-text'; type: LegalTextType; number: string | null; date: DateValue | null; title: string | null }
  | { kind: 'person'; name: string; role: string | null; organisation: OrgRef | null }
  | { kind: 'product'; name: string; acronym: string | null; type: string | null; operator: OrgRef | null; description: string | null }
  | { kind: 'contact'; email: string; organisation: OrgRef | null }
  | {
      kind: 'figure';
      value: number;
      unit: string;
      /** « près de », « plus de », « environ »… or null. */
      qualifier: string | null;
      /** What is measured, in the text's words (« sites », « coûts de maintenance »). */
      measure: string | null;
      subject: OrgRef | null;
      /** Money amounts only: the value in euros (« 1,5 Md€ » → 1500000000, unit "€"), whatever the written unit. */
      normalised?: { value: number; unit: string };
    }
  | {
      kind: 'committee';
      name: string;
      frequency: string | null;
      participants: string[];
      topics: string[];
    }
  | { kind: 'link'; url: string; title: string | null };

export type FactKind = FactData['kind'];

/** One atomic finding with its provenance. Offsets are UTF-16 code unit indices into SourceDocument.text. */
export interface Fact<D extends FactData = FactData> {
  source_id: string;
  /** Start offset (inclusive). */
  start: number;
  /** End offset (exclusive); `text.slice(start, end) === quote`. */
  end: number;
  quote: string;
  /** Id of the extractor that produced it (e.g. "legal-texts"). */
  extractor: string;
  data: D;
}

export type Severity = 'error' | 'warning' | 'info';

export interface IssueLocation {
  source?: string;
  file?: string;
  line?: number;
  span?: [number, number];
  dataset?: string;
  record?: string;
  pointer?: string;
  field?: string;
}

/** An expected data problem, reported as a value (never thrown). */
export interface Issue {
  code: string;
  severity: Severity;
  message: string;
  hint?: string;
  stage: 'ingest' | 'extract' | 'normalise' | 'package' | 'validate' | 'publish' | 'cli';
  location?: IssueLocation;
}

/** What an extractor returns. */
export interface ExtractionResult {
  facts: Fact[];
  issues: Issue[];
}

/** An extractor: a pure function of one document. */
export interface Extractor {
  id: string;
  /** Bump when its output for the same text may change (used by caches). */
  version: number;
  extract(doc: SourceDocument): ExtractionResult;
}
