/**
 * Seeded, deterministic generator of synthetic French administrative texts of the genre the pipeline reads
 * (organisations with acronyms and sub-units, decrees, dated events, e-mail contacts, figures, tables, links,
 * varied sentence shapes, markdown and plain layouts). Same seed and size, same bytes.
 *
 * It records what it plants (`PlantedFact`), so that the benchmark can report extraction recall at every size.
 * Pure apart from `writeCorpus`, which writes the texts and `planted.json` to a folder.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** A fact written into a text on purpose, and how to recognise it in the published datasets. */
export type PlantedFact =
  | { kind: 'organisation'; source: string; name: string; acronym: string }
  | { kind: 'hierarchy'; source: string; child: string; parent_acronym: string }
  | { kind: 'legal-text'; source: string; number: string; date: string }
  | { kind: 'event'; source: string; date: string; type: string; subject_acronym: string }
  | { kind: 'contact'; source: string; email: string }
  | { kind: 'link'; source: string; url: string }
  | { kind: 'figure'; source: string; value: number; unit: string };

export interface GeneratedDocument {
  /** File name (the source id is its slug: the name without `.txt`). */
  file: string;
  text: string;
}

/** mulberry32: small, fast, good enough for test data; the same seed gives the same sequence everywhere. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** Subject areas: [words after « de la / du / des », their content words (for the acronym)]. */
const DOMAINS: ReadonlyArray<[string, string[]]> = [
  ['du numérique', ['Numérique']],
  ['des achats publics', ['Achats', 'Publics']],
  ['des systèmes d’information', ['Systèmes', 'Information']],
  ['de la donnée publique', ['Donnée', 'Publique']],
  ['des ressources humaines', ['Ressources', 'Humaines']],
  ['de la transformation publique', ['Transformation', 'Publique']],
  ['de l’immobilier de l’État', ['Immobilier', 'État']],
  ['de la sécurité numérique', ['Sécurité', 'Numérique']],
  ['des infrastructures et des réseaux', ['Infrastructures', 'Réseaux']],
  ['de l’innovation administrative', ['Innovation', 'Administrative']],
  ['des usages numériques', ['Usages', 'Numériques']],
  ['de la modernisation de l’action publique', ['Modernisation', 'Action', 'Publique']],
  ['des services en ligne', ['Services', 'Ligne']],
  ['de l’accessibilité numérique', ['Accessibilité', 'Numérique']],
  ['des identités numériques', ['Identités', 'Numériques']],
  ['de l’hébergement et du cloud', ['Hébergement', 'Cloud']],
  ['des démarches simplifiées', ['Démarches', 'Simplifiées']],
  ['de la commande publique', ['Commande', 'Publique']],
  ['des archives et de la mémoire', ['Archives', 'Mémoire']],
  ['de la statistique territoriale', ['Statistique', 'Territoriale']],
  ['des logiciels libres', ['Logiciels', 'Libres']],
  ['de l’intelligence artificielle', ['Intelligence', 'Artificielle']],
  ['des télécommunications', ['Télécommunications']],
  ['de la formation professionnelle', ['Formation', 'Professionnelle']],
  ['des relations avec les usagers', ['Relations', 'Usagers']],
  ['de la performance budgétaire', ['Performance', 'Budgétaire']],
  ['des applications métiers', ['Applications', 'Métiers']],
  ['de la cartographie et de l’information géographique', ['Cartographie', 'Information', 'Géographique']],
  ['des données de santé', ['Données', 'Santé']],
  ['de l’éducation numérique', ['Éducation', 'Numérique']],
  ['des outils collaboratifs', ['Outils', 'Collaboratifs']],
  ['de la cybersécurité', ['Cybersécurité']],
  ['des plateformes mutualisées', ['Plateformes', 'Mutualisées']],
  ['de la dématérialisation', ['Dématérialisation']],
  ['des territoires connectés', ['Territoires', 'Connectés']],
  ['de la qualité des services', ['Qualité', 'Services']],
  ['des communs numériques', ['Communs', 'Numériques']],
  ['de la souveraineté technologique', ['Souveraineté', 'Technologique']],
  ['des paiements publics', ['Paiements', 'Publics']],
  ['de l’open data', ['Open', 'Data']],
];

/** Heads of top-level bodies: [type word, adjective or null, feminine]. */
const HEADS: ReadonlyArray<[string, string | null, boolean]> = [
  ['direction', 'interministérielle', true],
  ['direction', 'générale', true],
  ['direction', 'nationale', true],
  ['délégation', 'interministérielle', true],
  ['délégation', 'ministérielle', true],
  ['agence', 'nationale', true],
  ['mission', 'interministérielle', true],
  ['service', 'national', false],
  ['secrétariat', 'général', false],
  ['institut', 'national', false],
];

const SUB_HEADS = ['département', 'pôle', 'bureau', 'mission', 'cellule', 'service'] as const;
const SUB_TOPICS = [
  'des produits numériques', 'de l’appui aux projets', 'des études et de la prospective', 'des partenariats',
  'de la qualité logicielle', 'de l’expertise technique', 'de l’accompagnement des ministères', 'des achats informatiques',
  'de la stratégie', 'des opérations', 'du design des services', 'de la gouvernance des données', 'des talents',
  'des réseaux interministériels', 'de la conformité', 'du pilotage budgétaire', 'de l’architecture', 'des usages',
];

const FIRST = ['Claire', 'Julien', 'Nadia', 'Thomas', 'Sophie', 'Karim', 'Élodie', 'Marc', 'Inès', 'Paul', 'Léa', 'Hugo', 'Amina', 'Louis'];
const LAST = ['Martin', 'Bernard', 'Dubois', 'Moreau', 'Laurent', 'Girard', 'Roux', 'Fournier', 'Mercier', 'Blanc', 'Guerin', 'Faure'];
const PRODUCTS = ['Tchap', 'Résana', 'Osmose', 'Démarches', 'Pastel', 'Horizon', 'Signal', 'Atlas', 'Sésame', 'Boussole', 'Escale', 'Vigie'];
const SUBJECTS = ['projets', 'agents', 'démarches en ligne', 'sites publics', 'jeux de données', 'marchés publics', 'utilisateurs', 'services numériques'];

interface Org {
  name: string;
  acronym: string;
  feminine: boolean;
  domain: string;
  mail: string;
}

/** Initials of the head and of the domain's content words, extended when taken: « DIAP », « DIAPU »… */
function makeOrgs(r: Rand, count: number): Org[] {
  const orgs: Org[] = [];
  const takenAcronyms = new Set<string>();
  const takenNames = new Set<string>();
  for (let attempt = 0; orgs.length < count && attempt < count * 50; attempt++) {
    const [head, adj, feminine] = pick(r, HEADS);
    const [domain, words] = pick(r, DOMAINS);
    const suffix = attempt >= DOMAINS.length * HEADS.length ? ` ${pick(r, ['de Bretagne', 'd’Occitanie', 'de Normandie', 'du Grand Est', 'de Corse', 'des Outre-mer', 'd’Île-de-France', 'de Provence'])}` : '';
    const name = `${head}${adj ? ` ${adj}` : ''} ${domain}${suffix}`;
    if (takenNames.has(name)) continue;
    const initials = [head, ...(adj ? [adj] : []), ...words, ...(suffix ? [suffix.replace(/^ (?:de |du |des |d’)/, '')] : [])].map((w) => w[0]!.toUpperCase().replace('É', 'E').replace('Î', 'I'));
    let acronym = initials.join('');
    // Taken: add the next letter of the last word (still read in order by the long-form matcher).
    const lastWord = (suffix ? suffix.replace(/^ (?:de |du |des |d’)/, '') : words[words.length - 1]!).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase();
    for (let k = 1; takenAcronyms.has(acronym) && k < lastWord.length; k++) acronym = initials.join('') + lastWord.slice(1, k + 1).replace(/[^A-Z]/g, '');
    if (takenAcronyms.has(acronym) || acronym.length < 2 || acronym.length > 8) continue;
    takenAcronyms.add(acronym);
    takenNames.add(name);
    orgs.push({ name, acronym, feminine, domain, mail: acronym.toLowerCase() });
  }
  return orgs;
}

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const the = (o: Org) => (o.feminine ? 'la' : 'le');
const ofThe = (o: Org) => (o.feminine ? 'de la' : 'du');
const pronoun = (o: Org) => (o.feminine ? 'Elle' : 'Il');
const e = (o: Org) => (o.feminine ? 'e' : '');
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');

interface Ctx {
  r: Rand;
  id: string;
  planted: PlantedFact[];
  orgs: Org[];
  decreeSerial: { n: number };
}

/** One chapter: a body presented with its sub-units, dated history, figures, contacts, links and tables. */
function makeChapter(ctx: Ctx, index: number, year: number, markdown: boolean, parts: string[]): void {
  const { r, planted, orgs } = ctx;
  const id = ctx.id;
  const main = orgs[index % orgs.length]!;
  const other = orgs[(index * 7 + 3) % orgs.length]!;
  const h = (level: number, text: string) => parts.push(markdown ? `${'#'.repeat(level + 1)} ${text}` : text);
  h(1, `${cap(the(main))} ${main.acronym}`);

  // Definition of the main body (two shapes), with its founding decree.
  const dDay = int(r, 1, 28);
  const dMonth = int(r, 1, 12);
  const dYear = int(r, 2008, year);
  ctx.decreeSerial.n += 1;
  const number = `${dYear}-${1000 + (ctx.decreeSerial.n % 8999)}`;
  const dateText = `${dDay === 1 ? '1er' : dDay} ${MONTHS[dMonth - 1]} ${dYear}`;
  const iso = `${dYear}-${String(dMonth).padStart(2, '0')}-${String(dDay).padStart(2, '0')}`;
  if (r() < 0.5) {
    parts.push(
      `${cap(the(main))} ${main.name} (${main.acronym}) a été créé${e(main)} par le décret n° ${number} du ${dateText} relatif à l’organisation ${main.domain}. ${pronoun(main)} est placé${e(main)} sous l’autorité du Premier ministre et met en œuvre la stratégie de l’État dans son domaine.`,
    );
  } else {
    parts.push(
      `Le décret n° ${number} du ${dateText} relatif à l’organisation ${main.domain} a créé ${the(main)} ${main.name} (${main.acronym}), qui conduit depuis lors la politique de l’État en la matière.`,
    );
  }
  planted.push({ kind: 'organisation', source: id, name: main.name, acronym: main.acronym });
  planted.push({ kind: 'legal-text', source: id, number, date: iso });

  // Sub-units.
  const nSubs = int(r, 2, 4);
  const subs: string[] = [];
  const usedHeads = new Set<string>();
  while (subs.length < nSubs) {
    const head = pick(r, SUB_HEADS);
    const topic = pick(r, SUB_TOPICS);
    // Most sub-units are named after their body's domain (« bureau de la stratégie des achats publics »); some
    // bear a generic name that many bodies share (« bureau de la stratégie »), which normalisation merges.
    const name = r() < 0.25 ? `${head} ${topic}` : `${head} ${topic} ${main.domain}`;
    if (usedHeads.has(name)) continue;
    usedHeads.add(name);
    subs.push(name);
  }
  h(2, 'Organisation');
  for (const sub of subs) {
    const shape = main.feminine ? int(r, 0, 2) : int(r, 0, 1);
    const art = /^(?:mission|cellule)/.test(sub) ? 'La' : 'Le';
    if (shape === 0) parts.push(`${art} ${sub} ${ofThe(main)} ${main.acronym} ${pick(r, ['accompagne les ministères dans leurs projets', 'anime le réseau des correspondants', 'pilote les chantiers transverses', 'conseille les administrations'])}.`);
    else if (shape === 1) parts.push(`${art} ${sub} ${ofThe(main)} ${main.acronym} ${pick(r, ['assure le suivi des grands projets', 'rassemble une équipe pluridisciplinaire', 'produit des référentiels communs'])}, en lien avec les services déconcentrés.`);
    else parts.push(`Au sein de la ${main.acronym}, ${art.toLowerCase()} ${sub} ${pick(r, ['instruit les demandes', 'coordonne les travaux', 'prépare les arbitrages'])}.`);
    planted.push({ kind: 'hierarchy', source: id, child: sub, parent_acronym: main.acronym });
  }

  // Filler prose (no planted fact): the bulk of a real text.
  const filler = () =>
    pick(r, [
      `Les équipes ont poursuivi leurs travaux avec les administrations partenaires, en privilégiant une approche centrée sur les besoins des usagers et la mutualisation des outils.`,
      `Cette démarche s’inscrit dans la continuité des orientations fixées par le Gouvernement ; elle vise à simplifier les démarches, à réduire les délais de traitement et à mieux mesurer la qualité des services rendus.`,
      `Plusieurs chantiers transverses ont été ouverts : la refonte des référentiels, la sécurisation des échanges de données, l’accompagnement des agents dans l’usage des nouveaux outils et le partage des bonnes pratiques.`,
      `Les retours des utilisateurs, recueillis lors d’ateliers et d’entretiens, ont permis d’ajuster les priorités et de concentrer les moyens sur les projets qui rendent le plus de service.`,
      `La coopération avec les collectivités territoriales s’est renforcée, notamment pour l’ouverture des données et l’interopérabilité des systèmes d’information locaux et nationaux.`,
      `Un effort particulier a porté sur l’accessibilité numérique, la sobriété des services et la maîtrise des coûts d’exploitation, conformément aux recommandations des corps d’inspection.`,
    ]);
  for (let i = int(r, 2, 4); i > 0; i--) parts.push(filler());

  // History: dated events with the main body as subject.
  h(2, 'Historique');
  const eYear = int(r, 2010, 2023);
  const eMonth = int(r, 1, 12);
  const product = pick(r, PRODUCTS);
  const eventShape = int(r, 0, 2);
  if (eventShape === 0) {
    parts.push(`En ${MONTHS[eMonth - 1]} ${eYear}, ${the(main)} ${main.acronym} lance le service ${product}, ouvert à l’ensemble des agents publics.`);
    planted.push({ kind: 'event', source: id, date: `${eYear}-${String(eMonth).padStart(2, '0')}`, type: 'launch', subject_acronym: main.acronym });
  } else if (eventShape === 1) {
    parts.push(`${cap(the(main))} ${main.acronym} a publié en ${eYear} un guide méthodologique à destination des porteurs de projets.`);
    planted.push({ kind: 'event', source: id, date: String(eYear), type: 'publication', subject_acronym: main.acronym });
  } else {
    const day = int(r, 2, 28);
    parts.push(`Le ${day} ${MONTHS[eMonth - 1]} ${eYear}, ${the(main)} ${main.acronym} a été rattaché${e(main)} au ministère chargé de la transformation publique.`);
    planted.push({ kind: 'event', source: id, date: `${eYear}-${String(eMonth).padStart(2, '0')}-${String(day).padStart(2, '0')}`, type: 'attachment', subject_acronym: main.acronym });
  }
  // A second body, defined inline in another shape, mentioned as a partner.
  parts.push(`${pronoun(main)} travaille en étroite collaboration avec ${the(other)} ${other.name} (${other.acronym}) sur les sujets communs.`);
  planted.push({ kind: 'organisation', source: id, name: other.name, acronym: other.acronym });
  for (let i = int(r, 1, 3); i > 0; i--) parts.push(filler());

  // Figures.
  h(2, 'Chiffres clés');
  const budget = int(r, 2, 95) + pick(r, [0, 0.5, 0.2]);
  const agents = int(r, 20, 900);
  const count = int(r, 1200, 48000);
  const subject = pick(r, SUBJECTS);
  parts.push(`En ${year}, ${the(main)} ${main.acronym} dispose d’un budget de ${String(budget).replace('.', ',')} millions d’euros et compte ${agents} agents.`);
  parts.push(`Près de ${thousands(count)} ${subject} ont été accompagnés au cours de l’année.`);
  planted.push({ kind: 'figure', source: id, value: agents, unit: 'agents' });
  planted.push({ kind: 'figure', source: id, value: count, unit: subject });
  if (r() < 0.6) {
    parts.push('');
    parts.push(`| Indicateur | ${year - 1} | ${year} |\n|---|---|---|\n| Projets suivis | ${int(r, 10, 90)} | ${int(r, 10, 90)} |\n| Taux de satisfaction | ${int(r, 60, 95)} % | ${int(r, 60, 95)} % |\n| Délai moyen (jours) | ${int(r, 5, 40)} | ${int(r, 5, 40)} |`);
  }

  // Governance table (tab-separated, like the real slide decks).
  if (r() < 0.4) {
    h(2, 'Gouvernance');
    parts.push(`Comité\tParticipants\tFréquence\nComité de pilotage ${main.acronym}\t${main.acronym}, ${other.acronym}, DB\tChaque trimestre\nComité technique\tChefs de projet\tChaque mois`);
  }

  // People.
  if (r() < 0.5) parts.push(`${pick(r, FIRST)} ${pick(r, LAST)}, ${pick(r, ['directrice', 'directeur', 'cheffe de projet', 'responsable'])} ${ofThe(main)} ${main.acronym}, a présenté le bilan devant le comité.`);

  // Contacts and links.
  h(2, 'Contacts et ressources');
  const email = `${pick(r, ['contact', 'secretariat', 'communication', 'projets'])}.${main.mail}@${pick(r, ['numerique', 'modernisation', 'finances', 'interieur'])}.gouv.fr`;
  const url = `https://www.${pick(r, ['numerique', 'modernisation', 'data', 'economie'])}.gouv.fr/${main.mail}/rapport-${year}-${index}`;
  if (markdown) {
    parts.push(`Contact : ${email}`);
    parts.push(`Le rapport complet est disponible sur [le site ${ofThe(main)} ${main.acronym}](${url}).`);
  } else {
    parts.push(`Pour toute question : ${email}`);
    parts.push(`Consulter le rapport : ${url}`);
  }
  planted.push({ kind: 'contact', source: id, email });
  planted.push({ kind: 'link', source: id, url });
  for (let i = int(r, 0, 2); i > 0; i--) parts.push(filler());
}

/** One document: a title (and sometimes front matter), then 2 to 8 chapters on as many bodies. */
function makeDocument(ctx: Ctx, index: number): GeneratedDocument {
  const { r } = ctx;
  const year = int(r, 2012, 2023);
  const markdown = r() < 0.6;
  const parts: string[] = [];
  if (markdown && r() < 0.5) parts.push(`---\ntitle: "Rapport d’activité ${year}"\ndate: ${year + 1}-0${int(r, 1, 9)}-1${int(r, 0, 9)}\n---`);
  parts.push(`${markdown ? '# ' : ''}Rapport d’activité ${year} des services du numérique de l’État`);
  const chapters = int(r, 2, 8);
  for (let c = 0; c < chapters; c++) makeChapter(ctx, index * 5 + c, year, markdown, parts);
  return { file: `${ctx.id}.txt`, text: `${parts.join('\n\n')}\n` };
}

export interface CorpusOptions {
  seed: number;
  /** Stop once this many UTF-8 bytes are written. */
  targetBytes: number;
  /** Stop after this many documents. */
  maxDocuments?: number;
}

export interface Corpus {
  documents: GeneratedDocument[];
  planted: PlantedFact[];
  bytes: number;
}

/**
 * The documents one by one (planted facts are pushed to `planted` as they are written), until `targetBytes`
 * (UTF-8) or `maxDocuments` is reached. Document `i` is named `doc-<seed>-<i>` (zero-padded), so that ids sort
 * like the generation order; the pool of organisations grows with the corpus (about one per document, up to
 * 3,000), so large corpora have more distinct bodies, not only more repetitions.
 */
export function* generateDocuments(options: CorpusOptions, planted: PlantedFact[]): Generator<GeneratedDocument> {
  const r = rng(options.seed);
  const estimatedDocs = Math.max(8, Math.min(options.maxDocuments ?? Infinity, Math.ceil(options.targetBytes / 14000)));
  const orgs = makeOrgs(rng(options.seed ^ 0x9e3779b9), Math.min(3000, Math.max(16, estimatedDocs)));
  const decreeSerial = { n: 0 };
  let bytes = 0;
  for (let i = 0; bytes < options.targetBytes && i < (options.maxDocuments ?? Infinity); i++) {
    const id = `doc-${options.seed}-${String(i).padStart(6, '0')}`;
    const d = makeDocument({ r, id, planted, orgs, decreeSerial }, i);
    bytes += Buffer.byteLength(d.text, 'utf8');
    yield d;
  }
}

/** The whole corpus in memory (tests and small sizes). */
export function generateCorpus(options: CorpusOptions): Corpus {
  const planted: PlantedFact[] = [];
  const documents = [...generateDocuments(options, planted)];
  return { documents, planted, bytes: documents.reduce((n, d) => n + Buffer.byteLength(d.text, 'utf8'), 0) };
}

/**
 * Writes the texts under `<dir>/sources/` and the planted facts to `<dir>/planted.json` (replacing `dir`),
 * one document at a time. Returns the totals.
 */
export async function writeCorpus(dir: string, options: CorpusOptions): Promise<{ bytes: number; documents: number; planted: number }> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(path.join(dir, 'sources'), { recursive: true });
  const planted: PlantedFact[] = [];
  let bytes = 0;
  let documents = 0;
  for (const d of generateDocuments(options, planted)) {
    await writeFile(path.join(dir, 'sources', d.file), d.text);
    bytes += Buffer.byteLength(d.text, 'utf8');
    documents++;
  }
  const lines = planted.map((p) => JSON.stringify(p)).join(',\n');
  await writeFile(path.join(dir, 'planted.json'), `{"seed":${options.seed},"bytes":${bytes},"documents":${documents},"planted":[\n${lines}\n]}\n`);
  return { bytes, documents, planted: planted.length };
}
