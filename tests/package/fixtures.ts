/**
 * A small, realistic build: two source texts about the State's digital units, and what the pipeline would publish
 * from them. It exercises every format rule: dates of every precision (a year stays a year, a period keeps both
 * ends), nulls, multi-valued cells, values containing "|", quotes, commas, line breaks and leading formula
 * characters, a negative and a decimal figure, change events, a conflict, and facts with and without a record.
 */
import type { Datasets } from '../../pipeline/types/records.ts';
import type { BuildMeta } from '../../pipeline/stages/package/assemble.ts';

const SHA_A = 'a3f1c9d0e4b5a6978812c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718';
const SHA_B = '0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c';

export function fixtureDatasets(): Datasets {
  return {
    sources: [
      {
        id: '03_communique-dinum',
        file: 'devset/03_communique-dinum.md',
        title: 'Communiqué : la DINUM, l\'IGN et l\'ANCT lancent la « Base Adresse Nationale »',
        language: 'fr',
        origin: 'https://www.numerique.gouv.fr/presse/',
        licence: 'Licence Ouverte 2.0',
        date: '2020-04',
        sha256: SHA_A,
        characters: 8081,
      },
      {
        id: '01_decret-2009-834',
        file: 'devset/01_decret-2009-834.md',
        title: null,
        language: 'fr',
        origin: 'Légifrance, via etalab/lois-non-codifiees-et-reglements-francais',
        licence: null,
        date: null,
        sha256: SHA_B,
        characters: 8976,
      },
    ],
    organisations: [
      {
        id: 'dinum',
        name: 'direction interministérielle du numérique',
        acronym: 'DINUM',
        type: 'direction',
        parent_id: null,
        alt_names: ['DINSIC', 'direction interministérielle du numérique et du système d\'information et de communication de l\'État'],
        founding_date: '2019-10-25',
        founding_date_precision: 'day',
        sources: ['03_communique-dinum'],
        fact_ids: ['f-0001', 'f-0002'],
      },
      {
        id: 'etalab',
        name: 'département Etalab',
        acronym: null,
        type: 'département',
        parent_id: 'dinum',
        alt_names: ['Etalab | mission', '=HYPERLINK("http://evil.example")'],
        founding_date: '2011',
        founding_date_precision: 'year',
        sources: ['03_communique-dinum'],
        fact_ids: ['f-0003'],
      },
      {
        id: 'anssi',
        name: null,
        acronym: 'ANSSI',
        type: null,
        parent_id: null,
        alt_names: [],
        founding_date: null,
        founding_date_precision: null,
        sources: ['01_decret-2009-834', '03_communique-dinum'],
        fact_ids: ['f-0004'],
      },
    ],
    events: [
      {
        id: 'ev-dinum-creation',
        date: '2019-10-25',
        date_precision: 'day',
        date_start: null,
        date_end: null,
        date_qualifier: null,
        type: 'renaming',
        subject_id: 'dinum',
        subject_name: null,
        description: 'La DINSIC devient la direction interministérielle du numérique (DINUM).',
        legal_text_id: 'decret-2019-1088',
        sources: ['03_communique-dinum'],
        fact_ids: ['f-0002'],
      },
      {
        id: 'ev-anssi-creation',
        date: '2009-07',
        date_precision: 'month',
        date_start: null,
        date_end: null,
        date_qualifier: 'courant',
        type: 'creation',
        subject_id: 'anssi',
        subject_name: null,
        description: 'Création de l\'ANSSI, "service à compétence nationale".',
        legal_text_id: 'decret-2009-834',
        sources: ['01_decret-2009-834'],
        fact_ids: ['f-0004'],
      },
      {
        id: 'ev-strategie',
        date: '2023/2027',
        date_precision: 'period',
        date_start: '2023',
        date_end: '2027',
        date_qualifier: null,
        type: 'start',
        subject_id: null,
        subject_name: 'stratégie « Tech.gouv »',
        description: '- Feuille de route 2023-2027\n+ deux lignes',
        legal_text_id: null,
        sources: ['03_communique-dinum'],
        fact_ids: ['f-0005'],
      },
      {
        id: 'ev-etalab-2011',
        date: '2011',
        date_precision: 'year',
        date_start: null,
        date_end: null,
        date_qualifier: 'fin',
        type: 'creation',
        subject_id: 'etalab',
        subject_name: null,
        description: 'Etalab est créée fin 2011.',
        legal_text_id: null,
        sources: ['03_communique-dinum'],
        fact_ids: ['f-0003'],
      },
    ],
    legal_texts: [
      {
        id: 'decret-2019-1088',
        type: 'décret',
        number: '2019-1088',
        date: '2019-10-25',
        date_precision: 'day',
        title: 'relatif au système d\'information et de communication de l\'État et à la direction interministérielle du numérique',
        sources: ['03_communique-dinum'],
        fact_ids: ['f-0002'],
      },
      {
        id: 'decret-2009-834',
        type: 'décret',
        number: '2009-834',
        date: '2009',
        date_precision: 'year',
        title: null,
        sources: ['01_decret-2009-834'],
        fact_ids: ['f-0004'],
      },
    ],
    people: [
      {
        id: 'henri-verdier',
        name: 'Henri Verdier',
        role: 'directeur',
        organisation_id: 'dinum',
        sources: ['03_communique-dinum'],
        fact_ids: ['f-0006'],
      },
    ],
    products: [
      {
        id: 'ban',
        name: 'Base Adresse Nationale',
        type: 'base de données',
        operator_id: 'etalab',
        description: 'La base, "ouverte", de référence des adresses; gratuite, réutilisable.',
        sources: ['03_communique-dinum'],
        fact_ids: ['f-0007'],
      },
    ],
    contacts: [
      {
        id: 'contact-presse-dinum',
        email: 'presse@numerique.gouv.fr',
        organisation_id: 'dinum',
        sources: ['03_communique-dinum'],
        fact_ids: ['f-0008'],
      },
    ],
    figures: [
      {
        id: 'fig-adresses',
        value: 25000000,
        unit: 'adresses',
        qualifier: 'plus de',
        measure: 'adresses géolocalisées',
        subject_id: 'etalab',
        quote: 'plus de 25 millions d\'adresses',
        sources: ['03_communique-dinum'],
        fact_ids: ['f-0009'],
      },
      {
        id: 'fig-cout',
        value: -1.5,
        unit: 'M€',
        qualifier: null,
        measure: null,
        subject_id: null,
        quote: '-1,5 M€ de coûts de maintenance',
        sources: ['03_communique-dinum'],
        fact_ids: ['f-0010'],
      },
    ],
    committees: [
      {
        id: 'comite-ban',
        name: 'Comité de gouvernance de la BAN',
        frequency: 'semestrielle',
        participants: ['DINUM', 'IGN', 'ANCT', '@La Poste'],
        topics: ['qualité des adresses', 'feuille de route'],
        sources: ['03_communique-dinum'],
        fact_ids: ['f-0011'],
      },
    ],
    links: [
      {
        id: 'link-adresse',
        url: 'https://adresse.data.gouv.fr/?q=a,b|c',
        title: 'adresse.data.gouv.fr',
        sources: ['03_communique-dinum'],
        fact_ids: ['f-0012'],
      },
    ],
    conflicts: [
      {
        id: 'conflict-etalab-founding',
        dataset: 'organisations',
        record_id: 'etalab',
        field: 'founding_date',
        values: ['2011', '2012'],
        sources: ['03_communique-dinum', '01_decret-2009-834'],
      },
    ],
    facts: [
      fact('f-0001', 'organisation', '03_communique-dinum', 120, 'direction interministérielle du numérique (DINUM)', 'organisations', 'dinum'),
      fact('f-0002', 'event', '03_communique-dinum', 300, 'décret n° 2019-1088 du 25 octobre 2019', 'events', 'ev-dinum-creation'),
      fact('f-0003', 'hierarchy', '03_communique-dinum', 410, 'le département Etalab de la DINUM', 'organisations', 'etalab'),
      fact('f-0004', 'legal-text', '01_decret-2009-834', 0, 'Décret n° 2009-834 du 7 juillet 2009', 'legal_texts', 'decret-2009-834'),
      fact('f-0005', 'event', '03_communique-dinum', 700, '2023-2027', 'events', 'ev-strategie'),
      fact('f-0006', 'person', '03_communique-dinum', 900, 'Henri Verdier, directeur', 'people', 'henri-verdier'),
      fact('f-0007', 'product', '03_communique-dinum', 1000, 'la Base Adresse Nationale', 'products', 'ban'),
      fact('f-0008', 'contact', '03_communique-dinum', 1100, 'presse@numerique.gouv.fr', 'contacts', 'contact-presse-dinum'),
      fact('f-0009', 'figure', '03_communique-dinum', 1200, 'plus de 25 millions d\'adresses', 'figures', 'fig-adresses'),
      fact('f-0010', 'figure', '03_communique-dinum', 1300, '-1,5 M€ de coûts de maintenance', 'figures', 'fig-cout'),
      fact('f-0011', 'committee', '03_communique-dinum', 1400, 'Comité de gouvernance\tsemestrielle\tDINUM, IGN, ANCT', 'committees', 'comite-ban'),
      fact('f-0012', 'link', '03_communique-dinum', 1500, '[adresse.data.gouv.fr](https://adresse.data.gouv.fr/?q=a,b|c)', 'links', 'link-adresse'),
      fact('f-0013', 'organisation', '01_decret-2009-834', 200, '=« Agence nationale de la sécurité des systèmes d\'information »', null, null),
    ],
  };
}

function fact(
  id: string,
  kind: Datasets['facts'][number]['kind'],
  source_id: string,
  start: number,
  quote: string,
  dataset: Datasets['facts'][number]['dataset'],
  record_id: string | null,
): Datasets['facts'][number] {
  return { id, kind, source_id, start, end: start + quote.length, quote, extractor: `${kind}s`, dataset, record_id };
}

export function fixtureMeta(): BuildMeta {
  return {
    tool: { name: 'etat-numerique', version: '0.1.0' },
    sources: [
      { id: '03_communique-dinum', sha256: SHA_A },
      { id: '01_decret-2009-834', sha256: SHA_B },
    ],
  };
}
