/** Small hand-made gold files and build outputs for the evaluation tests. */
import { goldSchema, type Gold, type GoldText } from '../../pipeline/eval/gold.ts';
import type { BuildDatasets } from '../../pipeline/eval/kinds.ts';
import type { OrganisationRecord, SourceRecord } from '../../pipeline/types/records.ts';

export const SHA_A = 'a'.repeat(64);
export const SHA_B = 'b'.repeat(64);

/** A gold file from a partial one (every kind defaults to []). */
export function gold(partial: Record<string, unknown>): Gold {
  return goldSchema.parse({ file: 'a.txt', sha256: SHA_A, ...partial });
}

export function goldText(path: string, partial: Record<string, unknown>): GoldText {
  return { path, gold: gold(partial) };
}

export function source(id: string, sha256: string, file = `${id}.txt`): SourceRecord {
  return { id, file, title: null, language: 'fr', origin: null, licence: null, date: null, sha256, characters: 0 };
}

export function organisation(id: string, fields: Partial<OrganisationRecord>): OrganisationRecord {
  return {
    id,
    name: null,
    acronym: null,
    type: null,
    parent_id: null,
    alt_names: [],
    founding_date: null,
    founding_date_precision: null,
    sources: ['text-a'],
    fact_ids: [],
    ...fields,
  };
}

export function datasets(partial: Partial<BuildDatasets>): BuildDatasets {
  return {
    sources: [source('text-a', SHA_A)],
    organisations: [],
    events: [],
    legal_texts: [],
    people: [],
    products: [],
    contacts: [],
    figures: [],
    committees: [],
    links: [],
    ...partial,
  };
}
