/**
 * People and their roles: « Prénom Nom, alors directeur de la X », « le directeur de la X, Prénom Nom »,
 * « Prénom Nom (directrice de …) », « Mme Prénom Nom ». Reads a SourceDocument; returns `person` facts.
 * A name is only taken next to a role noun of the closed set (or a civility), never from capitals alone.
 */
import type { Extractor, Fact, OrgRef, SourceDocument } from '../../../types/domain.ts';
import { ROLE_ALTERNATION } from '../lexicon.ts';
import { findOrgMentions, type OrgMention } from '../org-mentions.ts';
import { frontMatterEnd, prepared } from '../text.ts';
import { bodyOfOffice, refOf } from './organisations.ts';

const ID = 'people';
const UPPER = 'A-ZÉÈÊÀÂÎÔÛÇ';
const LOWER = "a-zéèêëàâäîïôöûüç";
const NAME_WORD = `[${UPPER}][${LOWER}]+(?:-[${UPPER}][${LOWER}]+)?`;
const SURNAME_WORD = `(?:[${UPPER}][${LOWER}'’]+(?:-[${UPPER}][${LOWER}]+)?|[${UPPER}]{2,}(?:-[${UPPER}]{2,})?)`;
/** Prénom [Prénom] [particule] Nom */
const PERSON = `${NAME_WORD}(?:\\s+${NAME_WORD})?\\s+(?:(?:de|du|de la|d'|van|von|le|la)\\s+)?${SURNAME_WORD}`;
/** Role nouns, with a capital or not (« Chef de … » at the start of a parenthesis). */
const ROLE = `(?:${ROLE_ALTERNATION.split('|').map((r) => (/^[a-zé]/.test(r) ? `[${r[0]}${r[0]!.toUpperCase()}]${r.slice(1)}` : r)).join('|')})`;
const QUALIFIER = "(?:(?:alors|ex-|ancien(?:ne)?|actuel(?:le)?|nouveau|nouvelle|futur(?:e)?)\\s*)?";
const ROLE_TAIL = `(?:\\s+(?:emblématique|adjoint(?:e)?|général(?:e)?|chargé(?:e)? d[eu'][^,.;()]{0,60}?))?(?:\\s+(?!(?:a|est|qui|et|de|du|des|à|au|aux|en|avait|était|sera|sur|pour|par)\\b)[a-zéèêàçA-Z][\\wÀ-ÿ'-]*){0,3}(?:\\s+(?:de la|de l'|du|des|de|d'|au|à la|aux)\\s*[^,.;()\\n]{2,80}?)?(?=[,.;)\\n–—]|\\s+[–—-]\\s|\\s+(?:a|est|qui|avait|était|et)\\s|$)`;

const ROLE_START = new RegExp(`^${QUALIFIER}${ROLE}`, 'i');

const NOT_A_NAME = /^(?:Le|La|Les|Un|Une|Ce|Cette|État|Etat|France|Premier|Première|Direction|Département|Mission|Ministère|Service|Agence|Pôle|Programme|Madame|Monsieur|Président|Conseil|Comité|Janvier|Février|Mars|Avril|Mai|Juin|Juillet|Août|Septembre|Octobre|Novembre|Décembre|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche|Secrétaire|Ministre|Plan|Feuille|Cadre|Le)(?![\wÀ-ÿ])/;

const PATTERNS: Array<{ re: RegExp; name: number; role: number }> = [
  // « Prénom Nom, alors directeur de la X »
  { re: new RegExp(`(${PERSON})\\s*,\\s*${QUALIFIER}(${ROLE}${ROLE_TAIL})`, 'g'), name: 1, role: 2 },
  // « Prénom Nom (directrice de la X) »
  { re: new RegExp(`(${PERSON})\\s*\\(\\s*${QUALIFIER}(${ROLE}${ROLE_TAIL})\\s*\\)`, 'g'), name: 1, role: 2 },
  // « le directeur de la X, Prénom Nom » / « la ministre Prénom Nom »
  { re: new RegExp(`(?:\\b[Ll]e|\\b[Ll]a|\\b[Ll]'|\\bpar)\\s*${QUALIFIER}(${ROLE}(?:\\s+(?:de la|de l'|du|des|de|d'|au|à la|aux)\\s*[^,.;()\\n]{2,60}?)?)\\s*,?\\s+(${PERSON})`, 'g'), name: 2, role: 1 },
  // « Mme Prénom Nom », « M. Prénom Nom »
  { re: new RegExp(`\\b(?:M\\.|Mme|Mlle|Monsieur|Madame)\\s+(${PERSON})(?:\\s*,\\s*(${ROLE}${ROLE_TAIL}))?`, 'g'), name: 1, role: 2 },
  // Talk and speaker lists: « - Prénom Nom (Organisme) », « Prénom Nom – cheffe de projet, Organisme »
  { re: new RegExp(`(?:^|\\n)[ \\t]*(?:[-*•]|\\d+[.)])?[ \\t]*(?:\\*\\*)?(${PERSON})(?:\\*\\*)?[ \\t]*(?:[,:–—-][ \\t]*|\\()(?:${QUALIFIER})(${ROLE}[^\\n()]{0,80}?)?(?=[\\n)]|$)`, 'g'), name: 1, role: 2 },
  // « d'autres personnalités comme Prénom Nom », « des experts tels que Prénom Nom »
  { re: new RegExp(`(?:personnalités?|personnes|experts?|figures?|membres|agents|cadres|intervenant(?:e)?s?)\\s+(?:comme|tel(?:le)?s? que|dont|notamment)\\s+(${PERSON})()`, 'g'), name: 1, role: 2 },
  // « … par Prénom Nom (Organisme) et Prénom Nom (Organisme) » (speakers, authors)
  { re: new RegExp(`(?:\\bpar|\\bavec|\\bet)\\s+(${PERSON})\\s*\\(([A-ZÉ][^()\\n]{1,60})\\)`, 'g'), name: 1, role: 2 },
  // « - Prénom Nom (Organisme) » in a list
  { re: new RegExp(`(?:^|\\n)[ \\t]*(?:[-*•]|\\d+[.)])[ \\t]*(?:\\*\\*)?(${PERSON})(?:\\*\\*)?[ \\t]*\\(([A-ZÉ][^()\\n]{1,80})\\)[ \\t]*(?=\\n|$)`, 'g'), name: 1, role: 2 },
  // « sous la direction de Prénom Nom », « présidé par Prénom Nom »
  { re: new RegExp(`(?:sous la direction de|présidée? par|animée? par|nommée?)\\s+(${PERSON})(?:\\s*,\\s*(${ROLE}${ROLE_TAIL}))?`, 'g'), name: 1, role: 2 },
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
      facts.push({
        source_id: doc.id,
        start,
        end: start + name.length,
        quote: doc.text.slice(start, start + name.length),
        extractor: ID,
        data: { kind: 'person', name, role, organisation: null },
      });
    }
    offset += line.length + 1;
  }
  return facts;
}

export function extractPeople(doc: SourceDocument) {
  const text = prepared(doc.text);
  const { mentions } = findOrgMentions(text);
  const facts: Fact[] = frontMatterPeople(doc);
  const taken: Array<[number, number]> = [];
  for (const { re, name, role } of PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text.clean))) {
      const person = m[name];
      if (!person || NOT_A_NAME.test(person.replace(/^(?:Mme|Mlle|Monsieur|Madame)\s+/, ''))) continue;
      // « Actuellement Jeanne Martin »: a sentence-initial adverb is not a first name.
      if (/^[A-ZÉ][a-zé]+ment\s/.test(person)) continue;
      // « par Paris Habitat (PH) »: an acronym spelled by the « name » makes it a body.
      if (m[role] && /^[A-Z]{2,6}$/.test(m[role]!.trim()) && person.split(/\s+/).map((w) => w[0]).join('').toUpperCase() === m[role]!.trim()) continue;
      if (person.split(/\s+/).some((w) => NOT_A_NAME.test(w) && w.length > 2 && /^(?:Direction|Département|Ministère|Agence|Service|Mission|Conseil|Comité)$/.test(w))) continue;
      const start = m.index;
      const end = m.index + m[0].trimEnd().length;
      if (taken.some(([s, e]) => start < e && s < end)) continue;
      taken.push([start, end]);
      let roleText = m[role]?.replace(/\s+/g, ' ').trim() || null;
      const roleStart = roleText ? m.index + m[0].indexOf(m[role]!) : start;
      // « Prénom Nom (Organisme) »: what stands in the parenthesis is where the person works, not a role.
      let organisationName: string | null = null;
      if (roleText && !ROLE_START.test(roleText)) {
        organisationName = roleText;
        roleText = null;
      }
      facts.push({
        source_id: doc.id,
        start,
        end,
        quote: doc.text.slice(start, end),
        extractor: ID,
        data: {
          kind: 'person',
          name: person.replace(/\s+/g, ' ').replace(/^(?:M\.|Mme|Mlle|Monsieur|Madame)\s+/, ''),
          role: roleText,
          organisation: m[role]
            ? (orgIn(mentions, roleStart, roleStart + m[role]!.length + 1) ??
              (organisationName ? { name: organisationName } : null) ??
              officeBody(roleText))
            : null,
        },
      });
    }
  }
  facts.sort((a, b) => a.start - b.start);
  return { facts, issues: [] };
}

export const peopleExtractor: Extractor = { id: ID, version: 1, extract: extractPeople };
