/**
 * People and their roles: « Prénom Nom, alors directeur de la X », « le directeur de la X, Prénom Nom »,
 * « Prénom Nom (directrice de …) », « Mme Prénom Nom ». Reads a SourceDocument; returns `person` facts.
 * A name is taken next to a role noun of the closed set or a civility, or when its first word is a common
 * given name (lexicon.ts GIVEN_NAMES); never from capitals alone.
 */
import type { Extractor, Fact, OrgRef, SourceDocument } from '../../../types/domain.ts';
import { ROLE_ALTERNATION, isGivenName, orgTypeOf } from '../lexicon.ts';
import { findOrgMentions, firstMentionFrom, looksLikeAcronym, mentionsEndingBy, type OrgMention } from '../org-mentions.ts';
import { columnIndex, findTables } from '../tables.ts';
import { frontMatterEnd, prepared, type PreparedText } from '../text.ts';
import { bodyOfOffice, lastMentionBefore, pageBodyOf, refOf, sectionUnitAt } from './organisations.ts';
import { factAt } from '../fact.ts';
import { yamlFacts } from '../yaml-records.ts';

const ID = 'people';
const UPPER = 'A-ZÉÈÊÀÂÎÔÛÇ';
const LOWER = "a-zéèêëàâäîïôöûüç";
const NAME_WORD = `[${UPPER}][${LOWER}]+(?:-[${UPPER}][${LOWER}]+)?`;
// (Up to three parts: « Dorval-Sainte-Marie », « LE GOFF-MEUNIER ».)
// (An elided prefix: « N'Diaye », « N’Guessan-Roux », « O'Neill ».)
const SURNAME_WORD = `(?:(?:[DLNO]['’])?[${UPPER}][${LOWER}'’]+(?:-[${UPPER}][${LOWER}]+){0,2}|[${UPPER}]{2,}(?:-[${UPPER}]{2,}){0,2})`;
/** Prénom [Prénom] [particule] Nom, on one line. */
// (« M. Yannick LE GOFF », « Mme Anne DE LA TOUR »: a surname in capitals keeps its particle in capitals.)
const PARTICLE = `(?:(?:de|du|de la|d'|van|von|le|la)[ \\t\\u00a0]+|(?:LE|LA|DE|DU|DES|DE LA)[ \\t\\u00a0]+(?=[${UPPER}]{2,}(?![a-zà-ÿ])))`;
const PERSON = `${NAME_WORD}(?:[ \\t\\u00a0]+${NAME_WORD})?[ \\t\\u00a0]+${PARTICLE}?${SURNAME_WORD}`;
/** Role nouns, with a capital or not (« Chef de … » at the start of a parenthesis). */
const ROLE = `(?:${ROLE_ALTERNATION.split('|').map((r) => (/^[a-zé]/.test(r) ? `[${r[0]}${r[0]!.toUpperCase()}]${r.slice(1)}` : r)).join('|')})`;
const QUALIFIER = "(?:(?:alors|ex-|ancien(?:ne)?|actuel(?:le)?|nouveau|nouvelle|futur(?:e)?|nommée?|devenue?|désormais|aujourd'hui|précédemment)\\s*)?";
const ROLE_TAIL = `(?:\\s+(?:emblématique|adjoint(?:e)?|général(?:e)?|chargé(?:e)? d[eu'][^,.;()]{0,60}?))?(?:[ \\t\\u00a0]+(?!(?:a|est|qui|et|de|du|des|à|au|aux|en|avait|était|sera|sur|pour|par)\\b)[a-zéèêàçA-Z][\\wÀ-ÿ'-]*){0,3}(?:[ \\t\\u00a0]+(?:de la|de l'|du|des|de|d'|au|à la|aux)\\s*[^,.;:()\\n]{2,80}?)?(?=[ \\t\\u00a0\\u202f]*[,.;:)\\n–—]|\\s+[–—-]\\s|\\s+\\(|\\s+(?:a|est|qui|avait|était|et)\\s|$)`;

const ROLE_START = new RegExp(`^${QUALIFIER}${ROLE}`, 'i');

const NOT_A_NAME = /^(?:Le|La|Les|Un|Une|Ce|Cette|Vu|Vus|Nom|Noms|Prénom|Prénoms|État|Etat|France|Premier|Première|Direction|Département|Mission|Ministère|Service|Agence|Pôle|Programme|Madame|Monsieur|Président|Conseil|Comité|Janvier|Février|Mars|Avril|Mai|Juin|Juillet|Août|Septembre|Octobre|Novembre|Décembre|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche|Secrétaire|Ministre|Plan|Feuille|Cadre|Le)(?![\wÀ-ÿ])/;

const PATTERNS: Array<{ re: RegExp; name: number; role: number; section?: boolean; subject?: boolean; line?: boolean; known?: boolean; cards?: boolean }> = [
  // Organisation charts: « - Directrice : Prénom Nom » under a heading naming the unit (`section`: its body).
  // (« - Responsable du pôle données : Prénom Nom », « - Coach de l'incubateur X : Prénom Nom »: the unit after the role,
  // with no digit, « - Directeur de 2015 à 2019 : » being a term; an HTML list item's line ends on the « ; » the clean
  // copy writes for its end.)
  { re: new RegExp(`(?:^|\\n)[ \\t]*(?:[-*•][ \\t]*)?(?:\\*\\*)?(${ROLE}(?:[ \\t]+(?:de la|de l'|de l’|du|des|de|d'|d’|au|à la|aux)[ \\t]*(?!depuis\\b)[^:\\n*\\d]{2,80}?)?)(?:\\*\\*)?[ \\t]*:[ \\t]*(?:\\*\\*)?(${PERSON})(?:\\*\\*)?(?=[ \\t]*;?[ \\t]*(?:\\n|$))`, 'g'), name: 2, role: 1, section: true },
  // « - **Service X (SX)** — cheffe de service : Prénom Nom »: the role of the unit the line names (`line`).
  { re: new RegExp(`[—–-][ \\t]*(${ROLE})[ \\t]*:[ \\t]*(?:\\*\\*)?(${PERSON})`, 'g'), name: 2, role: 1, line: true },
  // « - Bureau des levés (BL) – Mme Prénom Nom » (organisation charts): the head of the unit the line names.
  // (A civility, or a first name of the lexicon: « - Ouverture (9h30) – Grand Amphithéâtre » names a room.)
  { re: new RegExp(`(?:^|\\n)[ \\t]*[-*•][^\\n]*?[)\\w][ \\t]+[—–-][ \\t]+(?:(?:M\\.|Mme|Monsieur|Madame)\\s+)?(${PERSON})()[ \\t]*(?=\\n|$)`, 'g'), name: 1, role: 2, line: true, known: true },
  // « Prénom Nom est nommé chef du service … », « M. Prénom Nom, administrateur de l'État, est nommé directeur … »
  // (the office given, not the grade in apposition)
  { re: new RegExp(`(${PERSON})(?:\\s*,\\s*[^,;.()\\n]{2,80},)?\\s+(?:est|a été|sera|sont)\\s+(?:nommée?|désignée?|reconduite?)\\s+(?:(?:en qualité de|au poste de|comme)\\s+)?(${ROLE}${ROLE_TAIL})`, 'g'), name: 1, role: 2 },
  // « sous la direction de Prénom Nom », « présidé par Prénom Nom »; « le pôle X est dirigé par Prénom Nom »: the
  // body the sentence is about is where the person works (`subject`).
  { re: new RegExp(`(?:sous la direction de|présidée? par|animée? par|dirigée? par|pilotée? par|nommée?)\\s+(?:(?:M\\.|Mme|Monsieur|Madame)\\s+)?(${PERSON})(?:\\s*,\\s*(${ROLE}${ROLE_TAIL}))?`, 'g'), name: 1, role: 2, subject: true },
  // « Prénom Nom, alors directeur de la X »
  // « Clémence Durand et Théo Martin, développeurs ; »: two people and the plural of their role, each with it.
  // (A bare role only, closing its clause: « …, directeurs adjoints de la direction X » would lose its tail.)
  { re: new RegExp(`(${PERSON})(?=\\s+et\\s+${PERSON}\\s*,\\s*(${ROLE})s(?=[ \\t]*[;.\\n]|$))`, 'g'), name: 1, role: 2 },
  // (The spaces around « et » bounded: the look-behind is tried at every position, and over a long run of blanks each
  // try read the run back.)
  { re: new RegExp(`(?<=${PERSON}\\s{1,8}et\\s{1,8})(${PERSON})\\s*,\\s*(${ROLE})s(?=[ \\t]*[;.\\n]|$)`, 'g'), name: 1, role: 2 },
  { re: new RegExp(`(${PERSON})\\s*,\\s*${QUALIFIER}(${ROLE}${ROLE_TAIL})`, 'g'), name: 1, role: 2 },
  // « Prénom Nom (directrice de la X) »
  { re: new RegExp(`(${PERSON})\\s*\\(\\s*${QUALIFIER}(${ROLE}${ROLE_TAIL})\\s*\\)`, 'g'), name: 1, role: 2 },
  // « le directeur de la X, Prénom Nom » / « la ministre Prénom Nom »
  { re: new RegExp(`(?:\\b[Ll]e|\\b[Ll]a|\\b[Ll]'|\\bpar|\\b[Ss]a|\\b[Ss]on|\\b[Ll]eur)\\s*${QUALIFIER}(${ROLE}(?:\\s+(?:délégué(?:e)?|adjoint(?:e)?|général(?:e)?))?(?:\\s+(?:chargé(?:e)?\\s+)?(?:de la|de l'|du|des|de|d'|au|à la|aux)\\s*[^,.;()\\n]{2,60}?)?)\\s*,?\\s+(?:(?:M\\.|Mme|Monsieur|Madame)\\s+)?(${PERSON})`, 'g'), name: 2, role: 1 },
  // « Mme Prénom Nom », « M. Prénom Nom »
  { re: new RegExp(`\\b(?:M\\.|Mme|Mlle|Monsieur|Madame)\\s+(${PERSON})(?:\\s*,\\s*(${ROLE}${ROLE_TAIL}))?`, 'g'), name: 1, role: 2 },
  // Talk and speaker lists: « - Prénom Nom (Organisme) », « Prénom Nom – cheffe de projet, Organisme »
  // (« [ \t]*(?:mark[ \t]*)? », not « [ \t]*mark?[ \t]* »: two runs of blanks side by side split a long run every way.)
  { re: new RegExp(`(?:^|\\n)[ \\t]*(?:(?:[-*•]|\\d+[.)])[ \\t]*)?(?:\\*\\*)?(${PERSON})(?:\\*\\*)?[ \\t]*(?:[,:–—-][ \\t]*|\\()(?:${QUALIFIER})(${ROLE}[^\\n()]{0,80}?)?(?=[\\n)]|$)`, 'g'), name: 1, role: 2 },
  // « Prénom Nom prend la tête du département X », « Elle succède à Prénom Nom, qui … »: someone who takes or leaves an
  // office, named by the verb (the office, if any, is the clause's).
  // (A unit's head: « … prend la tête du département X », not « … du consortium », « … du programme »; the one succeeded
  // by a person, « Elle succède à Prénom Nom », not by a product, « La plateforme X succède à Data Pass ».)
  { re: new RegExp(`(${PERSON})\\s+(?:prend|prendra|a\\s+pris|prenait|reprend|reprendra|a\\s+repris)\\s+la\\s+tête\\s+(?:du|de\\s+la|de\\s+l'|des)\\s*(?:(?:sous-)?direction|département|bureau|service|mission|pôle|délégation|agence|secrétariat|cellule|division|inspection|centre)(?![\\wÀ-ÿ])()`, 'g'), name: 1, role: 2 },
  // (The verb first, then the look-behind for its subject: a leading look-behind would be tried at every position.)
  { re: new RegExp(`(?:succède|succédera|a\\s+succédé)(?<=(?:^|[.;!?]\\s+|,\\s*|\\n\\s*)(?:[Ii]l|[Ee]lle|qui)\\s+(?:succède|succédera|a\\s+succédé))\\s+à\\s+(?:(?:M\\.|Mme|Monsieur|Madame)\\s+)?(${PERSON})()`, 'g'), name: 1, role: 2 },
  // A speech's salutations: « Monsieur le préfet de région, cher Prénom Nom, », « Madame la directrice de X, chère … ».
  { re: new RegExp(`(?:^|\\n)[ \\t]*(?:Monsieur|Madame)\\s+(?:le|la|l')\\s*(${ROLE}[^,\\n]{0,100}?)\\s*,\\s*(?:cher|chère)\\s+(${PERSON})(?=\\s*[,;.]|\\s*$)`, 'gm'), name: 2, role: 1 },
  // « d'autres personnalités comme Prénom Nom », « des experts tels que Prénom Nom »
  { re: new RegExp(`(?:personnalités?|personnes|experts?|figures?|membres|agents|cadres|intervenant(?:e)?s?)\\s+(?:comme|tel(?:le)?s? que|dont|notamment)\\s+(${PERSON})()`, 'g'), name: 1, role: 2 },
  // « … par Prénom Nom (Organisme) et Prénom Nom (Organisme) » (speakers, authors)
  { re: new RegExp(`(?:\\bpar|\\bavec|\\bet)\\s+(${PERSON})\\s*\\(([A-ZÉ][^()\\n]{1,60})\\)`, 'g'), name: 1, role: 2 },
  // Team cards: a heading that is a person's name, then a line that is a role (« ### Prénom Nom ⏎ Directrice de X »,
  // an HTML card's « <h3> » and « <p> »). (`cards`: a heading that opens with a type word, « ### Bureau Budget », is
  // a unit's; one card alone, « ### Guichet Numérique ⏎ Responsable des … », needs a first name of the lexicon, and a
  // run of them is a team when one of them has one, « ### Data Scientist ⏎ Chargé de mission » being a job's title.)
  // (Quoted from the name to the role's end: the heading's marks, an HTML card's « <h3> », are not part of it.)
  // (The heading's marks matched, not looked behind for: a leading look-behind is tried at every position, and over a
  // long run of blanks, each try read the run back.)
  { re: new RegExp(`(?:^|\\n)[ \\t]*#{1,6}[ \\t]+(${PERSON})[ \\t]*\\n(?:[ \\t]*\\n)*[ \\t]*(${ROLE}${ROLE_TAIL})(?=[ \\t;]*(?:\\n|$))`, 'g'), name: 1, role: 2, cards: true },
  // « - Prénom Nom (Organisme) » in a list
  { re: new RegExp(`(?:^|\\n)[ \\t]*(?:[-*•]|\\d+[.)])[ \\t]*(?:\\*\\*)?(${PERSON})(?:\\*\\*)?[ \\t]*\\(([A-ZÉ][^()\\n]{1,80})\\)[ \\t]*(?=\\n|$)`, 'g'), name: 1, role: 2 },
];

/** « directrice du numérique » → the body she heads, « direction du numérique » (resolved by normalise). */
function officeBody(role: string | null): OrgRef | null {
  const body = role ? bodyOfOffice(role) : null;
  return body ? { name: body } : null;
}

function orgIn(mentions: OrgMention[], from: number, to: number): OrgRef | null {
  const m = mentions.find((x) => x.start >= from && x.end <= to);
  return m ? refOf(m) : null;
}

/** « Paul Roy, chargé de mission, pôle Données, … »: the body right after the role and a comma, where the person works. */
function bodyAfterRole(clean: string, mentions: OrgMention[], roleEnd: number): OrgRef | null {
  const comma = /^[ \t\u00a0]*,[ \t\u00a0]*(?:(?:la|le|l')[ \t\u00a0]*)?/i.exec(clean.slice(roleEnd, roleEnd + 12));
  if (!comma) return null;
  const at = roleEnd + comma[0].length;
  const m = firstMentionFrom(mentions, at);
  return m?.start === at ? refOf(m) : null;
}

const PERSON_RE = new RegExp(`^${PERSON}$`);

/**
 * People named in the front matter: `author: Prénom Nom, équipe X` (role « auteur »), and `name:` under a
 * contact key (`contact-presse:` → role « contact presse »).
 */
function frontMatterPeople(doc: SourceDocument): Fact[] {
  const end = frontMatterEnd(doc.text);
  if (!end) return [];
  const facts: Fact[] = [];
  let parentKey: string | null = null;
  let offset = 0;
  for (const line of doc.text.slice(0, end).split('\n')) {
    const top = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/.exec(line);
    const nested = /^\s+-?\s*(?:name|nom)\s*:\s*['"]?([^'"\n]+?)['"]?\s*$/.exec(line);
    let name: string | null = null;
    let role: string | null = null;
    let at = 0;
    if (top) {
      parentKey = top[1]!.toLowerCase();
      if (/^(?:author|authors|auteur|auteurs|autrice|autrices)$/.test(parentKey) && top[2]) {
        const value = top[2].replace(/^['"]|['"]$/g, '');
        const [who] = value.split(/\s*[,;(]\s*/);
        if (who && PERSON_RE.test(who)) {
          name = who;
          role = 'auteur';
          at = line.indexOf(who);
        }
      }
    } else if (nested && parentKey && /contact|presse|auteur|author|responsable/.test(parentKey) && PERSON_RE.test(nested[1]!)) {
      name = nested[1]!;
      role = parentKey.replace(/[-_]/g, ' ');
      at = line.indexOf(name);
    }
    if (name) {
      const start = offset + at;
      facts.push(factAt(doc, ID, start, start + name.length, { kind: 'person', name, role, organisation: null }));
    }
    offset += line.length + 1;
  }
  return facts;
}

/** A heading that lists the holders of an office: « Directeurs successifs », « Liste des présidents ». */
const HOLDERS_HEADING =
  /^(?:liste des\s+)?((?:directeur|directrice|président|présidente|délégué|déléguée|secrétaire|chef|cheffe|administrateur|administratrice|préfet|préfète|ministre|responsable|dirigeant|dirigeante)s?(?:\s+(?:généra(?:l|le|ux|les)|interministériel(?:le)?s?|adjointe?s?))?)(?:\s+successi(?:fs|ves))?\s*:?\s*$/i;

/** « Directeurs généraux » → « directeur général ». */
function singularRole(plural: string): string {
  return plural
    .toLowerCase()
    .split(/\s+/)
    .map((w) => (w === 'généraux' ? 'général' : w.replace(/s$/, '')))
    .join(' ');
}

const NAME_IN_ITEM = new RegExp(`(?<![\\wÀ-ÿ'’])${PERSON}(?![\\wÀ-ÿ'’])`);

/**
 * « ## Directeurs successifs » then « - 2005-2009 : Prénom Nom »: each item names a holder of the office, of the
 * body the page is about (its first heading's, else its first named body).
 */
function officeHolders(doc: SourceDocument, text: PreparedText, mentions: readonly OrgMention[]): Fact[] {
  const facts: Fact[] = [];
  const pageBody = pageBodyOf(text, mentions);
  for (let li = 0; li < text.lines.length; li++) {
    const heading = text.lines[li]!;
    if (heading.kind !== 'heading') continue;
    const h = HOLDERS_HEADING.exec(text.clean.slice(heading.contentStart, heading.end).trim());
    if (!h) continue;
    const role = singularRole(h[1]!);
    for (let j = li + 1; j < text.lines.length && text.lines[j]!.kind !== 'heading'; j++) {
      const item = text.lines[j]!;
      if (item.kind !== 'list-item' && item.kind !== 'table-row') continue;
      const content = text.clean.slice(item.contentStart, item.end);
      const name = NAME_IN_ITEM.exec(content);
      if (!name || NOT_A_NAME.test(name[0])) continue;
      const start = item.contentStart + name.index;
      facts.push(factAt(doc, ID, start, start + name[0].length, { kind: 'person', name: name[0].replace(/\s+/g, ' '), role, organisation: pageBody ? refOf(pageBody) : null }));
    }
  }
  return facts;
}

/** « Sont nommés membres du conseil X : M. A, Mme B et M. C. » (decrees, orders). */
const NAMED_MEMBERS = /(?:[Ss]ont|[Ee]st)\s+nommée?s?\s+(membres?|représentants?|représentantes?)\s+((?:du|de la|de l'|des|au|à la)\s*[^:\n]{3,120}?)\s*:\s*([^\n]{5,600})/g;
const CIVILITY_NAME = new RegExp(`(?:M\\.|Mme|Monsieur|Madame)\\s+(${PERSON})`, 'g');

/** The people a nomination lists, each with the role « membre du X ». */
function namedMembers(doc: SourceDocument, clean: string): Fact[] {
  const facts: Fact[] = [];
  if (!/nommée?s?\s+(?:membres?|représentant)/.test(clean)) return facts;
  for (const m of clean.matchAll(NAMED_MEMBERS)) {
    const role = `${m[1]!.replace(/s$/, '')} ${m[2]!.replace(/\s+/g, ' ')}`;
    const listAt = m.index! + m[0].length - m[3]!.length;
    // The list ends with the sentence (a full stop that is not the one of « M. »).
    const stop = m[3]!.search(/(?<!(?:^|\s)M)\.(?:\s|$)/);
    const list = stop < 0 ? m[3]! : m[3]!.slice(0, stop);
    for (const p of list.matchAll(CIVILITY_NAME)) {
      const start = listAt + p.index! + p[0].indexOf(p[1]!);
      facts.push(factAt(doc, ID, start, start + p[1]!.length, { kind: 'person', name: p[1]!.replace(/\s+/g, ' '), role, organisation: null }));
    }
  }
  return facts;
}

/** A role as the text writes it in a line or a cell (« Designer », « Chef de produit »), lowercase like in prose. */
const lowerFirst = (role: string) => role.charAt(0).toLowerCase() + role.slice(1);

/** A signature of an act: « Le secrétaire général, » on one line, the signatory (« B. Nom » or « Prénom Nom ») on the next. */
// (Or « Par le Premier ministre : ⏎ Prénom Nom », the countersignature's heading.)
// (A role may hold commas before its complements: « Le ministre de l'économie, des finances et de la souveraineté
// industrielle, »; the one that ends the line closes it. Not « La directrice, en 2020, ».)
const SIGNATURE = new RegExp(`(?:^|\\n)[ \\t]*(?:Par[ \\t]+(?:le|la)|Le|La)[ \\t]+((?:${ROLE}|Premier ministre|Première ministre)[^,:\\n]{0,80}?(?:,[ \\t]*(?:de[ \\t]+la|de[ \\t]+l['’]|du|des|d['’]|et)[ \\t]*[^,:\\n \\t][^,:\\n]{0,79}?)*)[ \\t]*[,:][ \\t]*\\n[ \\t]*((?:[${UPPER}]\\.[ \\t]*|${NAME_WORD}[ \\t]+)${SURNAME_WORD})[ \\t]*(?=\\n|$)`, 'g');

/** The signatories of an act, with the office they sign as (« Le secrétaire général, ⏎ B. Nom »). */
function signatures(doc: SourceDocument, clean: string): Fact[] {
  const facts: Fact[] = [];
  for (const m of clean.matchAll(SIGNATURE)) {
    const name = m[2]!.replace(/\s+/g, ' ');
    const start = m.index! + m[0].lastIndexOf(m[2]!);
    const role = m[1]!.replace(/\s+/g, ' ').trim();
    // (« Premier ministre » keeps its capital: the office's name.)
    facts.push(factAt(doc, ID, start, start + m[2]!.length, { kind: 'person', name, role: /^Premi(?:er|ère) ministre/.test(role) ? role : lowerFirst(role), organisation: officeBody(role) }));
  }
  return facts;
}

/** Markup cards naming a person and their role: « <Card title="Prénom Nom" subtitle="Designer" /> ». */
const PERSON_CARD = new RegExp(`<[A-Za-z][\\w.-]*\\b[^<>]*?\\btitle\\s*=\\s*"(${PERSON})"[^<>]*?\\b(?:subtitle|role|fonction|poste|job)\\s*=\\s*"([^"<>]{2,80})"`, 'g');

function personCards(doc: SourceDocument): Fact[] {
  const facts: Fact[] = [];
  if (!doc.text.includes('title')) return facts;
  for (const m of doc.text.matchAll(PERSON_CARD)) {
    if (!ROLE_START.test(m[2]!.trim())) continue;
    const start = m.index! + m[0].indexOf(`"${m[1]!}"`) + 1;
    const role = m[2]!.trim();
    facts.push(factAt(doc, ID, start, start + m[1]!.length, { kind: 'person', name: m[1]!, role: lowerFirst(role), organisation: null }));
  }
  return facts;
}

const PERSON_COLUMN = /^(?:nom|noms|prénom et nom|nom et prénom|membres?|personnes?|intervenante?s?|contacts?|agents?)$/i;
const ROLE_COLUMN = /^(?:rôles?|fonctions?|postes?|titres?|qualités?|responsabilités?)$/i;
const BODY_COLUMN = /^(?:structures?|organisations?|organismes?|services?|entités?|directions?|employeurs?|administrations?|rattachements?)$/i;

/** « | Nom | Rôle | Structure | » tables (a team page): one person per row whose name cell is a person's name. */
function tablePeople(doc: SourceDocument): Fact[] {
  const facts: Fact[] = [];
  for (const table of findTables(doc.text)) {
    const nameCol = columnIndex(table.header, PERSON_COLUMN);
    const roleCol = columnIndex(table.header, ROLE_COLUMN);
    if (nameCol === undefined || roleCol === undefined) continue;
    const bodyCol = columnIndex(table.header, BODY_COLUMN, new Set([nameCol, roleCol]));
    for (const { cells } of table.rows) {
      const cell = cells[nameCol];
      const name = cell?.text.replace(/^(?:M\.|Mme|Monsieur|Madame)\s+/, '') ?? '';
      if (!cell || !PERSON_RE.test(name)) continue;
      const role = cells[roleCol]?.text || null;
      const body = bodyCol === undefined ? '' : (cells[bodyCol]?.text ?? '');
      const at = cell.start + cell.raw.indexOf(name);
      facts.push(
        factAt(doc, ID, at, at + name.length, {
          kind: 'person',
          name,
          role: role ? lowerFirst(role) : null,
          organisation: body ? (looksLikeAcronym(body) ? { acronym: body } : { name: body }) : null,
        }),
      );
    }
  }
  return facts;
}

/** A match of one of the people rules: the whole match, the person's name and what follows it (role or body). */
interface PersonMatch {
  index: number;
  text: string;
  person: string | undefined;
  role: string | undefined;
  /** The role belongs to the unit the section's heading names (organisation charts). */
  section?: boolean;
  /** « X est dirigé par Prénom Nom »: where the verb is; the person works in the body the clause before names. */
  subject?: number;
  /** « Unit — rôle : Prénom Nom »: the person works in the unit the line opens with. */
  line?: boolean;
}

function* patternMatches(clean: string): Iterable<PersonMatch> {
  for (const { re, name, role, section, subject, line, known, cards } of PATTERNS) {
    re.lastIndex = 0;
    // (Counted only when a card's first name is not of the lexicon, with a pattern of its own: the loop's keeps its place.)
    let team: boolean | undefined;
    let m: RegExpExecArray | null;
    while ((m = re.exec(clean))) {
      // `known`: the name needs a civility or a first name of the lexicon.
      if (known && !/(?:M\.|Mme|Monsieur|Madame)\s+$/.test(m[0].slice(0, m[0].lastIndexOf(m[name]!))) && !isGivenName(m[name]!.split(/\s+/)[0]!)) continue;
      if (cards) {
        const first = m[name]!.split(/\s+/)[0]!;
        if (orgTypeOf(first) || NOT_A_NAME.test(m[name]!)) continue;
        if (!isGivenName(first) && !(team ??= isTeam([...clean.matchAll(new RegExp(re.source, re.flags))].map((c) => c[name]!)))) continue;
      }
      // The line break the match may open with is not part of it.
      const lead = /^\n?[ \t]*(?:[-*•][ \t]*)?(?:\*\*)?/.exec(m[0])![0].length;
      if (section) yield { index: m.index + lead, text: m[0].slice(lead), person: m[name], role: m[role], section };
      else if (subject) {
        // The name starts after the verb (and a civility): the match's text is the name and what follows it.
        const at = m[0].indexOf(m[name]!);
        yield { index: m.index + at, text: m[0].slice(at), person: m[name], role: m[role], subject: m.index };
      } else if (line) {
        // Quoted from the role (the dash before it is not part of the fact), or from the name when there is none
        // (its last occurrence: « - Cabinet de Claire Martin (CCM) – Mme Claire Martin »).
        const at = m[role] ? m[0].indexOf(m[role]!) : m[0].lastIndexOf(m[name]!);
        yield { index: m.index + at, text: m[0].slice(at), person: m[name], role: m[role], line };
      } else if (cards) {
        // Quoted from the name: the heading's marks before it are not part of the fact.
        const at = m[0].indexOf(m[name]!);
        yield { index: m.index + at, text: m[0].slice(at), person: m[name], role: m[role] };
      } else yield { index: m.index, text: m[0], person: m[name], role: m[role] };
    }
  }
}

/** Names of team cards that are people's: two cards or more, one of them with a first name of the lexicon. */
function isTeam(names: string[]): boolean {
  return names.length >= 2 && names.some((n) => isGivenName(n.split(/\s+/)[0]!));
}

/** A capitalised word, possibly hyphenated (« Pierre-Étienne »), not inside another word or a domain. */
const CAPITALISED_WORD = new RegExp(`(?<![\\wÀ-ÿ'’.@-])${NAME_WORD}(?![\\wÀ-ÿ@])`, 'g');
/** After a given name: maybe a second given name, then the surname (« Pierre Etienne Devineau »). */
const NAME_REST = new RegExp(`(?:[ \\t]+(${NAME_WORD}))?[ \\t]+(${PARTICLE}?${SURNAME_WORD})(?![\\wÀ-ÿ'’@-])`, 'y');
/** What may follow the name: a parenthesis (role or body) or a comma and a role. */
const AFTER_NAME = new RegExp(`\\s*\\(([^()\\n]{1,80})\\)|\\s*,\\s*${QUALIFIER}(${ROLE}${ROLE_TAIL})`, 'y');
/** Words that make the name that follows a place's, a school's or a law's (« rue Jean Moulin », « lycée Louise Michel »). */
const NAMED_AFTER = /(?:^|[^\wÀ-ÿ])(?:rue|avenue|boulevard|place|quai|allée|impasse|chemin|square|cours|pont|lycée|collège|école|université|campus|centre|hôpital|musée|stade|fondation|prix|loi|promotion|salle|amphithéâtre|espace|résidence|saint|sainte)\s+$/i;


/**
 * « Introduction par Jeanne Martin », « Jean-Marc Petit a rejoint l'équipe »: a given name of the lexicon and a
 * surname name a person without a role next to them; a parenthesis or a role after a comma is kept as for the
 * other rules.
 */
function* givenNameMatches(clean: string): Iterable<PersonMatch> {
  CAPITALISED_WORD.lastIndex = 0;
  let w: RegExpExecArray | null;
  while ((w = CAPITALISED_WORD.exec(clean))) {
    if (!isGivenName(w[0]) || NAMED_AFTER.test(clean.slice(Math.max(0, w.index - 30), w.index))) continue;
    NAME_REST.lastIndex = w.index + w[0].length;
    const rest = NAME_REST.exec(clean);
    if (!rest) continue;
    // A second capitalised word that is no given name is the surname (« Jeanne Martin Conseil » stops at Martin).
    // (« Anne Le Goff », « Marc Le Bihan »: a capitalised particle opens the surname.)
    const particle = rest[1] !== undefined && /^(?:Le|La|Du|Des|De)$/.test(rest[1]);
    const second = particle ? undefined : rest[1];
    const surname = second && !isGivenName(second) ? second : particle ? `${rest[1]} ${rest[2]}` : rest[2]!;
    const surnameWord = particle ? rest[2]! : surname;
    if (NOT_A_NAME.test(surnameWord) || isGivenName(surnameWord)) continue;
    const nameEnd = second && surname === second ? w.index + w[0].length + rest[0].indexOf(second) + second.length : NAME_REST.lastIndex;
    const person = clean.slice(w.index, nameEnd);
    AFTER_NAME.lastIndex = nameEnd;
    const after = AFTER_NAME.exec(clean);
    yield { index: w.index, text: after ? clean.slice(w.index, AFTER_NAME.lastIndex) : person, person, role: after?.[1] ?? after?.[2] };
    CAPITALISED_WORD.lastIndex = nameEnd;
  }
}

export function extractPeople(doc: SourceDocument) {
  const text = prepared(doc.text);
  const { mentions } = findOrgMentions(text);
  // « ## Direction X » … « - Directrice : Prénom Nom »: the unit the heading of the section names.
  const sectionUnit = (pos: number): OrgRef | null => {
    const unit = sectionUnitAt(text, mentions, pos);
    return unit ? refOf(unit) : null;
  };
  // « Sa directrice, Claire Lenoir, … »: the body a possessive points to (the last one in subject position).
  const possessorOf = (match: string, pos: number): OrgRef | null => {
    if (!/^(?:sa|son|leur)\s/i.test(match)) return null;
    const body = lastMentionBefore(text, mentions, pos);
    return body ? refOf(body) : null;
  };
  // « Le pôle X est dirigé par Prénom Nom », « le comité, présidé par … »: the body right before the verb at `verbAt`.
  const ledBody = (verbAt: number): OrgRef | null => {
    const i = mentionsEndingBy(mentions, verbAt);
    const body = mentions[i - 1];
    if (!body || !/^\s*,?\s*(?:(?:est|sont|a été|sera|seront)\s+)?$/.test(text.clean.slice(body.end, verbAt))) return null;
    return /^(?:présid|anim|dirig|pilot)/i.test(text.clean.slice(verbAt, verbAt + 6)) ? refOf(body) : null;
  };
  // The first body named on the line, before `pos`.
  const lineBody = (pos: number): OrgRef | null => {
    const lineStart = text.clean.lastIndexOf('\n', pos) + 1;
    const body = mentions.find((x) => x.start >= lineStart && x.end <= pos);
    return body ? refOf(body) : null;
  };
  const facts: Fact[] = frontMatterPeople(doc);
  const listed = [...officeHolders(doc, text, mentions), ...tablePeople(doc), ...namedMembers(doc, text.clean), ...signatures(doc, text.clean), ...personCards(doc)];
  facts.push(...listed);
  const taken: Array<[number, number]> = listed.map((f) => [f.start, f.end]);
  // The rules with a role first: a name they took is not taken again by the given-name rule.
  for (const m of [...patternMatches(text.clean), ...givenNameMatches(text.clean)]) {
    const { role } = m;
    let { person } = m;
    // « Selon Nathalie Durand, … »: a capitalised word before a given name is not part of the name.
    const words = person?.split(/\s+/) ?? [];
    if (words.length >= 3 && !isGivenName(words[0]!) && isGivenName(words[1]!) && m.text.startsWith(person!)) {
      const cut = person!.indexOf(words[1]!, words[0]!.length);
      person = person!.slice(cut);
      m.index += cut;
      m.text = m.text.slice(cut);
    }
    if (!person || NOT_A_NAME.test(person.replace(/^(?:Mme|Mlle|Monsieur|Madame)\s+/, ''))) continue;
    // « Actuellement Jeanne Martin »: a sentence-initial adverb is not a first name (« Clément » is).
    if (/^[A-ZÉ][a-zé]+ment\s/.test(person) && !isGivenName(person.split(/\s/)[0]!)) continue;
    // « par Paris Habitat (PH) »: an acronym spelled by the « name » makes it a body.
    if (role && /^[A-Z]{2,6}$/.test(role.trim()) && person.split(/\s+/).map((w) => w[0]).join('').toUpperCase() === role.trim()) continue;
    if (person.split(/\s+/).some((w) => NOT_A_NAME.test(w) && w.length > 2 && /^(?:Direction|Département|Ministère|Agence|Service|Mission|Conseil|Comité)$/.test(w))) continue;
    const start = m.index;
    const end = m.index + m.text.trimEnd().length;
    if (taken.some(([s, e]) => start < e && s < end)) continue;
    taken.push([start, end]);
    // « directrice de la DSN en 2020 »: the date says when, it is not part of the role.
    let roleText = role?.replace(/\s+/g, ' ').trim().replace(/\s+(?:(?:depuis|dès|en|jusqu'en|à compter du|à compter de|à partir du|à partir de)(?:\s+le)?|le)\s+(?:\d{1,2}(?:er)?\s+)?(?:[a-zéû]+\s+)?\d{4}$/u, '') || null;
    // (A role read ahead of the match, « A et B, développeurs », is not in its text: no body is looked for there.)
    const roleAt = roleText ? m.text.indexOf(role!) : -1;
    const roleStart = roleAt >= 0 ? m.index + roleAt : start;
    // « Prénom Nom (Organisme) »: what stands in the parenthesis is where the person works, not a role.
    let organisationName: string | null = null;
    if (roleText && !ROLE_START.test(roleText)) {
      organisationName = roleText;
      roleText = null;
    }
    facts.push(
      factAt(doc, ID, start, end, {
        kind: 'person',
        name: person.replace(/\s+/g, ' ').replace(/^(?:M\.|Mme|Mlle|Monsieur|Madame)\s+/, ''),
        role: roleText,
        organisation: role
          ? ((roleAt >= 0 ? orgIn(mentions, roleStart, roleStart + role.length + 1) ?? bodyAfterRole(text.clean, mentions, roleStart + role.length) : null) ??
            (organisationName ? { name: organisationName } : null) ??
            officeBody(roleText) ??
            possessorOf(m.text, start) ??
            (m.section ? sectionUnit(start) : null) ??
            (m.line ? lineBody(start) : null))
          : m.line
            ? lineBody(start)
            : m.subject !== undefined
            ? ledBody(m.subject)
            : null,
      }),
    );
  }
  facts.push(...componentPeople(doc, facts));
  facts.push(...civilitySurnames(doc, text.clean, facts));
  // « Mme VIDAL-AUBERT » and « Mme Claire Vidal-Aubert » in one text: one person, named in full.
  for (const f of facts) {
    if (f.data.kind !== 'person' || /\s/.test(f.data.name)) continue;
    // (« … - Mme ROUSSILHE (Manon) » read by a rule on the office before it: the given name after it, the Journal
    // officiel's way, completes the name.)
    const inCapitals = f.data.name === f.data.name.toUpperCase() ? text.clean.indexOf(f.data.name, f.start) : -1;
    const given = inCapitals >= 0 && inCapitals < f.end ? GIVEN_AFTER.exec(text.clean.slice(inCapitals + f.data.name.length, inCapitals + f.data.name.length + 40)) : null;
    if (given) {
      // (The office ran to the dash before the civility: « … en santé - Mme X ».)
      f.data = { ...f.data, name: `${given[1]} ${titleCase(f.data.name)}`, role: f.data.role?.replace(/\s+[-–—]$/, '') ?? null };
      continue;
    }
    const surname = f.data.name.toLowerCase();
    // (Only when one full name ends so: « Claire Martin » and « Paul Martin » leave « M. MARTIN » alone.)
    const fulls = new Set(facts.flatMap((g) => (g.data.kind === 'person' && g.data.name.toLowerCase().endsWith(` ${surname}`) ? [g.data.name] : [])));
    if (fulls.size === 1) f.data = { ...f.data, name: [...fulls][0]! };
  }
  facts.sort((a, b) => a.start - b.start);
  facts.push(...yamlFacts(doc, 'people'));
  return { facts, issues: [] };
}

/** A surname in capitals (« LEMOINE-VACHET », « N'DIAYE », « QUÉMÉNER »). */
const CAPITAL_SURNAME = `(?:(?:LE|LA|DU|DES|DE(?:[ \\t]+LA)?)[ \\t]+)?[${UPPER}](?:[${UPPER}]|['’][${UPPER}])+(?:-[${UPPER}](?:[${UPPER}]|['’][${UPPER}])+){0,2}`;
/** One name of such an enumeration, its civility before it if any. */
const ONE_CIVILITY_SURNAME = new RegExp(`(?:(?:M\\.|Mme|MM\\.|Mmes)[ \\t\\u00a0]+)?(${CAPITAL_SURNAME})(?![\\p{L}'’-])`, 'gu');
/** After a surname, its given name between parentheses (« M. LAMBERT-OYONO (Grégoire) », the Journal officiel's way). */
const GIVEN_AFTER = new RegExp(`^[ \\t]*\\((${NAME_WORD})\\)`, 'u');
/** « M. LEMOINE-VACHET, Mme ARDOUIN, MM. QUÉMÉNER et FAUCHEUX »: civilities and surnames in capitals, enumerated. */
const CIVILITY_SURNAMES = new RegExp(
  `(?<![\\p{L}])(?:M\\.|Mme|MM\\.|Mmes)[ \\t\\u00a0]+${CAPITAL_SURNAME}(?![\\p{L}'’-])(?:[ \\t]*(?:,|et)[ \\t]*(?:(?:M\\.|Mme|MM\\.|Mmes)[ \\t\\u00a0]+)?${CAPITAL_SURNAME}(?![\\p{L}'’-]))*`,
  'gu',
);

/** An office written in capitals after a civility: « LE PRÉSIDENT », « LA MINISTRE », « LE RAPPORTEUR ». */
const OFFICE_IN_CAPITALS = /^(?:(?:LE|LA|LES)\s+)?(?:PRÉSIDENTE?|PRESIDENTE?|MINISTRE|RAPPORTEURE?|RAPPORTEUSE|SECRÉTAIRE|DIRECTEUR|DIRECTRICE|PRÉFÈTE?|PREFETE?|DÉPUTÉE?|SÉNATEUR|SÉNATRICE|MAIRE|DÉLÉGUÉE?|GÉNÉRAL|GÉNÉRALE|COMMISSAIRE|GREFFIER|GREFFIÈRE)$/u;

/** A surname in capitals written as names are (« LEMOINE-VACHET » → « Lemoine-Vachet », « N'DIAYE » → « N'Diaye »). */
function titleCase(surname: string): string {
  return surname.toLowerCase().replace(/(^|[-'’ ])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

/**
 * People named by a civility and their surname in capitals, alone (« présenté par M. LEMOINE-VACHET, Mme ARDOUIN,
 * MM. QUÉMÉNER et FAUCHEUX »): each surname a person, written as names are, unless another rule read them already.
 */
function civilitySurnames(doc: SourceDocument, clean: string, found: readonly Fact[]): Fact[] {
  const out: Fact[] = [];
  if (!/(?:M\.|Mme|MM\.|Mmes)\s+\p{Lu}{2}/u.test(clean)) return out;
  for (const m of clean.matchAll(CIVILITY_SURNAMES)) {
    // (« M. DUPONT Jean »: a given name after it, another rule's person.)
    if (/^[ \t]+\p{Lu}\p{Ll}/u.test(clean.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
    // (After a singular civility, a name after a comma needs its own: « M. DURAND, DGFIP » names a body after him;
    // after « MM. », « Mmes », the names are listed: « MM. QUÉMÉNER, FAUCHEUX et N'DIAYE ».)
    let plural = false;
    for (const s of m[0].matchAll(ONE_CIVILITY_SURNAME)) {
      const civility = /^(MM\.|Mmes|M\.|Mme)/.exec(s[0])?.[1];
      if (civility) plural = civility === 'MM.' || civility === 'Mmes';
      else if (!plural && /,\s*$/.test(m[0].slice(0, s.index))) continue;
      // (An office, « M. LE PRÉSIDENT », « Mme LA MINISTRE », is no one's name.)
      if (OFFICE_IN_CAPITALS.test(s[1]!)) continue;
      const start = m.index + s.index + s[0].length - s[1]!.length;
      const end = start + s[1]!.length;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      const surname = titleCase(s[1]!.replace(/\s+/g, ' '));
      const given = GIVEN_AFTER.exec(clean.slice(end, end + 40));
      // (The person the text names elsewhere with a given name: one record, under that name.)
      const name = given ? `${given[1]} ${surname}` : surname;
      out.push(factAt(doc, ID, start, given ? end + given[0].length : end, { kind: 'person', name, role: null, organisation: null }));
    }
  }
  return out;
}

/** A component naming a person by its attributes: « <Membre nom="Prénom Nom" role="Coach" structure="DPAA" /> ». */
const PERSON_COMPONENT = /<[A-Z][\w.]*\b[^<>]*?(?<![\w-])(?:nom|name|personne)\s*=\s*"([^"<>]{3,60})"[^<>]*>/g;
const ROLE_ATTRIBUTE = /(?<![\w-])(?:role|rôle|fonction|poste|titre|title)\s*=\s*"([^"<>]{2,80})"/;
const BODY_ATTRIBUTE = /(?<![\w-])(?:structure|organisation|organization|entite|entité|service)\s*=\s*"([^"<>]{2,80})"/;

/** People of MDX components (team cards): the name attribute, its role and body attributes; not read twice. */
function componentPeople(doc: SourceDocument, found: readonly Fact[]): Fact[] {
  const out: Fact[] = [];
  if (!/<[A-Z]/.test(doc.text)) return out;
  for (const m of doc.text.matchAll(PERSON_COMPONENT)) {
    const name = m[1]!.trim();
    // (A person's name: two words or more, capitalised.)
    if (!/^\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)+$/u.test(name)) continue;
    const start = m.index! + m[0].indexOf(m[1]!) + (m[1]!.length - m[1]!.trimStart().length);
    if (found.some((f) => f.start < start + name.length && start < f.end)) continue;
    const role = ROLE_ATTRIBUTE.exec(m[0])?.[1]?.trim() ?? null;
    const body = BODY_ATTRIBUTE.exec(m[0])?.[1]?.trim();
    const organisation: OrgRef | null = body ? (looksLikeAcronym(body) ? { acronym: body } : { name: body }) : null;
    out.push(factAt(doc, ID, start, start + name.length, { kind: 'person', name, role, organisation }));
  }
  return out;
}

export const peopleExtractor: Extractor = { id: ID, version: 43, extract: extractPeople };
