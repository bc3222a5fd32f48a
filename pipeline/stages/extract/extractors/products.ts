/**
 * Products, services, platforms and networks, with their operator where the text states it.
 * Reads a SourceDocument; returns `product` facts. Patterns: « le service Xyz », « la plateforme « Xyz » »,
 * « Xyz est une application de … », enumerations after a product word (« logiciels : A, B et C »),
 * product-headed acronym definitions (« plateforme d'accès … (ABC) »). The operator is the organisation that
 * the sentence says designs, runs or offers it (« X a conçu et gère le service Y », « Y, opéré par X »).
 */
import type { Extractor, Fact, OrgRef, SourceDocument } from '../../../types/domain.ts';
import { GENERIC_ACRONYMS, MONTH_ALTERNATION, PRODUCT_TYPE_ALTERNATION, REMIT_VERB_ALTERNATION, SOFTWARE_WORD_ALTERNATION, isGivenName, orgTypeOf, productTypeOf } from '../lexicon.ts';
import { findOrgMentions, firstMentionFrom, looksLikeAcronym, mentionIndexFrom, type OrgMention } from '../org-mentions.ts';
import { columnIndex, findTables } from '../tables.ts';
import { foldForMatch, lineStartAt, prepared, sectionNumberOf, sentenceAt, type Line, type PreparedText } from '../text.ts';
import { pageBodyOf, refOf } from './organisations.ts';
import { factAt } from '../fact.ts';
import { frontMatterYaml, isProductPage, scalarAt } from '../front-matter.ts';
import { yamlFacts } from '../yaml-records.ts';

const ID = 'products';
const UP = 'A-ZÉÈÀÂÎÔÇ';
/** A product name: CamelCase or capitalised words (1–3, « Escale+ » with its plus, « Données.État » with its dot), or a domain such as « exemple.gouv.fr ». */
const PRODUCT_NAME = `(?:[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:gouv\\.fr|fr|org|io|eu|com)|(?:e-)?[${UP}][\\wÀ-ÿ'-]*(?:\\.[${UP}][\\wÀ-ÿ'-]*)*\\+?(?:[ \\u00a0]+(?:[${UP}0-9][\\wÀ-ÿ'.-]*\\+?)){0,2})`;
const NOT_PRODUCT = /^(?:Le|La|Les|Un|Une|Il|Elle|Ce|Cette|Cela|Tout|Toute|Tous|Chaque|Rien|Personne|Chacun|État|Etat|France|Premier|Internet|Europe|Cloud|Et|De|Du|Des)$/;

/** Common nouns that open descriptive names (« Annuaire de l'action publique », « Registre national des écoles »). */
const DESCRIPTIVE_HEAD = /^(?:Code|Répertoire|Base|Annuaire|Guide|Catalogue|Carte|Compte|Espace|Bourse|Registre|Fichier|Système|Portail|Observatoire|Référentiel|Baromètre|Tableau|Journal|Bulletin|Dossier|Bibliothèque|Atlas|Inventaire|Cadastre|Plan)$/;
/** An adjective after a name's noun (« national », « numérique », « personnel »). */
const NAME_ADJECTIVE = String.raw`[ \t]+[\p{L}][\p{L}-]*(?:iques?|als?|ales?|aux|elles?|els?|aires?|ées?|és?|iennes?|iens?|ères?|ers?|ifs?|ives?|ante?s?|ente?s?)(?![\p{L}])`;
/** A lowercase adjective, known by its ending (« cartographique », « national », « collaboratif »). */
const LOWER_ADJECTIVE = String.raw`[a-zéèêàâîôûç][a-zéèêàâîôûç-]*(?:iques?|ales?|aux|elles?|els?|aires?|ées?|iennes?|iens?|ifs?|ives?)(?![\wÀ-ÿ])`;
/** What may follow such a name's noun: adjectives, then a complement (« national des écoles », « de l'action publique »). */
const NAME_COMPLEMENT = new RegExp(
  String.raw`^(?:${NAME_ADJECTIVE}){0,2}(?:[ \t]+(?:du|des|de la|de l'|de|d')[ \t]*[\p{L}][\p{L}'-]*(?:${NAME_ADJECTIVE}){0,2})?`,
  'u',
);

/**
 * An API's complement: adjectives, then « de » and a lowercase noun that is not who uses or runs it, nor an adverbial
 * phrase (« du foyer », not « des administrations », « de nouveau »).
 */
const API_COMPLEMENT = new RegExp(
  String.raw`^(?:[ \t]+${LOWER_ADJECTIVE}){0,2}(?:[ \t]+(?:du|des|de la|de)[ \t]+(?!(?:la|le|les|l'|nouveau|plus|façon|manière|même|suite|fait|retour|recette|production|test|tests|gouvernement|administrations?|collectivités?|usagers?|agents?|partenaires?|entreprises?|particuliers?|services?|ministères?|agences?|directions?|opérateurs?|préfectures?|communes?|caisses?|régions?|départements?|mairies?|établissements?)(?![\p{L}]))\p{Ll}[\p{Ll}-]*(?![\p{L}'’])(?:[ \t]+${LOWER_ADJECTIVE}){0,2})?`,
  'u',
);

/** Capitalised words that open a sentence's adverbial, not a name (« En 2020, … », « Depuis mars, … »). */
const ADVERBIAL_START =
  /^(?:[\p{Lu}][\p{Ll}]+ièmement|Premièrement|D'abord|Tout d'abord|Au-delà|Au-dessus|En-dehors|Là|Ici|En|Dans|Pour|Par|Depuis|Avec|Sur|Sous|Au|Aux|À|Ainsi|Enfin|Puis|Selon|Pendant|Après|Avant|Lors|Dès|Chaque|Tous|Toutes|Cette|Ce|Ces|Cet|Son|Sa|Ses|Leur|Leurs|Notre|Nos|Votre|Vos|Aujourd'hui|Demain|Hier|Désormais|Parallèlement|Également|Ensuite|Aussi|Or|Mais|Donc|Car|Si|Quand|Comme|Janvier|Février|Mars|Avril|Mai|Juin|Juillet|Août|Septembre|Octobre|Novembre|Décembre|Fin|Début|Mi)$/u;

const OPERATOR_VERBS =
  /(?<![\wÀ-ÿ])(?:a conçu|conçoit|gère|gérée?|opère|opérée?|développe|développée?|pilote|pilotée?|porte|portée?|propose|proposée?|met à disposition|édite|éditée?|anime|animée?|lance|lancée?|maintient|déploie|héberge|construit|exploite|exploitée?)(?![\wÀ-ÿ])/i;

/** « …, développée par », « …, opérée par », « …, aujourd'hui exploité par », « …, conçu en 2022 par »: an operator given after a comma. */
const OPERATED_BY =
  /^[^.;]{0,80}?,\s*(?:(?:aujourd'hui|désormais|actuellement|déjà)\s+)?(?:conçue?s?|développée?s?|opérée?s?|éditée?s?|gérée?s?|portée?s?|pilotée?s?|maintenue?s?|proposée?s?|créée?s?|exploitée?s?|hébergée?s?|mise?s?\s+en\s+œuvre)(?:\s+(?:en|dès|depuis|le|au|à|fin|début)\s+[^,.;«»]{1,25}?)?\s+par\s+/i;

function operatorFor(text: PreparedText, mentions: OrgMention[], pos: number): OrgRef | null {
  // (Sentences and mentions in order of position: looked up by binary search, a text may hold thousands of products.)
  const s = sentenceAt(text, pos);
  if (!s) return null;
  // « … opéré par X » / « … de la X » right after the product
  const after = text.clean.slice(pos, s.end);
  // « X, opérée par l'ANTD », « X, développée par la DSN »: the participle may follow a comma.
  const by = /^[^,.;]{0,60}?\b(?:par|de la|du|de l')\s*/i.exec(after) ?? OPERATED_BY.exec(after);
  if (by) {
    const article = /^(?:la|le|les)\s+|^l'/i.exec(text.clean.slice(pos + by[0].length, pos + by[0].length + 4))?.[0].length ?? 0;
    const at = pos + by[0].length + article;
    const m = firstMentionFrom(mentions, at);
    if (m && m.start <= at + 1 && /par\s*$/.test(by[0])) return refOf(m);
  }
  const before = text.clean.slice(s.start, pos);
  if (OPERATOR_VERBS.test(before)) {
    for (let k = mentionIndexFrom(mentions, s.start); k < mentions.length && mentions[k]!.start < pos; k++) if (mentions[k]!.end <= pos) return refOf(mentions[k]!);
  }
  // « Xyz est un service … Il est porté par la direction X »: the next sentence, about it by a pronoun.
  const next = text.sentences[mentionIndexFrom(text.sentences, s.end)];
  const pronoun = next ? PRONOUN_OPERATED_BY.exec(next.text) : null;
  if (next && pronoun) {
    const at = next.start + pronoun[0].length;
    const m = firstMentionFrom(mentions, at);
    if (m && m.start <= at + 1) return refOf(m);
  }
  return null;
}

/** « Il est porté par la », « Elle est développée et opérée par l' »: a pronoun's operator. */
const PRONOUN_OPERATED_BY = /^\s*(?:il|elle)\s+(?:est|a\s+été)\s+(?:(?:conçue?|développée?|portée?|opérée?|gérée?|pilotée?|éditée?|maintenue?|exploitée?)(?:\s+et\s+|\s*,\s*)?)+\s*par\s+(?:la\s+|le\s+|les\s+|l')?/i;

/** A name of capitalised parts joined by hyphens (« Parlons-État », « RDV-Préf », « Clé-Agent »). */
const COMPOUND_NAME = String.raw`[A-ZÉÈÀÂÎÔ][\wÀ-ÿ']*(?:-[A-ZÉÈÀÂÎÔ][\wÀ-ÿ']*)+`;
/** A name of two capitalised parts joined by a hyphen and nothing else (« Cirrus-État »; « Auvergne-Rhône-Alpes », a region's, has three). */
const COMPOUND_NAME_ALONE = /^[A-ZÉÈÀÂÎÔ][\wÀ-ÿ']*-[A-ZÉÈÀÂÎÔ][\wÀ-ÿ']*$/;
/** The start of a line that says where something happens: « Lieu : », « Adresse : », « - Où : ». */
const PLACE_LINE = /^[ \t]*(?:[-*•][ \t]+)?(?:\*\*)?(?:lieu|adresse|localisation|où)(?:\*\*)?[ \t]*:/iu;
/** A software word right before a name (« la plateforme X », « l'application X »). */
const SOFTWARE_WORD_BEFORE = new RegExp(String.raw`(?<![\p{L}])${SOFTWARE_WORD_ALTERNATION}\s+(?:«\s*)?$`, 'iu');
/** A fact's quote that opens with its software word (« plateforme Webconf-État »). */
const SOFTWARE_WORD_OPENING = new RegExp(String.raw`^${SOFTWARE_WORD_ALTERNATION}\s`, 'iu');

/**
 * Places written as compounds (« Saint-Malo », « Île-de-France »), ending with a compass point (« Vaux-Ouest ») or
 * holding a particle (« Boulogne-sur-Mer », « Aix-en-Provence »): no product.
 */
const PLACE_COMPOUND = /^(?:Saint|Sainte|Île|Haute|Haut|Basse|Bas|Val|Pays|Seine|Loire|Rhône|Grand|Nouvelle|Mont|Port|Bourg|Pont|Châtel|Villeneuve)-|-(?:Nord|Sud|Est|Ouest|Centre)$|-(?:sur|sous|en|lès|lez|les|le|la|de|du|aux)-/;

const NAME_HEADER = /^(?:nom|intitulé|jeux? de données|référentiels?|données|produits?|services?|outils?|applications?|plateformes?|bases?|logiciels?|sites?|registres?|répertoires?|projets?)\b/i;
const OPERATOR_HEADER = /producteur|opérateur|responsable|gestionnaire|éditeur|porteu(?:r|se)|administration|organisme|fournisseur|propriétaire|ministère|unité\s+(?:porteuse|pilote|responsable)|maîtrise\s+d'ouvrage|(?:opéré|géré|porté|développé|édité)e?s?\s+par/i;
const DESCRIPTION_HEADER = /description|objet|contenu|usage|finalité/i;
/** A name column whose header says its rows are products. */
const PRODUCT_HEADER = /^(?:produits?|services?(?: numériques?)?|outils?|applications?|plateformes?|logiciels?|téléservices?|sites?)$/i;

/**
 * A name opened by what a project does (« Raccordement de … », « Migration des … », « Mise en place de … »); not by
 * what a user files or asks (« Déclaration de … », « Demande de … », « Inscription à … »: online procedures' names).
 */
const ACTION_NOUN = /^(?:Raccordement|Migration|Modernisation|Refonte|Déploiement|Généralisation|Dématérialisation|Renouvellement|Remplacement|Extension|Construction|Développement|Transformation|Harmonisation|Sécurisation|Rationalisation|Convergence|Fermeture|Internalisation|Externalisation|Mutualisation|Consolidation|Industrialisation|Urbanisation|Reprise|Bascule|Mise\s+(?:en|à)\s+\p{Ll}+)(?:\s+(?:de|des|du|d'|vers|à|au|aux|en)(?![\p{L}])|$)/u;

/** Tables whose header names products and who runs them (« Nom | Producteur | Description »). */
function fromTables(doc: SourceDocument) {
  const out: Array<{ start: number; end: number; name: string; type: string | null; description: string | null; operator: OrgRef | null }> = [];
  for (const table of findTables(doc.text)) {
    // A matrix: rows of products, one column per organisation (empty top-left cell, organisations as headers);
    // the first organisation with something in the row is its operator.
    const orgHeaders = table.header.slice(1).filter((c) => looksLikeAcronym(c.text));
    if (table.header[0]!.text === '' && orgHeaders.length >= 2) {
      for (const { cells } of table.rows) {
        const cell = cells[0];
        const name = cell?.text.replace(/\s*<sup>.*$/, '').trim() ?? '';
        if (!cell || name.length < 2 || name.length > 40 || /^[.…]+$/.test(name)) continue;
        const k = cells.findIndex((c, i) => i > 0 && c.text !== '');
        const op = k > 0 ? table.header[k]?.text : undefined;
        const at = cell.start + (cell.raw.length - cell.raw.trimStart().length);
        out.push({ start: at, end: at + name.length, name, type: null, description: null, operator: op && looksLikeAcronym(op) ? { acronym: op } : null });
      }
      continue;
    }
    const nameCol = columnIndex(table.header, NAME_HEADER);
    const opCol = columnIndex(table.header, OPERATOR_HEADER);
    if (nameCol === undefined || nameCol === opCol) continue;
    // Without a column saying who runs them, the name column must say they are products (« Produit », « Service »).
    if (opCol === undefined && !PRODUCT_HEADER.test(table.header[nameCol]!.text)) continue;
    const descCol = columnIndex(table.header, DESCRIPTION_HEADER, new Set(opCol === undefined ? [nameCol] : [nameCol, opCol]));
    const type = productTypeOf(table.header[nameCol]!.text.split(/\s/)[0]!.toLowerCase()) ?? null;
    for (const { cells } of table.rows) {
      const cell = cells[nameCol];
      const op = opCol === undefined ? '' : (cells[opCol]?.text ?? '');
      // « Applications » may head a column of counts (« Lot | Applications | Échéance »): numbers are no names; nor is
      // a row that sums the others (« Total », « Ensemble »).
      // (Nor is an address alone, « [[https://…]] », or a wiki page's id, « [[outils:tableau_de_bord]] »: they name no product.)
      if (!cell || cell.text.length < 2 || /^[\d\s.,%]+$/.test(cell.text) || /^(?:total|sous-total|ensemble|tous|toutes)\b/i.test(cell.text) || /^(?:https?|ftp):\/\/\S+$/i.test(cell.text) || /^[\w-]+(?::[\w-]+)+$/.test(cell.text)) continue;
      // (« SDPA — bureau des applications agricoles »: a path, the unit at its end runs the product.)
      const runBy = op.split(/\s+[—–-]\s+/).pop()!.trim();
      const operator = runBy ? (looksLikeAcronym(runBy) ? { acronym: runBy } : { name: runBy }) : null;
      const description = descCol !== undefined ? cells[descCol]?.text || null : null;
      // A cell may hold several linked items (« [X](…) et [Y](…) »): one product each.
      const linked = [...cell.raw.matchAll(/\[([^\]]{2,200})\]\([^)]*\)/g)];
      const items = linked.length
        ? linked.map((l) => ({ at: cell.start + l.index + 1, name: l[1]! }))
        : [{ at: cell.start + (cell.raw.length - cell.raw.trimStart().length), name: cell.text }];
      for (const item of items) {
        // « Base Adresse Nationale (BAN) »: the acronym is not part of the name.
        const name = item.name.replace(/\s*\(([A-Z][A-Za-z0-9]{1,11})\)\s*$/, '').trim();
        const end = linked.length ? item.at + item.name.length : cell.start + cell.raw.trimEnd().length;
        // « Entrepôt de données « Silo » », « Migration vers le nuage « Canopée » »: the name between guillemets.
        const quoted = /«\s*([^«»]{2,60}?)\s*»\s*$/.exec(name);
        if (quoted) {
          const at = doc.text.indexOf(quoted[1]!, item.at);
          if (at >= 0 && at < end) {
            out.push({ start: at, end: at + quoted[1]!.length, name: quoted[1]!, type, description: name, operator });
            continue;
          }
        }
        // « Boussole, tableaux de bord de pilotage », « Passerelle X, plateforme d'échange d'API (remplace Y) »: a
        // short name, then after a comma what it is, in lowercase words.
        // (Not a list of what a service offers, « Messagerie, agenda et visioconférence », « Paie, congés et temps de
        // travail »: the words after the comma go on with « et » or another comma.)
        // (Or after a dash: « **Capt'Eau** – télérelève des forages agricoles ».)
        const apposed = /^(\p{Lu}[^,()«»;:–—]{1,40}?)(?:\s*,|\s+[–—-])\s+(\p{Ll}[^]{2,300})$/u.exec(name);
        const apposedAt = apposed ? doc.text.indexOf(apposed[1]!.trim(), item.at) : -1;
        if (apposed && apposedAt >= 0 && apposedAt < end && apposed[1]!.split(/\s+/).length <= 4 && !ACTION_NOUN.test(apposed[1]!) && !/^\p{Ll}[\p{Ll}'’-]*\s*(?:,|et\s)/u.test(apposed[2]!)) {
          const apposedName = apposed[1]!.trim();
          out.push({ start: apposedAt, end: apposedAt + apposedName.length, name: apposedName, type, description: description ?? apposed[2]!, operator });
          continue;
        }
        // « Clé-Paie (paie des agents de l'État) », « Orion-RH (SIRH interministériel) »: a name, then in parentheses
        // what it is, in lowercase words (an acronym may open them).
        // (Not a status: « Modernisation de la paie (en cours) ».)
        const described = /^(\p{Lu}[^()]{1,60}?)\s*\(\s*(?!(?:en|à|au|terminée?|abandonnée?|suspendue?|prévue?|livrée?|achevée?|reportée?)(?![\p{L}]))((?:\p{Lu}{2,6}\s+)?\p{Ll}[^()]{2,80}?)\s*\)$/u.exec(name);
        const at = described ? doc.text.indexOf(described[1]!, item.at) : -1;
        if (described && at >= 0 && at < end) {
          out.push({ start: at, end: at + described[1]!.length, name: described[1]!, type, description: description ?? described[2]!, operator });
          continue;
        }
        // « Raccordement de 212 refuges au réseau ministériel »: a project's action, not a product's name.
        if (ACTION_NOUN.test(name) && !/\s\p{Lu}/u.test(name)) continue;
        out.push({ start: item.at, end, name, type, description, operator });
      }
    }
  }
  return out;
}

/** Right before a surname: a civility or a given name (« M. Paul », « Mme », « Claire »). */
const PERSON_BEFORE = /(?:(?:^|[^\p{L}])(?:M\.|Mme|Mmes|MM\.|Dr|Pr)\s*|[A-ZÉ][a-zéèëï]+\s+)$/u;
/** An apposition headed by a role or a place: « le directeur … », « la région … », « la commune … ». */
const PERSON_OR_PLACE_HEAD = /^(?:l'|le\s|la\s|un\s|une\s|notre\s|son\s|sa\s)\s*(?:(?:nouvel(?:le)?|nouveau|première|premier|ancien(?:ne)?|actuel(?:le)?)\s+)?(?:directeur|directrice|chef|cheffe|président|présidente|préfet|préfète|ministre|maire|secrétaire|délégué|déléguée|adjoint|adjointe|responsable|conseiller|conseillère|rapporteur|rapporteure|sénateur|sénatrice|député|députée|région|commune|ville|métropole|capitale|département|territoire|collectivité|agglomération|préfecture)(?![\p{L}])/iu;

/** A lowercase adjective by its ending (« interministériel », « régional », « mutualisé »). */
const ADJECTIVE = String.raw`[a-zéèêàç]+(?:al|ale|aux|ales|el|elle|els|elles|iel|ielle|ique|iques|aire|aires|if|ive|é|ée|és|ées)`;

/** Right before a call's name: « appel à projets », « appel à manifestation d'intérêt », « appel à candidatures ». */
const CALL_BEFORE = /appels?\s+(?:à|a)\s+(?:(?:projets?|manifestations?\s+d'intérêt|candidatures?|initiatives?|communs?)\s*(?:«\s*)?)?$/i;

/** A name folded to its letters and digits (« Aide-Logis » ~ « aidelogis »). */
const compactKey = (name: string) =>
  foldForMatch(name)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** What introduces a site given for reference: « En savoir plus : », « Plus d'informations : », « Voir aussi : ». */
const REFERENCE_LEAD = /(?:en savoir plus|plus d['’]informations?|informations?|voir aussi|voir|site internet|site web|contact)\s*:\s*\[?\s*$/i;

const TLD = /\.(?:fr|org|eu|io|net)/g;
const DOMAIN_AT = /[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:gouv\.fr|fr|org|eu|io|net)(?![\w/@-]|\.[a-z])/y;
const DOMAIN_CHAR = /[a-z0-9.-]/;
const NOT_BEFORE_DOMAIN = /[\w/.@:-]/;

/**
 * The matches of `/(?<![\w/.@:-])DOMAIN_AT/g` in order, without trying every position: a match lies in a run of
 * [a-z0-9.-] characters, starts it (inside the run the lookbehind fails, and so just after a match) and holds a
 * « .fr », « .org »…: only the run around each such suffix is tried, once.
 */
function domainNames(clean: string): Array<{ index: number; text: string }> {
  const out: Array<{ index: number; text: string }> = [];
  let lastRun = -1;
  TLD.lastIndex = 0;
  for (let t = TLD.exec(clean); t; t = TLD.exec(clean)) {
    let run = t.index;
    while (run > 0 && DOMAIN_CHAR.test(clean[run - 1]!)) run--;
    if (run === lastRun) continue;
    lastRun = run;
    if (run > 0 && NOT_BEFORE_DOMAIN.test(clean[run - 1]!)) continue;
    DOMAIN_AT.lastIndex = run;
    const m = DOMAIN_AT.exec(clean);
    if (m) out.push({ index: run, text: m[0] });
  }
  return out;
}

/** A heading naming products (« Produits », « Nos services », « Les outils de l'agence », « Offre de services »). */
// (« Ce que le programme a livré », « Livrables »: what a programme delivered.)
const PRODUCT_HEADING = /^(?:(?:(?:tous\s+)?(?:nos|les|ses|leurs)\s+)?(?:(?:projets?|produits?|services?|outils?)\s+et\s+)?(?:produits?|services?(?:\s+numériques?)?|outils?|applications?|plateformes?|offres?(?:\s+de\s+services?)?|solutions?|téléservices?)(?:\s+(?:phares|principaux|principales|clés))?(?:\s+(?:de|du|des|d')\s*.{0,60})?|ce\s+qu(?:e\s+|['’]\s*)[^\n]{1,50}?\s+(?:a|ont)\s+(?:déjà\s+)?livré|(?:les\s+)?livrables(?:\s+(?:du|de\s+la|de\s+l['’]|des)\s*.{0,60})?)\s*$/i;
/** A list item opening with an emphasised or capitalised name, then « : » or « – » and what it is. */
// (Read on the clean copy: emphasis blanked, typographic spaces plain, every dash « - ».)
const NAMED_ITEM = /^[ \t]*([A-ZÉÈÀ0-9][\wÀ-ÿ'+.-]*(?:[ \t]+[A-ZÉÈÀ0-9][\wÀ-ÿ'+.-]*){0,3})[ \t]*(?::|-)[ \t]+([^\n]{3,200})$/;
/** A list item opening with a name in bold, lowercase words included (« **Catalogue des API publiques** : … »). */
const BOLD_ITEM = /^[^\S\n]*(?:[-*+•][^\S\n]+)?(?:\*\*|__)([\p{Lu}\d][^*_\n:]{1,60}?)[^\S\n]*(?:\*\*|__)[^\S\n]*(?:\([^()\n]{1,40}\)[^\S\n]*)?(?::|-|–|—)[^\S\n]*([^\n]{3,200})$/u;
/** A line that is a name in bold and nothing else: a product's heading in a page without headings. */
const BOLD_LINE = /^[^\S\n]*(?:\*\*|__)([\p{Lu}\d][^*_\n:]{1,60}?)(?:\*\*|__)[^\S\n]*$/u;
/** A heading of a page's section opened by a verb and what it acts on (« Proposer un projet », « Nous contacter »). */
const INFINITIVE_HEADING = /^(?:\p{L}+(?:er|ir|re)|nous|vous)\s+(?:un|une|le|la|les|l'|votre|vos|nos|notre|à\s+(?:la|l'|un|une|votre|nos)|aux)(?![\p{L}])/iu;

/** A title that sorts or introduces the products rather than names one. */
function notAProductTitle(name: string): boolean {
  return !/^[\p{Lu}\d]/u.test(name) || SECTION_HEADING_START.test(name) || NOT_A_PRODUCT_HEADING.test(name) || INFINITIVE_HEADING.test(name) || PRODUCT_HEADING.test(name) || looksLikePerson(name);
}

/**
 * The named items of a section whose heading names products: one product each, with its description.
 * Structure tells names from the rest: a heading followed at once by deeper headings sorts them (« ## En
 * construction » then « ### Xyz »); the list under a product's own heading is its sheet (« Coach : … »).
 */
function productSectionItems(text: PreparedText, raw: string): Array<{ start: number; end: number; name: string; description: string }> {
  const out: Array<{ start: number; end: number; name: string; description: string }> = [];
  // The level of the heading that opened a products section (0: none); deeper headings stay in it.
  let sectionLevel = 0;
  // Under a product's own heading (until the next heading) or bold name (until a blank line): its lines describe it.
  let underProduct = false;
  let underBoldName = false;
  // A plain line that names products right over a list (« Produits phares » on an exported slide): its items.
  let plainSection = false;
  for (const [i, line] of text.lines.entries()) {
    if (line.kind === 'blank') underBoldName = false;
    // (A note in parentheses after it, « Produits (portés par le DPN) », is no part of the title.)
    if (line.kind === 'paragraph' && text.lines[i + 1]?.kind === 'list-item' && PRODUCT_HEADING.test(text.clean.slice(line.contentStart, line.end).replace(/\s*\([^()\n]{1,60}\)\s*$/, '').trim())) {
      plainSection = true;
      continue;
    }
    if (line.kind !== 'list-item') plainSection = false;
    if (line.kind === 'heading') {
      // (Its numbering, « 3. », « III. », « A) », is not part of its title.)
      const heading = text.clean.slice(line.contentStart, line.end).trim();
      const title = heading.slice(sectionNumberOf(heading)?.length ?? 0);
      underProduct = false;
      if (sectionLevel && line.level > sectionLevel) {
        // « ## Nos produits » then « ### Xyz »: each sub-heading names one.
        const name = /^[«"]?\s*([^«»"\n]{2,60}?)\s*[»"]?$/.exec(title)?.[1];
        let n = i + 1;
        while (n < text.lines.length && text.lines[n]!.kind === 'blank') n++;
        const next = text.lines[n];
        const sorts = next?.kind === 'heading' && next.level > line.level;
        if (name && !sorts && !notAProductTitle(name)) {
          const at = line.contentStart + text.clean.slice(line.contentStart).indexOf(name);
          out.push({ start: at, end: at + name.length, name, description: firstSentenceAfter(text, i) });
          underProduct = true;
        }
        continue;
      }
      sectionLevel = PRODUCT_HEADING.test(title) ? line.level : 0;
      continue;
    }
    if (!sectionLevel && !plainSection) continue;
    const rawLine = raw.slice(line.start, line.end);
    // A card component (« <Card title="Xyz" href="…" /> »): its title is the product's name; a component without a
    // link (« <Callout title="Comment lire ce catalogue"> ») is a box of the page.
    const card = /^\s*<[A-Z][\w.]*\b[^<>]*?(?<![\w-])title\s*=\s*"([^"<>]{2,60})"[^<>]*>/.exec(rawLine);
    if (card) {
      // (A team card, « <Card title="Prénom Nom" subtitle="Coach" /> », names a person.)
      if (!/(?<![\w-])href\s*=/.test(card[0]) || notAProductTitle(card[1]!)) continue;
      // (The `title` attribute as a word: not the end of `subtitle`.)
      const at = line.start + card[0].indexOf(card[1]!, card[0].search(/(?<![\w-])title\s*=/));
      const desc = /\b(?:description|desc|subtitle|texte|text)\s*=\s*"([^"<>]{2,200})"/.exec(card[0])?.[1] ?? '';
      out.push({ start: at, end: at + card[1]!.length, name: card[1]!, description: desc });
      continue;
    }
    if (underProduct) continue;
    // « **Xyz** » alone on its line, its description on the next ones.
    const boldLine = line.kind === 'paragraph' ? BOLD_LINE.exec(rawLine) : null;
    if (boldLine && !notAProductTitle(boldLine[1]!.trim())) {
      const name = boldLine[1]!.trim();
      const at = line.start + rawLine.indexOf(name);
      out.push({ start: at, end: at + name.length, name, description: firstSentenceAfter(text, i) });
      underBoldName = true;
      continue;
    }
    if (line.kind !== 'list-item' || underBoldName) continue;
    const bold = BOLD_ITEM.exec(rawLine);
    if (bold && !notAProductTitle(bold[1]!.trim())) {
      const name = bold[1]!.trim();
      const at = line.start + rawLine.indexOf(name);
      // (The description read on the clean copy: typography plain, markup blanked.)
      const described = text.clean.slice(line.end - bold[2]!.length, line.end);
      out.push({ start: at, end: at + name.length, name, description: firstClause(described).replace(/\s+/g, ' ') });
      continue;
    }
    const content = text.clean.slice(line.contentStart, line.start + line.text.length);
    const m = NAMED_ITEM.exec(content);
    if (!m) continue;
    const start = line.contentStart + content.indexOf(m[1]!);
    out.push({ start, end: start + m[1]!.length, name: m[1]!.replace(/-$/, ''), description: firstClause(m[2]!) });
  }
  return out;
}

/** A plural product word announcing an enumeration: a list after « : », or items after « sont ». */
// (« produits » qualified only: « Les produits à livrer sont les suivants : » lists supplies.)
// (« trois produits développés en interne : »: products a body built, not supplies.)
const PRODUCT_ENUMERATION = /(?<![\p{L}])(outils|produits\s+(?:phares|numériques|principaux|développés|conçus|opérés|maintenus|réalisés)|applications|plateformes|logiciels|téléservices|services\s+(?:numériques|en\s+ligne))(?:\s+(?:phares|principaux|numériques|partagés|communs))?(?:\s+(?!suivant)[^\s:;.]+){0,5}?\s*(?::\s*$|\s(?:sont|étaient|seront)\s+(?=\p{Lu}|(?:le|la|les|l')\s*\p{Lu}))/u;
/** An item opened by an infinitive or a civility: what a body does, who attends, not a product. */
const ITEM_NOT_A_NAME = /^(?:De|Du|Des|D'|Un|Une|Pour|En|Au|Aux|À|Par|Sur|Dans|Avec|M\.|Mme|Mmes|MM\.|Dr|Pr)(?![\p{L}])/u;
/** An item's name: capitalised words (a « + », digits) up to a comma, a parenthesis, a colon or a dash. */
const ITEM_HEAD = /^(?:(?:et\s+)?(?:[Ll]e|[Ll]a|[Ll]es|[Ll]')\s*)?([A-ZÉÈÀ][\wÀ-ÿ'+.-]*(?:[ \t]+(?:(?:de|des|du|d'|et)[ \t]+)?[A-ZÉÈÀ0-9a-zéèêàç][\wÀ-ÿ'+.-]*){0,5}?)[ \t]*(?=,|\(|:|\s-\s|$)/u;

/** The items of an enumeration of products (PRODUCT_ENUMERATION), each named at its head. */
function countedProductItems(text: PreparedText): Array<{ start: number; end: number; name: string; type: string | null; description: string }> {
  const out: Array<{ start: number; end: number; name: string; type: string | null; description: string }> = [];
  const { clean } = text;
  if (!/outils|produits|applications|plateformes|logiciels|téléservices|services/i.test(clean)) return out;
  const head = (from: number, to: number, type: string | null) => {
    const content = clean.slice(from, to);
    const m = ITEM_HEAD.exec(content.trimStart());
    if (!m || NOT_PRODUCT.test(m[1]!) || ADVERBIAL_START.test(m[1]!.split(/\s+/)[0]!) || ITEM_NOT_A_NAME.test(m[1]!) || looksLikePerson(m[1]!)) return;
    // (A long lowercase phrase is a description, not a name: at most one lowercase word after the first.)
    // (« Dossier unique des collectivités (DUC) »: a name its acronym follows may run longer.)
    const acronymAfter = /^\s*\(\s*[A-ZÉ][A-Z0-9É]{1,9}\s*\)/.test(content.trimStart().slice(m[0].length));
    if (!acronymAfter && m[1]!.split(/\s+/).slice(1).filter((w) => /^[a-zéèêàç]/.test(w) && !/^(?:de|des|du|d'|et)$/.test(w)).length > 1) return;
    const at = from + (content.length - content.trimStart().length) + m[0].indexOf(m[1]!);
    // (An acronym in parentheses is the name's; other words there describe it: « Xyz (le bouton « Votre avis ») ».)
    const rest = content.trimStart().slice(m[0].length).replace(/^\s*\(\s*[A-ZÉ][A-Z0-9É]{1,9}\s*\)/, '').replace(/^\s*\(([^()]*)\)/, '$1');
    out.push({ start: at, end: at + m[1]!.length, name: m[1]!, type, description: firstClause(rest.replace(/^\s*[,:(-]\s*/, '')).replace(/\s+/g, ' ').trim() });
  };
  text.sentences.forEach((sent, k) => {
    const m = PRODUCT_ENUMERATION.exec(sent.text);
    if (!m) return;
    // (« produits », « services numériques » say no more than that they are products.)
    const type = /^(?:produits|services)/.test(m[1]!) ? null : (productTypeOf(m[1]!.replace(/s$/, '')) ?? null);
    if (/:\s*$/.test(m[0])) {
      // The list items on the lines after the sentence.
      const first = text.lines.findIndex((l) => l.start >= sent.end);
      for (let li = first; li >= 0 && li < text.lines.length; li++) {
        const line = text.lines[li]!;
        if (line.kind === 'blank') continue;
        if (line.kind !== 'list-item') break;
        head(line.contentStart, line.start + line.text.length, type);
      }
      return;
    }
    // « … sont A, la messagerie … ; B, … ; et C » : the rest of the sentence and the clauses after its semicolons.
    head(sent.start + m.index + m[0].length, sent.end, type);
    for (let j = k + 1; j < text.sentences.length && /;\s*$/.test(text.sentences[j - 1]!.text); j++) head(text.sentences[j]!.start, text.sentences[j]!.end, type);
  });
  // « les quatre applications historiques de l'office – A, B, C et D – », « ses trois outils (A, B et C) »: names
  // set off by dashes or parentheses right after a plural product word.
  for (const m of /[-(]/.test(clean) ? clean.matchAll(SET_OFF_PRODUCTS) : []) {
    const type = productTypeOf(m[1]!.toLowerCase().replace(/s$/, '')) ?? null;
    const listAt = m.index! + m[0].length - m[2]!.length - m[3]!.length;
    // (Not when an item is a person's first name or a body the text names.)
    const items = [...m[2]!.matchAll(SET_OFF_ITEM)];
    if (items.some((item) => isGivenName(item[0].split(/\s+/)[0]!))) continue;
    for (const item of items) head(listAt + item.index!, listAt + item.index! + item[0].length, type);
  }
  return out;
}

/** A full stop then a word that opens sentences, never names: where a name read past its sentence ends. */
const SENTENCE_AFTER_STOP = /\.\s+(?:Le|La|Les|L['’]|Il|Elle|Ils|Elles|Ce|Cet|Cette|Ces|Un|Une|Son|Sa|Ses|Leur|Leurs|Depuis|Dans|Pour|Par|Avec|On|Nous|Vous|Cela|Ceci)(?![\p{L}])/u;

/** One name of SET_OFF_PRODUCTS' list: capitalised words (four at most). */
const SET_OFF_NAME = String.raw`\p{Lu}[\p{L}\d'’+.]*(?:-[\p{L}\d]+)*(?:[ \t]+\p{Lu}[\p{L}\d'’+.]*(?:-[\p{L}\d]+)*){0,3}`;
const SET_OFF_ITEM = new RegExp(SET_OFF_NAME, 'gu');
/**
 * A count, a plural product word, an adjective and a complement (« quatre applications historiques de l'office »),
 * then names set off by dashes (« – A, B et C – ») or in parentheses (a verb or « par » ends the complement).
 */
const SET_OFF_PRODUCTS = new RegExp(
  String.raw`(?<![\p{L}])(?:\d{1,2}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)[ \t]+(outils|applications|plateformes|logiciels|téléservices)(?:[ \t]+[a-zéèêàâîôûç]+[sx])?(?:[ \t]+(?:de[ \t]+la|de[ \t]+l'|du|des|de|d')[ \t]*[^\s,;:.()«»-]+(?:[ \t]+(?:(?!(?:sont|seront|est|sera|ont|été|par|pour|vers)(?![\p{L}]))[^\s,;:.()«»-]+|\(\p{Lu}[\p{L}\d-]{1,11}\))){0,7}?)?[ \t]+(?:-[ \t]+|\()((?:${SET_OFF_NAME})(?:[ \t]*,[ \t]*(?:${SET_OFF_NAME}))*[ \t]+et[ \t]+(?:${SET_OFF_NAME}))([ \t]+-(?=\s)|[ \t]*\))`,
  'gu',
);

/** What a list item says of its product: up to its first « ; » or full stop. */
function firstClause(s: string): string {
  return s.replace(/\s*[;.]\s*$/, '').split(/\s*[;.]\s/)[0]!.trim();
}

/**
 * Sub-headings that sort products by stage or kind (« En construction », « Pérennisés », « Équipe »), or a software's
 * documentation's (« Démarrage rapide », « Installation », « Licence »).
 */
// (« Article 2 – Périmètre », « Titre II », « Annexe 1 »: the divisions of an act or an agreement.)
// (« Lancement de X », « Mise en service de X »: the launch of the product the heading names, LAUNCH_OF.)
const NOT_A_PRODUCT_HEADING = /^(?:lancement|mise en (?:service|ligne|production)|généralisation|investigation|construction|accélération|consolidation|pérennis|abandonn|expérimentation|production|déploiement|archiv|équipes?|contacts?|partenaires?|historique|présentation|actualités?|ressources|documentation|calendrier|chiffres?|démarrage|installation|prérequis|configuration|utilisation|fonctionnalités|licences?|contribu|feuille de route|architecture|sommaire|introduction|(?:article|art\.|chapitre|titre|section|annexe|livre|partie)\s+[\dIVXLC]+(?![\p{L}]))/iu;

/** A section opening on a product word at all (« Le site a été conçu … », « Le site collecte … »). */
const SECTION_OPENING = new RegExp(`^(?:le|la|l'|cette|ce|cet)\\s*(${PRODUCT_TYPE_ALTERNATION})(?![\\wÀ-ÿ])`, 'i');

/** A title in sentence case: a capitalised first word, then lowercase words only (« Conception et réalisation »). */
const SENTENCE_CASE_WORDS = /^\p{Lu}[\p{Ll}'-]*(?:\s+[\p{Ll}'-]+)+$/u;

/** A first name of the lexicon then a capitalised word: a person (« Léa Martin »), not a product. */
function looksLikePerson(name: string): boolean {
  const [first, second, ...rest] = name.split(/\s+/);
  return !!first && !!second && rest.length <= 1 && /^\p{Lu}/u.test(second) && isGivenName(first);
}

/** The first sentence of the paragraph after line `i` (a product's one-line description), or ''. */
function firstSentenceAfter(text: PreparedText, i: number): string {
  const next = text.lines.slice(i + 1).find((l) => l.kind !== 'blank');
  if (!next || next.kind === 'heading') return '';
  const s = text.sentences.find((x) => x.start <= next.contentStart && next.contentStart < x.end);
  return s ? s.text.replace(/\s+/g, ' ').replace(/^[;\s]+|[;\s]+$/g, '').slice(0, 200) : '';
}

/** « MonCompte », « GéoPlan »: a capital inside the word. */
const CAMEL_CASE = /^[\p{Lu}][\p{Ll}]+[\p{Lu}\d]/u;

/** A name that says it is one: several words, a digit, or CamelCase (not a single common word, « Contexte »). */
function namesItself(name: string): boolean {
  return /\s|\d/.test(name) || CAMEL_CASE.test(name);
}


/** A list item « Asphalte, outil d'audit … »: a name, a comma, a software word without article, then its complement. */
const APPOSED_SOFTWARE = new RegExp(String.raw`^(${PRODUCT_NAME}),[ \t]+(${SOFTWARE_WORD_ALTERNATION})((?:[ \t]+(?:de|d'|du|des|pour|en)[ \t]*|[ \t]+(?:libre|open source|numérique|en ligne|développée?|conçue?|maintenue?|opérée?|proposée?))[^;\n]{0,120})`, 'u');

/** A unit's remit verb, capitalised, before the name of what it runs (« Opère Xyz, la plateforme … »). */
const LEADING_REMIT_VERB = new RegExp(`^(?:${REMIT_VERB_ALTERNATION.split('|').map((v) => v[0]!.toUpperCase() + v.slice(1)).join('|')})\\s+(?=\\S)`, 'u');
/** Where such a verb opens its line (after a list's mark) or its sentence. */
const LINE_OR_SENTENCE_OPENING = /(?:^|\n)[ \t>*#•-]*$|[.!?][ \t]+$/u;

/** « Dossier Facile, c'est l'outil qui … »: a name opening its sentence, « c'est » and a software word. */
const SAID_SOFTWARE = new RegExp(String.raw`(?:^|[.!?][ \t]+)(${PRODUCT_NAME}),[ \t]+c'est[ \t]+(?:l'|le[ \t]+|la[ \t]+|un[ \t]+|une[ \t]+)(${SOFTWARE_WORD_ALTERNATION})((?:[ \t]+(?:qui|de|d'|du|des|pour)[^.;\n]{0,120})?)`, 'u');

/** A list item « Xyz — plateforme de … », « Xyz : outil de … » (a name, a dash or a colon, a product word). */
const LIST_ITEM_PRODUCT = new RegExp(String.raw`^[ \t]*(${PRODUCT_NAME})[ \t]*(?:-|:)[ \t]+(?:(?:un|une|le|la|l')\s*)?(${PRODUCT_TYPE_ALTERNATION})(?![\wÀ-ÿ])([^;.\n]{0,120})`);
/** « Xyz a été conçu par », « Xyz, lancé en 2024 par »: a name opening its sentence, made by someone. */
const MADE_BY = new RegExp(String.raw`^\s*(${PRODUCT_NAME})(?:\s+a\s+été|\s*,)\s+(?:conçue?|développée?|lancée?|déployée?|opérée?|exploitée?|éditée?|mise?\s+en\s+(?:ligne|service))(?:\s+[^,.;]{0,40}?)?\s+par\s`);
/** « Sillon, l'incubateur de la délégation », « Sillon, une équipe de … »: the text calls the name a body somewhere. */
function namedAsBody(clean: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(String.raw`(?<![\p{L}])${escaped}(?:</\w+>)?\s*,\s+(?:l'|le\s|la\s|une?\s|son\s|sa\s)\s*(?:incubateur|agence|direction|mission|service|délégation|département|bureau|pôle|fabrique|laboratoire|équipe|cellule|startup|start-up|association|opérateur|établissement)(?![\p{L}])`, 'iu').test(clean);
}

/**
 * « Lancé en octobre 2022, Vigie publie … »: a fronted launch, its date, a comma, then a name without article and a
 * finite verb of what a service does or holds (not any lowercase word: « Démarches simplifiées compte … » would end
 * the name at « simplifiées »).
 */
const LAUNCHED_FRONTED = new RegExp(String.raw`^\s*(?:Lancée?s?|Ouverte?s?(?:\s+au\s+public)?|Mise?s?\s+en\s+(?:ligne|service)|Déployée?s?)\s+(?:en|le|dès|au|à\s+partir\s+d\S+|depuis)\s[^,.;]{1,40},\s+(${PRODUCT_NAME}(?:(?<=['’]en)\s+ligne|\s+en\s+ligne)?)(\s+(?:a|ont|est|sont|compte|comptait|permet|publie|propose|offre|accompagne|rassemble|recense|reçoit|réunit|touche|couvre|sert|gère|traite|totalise|enregistre|affiche|atteint|remplace|équipe|dessert|simplifie|facilite|centralise|regroupe|héberge|fournit)(?![\p{L}]))`, 'u');
/** « Parcours Répit permet à un aidant de … », « Agendo permet de prendre … »: a name opening its sentence, then what it lets someone do. */
const LETS_DO = new RegExp(String.raw`^\s*(${PRODUCT_NAME})\s+(?:permet|permettra|permettent)\s+(?:(?:à|aux|au)\s+[^.;:\n]{1,80}?\s+)?d(?:e\s+|')\p{Ll}`, 'u');
/** A word naming what a title between guillemets belongs to, no product: a law, a label, a guide, a plan, a prize… */
const NOT_A_PRODUCT_BEFORE_QUOTE = /(?<![\p{L}])(?:loi|décret|arrêté|ordonnance|circulaire|label|guide|rapport|plan|charte|prix|trophée|appel(?:\s+à\s+projets)?|concours|programme|stratégie|feuille\s+de\s+route|campagne|opération|dispositif|projet|réseau|comité|groupe|colloque|séminaire|webinaire|journée|livre\s+blanc|référentiel|manifeste|pacte)s?\s*$/iu;
/** « « X », (aujourd'hui) exploité par », « « X », développée en 2021 par », « « X », qui permet à … de ». */
const QUOTED_MADE_BY = new RegExp(String.raw`«\s*(?!\s|(?:La|Le|Les)\s|L['’])(\p{Lu}[^«»\n]{1,60}?)\s*»[ \t]*,[ \t]+(?:(?:(?:aujourd'hui|désormais|actuellement|déjà|notamment)[ \t]+)?(?:conçue?s?|développée?s?|opérée?s?|exploitée?s?|éditée?s?|gérée?s?|maintenue?s?|portée?s?)(?:[ \t]+[^,.;«»\n]{0,40}?)?[ \t]+par[ \t]|qui[ \t]+(?:permet|permettra|permettent)[ \t]+(?:à|aux|au|de|d')(?![\p{L}]))`, 'gu');
/**
 * « « Xyz », service cartographique … », « « Xyz », outil de … »: a quoted name, a comma, a word that names software or
 * a service without article (not « site », « réseau », « projet », « offre », « suite »: places, bodies, a report's
 * « suite à la mission », a job offer; nor a name opening with an article, a place's or a book's).
 */
const QUOTED_APPOSED = new RegExp(String.raw`«\s*(?!\s|(?:La|Le|Les)\s|L['’])([^«»\n]{2,60}?)\s*»[ \t]*,[ \t]+(services?(?!\s+(?:de\s+presse|à\s+compétence))|${SOFTWARE_WORD_ALTERNATION}s?|catalogue|registre|répertoire|base\s+de\s+données|téléprocédure)(?![\p{L}])([ \t]+[^;,.\n()]{0,120})?`, 'gu');
/** « traitement (automatisé) de données … dénommé « X » »: a processing of data an act creates, by its name. */
const NAMED_PROCESSING = /(?<![\p{L}])traitements?(?:\s+automatisés?)?(?:\s+(?:de|des)\s+données(?:\s+à\s+caractère\s+personnel)?)?(?:\s+[a-zéèê]+(?:iques?|els?|elles?|aux|ales?|ifs?|ives?|aires?))?\s*,?\s+(?:dénommée?s?|intitulée?s?|appelée?s?)\s+«\s*([\p{Lu}\d][^«»\n]{1,79}?)\s*»/gu;
/** Is `pos` on a label's line: a table row, columns set apart by spaces, or a short line that no punctuation ends? */
function onLabelLine(clean: string, pos: number): boolean {
  const from = clean.lastIndexOf('\n', pos - 1) + 1;
  const to = clean.indexOf('\n', pos);
  const line = clean.slice(from, to < 0 ? clean.length : to);
  const content = line.trim();
  return content.startsWith('|') || /\t/.test(line) || /\S {3,}\S.* {3,}\S/.test(line) || (content.length <= 60 && !/[.!?;:,]$/.test(content));
}

/**
 * The acronym in parentheses right after a product's name (« (RIE) », « (API CEL) » after an API's name), when it
 * spells the name: every word but « de », « la »… gives its initial and maybe more of its letters, in order
 * (« PFAI »: « PlateForme d'Accès à Internet »); a name of one word has none. Else null.
 */
function acronymAfter(clean: string, end: number, name: string): string | null {
  const m = /^\s*\(\s*((?:API\s+)?[A-Z][A-Za-z0-9&]{1,11})\s*\)/.exec(clean.slice(end, end + 24));
  if (!m || !looksLikeAcronym(m[1]!.replace(/^API\s+/, ''))) return null;
  // (« (API BAN) » after « Base Adresse Nationale » names its API, another product.)
  if (/^API\s/.test(m[1]!) !== /^API\s/.test(name)) return null;
  const letters = foldForMatch(m[1]!.replace(/^API\s+/, '')).replace(/[^a-z0-9]/g, '');
  const words = foldForMatch(name.replace(/^API\s+/, '')).split(/[^a-z0-9]+/).filter(Boolean);
  return words.length >= 2 && spellsWords(letters, words) ? m[1]!.replace(/\s+/g, ' ') : null;
}

/** Words an acronym may leave out (« de », « la », « l' »), or take the initial of (« à », RIVAGE). */
const ACRONYM_STOPWORDS = new Set(['de', 'des', 'du', 'd', 'la', 'le', 'les', 'l', 'et', 'a', 'au', 'aux', 'en', 'pour', 'sur']);

/** Do `letters` spell `words`: each word, a stopword perhaps, giving its initial then maybe more of its letters in order? */
function spellsWords(letters: string, words: readonly string[], i = 0, j = 0): boolean {
  if (j === words.length) return i === letters.length;
  const word = words[j]!;
  if (ACRONYM_STOPWORDS.has(word) && spellsWords(letters, words, i, j + 1)) return true;
  if (letters[i] !== word[0]) return false;
  // (The word's further letters taken, in order, one choice after another: short words and acronyms, few choices.)
  for (let k = i + 1, from = 1; ; k++) {
    if (spellsWords(letters, words, k, j + 1)) return true;
    if (k >= letters.length) return false;
    const at = word.indexOf(letters[k]!, from);
    if (at < 0) return false;
    from = at + 1;
  }
}

/** The words a text writes in lowercase, outside addresses and identifiers (« escale.gouv.fr », « /presse/escale »). */
function lowercaseWords(clean: string): Set<string> {
  const words = new Set<string>();
  for (const m of clean.matchAll(/(?<![\p{L}\p{N}/.@_-])\p{Ll}{3,}(?![\p{L}\p{N}/@_-]|\.\p{L})/gu)) words.add(m[0]);
  return words;
}

/**
 * Does [start, end) overlap one of `spans` (in order of position, none longer than a few hundred characters)? Those
 * starting before its end are found by binary search and looked at from the nearest back.
 */
function overlapsSorted(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  for (let k = mentionIndexFrom(spans, end) - 1; k >= 0 && spans[k]!.start > start - 300; k--) if (spans[k]!.end > start) return true;
  return false;
}

/** Acts and their parts, which open sentences as subjects (« Article 12 permet au préfet de … »). */
const ACT_WORD = /^(?:Article|Loi|Décret|Arrêté|Ordonnance|Circulaire|Règlement|Directive|Code|Alinéa|Annexe)$/u;

/** Pronouns and the like that open a sentence as its subject, not a name. */
const PRONOUN_SUBJECT = /^(?:Ceci|Celui-ci|Celle-ci|Ceux-ci|Celles-ci|Ça|On|Nous|Vous|Ils|Elles|Lui|Chacun|Chacune|Aucun|Aucune|Rien|Tout|Cela|M\.|Mme|Mmes|MM\.|Dr|Pr)$/u;

/** In an apposition's description, the body that made or runs the product: « … développé par le pôle X ». */
const MADE_BY_BODY = /(?<![\p{L}])(?:développée?s?|conçue?s?|opérée?s?|éditée?s?|maintenue?s?|exploitée?s?)\s+par\s+(?:la\s+|le\s+|les\s+|l')/u;

/** The apposition's comma and software word: a sentence without them holds no APPOSED_SOFTWARE_IN_SENTENCE. */
const APPOSED_SOFTWARE_WORD = new RegExp(String.raw`,[ \t]+(?:${SOFTWARE_WORD_ALTERNATION})`, 'u');

/**
 * A name in a sentence followed by what kind of software it is, in apposition: « RésoGuichet, plateforme de démarches
 * en ligne exploitée par l'ANISP, a ouvert … », « l'évolution de Déclar'Net, outil d'instruction des … ». Only a name
 * shaped as products are (an inner capital, an apostrophe, a digit, a plus): « à Rennes, portail de la Bretagne »,
 * « Mme Bernard, assistant de direction » are a place and a person.
 */
const APPOSED_SOFTWARE_IN_SENTENCE = new RegExp(String.raw`(?<![\p{L}\p{N}'’-])(${PRODUCT_NAME}),[ \t]+(${SOFTWARE_WORD_ALTERNATION})((?:[ \t]+(?:de|d'|du|des|pour|en)[ \t]*|[ \t]+(?:commune?s?|unique|mutualisée?|partagée?|ministériel(?:le)?|interministériel(?:le)?|nationale?|libre|sécurisée?)(?![\p{L}]))[^;,.\n()]{0,120})`, 'gu');

/** Words opening the heading of a page's section rather than a name (« Votre employeur », « Nos missions »). */
const SECTION_HEADING_START = /^(?:votre|vos|notre|nos|qui|que|quoi|comment|pourquoi|où|quand|quel|quelle|quels|quelles|les|le|la|l'|un|une|des|du|en|pour|à)(?![\p{L}])/iu;

/** « <li><strong>Xyz</strong>, service de … »: a list item's name in bold tags, then an apposition opening with a product word. */
const STRONG_APPOSED = new RegExp(String.raw`<li\b[^<>]*>[ \t]*<(?:strong|b)>([\p{Lu}\d][^<>\n:]{1,60}?)</(?:strong|b)>[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?,[ \t]+(${PRODUCT_TYPE_ALTERNATION})(?![\p{L}])`, 'giu');
/**
 * « - **Xyz**, guichet numérique … »: a name in bold, a comma, then a product word right after it (no article:
 * « **Attention**, le service sera … » is a warning).
 */
const BOLD_APPOSED = new RegExp(String.raw`^[ \t]*(?:[-*+•][ \t]+)?(?:\*\*|__)([\p{Lu}\d][^*_\n:]{1,60}?)(?:\*\*|__)[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?,[ \t]+(${PRODUCT_TYPE_ALTERNATION})(?![\p{L}])`, 'gmu');

/** A project sheet's name field: « Intitulé : SILLAGE – refonte du système … » (the name, then what it is). */
const SHEET_NAME_FIELD = /^[ \t]*(?:Intitulé|Nom du (?:projet|produit|service)|Projet|Produit)[ \t]*:[ \t]*«?[ \t]*([\p{Lu}\d][\p{L}\d'’+.-]*(?:[ \t]+[\p{Lu}\d][\p{L}\d'’+.-]*){0,3})[ \t]*»?[ \t]*(?:(?:-|–|—|:)[ \t]+(\S[^\n]*))?[ \t]*$/u;

/** Another field of a project sheet. */
const SHEET_FIELD = /^(?:porteu(?:r|se)|chef(?:fe)? de projet|budget|calendrier|statut|date de lancement|ministère|direction|sponsor|code projet|jalons|indicateurs)\s*:/i;

const tidyDescription = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The first line of a product sheet under its heading: « Statut : », « Intrapreneuse : », « Phase : ». */
const PRODUCT_SHEET_FIELD = /^(?:statut|phase|stade|intrapreneu(?:r|se)s?|coach|porteu(?:r|se)|sponsor|lancement|mise en ligne|ouverture)\s*:/i;

/** A lowercase adjective that qualifies « API » as a common noun (« les API publiques »). */
// (A closed list: endings such as « -aire », « -ique » fit nouns too, « API annuaire », « API horaires ».)
const API_ADJECTIVE = /^(?:publique?s?|ouverte?s?|libres?|gratuite?s?|disponibles?|existante?s?|nationale?s?|nationaux|internes?|externes?|partagée?s?|sécurisée?s?|documentée?s?|officielle?s?|métiers?)$/;

/** A company's name, ending with its legal form (« Océan Logiciels SAS »): a contractor, not a product. */
const COMPANY_FORM = /(?:^|\s)(?:SAS|SASU|SARL|EURL|SNC|SCOP|SCIC|GIE|SA|SE)$/;

/** A name between guillemets. */
const QUOTED_NAME = String.raw`«\s*[^«»\n]{2,60}?\s*»`;

/** A software's name: capitalised or CamelCase words, dots and signs inside (« Node.js », « C++ », « Ruby on Rails »). */
const SOFTWARE = String.raw`[A-Z][\w.+#-]*[\w+#](?:[ \t]+(?:on[ \t]+)?[A-Z][\w.+#-]*[\w+#]){0,2}`;
/** Each name of a list of software, its version after it left out (« Python 3.12 », « Java 17 »). */
const SOFTWARE_NAME = new RegExp(String.raw`(?<![\w.])(${SOFTWARE})(?:[ \t]+v?\d+(?:\.\d+)*)?(?![\w])`, 'g');
/** « écrite en Python (Django) », « développée en Java 17 (Spring Boot) »: the language a product is written in, and its framework. */
// (With a version or a framework after it: « développé en Bretagne » names a place.)
const BUILT_IN = new RegExp(String.raw`(?<![\p{L}])(?:écrite?s?|développée?s?|codée?s?|programmée?s?)[ \t]+en[ \t]+((?:${SOFTWARE})(?:[ \t]+\d+(?:\.\d+)*(?:[ \t]*\((?:${SOFTWARE})\))?|[ \t]*\((?:${SOFTWARE})\)))`, 'gu');
/** « une base PostgreSQL 15 », « le framework Django », « adossée à une base X et à Y »: software by the kind of thing it is. */
// (« base » alone before a name shaped as software's, a capital inside it or a version after it: « la base Adresse
// nationale » is a register, « une base PostgreSQL 15 » software.)
const BUILT_ON = new RegExp(String.raw`(?<![\p{L}])(?:base[ \t]+de[ \t]+données|base(?=[ \t]+[A-Z][a-z]*[A-Z]|[ \t]+[A-Z][\w.+#-]*[ \t]+\d)|framework|cadriciel|langage|moteur|bibliothèque|SGBD)[ \t]+((?:${SOFTWARE})(?:[ \t]+\d+(?:\.\d+)*)?(?:[ \t]+et[ \t]+(?:à[ \t]+)?(?:${SOFTWARE}))?)`, 'gu');
/** « Prérequis : Docker et Docker Compose, Python 3.12, Node.js 20. »: a label, then software names only. */
const STACK_LIST = new RegExp(String.raw`(?:^|\n)[ \t]*(?:[-*][ \t]+)?(?:Prérequis|Dépendances|Technologies|Stack(?:[ \t]+technique)?|Socle[ \t]+technique)[ \t]*:[ \t]*((?:${SOFTWARE})(?:[ \t]+v?\d+(?:\.\d+)*)?(?:[ \t]*(?:,|et)[ \t]*(?:${SOFTWARE})(?:[ \t]+v?\d+(?:\.\d+)*)?)*)[ \t]*\.?[ \t]*(?=\n|$)`, 'gu');

/** Two software names each with its version (« Firefox 128 et NVDA 2024.2 », « NVDA 2024.4 comme avec JAWS 2025 »). */
const VERSIONED_PAIR = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}-]{2,20})\s+(?:v|version\s+)?\d{2,4}(?:\.\d+)*\s+(?:et|comme\s+avec|avec|,)\s+(\p{Lu}[\p{L}-]{2,20})\s+(?:v|version\s+)?\d{2,4}(?:\.\d+)*(?![\p{L}\p{N}])/gu;
/** Words numbered as software is but which are parts of a text, a plan or a procurement (« Lot 12 et Lot 13 »). */
const NOT_VERSIONED = new RegExp(
  String.raw`^(?:Lot|Lots|Article|Articles|Titre|Chapitre|Section|Annexe|Phase|Tranche|Niveau|Version|Étape|Axe|Action|Mesure|Objectif|Programme|Tome|Livre|Partie|Semaine|Mois|Année|Promotion|Classe|Catégorie|Indice|Zone|Secteur|Bureau|Salle|Bâtiment|Route|Rue|Ligne|Page|Pages|Vague|Saison|Session|Numéro|${MONTH_ALTERNATION})$`,
  'iu',
);

/** A territory's word right before a name (« … de la région Normandie »): the name is a place's. */
const TERRITORY_WORD_BEFORE = /(?<![\p{L}])(?:région|ville|commune|collectivité|département|métropole|territoire|académie|préfecture|agglomération|île|pays|canton|arrondissement)$/iu;

/**
 * The last of `spans` (sorted by end) ending at or before `pos`, found by binary search: a text amending thousands of
 * words is read once.
 */
function lastEndingBy<T extends { end: number }>(spans: readonly T[], pos: number): T | undefined {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return spans[lo - 1];
}

/** « ayant migré vers », « ont basculé vers », « la migration vers »: then where users or data went. */
const MOVED_TO = /(?<![\p{L}])(?:migr(?:é|ée|és|ées|ent|ait|aient|era|eront|ation)|bascul(?:é|ée|és|ées|ent|ait|aient|era|eront|ement))\s+(?:progressivement\s+)?vers\s+/gu;

/** A product's verb of replacing something, in the active voice: « remplace », « a remplacé », « remplacera ». */
const REPLACES = /(?<![\p{L}])(?:(?:a|ont|avait|avaient|va|vont)\s+)?remplac(?:e|ent|é|era|eront|ait|aient)\s+(?!par(?![\p{L}]))(?:(?:l'ancien(?:ne)?|les?\s+anciens?|la|le|les|l')\s*(?:(?:application|outil|logiciel|portail|service|plateforme|système)\s+)?)?/gu;
/** « remplacé progressivement par », « remplacée en 2024 par », then the name of what replaces it. */
const REPLACED_BY = /(?<![\p{L}])remplacée?s?(?:\s+(?:progressivement|définitivement|à\s+terme|(?:en|dès|d'ici|fin|début)\s+\d{4}))?\s+par\s+/gu;
/** What a clause built upon software is about, before its verb: a software word, a version, a technical stack. */
const SOFTWARE_SUBJECT = new RegExp(String.raw`(?<![\p{L}])(?:${SOFTWARE_WORD_ALTERNATION}s?|(?:première|deuxième|seconde|nouvelle|ancienne|future|prochaine)\s+version|version\s+\d|v\d|tableaux\s+de\s+bord|mesure\s+d'audience|gestion\s+électronique|base\s+de\s+données|espace\s+collaboratif|(?:architecture|socle|infrastructure|hébergement|briques?|composants?|pile)\s+(?:techniques?|logicielle?s?|informatiques?))(?![\p{L}])`, 'iu');
/**
 * « l'espace collaboratif basé sur Nextcloud », « la v1 repose sur Jitsi Meet », « s'appuie sur LiveKit et sur … »,
 * « fondé sur Alfresco »: the software a product is built upon, named without an article (« repose sur un socle
 * Java » names no product; « sur la plateforme X » is read by the product word).
 */
const BUILT_UPON = new RegExp(String.raw`(?<![\p{L}])(?:repos(?:e|ent|ait|aient|era|eront|ant)|s'appu(?:ie|ient|iera|ieront|yait|yaient|yant)|basée?s?|fondée?s?|construite?s?)[ \t]+sur[ \t]+((?:${SOFTWARE})(?:[ \t]+v?\d+(?:\.\d+)*)?(?:[ \t]+et[ \t]+(?:sur[ \t]+)?(?:${SOFTWARE})(?:[ \t]+v?\d+(?:\.\d+)*)?)?)(?![\p{L}\p{N}_-])`, 'gu');
/** A launch by its verb, a name, then what it does: « lance Signal Voirie, qui permet aux … » (see its loop). */
const LAUNCHES_NAMED = new RegExp(
  String.raw`(?<![\p{L}])(?:lance|lancent|lancera|ouvre|ouvrent|ouvrira|déploie|déploient)\s+(${PRODUCT_NAME})(\s*,\s*qui\s+(?:permet|permettent|permettra|reprend|reprendra|remplace|remplacera|offre|propose|recense|simplifie|facilite)(?![\p{L}]))`,
  'gu',
);
/** What a launch names: « lancement de « X » », « mise en service de X », « … de la nouvelle version de X ». */
const LAUNCH_OF = new RegExp(
  String.raw`(?<![\p{L}])(?:[Ll]ancement|[Mm]ise\s+en\s+(?:service|ligne|production)|[Gg]énéralisation)\s+(?:de\s+la\s+(?:nouvelle\s+)?version\s+(?:\S+\s+)?)?(?:de\s+|d'|du\s+)\s*(?:«\s*([^«»\n]{2,60}?)\s*»|(${PRODUCT_NAME}))(?![\p{L}\p{N}])`,
  'gu',
);
const LIST_ITEM = new RegExp(String.raw`«\s*([^«»\n]{2,60}?)\s*»|(${PRODUCT_NAME})(?:\s*\(([^()\n]{1,60})\))?`, 'g');

/** The items of an enumeration at `offset`: each name (the text between guillemets when quoted), where it starts, and what follows it in parentheses. */
function listItems(list: string, offset: number): Array<{ name: string; start: number; parens: string | undefined }> {
  const out: Array<{ name: string; start: number; parens: string | undefined }> = [];
  LIST_ITEM.lastIndex = 0;
  for (const it of list.matchAll(LIST_ITEM)) {
    const name = (it[1] ?? it[2])!;
    out.push({ name, start: offset + it.index! + it[0].indexOf(name), parens: it[3] });
  }
  return out;
}

/** A name without its article, in lower case: « La DDP » → « ddp ». */
function bareName(name: string): string {
  return name.replace(/^(?:la|le|les|l['’])\s*/i, '').toLowerCase();
}

/** Emphasis or a link opened right before a name: « <strong> », « <a href=…> », « ** ». */
const MARK_OPENED = /(?:<(strong|b|em|a)\b[^>]*>[ \t]*|(?<![\p{L}\p{N}*_])(\*\*|__))$/iu;

/**
 * Where a name set off by emphasis or a link ends (« <strong>Mon Permis en ligne</strong> »), when the mark closes
 * past the `taken` characters a pattern read from `start`, on a short name of the same line (six words at most, no
 * markup or entity inside); undefined otherwise.
 */
function markedNameEnd(original: string, start: number, taken: number): number | undefined {
  const open = MARK_OPENED.exec(original.slice(Math.max(0, start - 200), start));
  if (!open) return undefined;
  const rest = original.slice(start, start + 80);
  const at = open[1] ? rest.search(new RegExp(`</${open[1]}>`, 'i')) : rest.indexOf(open[2]!);
  if (at <= taken) return undefined;
  const inner = rest.slice(0, at).trimEnd();
  if (/[<>\n«»&*_[\]()]/.test(inner) || inner.split(/\s+/).length > 6) return undefined;
  return start + inner.length;
}

export function extractProducts(doc: SourceDocument) {
  const text = prepared(doc.text);
  const { clean } = text;
  const { mentions, productDefinitions } = findOrgMentions(text);
  const facts: Fact[] = [];
  const seen = new Map<string, Fact>();
  // (The facts by name, to find one read twice over overlapping spans without scanning them all.)
  const seenByName = new Map<string, Fact[]>();
  const overlapsMention = (start: number, end: number) => overlapsSorted(mentions, start, end);
  // A name the text gives to an organisation (« la DDP », « Alpha Lab ») is not a product's, wherever it stands.
  const orgNames = new Set(mentions.flatMap((x) => [x.acronym, x.name]).filter((n): n is string => !!n).map(bareName));
  const push = (start: number, end: number, name: string, type: string | null, description: string | null, operator?: OrgRef | null, givenAcronym?: string) => {
    name = name.replace(/\s+/g, ' ').trim();
    // « … le service Bêta Connect. »: the full stop ends the sentence, not the name.
    if (name.endsWith('.') && doc.text[end - 1] === '.' && !/\.[a-z]{2,}\.$/.test(name)) {
      name = name.slice(0, -1);
      end -= 1;
    }
    // « … par le portail MonEspace Agri. Le deuxième lot … »: a full stop then a sentence's first word ends the name.
    const cut = SENTENCE_AFTER_STOP.exec(name);
    const cutInText = SENTENCE_AFTER_STOP.exec(doc.text.slice(start, end));
    if (cut && cutInText && cut.index > 0) {
      name = name.slice(0, cut.index);
      end = start + cutInText.index;
    }
    // « … une base PostgreSQL 15. Elle est … »: the full stop after a number ends the name.
    const stop = /\s\d+\.\s/.exec(name);
    const stopInText = /\s\d+\.\s/.exec(doc.text.slice(start, end));
    if (stop && stopInText) {
      name = name.slice(0, stop.index + stop[0].length - 2);
      end = start + stopInText.index + stopInText[0].length - 2;
    }
    // « SIRAR 5.0 », « PostgreSQL 15.4 », « Escale v2.1 »: a release of the product, named without its number (the
    // quote keeps it).
    // (Software's major version too: « PostgreSQL 15 », « Java 17 ».)
    // (Not a year: « le socle Horizon 2030 » is named so.)
    const RELEASE = type === 'logiciel' || type === 'base de données' || type === 'socle' ? /\s+(?:v|version\s+)?(?!(?:19|20)\d\d$)\d+(?:\.\d+)*$/i : /\s+(?:v|version\s+)?\d+(?:\.\d+)+$/i;
    const release = RELEASE.exec(name);
    const releaseInText = RELEASE.exec(doc.text.slice(start, end));
    if (release && releaseInText && /\p{L}/u.test(name.slice(0, release.index))) {
      name = name.slice(0, release.index);
      end = start + releaseInText.index;
    }
    // (« Le directeur des systèmes d'information Marc Leroy », « … la visioconférence Jean Castex a … », « Ont contribué
    // au produit : Léa Martin (designer), … »: a person.)
    if (!name || NOT_PRODUCT.test(name) || name.length < 2 || orgNames.has(bareName(name)) || COMPANY_FORM.test(name) || looksLikePerson(name)) return;
    if (mentions.some((m) => m.start <= start && end <= m.end && m.how !== 'acronym')) return;
    // « l'appel à projets « Guichets de proximité » »: the call's name, not a product's.
    if (CALL_BEFORE.test(clean.slice(Math.max(0, start - 60), start))) return;
    // « disposer d'un réseau territorial identifié »: an indefinite article and lowercase words describe, not name.
    if (!/[A-ZÉÈÀ0-9«.]/.test(name) && /(?:^|[^\p{L}])(?:un|une|d'un|d'une)\s*$/iu.test(clean.slice(Math.max(0, start - 8), start))) return;
    const key = `${start}:${name}`;
    const op = operator === undefined ? operatorFor(text, mentions, start) : operator;
    // « Réseau interministériel de l'État (RIE) », « l'API Certificats énergétiques des logements (API CEL) »: the
    // acronym in parentheses right after the name, when it spells the name; not a body's (« le portail Mes Démarches
    // Sociales (MSA) » of the MSA is run by it).
    const spelled = givenAcronym ?? acronymAfter(clean, end, name);
    const acronym = spelled && (orgNames.has(spelled.toLowerCase()) || op?.acronym === spelled) ? null : spelled;
    // (« Entrepôt de données « X » » in a table's cell: read from its product word and from its cell, one product.)
    const found = seen.get(key) ?? seenByName.get(name)?.find((f) => f.start < end && start < f.end);
    if (found) {
      // Read twice (« Logiciel X » by its product word, then by a table saying who runs it): what the second read
      // knows completes the first.
      const data = found.data as { acronym: string | null; type: string | null; operator: OrgRef | null; description: string | null };
      data.operator ??= op;
      data.type ??= type;
      data.description ??= description;
      data.acronym ??= acronym;
      return;
    }
    const fact = factAt(doc, ID, start, end, { kind: 'product', name, acronym, type, operator: op, description });
    seen.set(key, fact);
    const sameName = seenByName.get(name);
    if (sameName) sameName.push(fact);
    else seenByName.set(name, [fact]);
    facts.push(fact);
  };

  // « le service Identigo », « la plateforme « Xyz » », « l'application Xyz »
  // « le portail cartographique Xyz »: one qualifier between the product word and the name (a lowercase
  // adjective by its ending, or a common complement).
  const typed = new RegExp(`(?<![\\wÀ-ÿ])(${PRODUCT_TYPE_ALTERNATION})(?:\\s+(?:numérique|interministériel(?:le)?|mutualisée?|en ligne|collaborati(?:f|ve)|de messagerie|de visioconférence|mobile|libre|web|unique|personnel|${LOWER_ADJECTIVE}))?[ ]+(?:«\\s*([^»\\n]{2,60}?)\\s*»|(${PRODUCT_NAME}))`, 'g');
  let m: RegExpExecArray | null;
  while ((m = typed.exec(clean))) {
    // « la Base Adresse Nationale »: a capitalised product word belongs to the name.
    const name = m[3] && (m[1] === 'API' || /^[A-ZÉ]/.test(m[1]!)) ? `${m[1]} ${m[3]}` : (m[2] ?? m[3]!);
    if (m[3] && !/^[A-ZÉ]|\./.test(m[3])) continue;
    // (« jugent le réseau « utile » »: a single lowercase word between guillemets is a word quoted, no name.)
    if (m[2] && /^\p{Ll}+$/u.test(m[2].trim())) continue;
    // « lors de la visioconférence Ségur du 3 mars »: a meeting, named and dated, not a product.
    if (productTypeOf(m[1]!) === 'visioconférence' && /^\s+(?:du|de)\s+\d/.test(clean.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
    // (« Authentification OAuth2 », « Agenda 2030 »: a capitalised word of what a service does, then a standard or a
    // year, names a feature or a plan, not a product.)
    if (m[3] && /^[A-ZÉ]/.test(m[1]!) && (productTypeOf(m[1]!) === 'authentification' || productTypeOf(m[1]!) === 'agenda')) continue;
    // « services RH », « service SI »: a generic acronym after a product word is not a name.
    if (m[3] && /^[A-Z]+$/.test(m[3]) && m[1] !== 'API' && (m[3].length <= 2 || GENERIC_ACRONYMS.has(m[3]))) continue;
    if (m[3] && mentions.some((x) => x.start === m!.index + m![0].length - m![3]!.length)) continue;
    // « le portail Annuaire de l'action publique »: a name opened by a common noun goes on with its complement.
    // « l'API Ressources du foyer », « l'API Certificats énergétiques des logements »: an API named by a common noun
    // goes on with its lowercase complement.
    const after = clean.slice(m.index + m[0].length, m.index + m[0].length + 80);
    const complement = !m[3] ? null : DESCRIPTIVE_HEAD.test(m[3].split(/\s/)[0]!) ? NAME_COMPLEMENT.exec(after) : m[1] === 'API' && /^\p{Lu}\p{Ll}+$/u.test(m[3]) ? API_COMPLEMENT.exec(after) : null;
    // « le portail <strong>Mon Permis en ligne</strong> », « la plateforme <a …>Catalogue commun</a> »: a name set off
    // by emphasis or a link is all of it.
    const marked = m[3] && !complement?.[0] ? markedNameEnd(doc.text, m.index + m[0].length - m[3].length, m[3].length) : undefined;
    const end = marked ?? m.index + m[0].length + (complement?.[0].length ?? 0);
    // The qualifier describes the product (« réseau ministériel »).
    const qualifier = /^\s*([^«\s][^«]*?)\s*(?:«|$)/.exec(m[0].slice(m[1]!.length, m[0].length - (m[3]?.length ?? 0)))?.[1];
    // « Mon Espace Santé », « Ma Démarche Locale »: a capitalised possessive opens the name of a service for its user.
    const possessive = m[3] && /^[A-ZÉ]/.test(m[1]!) ? /(?<![\p{L}\p{N}'’])(?:Mon|Ma|Mes)[ \u00a0]$/u.exec(clean.slice(Math.max(0, m.index - 4), m.index)) : null;
    const start = possessive ? m.index - possessive[0].length : m.index;
    const full = marked ? `${name}${clean.slice(m.index + m[0].length, marked)}` : complement?.[0] ? `${name}${complement[0]}` : name;
    push(start, end, possessive ? `${possessive[0]}${full}` : full, productTypeOf(m[1]!) ?? null, qualifier ? `${m[1]} ${qualifier}` : null);
  }
  // « le réseau ministériel « Méridien » », « l'offre d'hébergement « Nuage » », « le service d'assistance « Allo » »:
  // a product word and a few words qualifying it (« RH », « SI » among them), then the name between guillemets.
  const qualifiedQuoted = new RegExp(`(?<![\\wÀ-ÿ])(${PRODUCT_TYPE_ALTERNATION})((?:\\s+(?:[a-zéèêàçœ-]+|d'[a-zéèêàçœ-]+|[A-Z]{2,3}(?![\\wÀ-ÿ]))){1,7})\\s+«\\s*([^«»\\n]{2,60}?)\\s*»`, 'g');
  while (clean.includes('«') && (m = qualifiedQuoted.exec(clean))) {
    const at = m.index + m[0].lastIndexOf(m[3]!);
    // (An acronym qualifies the product word, « … RH ministériel », not the name: « … dans un SI « API-first » ».)
    if (/\s[A-Z]{2,3}$/.test(m[2]!) || mentions.some((x) => x.start <= m!.index && at < x.end)) continue;
    // « le guichet unique « X » » was read by the rule above already.
    if (facts.some((f) => f.start >= m!.index && f.start <= at && (f.data as { name: string }).name === m![3])) continue;
    push(at, at + m[3]!.length, m[3]!, productTypeOf(m[1]!) ?? null, `${m[1]}${m[2]}`.replace(/\s+/g, ' ').trim());
  }
  // « l'offre d'informatique en nuage Strate », « la plateforme de données ouvertes Orion »: a product word, a few
  // lowercase words qualifying it, then a proper name that no preposition introduces (« … en Bretagne » is a place).
  // (A short acronym after « d' » qualifies too, before another qualifying word: « l'assistant d'IA générative Pélican »,
  // not « le catalogue d'API Entreprise », a name of its own.)
  const qualifiedNamed = new RegExp(
    `(?<![\\wÀ-ÿ])(?:[lL]'|[lL]es?\\s|[lL]a\\s|[dD]u\\s|[aA]u\\s|[uU]ne?\\s|[sS]on\\s|[sS]a\\s|[sS]es\\s|[lL]eurs?\\s)\\s*(${PRODUCT_TYPE_ALTERNATION})((?:[ \\t]+(?:[a-zéèêàçœ][a-zéèêàçœ-]*|d'[a-zéèêàçœ-]+|d'[A-Z]{2,3}(?=[ \\t]+[a-zéèêàçœ]))){1,5})(?<!\\s(?:de|du|des|d'|la|le|les|l'|en|à|au|aux|pour|sur|et|par|avec|sous|dans|chez|vers|via|entre|contre|selon|depuis|après|avant))[ ]+(${PRODUCT_NAME})(?=[ \\t]*(?:[,.;:)]|$)|\\s+(?:qui|et|a|est|sera|permet|opérée?|exploitée?|développée?|conçue?|proposée?)\\s)`,
    'gm',
  );
  while ((m = qualifiedNamed.exec(clean))) {
    const name = m[3]!;
    const at = m.index + m[0].length - name.length;
    if (NOT_PRODUCT.test(name) || ADVERBIAL_START.test(name.split(/\s+/)[0]!) || !/^[A-ZÉ]|\./.test(name)) continue;
    // (« le portail de la région Normandie », « la plateforme de la collectivité Corse »: a place; « le système de
    // gestion de la qualité ISO 9001 »: a standard.)
    if (TERRITORY_WORD_BEFORE.test(m[2]!) || /^(?:ISO|NF|EN|IEC)\b/.test(name)) continue;
    // (The qualifying words are one phrase: no verb nor article in them, « la plateforme a succédé au portail X »; an
    // article after « de » opens a complement, « le système d'information de la formation X ».)
    if (/(?:^|\s)(?:a|ont|est|sont|été|sera|était|au|aux|le|la|les|un|une|qui|que)(?=\s|$)/i.test(m[2]!.replace(/(?<=\sde)\s+(?:la|les)(?=\s)/g, ''))) continue;
    // (« le réseau des conseillers numériques Proxima » is a network of people, a body; « un nuage de points LiDAR HD »
    // a kind of data: a cloud is named right after its word, « le nuage ministériel X ».)
    if (productTypeOf(m[1]!) === 'réseau' || productTypeOf(m[1]!) === 'cloud' || mentions.some((x) => x.start <= at && at < x.end)) continue;
    // (A name the rules above read already, with fewer qualifying words, takes this description if it had none.)
    const read = facts.find((f) => f.start <= at && at < f.end);
    if (read) {
      (read.data as { description: string | null }).description ??= `${m[1]}${m[2]}`.replace(/\s+/g, ' ').trim();
      continue;
    }
    push(at, at + name.length, name, productTypeOf(m[1]!) ?? null, `${m[1]}${m[2]}`.replace(/\s+/g, ' ').trim());
  }
  // « Xyz est une application de messagerie instantanée … »
  // « Xyz est le téléservice qui … », « Xyz est la plateforme de … » too (the definite article of the one service).
  const isA = new RegExp(`(?<![\\wÀ-ÿ])(${PRODUCT_NAME})[ \\t]*\\s+est\\s+(?:un|une|le|la|l')\\s*(?:nouvel(?:le)?\\s+)?(${PRODUCT_TYPE_ALTERNATION})\\b([^.;,\\n]{0,120})`, 'g');
  // Skipped on a text without the « est un(e) <product word> » that every match holds (most texts).
  const isAPossible = new RegExp(`\\sest\\s+(?:un|une|le|la|l')\\s*(?:nouvel(?:le)?\\s+)?(?:${PRODUCT_TYPE_ALTERNATION})`).test(clean);
  while (isAPossible && (m = isA.exec(clean))) {
    if (mentions.some((x) => x.start === m!.index) || ADVERBIAL_START.test(m[1]!.split(/\s+/)[0]!)) continue;
    push(m.index, m.index + m[0].length, m[1]!, productTypeOf(m[2]!) ?? null, `${m[2]}${m[3]}`.replace(/\s+/g, ' ').trim());
  }
  // « ## Produits » then « - **Xyz** : description »: the items of a section whose heading names products.
  // Run by what the text says (« … opéré par X »), else by the body the page is about (its title's, else its first).
  const pageBody = pageBodyOf(text, mentions);
  for (const item of productSectionItems(text, doc.text)) {
    const type = productTypeOf(item.description.split(/\s/)[0] ?? '') ?? null;
    push(item.start, item.end, item.name, type, item.description, operatorFor(text, mentions, item.start) ?? (pageBody ? refOf(pageBody) : null));
  }
  // « … développe Xyz, la plateforme de déclaration des aides », « Xyz, l'application qui … », « Boussole budgétaire,
  // un outil qui … » (a name and its adjective): a name in apposition to a product word (not a sentence's opening
  // adverbial, « En 2020, la plateforme … »). Blanks before the comma are blanked markup (« <em>Xyz</em>, un outil … »).
  // (Not the end of a hyphenated name, « exploiter e-Captures, le service … »: « Captures » alone is none.)
  const apposition = new RegExp(
    `(?<![\\wÀ-ÿ'’-])(${PRODUCT_NAME}(?:[ ]+${LOWER_ADJECTIVE})?|${QUOTED_NAME})[ \\t]*,\\s+(?:la|le|l'|une?|sa|son|leur|notre)\\s*(?:(?:nouvel(?:le)?|nouveau|première|premier|grande?|petite?)\\s+)?(${PRODUCT_TYPE_ALTERNATION})(?![\\wÀ-ÿ])([^.;,\\n]{0,120})`,
    'g',
  );
  while (/,\s+(?:la|le|l'|une?|sa|son|leur|notre)\s*/.test(clean) && (m = apposition.exec(clean))) {
    if (ADVERBIAL_START.test(m[1]!.split(/\s+/)[0]!) || mentions.some((x) => x.start === m!.index)) continue;
    // « Conçu par X, le service a été … »: a verb right after the product word makes it the main clause's subject.
    if (/^\s+(?:a|ont|est|sont|sera|seront|était|étaient|avait|peut|doit|compte|reste)(?![\wÀ-ÿ])/.test(m[3]!)) continue;
    // « Merci Julien. Nadia, la suite pour 2026 ? »: someone spoken to (a sentence's end inside the name, a first name
    // alone), and « la suite » that comes next, not a suite of software.
    if (/\.\s/.test(m[1]!) || (isGivenName(m[1]!) && !/\s/.test(m[1]!)) || (/^suite$/i.test(m[2]!) && !/^\s+(?:bureautique|logicielle|collaborative|numérique|d'outils|de\s+logiciels)/i.test(m[3]!))) continue;
    // « « Xyz », le service en ligne qui … »: the name between the guillemets. (« Opère Xyz, la plateforme … » in a
    // unit's remit: the verb opening the line is no part of the name.)
    const quoted = /^«\s*([^«»]+?)\s*»$/.exec(m[1]!);
    // (« Pour la Défense nationale, le service … »: a name and its adjective after an article are a fronted complement.)
    if (!/^«/.test(m[1]!) && /\s\p{Ll}/u.test(m[1]!) && /(?:^|[^\p{L}])(?:la|le|les|l'|du|des|au|aux)\s*$/iu.test(clean.slice(Math.max(0, m.index - 6), m.index))) continue;
    const opensLine = LINE_OR_SENTENCE_OPENING.test(clean.slice(Math.max(0, m.index - 40), m.index));
    const name = quoted ? quoted[1]! : opensLine ? m[1]!.replace(LEADING_REMIT_VERB, '') : m[1]!;
    const at = m.index + m[1]!.indexOf(name);
    push(at, at + name.length, name, productTypeOf(m[2]!) ?? null, `${m[2]}${m[3]}`.replace(/\s+/g, ' ').trim());
  }
  // « un outil d'autoévaluation, Xyz, développé par … », « un outil de prise de rendez-vous, Xyz, déjà adopté … »:
  // a name set off by commas right after a product word and its complement.
  const namedAfter = new RegExp(
    `(?<![\\wÀ-ÿ])(?:[uU]ne?|[lL]e|[lL]a|[lL]'|[sS]on|[sS]a|[lL]eur|[nN]otre)\\s*(${PRODUCT_TYPE_ALTERNATION})((?:\\s+(?:[a-zéèêàçœ-]+|[dl]'[a-zéèêàçœ-]+)){0,6}),[ \\t]+(${PRODUCT_NAME}|${QUOTED_NAME})[ \\t]*(?=[,.;]|$)`,
    'gm',
  );
  while (/,[ \t]+[«A-ZÉa-z0-9]/.test(clean) && (m = namedAfter.exec(clean))) {
    const quoted = /^«\s*([^«»]+?)\s*»$/.exec(m[3]!);
    const name = quoted ? quoted[1]! : m[3]!;
    if (!quoted && (NOT_PRODUCT.test(name) || ADVERBIAL_START.test(name.split(/\s+/)[0]!))) continue;
    // « Le service de proximité, Lyon, Lille et Nantes en tête, … »: an enumeration of places, not a name.
    if (/^\s*(?:,|et)\s*[A-ZÉ]/.test(clean.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    const at = m.index + m[0].lastIndexOf(m[3]!) + m[3]!.indexOf(name);
    if (mentions.some((x) => x.start <= at && at < x.end)) continue;
    push(at, at + name.length, name, productTypeOf(m[1]!) ?? null, `${m[1]}${m[2]}`.replace(/\s+/g, ' ').trim());
  }
  // « MonCompteCantine : le téléservice de paiement … » (a title, a heading): a CamelCase name, a colon, then a
  // product word. Other capitalised words before a colon are mostly labels (« Contexte : la plateforme … »).
  const titled = new RegExp(`^[ \\t#]*(${PRODUCT_NAME})[ \\t]*:[ \\t]*(?:le|la|l'|un|une)\\s*(${PRODUCT_TYPE_ALTERNATION})(?![\\wÀ-ÿ])([^.;\\n]{0,120})`, 'gm');
  while (clean.includes(':') && (m = titled.exec(clean))) {
    // (Or capitalised parts joined by a hyphen, « Cirrus-État », that no place's name opens.)
    if (!CAMEL_CASE.test(m[1]!) && !(COMPOUND_NAME_ALONE.test(m[1]!) && !PLACE_COMPOUND.test(m[1]!))) continue;
    const at = m.index + m[0].indexOf(m[1]!);
    if (mentions.some((x) => x.start <= at && at < x.end)) continue;
    // The title's noun phrase describes it, not what the title says happens (« … ouvre à tous »).
    const phrase = `${m[2]}${m[3]}`.split(/\s(?:ouvre|s'ouvre|est|sont|arrive|devient|fait|passe|franchit|atteint|se|a|ont|fête|évolue|change)(?![\wÀ-ÿ])/)[0]!;
    push(at, at + m[1]!.length, m[1]!, productTypeOf(m[2]!) ?? null, phrase.replace(/\s+/g, ' ').trim());
  }
  // « - **Xyz** — plateforme de dépôt des demandes », « - Xyz : outil de suivi … »: a list item naming a product,
  // then what kind of product it is.
  for (const line of text.lines) {
    if (line.kind !== 'list-item') continue;
    const content = clean.slice(line.contentStart, line.start + line.text.length);
    const item = LIST_ITEM_PRODUCT.exec(content);
    // (A capitalised word after the colon is a label's value, « Title: Services numériques … », not a description;
    // a single common word before it is a label, « Contexte : la plateforme … », unless set in bold.)
    if (!item || !/^[a-zé]/.test(item[2]!) || NOT_PRODUCT.test(item[1]!) || ADVERBIAL_START.test(item[1]!.split(/\s+/)[0]!)) continue;
    const bold = doc.text.slice(line.contentStart, line.contentStart + 4).includes('**') || doc.text.slice(line.contentStart, line.contentStart + 4).includes('__');
    if (!bold && !namesItself(item[1]!)) continue;
    const at = line.contentStart + content.indexOf(item[1]!);
    if (mentions.some((x) => x.start <= at && at < x.end)) continue;
    push(at, at + item[1]!.length, item[1]!, productTypeOf(item[2]!) ?? null, `${item[2]}${item[3] ?? ''}`.replace(/\s+/g, ' ').trim());
  }
  // « - Asphalte, outil d'audit développé par … » (a list item), « Dossier Facile, c'est l'outil qui permet … » (a
  // sentence): a name, a comma, then what kind of product it is (a word that names software only, and its complement).
  for (const line of /,/.test(clean) ? text.lines : []) {
    if (line.kind !== 'list-item' && line.kind !== 'paragraph') continue;
    const content = clean.slice(line.contentStart, line.start + line.text.length);
    const m = (line.kind === 'list-item' ? APPOSED_SOFTWARE : SAID_SOFTWARE).exec(content);
    if (!m || NOT_PRODUCT.test(m[1]!.split(/\s+/)[0]!) || ADVERBIAL_START.test(m[1]!.split(/\s+/)[0]!) || isGivenName(m[1]!.split(/\s+/)[0]!) || looksLikeAcronym(m[1]!)) continue;
    const at = line.contentStart + m.index + m[0].indexOf(m[1]!);
    if (mentions.some((x) => x.start <= at && at < x.end)) continue;
    push(at, at + m[1]!.length, m[1]!, productTypeOf(m[2]!) ?? null, tidyDescription(`${m[2]}${m[3] ?? ''}`), operatorFor(text, mentions, at + m[1]!.length));
  }
  // « Xyz a été conçu par l'incubateur », « Xyz, lancé en 2024 par la DCAR, … »: something designed, developed or
  // launched by a body, named at the head of its sentence.
  for (const sent of /(?:conçue?|développée?|lancée?|déployée?|opérée?|exploitée?|éditée?|mise? en (?:ligne|service))\s/.test(clean) ? text.sentences : []) {
    const m = MADE_BY.exec(sent.text);
    if (!m || NOT_PRODUCT.test(m[1]!) || ADVERBIAL_START.test(m[1]!.split(/\s+/)[0]!)) continue;
    // (« L'application Récolte, développée par … »: an elided article and a common noun open no name; the product word's
    // own rule reads « application Récolte ».)
    if (/^[LD]['’]\p{Ll}/u.test(m[1]!)) continue;
    const at = sent.start + sent.text.indexOf(m[1]!);
    if (mentions.some((x) => x.start <= at && at < x.end)) continue;
    push(at, at + m[1]!.length, m[1]!, null, null, operatorFor(text, mentions, at + m[1]!.length));
  }
  // « Lancé en octobre 2022, Vigie publie … », « Ouvert le 4 juin 2019, Escale compte … »: a name without article right
  // after a fronted launch (bodies are « créés », programmes take an article: « Lancé en 2018, le programme … »).
  for (const sent of /(?:Lancée?s?|Ouverte?s?|Mise?s?\s+en\s+(?:ligne|service)|Déployée?s?)\s/.test(clean) ? text.sentences : []) {
    const m = LAUNCHED_FRONTED.exec(sent.text);
    if (!m) continue;
    const name = m[1]!;
    const first = name.split(/\s+/)[0]!;
    if (NOT_PRODUCT.test(first) || PRONOUN_SUBJECT.test(first) || ADVERBIAL_START.test(first) || ACT_WORD.test(first) || isGivenName(first) || looksLikeAcronym(name) || PLACE_COMPOUND.test(name)) continue;
    const at = sent.start + m.index + m[0].length - m[1]!.length - m[2]!.length;
    // (« … par Sillon, l'incubateur de la délégation. Lancé en 2021, Sillon a accompagné … »: a body the text names.)
    if (overlapsMention(at, at + name.length) || mentions.some((x) => x.name !== null && x.name.replace(/^\p{Ll}+\s+/u, '') === name) || namedAsBody(clean, name)) continue;
    push(at, at + name.length, name, null, null, operatorFor(text, mentions, at + name.length));
  }
  // « Parcours Répit permet à un aidant de décrire … », « L'API Xyz permet aux administrations de … »: a name the
  // sentence opens with, that lets someone do something (not a body's, a person's nor a pronoun).
  // (The page's own title, « # Parcours Répit » or « title: Parcours Répit », names what the page presents.)
  const pageTitle = /^(?:---\s*\n(?:[^\n]*\n){0,20}?title:\s*["']?([^"'\n]{2,60}?)["']?\s*\n|\s*#[ \t]+([^\n#]{2,60}?)[ \t]*\n)/.exec(doc.text)?.slice(1).find(Boolean)?.trim();
  for (const sent of /permet/.test(clean) ? text.sentences : []) {
    const m = LETS_DO.exec(sent.text);
    if (!m) continue;
    // (« L'API Xyz »: the name without its elided article.)
    const elided = /^[LD]['’]/.exec(m[1]!);
    const name = elided ? m[1]!.slice(2) : m[1]!;
    const first = name.split(/\s+/)[0]!;
    if (!/^\p{Lu}/u.test(name) || NOT_PRODUCT.test(first) || PRONOUN_SUBJECT.test(first) || ADVERBIAL_START.test(first) || ACT_WORD.test(first) || isGivenName(first) || looksLikeAcronym(name) || PLACE_COMPOUND.test(name)) continue;
    // (Names of places, companies and bodies open such sentences too, « Marseille », « Business France », « Météo-
    // France »: only a name shaped as products' are, an API's, one the text gives a product elsewhere, or the page's
    // title.)
    if (!/^API\s/.test(name) && !/\p{Ll}\p{Lu}|['’]\p{Lu}|[+\d]/u.test(name) && !seenByName.has(name) && name !== pageTitle) continue;
    const at = sent.start + sent.text.indexOf(m[1]!) + (elided ? 2 : 0);
    if (overlapsMention(at, at + name.length)) continue;
    push(at, at + name.length, name, productTypeOf(first) ?? null, null, operatorFor(text, mentions, at + name.length));
  }
  // (The apposition's comma and software word, looked for first: the whole pattern tries a name at every position.)
  for (const sent of APPOSED_SOFTWARE_WORD.test(clean) ? text.sentences : []) {
    if (!APPOSED_SOFTWARE_WORD.test(sent.text)) continue;
    const found = [...sent.text.matchAll(APPOSED_SOFTWARE_IN_SENTENCE)]
      // (A plain name too when a body made it: « Verrier, outil d'audit développé par le pôle Qualité ».)
      .filter((m) => (/\p{Ll}\p{Lu}|['’+]|\d/u.test(m[1]!) || MADE_BY_BODY.test(m[3] ?? '')) && !/(?:M\.|Mme|Mmes|MM\.|Dr|Pr)\s*$/u.test(sent.text.slice(Math.max(0, m.index - 6), m.index)))
      .map((m) => ({ m, type: productTypeOf(m[2]!) ?? null, description: tidyDescription(`${m[2]}${m[3] ?? ''}`) }));
    for (const { m, type, description } of found) {
      const name = m[1]!;
      const first = name.split(/\s+/)[0]!;
      if (NOT_PRODUCT.test(first) || ADVERBIAL_START.test(first) || isGivenName(first) || looksLikeAcronym(name)) continue;
      const at = sent.start + m.index + m[0].indexOf(name);
      if (mentions.some((x) => x.start < at + name.length && at < x.end)) continue;
      push(at, at + name.length, name, type, description, operatorFor(text, mentions, at + name.length));
    }
  }
  // « l'« Atlas des forêts », service cartographique consulté par … »: a name between guillemets, then, without an
  // article, the product word that says what it is.
  // (The facts read so far in order of position, looked up by binary search.)
  const readSpans = /»\s*,/.test(clean) ? facts.map((f) => ({ start: f.start, end: f.end })).sort((a, b) => a.start - b.start) : [];
  for (const m of /»\s*,/.test(clean) ? clean.matchAll(QUOTED_APPOSED) : []) {
    const name = m[1]!.trim();
    const at = m.index + m[0].indexOf(name);
    if (overlapsMention(at, at + name.length) || overlapsSorted(readSpans, at, at + 1)) continue;
    push(at, at + name.length, name, productTypeOf(m[2]!) ?? null, tidyDescription(`${m[2]}${m[3] ?? ''}`), operatorFor(text, mentions, at + name.length));
  }
  // « « Bus des services », exploités par la mission … », « par « RDV-Escale », développé par le département … »,
  // « « Dossier Commun », qui permet à un conseiller de … »: a name between guillemets that a body develops or runs,
  // or that lets someone do something.
  for (const m of /»\s*,/.test(clean) ? clean.matchAll(QUOTED_MADE_BY) : []) {
    const name = m[1]!.trim();
    const first = name.split(/\s+/)[0]!;
    if (NOT_PRODUCT.test(first) || isGivenName(first) || looksLikeAcronym(name)) continue;
    // (The title of a law, a label, a guide or a plan: « La loi « Climat et résilience », qui permet … ».)
    if (NOT_A_PRODUCT_BEFORE_QUOTE.test(clean.slice(Math.max(0, m.index - 30), m.index))) continue;
    const at = m.index + m[0].indexOf(name);
    if (overlapsMention(at, at + name.length) || overlapsSorted(readSpans, at, at + 1)) continue;
    push(at, at + name.length, name, null, null, operatorFor(text, mentions, at + name.length));
  }
  // « Lancement de « Sésame Visites » », « la mise en service de Bordée », « le lancement de la nouvelle version de
  // Déclar'Eau »: what is launched, named (quoted, or a capitalised name that is no body's, person's or place's).
  for (const m of /ancement|ise en|énéralisation/.test(clean) ? clean.matchAll(LAUNCH_OF) : []) {
    const name = (m[1] ?? m[2])!.trim();
    const at = m.index + m[0].length - (m[1] !== undefined ? m[0].length - m[0].indexOf('«') : m[2]!.length);
    const start = m[1] !== undefined ? clean.indexOf(name, at) : at;
    // (A capitalised name unquoted only when it is shaped as product names are, an inner capital, an apostrophe or a
    // plus: « Déclar'Eau », « MonAccès »; « Flamanville 3 », « Sentinelle », « Territoires d'industrie » in a sentence
    // are places, operations and names cut at « de ».)
    // (Or one an apposition says what it is, « lancement de Kit Qualité, bibliothèque de gabarits », or a title, the line
    // the launch alone: « ## Lancement de Bordée ».)
    const after = clean.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const lineStart = clean.lastIndexOf('\n', m.index) + 1;
    const said = /^\s*,\s*(?:(?:le|la|les|un|une)\s+|l')?\p{Ll}/u.test(after) || (/^[\s#*\-;]*$/.test(clean.slice(lineStart, m.index)) && /^[ \t;]*(?:\n|$)/.test(after));
    const shaped = (/\p{Ll}\p{Lu}|['’+]/u.test(name) || said) && !/^\s*(?:de|d'|du|des)\s/iu.test(after);
    if (m[2] !== undefined && (!shaped || NOT_PRODUCT.test(name.split(/\s+/)[0]!) || ADVERBIAL_START.test(name.split(/\s+/)[0]!) || isGivenName(name.split(/\s+/)[0]!) || looksLikeAcronym(name) || /^[ \t]+\p{Lu}/u.test(clean.slice(m.index + m[0].length, m.index + m[0].length + 3)))) continue;
    if (mentions.some((x) => x.start < start + name.length && start < x.end)) continue;
    push(start, start + name.length, name, null, null, operatorFor(text, mentions, start + name.length));
  }
  // « la fabrique lance Signal Voirie, qui permet aux habitants de … », « le DOG lance Géoplateforme locale, qui reprend
  // les fonctions de … »: what a body launches, named, then what it does for its users.
  for (const m of /(?:lance|ouvre|déploie)/.test(clean) ? clean.matchAll(LAUNCHES_NAMED) : []) {
    const name = m[1]!.trim();
    const start = m.index + m[0].indexOf(name, m[0].length - m[1]!.length - m[2]!.length);
    const first = name.split(/\s+/)[0]!;
    // (Two words or more, or a name shaped as products are, « MonAccès », « Déclar'Eau »: « ouvre Paris, qui … » is a place.)
    const shaped = /\s/.test(name) || /\p{Ll}\p{Lu}|['’+]/u.test(name);
    if (!shaped || NOT_PRODUCT.test(first) || ADVERBIAL_START.test(first) || isGivenName(first) || looksLikeAcronym(name)) continue;
    if (mentions.some((x) => x.start < start + name.length && start < x.end)) continue;
    push(start, start + name.length, name, null, null, operatorFor(text, mentions, start + name.length));
  }
  // Software a text says a product is built with: « écrite en Python (Django) », « développée en Java 17 (Spring
  // Boot) », « une base PostgreSQL 15 », « le framework X », « Prérequis : Docker et Docker Compose, Node.js 20 ».
  const software = [
    ...(/(?:écrite?s?|développée?s?|codée?s?|programmée?s?)\s+en\s/.test(clean) ? [BUILT_IN] : []),
    ...(/(?:base(?:\s+de\s+données)?|framework|cadriciel|langage|moteur|bibliothèque|SGBD)\s+[A-Z]/.test(clean) ? [BUILT_ON] : []),
    ...(/(?:Prérequis|Dépendances|Technologies|Stack|Socle\s+technique)[ \t]*:/.test(clean) ? [STACK_LIST] : []),
    ...(/(?:repos|s'appui|s'appuy|basé|fondé|construit)\p{L}*\s+sur\s+[A-Z]/u.test(clean) ? [BUILT_UPON] : []),
  ];
  for (const re of software) {
    for (const m of clean.matchAll(re)) {
      const list = m[1]!;
      const at = m.index + m[0].indexOf(list, re === STACK_LIST ? m[0].indexOf(':') : 0);
      // (« La réforme repose sur Paris et Lyon », « elle s'appuie sur France Travail »: what is built upon software is
      // a software, a numbered version or a technical stack, said in the clause before the verb.)
      if (re === BUILT_UPON && !SOFTWARE_SUBJECT.test(clean.slice(Math.max(0, m.index - 100), m.index).split(/[.;!?\n]/).pop()!)) continue;
      for (const item of list.matchAll(SOFTWARE_NAME)) {
        const start = at + item.index;
        const name = item[1]!;
        if (NOT_PRODUCT.test(name) || ADVERBIAL_START.test(name) || mentions.some((x) => x.start <= start && start < x.end)) continue;
        push(start, start + name.length, name, 'logiciel', null, null);
      }
    }
  }
  // « - **Xyz**, guichet numérique exploité par l'agence X » (a list of what a programme delivers, no products heading):
  // a name in bold, then an apposition that opens with a product word.
  // (Or in HTML: « <li><strong>Xyz</strong>, service de … </li> ».)
  const boldMarks = doc.text.includes('**') || doc.text.includes('__');
  const boldTags = /<(?:strong|b)>/i.test(doc.text);
  if (boldMarks || boldTags) {
    for (const m of [...(boldMarks ? doc.text.matchAll(BOLD_APPOSED) : []), ...(boldTags ? doc.text.matchAll(STRONG_APPOSED) : [])]) {
      const name = m[1]!.trim();
      const start = m.index + m[0].indexOf(m[1]!);
      // (« **Le Comptoir**, plateforme d'entraide … »: a name that keeps its article, a capital after it; not « **La
      // Région**, portail des aides », « **Le Ministère**, … »: a body or a place.)
      const unarticled = name.replace(/^(?:Le|La|Les|L['’])\s*(?=\p{Lu})/u, '');
      if (unarticled !== name && (orgTypeOf(unarticled.split(/\s+/)[0]!) || /^(?:Région|Département|Commune|Ville|Métropole|Préfecture|État|France|Europe)$/u.test(unarticled))) continue;
      if (NOT_PRODUCT.test(name) || ADVERBIAL_START.test(name) || notAProductTitle(unarticled) || looksLikePerson(name) || mentions.some((x) => x.start <= start && start < x.end)) continue;
      const line = text.lines.find((l) => l.start <= start && start < l.end);
      const from = m.index + m[0].lastIndexOf(',') + 1;
      const apposition = line ? clean.slice(from, line.end) : '';
      // (« … exploité par l'agence X », « … développé par le CNIR »: its operator.)
      const by = /(?:exploitée?s?|développée?s?|opérée?s?|portée?s?|gérée?s?|conçue?s?|pilotée?s?|éditée?s?)\s+par\s+(?:le\s+|la\s+|les\s+|l')?/.exec(apposition);
      const operator = by ? mentions.find((x) => x.start >= from + by.index + by[0].length && x.start <= from + by.index + by[0].length + 1) : undefined;
      push(start, start + name.length, name, productTypeOf(m[2]!) ?? null, firstClause(apposition.trim()).replace(/\s+/g, ' ') || null, operator ? refOf(operator) : null);
    }
  }
  // A project's sheet (« Intitulé : SILLAGE – refonte du … » then « Porteur : … », « Budget : … »): the project's name,
  // operated by the body its « Porteur » line names.
  for (const [i, line] of /(?:^|\n)[ \t]*(?:Intitulé|Nom du (?:projet|produit|service)|Projet|Produit)[ \t]*:/i.test(clean) ? text.lines.entries() : []) {
    const field = SHEET_NAME_FIELD.exec(clean.slice(line.start, line.end));
    if (!field || line.kind === 'heading') continue;
    const sheet = text.lines.slice(i + 1, i + 12).filter((l) => l.kind !== 'blank');
    if (!sheet.some((l) => SHEET_FIELD.test(clean.slice(l.contentStart, l.end)))) continue;
    const name = field[1]!;
    const start = line.start + field.index + field[0].indexOf(name, field[0].indexOf(':'));
    if (!/\p{L}{2}/u.test(name) || NOT_PRODUCT.test(name) || looksLikePerson(name) || mentions.some((x) => x.start <= start && start < x.end)) continue;
    const porteur = sheet.find((l) => /^(?:porteu(?:r|se)|maîtrise d'ouvrage|responsable)\s*:/i.test(clean.slice(l.contentStart, l.end)));
    const owner = porteur ? mentions.find((x) => x.start >= porteur.contentStart && x.end <= porteur.end) : undefined;
    push(start, start + name.length, name, null, field[2] ? tidyDescription(field[2]) : null, owner ? refOf(owner) : null);
  }
  // « ### Xyz » then « La plateforme permet … » or « Statut : en construction »: a heading naming a product, by what
  // the section under it says first.
  // (« ## Conception et réalisation » then « Le site a été conçu … », « ## Données personnelles » then « Le site
  // collecte … »: when several sections open on the same « le site », it is the page's own site, and titles in
  // sentence case made of common words are the page's sections.)
  // The first line of each heading's section (none when another heading comes first), and what it opens with.
  const sections: Array<{ i: number; line: Line; opening: string; said: string | undefined; anaphora: RegExpExecArray | null }> = [];
  let nextLine: Line | undefined;
  for (let i = text.lines.length - 1; i >= 0; i--) {
    const line = text.lines[i]!;
    if (line.kind === 'heading' && nextLine && nextLine.kind !== 'heading') {
      const opening = clean.slice(nextLine.contentStart, nextLine.start + nextLine.text.length);
      // « La plateforme permet … », not « Le service des technologies … » (a body's name).
      const said = SECTION_OPENING.exec(opening);
      sections.push({ i, line, opening, said: said?.[1]?.toLowerCase(), anaphora: said && !/^\s+(?:de|des|du|d')[\s']/i.test(opening.slice(said[0].length)) ? said : null });
    }
    if (line.kind !== 'blank') nextLine = line;
  }
  sections.reverse();
  const sectionOpenings = new Map<string, number>();
  for (const { said } of sections) if (said) sectionOpenings.set(said, (sectionOpenings.get(said) ?? 0) + 1);
  for (const { i, line, opening, anaphora } of sections) {
    const name = /^[«"]?\s*([\p{Lu}][^«»"\n:]{1,50}?)\s*[»"]?$/u.exec(clean.slice(line.contentStart, line.end).trim())?.[1];
    // (Not a question, « Qui gère X ? », nor « Votre employeur », « Nos missions »: headings of a page's sections.)
    if (!name || name.split(/\s+/).length > 4 || NOT_PRODUCT.test(name) || PRODUCT_HEADING.test(name) || /\?/.test(name) || SECTION_HEADING_START.test(name) || NOT_A_PRODUCT_HEADING.test(name) || looksLikePerson(name)) continue;
    if (!anaphora && !PRODUCT_SHEET_FIELD.test(opening)) continue;
    if (anaphora && (sectionOpenings.get(anaphora[1]!.toLowerCase()) ?? 0) >= 2 && SENTENCE_CASE_WORDS.test(name)) continue;
    // « ## Fonctionnement » then « La plateforme permet … »: a single common word heads a section about the product.
    if (!PRODUCT_SHEET_FIELD.test(opening) && !namesItself(name)) continue;
    const at = line.contentStart + clean.slice(line.contentStart).indexOf(name);
    if (mentions.some((x) => x.start <= at && at < x.end)) continue;
    push(at, at + name.length, name, anaphora ? (productTypeOf(anaphora[1]!) ?? null) : null, firstSentenceAfter(text, i) || null);
  }
  // « (produits, plateformes, logiciels : A, B, C) », « Les deux services … : A, B et C »
  // « … logiciels : A, B et C », « … applications très utilisées, notamment A ou encore B »
  const SEP = String.raw`\s*(?:,|\bet\b|\bou(?: encore)?\b|,\s*(?:et|ou)(?: encore)?)\s*`;
  // Items may carry their operator in parentheses: « Saphir (MAEDI), Adamant (MCC) et Archipel ».
  // An item may be quoted: « applications « Alpha », « Paie-Mer » et « Gestion+ » ».
  const ITEM = `(?:${QUOTED_NAME}|${PRODUCT_NAME})(?:\\s*\\([^()\\n]{1,60}\\))?`;
  const list = new RegExp(
    `(?<![\\wÀ-ÿ])(${PRODUCT_TYPE_ALTERNATION})\\b[^:\\n.]{0,80}?(?::|\\bnotamment\\b|\\bcomme\\b|\\btel(?:le)?s que\\b|\\bpar exemple\\b)\\s*(${ITEM}(?:${SEP}${ITEM})+)`,
    'g',
  );
  while ((m = list.exec(clean))) {
    // « répartis sur trois sites : Paris, Lyon et Lille »: counted sites are places.
    if (/^sites?$/i.test(m[1]!) && /(?:\d|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+$/i.test(clean.slice(Math.max(0, m.index - 12), m.index))) continue;
    const itemsStart = m.index + m[0].length - m[2]!.length;
    for (const item of listItems(m[2]!, itemsStart)) {
      if (/^(?:et|ou|encore)$/i.test(item.name)) continue;
      const inParens = item.parens?.split('/')[0]?.trim();
      const operator = inParens ? (looksLikeAcronym(inParens) ? { acronym: inParens } : /^[A-ZÉ]/.test(inParens) ? { name: inParens } : null) : undefined;
      push(item.start, item.start + item.name.length, item.name, productTypeOf(m[1]!) ?? null, null, operator);
    }
  }
  // « les services mutualisés de l'agence, en particulier « RDV Proximité », qui … »: one quoted name singled out.
  const singled = new RegExp(`(?<![\\wÀ-ÿ])(${PRODUCT_TYPE_ALTERNATION})\\b[^:\\n.«»]{0,80}?(?:\\bnotamment\\b|\\ben particulier\\b)\\s*(${QUOTED_NAME})`, 'g');
  while (/notamment|en particulier/.test(clean) && (m = singled.exec(clean))) {
    const itemsStart = m.index + m[0].length - m[2]!.length;
    for (const item of listItems(m[2]!, itemsStart)) push(item.start, item.start + item.name.length, item.name, productTypeOf(m[1]!) ?? null, null);
  }
  // « les logiciels libres LibreOffice, Thunderbird et Nextcloud »: a plural product word, then the named items.
  const plural = new RegExp(
    // (« Systèmes d'information « A » (…), « B » (…) et « C » (…) »: the plural inside the word.)
    `(?<![\\wÀ-ÿ])((?:${PRODUCT_TYPE_ALTERNATION})s?(?<=s|x)|[Ss]ystèmes d'information|[Ss]ystèmes de gestion)(?:\\s+(?:libres|mobiles|numériques|open source|en ligne|web))?\\s+(${ITEM}(?:\\s*,\\s*${ITEM})*\\s*,?\\s+et\\s+${ITEM})`,
    'g',
  );
  while ((m = plural.exec(clean))) {
    const itemsStart = m.index + m[0].length - m[2]!.length;
    for (const item of listItems(m[2]!, itemsStart)) {
      if (/^(?:et|ou|encore)$/i.test(item.name)) continue;
      push(item.start, item.start + item.name.length, item.name, productTypeOf(m[1]!) ?? null, null);
    }
  }
  // « un traitement automatisé de données à caractère personnel dénommé « X » »: what an act creates under that name.
  for (const m of /traitement/.test(clean) ? clean.matchAll(NAMED_PROCESSING) : []) {
    const start = clean.indexOf(m[1]!, m.index + m[0].lastIndexOf('«'));
    if (!mentions.some((x) => x.start <= start && start < x.end)) push(start, start + m[1]!.length, m[1]!, 'traitement', null);
  }
  // « un logiciel libre existant du nom de X », « une application baptisée X », « le système d'information de
  // gestion des aides, dit « SIGMA » » (« dit » with its guillemets only: « dit-il »).
  const named = new RegExp(`(${PRODUCT_TYPE_ALTERNATION})\\b[^.;\\n]{0,60}?\\b(?:(?:du nom de|appelée?|baptisée?|dénommée?|nommée?)\\s+«?\\s*(${PRODUCT_NAME})|,\\s*dite?s?\\s+«\\s*(\\p{Lu}[^«»\\n]{1,59}?)\\s*»)`, 'gu');
  const namedPossible = /du nom de|appelé|baptisé|dénommé|nommé|dite?s?\s+«/.test(clean);
  while (namedPossible && (m = named.exec(clean))) {
    // (« …, dit « Mon stage en ligne » »: the whole name between the guillemets; « la ministre a dit « Nous … » »,
    // speech, has no comma before the verb.)
    const name = m[2] ?? m[3]!;
    const s0 = m[2] ? m.index + m[0].length - name.length : m.index + m[0].lastIndexOf(name);
    push(s0, s0 + name.length, name, productTypeOf(m[1]!) ?? null, null);
  }
  // Sites named by their domain in prose (« sur data.exemple.fr »), not inside a URL or an address.
  // « En savoir plus : [exemple.fr](…) » points to a site for reference, it does not present one.
  // A domain that is a whole line or list item (« - legifrance.gouv.fr » in a page's useful links) is a link, not a
  // site the text presents.
  for (const d of domainNames(clean)) {
    if (REFERENCE_LEAD.test(clean.slice(Math.max(0, d.index - 40), d.index))) continue;
    const lineStart = clean.lastIndexOf('\n', d.index) + 1;
    const lineEnd = clean.indexOf('\n', d.index) < 0 ? clean.length : clean.indexOf('\n', d.index);
    if (/^\s*(?:[-*•]\s*)?$/.test(clean.slice(lineStart, d.index)) && /^[\s;.]*$/.test(clean.slice(d.index + d.text.length, lineEnd))) continue;
    push(d.index, d.index + d.text.length, d.text, 'site', null);
  }
  // « API sirene », « API adresse »: an API named by a lowercase identifier.
  const api = /(?<![\wÀ-ÿ])API\s+([a-z][a-z0-9-]{2,30})(?![\wÀ-ÿ])/g;
  while (clean.includes('API') && (m = api.exec(clean))) {
    if (/^(?:de|des|du|et|pour|par|avec|sans|sur|sous|dans|qui|que|est|sont|en|ou|à|aux|au|entre|vers|chez|selon|comme|sera|seront|était|étaient|reste|restera|peut|pourra|doit|devra|permet|fournit|expose|propose|devient|deviendra|a|ont|avait)$/.test(m[1]!)) continue;
    // « les API publiques », « 320 API ouvertes »: the common noun and an adjective, not a named API.
    // « l'API renvoie le … »: a verb before its object.
    if (/^[a-zéèêàç]+(?:e|ent)$/.test(m[1]!) && /^\s+(?:le|la|les|l'|un|une|des|du|au|aux|ses|son|sa|leur|leurs)(?:\s|(?<='))/.test(clean.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
    if (API_ADJECTIVE.test(m[1]!) || (/[sx]$/.test(m[1]!) && /(?:\d|\b(?:les|des|ces|nos|vos|leurs|plusieurs|certaines|toutes))\s*$/i.test(clean.slice(Math.max(0, m.index - 12), m.index)))) continue;
    push(m.index, m.index + m[0].length, `API ${m[1]!}`, 'API', null);
  }
  for (const t of fromTables(doc)) push(t.start, t.end, t.name, t.type, t.description, t.operator);
  // A start-up's product page (front matter with « phases: », or « mission: » and « incubator: »): its « title: ».
  const front = frontMatterYaml(doc);
  const title = front && isProductPage(front) ? scalarAt(front, front.map, 'title') : undefined;
  if (title && /^\p{Lu}/u.test(title.value) && title.value.length <= 60) push(title.start, title.end, title.value, null, scalarAt(front!, front!.map, 'mission')?.value.slice(0, 200) ?? null);
  // « Firefox 128 et NVDA 2024.2 », « avec NVDA 2024.4 comme avec JAWS 2025 » (an accessibility statement's tests):
  // software named with its version, two by two.
  for (const m of /\d\s+(?:et|comme\s+avec|avec|,)\s+\p{Lu}/u.test(clean) ? clean.matchAll(VERSIONED_PAIR) : []) {
    for (const [name, at] of [[m[1]!, m.index + m[0].indexOf(m[1]!)], [m[2]!, m.index + m[0].lastIndexOf(m[2]!)]] as const) {
      if (NOT_VERSIONED.test(name) || NOT_PRODUCT.test(name) || overlapsSorted(mentions, at, at + name.length)) continue;
      push(at, at + name.length, name, 'logiciel', null);
    }
  }
  // (« référentiel général d'amélioration de l'accessibilité (RGAA) »: a standard every administration applies, not a product.)
  // (« jugent le réseau « utile » »: a single lowercase word between guillemets is a word quoted, no name.)
  for (const d of productDefinitions) if (!(d.acronym && GENERIC_ACRONYMS.has(d.acronym)) && !/«\s*\p{Ll}+\s*»\s*$/u.test(clean.slice(d.start, d.end))) push(d.start, d.end, d.name!, d.productType ?? null, null, undefined, d.acronym ?? undefined);
  // « Trois outils sont aujourd'hui en service : » then list items « a) Xyz, l'observatoire … », or « Nos trois
  // produits phares sont Xyz, la messagerie … ; Abc, l'annuaire … ; et le Dossier X (DX), … »: the names that open
  // the items of an enumeration of products.
  for (const item of countedProductItems(text)) {
    if (mentions.some((x) => x.start <= item.start && item.start < x.end && x.how !== 'definition')) continue;
    // (« - La plateforme Alpha, … »: read already by its product word.)
    if (facts.some((f) => f.start < item.end && item.start < f.end)) continue;
    push(item.start, item.end, item.name, item.type, item.description || null);
  }
  // « le service de prise de rendez-vous en ligne RDV-Préf », « l'offre d'hébergement Nuage-État »: a product word,
  // words qualifying it, then a name shaped as product names are (capitalised parts joined by a hyphen).
  const compound = new RegExp(`(?<![\\wÀ-ÿ])(${PRODUCT_TYPE_ALTERNATION})((?:\\s+(?:[a-zéèêàçœ-]+|[dl]'[a-zéèêàçœ-]+)){1,7})\\s+(${COMPOUND_NAME})(?![\\wÀ-ÿ-])`, 'g');
  // (Only in a text that writes such a name; the test once, not per match. Bounded: over a long run of capitals without
  // a hyphen, an unbounded word was read to the run's end from each of its letters.)
  const writesCompounds = /[A-ZÉ][\wÀ-ÿ]{0,60}-[A-ZÉ]/.test(clean);
  while (writesCompounds && (m = compound.exec(clean))) {
    const at = m.index + m[0].length - m[3]!.length;
    if (mentions.some((x) => x.start <= at && at < x.end) || PLACE_COMPOUND.test(m[3]!) || m[3]!.split('-').every((part) => isGivenName(part))) continue;
    // (« l'application historique Télé-Asso 2 »: read already, whole, after its product word.)
    if (facts.some((f) => f.data.kind === 'product' && f.start <= at && at < f.end)) continue;
    push(at, at + m[3]!.length, m[3]!, productTypeOf(m[1]!) ?? null, `${m[1]}${m[2]}`.replace(/\s+/g, ' ').trim());
  }
  // « le système « SIGMA » … ; il sera remplacé progressivement par SIGMA-Next », « l'outil X, remplacé en 2024 par
  // « Y » »: what replaces a product is a product, when the product is what is replaced (right before the verb, or
  // the sentence's « il » or « elle ») and the name is shaped as products' are (not « par Durand », a person, nor
  // « le bouton « Valider » est remplacé par « Envoyer » », a word of the product).
  const replacedName = new RegExp(`^(?:\\*\\*|__)?(?:«\\s*(\\p{Lu}[^«»\\n]{1,59}?)\\s*»|(${PRODUCT_NAME}))`, 'u');
  /** The name at `at` of what replaces, is replaced by, or receives a product, when shaped as products' are (or an acronym). */
  const productNamedAt = (at: number, acronym = false): { start: number; name: string } | undefined => {
    const n = replacedName.exec(clean.slice(at, at + 90));
    const name = n?.[1] ?? n?.[2];
    if (!n || !name) return undefined;
    const start = at + n[0].indexOf(name);
    if (!n[1] && !namesItself(name) && !COMPOUND_NAME_ALONE.test(name) && !(acronym && looksLikeAcronym(name))) return undefined;
    const head = name.split(/\s+/)[0]!;
    if (NOT_PRODUCT.test(head) || ADVERBIAL_START.test(head) || isGivenName(name.split(/[\s-]+/)[0]!) || looksLikePerson(name) || overlapsSorted(mentions, start, start + name.length)) return undefined;
    return { start, name };
  };
  const productSpans = /remplacé/.test(clean) ? facts.filter((f) => f.data.kind === 'product').sort((a, b) => a.end - b.end) : [];
  for (const r of productSpans.length ? clean.matchAll(REPLACED_BY) : []) {
    const product = lastEndingBy(productSpans, r.index);
    if (!product || r.index - product.end > 160) continue;
    const between = clean.slice(product.end, r.index);
    const replaced = /^\s*»?\s*(?:,\s*)?(?:[^,;.«»\n]{0,60},\s*)?(?:(?:est|sera|a\s+été|va\s+être)\s+)?(?:\p{Ll}+ment\s+)?$/u.test(between) || /(?:^|[;,]\s*)(?:il|elle)\s+(?:est|sera|a\s+été|va\s+être)\s+(?:\p{Ll}+ment\s+)?$/u.test(between);
    if (!replaced || /[.!?\n]/.test(between)) continue;
    const found = productNamedAt(r.index + r[0].length);
    if (found) push(found.start, found.start + found.name.length, found.name, null, null);
  }
  // « la plateforme ConfPro a été fermée, ses utilisateurs ayant migré vers Échos Visio »: where the users of a product
  // the sentence named went is a product too (shaped as products' are, as above).
  for (const r of /migr|bascul/.test(clean) ? clean.matchAll(MOVED_TO) : []) {
    const s = sentenceAt(text, r.index);
    if (!s || !facts.some((f) => f.data.kind === 'product' && f.start >= s.start && f.end <= r.index)) continue;
    const found = productNamedAt(r.index + r[0].length);
    if (found) push(found.start, found.start + found.name.length, found.name, null, null);
  }
  // « Instructa, l'application d'instruction … développée par le DPS, a remplacé SIRAS le 30 juin 2025 », « X remplace
  // « Y » »: what a product replaces is a product (an acronym no body bears, a name between guillemets or shaped as
  // products' are).
  // (The products found so far, the ones the rule above added included.)
  const replacing = /remplac/.test(clean) ? facts.filter((f) => f.data.kind === 'product').sort((a, b) => a.end - b.end) : [];
  for (const r of replacing.length ? clean.matchAll(REPLACES) : []) {
    const product = lastEndingBy(replacing, r.index);
    if (!product || r.index - product.end > 160) continue;
    const between = clean.slice(product.end, r.index);
    if (!/^\s*»?\s*(?:\([^()\n]{1,40}\)\s*)?(?:,[^;.«»\n]{1,140},\s*)?$/u.test(between)) continue;
    const found = productNamedAt(r.index + r[0].length, true);
    // (An acronym the text gives a body elsewhere is that body: « X remplace la DSI ».)
    if (!found || (looksLikeAcronym(found.name) && mentions.some((x) => x.acronym === found.name))) continue;
    push(found.start, found.start + found.name.length, found.name, null, null);
  }
  // « AideLogis … sur aidelogis.exemple.gouv.fr »: the address of a product the text names is not another product;
  // « www.anen.gouv.fr » for the ANEN is that body's site, not a product either.
  const productKeys = new Set(facts.flatMap((f) => (f.data.kind === 'product' && f.data.type !== 'site' ? [compactKey(f.data.name)] : [])));
  const bodyAcronyms = new Set(mentions.flatMap((x) => (x.acronym ? [x.acronym.toLowerCase()] : [])));
  for (let i = facts.length - 1; i >= 0; i--) {
    const data = facts[i]!.data;
    if (data.kind !== 'product' || data.type !== 'site' || !/^[a-z0-9-]+\.[a-z0-9.-]+$/.test(data.name)) continue;
    const host = data.name.replace(/^www\./, '').split('.')[0]!;
    if (productKeys.has(compactKey(host)) || bodyAcronyms.has(host)) facts.splice(i, 1);
  }
  // « Sésame-Agent, l'identifiant unique des agents publics, … », « PassAgent, l'identité numérique des agents »: a
  // name shaped as product names are (capitals joined by a hyphen, CamelCase), then an apposition that says what it
  // is.
  const shaped = /(?<![\p{L}\p{N}'-])(\p{Lu}[\p{Ll}']+(?:-\p{Lu}[\p{L}']*)+|\p{Lu}\p{Ll}+\p{Lu}\p{Ll}[\p{L}]*)\s*,\s+((?:l'|le\s|la\s|un\s|une\s|notre\s|son\s|sa\s)\s*[a-zéèêàç][^,.;:!?()\n]{2,80})/gu;
  const shapedNames = /-\p{Lu}/u.test(clean) || /\p{Ll}\p{Lu}\p{Ll}/u.test(clean);
  while (shapedNames && (m = shaped.exec(clean))) {
    const name = m[1]!;
    if (PLACE_COMPOUND.test(name) || name.split('-').every((part) => isGivenName(part)) || mentions.some((x) => x.start <= m!.index && m!.index < x.end)) continue;
    // (A person and a role: « Jean-Marc, le directeur … », « M. Paul Lefèvre-Durand, le directeur … »; a place:
    // « en Bourgogne-Franche-Comté, la région … ».)
    if (isGivenName(name.split('-')[0]!) || PERSON_BEFORE.test(clean.slice(Math.max(0, m.index - 30), m.index)) || PERSON_OR_PLACE_HEAD.test(m[2]!)) continue;
    // (A body: « Terre-Lab, le laboratoire d'innovation de la direction ».)
    if (namedAsBody(clean, name)) continue;
    push(m.index, m.index + name.length, name, null, m[2]!.replace(/\s+/g, ' ').trim());
  }
  // « le réseau interministériel », « le réseau régional et de la téléphonie »: a product word and adjectives, no
  // name: a kind of thing, not a product. « le réseau interministériel Arcade » read whole and as « Arcade »: Arcade.
  // (The product word, then adjectives only, or adjectives coordinated with a complement: « … régional et de la … ».)
  const GENERIC = new RegExp(String.raw`^(?:${PRODUCT_TYPE_ALTERNATION})\s+(?:${ADJECTIVE}\s+)*${ADJECTIVE}(?:\s+et\s+.+)?$`);
  const productFacts = facts.filter((f) => f.data.kind === 'product');
  for (let i = facts.length - 1; i >= 0; i--) {
    const f = facts[i]!;
    if (f.data.kind !== 'product') continue;
    const name = f.data.name;
    const generic = !/[A-ZÉ0-9«]/.test(name) && !name.includes('.') && GENERIC.test(name);
    const typePhraseOfAnother = /^[a-zé]/.test(name) && productFacts.some((g) => g !== f && g.start < f.end && f.start < g.end && g.data.kind === 'product' && g.data.name.length < name.length && name.endsWith(` ${g.data.name}`));
    if (generic || typePhraseOfAnother) facts.splice(i, 1);
  }
  // « Achats », « Critique », « Emploi » (a table's cell, a chart's label): a single capitalised word the text also
  // writes in lowercase is a common noun, not a product's name; unless a product word with its article names it
  // (« le service Démarches », « l'API « Refuges » ») or a sentence gives it (« Osmose, la plateforme … »).
  const namedByProductWord = new RegExp(`^(?:${PRODUCT_TYPE_ALTERNATION})\\s`);
  // « Lieu : Nantes, espace Cale-Neuve »: on a line that says where something happens, a place, not a product
  // (unless a software word names it: « Lieu : en ligne, sur la plateforme Webconf-État »).
  for (let i = facts.length - 1; i >= 0; i--) {
    const f = facts[i]!;
    const before = clean.slice(lineStartAt(clean, f.start), f.start);
    if (f.data.kind === 'product' && PLACE_LINE.test(before) && !SOFTWARE_WORD_BEFORE.test(before) && !SOFTWARE_WORD_OPENING.test(f.quote)) facts.splice(i, 1);
  }
  // (The text's lowercase words are listed only once a candidate stands on a label line: most texts have none.)
  let commonWords: Set<string> | undefined;
  for (let i = facts.length - 1; i >= 0; i--) {
    const f = facts[i]!;
    const data = f.data;
    if (data.kind !== 'product' || !/^\p{Lu}\p{Ll}{2,}$/u.test(data.name)) continue;
    if (namedByProductWord.test(doc.text.slice(f.start, f.end)) && /(?:^|[^\p{L}])(?:le|la|l'|un|une|du|au)\s*$/iu.test(clean.slice(Math.max(0, f.start - 6), f.start))) continue;
    if (onLabelLine(clean, f.start) && (commonWords ??= lowercaseWords(clean)).has(data.name.toLowerCase())) facts.splice(i, 1);
  }
  // « l'API Certificats … (API CEL) »: the acronym in the parentheses is the product's, not another product.
  const acronymSpans = facts.flatMap((f) => (f.data.kind === 'product' && f.data.acronym ? [{ end: f.end, acronym: f.data.acronym }] : []));
  for (let i = facts.length - 1; i >= 0 && acronymSpans.length; i--) {
    const f = facts[i]!;
    if (f.data.kind === 'product' && acronymSpans.some((a) => a.acronym === (f.data as { name: string }).name && f.start > a.end && f.start <= a.end + 4)) facts.splice(i, 1);
  }
  // « l'API IdVérif » and « le traitement dénommé « IdVérif » » in one text: one product, under the name that says
  // what it is (only a processing's name: « la plateforme Hydra » and « l'API Hydra » are a product and its API).
  const apiNames = new Map(facts.flatMap((f) => (f.data.kind === 'product' && /^API\s/.test(f.data.name) ? [[compactKey(f.data.name.slice(4)), f.data.name] as const] : [])));
  for (const f of apiNames.size ? facts : []) {
    if (f.data.kind === 'product' && !/^API\s/.test(f.data.name) && f.data.type === 'traitement') f.data.name = apiNames.get(compactKey(f.data.name)) ?? f.data.name;
  }
  facts.sort((a, b) => a.start - b.start || a.end - b.end);
  for (const f of yamlFacts(doc, 'products')) if (!facts.some((g) => g.data.kind === 'product' && f.data.kind === 'product' && g.data.name === f.data.name)) facts.push(f);
  return { facts, issues: [] };
}

export const productsExtractor: Extractor = { id: ID, version: 86, extract: extractProducts };
