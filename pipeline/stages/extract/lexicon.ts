/**
 * Generic French lexicons for administrative text. Words of the language and of the genre only: never the
 * names of particular bodies (the extractors must work on texts nobody here has read).
 */
import type { OrganisationType } from '../../types/domain.ts';

/** Type words that start an organisation's name, singular and plural forms → canonical type. */
const ORG_TYPE_FORMS: Array<[OrganisationType, string[]]> = [
  ['direction', ['direction', 'directions', 'sous-direction', 'sous-directions', 'commissariat', 'commissariats', 'haut-commissariat']],
  ['délégation', ['délégation', 'délégations']],
  ['département', ['département', 'départements']],
  ['mission', ['mission', 'missions']],
  ['pôle', ['pôle', 'pôles']],
  ['programme', ['programme', 'programmes']],
  ['agence', ['agence', 'agences']],
  ['service', ['service', 'services']],
  ['ministère', ['ministère', 'ministères']],
  ['incubateur', ['incubateur', 'incubateurs']],
  ['réseau', ['réseau', 'réseaux']],
  ['secrétariat', ['secrétariat', 'secrétariats']],
  ['conseil', ['conseil', 'conseils', 'haut conseil']],
  ['comité', ['comité', 'comités']],
  ['commission', ['commission', 'commissions']],
  ['autorité', ['autorité', 'autorités']],
  ['institut', ['institut', 'instituts', 'observatoire', 'centre', 'office', 'caisse', 'école', 'université']],
  ['bureau', ['bureau', 'bureaux']],
  ['cellule', ['cellule', 'cellules']],
  ['brigade', ['brigade', 'brigades']],
  ['établissement', ['établissement', 'établissements', 'groupement', 'inspection', 'préfecture', 'sous-préfecture', 'cour', 'tribunal']],
  ['fabrique', ['fabrique', 'fabriques']],
  ['programme', ['plan', 'plans', 'fonds']],
  ['institut', ['laboratoire', 'laboratoires']],
  ['organisation', ['communauté', 'communautés', 'métropole', 'métropoles', 'fondation', 'fondations', 'association', 'associations', 'fédération', 'fédérations', 'chambre', 'chambres', 'académie', 'académies', 'syndicat', 'syndicats']],
  ['établissement', ['opérateur', 'opérateurs', 'rectorat', 'rectorats']],
];

const TYPE_BY_FORM = new Map<string, OrganisationType>();
for (const [type, forms] of ORG_TYPE_FORMS) for (const f of forms) TYPE_BY_FORM.set(f, type);
// Texts that lost their accents (an old document's OCR, a plain-ASCII export: « delegation », « ministere »).
for (const [type, forms] of ORG_TYPE_FORMS) {
  for (const f of forms) {
    const bare = f.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    if (!TYPE_BY_FORM.has(bare)) TYPE_BY_FORM.set(bare, type);
  }
}

/** Month names as texts write them (with or without accents, abbreviated with a dot): a regex alternation. */
/** Month names written short, without their dot (« janv », « févr », « sept »). */
export const MONTH_ABBREVIATION_ALTERNATION = 'janv|f[ée]vr?|avr|juil|sept|oct|nov|d[ée]c';

export const MONTH_ALTERNATION = `(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|${MONTH_ABBREVIATION_ALTERNATION
  .split('|')
  .map((m) => `${m}\\.`)
  .join('|')})`;

/** Canonical organisation type of a (lowercase) type word, or undefined. */
export function orgTypeOf(word: string): OrganisationType | undefined {
  return TYPE_BY_FORM.get(word.toLowerCase());
}

/**
 * `alternatives` (regex sources, tried in the order given, each opening with a letter, an escaped character or a
 * character class) as one alternation whose members with the same first letter sit behind it: « [pP](?:lateformes|
 * lateforme|rogiciel)|… ». The same matches and captures as the flat « [pP]lateformes|[pP]lateforme|… », members tried
 * in the same order (members with different first letters never match at the same position), but the engine checks
 * one letter per group instead of trying each of a hundred words at every position of a text: the word lists below
 * are in patterns run over whole documents.
 */
export function groupedAlternation(alternatives: readonly string[]): string {
  const leading = (a: string) => /^(?:\[[^\]\\]*\]|\\.|[^\\[(|])/.exec(a)![0];
  const groups = new Map<string, string[]>();
  for (const a of alternatives) {
    const letter = leading(a).replace(/^\[|^\\/, '').charAt(0).toLowerCase();
    const members = groups.get(letter);
    if (members) members.push(a);
    else groups.set(letter, [a]);
  }
  const parts: string[] = [];
  for (const members of groups.values()) {
    // Consecutive members with the same leading token share it (« [aA](?:pplication|ssistant)|API »).
    for (let i = 0; i < members.length; ) {
      const token = leading(members[i]!);
      let j = i;
      while (j < members.length && leading(members[j]!) === token) j++;
      const rests = members.slice(i, j).map((m) => m.slice(token.length));
      parts.push(rests.length === 1 ? members[i]! : `${token}(?:${rests.join('|')})`);
      i = j;
    }
  }
  return parts.join('|');
}

/** Regex alternation of every type word form, longest first (for building patterns). */
export const ORG_TYPE_ALTERNATION = groupedAlternation(
  [...TYPE_BY_FORM.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/-/g, '\\-')),
);

/** The same alternation for a regex with the `u` flag (where « \- » is no valid escape). */
export const ORG_TYPE_ALTERNATION_U = ORG_TYPE_ALTERNATION.replace(/\\-/g, '-');

/** Types whose members are usually parts of a larger body (used for « X de la Y » → Y is the parent). */
export const SUB_UNIT_TYPES = new Set<OrganisationType>([
  'département',
  'mission',
  'pôle',
  'service',
  'bureau',
  'cellule',
  'brigade',
  'incubateur',
  'fabrique',
  'programme',
  'délégation',
  'direction',
]);

/** Words that make a type-word phrase a product rather than an organisation. */
const PRODUCT_TYPE_FORMS: Record<string, string> = {
  plateforme: 'plateforme',
  plateformes: 'plateforme',
  application: 'application',
  applications: 'application',
  logiciel: 'logiciel',
  logiciels: 'logiciel',
  progiciel: 'logiciel',
  progiciels: 'logiciel',
  outil: 'outil',
  outils: 'outil',
  site: 'site',
  sites: 'site',
  portail: 'portail',
  portails: 'portail',
  api: 'API',
  messagerie: 'messagerie',
  base: 'base de données',
  référentiel: 'référentiel',
  référentiels: 'référentiel',
  produit: 'produit',
  produits: 'produit',
  solution: 'solution',
  solutions: 'solution',
  service: 'service',
  services: 'service',
  démarche: 'démarche',
  téléservice: 'téléservice',
  téléservices: 'téléservice',
  socle: 'socle',
  projet: 'projet',
  projets: 'projet',
  dispositif: 'dispositif',
  dispositifs: 'dispositif',
  blog: 'site',
  catalogue: 'catalogue',
  registre: 'registre',
  répertoire: 'répertoire',
  module: 'module',
  modules: 'module',
  prototype: 'prototype',
  moteur: 'moteur',
  widget: 'widget',
  offre: 'offre',
  offres: 'offre',
  réseau: 'réseau',
  simulateur: 'simulateur',
  simulateurs: 'simulateur',
  guichet: 'guichet',
  guichets: 'guichet',
  espace: 'espace',
  annuaire: 'annuaire',
  annuaires: 'annuaire',
  générateur: 'générateur',
  générateurs: 'générateur',
  suite: 'suite',
  cloud: 'cloud',
  // « l'infrastructure d'informatique en nuage « Cairn » », « le nuage ministériel Névé » (not « infrastructure »:
  // « les infrastructures de recharge IRVE », « de transport Grand Paris Express » name no product)
  nuage: 'cloud',
  // « la passerelle d'échange de données « X » », « le coffre-fort numérique des usagers « Y » »
  passerelle: 'passerelle',
  passerelles: 'passerelle',
  'coffre-fort': 'coffre-fort',
  'coffres-forts': 'coffre-fort',
  téléprocédure: 'téléprocédure',
  téléprocédures: 'téléprocédure',
  assistant: 'assistant',
  assistants: 'assistant',
  // « Pont-Registres, connecteur développé par le centre X »
  connecteur: 'connecteur',
  connecteurs: 'connecteur',
  // « Signéo est le parapheur électronique … », « l'ancien parapheur « X » »
  parapheur: 'parapheur',
  parapheurs: 'parapheur',
  'tableau de bord': 'tableau de bord',
  'tableaux de bord': 'tableau de bord',
  // « le système de design Gréement », « l'interface Revenus-Vérif »
  'système de design': 'système de design',
  'systèmes de design': 'système de design',
  interface: 'interface',
  interfaces: 'interface',
  // « l'entrepôt de données « Hublot » », « la visioconférence « Ruche » »: what a service is, before its name
  'entrepôt de données': 'entrepôt de données',
  'entrepôts de données': 'entrepôt de données',
  visioconférence: 'visioconférence',
  // « le système d'information RH ministériel « Orhéa » » (singular: « directrice des systèmes d'information X » is
  // a person's title)
  "système d'information": "système d'information",
  // « le fournisseur d'identité « X » », « la fédération d'identité X », « Clé Asso, l'identité numérique des … »
  "fournisseur d'identité": "fournisseur d'identité",
  "fournisseurs d'identité": "fournisseur d'identité",
  "fédération d'identité": "fédération d'identité",
  'identité numérique': 'identité numérique',
  // « le géoportail GéoLO »
  géoportail: 'portail',
  // « l'authentification Sésame Pro », « le système d'authentification MonIdent », « l'agenda partagé Colibri »
  authentification: 'authentification',
  "système d'authentification": 'authentification',
  agenda: 'agenda',
  // « le poste de travail Bureau Nomade »
  'poste de travail': 'poste de travail',
  // « l'intranet Boussole », « l'extranet des partenaires « Quai » », « le back-office d'instruction « X » », « le système
  // de gestion des pensions « Y » »
  intranet: 'intranet',
  extranet: 'extranet',
  'back-office': 'back-office',
  'système de gestion': 'système de gestion',
  // « Gerfaut, la télédéclaration des coupes », « le composant « Signaler un obstacle » » (a part other products
  // reuse). Not « identifiant » (« l'identifiant national élève (INE) » is a datum), « forum » (« Cap Données, le forum
  // annuel des … » is an event) nor « brique » (« une brique essentielle de la stratégie »).
  composant: 'composant',
  composants: 'composant',
  télédéclaration: 'télédéclaration',
  télédéclarations: 'télédéclaration',
  // « « Rivage », l'environnement de travail collaboratif des agents »
  'environnement de travail': 'environnement de travail',
  'environnement numérique de travail': 'environnement de travail',
};

/**
 * Product words that name software only (not « site », « service », « projet », « réseau »: places and bodies too), a
 * regex alternation: what a name set after them, or in apposition to them, is.
 */
export const SOFTWARE_WORD_ALTERNATION = String.raw`(?:outil|plateforme|application|logiciel|progiciel|téléservice|portail|API|messagerie|connecteur|simulateur|parapheur|assistant|générateur|annuaire|tableau de bord|système de design|poste de travail|entrepôt de données|fournisseur d'identité|fédération d'identité|intranet|extranet|back-office|environnement (?:numérique )?de travail)`;

/**
 * Verbs that say what a unit does, in the third person (« Le bureau X assure … », « - **Bureau Y** ⏎ Opère Z, la
 * plateforme … »), a regex alternation in lowercase.
 */
export const REMIT_VERB_ALTERNATION = 'assure|pilote|coordonne|anime|conçoit|instruit|conduit|définit|élabore|gère|exploite|opère|développe|maintient|prépare|organise|accompagne|veille|exerce';

/** Canonical product type of a (lowercase) word, or undefined. */
export function productTypeOf(word: string): string | undefined {
  return PRODUCT_TYPE_FORMS[word.toLowerCase()];
}

/** Alternation of product words, matching a lowercase or capitalised first letter (regexes stay case-sensitive). */
export const PRODUCT_TYPE_ALTERNATION = groupedAlternation(
  Object.keys(PRODUCT_TYPE_FORMS)
    .sort((a, b) => b.length - a.length)
    .map((w) => (w === 'api' ? 'API' : `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`)),
);

/** Function words skipped when matching acronym letters and when comparing names. */
export const STOPWORDS = new Set([
  'de', 'du', 'des', 'la', 'le', 'les', "l'", "d'", 'et', 'pour', 'à', 'au', 'aux', 'en', 'sur', 'par', 'dans', 'un', 'une',
]);

/**
 * French words a document sets in capitals as a section's title (« JANVIER » in a chronicle by months, « RAPPORT »,
 * « ANNEXES »): words, not acronyms, wherever they stand, unless a text defines them. (Words with a French ending,
 * « SOMMAIRE », « DÉCISIONS », are told by their ending already.)
 */
export const TITLE_WORDS_IN_CAPITALS = new Set([
  ...['janvier', 'février', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'aout', 'septembre', 'octobre', 'novembre', 'décembre', 'decembre'],
  ...['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  ...['rapport', 'conclusion', 'annexe', 'annexes', 'chapitre', 'préambule', 'contexte', 'objet', 'contact', 'contacts', 'agenda', 'édito'],
  ...['bilan', 'synthèse', 'calendrier', 'sources', 'notes', 'références', 'relevé', 'équipe'],
].map((w) => w.toUpperCase()));

/**
 * Common acronyms of the language that name concepts, not bodies (a generic lexicon, like month names).
 * An undefined acronym in this list is never taken for an organisation.
 */
export const GENERIC_ACRONYMS = new Set([
  'SI', 'SIC', 'RH', 'IA', 'UX', 'UI', 'API', 'APIs', 'PDF', 'URL', 'HTML', 'CSV', 'JSON', 'XML', 'RGPD', 'TVA', 'PIB',
  'ETP', 'PME', 'TPE', 'ETI', 'ONG', 'UE', 'FAQ', 'OK', 'TV', 'PC', 'GPS', 'SMS', 'QR', 'IT', 'IP', 'VPN', 'DNS',
  'HTTP', 'HTTPS', 'SaaS', 'PaaS', 'IaaS', 'ADSL', 'FTTH', 'DROM', 'COM', 'TOM', 'DOM', 'CDI', 'CDD', 'BOP', 'PLF', 'LOLF',
  'NB', 'PS', 'MOOC', 'DSI', 'DSIs', 'CIO', 'CDO', 'CTO', 'PM', 'RSE', 'BI', 'ERP', 'CRM', 'SEO', 'KPI',
  'ROI', 'OS', 'USB', 'NFC', 'RFID', 'IoT', 'AI', 'ML', 'GT', 'AO', 'CR', 'ODJ', 'RIB', 'NIR', 'SIRET', 'SIREN',
  'DOI', 'ISBN', 'ISO', 'CC', 'BY', 'SA', 'MIT', 'GPL', 'MOA', 'MOE', 'AMOA', 'RUP', 'TMA', 'MCO', 'PSSI', 'RSSI', 'II',
  'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX', 'XXI',
  // Standards and meetings every administration has (« conformes au RGAA », « le COPIL n° 4 »): no body.
  'RGAA', 'RGS', 'RGI', 'COPIL', 'COTECH', 'CODIR', 'COMEX', 'COSTRAT',
  // Offices every administration has (« le DPD du ministère », its data protection officer), a diploma.
  'DPD', 'DPO', 'BTS',
  // Web technologies an accessibility statement lists, a forge's pull request (« PR #1231 »).
  'HTML5', 'CSS', 'CSS3', 'SVG', 'ARIA', 'WAI', 'WAI-ARIA', 'WCAG', 'SQL', 'PR',
]);

/** French words set in capitals (« **ENTRE** » and « **ET** » of an agreement's parties): words, never acronyms. */
export const CAPITAL_FUNCTION_WORDS = new Set([
  'ENTRE', 'ET', 'OU', 'LE', 'LA', 'LES', 'DE', 'DU', 'DES', 'AU', 'AUX', 'EN', 'PAR', 'POUR', 'SUR', 'SOUS', 'AVEC', 'SANS', 'DANS', 'VU',
  'CE', 'CES', 'SON', 'SES', 'UN', 'UNE', 'IL', 'ELLE', 'NOUS', 'VOUS', 'OUI', 'NON', 'FIN',
  // Section labels of acts, amendments, memos and letters set in capitals (« OBJET », « SORT », « ANNEXE »).
  'OBJET', 'SORT', 'ARTICLE', 'ANNEXE', 'ANNEXES', 'AMENDEMENT', 'MOTIFS', 'EXPOSÉ', 'DESTINATAIRES', 'RÉFÉRENCES', 'REFERENCES', 'CABINET', 'SIGNÉ', 'COPIE', 'TITRE', 'CHAPITRE', 'SECTION',
  // … and of newsletters, acts and software pages (« ÉDITO », « DÉCRET », « SOMMAIRE », « CHANGELOG »).
  'ÉDITO', 'EDITO', 'ÉDITORIAL', 'EDITORIAL', 'SOMMAIRE', 'DÉCRET', 'DECRET', 'ARRÊTÉ', 'ARRETE', 'BRÈVES', 'BREVES', 'AGENDA', 'CHANGELOG', 'README', 'LICENCE', 'LICENSE', 'TRIBUNE', 'COMMUNIQUÉ', 'COMMUNIQUE', 'ENTRETIEN', 'DOSSIER', 'ORGANIGRAMME', 'DÉPENSES', 'DEPENSES', 'RECETTES',
]);

/** Roles of people (closed set of nouns of the genre), masculine and feminine. */
export const ROLE_ALTERNATION = [
  'administrat(?:eur|rice)s? général(?:e)?(?: adjoint(?:e)?)?',
  'direct(?:eur|rice)(?: général(?:e)?| interministériel(?:le)?| adjoint(?:e)?| de programme| de projet| du numérique| des systèmes d\'information| de cabinet| technique)?',
  'sous-direct(?:eur|rice)(?: adjoint(?:e)?)?',
  'délégué(?:e)?(?: général(?:e)?| interministériel(?:le)?| ministériel(?:le)?)?',
  'chef(?:fe)? de (?:service|projet|bureau|département|pôle|mission|produit|cabinet)',
  'cheffe?',
  'responsable',
  'secrétaire d\'État',
  'secrétaire général(?:e)?(?: adjoint(?:e)?)?',
  'ministre',
  'président(?:e)?',
  'vice-président(?:e)?',
  'conseill(?:er|ère)',
  // (« chargée de déploiement », « chargé de recrutement »: « chargé de » and a bare noun of an activity.)
  'chargé(?:e)? (?:de mission|de communication|d\'études|de projet|des relations (?:presse|publiques|institutionnelles)|d\'affaires|de [a-zéèêàç]{3,}(?:ion|ment|age|ure)s?(?![a-zà-ÿ]))',
  'coordinat(?:eur|rice)',
  'préfet|préfète',
  'porte-parole',
  'intrapreneu(?:r|re|se)',
  'coach',
  'sponsor',
  'attaché(?:e)? de presse',
  'entrepreneur(?:e)? d\'intérêt général',
  'product owner',
  'designer',
  'développeu(?:r|se)',
  'data scientist',
  'architecte',
  'expert(?:e)?',
  'inspect(?:eur|rice)(?: général(?:e)?)?',
  'ingénieur(?:e)?',
  'archiviste',
  'professeur(?:e)?',
  'fondat(?:eur|rice)',
  'commissaire',
  'adjoint(?:e)?',
  'chercheu(?:r|se)',
  'aut(?:eur|rice)',
  'doctorant(?:e)?',
  'enseignant(?:e)?(?:-chercheu(?:r|se))?',
  'journaliste',
  'statisticien(?:ne)?',
  'économiste',
  'juriste',
  'consultant(?:e)?',
  'analyste',
  'data (?:engineer|analyst|scientist)',
  'chef(?:fe)? (?:de (?:l\'|la |le )?|du |des |d\')[\\wÀ-ÿ-]+',
  'référent(?:e)?',
  'rapporteu(?:r|re|se)(?: spécial(?:e)?| général(?:e)?)?',
  'sénat(?:eur|rice)',
  'député(?:e)?',
  'animat(?:eur|rice)',
  'administrat(?:eur|rice)',
  'agent(?:e)?',
  'stagiaire',
  'médiat(?:eur|rice)',
  'conservat(?:eur|rice)',
  'contact presse',
  'invent(?:eur|rice)',
  'créat(?:eur|rice)',
  'pilote',
  'représentant(?:e)?',
].join('|');

/**
 * Common given names in France (a generic lexicon of the language, like month names; no particular person):
 * a capitalised word of this list followed by a surname names a person even without a role next to it
 * (« Introduction par Jeanne Martin »). Names that are also common words or symbols (Rose, Noël, France,
 * Marianne) are left out. Compared without accents (« Etienne » = « Étienne »).
 */
export const GIVEN_NAMES = new Set(
  [
    // masculine
    'Adam', 'Adrien', 'Ahmed', 'Alain', 'Alexandre', 'Alexis', 'Amaury', 'André', 'Antoine', 'Anthony', 'Armand', 'Arnaud',
    'Arthur', 'Augustin', 'Aurélien', 'Axel', 'Baptiste', 'Bastien', 'Benjamin', 'Benoît', 'Bernard', 'Bertrand', 'Boris',
    'Bruno', 'Cédric', 'Charles', 'Christian', 'Christophe', 'Claude', 'Clément', 'Corentin', 'Cyril', 'Cyrille', 'Damien',
    'Daniel', 'David', 'Denis', 'Didier', 'Dominique', 'Dylan', 'Édouard', 'Emmanuel', 'Éric', 'Erwan', 'Étienne', 'Fabien',
    'Fabrice', 'Félix', 'Florent', 'Florian', 'Francis', 'Franck', 'François', 'Frédéric', 'Gabriel', 'Gaël', 'Gaëtan',
    'Gauthier', 'Georges', 'Gérald', 'Gérard', 'Gilbert', 'Gilles', 'Grégoire', 'Grégory', 'Guillaume', 'Guy', 'Henri',
    'Hervé', 'Hugo', 'Hugues', 'Jacques', 'Jean', 'Jérémie', 'Jérémy', 'Jérôme', 'Joël', 'Jonathan', 'Jordan', 'Joseph',
    'Julien', 'Jules', 'Karim', 'Kevin', 'Laurent', 'Léo', 'Léon', 'Lionel', 'Loïc', 'Louis', 'Luc', 'Lucas', 'Lucien',
    'Ludovic', 'Marc', 'Marcel', 'Mathias', 'Mathieu', 'Matthieu', 'Maxime', 'Mehdi', 'Michel', 'Mickaël', 'Mohamed',
    'Nathan', 'Nicolas', 'Noé', 'Olivier', 'Pascal', 'Patrice', 'Patrick', 'Paul', 'Philippe', 'Pierre', 'Quentin',
    'Raphaël', 'Raymond', 'Régis', 'Rémi', 'Rémy', 'René', 'Richard', 'Robert', 'Roger', 'Romain', 'Samuel', 'Sébastien',
    'Serge', 'Simon', 'Stéphane', 'Sylvain', 'Thibault', 'Thibaut', 'Thierry', 'Thomas', 'Tristan', 'Valentin', 'Vincent',
    'Victor', 'Xavier', 'Yann', 'Yannick', 'Yves', 'Youssef',
    // feminine
    'Adèle', 'Agathe', 'Agnès', 'Alice', 'Aline', 'Amandine', 'Amélie', 'Anaïs', 'Andrée', 'Anne', 'Annie', 'Audrey',
    'Aurélie', 'Axelle', 'Béatrice', 'Bénédicte', 'Brigitte', 'Camille', 'Carole', 'Caroline', 'Catherine', 'Cécile',
    'Céline', 'Chantal', 'Charlotte', 'Chloé', 'Christelle', 'Christiane', 'Christine', 'Claire', 'Clara', 'Clémence',
    'Colette', 'Coralie', 'Corinne', 'Danielle', 'Delphine', 'Denise', 'Diane', 'Élisabeth', 'Élise', 'Élodie', 'Émilie',
    'Emma', 'Emmanuelle', 'Estelle', 'Eva', 'Fabienne', 'Fanny', 'Fatima', 'Florence', 'Françoise', 'Gaëlle', 'Geneviève',
    'Hélène', 'Inès', 'Isabelle', 'Jacqueline', 'Jeanne', 'Joëlle', 'Josiane', 'Julia', 'Julie', 'Juliette', 'Justine',
    'Karine', 'Laetitia', 'Laura', 'Laure', 'Laurence', 'Léa', 'Leïla', 'Lina', 'Lise', 'Louise', 'Lucie', 'Madeleine',
    'Magali', 'Manon', 'Margaux', 'Margot', 'Marie', 'Marine', 'Marion', 'Martine', 'Mathilde', 'Maud', 'Mélanie',
    'Michèle', 'Monique', 'Morgane', 'Muriel', 'Myriam', 'Nadia', 'Nadine', 'Nathalie', 'Nicole', 'Noémie', 'Océane',
    'Odile', 'Pascale', 'Patricia', 'Pauline', 'Rachel', 'Sabine', 'Salomé', 'Sandra', 'Sandrine', 'Sarah', 'Séverine',
    'Simone', 'Solène', 'Sonia', 'Sophie', 'Stéphanie', 'Suzanne', 'Sylvie', 'Valérie', 'Véronique', 'Virginie', 'Yasmine',
    'Zoé',
  ].map(foldAccents),
);

/** « Étienne » → « Etienne »: given names compared without accents. */
export function foldAccents(word: string): string {
  return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** A first name of the lexicon (« Léa », « Jean-Marc »: every part of a compound one). */
export function isGivenName(word: string): boolean {
  return word.split('-').every((part) => GIVEN_NAMES.has(foldAccents(part)));
}

/** Verbs (3rd person forms) that end a name and start a predicate. */
export const PREDICATE_WORDS = new Set([
  'est', 'sont', 'a', 'ont', 'était', 'étaient', 'sera', 'seront', 'fut', 'avait', 'qui', 'que', 'dont', 'où', 'assure',
  'assurent', 'accompagne', 'accompagnent', 'pilote', 'pilotent', 'coordonne', 'coordonnent', 'conçoit', 'construit',
  'opère', 'anime', 'animent', 'définit', 'regroupe', 'regroupent', 'comprend', 'comprennent', 'contribue', 'contribuent',
  'soutient', 'porte', 'portent', 'met', 'mettent', 'vise', 'permet', 'développe', 'propose', 'conduit', 'veille',
  'élabore', 'gère', 'offre', 'fait', 'peut', 'doit', 'devient', 'deviendra', 'reste', 'dispose', 'rassemble', 'réunit',
  'alerte', 'formule', 'structure', 'dépend', 'dépendent', 'relève', 'relèvent', 'appuie', 'encadre', 'conjugue', 'promeut', 'identifie', 'maintient', 'apporte',
  'travaille', 'agit', 'exerce', 'organise', 'publie', 'participe', 'intervient', 'prend', 'se', 'ne', 'n\'', 'sa', 'son',
  'ses', 'leur', 'leurs', 'avec', 'comme', 'afin', 'lors', 'depuis', 'selon', 'chargé', 'chargée', 'placé', 'placée',
  'créé', 'créée', 'rattaché', 'rattachée', 'situé', 'située', 'ainsi', 'notamment', 'également', 'aussi', 'puis', 'alors',
  'compétent', 'compétente', 'qu\'', 'mais', 'ou', 'auprès', 'via', 'entre', 'grâce', 'sous', 'vers', 'chez', 'avant',
  'après', 'pendant', 'lorsque', 'quand', 'si', 'il', 'elle', 'ils', 'elles', 'on', 'ce', 'cette', 'ces', 'tout', 'tous',
  'modifié', 'modifiée', 'modifiés', 'relatif', 'relative', 'relatifs', 'portant', 'prévu', 'prévue', 'visé', 'visée', 'fixé',
  "jusqu'", 'jusque', 'rend', 'rendent', 'donne', 'donnent', 'émet', 'fixe', 'établit', 'examine', 'adopte', 'décide', 'présente', 'présentent', 'nommé', 'nommée', 'publié', 'publiée', 'dénommé', 'dénommée', 'y', 'serait',
  // The part a service plays in a procedure (« le service prescripteur », « le service instructeur »): no name.
  'prescripteur', 'acheteur', 'instructeur', 'demandeur', 'destinataire', 'concerné', 'concernée',
]);

/**
 * Verbs that announce or run a product (« La délégation lance Xyz »), ending a body's name when written in lower
 * case only: several are nouns too (« département Produit et design », « pôle Finance et achats »).
 */
export const LOWERCASE_PREDICATE_VERBS = new Set([
  'lance', 'lancent', 'annonce', 'annoncent', 'déploie', 'déploient', 'ouvre', 'ouvrent', 'inaugure', 'expérimente', 'finance', 'financent', 'héberge', 'exploite', 'édite', 'produit', 'diffuse', 'signe', 'signent', 'accueille', 'recrute', 'recrutent', 'mène', 'mènent', 'prépare', 'préparent',
]);

/**
 * Verbs by which a body states its units (« comprend », « est organisée en »), in the present, the future and the
 * imperfect (« sera organisée en », « comprendra »), « est lui-même organisé en » included. Words are joined by
 * any run of spaces: a word decoded from HTML references is padded with spaces (« s&rsquo;organise en »).
 */
export const CONTAINS_VERBS = [
  "comprend|comprennent|comprendra|comprendront|comprenait|comprenaient|s'appuie sur|s'appuient sur|s'appuiera sur|compte|comptent|comptera|comptait|comptaient|regroupe|regroupent|regroupera|regroupait|regroupaient|rassemble|rassemblent|rassemblait|réunit|réunissait|se compose(?:nt|ra|ait)?(?: désormais| aujourd'hui| maintenant| actuellement)? de|dispose de|disposera de|disposait de|s'organise(?:nt|ra|ait)?(?: désormais| aujourd'hui| maintenant| actuellement)? en|se répartit en|se répartissent en|se répartissait en|s'articule(?:nt)? (?:désormais )?autour de|s'organise(?:nt)? autour de",
  // « est composée de », « sera structurée en », « est lui-même organisé en »
  // (« est désormais organisée en », « est aujourd'hui composée de »: an adverb between the auxiliary and the participle.)
  String.raw`(?:est|sera|était|serait|sont|seront|étaient)\s+(?:(?:lui|elle|eux|elles)-mêmes?\s+)?(?:(?:désormais|aujourd'hui|actuellement|maintenant|dorénavant|également|ainsi)\s+)?(?:composée?s?\s+de|structurée?s?\s+en|organisée?s?\s+(?:en|autour\s+de)|constituée?s?\s+de|divisée?s?\s+en|répartie?s?\s+en)`,
  // « La mission compte 14 agents, répartis en trois pôles : », « … répartis entre trois sous-directions et deux
  // missions : »
  String.raw`répartie?s?\s+(?:en|entre)`,
]
  .join('|')
  .replace(/ /g, String.raw`\s+`);

export const NUMBER_WORDS: Record<string, number> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
  treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, trente: 30,
};

/** Numbers in words that count a body's members or agents (« huit membres », « quarante agents »), two and up. */
export const COUNT_WORD_ALTERNATION = 'deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|mille';

/** Parses « six », « 4 » → number. */
export function parseSmallNumber(word: string): number | undefined {
  if (/^\d{1,3}$/.test(word)) return Number(word);
  return NUMBER_WORDS[word.toLowerCase()];
}

const UNITS_WORDS: Record<string, number> = {
  zéro: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
  onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, vingts: 20, trente: 30,
  quarante: 40, cinquante: 50, soixante: 60, cent: 100, cents: 100, mille: 1000,
};

/** Parses spelled French numbers up to the hundreds of thousands (« deux cent cinquante », « vingt et un »). */
export function parseSpelledNumber(text: string): number | undefined {
  const tokens = text
    .toLowerCase()
    .replace(/quatre-vingts?/g, 'quatrevingt')
    .split(/[\s-]+/)
    .filter((t) => t && t !== 'et');
  let total = 0;
  let current = 0;
  for (const t of tokens) {
    if (t === 'quatrevingt') current += 80;
    else if (t === 'cent' || t === 'cents') current = (current || 1) * 100;
    else if (t === 'mille') {
      total += (current || 1) * 1000;
      current = 0;
    } else {
      const v = UNITS_WORDS[t];
      if (v === undefined) return undefined;
      current += v;
    }
  }
  return total + current;
}
