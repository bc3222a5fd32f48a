/**
 * Dated events: a sentence (list item, heading or table row) holding an event verb or noun AND a date mention.
 * Reads: doc.text (shared clean copy, sentences), doc.date (to resolve relative dates; a feed item's own date in a feed). Writes: `event` facts.
 *
 * - Each trigger (« créée », « lancement », « rattachée »…) is paired with the nearest date of its sentence; one
 *   sentence may hold several events (« X (créée en 1998), Y (créée en 2001) »).
 * - « start » verbs (gère, anime, pilote…) only make an event with a « depuis / dès / à partir de » date.
 * - A period mention with no trigger (« Les ambitions 2023-2027 ») is an event of type « other ».
 * - `legal_text`: the text cited in the same sentence that made the event (its date is the event's date, its
 *   title holds the trigger, or it follows « par », « en application de », « en vertu de »).
 * - `subject` is left to the normalisation post-pass, except after a noun trigger followed by an organisation
 *   (« création de la direction … »); `subject_name` is the non-organisation object of a noun trigger
 *   (« lancement du parapheur numérique ») or of an active verb (« gère le service X depuis 2016 »).
 */
import { isMap, isSeq } from 'yaml';
import type { DateValue, EventType, Extractor, Fact, FactData, OrgRef, SourceDocument } from '../../../types/domain.ts';
import { parseDates, type DateMention } from '../dates.ts';
import { MONTH_ALTERNATION, ORG_TYPE_ALTERNATION_U, PRODUCT_TYPE_ALTERNATION, isGivenName, orgTypeOf, productTypeOf } from '../lexicon.ts';
import { decodeHtmlReferences, execAfterBoundary, isEnglish, lineEndAt as lineEnd, lineIndexAt, lineStartAt, lineStartWithin, prepared, sentenceAt, type Line, type PreparedText, type Sentence } from '../text.ts';
import { findLegalTexts, type LegalTextMention } from './legal-texts.ts';
import { findTables, htmlRows } from '../tables.ts';
import { looksLikeAcronym, mentionIndexFrom, spellsAcronym } from '../org-mentions.ts';
import { factAt } from '../fact.ts';
import { frontMatterYaml, scalarAt } from '../front-matter.ts';
import { yamlFacts } from '../yaml-records.ts';
import { referenceDateAt } from '../reference-date.ts';
import { orgPlanning } from '../org-mode.ts';

const L = '(?<![\\p{L}\\p{N}_])';
const R = '(?![\\p{L}\\p{N}_])';

/** A date right after the word (« disponible depuis mars 2023 », « accessible le 1er juin »), as a lookahead. */
const DATE_RIGHT_AFTER =
  "(?=\\s+(?:depuis|dès|à\\s+partir\\s+d\\S*|le|en|au)\\s+(?:le\\s+|l'|du\\s+)?(?:1er|\\d|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre))";

/** Nouns of products a text may say are stopped or withdrawn (« arrêt de l'outil X », « retrait du service Y »). */
const PRODUCT_NOUNS = 'outils?|services?|applications?|plateformes?|logiciels?|sites?|produits?|dispositifs?|versions?|téléservices?';

/** Event triggers by type. `noun`: a nominal trigger whose complement (« de la direction X ») is the subject. */
const TRIGGERS: Array<{ type: EventType; pattern: string; noun?: boolean; beginning?: boolean; sinceOnly?: boolean }> = [
  { type: 'creation', pattern: 'cr[ée]ation|cr[ée]ations', noun: true },
  { type: 'creation', pattern: "cr[ée](?:[ée](?:e|es|s)?|e(?:nt|r|s|ra|ront|rons|rez)?|a(?:it|ient)?|èrent|ons|ez)" },
  { type: 'creation', pattern: 'institu(?:é|ée|ées|és|e|ent|er|a|ait)' },
  // « (la cellule) érigée en mission le 1er janvier 2023 »: a unit made a body of its own kind.
  { type: 'creation', pattern: `érig(?:é|ée|és|ées|er)\\s+en\\s+(?:${ORG_TYPE_ALTERNATION_U})(?![\\p{L}])` },
  // « Sous-directrice : Marie X (par intérim depuis le 15 juin 2024) »: who holds an office, for now, since a date.
  { type: 'appointment', pattern: "par\\s+intérim(?=\\s+(?:depuis|à\\s+compter\\s+du|dès)\\s)" },
  { type: 'creation', pattern: 'fond(?:é|ée|ées|és)' },
  // « (le GIP) avait été constitué en 2014 par quatorze régions »: set up at a date (« constitué de » is what it holds;
  // an apposition, « Groupement constitué en 2012 entre …, le GIP X », tells the date of a body named after it).
  { type: 'creation', pattern: '(?<=(?:a|avait|ont|avaient|est|était|fut|sont|été)\\s)constitu(?:é|ée|ées|és)(?=\\s+(?:en\\s+(?:\\d|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)|le\\s+(?:\\d|1er)|dès|à\\s+compter|début|fin|courant)(?![\\p{L}]))' },
  { type: 'creation', pattern: '(?:est|sont|était|fut|a\\s+été|ont\\s+été)\\s+n[ée]e?s?' },
  { type: 'creation', pattern: 'mise?s?\\s+en\\s+place|met(?:tre|tent)?\\s+en\\s+place', noun: true },
  { type: 'creation', pattern: '(?:a\\s+|ont\\s+)?(?:vu|voit|voient|verra)\\s+le\\s+jour|naissance', noun: true },
  { type: 'creation', pattern: 'install(?:é|ée|ées|és|ation)' },
  // « le secrétariat général installe en son sein une équipe … », « j'installerai, dès janvier 2027, un comité »: a body
  // set up (not « installe un logiciel »).
  { type: 'creation', pattern: "(?<!s')install(?:e|ent|era|eront|erai|erons|a|ait|aient)(?=\\s*(?:,\\s*(?:dès|en|le|au|début|fin|à\\s+partir\\s+d\\S+)\\s[^,.;:]{1,25},\\s*)?(?:en\\s+son\\s+sein\\s+|auprès\\s+d(?:u|e\\s+la|e\\s+l')\\s*\\S+\\s+)?(?:un|une)\\s+(?:équipe|comité|commission|conseil|mission|cellule|service|groupe|observatoire|délégation|instance|bureau|pôle|réseau|laboratoire|incubateur|centre|agence)(?![\\p{L}]))" },
  { type: 'renaming', pattern: 'renomm\\p{L}*|rebaptis\\p{L}*|changement\\s+de\\s+nom|change\\s+de\\s+nom' },
  // « le réseau adopte une charte et son nom actuel, qui remplace l'appellation « X » »: a new name, not a new body.
  // (Its own name: not « adopté le 7 octobre 2016 sous le nom de loi … », « le nom du lauréat », « son nom de domaine ».)
  { type: 'renaming', pattern: "adopt(?:e|ent|é|ée|a|era)(?=\\s+(?:[^.;\\d]{0,30}?\\s)?(?:son|sa)\\s+(?:nom|appellation|dénomination)(?![\\p{L}])(?!\\s+de\\s+domaine))|remplac(?:e|ent|é|ée|era)(?=\\s+(?:l'appellation|l'ancienne\\s+appellation|l'ancien\\s+nom|la\\s+dénomination)(?![\\p{L}]))" },
  // « transformée en établissement public le 1er janvier 2021 », « transforme la délégation en agence », « transformera
  // la DMSX, au 1er janvier 2026, en direction des … »: a body changing its status (not « transformer en profondeur »).
  { type: 'renaming', pattern: "transform(?:é|ée|és|ées|e|ent|era|eront|ant)(?=(?:\\s+(?:la|le|l')\\s*[\\p{L}-]+(?:\\s*,[^,.;:]{1,40},)?)?\\s+en\\s+(?:(?:un|une)\\s+)?(?:établissement|agence|(?:sous-)?direction|délégation|service|office|mission|autorité|groupement|institut|opérateur|société|département|secrétariat|centre|pôle|EPIC|EPA|GIP)(?![\\p{L}]))" },
  {
    type: 'renaming',
    pattern: "(?:prend|prennent|pris|prendre|prenant|prit)\\s+(?:alors\\s+|ensuite\\s+)?(?:le|son)\\s+(?:nom|appellation|dénomination)",
  },
  // « avant de reprendre son nom d'origine en 2023 », « retrouve son appellation »: a body named again.
  { type: 'renaming', pattern: "(?:repren(?:d|nent|dre|ait|dra|drait)|reprit|repris|retrouv(?:e|ent|er|ait|era|é|ée))\\s+(?:son|leur)\\s+(?:nom|appellation|dénomination)" },
  {
    type: 'renaming',
    pattern: "(?:devenu(?:e|s|es)?|devient|deviennent|devenir|deviendra|deviendront|devint|devenant|devenait|devenaient)(?=\\s+(?:alors\\s+|ensuite\\s+|désormais\\s+|par\\s+ailleurs\\s+|à\\s+son\\s+tour\\s+|en\\s+(?:[a-zéû]+\\s+)?\\d{4}\\s+)?(?:(?:le|la|les)\\s|l'))",
  },
  // (« le SDT fusionnait avec l'OTC »: the imperfect of a story, with whom; not « l'outil fusionnait les fichiers ».)
  { type: 'merger', pattern: "fusion(?:s|ne|nent|né|née|nés|nées|ner|nant|nera|neront)?|fusionn(?:ait|aient)(?=\\s+avec\\s)", noun: true },
  // « la DGX a engagé en juin 2025 une refonte complète du parcours »: work that starts.
  { type: 'start', pattern: "engag(?:é|ée|e|ent|era|eront)(?=\\s+(?:en\\s+\\p{L}+\\s+\\d{4}\\s+|en\\s+\\d{4}\\s+|le\\s+(?:\\d{1,2}|1er)\\s+\\p{L}+(?:\\s+\\d{4})?\\s+)?(?:une?|la|le|les|des|sa|son|ses)\\s+(?:(?:\\p{Ll}+\\s+)?(?:refonte|chantier|travaux|réforme|transformation|modernisation|démarche)s?)(?![\\p{L}]))", beginning: true },
  // « La version 3 de X sortira au T1 2026 »: a release.
  // (Not « la commune sortira le 1er janvier 2026 du syndicat », leaving a body.)
  { type: 'launch', pattern: "sort(?:ira|iront)(?=\\s+(?:au|en|le|fin|début|courant|d'ici|dès|à)\\s)(?![^.;,]{0,40}?\\s(?:du|de\\s+la|de\\s+l'|des|d')\\s*\\p{L})" },
  { type: 'merger', pattern: 'regroup(?:e|ent|é|ée|és|ées|er|ant|ement|era)|rassembl(?:e|ent|é|ée|és|ées|er|ant|ement|era)' },
  // « L'agence absorbe le centre X », « l'absorption du service Y »: one body merged into another.
  { type: 'merger', pattern: "absorb(?:e|ent|é|ée|és|ées|er|era|ant)(?=[^.;]{0,40}?\\s(?:le|la|les|l')\\s*(?:service|centre|bureau|mission|agence|office|direction|département|pôle|délégation|programme|établissement|\\p{Lu}{2,}))|absorption(?=\\s+(?:du|de\\s+la|de\\s+l'|des)\\s*(?:service|centre|bureau|mission|agence|office|direction|département|pôle|délégation|programme|établissement|\\p{Lu}{2,}))", noun: true },
  // « Réuni le 14/10/2025, le comité … », « réunie en séance plénière »: a meeting, not a merger.
  { type: 'other', pattern: "réunie?s?(?=\\s+(?:le\\s+\\d|le\\s+1er|en\\s+séance|en\\s+formation|en\\s+assemblée|à\\s+huis))" },
  // « se réunit » is a meeting, not a merger.
  // (Nor « qui réunit chaque trimestre les directeurs … », « réunit les représentants … »: a body's members meet.)
  { type: 'merger', pattern: "(?<!(?:se|s'|s'est|se\\s+sont|s'était|s'étaient|se\\s+seront|se\\s+seraient|s'être)\\s*)réuni(?:t|ssant|ssent|e|es|s|r|ra)?(?!\\s+(?:chaque|tous\\s+les\\s+(?:mois|ans|trimestres|semestres|jours|deux|trois|quatre|six)|toutes\\s+les\\s+(?:semaines|deux|trois|quatre)|une\\s+fois|deux\\s+fois|régulièrement|autour|(?:les|des|ses)\\s+(?:directeurs|directrices|représentants|responsables|agents|membres|acteurs|partenaires|ministres|préfets|élus|chefs|experts)))" },
  { type: 'replacement', pattern: 'remplac(?:e|ent|é|ée|és|ées|er|ant|ement|era|eront)' },
  { type: 'replacement', pattern: 'succ[èé]d(?:e|ent|é|er|ant|a|era)|(?:prend|prennent|pris|prendre)\\s+la\\s+(?:suite|relève)' },
  { type: 'replacement', pattern: 'substitu(?:e|ent|é|ée|és|ées|er|ant|tion|era|eront)' },
  // « l'agence a repris au 1er janvier 2023 les missions du centre X »: it took over from the centre.
  { type: 'replacement', pattern: "(?:reprend|reprennent|reprendra|reprendront|repris|reprit)(?=[^.;]{0,40}?\\s(?:les\\s+)?(?:missions|activités|attributions|compétences)\\s+(?:du|de\\s+la|de\\s+l'|des)(?![\\p{L}]))" },
  { type: 'suppression', pattern: 'suppression|dissolution|disparition|fermeture|abrogation', noun: true },
  { type: 'suppression', pattern: 'supprim(?:e|ent|é|ée|és|ées|er|ant|era|eront|erez|erons)|dissou(?:t|s|te|tes|dre)|disparu(?:e|s|es)?|dispara[iî]t' },
  { type: 'suppression', pattern: 'ferm(?:é|ée|és|ées|er|era)|abrog(?:é|ée|és|ées|er|e)|(?:met|mis|mise|mettre)\\s+fin\\s+(?:à|au|aux)(?!\\s+fonctions)' },
  // « l'outil X, abandonné à la même date », « le projet a été abandonné en 2019 »: a product or a project given up.
  // (Singular: « 12 % des démarches ont été abandonnées en 2023 » counts users' abandonments.)
  { type: 'suppression', pattern: "abandonnée?(?=\\s+(?:le|en|au|à|fin|début|dès|courant|mi-)\\s)|(?:a|avait)\\s+été\\s+abandonnée?(?!s)" },
  // « La version 1 de l'API sera retirée le 30 septembre »: withdrawn (a passive: not « les usagers retirent … »).
  { type: 'suppression', pattern: "(?:est|sont|sera|seront|a\\s+été|ont\\s+été)\\s+(?:définitivement\\s+)?retirée?s?" },
  // « retrait définitif de l'outil X »: a product withdrawn.
  { type: 'suppression', pattern: 'retrait', noun: true },
  // « arrêt de l'outil historique X », « arrêté en février 2025 » (a product's sheet): a product or a project stopped.
  // (Not « l'arrêté du 3 juin », a legal text: the participle is followed by its date.)
  { type: 'suppression', pattern: `arrêt(?=\\s+(?:de\\s+l'|de\\s+la|du|des)\\s*(?:\\p{L}+\\s+)?(?:${PRODUCT_NOUNS}|projets?|systèmes?|expérimentations?|programmes?))`, noun: true },
  // « l'arrêt définitif de GESPORT le 31 mars », « le décommissionnement de la v2 »: a product stopped for good.
  { type: 'suppression', pattern: "arrêt\\s+(?:définitif|complet)(?=\\s+(?:de\\s+l'|de\\s+la|du|des|de|d')\\s*\\p{L})|décommissionnement|décommission(?:né|née|nés|nées|ner|nera|neront)", noun: true },
  // (Not « les comptes arrêtés au 31 décembre », figures stated as of a date.)
  // (Nor « le comité a arrêté le 2 octobre une règle … »: a decision as its object, « arrêter » decides, it stops nothing.)
  { type: 'suppression', pattern: "(?<!(?:l'|un|une|le|les|cet|par|d'|des|du|présent|comptes|effectifs|chiffres|données|montants|crédits|résultats|situation|liste)\\s*)arrêtée?s?(?=\\s+(?:en|le|depuis|fin|début)\\s)(?![^.;:]{0,40}?\\s(?:une?|des|la|le|les|sa|son|ses|leur|leurs)\\s+(?:règles?|liste|budget|calendrier|feuille\\s+de\\s+route|orientations?|décisions?|position|principes?|stratégie|comptes|modalités|trajectoire|plan|programme\\s+de\\s+travail|composition|ordre\\s+du\\s+jour)(?![\\p{L}]))" },
  // « Il est mis fin aux fonctions de M. X »: the end of an appointment, not of a body.
  // (« il est mis fin, à compter du 31 mars 2026, aux fonctions de … »: the date may come between.)
  { type: 'other', pattern: '(?:met|mis|mise|mettre)\\s+fin(?:\\s*,[^,;.]{1,60},)?\\s+aux\\s+fonctions' },
  // « M. X est renouvelé dans ses fonctions de … à compter du 1er mai 2026 »: a term of office renewed.
  { type: 'appointment', pattern: "renouvelée?s?\\s+dans\\s+(?:ses|leurs)\\s+fonctions" },
  // A project's beginning (« Démarrage : mars 2023 », « incubé depuis septembre 2023 », « expérimenté à partir de
  // mars 2024 »): the start of its life, dated by any date (not only « depuis »), before it is launched.
  { type: 'start', pattern: "démarrage|démarr(?:e|ent|é|ée|és|ées|er|era)|incubée?s?|expériment(?:é|ée|és|ées)(?!\\s+(?:a|ont|avait|avaient|aura|auront|rejoint|rejoignent|est|sont|était)\\s)|expériment(?:er|era)|expérimentation", noun: true, beginning: true },
  { type: 'launch', pattern: 'lancement|lancements|inauguration|déploiement|ouverture(?!\\s+(?:des|de\\s+la|du|de|d\')\\s*(?:données|donnée|codes?|algorithmes?|jeux|sources))', noun: true },
  { type: 'launch', pattern: 'mise?s?\\s+en\\s+(?:service|ligne|production|exploitation)|généralisation', noun: true },
  // « X sort de sa phase bêta », « devient accessible à tous », « est désormais ouvert »: opened to its public.
  { type: 'launch', pattern: "sor(?:t|tent|ti|tie|tira)\\s+de\\s+(?:sa\\s+|la\\s+|leur\\s+)?(?:phase\\s+)?(?:bêta|beta|expérimentation)|sortie\\s+de\\s+(?:sa\\s+|la\\s+)?(?:phase\\s+)?(?:bêta|beta)|devien(?:t|nent|dra)\\s+accessibles?|(?:est|sont)\\s+désormais\\s+(?:accessibles?|ouverte?s?)" },
  { type: 'launch', pattern: 'généralis(?:é|ée|és|ées|er|era|eront|erez|erons)' },
  // « Le bureau met en service X », « mettra en ligne »: the verb of « mise en service ».
  { type: 'launch', pattern: 'met(?:tent|tra|tront|tait|taient)?\\s+en\\s+(?:service|ligne|production|exploitation)' },
  { type: 'launch', pattern: 'lanc(?:e|ent|é|ée|és|ées|er|ant|era|eront|erez|erons|ait|a)|lanç(?:ait|aient|a|ons)|relanc(?:e|é|ée|és|ées|er)|inaugur(?:e|é|ée|és|ées|er)' },
  // « Mise à disposition de l'application mobile X »: a product made available to its users is launched (a
  // guide or data made available are published, below).
  { type: 'launch', pattern: `mise?s?\\s+à\\s+(?:la\\s+)?disposition(?=\\s+(?:de\\s+l['’]|de\\s+la|du|des|d['’])\\s*(?:(?:nouvel(?:le)?s?|premi(?:er|ère)s?)\\s+)?(?:outils?|applications?|plateformes?|logiciels?|téléservices?|portails?|API|messageries?|services?\\s+(?:en\\s+ligne|numériques?))(?![\\p{L}]))`, noun: true },
  // « le rapport d'étape sera rendu public au premier trimestre 2027 »: a report made public is published then (a code
  // or a service made public is launched, below; « Comme l'indique le rapport, le code source a été rendu public »: the
  // report's clause ends at its comma). (The look-behind after the words, bounded.)
  { type: 'publication', pattern: "rendue?s?\\s+publi(?:c|cs|que|ques)(?<=(?<![\\p{L}]|par\\s)(?:rapport|étude|avis|bilan|note|synthèse|conclusions|évaluation|résultats)(?![\\p{L}])[^.;:,]{0,80}?rendue?s?\\s+publi\\p{L}+)" },
  // « la bascule de la paie », « basculé dans le nouveau système »: going live.
  { type: 'launch', pattern: "(?<=(?:la|une|cette|sa)\\s)bascule|basculée?s?", noun: true },
  {
    type: 'launch',
    pattern:
      "déploy(?:é|ée|és|ées|er)|déploier(?:a|ont|ez|ons)|ouvr(?:e|ent|ira|iront|irez|irons|ir|ait|aient|ions|iez)|(?:a|ont|avait|été|sera|seront|est|sont)\\s+ouverte?s?|ouverte?s?(?=\\s+(?:(?:à|aux|au)\\s+[^.;,]{1,60}?\\s+)?(?:en|le|depuis|dès|fin|début|courant|mi-)\\s)|rendue?s?\\s+publi(?:c|cs|que|ques)",
  },
  { type: 'publication', pattern: 'publication|publications|parution|diffusion|signature|promulgation', noun: true },
  { type: 'publication', pattern: 'publi(?:e|ent|é|ée|és|ées|er|era|eront|erez|erons|ait)|par(?:u|ue|us|ues|aît|ait|aître|aîtra|aîtront|aitra|aitront)|diffus(?:e|ent|é|ée|és|ées|er)' },
  // « le rapport de l'inspection, remis au ministre le 14 octobre 2025 », « une étude remise en juillet 2024 »: a report
  // handed in is published then. (The look-behind after the word, bounded: not tried at every position.)
  { type: 'publication', pattern: "remise?s?(?<=(?:rapport|étude|avis|bilan|note|synthèse|conclusions|évaluation)[^.;:]{0,80}?remise?s?)(?=\\s+(?:(?:au|à\\s+la|à\\s+l'|aux|à)\\s+[^.;,]{1,60}?\\s+)?(?:le|en|début|fin|courant|mi-)\\s)" },
  // A software release (« livraison de la version 5 », « les livraisons se poursuivront ») is a publication.
  { type: 'publication', pattern: 'livraisons?|livr(?:é|ée|és|ées|e|ent|era|eront)', noun: true },
  { type: 'publication', pattern: 'sign(?:é|ée|és|ées)|promulgu(?:é|ée|és|ées|er)' },
  // « la feuille de route, adoptée le 4 février 2025 », « a adopté le 20 mars 2025 une délibération »: a body decides;
  // nothing is published that day.
  { type: 'other', pattern: 'adoption|adopt(?:e|ent|é|ée|és|ées|er)', noun: true },
  // « Le service est accessible depuis 2021 »: opened to its public (a date right after « accessible »).
  // (« … est accessible à tous les membres depuis le 6 octobre 2026 »: to whom, then since when.)
  { type: 'launch', pattern: `(?:est|sont|était|étaient|rendue?s?)\\s+accessibles?(?:\\s+(?:à|aux)\\s+[^.;,\\d]{1,50}?)?${DATE_RIGHT_AFTER}` },
  // « Le guide est disponible depuis mars 2023 », « mis à disposition le … »: made available to its public (a date
  // right after « disponible », else the date of another event of the sentence would be taken).
  { type: 'publication', pattern: `(?:est|sont|était|étaient|rendue?s?)\\s+disponibles?${DATE_RIGHT_AFTER}|mise?s?\\s+à\\s+(?:la\\s+)?disposition`, noun: true },
  { type: 'appointment', pattern: 'nomination|nominations|désignation', noun: true },
  // « Mme X prend ses fonctions le 1er octobre », « sa prise de fonctions »: taking up a post.
  // (A start, not an appointment: annotators date the appointment by its act, « nommée le … », and the taking up of
  // the post by its day.)
  { type: 'start', pattern: "pren(?:d|nent|dra|dront)\\s+(?:ses|leurs)\\s+fonctions|(?:a|ont)\\s+pris\\s+(?:ses|leurs)\\s+fonctions|prise\\s+de\\s+fonctions", noun: true, beginning: true },
  { type: 'appointment', pattern: 'nomm(?:e|ent|é|ée|és|ées|er|ait|a)|désign(?:é|ée|és|ées)|(?:prend|prennent|pris|prit)\\s+la\\s+(?:direction|tête)' },
  // « Le service est dirigé depuis le 1er septembre 2022 par Lina X », « dirigée par M. Y depuis 2021 »: who heads it
  // since a date (a person after « par »).
  // (« Depuis le 3 avril 2023, l'agence est dirigée par Mathilde X »: the date fronted, the person after « par »; the
  // patterns are matched ignoring case, so an article is ruled out by name: « par la direction du budget » is a body.)
  // (The look-behind follows « dirig », so that the engine looks for the word first rather than trying the look-behind
  // at every position of every text.)
  { type: 'appointment', pattern: "dirig(?<=(?:^|[.;]\\s*)(?:depuis|à\\s+compter\\s+du|dès)\\s[^.;,]{1,30},\\s[^.;,]{1,60}?dirig)ée?s?(?=\\s+par\\s+(?!(?:la|le|les|un|une|des|du|son|sa|ses)\\s|l')(?:M\\.|Mme|\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?\\s+\\p{Lu}))" },
  { type: 'appointment', pattern: "dirigée?s?(?=\\s+(?:depuis|à\\s+compter\\s+du|dès)\\s[^.;]{1,40}?\\s+par\\s+(?:M\\.|Mme|\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?\\s+\\p{Lu})|\\s+par\\s+(?:M\\.|Mme|\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?\\s+\\p{Lu})[^.;,]{0,40}?\\s(?:depuis|à\\s+compter\\s+du|dès)\\s)" },
  // « La direction générale est assurée depuis 2021 par X », « la présidence est assurée par Y »: who holds an office.
  { type: 'appointment', pattern: "(?:est|a\\s+été)(?<=(?:direction(?:\\s+générale)?|présidence|intérim)\\s+(?:est|a\\s+été))\\s+assurée?(?=\\s+(?:depuis|par|à\\s+compter|dès)\\s)" },
  { type: 'attachment', pattern: 'rattachement|transfert', noun: true },
  { type: 'attachment', pattern: 'rattach(?:e|ent|é|ée|és|ées|er|era|eront)|transf[ée]r(?:é|ée|és|ées|er|e|era)|rejoin(?:t|dre|gnent|dra)|rejoint(?:e|s|es)?' },
  {
    type: 'attachment',
    pattern: "plac(?:e|ent|é|ée|és|ées|er)\\s+sous\\s+(?:l'autorité|la\\s+tutelle|la\\s+responsabilité)|intégr(?:é|ée|és|ées|er)\\s+(?:à|au|aux|dans|au\\s+sein)",
  },
  { type: 'other', pattern: "refon(?:du|due|dus|dues|te)|annonc(?:e|é|ée|és|ées|er)|réorganis(?:é|ée|és|ées|er|ation)" },
  // « Le présent arrêté entre en vigueur le 1er mars », « entrée en vigueur au 1er janvier »: what the text sets up
  // starts then.
  // (« Le présent arrêté prend effet le 1er décembre », « date de prise d'effet »: the same.)
  { type: 'start', pattern: "entr(?:e|é|ée|ent|era|eront)\\s+(?:pleinement\\s+)?en\\s+(?:vigueur|application)|entrée\\s+en\\s+(?:vigueur|application)|pren(?:d|nent|dra|dront)\\s+effet|prise\\s+d'effet", noun: true, beginning: true },
  // « Mme X est directrice de l'agence depuis mars 2023 », « elle en est la déléguée depuis le 4 septembre »: holding
  // an office since a date (a date introduced by « depuis », « à compter de »).
  { type: 'appointment', pattern: "(?:(?:est|en\\s+est)\\s+(?:(?:le|la|l')\\s*)?|(?<=\\p{Lu}\\p{Ll}+\\s*,\\s+)|(?<=\\p{Lu}\\p{Ll}+\\s\\(\\s?))(?:(?:sous-)?direct(?:eur|rice)|délégué(?:e)?|présidente?|chef(?:fe)?|responsable|secrétaire\\s+générale?|coordinat(?:eur|rice)|administrat(?:eur|rice)\\s+généra(?:l|le))(?![\\p{L}])", sinceOnly: true },
  // « Il était depuis 2022 chef du service X », « elle est depuis mars 2023 directrice de … »: the office held since
  // the date said before it.
  // (Only a date between « depuis » and the office, its spaces bounded: « … est depuis 2023 sous la responsabilité du
  // délégué » holds no office, and an unbounded look-behind rescans every run of spaces.)
  { type: 'appointment', pattern: `(?<=(?:était|est|a\\s{1,3}été|étaient|sont)\\s{1,3}depuis\\s{1,3}(?:(?:le|l')\\s{0,3})?(?:(?:1er|\\d{1,2})\\s{1,3})?(?:(?:${MONTH_ALTERNATION})\\s{1,3})?\\d{4}\\s{1,3})(?:(?:sous-)?direct(?:eur|rice)|délégué(?:e)?|présidente?|chef(?:fe)?(?!\\s+de\\s+file)|responsable|secrétaire\\s+générale?|adjointe?|coordinat(?:eur|rice))(?![\\p{L}])`, sinceOnly: true },
  // A target set for a date (« raccorder tous les sites d'ici fin 2027 », « d'ici juin 2027 », « avant la fin de
  // l'année 2026 », « au plus tard à la fin de 2005 »): a dated objective, an event of no named kind (a typed trigger
  // of the sentence on the same date wins, below).
  // (Not « d'ici 2028 », a horizon more than a date: annotators leave it.)
  { type: 'other', pattern: `(?:d'ici|(?:avant|au\\s+plus\\s+tard(?:\\s+(?:à|a))?)(?=\\s+la\\s+fin\\s))(?=\\s+(?:(?:la\\s+)?fin\\s+(?:de\\s+l'ann[ée]e\\s+|d'ann[ée]e\\s+|de\\s+|d')?\\d|(?:le\\s+|à\\s+)?(?:(?:1er|\\d{1,2})\\s+(?:${MONTH_ALTERNATION})\\s|(?:${MONTH_ALTERNATION})\\s)))` },
  // « Les effectifs seront portés à 440 agents en 2028 »: a figure to reach by a date.
  { type: 'other', pattern: "portée?s?\\s+à(?=\\s+(?:plus\\s+de\\s+|près\\s+de\\s+|environ\\s+)?\\d)" },
  // A phase or a project that begins on its date (« la phase de construction débute en février 2023 »,
  // « l'investigation commence le 5 septembre 2022 », « les travaux ont commencé en mars 2024 »). (Not a story's
  // opening, « Tout commence en septembre 2016, lorsque … »: what happened then is the clause's verb; nor a text's,
  // findTriggers.)
  { type: 'start', pattern: `(?<!tout\\s+)(?:commen(?:ce|cent|cera|ceront|ça|çait)|(?:a|ont|avait|avaient)\\s+commencé|début(?:e|ent|era|eront|a)|(?:a|ont|avait|avaient)\\s+débuté)${DATE_RIGHT_AFTER}`, beginning: true },
  // « À compter du 1er janvier 2028, toute démarche non conforme devra afficher … »: an obligation that starts on the
  // date opening its sentence. (The look-behind after the verb, bounded.)
  { type: 'start', pattern: "(?:devr(?:a|ont)|doi(?:t|vent))(?<=(?:^|[.;:!?]\\s*|\\n\\s*(?:[-*•]\\s*)?)(?:(?:enfin|ensuite|puis|en\\s+outre|par\\s+ailleurs|de\\s+plus)\\s*,?\\s*)?(?:à|a)\\s+(?:compter|partir)\\s+(?:du|de)\\s[^,.;:]{3,30},\\s[^,.;:]{0,80}(?:devr(?:a|ont)|doi(?:t|vent)))" },
  // A career (« elle débute sa carrière en 2000 au … », « il commence sa carrière en 1998 »): it starts then.
  { type: 'start', pattern: "(?:début(?:e|a|ait)|a\\s+débuté|commen(?:ce|ça|çait)|a\\s+commencé|entam(?:e|a))\\s+sa\\s+carrière", beginning: true },
  // « dont elle devient responsable des études en 2014 », « il devient directeur adjoint en 2019 »: an office taken.
  // (Not « la France devient chef de file du projet », « la DINUM devient responsable du traitement »: a role, no office.)
  { type: 'appointment', pattern: "(?:devien(?:t|nent|dra)|devenu(?:e|s|es)?|devint)\\s+(?:(?:sous-)?direct(?:eur|rice)|délégué(?:e)?|présidente?|chef(?:fe)?(?!\\s+de\\s+file)|responsable(?!\\s+(?:du|de)\\s+(?:traitement|la\\s+mise))|secrétaire\\s+générale?|coordinat(?:eur|rice))(?![\\p{L}])" },
  // « Née en 1976 », « diplômé de l'École X en 2004 »: dated facts of a biography, of no named kind.
  { type: 'other', pattern: "(?:Née?|Diplômée?)(?<=(?:^|[.;:!?][ \\t]{0,3}|\\n[ \\t]{0,8})(?:Née?|Diplômée?))(?=\\s+(?:en|le|à|de|du|des|d')\\s)|(?:est|a\\s+été)\\s+diplômée?(?=\\s)" },
  // « Depuis 2023, il préside le réseau X », « qu'elle préside depuis mars 2024 »: an office held since a date.
  // (The verb, not the noun: « par décret du Président de la République ». The look-behind comes after the word and
  // is bounded: one at the pattern's start is tried at every position, and over a run of spaces.)
  { type: 'appointment', pattern: "présid(?<!(?<![\\p{L}])(?:le|la|les|du|au|aux|des|ce|son|sa|ses|leur|leurs|vice-)\\s{0,3}présid)(?:e|ent)(?![\\p{L}-])", sinceOnly: true },
  // « Le projet s'est achevé en décembre 2025 », « la migration sera achevée au second semestre 2026 », « l'expérimentation
  // a pris fin le 30 juin »: work that ends, an event of no named kind.
  // (Not « inachevée », nor « presque achevée », a state.)
  { type: 'other', pattern: "achev(?<!(?:presque|quasi(?:ment)?|non|in)\\s{0,3}achev)(?:é|ée|és|ées|era|eront)(?=\\s+(?:le|en|au|à|fin|début|courant|mi-|dès|avant|d'ici)\\s)|s'(?:est|sont)\\s+achevée?s?|s'achèv(?:e|ent|era|eront)|achèvement|(?:a|ont|avait)\\s+pris\\s+fin|pren(?:d|nent|dra|dront)\\s+fin", noun: true },
  // « Le règlement s'applique depuis le 25 mai 2018 »: a text's entry into application.
  { type: 'other', pattern: "s'appliqu(?:e|ent|era|eront)(?=\\s+(?:depuis|dès|à\\s+partir|le|au|en)\\s)|(?:est|sont|sera|seront)\\s+applicables?(?=\\s+(?:depuis|dès|à\\s+partir|le|au|en)\\s)" },
  // Milestones: validated, approved, obtained, held, delivered, presented on a date.
  {
    type: 'other',
    pattern:
      "entendue?s?(?=\\s+le\\s)|auditionnée?s?|audition|notifiée?s?|valid(?:é|ée|és|ées|ation)|approuv(?:é|ée|és|ées)|obten(?:u|ue|us|ues)|a\\s+obtenu|tenue?s?|s'est\\s+tenue?|a\\s+eu\\s+lieu|retenue?s?|présent(?:é|ée|és|ées|ation)|organis(?:é|ée|és|ées)|conclu(?:e|s|es)?|attribu(?:é|ée|és|ées)|lauréate?s?",
  },
  // « le CSA du 10 décembre 2026 », « la séance du 19 juin 2025 », « au comité de pilotage du 3 mars »: a body's meeting
  // on that day (« accordé », « point d'étape »: a decision, a milestone).
  { type: 'other', pattern: "(?:CSA|COPIL|[Cc]opil|séance|réunion|plénière)(?=\\s+(?:du|en\\s+date\\s+du)\\s+(?:\\d|1er|premier))|point\\s+d'étape|accord(?:é|ée|és|ées)(?=\\s+(?:en|le|au|à|dès)\\s)", noun: true },
  // A procedure's steps (a court's decision, an opinion): « une requête, enregistrée le 14 février 2025 », « saisie du
  // projet le 2 octobre 2024 », « a rendu son avis le 7 novembre 2024 ».
  { type: 'other', pattern: "enregistrée?s?(?=\\s+(?:le|les)\\s+(?:\\d|1er|premier))|(?<=(?:été|est|sont|a\\s+été|ont\\s+été)\\s+)saisie?s?(?=\\s+(?:(?:du|de\\s+la|de\\s+l'|d'un|d'une|pour\\s+avis)\\s[^.;]{0,60}?\\s)?le\\s+(?:\\d|1er))|(?:rendu|émis)\\s+(?:son|un|leur)\\s+avis" },
  // « Date d'attribution du marché : 2 mars 2031 », « la notification du contrat le … »: a contract's milestones (not
  // « les attributions du ministre », a remit).
  { type: 'other', pattern: "(?:attribution|notification|conclusion)(?=\\s+(?:du|de\\s+la|de\\s+l'|des)\\s*(?:marchés?|contrats?|lots?|accords?-cadres?|accords?|subventions?|prix|labels?|financements?|conventions?|concessions?))", noun: true },
  // « Les marchés sont exécutés à compter du 1er juin 2031 »: a contract starts.
  { type: 'start', pattern: "exécutée?s?(?=\\s+à\\s+(?:compter|partir)\\s)", beginning: true },
  // « le logiciel Nautil, en service depuis 2004 »: in use since then.
  { type: 'launch', pattern: "en\\s+(?:service|production)(?=\\s+depuis\\s)" },
  // « L'appel à projets … se clôturera le 30 avril », « clôture des candidatures le 30 avril »: a call's deadline.
  { type: 'other', pattern: "(?:se\\s+)?clôtur(?:e|ent|é|ée|és|ées|era|eront)|clôture(?=\\s+(?:des|de\\s+l'|de\\s+la|du)\\s*(?:candidatures|dépôts?|inscriptions|appels?|dossiers|consultations?|offres))", noun: true },
  // « Date limite de réception des offres : 20 janvier 2031 »: a procedure's deadline.
  { type: 'other', pattern: "date\\s+limite\\s+de\\s+(?:réception|remise|dépôt)\\s+des\\s+(?:offres|candidatures|dossiers|projets|plis)", noun: true },
  // « Vu l'avis du comité social d'administration en date du 2 mars 2031 »: a body's opinion, given on a date.
  // (Not « soumis à l'avis du comité », « pour avis »: an opinion asked for, not given.)
  { type: 'other', pattern: "(?<!(?:soumise?s?|soumettre|soumet|soumettent|saisie?s?|pour|sollicit\\p{L}*|demand\\p{L}*|recueill\\p{L}*|requ\\p{L}*|consult\\p{L}*)\\s+(?:à\\s+)?(?:l'|leur\\s+|son\\s+)?)avis(?=\\s+(?:conforme\\s+|favorable\\s+|simple\\s+)?(?:du|de\\s+la|de\\s+l')\\s*(?:comité|conseil|commission|autorité|haut\\s+conseil|collège|assemblée|\\p{Lu}{2,})(?![\\p{L}]))", noun: true },
  // A project suspended, a contract terminated or reaching its term on a date.
  { type: 'other', pattern: "suspen(?:du|due|dus|dues|d|dre|sion)|résili(?:é|ée|és|ées|ation)|arriv(?:e|ent|era|eront)\\s+à\\s+(?:son\\s+|leur\\s+)?(?:échéance|terme)", noun: true },
  // « Sa première réunion se tiendra en octobre 2025 », « il a tenu sa première séance le … »: a body starts its work.
  { type: 'start', pattern: "premi(?:ère|er)s?\\s+(?:réunion|séance|session)", noun: true, beginning: true },
  // « Vous me présenterez en juin 2026 un schéma directeur », « vous établirez avant le 31 mars 2026 un plan »: what
  // a letter of mission asks for by a date (the verbs that say what happens have their own types above).
  { type: 'other', pattern: "(?<=(?<![\\p{L}])vous\\s+(?:me\\s+|nous\\s+|en\\s+|y\\s+|leur\\s+)?)(?!publi|lanc|ouvr|cré|supprim|ferm|généralis|déploi|remplac|fusionn|nomm|install|institu|mett|réuni)[a-zéèêàç]+(?:erez|irez|rez)" },
  // « l'agence a commencé ses activités le 1er janvier 2020 », « est entrée en activité le … »: a body at work.
  { type: 'start', pattern: "(?:a|ont|avait|avaient)\\s+commencé\\s+(?:ses|leurs)\\s+(?:activités|travaux)|(?:est|sont|était|étaient)\\s+entrée?s?\\s+en\\s+activité", beginning: true },
  // A body's meeting on a given day: « Le comité se réunira le 16 septembre », « Prochain comité : 16 septembre »
  // (« se réunit chaque mois » says how often, with no date).
  { type: 'other', pattern: "se\\s+réunira|se\\s+réuniront|s'est\\s+réunie?|se\\s+sont\\s+réunie?s|(?:prochaine?|derni(?:er|ère))\\s+(?:réunion|séance|comité|conseil|commission|copil|instance)", noun: true },
  // Gatherings on a date: « la journée du réseau le 14 octobre 2024 », « le séminaire avait lieu en 2023 ».
  {
    type: 'other',
    pattern:
      "(?:avait|ont|avaient|aura|ayant)\\s+eu\\s+lieu|(?<!y\\s)(?:avait|aura|a)\\s+lieu|se\\s+tiendr(?:a|ont)|se\\s+tien(?:t|nent)|journées?|séminaires?|colloques?|conférences?|webinaires?|hackathons?|forums?|sommets?|assises",
    noun: true,
  },
  {
    type: 'start',
    pattern:
      "g[èé]r(?:e|ent|é|ée)|anim(?:e|ent|é|ée)|pilot(?:e|ent|é|ée)|op[èé]r(?:e|ent)|opérée?(?=\\s+(?:[^.;,]{0,40}\\s)?par\\s)|assur(?:e|ent)|coordonn(?:e|ent)|port(?:e|ent)|conduit|conduisent|h[ée]berg(?:e|ent)|exploit(?:e|ent)|administr(?:e|ent)|dirig(?:e|ent|é|ée)|engag(?:e|é|ée|ent)|fonctionn(?:e|ent)|exist(?:e|ent)|accompagn(?:e|ent)|propos(?:e|ent)|développ(?:e|ent)|maint(?:ient|iennent)|travaill(?:e|ent)|(?:exerc(?:e|ent|ez)|exerçons)(?![^.;]{0,40}?\\s(?:ses|leurs|nos|les|des|sa|la)\\s+(?:attributions|fonctions|mission))|est\\s+(?:en\\s+charge|chargée?|responsable)|sont\\s+(?:en\\s+charge|chargée?s|responsables)",
  },
  // « Analyse d'impact réalisée le 2 avril 2024, révisée le 18 septembre 2025 », « homologation prononcée le … »:
  // a dated step of a record, an event of no named kind (last: « Dissolution … prononcée le » is a suppression).
  // (On a day: « 1 034 ont été réalisés en 2024 » counts what was done in a year.)
  { type: 'other', pattern: "(?:réalisée?s?|révisée?s?|prononcée?s?|effectuée?s?)(?=\\s+le\\s+(?:\\d|1er))" },
];

// Without the leading L, checked by execAfterBoundary.
const TRIGGER_RES = TRIGGERS.map((t) => ({ ...t, re: new RegExp(`(?:${t.pattern})${R}`, 'giu') }));

/** Organisation type words strong enough to say the complement of a noun trigger is an organisation. */
const ORG_WORDS =
  /^(?:(?:sous-)?directions?|délégations?|départements?|missions?|agences?|secrétariats?|ministères?|incubateurs?|conseils?|comités?|commissions?|autorités?|instituts?|bureaux?|cellules?|brigades?|pôles?|établissements?|observatoires?|inspections?|fabriques?|haut\s+conseil)(?![\p{L}])/iu;

const COUNT_AFTER =
  /^\s+(?:(?:plus|près|moins)\s+(?:de|d')\s*|environ\s+|quelque\s+|au\s+moins\s+)?(?:\d|une?\s+(?:dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|centaine|centaines|millier|milliers)|des\s+(?:centaines|milliers|dizaines)|plusieurs\s+(?:dizaines|centaines|milliers)|(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|soixante|cent|mille)\s)/iu;

/** After « réunit », « rassemble », « regroupe »: people (a gathering), not the bodies of a merger. */
const PEOPLE_AFTER =
  /^\s+(?:(?:les|des|ses|leurs|plusieurs|de\s+nombreux|de\s+nombreuses|tous\s+les|toutes\s+les|l'ensemble\s+des)\s+)?(?:[a-zéè]+\s+)?(?:agents?|acteurs?|actrices?|partenaires|participant(?:e)?s|personnes|membres|experts?|expertes?|représentant(?:e)?s|équipes|professionnel(?:le)?s|utilisateurs?|utilisatrices?|usagers|élu(?:e)?s|directeurs?|directrices?|responsables|intervenant(?:e)?s|développeu(?:r|se)s|designers|chercheu(?:r|se)s|data\s+scientists|spécialistes|communautés?)(?![\p{L}])/iu;

const OBJECT_TYPES = new Set<EventType>(['creation', 'launch', 'publication', 'suppression', 'start', 'other']);
const START_QUALIFIERS = new Set(['depuis', 'dès', 'à partir de']);
const MAX_DISTANCE = 200;
const MAX_DESCRIPTION = 300;

/** A trigger that says something ends (« s'est achevé », « a pris fin », « achèvement »). */
const ENDING = /achev|achèv|fin$/iu;

/** A word that dates: a year, a month's name, « 1er ». */
const DATE_WORD = String.raw`(?<![\p{L}\p{N}])(?:(?:19|20)\d\d|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|1er)(?![\p{L}\p{N}])`;

/** A date within the next few words, in the same clause (a year, a month name, « le 1er »). */
const DATE_SOON_AFTER = new RegExp(String.raw`^[^.;:]{0,25}?${DATE_WORD}`, 'iu');

/** A date in apposition after the event's complement: « …du programme « X » par l'agence, le 15 septembre 2024, ». */
const DATE_APPOSED_AFTER = new RegExp(String.raw`^[^.;:,]{0,80}?,\s*(?:le|en)\s+(?:\d{1,2}\s+)?${DATE_WORD}[^,.;:]{0,20},`, 'iu');

/** A date within the next few words before any comma, or right after one (« lors de sa création, le 1er mai »). */
const DATE_IN_CLAUSE_AFTER = new RegExp(String.raw`^[^,.;:]{0,25}?(?:,\s*(?:le|en|au)\s+)?${DATE_WORD}`, 'iu');

/** Before « ouverts »: credits, posts or places (« les crédits de paiement ouverts », « 12 postes ont été ouverts »). */
const BUDGET_OPENED_BEFORE = /(?<![\p{L}])(?:crédits|autorisations\s+d['’]engagement|AE|CP|postes|emplois|places|enveloppes?)(?:\s+(?:de\s+paiement|budgétaires|supplémentaires|nouveaux|nouvelles))?\s*(?:\([^()]{1,20}\)\s*)?(?:(?:ont|sont|seront|avaient|étaient)(?:\s+été)?\s*)?$/iu;

/** After « ouverture » or « lancement »: an inquiry (« de ce contrôle », « d'une enquête », « de la procédure »). */
const INQUIRY_AFTER = /^\s+(?:de\s+|d')\s*(?:(?:ce|cet|cette|la|le|l'|une?|son|sa)\s*)?(?:contrôles?|enquêtes?|audits?|inspections?|instructions?|procédures?|contentieux)(?![\p{L}])/iu;

/** After a trigger: a thread's item (« ce ticket », « la discussion », « une pull request »), its object or complement. */
const THREAD_ITEM_AFTER = /^\s+(?:(?:du|de\s+la|de\s+l'|d'un|d'une|des)\s*)?(?:(?:ce|cet|cette|le|la|l'|un|une|son|sa|les|ces)\s*)?(?:tickets?|issues?|fils?\s+de\s+discussion|discussions?|conversations?|pull\s+requests?|PR|demandes?\s+de\s+fusion|merge\s+requests?|commentaires?|signalements?)(?![\p{L}])/iu;

/** After a noun trigger and its complement: the date it is planned for (« …, prévue le 2 juin 2025 »). */
const PLANNED_FOR_AFTER = /^[^.;:,]{1,70},\s*(?:prévue?s?|programmée?s?|annoncée?s?|fixée?s?)\s+(?:le|pour|en|au|à|d'ici)\s/iu;

/** What replaces a date by the next one: an arrow (« T2 2025 → T1 2026 », « décembre 2025 -> mars 2026 »). */
const REPLACED_BY_ARROW = /^\s*(?:→|->|=>|⇒)\s*$/u;

/** Between a date something was put off to and the next: it was put off again (« , puis en »). */
const PUT_OFF_AGAIN = /^\s*,?\s*puis\s+(?:(?:à|au|en|jusqu'(?:à|au|en)|pour)\s+)?$/iu;

/** Words of putting off: « reporté », « décalage », « glissement », « nouvelle date ». */
const POSTPONING = /(?<![\p{L}])(?:report|décal|repouss|différ|glissement|replanifi|nouvelles?\s+dates?|nouvelles?\s+échéances?)/iu;

/** After a planned date, that it was put off or brought forward to another: « , est reportée à », « , décalé au ». */
const RESCHEDULED_TO = /^\s*(?:,\s*)?(?:(?:est|sont|a\s+été|ont\s+été|sera|seront)\s+)?(?:reportée?s?|décalée?s?|repoussée?s?|différée?s?|avancée?s?|ajournée?s?)\s+/iu;

/** After « créé »: something users create (« un compte », « leur espace »). */
const USER_ITEM_AFTER = /^\s+(?:un|une|leur|leurs|son|sa|ses|des|plus\s+de\s+[\d\s]+)\s*(?:comptes?|espaces?\s+personnels?|espaces?|dossiers?|profils?|identifiants?|demandes?)(?![\p{L}])/iu;

/** After a nominal trigger: « de » + another action noun (« création et de vérification », « de suivi ») means an activity. */
// (In lowercase: « lancement de Quittance-Asso » names a product, not « de quittance ».)
const NOUN_OBJECT_ACTIVITY = /^\s+(?:et\s+(?:de\s+|d')|(?:de\s+|d'\s*)(?:[a-zéè]+(?:tion|ment|age|ance|ence|ure)s?)(?![\p{L}-]))/u;

interface Trigger {
  start: number;
  end: number;
  type: EventType;
  noun: boolean;
  /** A beginning (« démarrage »): a start event dated by any date, which does not give way to other types. */
  beginning?: boolean;
  /** Dated only by a date that something holds since (« depuis mars 2023 »). */
  sinceOnly?: boolean;
}

/** Verbs that say an event took place without naming it. */
// (The plural too: « Les Rencontres nationales se tiendront le 28 janvier ».)
const SUPPORT_VERB = /(?:lieu|tiendra|tiendront|tient|tiennent)$/u;

/** A legal status right before an attachment (« établissement public administratif placé sous la tutelle … »). */
const STATUS_BEFORE = /(?:établissement public(?: national)?(?: à caractère [\p{L} ]+| administratif| industriel et commercial)?|service à compétence nationale|autorité administrative indépendante|groupement d'intérêt public|opérateur de l'État)\s*,?\s*$/iu;

/** A person's name after a civility: « Rémi CASTAING », « Yves LE GOFF » (a surname in capitals keeps its particle). */
const CIVIL_NAME = String.raw`(\p{Lu}[\p{L}'-]+(?:\s+(?:\p{Lu}[\p{L}'-]+|(?:LE|LA|DE|DU|DES)(?=\s+\p{Lu}{2,}))){1,3})`;

/** The holder of the office a term ends for: « … exercées par M. Prénom NOM », « … de Mme Prénom NOM ». */
const HOLDER_AFTER = new RegExp(String.raw`(?:par|de)\s+(?:M\.|Mme|Monsieur|Madame)\s+${CIVIL_NAME}`, 'u');

/** A consolidated text's versions (« Version en vigueur du 1er juillet 2024 au 5 février 2025 »): the text's, no event. */
const VERSION_LINE = /^\s*(?:[-*]\s*)?(?:\*\*)?Version\s+(?:en\s+vigueur|à\s+venir|abrogée|initiale|du|au)\b/u;

/** The label of a document's own date, right before it. */
// (« Date de création de la fiche : », « Date de dernière mise à jour : »: a record's own dates, not its subject's.)
const OWN_DATE_LABEL = /(?:date\s+de\s+(?:publication|mise\s+à\s+jour|parution|diffusion)(?:\s+sur\s+le\s+site)?|date\s+de\s+(?:création|rédaction|dernière\s+mise\s+à\s+jour)\s+(?:de\s+(?:la|cette)\s+(?:fiche|page|notice|note)|du\s+document|de\s+l'entrée)|date\s+de\s+dernière\s+mise\s+à\s+jour|mise?\s+à\s+jour\s+le|dernière\s+mise\s+à\s+jour(?:\s+le)?)\s*:?\s*$/iu;

/** An encyclopedia's « Catégories : » line (its index of the page). */
const CATEGORY_LINE = /^\s*(?:\*\*)?Catégories?(?:\*\*)?\s*:/u;

/**
 * At the start: a type word and a complement of two words or more (« mission pour l'informatique commune »,
 * « agence de la donnée publique »).
 */
const NAMED_BY_COMPLEMENT = new RegExp(String.raw`${ORG_WORDS.source}\s+(?:pour|de|des|du|d'|à|aux)\s*(?:la\s+|l'|les\s+)?[\p{L}-]+\s+[\p{L}-]+`, 'iu');

/** An indefinite legal status (« un service à compétence nationale », « un établissement public … »). */
const INDEFINITE_STATUS = /^(?:un|une)\s+(?:service\s+à\s+compétence\s+nationale|établissement\s+public|autorité\s+administrative\s+indépendante|groupement\s+d'intérêt\s+public)/iu;

/** Words of a legal citation (findLegalTexts is only run on sentences holding one). */
const LEGAL_CUE = /(?<![\p{L}])(?:d[ée]crets?|arrêtés?|lois?|ordonnances?|circulaires?|règlements?|directives?)(?![\p{L}])/iu;
/** Between « créée » and the date of the act that creates: « par le décret n° 2022-1547 du ». */
const CREATED_BY_ACT = /^\s*par\s+(?:le\s+|l'\s*|un\s+|une\s+|la\s+)?(?:décret|arrêté|loi|ordonnance|décision|délibération)(?![\p{L}])(?:\s+n°\s*[\w/-]+)?\s+(?:du|en\s+date\s+du)\s*$/iu;

/** A sentence opening with a document (« La note du … », « Le rapport … », « Cette circulaire … »): what it « reprend » it restates. */
const DOCUMENT_SUBJECT = /^\s*(?:la|le|l'|cette|ce|cet)\s*(?:note|circulaire|instruction|décision|délibération|lettre|rapport|document|texte|convention|feuille\s+de\s+route|charte|guide|présente?)(?![\p{L}])/iu;

/** A count right before a participle: « 186 000 comptes ont été créés », « 35 postes nouvellement créés ». */
const COUNTED_BEFORE = /(?<![\p{L}\p{N}])(?!(?:19|20)\d\d(?!\d))\d{1,3}(?:[\s.]\d{3})*(?:,\d+)?\s+(?!(?:les|des|ces|ses|nos|vos|leurs)(?![\p{L}]))[\p{L}-]+[sx](?:\s+[\p{L}-]+)?\s+(?:(?:ont|ont\s+été|sont|seront|auront\s+été)\s+)?(?:(?:déjà|ainsi|nouvellement|récemment)\s+)?$/u;

/** People gathered by a verb of gathering: « réunit cette année plus de 1 800 participants ». */
const GATHERED_AFTER = /^[^.;:]{0,50}?(?<![\p{L}])(?:participants?|personnes?|agents?|acteurs?|représentants?|membres?|experts?|élus?|professionnels?|usagers?|partenaires?|équipes?|talents?)(?![\p{L}])/u;
/** A council or a committee as what a verb of gathering gathers: « a réuni le Conseil des ministres » (a meeting). */
const COUNCIL_GATHERED = /^\s+(?:le|la|les)\s+(?:[Cc]onseil|[Cc]omité|[Cc]ommission|[Cc]ollège|[Ss]éminaire|[Rr]éunion|[Aa]ssemblée)s?(?![\p{L}])(?![^.;]{0,80}?\s(?:en\s+une?|au\s+sein\s+d))/u;

/** An act dated right after: « la décision du », « la délibération n° 2024-12 du ». */
const CITED_ACT_BEFORE = /(?<![\p{L}])(?:décision|délibération|note|convention|charte|instruction|circulaire)(?:\s+n°\s*\S+)?\s+du\s*$/iu;

/** How much farther a date inside a citation counts than one outside it. */
const CITED_DATE_PENALTY = 150;

/** Right before a period: a quantity changing over it (« a doublé entre », « en hausse de 12 % entre »). */
const CHANGE_OVER_PERIOD = /(?:doublé|triplé|augmenté|progressé|baissé|diminué|reculé|crû|chuté|été multipliée?s?\s+par\s+\S+|en\s+(?:hausse|baisse|progression|recul)(?:\s+de\s+[^,;.]{1,20})?)\s+(?:entre|de|depuis|sur\s+la\s+période)?\s*$/iu;

/** Before an infinitive: what it is for (« vise à », « afin de », « pour », « permet de », « doit »). */
const PURPOSE_BEFORE = /(?:^|[^\p{L}])(?:vis(?:e|ent|ait|aient|ant)\s+à|afin\s+d(?:e\s+|')|pour|permet(?:tre|tent|tra)?\s+d(?:e\s+|')|doi(?:t|vent)|devr(?:a|ont)|pourr(?:a|ont))\s*$/iu;

/** Before a byline's participle, on its line: nothing, or a label (« Question », « Article »). */
const BYLINE_BEFORE = /^[\s>*#_|;-]*(?:(?:question|réponse|article|page|actualité|billet|communiqué|fiche|texte|document|contenu)\s+)?$/iu;
/**
 * After it: the date alone, then the line's end or a separator, an author (« par … ») or an update date; or, in a
 * written question's header, « … au JO le : 17/03/2026 page : 2214 », its journal and page (not « Publié au Journal
 * officiel le 14 mars 2025 », an act's publication).
 */
const BYLINE_AFTER =
  /^\s*(?:(?:le\s*)?:?\s*(?:\d{1,2}(?:er)?[\s/.-]+(?:\d{1,2}|\p{L}+)[\s/.-]+\d{4}|\d{4}-\d{2}-\d{2})\s*(?:$|[|·•—–;-]|(?:par|mis|mise|modifiée?)\s)|au\s+(?:JO|Journal\s+officiel)\s+le\s*:?\s*\d{1,2}[/.]\d{1,2}[/.]\d{4}\s+page\s*:?\s*\d+\s*$)/u;

function isByline(clean: string, start: number, end: number): boolean {
  const lineStart = clean.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = clean.indexOf('\n', end);
  return BYLINE_BEFORE.test(clean.slice(lineStart, start)) && BYLINE_AFTER.test(clean.slice(end, lineEnd < 0 ? clean.length : lineEnd));
}

/** A story or a text as a verb's subject: « L'histoire de … commence », « Le rapport débute … ». */
const STORY_OR_TEXT = /(?<![\p{L}])(?:histoire|aventure|récit|rapport|texte|liste|document|article|chapitre)(?![\p{L}])/iu;
/** After « commence en 2016 »: what it opens with (« … par un état des lieux ») or the clause that tells (« , lorsque … »). */
const OPENS_WITH_AFTER = /^[^.;:]{0,30}?(?:\s+par\s|,\s*(?:lorsque|quand|alors\s+que)\s)/iu;

/** Where the clause that holds `at` starts: after the last stop, semicolon, colon or line break before it. */
function clauseStartBefore(s: string, at: number): number {
  return Math.max(s.lastIndexOf('.', at - 1), s.lastIndexOf(';', at - 1), s.lastIndexOf(':', at - 1), s.lastIndexOf('\n', at - 1), s.lastIndexOf('!', at - 1), s.lastIndexOf('?', at - 1)) + 1;
}

function findTriggers(clean: string, from: number, to: number): Trigger[] {
  const s = clean.slice(0, to);
  const out: Trigger[] = [];
  for (const t of TRIGGER_RES) {
    t.re.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = execAfterBoundary(t.re, s)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((o) => start < o.end && o.start < end)) continue;
      // (« Réuni le 14 octobre, le comité … » is a meeting of a body that meets; « les bureaux A et B, réunis le 1er
      // janvier au sein d'un même service » are merged.)
      if (t.type === 'other' && /^réuni/iu.test(m[0]) && !MEETING_BODY_NEAR.test(s.slice(Math.max(0, start - 60), Math.min(s.length, end + 60)))) continue;
      // (« retrait » of a product only: « retrait définitif de Baromètre 360 », not « le retrait des agents ».)
      if (t.type === 'suppression' && /^retrait$/i.test(m[0]) && !WITHDRAWN_PRODUCT_AFTER.test(s.slice(end, end + 80))) continue;
      // (« PROCÈS-VERBAL DE LA SÉANCE DU 14 OCTOBRE 2025 »: a record's title, its own date, no event.)
      if (t.type === 'other' && /^(?:séance|réunion|plénière)/iu.test(m[0]) && !/\p{Ll}/u.test(s.slice(s.lastIndexOf('\n', start) + 1, s.indexOf('\n', end) < 0 ? s.length : s.indexOf('\n', end)))) continue;
      // « a réuni 1 500 participants », « regroupe une vingtaine d'agents »: a head count, not a merger.
      if (t.type === 'merger' && COUNT_AFTER.test(s.slice(end, end + 40))) continue;
      // « … déposées depuis l'ouverture du service »: an event used as a point in time, not one that happened then.
      // (« depuis sa création, en 2021 » gives the date right after it.)
      // (« depuis sa création, en 2021 », « dès le lancement du service en mars 2024 » give the date right after it.)
      // (« avant l'ouverture du nouveau parcours, prévue le 2 juin » dates it too.)
      // (« estimé à 86 M€ lors de son lancement, a été réévalué en décembre 2024 » likewise, unless its date follows
      // in the same clause or right after a comma: « lors de son lancement en 2019 », « lors de sa création, le 1er mai ».)
      if (t.noun && /(?:lors\s+de|au\s+moment\s+de)\s+(?:l'|la\s+|le\s+|sa\s+|son\s+)\s*$/iu.test(s.slice(Math.max(0, start - 22), start)) && !DATE_IN_CLAUSE_AFTER.test(s.slice(end, end + 40))) continue;
      // (« Depuis le lancement du programme « X » par l'agence, le 15 septembre 2024, … »: its date in apposition
      // after its complement.)
      // (« prépare l'ouverture de X »: an event to come, dated only by a date of its own.)
      if (t.noun && /(?:depuis|avant|après|dès|prépar(?:e|ent|ait|aient|er)|envisag(?:e|ent|er))\s+(?:l'|la\s+|le\s+|sa\s+|son\s+)\s*$/iu.test(s.slice(Math.max(0, start - 20), start)) && !DATE_SOON_AFTER.test(s.slice(end, end + 40)) && !PLANNED_FOR_AFTER.test(s.slice(end, end + 90)) && !DATE_APPOSED_AFTER.test(s.slice(end, end + 110))) continue;
      // « Les crédits ouverts en loi de finances … du 27 décembre 2024 », « 12 postes ont été ouverts »: money or posts
      // a budget opens, no body's nor product's launch.
      if (t.type === 'launch' && /ouv/iu.test(m[0]) && BUDGET_OPENED_BEFORE.test(s.slice(Math.max(0, start - 50), start))) continue;
      // « @x a ouvert ce ticket le 10 mars », « a fermé ce ticket comme terminé », « l'ouverture de la discussion »:
      // the life of a forge's or a forum's thread (its metadata), no body's nor product's event.
      if (THREAD_ITEM_AFTER.test(s.slice(end, end + 40))) continue;
      // « l'ouverture de ce contrôle », « le lancement d'une enquête »: an inquiry opened, no body's nor product's launch.
      if (t.type === 'launch' && INQUIRY_AFTER.test(s.slice(end, end + 40))) continue;
      // « **Fermé** · @x a ouvert … », « Ouvert | 8 commentaires »: a thread's status badge opening its line.
      if (!t.noun && /^[ \t]*[·|•]/u.test(s.slice(end, end + 8)) && /^[ \t]*$/.test(s.slice(s.lastIndexOf('\n', start) + 1, start))) continue;
      // « 62 000 associations avaient créé un compte »: what users create is no body's creation.
      if (t.type === 'creation' && !t.noun && USER_ITEM_AFTER.test(s.slice(end, end + 40))) continue;
      // « arrêté … portant création d'un traitement automatisé de données »: the act's title sets up a processing of
      // personal data, no body's nor product's creation.
      if (t.type === 'creation' && /^\s+d(?:e\s+|['’]\s*)(?:un\s+|des\s+)?traitements?(?![\p{L}])/iu.test(s.slice(end, end + 30))) continue;
      // « L'histoire de la plateforme commence en 2016, lorsque … », « Le rapport débute en 2019 par un état des lieux »:
      // a story or a text that opens, not a phase that starts.
      if (t.type === 'start' && /^(?:(?:a|ont|avait|avaient)\s+)?(?:commen|débu)/iu.test(m[0]) && !/carrière/iu.test(m[0]) && (STORY_OR_TEXT.test(s.slice(clauseStartBefore(s, start), start)) || OPENS_WITH_AFTER.test(s.slice(end, end + 60)))) continue;
      // « a réuni les agents du réseau », « rassemble des experts »: people gathered, not bodies merged.
      if (t.type === 'merger' && PEOPLE_AFTER.test(s.slice(end, end + 60))) continue;
      // « dispositifs de création et de vérification de signature »: a noun trigger needs something named after it
      // (« création de la direction … », « lancement du service X », « publication du rapport »), not an activity.
      if (t.noun && NOUN_OBJECT_ACTIVITY.test(s.slice(end, end + 40))) continue;
      // « vérification de signature », « outils de publication »: a trigger noun that complements another noun.
      if (t.noun && /(?:^|[^\p{L}])(?!(?:date|année|jour|mois)\s)[\p{L}]+\s+(?:de|d')\s*$/iu.test(s.slice(Math.max(0, start - 30), start)) && !/(?:date|année|jour|mois|an)\s+(?:de|d')\s*$/iu.test(s.slice(Math.max(0, start - 30), start))) continue;
      // « …, établissement public administratif placé sous la tutelle du ministre »: a status, not an event.
      if (t.type === 'attachment' && STATUS_BEFORE.test(s.slice(Math.max(0, start - 80), start))) continue;
      // « qui vise à ouvrir les données », « afin de publier … »: an aim, not something that happened on a date.
      if (!t.noun && /(?:er|ir|re)$/iu.test(m[0]) && PURPOSE_BEFORE.test(s.slice(Math.max(0, start - 24), start))) continue;
      // « Publié le 14/11/2025 – Préfecture X », « Question publiée le : 11/03/2025 »: a byline, the page's own date
      // (metadata, not an event).
      if (t.type === 'publication' && !t.noun && isByline(s, start, end)) continue;
      // « Le ministère est responsable depuis 2025 de … »: a body holds a charge; nobody was appointed.
      if (t.sinceOnly && BODY_CLAUSE_BEFORE.test(s.slice(Math.max(s.lastIndexOf('.', start), s.lastIndexOf(';', start), s.lastIndexOf(':', start), s.lastIndexOf(',', start), 0), start))) continue;
      out.push({ start, end, type: t.type, noun: t.noun ?? false, ...(t.beginning ? { beginning: true } : {}), ...(t.sinceOnly ? { sinceOnly: true } : {}) });
    }
  }
  out.sort((a, b) => a.start - b.start);
  // « les premières livraisons ont eu lieu en 2016 »: « avoir lieu » / « se tenir » only say that the event named
  // just before happened; alone (« la journée … a eu lieu »… « Le 30 juin avait lieu … ») they are the event.
  return out.filter((t, i) => {
    if (!SUPPORT_VERB.test(s.slice(t.start, t.end))) return true;
    const before = out[i - 1];
    return !before || !/^[^,;:.()\n]{0,40}$/.test(s.slice(before.end, t.start));
  });
}

/**
 * How far a date is from a trigger, in characters of the text as read: a run of blanks counts as one (blanked
 * markup, « <a href="…">direction</a> », would otherwise push a date away from its verb).
 */
function distance(clean: string, t: Trigger, d: DateMention): number {
  if (d.start >= t.end) return readLength(clean, t.end, d.start);
  if (t.start >= d.end) return readLength(clean, d.end, t.start) * 1.2;
  return 0;
}

/** The length of clean[from, to) with every run of whitespace counted as one character. */
function readLength(clean: string, from: number, to: number): number {
  let n = 0;
  let blank = false;
  for (let i = from; i < to; i++) {
    const c = clean.charCodeAt(i);
    const isBlank = c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
    if (!isBlank || !blank) n++;
    blank = isBlank;
  }
  return n;
}

/** Is a date mention usable by a « start » trigger? */
function isStartDate(d: DateMention): boolean {
  return d.value.qualifier !== undefined && START_QUALIFIERS.has(d.value.qualifier);
}

/** Whitespace collapsed, outer punctuation trimmed. */
function tidy(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    // Blanked footnote calls and emphasis leave spaces before « ) , . » and after « ( ».
    .replace(/ +([),.])/g, '$1')
    .replace(/\( +/g, '(')
    .replace(/^[\s,;:.)\]-]+/, '')
    .replace(/[\s,;:.([-]+$/, '')
    .trim();
}

function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.lastIndexOf(' ', max - 1);
  return `${s.slice(0, cut > max / 2 ? cut : max - 1).replace(/[\s,;:]+$/, '')}…`;
}

/** The clause around [a, b) in the sentence: bounded by « ; ( ) », widened past « ( » when too short. */
function clause(clean: string, sent: Sentence, a: number, b: number): [number, number] {
  let left = a;
  while (left > sent.start && !';()'.includes(clean[left - 1]!)) left--;
  if (b - left < 40 && left > sent.start && clean[left - 1] === '(') {
    left--;
    while (left > sent.start && !',;()'.includes(clean[left - 1]!)) left--;
  }
  let right = b;
  while (right < sent.end && !';(),'.includes(clean[right]!)) right++;
  // Keep the closing parenthesis of « (créée en 1998) ».
  const opened = (clean.slice(left, right).match(/\(/g)?.length ?? 0) > (clean.slice(left, right).match(/\)/g)?.length ?? 0);
  if (opened && clean[right] === ')') right++;
  return [left, right];
}

// (A reflexive verb ends the phrase too: « La journée de la donnée se tient le … », « … s'est tenu ».)
const NP_STOP =
  /^(?:par|en|pour|dans|avec|sur|afin|qui|que|dont|et|ou|à|au|aux|lors|depuis|dès|puis|mais|car|est|sont|a|ont|sera|était|été|ayant|étant|avait|avaient|aura|fut|jusqu'|jusqu'à|le|la|les|l'|se|s['’]\p{L}*)$/iu;

/** A noun phrase starting at `pos` (optional article), stopped by punctuation, the date, or a function word. */
function nounPhrase(clean: string, pos: number, limit: number, dates: DateMention[]): { start: number; end: number } | null {
  // Whole words only: « les données » loses « les », not « le » (nor « demande » its « de »).
  const art = /^\s*(?:(?:(?:de\s+la|du|des|de)\s+|(?:de\s+l'|d')\s*))?(?:(?:le|la|les|son|sa|ses|leur|leurs|ce|cette|ces)\s+|l'\s*)?/iu.exec(clean.slice(pos, limit));
  let i = pos + (art ? art[0].length : 0);
  const start = i;
  let end = i;
  let words = 0;
  let inQuote = false;
  const word = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*|«|»|\s+|[^\s\p{L}\p{N}]/uy;
  while (i < limit && words < 10) {
    if (dates.some((d) => i >= d.start && i < d.end)) break;
    word.lastIndex = i;
    const m = word.exec(clean);
    if (!m) break;
    const w = m[0];
    if (w === '«') inQuote = true;
    else if (w === '»') inQuote = false;
    else if (/^\s+$/.test(w)) {
      if (w.includes('\n') || w.includes('\t')) break;
    } else if (!inQuote && /^[^\p{L}\p{N}]$/u.test(w)) break;
    else if (!inQuote && words > 0 && NP_STOP.test(w)) {
      // « de » / « d' » complements stay in the phrase; other function words end it.
      break;
    } else if (!inQuote && words > 0 && /^(?:suite|grâce|face)$/iu.test(w) && /^\s+(?:à|au|aux)(?![\p{L}])/u.test(clean.slice(i + w.length, i + w.length + 6))) {
      // « le projet suite à la publication … »: a prepositional phrase, not the noun's complement.
      break;
    } else words++;
    i += w.length;
    if (!/^\s+$/.test(w)) end = i;
  }
  // « l'ordonnance du 22 septembre »: the complement's article before the date is not part of the phrase.
  const tail = /(?:\s+(?:de\s+la|de\s+l'|de|du|des|d'))+\s*$/iu.exec(clean.slice(start, end));
  if (tail) end -= tail[0].length;
  if (end <= start) return null;
  return { start, end };
}

/**
 * End of an organisation name starting at `pos`: names go through « au », « pour », « de la » (« délégation au
 * numérique », « agence pour les technologies… ») up to punctuation, the date, a verb-like auxiliary or « par ».
 */
function orgPhraseEnd(clean: string, pos: number, limit: number, dates: DateMention[]): number {
  let end = limit;
  for (const d of dates) if (d.start >= pos && d.start < end) end = d.start;
  const rest = clean.slice(pos, end);
  // An article after « de » / « à » is part of the name (« agence nationale de la sécurité … »), not a new phrase.
  const stop = /[,;:.!?\n\t«»]|\((?!\s*[\p{Lu}][\p{L}\p{N}]{1,9}\s*\))|\s(?:par|qui|dont|est|sont|a|ont|sera|était|afin|lors|depuis|dès)(?![\p{L}])|(?<![\s'](?:de|à))\s(?:le|la|les)(?![\p{L}])/u.exec(rest);
  let e = pos + (stop ? stop.index : rest.length);
  // Trailing function words (« … (DELNUM) en » before the date).
  const tail = /(?:\s+(?:en|le|la|les|l'|de|du|des|d'|à|au|aux|et|ou|pour))+\s*$/iu.exec(clean.slice(pos, e));
  if (tail) e -= tail[0].length;
  return e;
}

/** Subject or subject_name from the complement of a noun trigger or the object of an active verb. */
function objectOf(
  clean: string,
  sent: Sentence,
  t: Trigger,
  dates: DateMention[],
): { subject: OrgRef | null; subject_name: string | null } {
  const none = { subject: null, subject_name: null };
  // The object of a renaming, merger, replacement, appointment or attachment is an organisation or a person.
  if (!OBJECT_TYPES.has(t.type)) return none;
  const after = clean.slice(t.end, sent.end);
  let np: { start: number; end: number } | null = null;
  if (t.noun) {
    if (!/^\s*(?:de\s+la|de\s+l'|du|des|de|d')/iu.test(after)) return none;
    np = nounPhrase(clean, t.end, sent.end, dates);
  } else {
    const before = clean.slice(Math.max(sent.start, t.start - 12), t.start);
    const word = clean.slice(t.start, t.end);
    const passive = /(?:été|est|sont|était|étaient|sera|fut)\s*$/iu.test(before) || /(?:é|ée|és|ées|u|ue|us|ues)$/iu.test(word) && !/(?:a|ont|avait|avaient|aura)\s*$/iu.test(before);
    // « a lancé le service X », « ont lancé Xyz, un outil … » (a proper name needs no article).
    if (passive || !/^\s+(?:(?:le|la|les)\s|l'|\p{Lu}[\p{L}-]*[\p{Ll}])/u.test(after)) return none;
    np = nounPhrase(clean, t.end, sent.end, dates);
  }
  if (!np) return none;
  // « portant création d'une mission pour l'informatique commune de l'administration »: a body introduced with an
  // indefinite article and named by its complement (not « d'un service à compétence nationale », a status).
  const indefinite = /^(?:un|une)\s+/iu.exec(clean.slice(np.start, np.end));
  if (indefinite && !INDEFINITE_STATUS.test(clean.slice(np.start, np.start + 80)) && NAMED_BY_COMPLEMENT.test(clean.slice(np.start + indefinite[0].length, sent.end))) {
    np = { start: np.start + indefinite[0].length, end: np.end };
  }
  if (ORG_WORDS.test(clean.slice(np.start, np.end))) np = { start: np.start, end: orgPhraseEnd(clean, np.start, sent.end, dates) };
  const text = tidy(clean.slice(np.start, np.end));
  if (text.length < 2 || text.length > 120) return none;
  // « portant création d'un service à compétence nationale »: a legal status describes the body, it names nothing.
  if (INDEFINITE_STATUS.test(clean.slice(np.start, np.start + 80))) return none;
  // A single common noun (« du service », « du site ») names nothing.
  if (/^[\p{Ll}][\p{L}'-]*$/u.test(text)) return none;
  // « rejoint l'OFC », « fusionne avec la DCAR »: an acronym names a body.
  if (looksLikeAcronym(text)) return { subject: { acronym: text }, subject_name: null };
  if (ORG_WORDS.test(text)) {
    const acr = /^(.*?)\s*\(\s*([\p{Lu}][\p{L}\p{N}]{1,9})\s*\)$/u.exec(text);
    return { subject: acr ? { name: acr[1]!, acronym: acr[2]! } : { name: text }, subject_name: null };
  }
  return { subject: null, subject_name: text };
}

const LEGAL_LINK_BEFORE =
  /(?:par|en\s+application\s+(?:du|de\s+la|de\s+l'|de)|en\s+vertu\s+(?:du|de\s+la|de\s+l'|de)|conformément\s+(?:au|à\s+la|à\s+l'|à)|prévue?s?\s+par|issue?s?\s+(?:du|de\s+la|de\s+l'))\s*(?:le|la|l'|les|un|une)?\s*$/iu;

function legalFor(clean: string, t: Trigger, d: DateMention, legal: LegalTextMention[]): LegalTextMention | null {
  const holding = legal.find((l) => (d.start >= l.start && d.end <= l.end) || (t.start >= l.start && t.end <= l.end));
  if (holding) return holding;
  // « Le décret du … relatif à …, publié au Journal officiel du … »: the participle follows the text it is about.
  const before = legal.find((l) => l.end <= t.start && /^[\s,]*$/.test(clean.slice(l.end, t.start)));
  if (before) return before;
  const linked = legal.filter((l) => LEGAL_LINK_BEFORE.test(clean.slice(Math.max(0, l.start - 40), l.start)));
  linked.sort((a, b) => Math.abs(a.start - t.start) - Math.abs(b.start - t.start));
  return linked[0] ?? null;
}

const UI_VERBS = /^(?:lire|consulter|télécharger|voir|découvrir|accéder\s+à|accéder\s+au)\s+/iu;

/** Two years joined by a dash or a slash (« 2021-2024 »), as a period of years is written in a name. */
const YEAR_SPAN = /^\d{4}\s*[-‐‑–—/]\s*\d{4}$/u;

/** Words that make a period the span of what the sentence says (« entre 2015 et 2019 », « de 2018 à 2020 »). */
const SPAN_INTRODUCER = /(?:^|[^\p{L}])(?:de|du|des|d'|entre|à|au|aux|en|pour|sur|dès|depuis|jusqu'en|et|ou|par)\s*$/iu;

/**
 * A period written after a noun (« la feuille de route 2026-2028 », « bilan d'activité 2021-2024 »): it labels
 * a plan or a report, whose period it is, not the date of the verb of its sentence.
 */
function labelsAThing(clean: string, d: DateMention): boolean {
  if (d.value.precision !== 'period' || !YEAR_SPAN.test(clean.slice(d.start, d.end))) return false;
  const before = clean.slice(Math.max(0, d.start - 30), d.start);
  return /[\p{L}»]\s*$/u.test(before) && !SPAN_INTRODUCER.test(before);
}

/** Qualifiers of a day by which something is to be done. */
const DEADLINE_QUALIFIERS = new Set(['avant', "jusqu'à", "d'ici"]);
/** The same, with a weekday the date parser leaves out of the date (« au plus tard le lundi 9 février 2026 »). */
const DEADLINE_BEFORE = /(?<![\p{L}])(?:avant|jusqu'(?:au|à)|au\s+plus\s+tard|d'ici(?:\s+au)?)(?:\s+le)?(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))?\s*$/iu;
/** A past participle qualifying a noun, right before « avant » (« les agents recrutés avant le … »). */
const QUALIFYING_PARTICIPLE_BEFORE = /(?<![\p{L}])\p{L}+(?:és|ées|ée|is|ises|ise|us|ues|ts|tes)\s+$/iu;
/** A clause's main verb right after its subject's date (« … avant le 1er janvier 2020 conservent leur régime »). */
const VERB_AFTER = /^\s+(?:ne\s+|n')?(?:sont|ont|restent|demeurent|\p{Ll}{3,}(?:ent|ont))(?![\p{L}])/u;
/**
 * A clause in the imperfect (« le taux était de 12 % avant le 1er juillet », « jusqu'au …, le service relevait de »);
 * not a noun in « -ait » (« un extrait », « un souhait »).
 */
const IMPERFECT = /(?<![\p{L}])(?:\p{Ll}{2,}(?<!tr|souh|bienf)ait|\p{Ll}{2,}aient)(?![\p{L}])/u;

/**
 * A day by which something is to be done: after « avant », « jusqu'au », « d'ici le », « au plus tard le ». Not a day
 * that says which things a rule is about (« les agents recrutés avant le 1er janvier 2020 conservent … »), nor a day
 * of a past state (« le taux était de 12 % avant le 1er juillet 2022 »), nor a labelled line's (labelledDateLines).
 */
function isDeadline(clean: string, sent: Sentence, d: DateMention): boolean {
  // (Not bounded by the sentence: « au plus tard le » may end the line before a date that a page break cut off.)
  const before = clean.slice(Math.max(0, d.start - 40), d.start);
  const cue = DEADLINE_BEFORE.exec(before);
  if (!cue && !DEADLINE_QUALIFIERS.has(d.value.qualifier ?? '')) return false;
  const opens = cue ? d.start - before.length + cue.index : d.start;
  const avant = /^avant/iu.test(clean.slice(opens, opens + 5));
  if (avant && QUALIFYING_PARTICIPLE_BEFORE.test(clean.slice(Math.max(sent.start, opens - 40), opens)) && VERB_AFTER.test(clean.slice(d.end, Math.min(sent.end, d.end + 40)))) return false;
  const clauseStart = Math.max(sent.start, clean.lastIndexOf(';', opens) + 1);
  if (IMPERFECT.test(clean.slice(clauseStart, Math.min(sent.end, d.end + 80)))) return false;
  // (« Réponses aux questions : au plus tard le 2 mars 2026 »: a labelled line, read as such by labelledDateLines; a
  // table's row, « | Remise des offres | avant le 9 février 2026 | », is read by its date column.)
  const lineStart = clean.lastIndexOf('\n', opens - 1) + 1;
  return !/:\s*$/u.test(clean.slice(Math.max(sent.start, lineStart), opens)) && !/^[ \t]*\|/.test(clean.slice(lineStart, opens));
}

/** Name of the thing a bare period qualifies: the words before it in its clause (« Les ambitions … 2023-2027 »). */
function periodSubject(clean: string, sent: Sentence, d: DateMention): { name: string | null; start: number } {
  let left = d.start;
  while (left > sent.start && !',;:()«»'.includes(clean[left - 1]!)) left--;
  let name = tidy(clean.slice(left, d.start));
  if (!name) {
    const after = /^\s*[:-]\s*([^,;.()\n]{2,80})/u.exec(clean.slice(d.end, sent.end));
    return { name: after ? tidy(after[1]!) || null : null, start: d.start };
  }
  const lead = clean.slice(left).length - clean.slice(left).trimStart().length;
  const start = left + lead;
  name = name.replace(UI_VERBS, '').replace(/^(?:les|le|la|l'|une|un|des|du)(?:\s+|(?<='))/iu, '');
  name = name.replace(/\s+(?:de|du|des|pour|en)$/iu, '');
  if (name.length < 2 || name.length > 80 || !/^[\p{L}\p{N}«]/u.test(name)) return { name: null, start: d.start };
  return { name, start };
}

/** An agreement between parties: signing one publishes nothing (a decree or a circular signed is published). */
const AGREEMENT = /(?<![\p{L}])(?:contrats?|conventions?|accords?|chartes?|protocoles?|pactes?|partenariats?|avenants?|marchés?)(?![\p{L}])/iu;

/** « signature du contrat d'objectifs », « la convention … a été signée »: a milestone (other), not a publication. */
function signedAgreement(clean: string, t: Trigger): Trigger {
  if (t.type !== 'publication' || !/^sign/iu.test(clean.slice(t.start, t.end))) return t;
  const after = clean.slice(t.end, t.end + 40);
  const before = clean.slice(Math.max(0, t.start - 60), t.start);
  const agreementAfter = /^\s+(?:du|de\s+la|de\s+l'|des|d'une?|de|la|le|l'|les|une?|leur|son|sa)\s*/iu.test(after) && AGREEMENT.test(after.slice(0, 30));
  const agreementBefore = AGREEMENT.test(before) && !/[.;:]/.test(before.slice(before.search(AGREEMENT)));
  // « Le décret relatif aux conventions de stage a été signé … »: a legal text named before the agreement word is
  // what was signed.
  const legalAt = before.search(LEGAL_CUE);
  if (legalAt >= 0 && (!agreementBefore || legalAt < before.search(AGREEMENT)) && !agreementAfter) return t;
  return agreementAfter || agreementBefore ? { ...t, type: 'other' } : t;
}

/**
 * « devient la DSIN », « devient la direction … », « devient en 2013 le service X (SX) » is a renaming;
 * « devient le guichet unique » is a change of role (other): what follows must be a proper name, an acronym or
 * an organisation.
 */
function renamingOrOther(clean: string, t: Trigger): Trigger {
  if (t.type !== 'renaming' || !/^dev/iu.test(clean.slice(t.start, t.end))) return t;
  const after = /^\s+(?:alors\s+|ensuite\s+|désormais\s+|en\s+(?:\p{L}+\s+)?\d{4}\s+)?(?:le|la|l'|les)\s*(\S+)/iu.exec(clean.slice(t.end, t.end + 80));
  const head = after?.[1] ?? '';
  // « devient le service de la sécurité (SSS) », « devenait le service des données territoriales, le SDT, »: a name
  // given with its acronym is a body's (after a comma, an acronym that spells the name: « devient l'outil commun de
  // trois directions, la DGFIP, … » lists a body).
  const tail = clean.slice(t.end, t.end + 120);
  const apposed = /^\s+(?:\S+\s+){0,3}?(?:le|la|l['’])\s*([^.;(),]{3,100}?)\s*,\s*(?:le|la|l['’])\s*(\p{Lu}{2,}[\p{L}\p{N}]*)\s*(?:[,.;]|$)/u.exec(tail);
  const withAcronym = /^[^.;()]{0,100}\(\s*\p{Lu}{2,}[\p{L}\p{N}]*\s*\)/u.test(tail) || (!!apposed && spellsAcronym(apposed[2]!, apposed[1]!));
  return /^\p{Lu}/u.test(head) || ORG_WORDS.test(head) || withAcronym ? t : { ...t, type: 'other' };
}

/** « X succède à Mme Y à la tête de … »: someone takes over from a person, an appointment (not a body replaced). */
function appointmentOrReplacement(clean: string, t: Trigger): Trigger {
  // « elle rejoint l'agence en 2019 comme directrice adjointe »: a person taking up a post.
  if (t.type === 'attachment' && /^rejoin/iu.test(clean.slice(t.start, t.end))) {
    return JOINS_AS.test(clean.slice(t.end, t.end + 120)) ? { ...t, type: 'appointment' } : t;
  }
  if (t.type !== 'replacement' || !/^succ/iu.test(clean.slice(t.start, t.end))) return t;
  return /^\s+à\s+(?:M\.|Mme|Monsieur|Madame|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll})/u.test(clean.slice(t.end, t.end + 40)) ? { ...t, type: 'appointment' } : t;
}

/** After a merger verb: the new body it makes (« au sein d'une nouvelle direction », « pour former une nouvelle agence »). */
// (« … pour former l'ANDP », « pour créer l'Agence X »: a body the merger makes, named by its acronym or its name.)
const NEW_BODY_AFTER = /(?:au\s+sein\s+d'|en|pour\s+(?:former|créer|constituer|donner\s+naissance\s+à))\s*(?:(?:une?|la|le|l')\s+nouvel(?:le)?\s+(?:[a-zéèêàç]+\s+)?(?=direction|agence|délégation|mission|service|département|établissement|office|sous-direction|structure|entité|opérateur|pôle|bureau)|(?<=(?:former|créer|constituer|à)\s+)(?:la|le|l')\s*(?:\p{Lu}{2,}(?![\p{L}])|(?=(?:Agence|Direction|Délégation|Mission|Office|Institut)\s)))/u;

/** A body that meets (a committee, a board, an assembly), near a « réuni le … ». */
const MEETING_BODY_NEAR = /(?<![\p{L}])(?:comités?|conseils?|commissions?|assemblées?|instances?|collèges?|jurys?|copil|cotech|bureau\s+(?:du|de\s+la)\s+(?:conseil|commission|comité|assemblée))(?![\p{L}])/iu;

/** A verb in the future tense, or a modal announcing what will happen. */
const FUTURE_CLAUSE = /(?<![\p{L}])(?:sera|seront|interviendra|interviendront|devra|devront|pourra|pourront|[\p{L}]{3,}(?:era|eront|ira|iront))(?![\p{L}])/u;

/** After « retrait »: a product (a capitalised name or a product noun), case-sensitive. */
const WITHDRAWN_PRODUCT_AFTER = new RegExp(
  String.raw`^\s+(?:(?:définitif|complet)\s+(?:de\s+l'|de\s+la|du|des|de)\s*(?!(?:État|Etat|France|Royaume|Union)(?![\p{L}]))[A-ZÉÈÀÂÎÔ]|(?:de\s+l'|de\s+la|du|des|de)\s*(?:«|(?:[a-zéèêà]+\s+)?(?:${PRODUCT_NOUNS})(?![\p{L}])))`,
  'u',
);

/** A clause whose subject is a body (« Le ministère », « La direction du budget »): up to the trigger. */
const BODY_CLAUSE_BEFORE = new RegExp(`^[.;:,]?\\s*(?:le|la|l'|les|ce|cette|notre)\\s*(?:${ORG_TYPE_ALTERNATION_U})s?(?![\\p{L}])`, 'iu');

/** After « rejoint X (en 2019) »: the post taken (« comme directrice adjointe », « en tant que chef de projet »). */
const JOINS_AS = /^[^.;:]{0,80}?\s(?:comme|en\s+tant\s+que|au\s+poste\s+de)\s+(?:(?:le|la|l')\s*)?(?:directeur|directrice|chef|cheffe|responsable|adjoint|adjointe|délégué|déléguée|conseiller|conseillère|secrétaire|président|présidente|sous-directeur|sous-directrice|coordinateur|coordinatrice|chargée?)(?![\p{L}])/iu;

/** After the fronted clause's comma: an article, a type or product word, then a capitalised name. */
const MAIN_SUBJECT = new RegExp(String.raw`^\s*(?:le|la|les|l')\s*(\p{L}+)((?:\s+(?:\p{Lu}[\p{L}\p{N}'’-]*|de|du|des|d'|de\s+la|de\s+l'))*\s+\p{Lu}[\p{L}\p{N}'’-]*)`, 'u');

/**
 * « Lancé en mars 2017 par le ministère X, le programme Y … », « Ouverte en 2023 …, la plateforme Z … »: a past
 * participle opening the sentence is about the main clause's subject (not the agent of its « par »). A type word
 * gives the subject; a product word, the name after it.
 */
function mainClauseSubject(clean: string, sent: Sentence, t: Trigger): { subject: OrgRef | null; subject_name: string | null } {
  const none = { subject: null, subject_name: null };
  if (t.noun || clean.slice(sent.start, t.start).trim() !== '' || !/(?:é|ée|és|ées|u|ue|us|ues|te|tes)$/iu.test(clean.slice(t.start, t.end))) return none;
  const comma = clean.indexOf(',', t.end);
  if (comma < 0 || comma >= sent.end) return none;
  const main = clean.slice(comma + 1, Math.min(sent.end, comma + 120));
  // « Adopté par la X en juin 2026, le SDT fixe … »: an acronym opening the main clause names its subject.
  const acronym = /^\s*(?:le|la|les|l')\s*([\p{Lu}][\p{L}\p{N}&-]{1,11})(?![\p{L}\p{N}])/u.exec(main)?.[1];
  if (acronym && looksLikeAcronym(acronym)) return { subject: { acronym }, subject_name: null };
  const m = MAIN_SUBJECT.exec(main);
  if (!m) return none;
  const head = m[1]!;
  const name = m[2]!.replace(/\s+/g, ' ').trim();
  // (« le service Xyz »: a service with a proper name is a product, as for organisations.)
  if (productTypeOf(head)) return { subject: null, subject_name: name };
  return orgTypeOf(head) ? { subject: { name: `${head} ${name}` }, subject_name: null } : none;
}

/**
 * What a participle set off by a comma is about: a quoted name (« la stratégie « X », présentée en 2023 ») or a
 * name after a product word (« l'application X Pro, déployée depuis 2022 »).
 */
const APPOSED_QUOTED = /«\s*([^«»\n]{2,80}?)\s*»\s*,\s*$/u;
const APPOSED_PRODUCT = new RegExp(String.raw`(?<![\p{L}])(?:${PRODUCT_TYPE_ALTERNATION})\s+(\p{Lu}[^,;()«»\n]{0,60}?)\s*,\s*$`, 'u');

/** The name a participle trigger set off by a comma is about (« …, présentée en mars 2023 »), or null. */
function apposedName(clean: string, sent: Sentence, t: Trigger): string | null {
  if (!/^\p{Ll}+(?:é|ée|és|ées|u|ue|us|ues)$/u.test(clean.slice(t.start, t.end))) return null;
  const before = clean.slice(Math.max(sent.start, t.start - 120), t.start);
  const m = APPOSED_QUOTED.exec(before) ?? APPOSED_PRODUCT.exec(before);
  return m ? tidy(m[1]!) : null;
}

/** A past auxiliary right before a trigger (« a remplacé », « ont été transférés »). */
const PAST_AUXILIARY = /(?:^|\s)(?:a|ont|avait|avaient|fut|furent|a\s+été|ont\s+été)\s+$/u;

/** Before a date opening its line: a list marker, blanked emphasis, a weekday. */
// (« [ \t]*(?:mark[ \t]*)? »: two runs of blanks side by side would split a long run every way.)
const LINE_OPENING = /^[ \t]*(?:(?:[-*+•]|\d{1,2}[.)])[ \t]*)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)[ \t]+)?$/iu;
/** How far back chronologyEntry looks for its line's start. */
const ENTRY_REACH = 300;
/** After such a date (and a place or a time: « , Brest : »): « : », a dash (dashes are « - » in the clean copy) or dot leaders, then what happened (two words or more). */
const ENTRY_AFTER = /^(?:,[^:\n]{1,30}?)?[ \t]*(?::|-[ \t]|\.{2,}|…+)[ \t]*([^\s;(.][^\n;(]*?[ \t][^\n;(]*)/u;
/** Before a date after a title: « Titre — », « Titre – jeudi ». */
// (A heading's « ## » may open it; a version number keeps its points: « ## Version 3.2 — 14 février 2025 ».)
const TITLE_DASH = /^[ \t]*(?:[-*+•][ \t]+|#{1,6}[ \t]+)?([^\s:;,.\-#](?:[^\n:;.]|\.(?=\d)){2,80}?)[ \t]+-[ \t]+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)[ \t]+|(?:publiée?|sortie|parue)[ \t]+le[ \t]+)?$/iu;
/** A chronology entry that names a release: « Version 3.2 », « v2.1.0 ». */
const RELEASE_ENTRY = /^(?:version|v)\s*\d+(?:\.\d+)*(?![\p{L}])/iu;

/**
 * A date that opens a chronology entry, and what the entry says happened: the date first on its line then « : »
 * or a dash (the text after it), or « Titre — date » (the title). Undefined for other dates.
 */
function chronologyEntry(clean: string, d: DateMention): string | undefined {
  // « depuis avril 2021 : Mme X » says who holds a post since then: a state, not an entry.
  if (d.value.qualifier === 'depuis') return undefined;
  // An entry opens its line within a hundred or so visible characters (a mark, a title, a dash): on a longer line,
  // none does. (Told from the last ENTRY_REACH characters: a long line of dates was read back whole for each.)
  const from = lineStartWithin(clean, d.start, ENTRY_REACH);
  const cut = from === d.start - ENTRY_REACH;
  if (cut && clean.slice(from, d.start).replace(/\s+/g, '').length > 120) return undefined;
  const lineStart = cut ? lineStartAt(clean, d.start) : from;
  const before = clean.slice(lineStart, d.start);
  if (LINE_OPENING.test(before)) {
    const after = ENTRY_AFTER.exec(clean.slice(d.end, d.end + 220));
    // « - 2023 : 45 M€ de crédits »: a yearly figure, not something that happened.
    return after && !/^[\d.,\s]+(?:%|M€|k€|€|Md€|millions?|milliards?)?(?![\p{L}])/u.test(after[1]!) ? clip(tidy(after[1]!), 80) : undefined;
  }
  const title = TITLE_DASH.exec(before);
  // « Paris - 12 mars 2025 » (a dateline), « Rédigé par X - … », « Dernière mise à jour - … »: no event's title.
  if (title && (/^\s*\p{Lu}[\p{L}'-]*\s*$/u.test(title[1]!) || /^(?:par|rédigée?|publiée?|écrite?|mise?\s+à\s+jour|dernière|modifiée?)(?![\p{L}])/iu.test(title[1]!.trim()))) return undefined;
  // « Mme X — depuis avril 2021 » is a tenure, « N° 42 — octobre 2025 » an issue of a newsletter: no entries.
  if (!title || d.value.qualifier !== undefined || /(?:^|\s)(?:n°|no\.?|numéro)\s*\d/iu.test(title[1]!.trim())) return undefined;
  return clip(tidy(title[1]!), 80);
}

/** A text's title citing another text whose title follows: « modifiant le décret … », « pris pour l'application du … ». */
const CITING_TEXT = /(?<![\p{L}])(?:modifiant|abrogeant|complétant|pris\s+pour\s+l'application\s+(?:du|de\s+la|de\s+l'|des))(?![\p{L}])/iu;

/**
 * « ## 1991-2003 : la sous-direction de l'informatique » then dated entries of those years: a history's section
 * titled by its span of years, not an event (its entries are the events).
 */
function periodOfSection(clean: string, d: DateMention): boolean {
  if (d.value.precision !== 'period' || !d.value.start || !d.value.end) return false;
  const lineStart = lineStartAt(clean, d.start);
  if (!/^[ \t]*#{1,6}[ \t]*(?:\*\*)?$/.test(clean.slice(lineStart, d.start))) return false;
  const headingEnd = lineEnd(clean, d.end);
  // (The section runs to the next heading of its level or above: « ### 1995 » under it is one of its entries.)
  const level = /#+/.exec(clean.slice(lineStart, d.start))![0].length;
  const next = clean.slice(headingEnd).search(new RegExp(`\\n[ \\t]*#{1,${level}}[ \\t]`));
  const sectionEnd = next < 0 ? clean.length : headingEnd + next;
  const [from, to] = [d.value.start.slice(0, 4), d.value.end.slice(0, 4)];
  // (Dates, not any number shaped as a year: « a mobilisé 2012 agents ».)
  return parseDates(clean, headingEnd, sectionEnd, null).some((x) => x.value.precision !== 'period' && x.value.value.slice(0, 4) >= from && x.value.value.slice(0, 4) <= to);
}

/** « rattachée à », « placé sous l'autorité de » as an adjective: a participle without an auxiliary before it. */
function isStativeParticiple(clean: string, t: Trigger): boolean {
  const word = /^\p{L}+/u.exec(clean.slice(t.start, t.end))?.[0] ?? '';
  return !t.noun && /(?:é|ée|és|ées)$/u.test(word) && !/(?:est|sont|était|étaient|sera|seront|été)\s+$/u.test(clean.slice(Math.max(0, t.start - 12), t.start)) && !PAST_AUXILIARY.test(clean.slice(Math.max(0, t.start - 12), t.start));
}

interface Pair {
  t: Trigger | null;
  d: DateMention;
  /** What a chronology entry says happened (its text or title), read once when the entry is kept. */
  entry?: string;
  /** A day by which something is to be done (isDeadline): quoted with its clause, no subject. */
  deadline?: true;
}

/** The legal text a sentence opens with (« Le décret n° … du 10 octobre 2025 … »), when it is the sentence's subject. */
function openingText(clean: string, sent: Sentence, docDate: string | null): LegalTextMention | undefined {
  const lead = /^\s*(?:(?:le|la|les|un|une)\s+|l')?/i.exec(sent.text)![0].length;
  return findLegalTexts(clean, sent.start, sent.end, docDate).find((l) => l.start <= sent.start + lead + 1 && l.start >= sent.start);
}

/** An incise that turns to another body: « , elle-même … », « , lui-même … », « , qui … », « , dont … ». */
const INCISE_ABOUT_OTHER = /,\s*(?:(?:elle|lui|eux|elles)-mêmes?|qui|dont)(?![\p{L}])/iu;

/** « Elle a remplacé à cette date la mission X »: a date that the sentence names by pointing back at the one before. */
const DATE_ANAPHORA = /(?<![\p{L}])(?:par\s+(?:le|ce)\s+même\s+(?:arrêté|décret|décision)|à\s+cette\s+date|(?:à|à\s+compter\s+de|de)\s+la\s+même\s+date|à\s+compter\s+de\s+cette\s+date|le\s+même\s+jour|ce\s+jour-là|à\s+cette\s+occasion)(?![\p{L}])/iu;

/**
 * The phases a product page's front matter lists (« phases: » then « - name: construction », « start: 2024-06-03 »,
 * « end: … », as start-up pages write them): each phase starts the product's life anew (a start) and its end is an
 * event of no named kind. The page's « title: » is what they are about.
 */
function frontMatterPhases(doc: SourceDocument): Fact[] {
  const front = frontMatterYaml(doc);
  const phases = front?.map.get('phases', true);
  if (!front || !isSeq(phases)) return [];
  const subject = scalarAt(front, front.map, 'title')?.value ?? null;
  const out: Fact[] = [];
  for (const phase of phases.items) {
    if (!isMap(phase)) continue;
    const name = scalarAt(front, phase, 'name')?.value ?? '';
    for (const [key, type] of [['start', 'start'], ['end', 'other']] as const) {
      const value = scalarAt(front, phase, key);
      const date = value ? parseDates(doc.text, value.start, value.end, doc.date)[0] : undefined;
      if (!value || !date || date.value.precision === 'period') continue;
      out.push(
        factAt(doc, 'events', value.start, value.end, {
          kind: 'event',
          date: date.value,
          type,
          subject: null,
          subject_name: subject,
          description: `phase ${name} : ${key} ${value.value}`.replace(/\s+/g, ' ').trim(),
          legal_text: null,
        }),
      );
    }
  }
  return out;
}

/** The date a list's opening sentence gives its items, and the kinds of event that sentence tells itself. */
interface ListLead {
  date: DateMention;
  said: ReadonlySet<EventType>;
}

/** What a list's opening sentence says of a body's chart: its parts (« comprendra », « sera organisée en »). */
const CHART_STATED = /(?<![\p{L}])(?:comprend|comprendra|comprennent|comprendront|compte|comptera|se\s+compose(?:ra|nt|ront)?|s'organise(?:ra|nt|ront)?|(?:est|sera|sont|seront)\s+(?:désormais\s+)?(?:organisée?s?|structurée?s?|composée?s?|répartie?s?|regroupée?s?|constituée?s?)|regroupe(?:ra|nt|ront)?|réunit|réunira|devient|deviendra|deviennent|deviendront)(?![\p{L}])/iu;

/** A line that only dates the list after it: « À compter du 1er janvier 2027 : », « Au 1er mars : », « Le 4 mai 2026 : ». */
const DATE_ONLY_LEAD = /^\s*(?:à\s+compter\s+du|à\s+partir\s+du|au|le|dès\s+le)\s+(?:1er|\d{1,2})\s+[\p{L}]+(?:\s+\d{4})?\s*:\s*$/iu;

/** Events that change a chart: what a reorganisation's list says of each unit. */
const CHART_CHANGES = new Set<EventType>(['creation', 'merger', 'replacement', 'renaming', 'suppression', 'attachment']);

/**
 * The date of the sentence that opens a list and states a body's chart (« À compter du 1er mars 2026, la direction
 * comprend : », « À cette date, … comprendra : » after a dated sentence), for each sentence of the list's items; none
 * when the opening sentence states no chart, has no date or several.
 */
function listLeadDates(doc: SourceDocument, p: PreparedText): Map<Sentence, ListLead> {
  const out = new Map<Sentence, ListLead>();
  const { clean, lines, sentences } = p;
  let lead: DateMention | undefined;
  let said = new Set<EventType>();
  let inList = false;
  let inItem = false;
  let k = 0;
  for (const [i, line] of lines.entries()) {
    if (line.kind === 'blank') {
      inItem = false;
      continue;
    }
    // (A wrapped item goes on on the lines indented under it, no blank line between.)
    if (line.kind === 'paragraph' && inItem && /^[ \t]/.test(clean.slice(line.start, line.start + 1))) continue;
    inItem = line.kind === 'list-item';
    if (line.kind !== 'list-item') {
      inList = false;
      lead = undefined;
      if (!/:\s*$/.test(line.text)) continue;
      // The sentence ending the line (the one before the colon), and the one before it for « à cette date ».
      while (k < sentences.length && sentences[k]!.end < line.end - 1) k++;
      const sent = sentences[k] && sentences[k]!.start <= line.end ? sentences[k]! : undefined;
      if (!sent) continue;
      const reference = referenceDateAt(doc, sent.start);
      // (Not the date of a text the sentence cites: « L'article 7 de la loi n° … du 14 décembre 2018 est ainsi
      // modifié : » then the words it strikes out.)
      const outsideCitations = (from: number, to: number) => {
        const dates = parseDates(clean, from, to, reference).filter((d) => d.value.precision !== 'period');
        const cited = LEGAL_CUE.test(clean.slice(from, to)) ? findLegalTexts(clean, from, to, reference) : [];
        // (Nor the day the Journal officiel published it.)
        return dates.filter((d) => !cited.some((l) => l.start <= d.start && d.end <= l.end) && !/(?:Journal\s+officiel|JORF|JO)(?:\s+n°\s*\S+)?(?:\s+du)?\s*$/iu.test(clean.slice(Math.max(0, d.start - 40), d.start)));
      };
      // (Within the line's paragraph: a sentence the layout did not end, « Date : 19 novembre 2026 » in an e-mail's
      // headers, is no part of it.)
      let first = i;
      while (first > 0 && lines[first - 1]!.kind === 'paragraph' && !/:\s*$/.test(lines[first - 1]!.text)) first--;
      const from = Math.max(sent.start, lines[first]!.contentStart);
      // (A sentence stating the chart, « comprendra », « sera organisée en », « seront regroupés en »: not « le comité
      // a examiné les projets suivants », « la direction a connu plusieurs évolutions », which change nothing then.)
      // (Or a line that is only a date, « À compter du 1er janvier 2027 : », over an act's list of changes.)
      if (!CHART_STATED.test(clean.slice(from, line.end)) && !DATE_ONLY_LEAD.test(clean.slice(from, line.end))) continue;
      const own = outsideCitations(from, line.end);
      if (own.length === 1) lead = own[0];
      else if (!own.length && DATE_ANAPHORA.test(clean.slice(from, line.end)) && k > 0) lead = outsideCitations(sentences[k - 1]!.start, sentences[k - 1]!.end).pop();
      // (What the opening sentence says itself, « les six bureaux seront regroupés en trois départements : », its items
      // do not say again.)
      said = new Set(findTriggers(clean, sent.start, sent.end).map((t) => t.type));
      inList = !!lead && lines[i + 1] !== undefined;
      continue;
    }
    if (!inList || !lead) continue;
    // (Placed at the item's start, for the quote: the item, not the list's opening.)
    // (Sentences in text order, walked once: a list of thousands of items is read in one pass.)
    while (k < sentences.length && sentences[k]!.start < line.contentStart) k++;
    for (let j = k; j < sentences.length && sentences[j]!.start < line.end; j++) {
      const s = sentences[j]!;
      out.set(s, { date: { start: s.start, end: s.start, value: lead.value }, said });
    }
  }
  return out;
}

/** What a release changes in the product's life, in its own words: « X remplace Y », « est renommé », « est supprimé ». */
const RELEASE_CHANGE = /(?<![\p{L}])(?:remplacen?t|remplacée?s?\s+par|(?:est|sont)\s+(?:renommée?s?|supprimée?s?|fermée?s?|retirée?s?|abandonnée?s?|décommissionnée?s?))(?![\p{L}])/iu;
/** What a product does rather than what a release changes: a condition, a frequency, a negation. */
const RELEASE_BEHAVIOUR = /(?<![\p{L}])(?:automatiquement|après|lorsque|lorsqu'|quand|si|dès\s+que|chaque|ne|n')(?![\p{L}])/iu;

/** A dated item of a list of news: from the line after its date to the next item or the end of the list. */
interface DatedItem {
  date: DateMention;
  from: number;
  to: number;
  /** A definition list's term holding the date alone (« <dt>T1 2027</dt> »): where it is. */
  term?: { start: number; end: number };
  /** A dated heading's section: only its first sentence takes the date, for a change it states (datedHeadingItems). */
  heading?: true;
  /** An agenda's event (icalendarItems): an event on its date whatever its title says (icalendarEntries). */
  icalendar?: true;
}

/** A definition list's term and the opening of its description: « <dt>T1 2027</dt> <dd> ». */
const TERM_THEN_DESCRIPTION = /<dt\b[^<>]*>((?:[^<>]|<sup>[^<>]{1,4}<\/sup>){1,60})<\/dt>\s*<dd\b[^<>]*>/gi;

/**
 * A timeline written as a definition list (« <dl><dt>T1 2027</dt><dd>Mise en service de …</dd> … »): each term that
 * is a date alone dates its description, when a list has two of them or more.
 */
function definitionItems(doc: SourceDocument, clean: string): DatedItem[] {
  if (!/<dt\b/i.test(doc.text)) return [];
  const out: DatedItem[] = [];
  for (const m of doc.text.matchAll(TERM_THEN_DESCRIPTION)) {
    const start = m.index + m[0].indexOf('>') + 1;
    const end = start + m[1]!.length;
    const found = parseDates(clean, start, end, doc.date);
    if (found.length !== 1 || /[\p{L}\p{N}]/u.test(clean.slice(start, found[0]!.start) + clean.slice(found[0]!.end, end))) continue;
    const from = m.index + m[0].length;
    const close = /<\/dd>/i.exec(doc.text.slice(from));
    out.push({ date: found[0]!, from, to: close ? from + close.index : doc.text.length, term: { start, end } });
  }
  return out.length >= 2 ? out : [];
}

/** An HTML `<time datetime="2013-06-17">17 juin 2013</time>` element: its machine-readable date, its text. */
const TIME_ELEMENT = /<time\b[^>]*?\bdatetime\s*=\s*["']((?:19|20)\d\d(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?)["'][^>]*>([\s\S]{0,80}?)<\/time>/gi;

/** What opens a timeline's item right before its `<time>`: a line's start or a block's opening tag (not « <strong> »). */
const ITEM_OPENS = /(?:^|\n)[ \t]*$|<(?:li|dt|dd|article|section|div|p|h[1-6]|header)\b[^<>]*>\s*$/i;

/** Where a timeline's item ends, at the latest: the end of its list item, term, section or article. */
const ITEM_END = /<\/(?:li|dd|article|section)>/i;

/**
 * A timeline in HTML (two `<time datetime>` elements or more, « <li><time datetime="2008">2008</time><h2>…</h2><p>…</p> »):
 * each element dates what follows it, up to the next one or the end of its item.
 */
function timeElementItems(doc: SourceDocument): DatedItem[] {
  if (!doc.text.includes('<time')) return [];
  // (An element opening its item, after tags only: « <li><time …> », not « Publié le <time …> » in a sentence.)
  const found = [...doc.text.matchAll(TIME_ELEMENT)].filter((m) => ITEM_OPENS.test(doc.text.slice(Math.max(0, m.index - 120), m.index)));
  if (found.length < 2) return [];
  return found.map((m, k) => {
    const iso = m[1]!;
    const precision = iso.length === 4 ? ('year' as const) : iso.length === 7 ? ('month' as const) : ('day' as const);
    const textStart = m.index + m[0].indexOf('>') + 1;
    const from = m.index + m[0].length;
    const next = k + 1 < found.length ? found[k + 1]!.index : doc.text.length;
    const close = ITEM_END.exec(doc.text.slice(from, next));
    return { date: { start: textStart, end: textStart + m[2]!.length, value: { value: iso, precision } }, from, to: close ? from + close.index : next };
  });
}

/** An event of an agenda's export (iCalendar), from « BEGIN:VEVENT » to « END:VEVENT ». */
const VEVENT = /^BEGIN:VEVENT[ \t\r]*$[\s\S]*?^END:VEVENT/gm;
/** An event's start or end: a day (« DTSTART;VALUE=DATE:20250314 ») or an instant (« DTSTART:20250206T090000Z »). */
// (A parameter may be quoted, a colon inside: « DTSTART;TZID="(UTC+01:00) Paris":20250314T090000 ».)
const ICAL_DATE = (property: 'DTSTART' | 'DTEND') => new RegExp(String.raw`^${property}(?:;(?:[^:;"\r\n]|"[^"\r\n]*")*)*:((?:19|20)\d\d)(\d\d)(\d\d)(T\d{4,6}(Z?))?`, 'm');

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** A day of an iCalendar date: an instant in UTC (« …T230000Z ») is a day in France, where the genre's agendas are. */
function icalDay(m: RegExpExecArray): string {
  const day = `${m[1]}-${m[2]}-${m[3]}`;
  if (!m[5]) return day;
  const [h, min] = [Number(m[4]!.slice(1, 3)), Number(m[4]!.slice(3, 5))];
  const instant = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), h, min));
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/**
 * An agenda's export (iCalendar): each event dates what its title and description say, by its DTSTART; an all-day
 * event over several days (its DTEND is the day after its last) by the period of its days.
 */
function icalendarItems(doc: SourceDocument): DatedItem[] {
  if (prepared(doc.text).reader !== 'calendar') return [];
  const out: DatedItem[] = [];
  for (const m of doc.text.matchAll(VEVENT)) {
    const start = ICAL_DATE('DTSTART').exec(m[0]);
    if (!start) continue;
    const first = icalDay(start);
    const end = ICAL_DATE('DTEND').exec(m[0]);
    let value: DateValue = { value: first, precision: 'day' };
    if (end && !start[4] && !end[4]) {
      const last = new Date(`${end[1]}-${end[2]}-${end[3]}T00:00:00Z`);
      last.setUTCDate(last.getUTCDate() - 1);
      if (isoDay(last) > first) value = { value: `${first}/${isoDay(last)}`, precision: 'period', start: first, end: isoDay(last) };
    }
    const at = m.index + start.index + start[0].length - start[1]!.length - 4 - (start[4]?.length ?? 0);
    out.push({ date: { start: at, end: at + 8 + (start[4]?.length ?? 0), value }, from: m.index, to: m.index + m[0].length, icalendar: true });
  }
  return out;
}

/**
 * A changelog or a chronology by headings (« ## Version 3.2 — 14 février 2025 », « 3.1.0 — 3 avril 2024 » underlined):
 * each heading dates what its section says, up to the next heading of its level or above, when two headings or more
 * are dated that way.
 */
function datedHeadingItems(doc: SourceDocument, text: ReturnType<typeof prepared>): DatedItem[] {
  const { clean, lines } = text;
  const items: DatedItem[] = [];
  lines.forEach((line, index) => {
    if (line.kind !== 'heading') return;
    const found = parseDates(clean, line.contentStart, line.end, doc.date);
    // (A changelog's releases: « ## Version 3.2 — 14 février 2025 », « 3.1.0 — 3 avril 2024 »; not « Revue de presse — … ».)
    const entry = found.length === 1 ? chronologyEntry(clean, found[0]!) : undefined;
    if (entry === undefined || !(RELEASE_ENTRY.test(entry) || /^\d+(?:\.\d+)+$/.test(entry))) return;
    const end = lines.slice(index + 1).find((l) => l.kind === 'heading' && l.level <= line.level);
    items.push({ date: found[0]!, from: line.end, to: end ? end.start : clean.length, heading: true });
  });
  return items.length >= 2 ? items : [];
}

/**
 * The date a line holds alone (« 14 octobre 2025 », with `weekday` « Mercredi 21 janvier 2026 »), punctuation
 * aside: one date without a qualifier, and no other word. Undefined for any other line.
 */
function dateAlone(clean: string, line: Line, reference: string | null, { weekday = false, time = false } = {}): DateMention | undefined {
  const content = clean.slice(line.contentStart, line.end).trim();
  if (content.length > (time ? 80 : 40) || !/\d/.test(content)) return undefined;
  const found = parseDates(clean, line.contentStart, line.end, reference);
  if (found.length !== 1 || found[0]!.value.qualifier) return undefined;
  let rest = `${clean.slice(line.contentStart, found[0]!.start)} ${clean.slice(found[0]!.end, line.end)}`;
  if (time) rest = rest.replace(TIME_OF_DAY, ' ').replace(/[-–—]/g, ' ');
  rest = rest.replace(/[\s.:;,]+/g, ' ').trim();
  return !rest || (weekday && WEEKDAY.test(rest)) ? found[0] : undefined;
}

/** A time of day beside a date (« 14 h », « de 9 h 30 à 12 h », « minuit »), with `dateAlone`'s `time`. */
const TIME_OF_DAY = /(?<![\p{L}\p{N}])(?:(?:de|à|dès|jusqu'à|à\s+partir\s+de)\s+)?(?:\d{1,2}\s*h(?:\s*\d{2})?|\d{1,2}:\d{2}|minuit|midi)(?![\p{L}\p{N}])/giu;

/**
 * News lists (« 14 octobre 2025 » on a line of its own, then the item's heading and text, then the next date):
 * the items, when a text has two dates or more written that way, each followed by a heading.
 */
function datedItems(doc: SourceDocument, text: ReturnType<typeof prepared>): DatedItem[] {
  const { clean, lines } = text;
  const timed = [...icalendarItems(doc), ...timeElementItems(doc), ...definitionItems(doc, clean), ...datedHeadingItems(doc, text)].sort((a, b) => a.from - b.from);
  if (timed.length) return timed;
  const dateLines: Array<{ index: number; date: DateMention }> = [];
  lines.forEach((line, index) => {
    if (line.kind !== 'paragraph' && line.kind !== 'heading') return;
    const date = dateAlone(clean, line, doc.date);
    if (!date || date.value.precision === 'year' || date.value.precision === 'period') return;
    const next = lines.slice(index + 1).find((l) => l.kind !== 'blank');
    if (next?.kind === 'heading') dateLines.push({ index, date });
  });
  if (dateLines.length < 2) return [];
  return dateLines.map(({ index, date }, k) => {
    const from = lines[index]!.end;
    const headingLevel = lines.slice(index + 1).find((l) => l.kind === 'heading')!.level;
    let to = k + 1 < dateLines.length ? lines[dateLines[k + 1]!.index]!.start : clean.length;
    // The list ends at a heading above its items' (« ## Contact » after « ### » items).
    const end = lines.find((l) => l.start > from && l.start < to && l.kind === 'heading' && l.level < headingLevel);
    if (end) to = end.start;
    return { date, from, to };
  });
}

function eventsOfSentence(doc: SourceDocument, clean: string, sent: Sentence, previous?: Sentence, inherited?: DateMention, lead?: ListLead): Fact[] {
  // (In a feed, a mention without its year is read against its item's day.)
  const reference = referenceDateAt(doc, sent.start);
  // « Catégories : Organisme fondé en 2011 | Organisme disparu en 2022 »: an encyclopedia's index of the page, which
  // repeats what the article tells with no body named.
  // (Nor does the English half of a bilingual page: it says the French one's events again.)
  if (CATEGORY_LINE.test(sent.text) || VERSION_LINE.test(sent.text) || isEnglish(sent.text)) return [];
  // « Date de publication sur le site : 4 mars 2026 », « Mis à jour le … »: the document's own dates, metadata.
  // (« Jalons reportés ⏎ - Fermeture du centre X : décembre 2025 → juin 2026 »: a date an arrow replaces by another,
  // where the text speaks of putting off, is no longer when it happens; elsewhere « janvier 2025 → juin 2025 » is a span.)
  const postponing = clean.includes('→') || clean.includes('->') || clean.includes('=>') ? POSTPONING.test(clean.slice(Math.max(0, sent.start - 300), sent.end)) : false;
  const dates = parseDates(clean, sent.start, sent.end, reference).filter((d, i, all) => !OWN_DATE_LABEL.test(clean.slice(Math.max(sent.start, d.start - 40), d.start)) && !(postponing && all[i + 1] && REPLACED_BY_ARROW.test(clean.slice(d.end, all[i + 1]!.start))));
  // « …, prévue en décembre 2025, est reportée à juin 2026 »: the date it was put off to; the date it was planned for
  // dates nothing.
  const rescheduled = (planned: (typeof dates)[number]) => {
    const putOff = RESCHEDULED_TO.exec(clean.slice(planned.end, sent.end));
    const after = putOff ? planned.end + putOff[0].length : -1;
    let to = putOff ? dates.find((d) => d.start >= after && /^(?:(?:à|au|en|jusqu'(?:à|au|en)|pour)\s+)?$/iu.test(clean.slice(after, d.start))) : undefined;
    // (« …, est décalée en septembre 2026, puis en décembre 2026 »: put off again, to the last date.)
    while (to) {
      const next = dates[dates.indexOf(to) + 1];
      if (!next || !PUT_OFF_AGAIN.test(clean.slice(to.end, next.start))) break;
      to = next;
    }
    return to ?? planned;
  };
  const putOff = new Set(/(?:reporté|décalé|repoussé|différé|avancé|ajourné)/iu.test(sent.text) ? dates.filter((d) => rescheduled(d) !== d) : []);
  const anaphora = previous ? DATE_ANAPHORA.exec(sent.text) : null;
  if (anaphora && previous) {
    // The phrase stands for the last date of the sentence before, outside the legal texts it cites (« créée le 1er
    // septembre 2022 par le décret … du 28 juillet 2022 »: the 1st of September); placed at the phrase, for the quote.
    // (A date earlier in its own sentence comes first: « reprend à compter du 1er avril 2023 les missions du SRHE, qui
    // est supprimé à la même date ».)
    const at = sent.start + anaphora.index;
    // (Not a date of a text the sentence cites: « le décret … du 24 juillet 2020 est abrogé à compter de la même date ».)
    const sentenceCites = LEGAL_CUE.test(clean.slice(sent.start, at)) ? findLegalTexts(clean, sent.start, sent.end, reference) : [];
    const inSentence = dates.filter((d) => d.end <= at && d.value.precision !== 'period' && !sentenceCites.some((l) => l.start <= d.start && d.end <= l.end));
    const before = inSentence.length ? inSentence : parseDates(clean, previous.start, previous.end, reference).filter((d) => d.value.precision !== 'period');
    const cites = !inSentence.length && before.length > 1 && LEGAL_CUE.test(previous.text) ? findLegalTexts(clean, previous.start, previous.end, reference) : [];
    const own = before.filter((d) => !cites.some((l) => l.start <= d.start && d.end <= l.end));
    const date = (own.length ? own : before).pop();
    if (date) {
      dates.push({ start: at, end: at + anaphora[0].length, value: date.value });
      dates.sort((a, b) => a.start - b.start);
    }
  }
  if (dates.length === 0 && !inherited && !lead) return [];
  const triggers = findTriggers(clean, sent.start, sent.end);
  // « Créée le 1er janvier 2022, l'agence est placée sous la tutelle … »: the date of a fronted clause that has its
  // own trigger is that trigger's, not the main clause's.
  const comma = clean.indexOf(',', sent.start);
  const frontEnd = comma >= 0 && comma < sent.end ? comma : -1;
  const frontTriggered = frontEnd >= 0 && triggers.some((o) => o.end <= frontEnd);
  // Is `d` the date of a participle `o` set off by a comma (« …, supprimée le 31 octobre », « …, créée en 2020 »)?
  const participleDate = (o: Trigger, t: Trigger, d: DateMention, from: number) =>
    o !== t && o.type !== 'other' && !(o.type === 'start' && !o.beginning) && /,\s*$/u.test(clean.slice(Math.max(from, o.start - 3), o.start)) && /^\s*(?:le|en|au|dès|depuis|à\s+compter\s+du)?\s*$/iu.test(clean.slice(o.end, d.start));
  // Dates inside a legal citation (« en application du décret n° … du 12 mars 2018 ») date the text cited: a
  // trigger prefers a date of the sentence outside them, when there is one.
  // (Only a choice between dates needs them.)
  const citations = dates.length >= 2 && LEGAL_CUE.test(clean.slice(sent.start, sent.end)) ? findLegalTexts(clean, sent.start, sent.end, reference) : undefined;
  // (« Par arrêté du Premier ministre et de la ministre X, de Y et de Z en date du 13 novembre 2026, Mme A est nommée
  // …, à compter du 1er décembre 2026 »: « en date du » dates an act, however long its title.)
  const actDated = (d: DateMention) => dates.length >= 2 && /(?<![\p{L}])en\s+date\s+du\s*$/iu.test(clean.slice(Math.max(0, d.start - 14), d.start));
  const cited = (d: DateMention) => actDated(d) || !!citations?.some((l) => l.start <= d.start && d.end <= l.end);
  const uncitedDate = (!!citations?.length || dates.some(actDated)) && dates.some((d) => !cited(d));
  let sentenceCitations: ReturnType<typeof findLegalTexts> | undefined;
  const inCitation = (d: DateMention) => (sentenceCitations ??= citations ?? findLegalTexts(clean, sent.start, sent.end, reference)).some((l) => l.start <= d.start && d.end <= l.end);
  const pairs: Pair[] = [];
  // « Le décret n° … du 10 octobre 2025, publié au Journal officiel du 12 octobre 2025, crée la délégation X »: what
  // the text that opens the sentence does (a verb, not its publication) happens on that text's date.
  const opener = LEGAL_CUE.test(clean.slice(sent.start, Math.min(sent.end, sent.start + 16))) ? openingText(clean, sent, reference) : undefined;
  const textDate = opener?.date ? dates.find((d) => d.start >= opener.start && d.end <= opener.end && d.value.value === opener.date!.value) : undefined;
  let openerUsed = false;
  let openerDate: DateMention | undefined;
  for (const t of triggers) {
    // (The text acting, in the active voice: « L'arrêté du … est abrogé » is repealed later, by another text.)
    const active = !/(?:est|sont|était|étaient|sera|seront|été)\s+$/u.test(clean.slice(Math.max(0, t.start - 12), t.start));
    // (Only the main verb, the first after the text: « …, lancée en mars 2031 », « qui remplace depuis … » have
    // their own dates.)
    if (textDate && opener && active && !openerUsed && !t.noun && t.start > opener.end && t.type !== 'publication' && t.type !== 'start' && t.type !== 'other') {
      openerUsed = true;
      // « … crée l'agence X à compter du 1er juillet 2022 », « … transformera la DX, au 1er janvier 2026, en … » (the
      // date set off by commas: « dont les effectifs au 31 décembre » dates figures): what the text does takes effect
      // on the date it sets.
      const effective = dates.find((d) => d.start > t.end && (d.value.qualifier === 'à partir de' || (/,\s*au\s+$/u.test(clean.slice(Math.max(0, d.start - 6), d.start)) && /^\s*,/u.test(clean.slice(d.end, d.end + 3)))) && !/[;.]/.test(clean.slice(t.end, d.start)) && !triggers.some((o) => o !== t && o.start >= t.end && o.end <= d.start));
      openerDate = effective ?? textDate;
      pairs.push({ t, d: openerDate });
      continue;
    }
    // « Le décret … du 22 juillet 2019 a créé la délégation X, qui a remplacé la mission Y »: what the body it
    // created replaced, it replaced then (a relative clause without a date of its own).
    if (openerDate && (t.type === 'replacement' || t.type === 'merger') && /,\s*qui\s+(?:a\s+|ont\s+)?$/u.test(clean.slice(Math.max(0, t.start - 14), t.start))) {
      const clauseEnd = Math.min(...[',', ';', '.'].map((c) => clean.indexOf(c, t.end)).filter((i) => i >= 0 && i <= sent.end), sent.end);
      if (!dates.some((d) => d.start >= t.end && d.end <= clauseEnd)) {
        pairs.push({ t, d: openerDate });
        continue;
      }
    }
    // « M. X, chef de la Y depuis 2019, a été nommé directeur … par arrêté du préfet du 12 novembre 2025 »: the date
    // of the act that appoints (after the office and its body's apposition, « …, autorité administrative indépendante
    // créée par la loi … du 8 avril 2024, par décret du 21 novembre 2026 »).
    if (/^nomm/iu.test(clean.slice(t.start, t.end).replace(/^(?:a|ont|est|sont)\s+(?:été\s+)?/iu, ''))) {
      const byAct = dates.find((d) => d.start > t.end && /^[^.;]{0,200}?\bpar\s+(?:un\s+)?(?:décret|arrêté|décision)(?![\p{L}])[^.;]{0,100}?\s(?:du|en\s+date\s+du)\s*$/iu.test(clean.slice(t.end, d.start)));
      if (byAct) {
        pairs.push({ t: appointmentOrReplacement(clean, renamingOrOther(clean, t)), d: byAct });
        continue;
      }
    }
    // « l'agence, créée par le décret n° 2022-1547 du 9 décembre 2022, a repris au 1er janvier 2023 … »: a body
    // created by an act is created on the act's date.
    if (t.type === 'creation' && !t.noun) {
      const byAct = dates.find((d) => d.start > t.end && CREATED_BY_ACT.test(clean.slice(t.end, d.start)));
      if (byAct) {
        pairs.push({ t, d: byAct });
        continue;
      }
    }
    let best: DateMention | null = null;
    let bestDist = Infinity;
    // « Décret n° … du 3 mai 2024 modifiant le décret … du 2 juin 2020 et portant création de X »: what a
    // text's title says it does happens on that text's date, the first of the clause.
    // (« Décret … du 4 mars 2014 modifiant le décret n° … du 20 juillet 2011 portant création de X », « portant »
    // right after the cited text's date, « modifiant », « abrogeant », « pris pour l'application du »: that text's
    // title, X created on its date.)
    if (/portant\s+$/iu.test(clean.slice(Math.max(sent.start, t.start - 10), t.start))) {
      const clause = dates.filter((d) => d.end <= t.start && !clean.slice(d.end, t.start).includes(';'));
      const last = clause[clause.length - 1];
      const titleOfLast = last && clause.length >= 2 && /^\s*,?\s*portant\s+$/iu.test(clean.slice(last.end, t.start)) && CITING_TEXT.test(clean.slice(clause[0]!.end, last.start));
      const chosen = titleOfLast ? last : clause[0];
      if (chosen) {
        pairs.push({ t, d: chosen });
        continue;
      }
    }
    // « l'ouverture du nouveau parcours, prévue le 2 juin 2025 »: the date the event is planned for, after its complement.
    const planned = t.noun ? PLANNED_FOR_AFTER.exec(clean.slice(t.end, t.end + 90)) : null;
    const plannedDate = planned ? dates.find((d) => d.start >= t.end + planned[0].length - 1 && d.start <= t.end + planned[0].length + 4) : undefined;
    if (plannedDate) {
      pairs.push({ t, d: rescheduled(plannedDate) });
      continue;
    }
    for (const d of dates) {
      if (((t.type === 'start' && !t.beginning) || t.sinceOnly) && !isStartDate(d)) continue;
      // (« …, il a remplacé le bureau X » happened then: a past tense keeps the date.)
      if (frontTriggered && d.end <= frontEnd && t.start > frontEnd && !PAST_AUXILIARY.test(clean.slice(Math.max(sent.start, t.start - 14), t.start))) continue;
      const [ga, gb] = t.end <= d.start ? [t.end, d.start] : [d.end, t.start];
      const between = clean.slice(ga, gb);
      if (between.includes(';')) continue;
      // Crossing a comma or another trigger makes a date a worse match.
      // (Not a participle set off by a comma after a date that opens the sentence: « Le 1er janvier 2027, la mission X,
      // créée en 2020, deviendra … » dates the main verb.)
      const frontDate = !frontTriggered && d.end <= frontEnd && /^\s*(?:(?:le|en|au|dès|à\s+compter\s+du|à\s+partir\s+du|début|fin|courant)\s+)?$/iu.test(clean.slice(sent.start, d.start));
      const crossed = triggers.some((o) => o !== t && o.start >= ga && o.end <= gb && !(frontDate && /,\s*$/u.test(clean.slice(Math.max(sent.start, o.start - 3), o.start))));
      // (« Elle remplace l'ancienne liste, supprimée le 31 octobre »: a date right after a participle set off by a comma
      // between them is that participle's; not a date said again, « …, dissous à la même date ».)
      if (crossed && t.end <= d.start && !/(?:même|cette)\s+date|même\s+jour/iu.test(clean.slice(d.start, d.end)) && triggers.some((o) => o.start >= ga && o.end <= gb && participleDate(o, t, d, ga))) continue;
      // (« La mission X, créée en 2020 au sein du ministère, deviendra la délégation Y »: a date right after a
      // participle set off by a comma, before this trigger, is that participle's too.)
      // (Only for a trigger past the comma that closes the participle's clause: not « créée en 2020 par la fusion de … »,
      // whose noun is the participle's own complement, nor « créé en 2019 et renommé … ».)
      if (d.end <= t.start && clean.slice(d.end, t.start).includes(',') && triggers.some((o) => o.end <= d.start && o.start >= sent.start && participleDate(o, t, d, sent.start))) continue;
      // « elle succède à la mission X, elle-même issue en 2014 de … »: a date in an incise about another body is that
      // body's, not this trigger's.
      // (Unless the incise closes before the date: « Lancer l'application « X », qui géolocalise les guichets, le 1er
      // février 2027 ».)
      // (Closed by a comma after two words at least, and the date ending its clause: not « elle-même issue, en 2011, de
      // la fusion … », « qui, depuis sa création en 2016, gérait … ».)
      const incise = t.end <= d.start ? INCISE_ABOUT_OTHER.exec(between) : null;
      const closed = incise ? /^\s*[^\s,]+\s+[^,]*,\s/.test(between.slice(incise.index + incise[0].length)) && /^\s*(?:[.;,!?]|$)/.test(clean.slice(d.end, d.end + 3)) : true;
      if (incise && !closed) continue;
      // (« d'ici 2028 » is a target: another date of the sentence dates what happens, « à Cergy en 2026 ».)
      const target = d.value.qualifier === "d'ici" && dates.length > 1 ? 60 : 0;
      const dist = distance(clean, t, d) + (between.includes(',') ? 40 : 0) + (crossed ? 80 : 0) + (uncitedDate && cited(d) ? CITED_DATE_PENALTY : 0) + target;
      if (dist < bestDist && dist <= MAX_DISTANCE) {
        best = d;
        bestDist = dist;
      }
    }
    // « L'arrêté du 3 juin 2019 portant organisation … est abrogé »: the date cites the text repealed, not the day
    // it is repealed (the repealing act's own date, which the sentence does not give).
    // A sentence of a dated news item with no date of its own: what it says happens on the item's date (« X est
    // nommée », « Lancement de X »), not what it announces for later (« sera fermée ») or tells of the past (« a été
    // créée »).
    if (!best && dates.length === 0 && inherited && !((t.type === 'start' && !t.beginning) || t.sinceOnly) && !FUTURE_CLAUSE.test(sent.text) && !/(?<![\p{L}])(?:a|ont|avait|avaient)\s+été(?![\p{L}])/u.test(sent.text)) best = inherited;
    // An item of a list that a dated sentence opens (« À cette date, la direction comprendra : » then « - la
    // sous-direction X, issue de la fusion de … ; », « - le bureau Y, nouvellement créé ; »): what changes in the
    // chart changes then (not what the item tells of the past, « créé en 2019 », which has its own date).
    if (!best && dates.length === 0 && lead && CHART_CHANGES.has(t.type) && !lead.said.has(t.type) && !/(?<![\p{L}])(?:a|ont|avait|avaient)\s+été(?![\p{L}])/u.test(sent.text)) best = lead.date;
    // « 186 000 comptes ont été créés », « qui réunit cette année plus de 1 800 participants »: things counted are
    // created, people gathered; no body is.
    if (best && t.type === 'creation' && COUNTED_BEFORE.test(clean.slice(Math.max(sent.start, t.start - 60), t.start))) continue;
    if (best && t.type === 'merger' && /^(?:réuni|regroup|rassembl)/iu.test(clean.slice(t.start, t.end)) && GATHERED_AFTER.test(clean.slice(t.end, Math.min(sent.end, t.end + 80)))) continue;
    if (best && t.type === 'merger' && /^réuni/iu.test(clean.slice(t.start, t.end)) && COUNCIL_GATHERED.test(clean.slice(t.end, Math.min(sent.end, t.end + 120)))) continue;
    // « La note du 3 mars 2024 reprend les compétences du bureau X » restates them; a body takes them over.
    if (best && t.type === 'replacement' && /^repr/iu.test(clean.slice(t.start, t.end)) && DOCUMENT_SUBJECT.test(clean.slice(sent.start, t.start))) continue;
    // (« La décision du 14 avril 2023 portant délégation … est abrogée »: acts that are no legal texts of the datasets too.)
    if (best && /^abrog/iu.test(clean.slice(t.start, t.end)) && (inCitation(best) || CITED_ACT_BEFORE.test(clean.slice(Math.max(0, best.start - 40), best.start)))) continue;
    // (« La généralisation, prévue au T2 2025, est reportée au T1 2026 »: planned, then put off.)
    // (This trigger's own plan only: not across another trigger, « Le lancement est prévu en janvier 2026 et la fermeture,
    // prévue en mars 2028, est avancée à mars 2027 ».)
    if (best && putOff.has(best) && !triggers.some((o) => o !== t && o.start >= Math.min(t.end, best!.end) && o.end <= Math.max(t.start, best!.start))) best = rescheduled(best);
    if (best) pairs.push({ t: signedAgreement(clean, appointmentOrReplacement(clean, renamingOrOther(clean, t))), d: best });
    // « A et B fusionnent au sein d'une nouvelle direction X », « … pour former une nouvelle agence »: X is created too.
    if (best && t.type === 'merger' && !/^fusion(?:s)?$/iu.test(clean.slice(t.start, t.end))) {
      const created = NEW_BODY_AFTER.exec(clean.slice(t.end, Math.min(sent.end, t.end + 80)));
      if (created) pairs.push({ t: { start: t.end + created.index, end: t.end + created.index + created[0].length, type: 'creation', noun: true }, d: best });
    }
  }
  // One event per (date, type): the nearest trigger. « start » gives way to any other type on the same date.
  // (Not on a date put off to another: what was planned then happens at the other.)
  const kept: Pair[] = [];
  for (const p of pairs.filter((q) => !putOff.has(q.d)).sort((a, b) => distance(clean, a.t!, a.d) - distance(clean, b.t!, b.d))) {
    const sameDate = kept.filter((k) => k.d === p.d);
    if (sameDate.some((k) => k.t!.type === p.t!.type)) continue;
    if (p.t!.type === 'start' && !p.t!.beginning && sameDate.length > 0) continue;
    kept.push(p);
  }
  // « L'expérimentation a pris fin le 30 juin »: what ends on a date does not start then (the ending's « other » stays).
  const endings = kept.filter((k) => k.t!.type === 'other' && ENDING.test(clean.slice(k.t!.start, k.t!.end)));
  for (let i = kept.length - 1; i >= 0 && endings.length; i--) {
    const k = kept[i]!;
    if (k.t!.type === 'start' && endings.some((e) => e.d === k.d && e.t!.start > k.t!.end)) kept.splice(i, 1);
  }
  for (let i = kept.length - 1; i >= 0; i--) {
    const k = kept[i]!;
    if (k.t!.type === 'start' && !k.t!.beginning && kept.some((o) => o !== k && o.d === k.d)) kept.splice(i, 1);
    // (An ending keeps its own type beside a typed trigger: « … a pris fin » is no start.)
    else if (k.t!.type === 'other' && endings.includes(k) && kept.some((o) => o !== k && o.d === k.d && o.t!.type === 'start')) continue;
    // « la refonte de l'outil X, lancé en 2019 »: a typed trigger says what the date is; a generic one adds nothing.
    else if (k.t!.type === 'other' && kept.some((o) => o !== k && o.d === k.d && o.t!.type !== 'other')) kept.splice(i, 1);
    // « L'agence, rattachée à la délégation X, a été créée le 1er janvier 2017 », « créé en 2015 et placé sous
    // l'autorité de … »: an attachment stated as a participle describes a state; the date is the nearer trigger's.
    else if (k.t!.type === 'attachment' && isStativeParticiple(clean, k.t!) && kept.some((o) => o !== k && o.d === k.d && o.t && o.t.type !== 'attachment' && distance(clean, o.t, o.d) < distance(clean, k.t!, k.d))) kept.splice(i, 1);
  }
  // (A date something was put off from is no one's: « prévue au T2 2025, est reportée au T1 2026 ».)
  const unclaimedDates = dates.filter((d) => !putOff.has(d));
  // « rejoint la DSIN en 2015, puis la DNUM en 2019 »: a later date after « puis » repeats the event.
  for (const d of unclaimedDates) {
    if (kept.some((k) => k.d === d)) continue;
    const prev = kept.filter((k) => k.t && k.d.end <= d.start).sort((a, b) => b.d.end - a.d.end)[0];
    if (!prev) continue;
    const gap = clean.slice(prev.d.end, d.start);
    // (« publié sur le profil d'acheteur le 3 décembre (avis n° …) et au Journal officiel … le 4 décembre »: the same
    // act in another place.)
    const elsewhere = /^\s*(?:\([^()]{0,60}\)\s*)?,?\s*et\s+(?:au|aux|à\s+la|à\s+l'|dans|sur)\s[^,;.]{0,80}?\s(?:le|du|en)\s*$/iu.test(gap);
    if ((/^\s*,?\s*(?:et\s+)?puis\s/iu.test(gap) || elsewhere) && !/[;]/.test(gap) && !/\.(?!\s*\d)/.test(gap.replace(/\([^()]*\)/g, '')) && gap.length <= 140 && !triggers.some((o) => o.start >= prev.d.end && o.end <= d.start)) {
      kept.push({ t: prev.t, d });
    }
  }
  // « chaque année en 2017, 2018 et 2019 »: dates coordinated with an event's date repeat the event.
  for (let grew = true; grew; ) {
    grew = false;
    for (const d of unclaimedDates) {
      if (kept.some((k) => k.d === d)) continue;
      // (« le 14 mars et le 8 octobre »: an article may open the next date.)
      const coordinated = /^\s*(?:,|et)\s*$|^\s*,?\s*et\s+(?:le|en|au)\s+$/u;
      const partner = kept.find((k) => k.t && (coordinated.test(clean.slice(k.d.end, d.start)) || coordinated.test(clean.slice(d.end, k.d.start))));
      if (partner) {
        kept.push({ t: partner.t, d });
        grew = true;
      }
    }
  }
  // Entries of a chronology nobody claimed: a line that opens with its date, then a colon or a dash
  // (« - **octobre 2025** : consultation des instances … », « **Mardi 10 juin 2025 — Centre de congrès** »), or
  // a short title, a dash and the date (« **Rencontres du réseau** — jeudi 27 novembre 2025 »): what happens then.
  // (A history's span heading is a section, not an entry nor a period of its own; looked for once.)
  const sections = new Set(unclaimedDates.filter((d) => periodOfSection(clean, d)));
  for (const d of unclaimedDates) {
    if (kept.some((k) => k.d === d) || sections.has(d)) continue;
    const entry = chronologyEntry(clean, d);
    if (entry !== undefined) kept.push({ t: null, d, entry });
  }
  // Periods nobody claimed: events of type « other » (not the span of a change, « a doublé entre 2021 et 2023 »).
  for (const d of unclaimedDates) {
    if (d.value.precision !== 'period' || kept.some((k) => k.d === d) || sections.has(d)) continue;
    // (A period labelling a thing, « Bilan d'activité 2017-2018 », is kept: the evaluation set annotates it.)
    if (CHANGE_OVER_PERIOD.test(clean.slice(Math.max(sent.start, d.start - 60), d.start))) continue;
    kept.push({ t: null, d });
  }
  // Deadlines nobody claimed: what is to be done by a given day (« désigne, avant le 30 septembre 2025, un
  // responsable », « dépôt des dossiers jusqu'au 27 février 2026 », « au plus tard le 14 novembre 2025 ») is an
  // event of type « other » on that day. (A month or a year, « d'ici fin 2027 », is a target, not an event.)
  for (const d of unclaimedDates) {
    if (d.value.precision === 'day' && !kept.some((k) => k.d === d) && isDeadline(clean, sent, d)) kept.push({ t: null, d, deadline: true });
  }
  kept.sort((a, b) => Math.min(a.d.start, a.t?.start ?? Infinity) - Math.min(b.d.start, b.t?.start ?? Infinity));

  const legal = kept.some((k) => k.t) ? (citations ?? findLegalTexts(clean, sent.start, sent.end, reference)) : [];
  const facts: Fact[] = [];
  for (const { t, d, entry, deadline } of kept) {
    let start = t ? Math.min(t.start, d.start) : d.start;
    let end = t ? Math.max(t.end, d.end) : d.end;
    // (An agenda's event dated by its DTSTART line: the quote is what its title or description says, not the
    // properties between.)
    if (t && (d.start < sent.start || d.end > sent.end) && prepared(doc.text).reader === 'calendar') [start, end] = [sent.start, sent.end];
    let subject: OrgRef | null = null;
    let subject_name: string | null = null;
    let legal_text: { type: (typeof legal)[number]['type']; number: string | null; date: string | null } | null = null;
    if (t) {
      // « elle rejoint l'agence X comme directrice »: the body joined is what the appointment is about.
      const joined = t.type === 'appointment' && /^rejoin/iu.test(clean.slice(t.start, t.end));
      ({ subject, subject_name } = objectOf(clean, sent, joined ? { ...t, type: 'other' } : t, dates));
      // « il est mis fin … aux fonctions de chef du service X exercées par M. Y »: the person whose term ends.
      if (/fin\b[\s\S]*fonctions$/u.test(clean.slice(t.start, t.end))) ({ subject, subject_name } = { subject: null, subject_name: HOLDER_AFTER.exec(clean.slice(t.end, sent.end))?.[1] ?? null });
      if (!subject && !subject_name) subject_name = apposedName(clean, sent, t);
      if (!subject && !subject_name) ({ subject, subject_name } = mainClauseSubject(clean, sent, t));
      // « **Assises de la donnée** — jeudi 12 mars 2026 »: the entry's title.
      if (!subject && !subject_name && t.type === 'other') subject_name = chronologyEntry(clean, d) ?? null;
      const l = legalFor(clean, t, d, legal);
      if (l) legal_text = { type: l.type, number: l.number, date: l.date?.value ?? null };
    } else if (deadline) {
      [start, end] = clause(clean, sent, d.start, d.end);
      while (start < d.start && /[\s:,.—–-]/u.test(clean[start]!)) start++;
    } else {
      const ps = periodSubject(clean, sent, d);
      subject_name = entry ?? ps.name;
      start = entry === undefined ? ps.start : d.start;
    }
    const whole = tidy(clean.slice(sent.start, sent.end));
    let description: string;
    if (kept.length === 1 && whole.length <= MAX_DESCRIPTION) description = whole;
    else {
      const [a, b] = clause(clean, sent, start, end);
      description = clip(tidy(clean.slice(a, b)), MAX_DESCRIPTION);
    }
    const date: DateValue = d.value;
    // (An entry naming a release, « ## Version 3.2 — 14 février 2025 », is a publication. « adopte la feuille de
    // route 2026-2028 »: the period is the plan's, not the day of the verb.)
    const type = t && !labelsAThing(clean, d) ? t.type : entry !== undefined && RELEASE_ENTRY.test(entry) ? 'publication' : 'other';
    const data: FactData = { kind: 'event', date, type, subject, subject_name, description, legal_text };
    facts.push(factAt(doc, 'events', start, end, data));
  }
  return facts;
}

/**
 * An Org-mode headline's planned dates (« ** TODO Raccordement des logiciels ⏎ SCHEDULED: <2025-04-14> DEADLINE:
 * <2025-06-30> »): what its title says happens, else its start on the day it is scheduled and a deadline on the other.
 */
function orgPlannedEvents(doc: SourceDocument): Fact[] {
  if (!doc.text.includes('SCHEDULED:') && !doc.text.includes('DEADLINE:')) return [];
  return orgPlanning(doc.text).map((planned) => {
    const said = TITLE_TRIGGERS.find((t) => t.re.test(planned.title))?.type;
    const type: EventType = said ?? (planned.keyword === 'SCHEDULED' ? 'start' : 'other');
    return entryEvent(doc, { start: planned.start, end: planned.end }, { value: planned.day, precision: 'day' }, type, planned.title);
  });
}

const TITLE_TRIGGERS = TRIGGERS.filter((t) => t.type !== 'start' || t.beginning).map((t) => ({ type: t.type, re: new RegExp(`${L}(?:${t.pattern})${R}`, 'iu') }));

/** A table column of dates, by its header: what happened on them (« Lancement », « Date de création »). */
const DATE_COLUMN = /^(?:date\s+(?:de\s+|d')?)?(lancement|création|mise en (?:service|ligne|production)|ouverture|publication|signature|année|date|échéance|(?:dernière\s+)?mise à jour|livraison|jalons?|échéances|dates|début|démarrage|fin(?:\s+prévue)?|achèvement(?:\s+prévu)?|clôture|période|nomination|prise de fonctions?|entrée en fonctions?|départ)(?:\s+(?:cible|prévue?|prévisionnelle|visée|butoir|limite)|(?<=début|fin)\s+(?:du\s+mandat|de\s+(?:mandat|fonctions?)|des\s+fonctions))?$/i;

/** A column of the terms of office (« Début du mandat », « Prise de fonctions »): its start, an appointment. */
const TENURE_START = /^(?:date\s+(?:de\s+|d')?)?(?:début\s+(?:du\s+mandat|de\s+(?:mandat|fonctions?)|des\s+fonctions)|nomination|prise de fonctions?|entrée en fonctions?)$/i;

/** A person's name in a table's first column (« Hélène Marchetti », « M. Paul Durand »). */
function personInCell(name: string): boolean {
  const words = name.trim().replace(/^(?:M\.|Mme|Mmes|MM\.)\s+/u, '').split(/\s+/);
  // (« Anne de La Tour », « Marc d'Aubigné »: the particles of a surname in lowercase.)
  return words.length >= 2 && words.length <= 5 && words.every((w) => /^\p{Lu}/u.test(w) || /^(?:de|du|des|d['’]\p{Lu}\S*|le|la)$/u.test(w)) && isGivenName(words[0]!);
}

/** A product a row names first (« Téléservice « X » pour … », « API Y »): delivering it on its date is its launch. */
// (Named after its word, by a quote or a capital: « Application de la réforme des retraites » applies a reform, « Site
// de Toulouse » is a place.)
const DELIVERED_PRODUCT = /^(?:(?:[Nn]ouvel(?:le)?|[Nn]ouveaux|[Ff]utur(?:e)?)\s+)?(?:[Tt]éléservices?|[Aa]pplications?|API|[Pp]ortails?|[Pp]lateformes?|[Oo]utils?|[Ll]ogiciels?|[Mm]essageries?)(?![\p{L}])(?:\s+[a-zéèêàç'’-]+){0,5}\s*(?:«|"|\p{Lu})/u;

/**
 * The type of a row's event when its column of dates says none (« Date », « Échéance »): what the row says happens
 * (« Ouverture des candidatures »), a product delivered by a deadline (« Téléservice X | T1 2027 »), else other.
 */
function rowType(name: string, column: string): EventType {
  if (/^(?:début|démarrage)\s/i.test(name)) return 'start';
  const said = TITLE_TRIGGERS.find((t) => t.re.test(name))?.type;
  if (said) return said;
  return /^(?:échéance|jalon|date)$/i.test(column) && DELIVERED_PRODUCT.test(name.replace(/^[«"\s]+/, '')) ? 'launch' : 'other';
}

/**
 * A version history's row, « | Version | Date | … | » then « | 2.4.0 | 22 janvier 2024 | … | »: the version put into
 * service. (Not a row numbered « 1.2 » in a table of steps.)
 */
function isRelease(nameHeader: string, name: string): boolean {
  return /^(?:versions?|releases?)$/i.test(nameHeader.trim()) && /^(?:version\s*|v)?\d+(?:\.\d+)*$/i.test(name.trim());
}

/** A table row's number or code (« 1.2 », « A3 », « #4 », « D1 », « D-2026-13 », « REC-04 »). */
const ROW_NUMBER = /^(?:#|n°\s*)?(?:\d{1,3}(?:\.\d{1,3})*|[A-Z]{1,2}\d{1,3}(?:[.-]\d{1,3})?|[A-Z]{1,4}-\d{1,4}(?:-\d{1,4}){0,2})\.?$/;

/** A pilot's label (« pilote dans 3 massifs », « expérimentation »): the product's life starts then. */
const PILOT_LABEL = /^(?:pilote|expérimentation|phase\s+pilote|bêta|beta)(?![\p{L}])(?!\s+(?:terminée?s?|close?s?|achevée?s?|arrêtée?s?))/iu;
/** A release's label (« version 1 », « API v2 », « v2.0 »): the product put into service then. */
const RELEASE_LABEL = /^(?:(?:version|v)\s*\d|API\s+v?\d)/iu;

/** A withdrawal's label (« arrêt de X », « fermeture des salles », « décommissionnement »). */
const END_LABEL = /^(?:(?:arrêt|fermeture|décommissionnement|extinction|retrait)(?![\p{L}])|fin\s+(?:de\s+(?:service|vie)|du\s|de\s+la\s|de\s+l'|des\s))/iu;

/** What a milestone's label says happens: a pilot starts, a version is put into service, an old one stops. */
function stepType(label: string): EventType {
  // (« fin de l'expérimentation »: the end first.)
  if (END_LABEL.test(label)) return /^fin\s/i.test(label) ? 'other' : 'suppression';
  if (STARTING_LABEL.test(label) || PILOT_LABEL.test(label)) return 'start';
  const said = rowType(label, 'jalon');
  return said === 'other' && RELEASE_LABEL.test(label) ? 'launch' : said;
}

/**
 * The steps a cell labels (« ouverture : T2 2026 ; arrêt de Forestel : 30/09/2026 »): each « label : date » between
 * semicolons, its date alone after the colon. Empty when a part of the cell is not written so.
 */
function labelledSteps(clean: string, from: number, to: number, dates: readonly DateMention[]): Array<{ label: string; start: number; date: DateMention }> {
  const steps: Array<{ label: string; start: number; date: DateMention }> = [];
  let partStart = from;
  for (const part of clean.slice(from, to).split(';')) {
    const partEnd = partStart + part.length;
    const m = /^\s*([^:\n]{2,60}?)\s*:\s*/.exec(part);
    const date = m ? dates.find((d) => d.start === partStart + m[0].length && d.end <= partEnd) : undefined;
    if (part.trim() && (!m || !date || /[\p{L}\p{N}]/u.test(clean.slice(date.end, partEnd)))) return [];
    if (m && date) steps.push({ label: m[1]!.trim(), start: partStart + (part.length - part.trimStart().length), date });
    partStart = partEnd + 1;
  }
  return steps;
}

/**
 * « | Produit | Description | Lancement | » then « | Xyz | … | mars 2022 | »: each row's date is an event of the thing
 * its first column names, of the type the date column's header says (« Lancement » → launch; « Date » → other).
 */
function tableEvents(doc: SourceDocument): Fact[] {
  const facts: Fact[] = [];
  const text = prepared(doc.text);
  for (const table of findTables(doc.text)) {
    // Every column of dates (« | Lancement | Fin prévue | »): an event per row and column.
    // (« | Date | Étape | » then « | 5 janvier 2026 | Ouverture de la bêta | »: a first column of dates, the second
    // saying what happens.)
    // (Not « | Année | Crédits (M€) | », a series of figures by year.)
    for (const dateCol of table.header.flatMap((c, i) => ((i > 0 || (table.header.length >= 2 && /^(?:date|échéance|jalon|période)s?$/i.test(c.text.trim()))) && DATE_COLUMN.test(c.text) ? [i] : []))) {
      const what = DATE_COLUMN.exec(table.header[dateCol]!.text)![1]!;
      // (« | Projet | Début | Fin | »: a project's start.)
      const header = table.header[dateCol]!.text.trim();
      const type = /^(?:début|démarrage)$/i.test(what) ? 'start' : (TITLE_TRIGGERS.find((t) => t.re.test(what))?.type ?? 'other');
      // (« | Nom | Début du mandat | Fin du mandat | », « | Directeur | Début | Fin | » then a person: a term of office
      // starts with an appointment; its end is an event of no named kind.)
      const tenureStarts = TENURE_START.test(header) || /^(?:date\s+(?:de\s+|d'))?début(?:\s|$)/i.test(header);
      const tenure = tenureStarts || /^(?:date\s+(?:de\s+|d'))?(?:fin|départ)(?:\s|$)/i.test(header);
      for (const { line, cells } of table.rows) {
        const cell = cells[dateCol];
        // (« | 1.2 | Ouvrir le guichet X | DPN | T2 2026 | », « | A3 | … |»: a row's number, then what the row is about.)
        const nameCol = dateCol === 0 || (ROW_NUMBER.test(cells[0]?.text ?? '') && dateCol > 1 && cells[1]?.text) ? 1 : 0;
        const name = cells[nameCol]?.text ?? '';
        if (!cell || !name || (dateCol === 0 && !/\p{L}/u.test(name))) continue;
        // (A row that reads as one sentence, « 15 mars 2016 ⇥ Mise en ligne du catalogue », is the sentence rules': they
        // find its trigger's object. An HTML row's cells are sentences of their own.)
        // (Not a column of periods, « Période | Nom | Fonction »: who held an office when, no verb to find.)
        const periods = /^période$/i.test(what);
        // (A row whose words say nothing happens, « | 12/03/2026 | Plénière de printemps | », is the table's: a meeting.)
        if (dateCol === 0 && !periods && sentenceAt(text, cell.start) === sentenceAt(text, cells[1]!.start) && TITLE_TRIGGERS.some((t) => t.re.test(name))) continue;
        const lead = cell.raw.length - cell.raw.trimStart().length;
        const raw = cell.raw.trim();
        // A bare year in a column of dates is a date, and so is a month written with digits (« 2023-09 », « 06/2023 »).
        const year = /^(?:19|20)\d\d$/.test(raw) ? { value: { value: raw, precision: 'year' as const } } : undefined;
        const isoMonth = /^((?:19|20)\d\d)-(0[1-9]|1[0-2])$/.exec(raw);
        const slashMonth = /^(0[1-9]|1[0-2])\/((?:19|20)\d\d)$/.exec(raw);
        const monthValue = isoMonth ? `${isoMonth[1]}-${isoMonth[2]}` : slashMonth ? `${slashMonth[2]}-${slashMonth[1]}` : undefined;
        const month = monthValue ? { value: { value: monthValue, precision: 'month' as const } } : undefined;
        // (Read in the clean copy: a MediaWiki cell writes its date as a template, « {{date|3|février|2014}} ».)
        const found = parseDates(text.clean, cell.start + lead, cell.start + lead + raw.length, doc.date);
        // (« 3 février 2014 – 30 juin 2019 » in a column of periods: one period.)
        const span = periods && found.length === 2 && !found[0]!.value.qualifier ? { value: { value: `${found[0]!.value.value}/${found[1]!.value.value}`, precision: 'period' as const, start: found[0]!.value.value, end: found[1]!.value.value } } : undefined;
        const d = year ?? month ?? span ?? found[0];
        if (!d) continue;
        // « | X | … | ouverture : T2 2026 ; arrêt de Y : 30/09/2026 | » in a column of milestones: one event per
        // labelled step, typed by its label.
        const steps = found.length >= 1 && /^jalons?$/i.test(what) ? labelledSteps(text.clean, cell.start + lead, cell.start + lead + raw.length, found) : [];
        if (steps.length) {
          const first = cells[nameCol]!;
          const nameStart = first.start + (first.raw.length - first.raw.trimStart().length);
          for (const step of steps) {
            facts.push(factAt(doc, 'events', Math.min(nameStart, step.start), step.date.end, {
              kind: 'event',
              date: step.date.value,
              type: stepType(step.label),
              subject: looksLikeAcronym(name) ? { acronym: name } : null,
              subject_name: looksLikeAcronym(name) ? null : name,
              description: clip(tidy(`${name} : ${step.label}`), MAX_DESCRIPTION),
              legal_text: null,
            }));
          }
          continue;
        }
        // Quoted from the name to the date, the cells between included.
        // (From the date to the name when the date comes first.)
        const first = cells[nameCol]!;
        const nameStart = first.start + (first.raw.length - first.raw.trimStart().length);
        const start = Math.min(nameStart, cell.start + lead);
        const end = nameCol > dateCol ? first.start + first.raw.trimEnd().length : cell.start + lead + raw.length;
        facts.push(factAt(doc, 'events', start, end, {
          kind: 'event',
          date: d.value,
          // (« | Étape | Échéance | » then « | Ouverture des candidatures | 3 mars 2026 | »: the row says what happens.)
          // (« depuis le 16 mars 2022 » in a column of periods: the term that started then.)
          type:
            tenure && personInCell(name)
              ? tenureStarts
                ? // (Taking up the post is a start, as in prose; the appointment is the act's.)
                  /(?:prise|entrée)\s+(?:de|en)\s+fonctions?/i.test(header)
                  ? 'start'
                  : 'appointment'
                : 'other'
              : periods && 'qualifier' in d.value && d.value.qualifier === 'depuis'
                ? 'start'
                : type === 'other'
                  ? isRelease(table.header[nameCol]?.text ?? '', name)
                    ? 'launch'
                    : stepCellType(table.header, cells, nameCol, dateCol) ?? rowType(name, what)
                  : type,
          // A body's acronym (« | ONIC | Office … | 2016 | ») is the subject; another name is the thing's.
          subject: looksLikeAcronym(name) ? { acronym: name } : null,
          subject_name: looksLikeAcronym(name) ? null : name,
          description: clip(tidy(line.text.replace(/[|;]/g, ' ')), MAX_DESCRIPTION),
          legal_text: null,
        }));
      }
    }
  }
  return facts;
}

/** A table's column that says what a row's step is: « Étape », « Action », « Décision ». */
const STEP_COLUMN = /^(?:étapes?|actions?|décisions?|livrables?|ce\s+qui\s+change|contenu\s+de\s+l'étape)$/iu;

/**
 * « | T4 2026 | Départements pilotes | Ouverture générale du service | » under « Période | Publics | Étape »: when the
 * row's name says nothing happens, the type its step column's words give (« Ouverture … » a launch), if any.
 */
function stepCellType(header: readonly { text: string }[], cells: readonly { text: string }[], nameCol: number, dateCol: number): EventType | undefined {
  if (TITLE_TRIGGERS.some((t) => t.re.test(cells[nameCol]?.text ?? ''))) return undefined;
  for (const [k, cell] of cells.entries()) {
    if (k === nameCol || k === dateCol || !STEP_COLUMN.test(header[k]?.text.trim() ?? '')) continue;
    // (« Arrêt des dépôts sur X, puis fermeture du service »: a withdrawal; a milestone's words, read as stepType reads them.)
    const said = stepType(cell.text.split(/[,(;]/)[0]!.trim());
    if (said !== 'other') return said;
  }
  return undefined;
}

/** A list item or a wiki's task, its text in group 1 (« <li>…</li> », « <ac:task-body>…</ac:task-body> »). */
const MARKUP_ITEM = /<(li|ac:task-body)\b[^<>]*>((?:(?!<\/?(?:li|ul|ol)\b|<\/ac:task-body>)[\s\S]){1,600}?)<\/\1>/gi;

/** A page's own information in a list: its update, author, licence, publication. */
const PAGE_INFO_ITEM = /^(?:(?:dernière\s+)?(?:mise\s+à\s+jour|modification)|modifiée?\s+le|publiée?\s+le|auteur|autrice|licence|crédits?|source\s*:|date\s+de\s+(?:publication|mise\s+à\s+jour|création)|version\s*:)/iu;

/** A date written in an attribute only: « <time datetime="2025-03-14"/> », « <time datetime="2025-03"></time> ». */
const EMPTY_TIME = /<time\b[^<>]*?\bdatetime\s*=\s*["']((?:19|20)\d\d(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?)["'][^<>]*?(?:\/>|>\s*<\/time>)/i;

/**
 * A list item or a task dated by a `<time>` element that shows no text (« <ac:task-body>Publier la documentation de
 * l'API <time datetime="2025-06-30" /></ac:task-body> », a wiki's task list): an action plan's item, its date the
 * element's, typed from its wording. (A date the page shows is read in its sentence.)
 */
function datedTaskItems(doc: SourceDocument, text: PreparedText): Fact[] {
  const facts: Fact[] = [];
  if (!doc.text.includes('<time')) return facts;
  for (const m of doc.text.matchAll(MARKUP_ITEM)) {
    const inner = m[2]!;
    const time = EMPTY_TIME.exec(inner);
    if (!time) continue;
    const said = decodeHtmlReferences(inner.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();
    // (A page's own information, « Dernière mise à jour », « Auteur : », « Licence », is no item of a plan.)
    if (!/\p{L}{3}/u.test(said) || PAGE_INFO_ITEM.test(said)) continue;
    const innerStart = m.index + m[0].indexOf(inner);
    // (An item that writes a date itself is read in its sentence.)
    if (parseDates(text.clean, innerStart, innerStart + inner.length, doc.date).length) continue;
    const iso = time[1]!;
    const date: DateValue = { value: iso, precision: iso.length === 4 ? 'year' : iso.length === 7 ? 'month' : 'day' };
    // (Quoted from the item's first word, past the tags opening it, to its last word or the date's element.)
    const start = innerStart + /^(?:\s|<[^<>]*>)*/.exec(inner)![0].length;
    const end = Math.max(innerStart + time.index + time[0].length, innerStart + inner.replace(/(?:\s|<[^<>]*>)*$/, '').length);
    facts.push(entryEvent(doc, { start, end }, date, rowType(said, 'échéance'), said));
  }
  return facts;
}

/**
 * Timelines written as markup (MDX/JSX or HTML components): an element with a `date="…"` attribute and a
 * `title="…"` attribute is one event; its type comes from the title's verbs, else « other ».
 */
function markupEvents(doc: SourceDocument): Fact[] {
  const facts: Fact[] = [];
  const re = /<([A-Za-z][\w.-]*)\b([^<>]*?)\/?>/gs;
  let m: RegExpExecArray | null;
  while ((m = re.exec(doc.text))) {
    const attrs = m[2]!;
    const dateAttr = /\bdate\s*=\s*["']([^"']{4,30})["']/.exec(attrs);
    const titleAttr = /\btitle\s*=\s*"([^"]{2,400})"|\btitle\s*=\s*'([^']{2,400})'/.exec(attrs);
    if (!dateAttr || !titleAttr) continue;
    const valueStart = m.index + 1 + m[1]!.length + dateAttr.index + dateAttr[0].indexOf(dateAttr[1]!);
    // « date="2014" », « date="2017-06" »: a year, an ISO year and month, as markup writes them (a bare year
    // needs no context in an attribute that says it is a date).
    const yearMonth = /^((?:19|20)\d\d)(?:-(0[1-9]|1[0-2]))?$/.exec(dateAttr[1]!.trim());
    const d = yearMonth
      ? { value: yearMonth[2] ? { value: `${yearMonth[1]}-${yearMonth[2]}`, precision: 'month' as const } : { value: yearMonth[1]!, precision: 'year' as const } }
      : parseDates(doc.text, valueStart, valueStart + dateAttr[1]!.length, doc.date)[0];
    if (!d) continue;
    // (An attribute's value may hold character references: « Cr&eacute;ation de la mission ».)
    const title = decodeHtmlReferences((titleAttr[1] ?? titleAttr[2]!).replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim();
    const type = TITLE_TRIGGERS.find((t) => t.re.test(title))?.type ?? 'other';
    const start = m.index;
    const end = m.index + m[0].length;
    facts.push(factAt(doc, 'events', start, end, { kind: 'event', date: d.value, type, subject: null, subject_name: null, description: clip(title, MAX_DESCRIPTION), legal_text: null }));
  }
  return facts;
}

/** « Arrêté du 2 mars 2026 portant nomination … »: an act's title line and its date. */
const APPOINTING_ACT = /^\s*(?:#+\s*)?(?:\*\*)?(?:arrêté|décret|décision)\s+du\s+([^\n]{6,30}?)\s+portant\s+nomination/iu;
/** The title line of any act (« Arrêté du 4 mars 2026 portant … », « Décret n° … du … relatif à … »). */
const ANY_ACT_TITLE = /^\s*(?:#+\s*)?(?:\*\*)?(?:arrêté|décret|décision|ordonnance)\s+(?:n°\s*\S+\s+)?du\s+[^\n]{6,30}?\s+(?:portant|relatif|relative|modifiant|fixant)\b/iu;
/** « Sont nommés membres du conseil … : »: an act's article that names several people. */
const NAMES_SEVERAL = /(?<![\p{L}])sont\s+nommée?s\b[^.\n]*:\s*$/iu;
/** A person an act names, not the one replaced: « Mme Prénom NOM », not « en remplacement de M. … ». */
const NAMED_PERSON = new RegExp(String.raw`(?<!remplacement\s+de\s+)(?<![\p{L}])(?:M\.|Mme)\s+${CIVIL_NAME}`, 'gu');

/** An act that appoints: its title line (« Arrêté du 2 mars 2026 portant nomination … »), its date, and where it ends (the next act). */
interface AppointingAct {
  start: number;
  titleEnd: number;
  end: number;
  date: DateMention;
}

function appointingActs(doc: SourceDocument, text: PreparedText): AppointingAct[] {
  const acts: AppointingAct[] = [];
  for (const line of text.lines) {
    const lineText = text.clean.slice(line.start, line.start + line.text.length);
    const title = APPOINTING_ACT.exec(lineText) ?? (ANY_ACT_TITLE.test(lineText) ? null : undefined);
    if (title === undefined) continue;
    // (Any act's title ends the act before it.)
    const previous = acts[acts.length - 1];
    if (previous && previous.end > line.start) previous.end = line.start;
    if (!title) continue;
    const at = line.start + title.index + title[0].indexOf(title[1]!);
    const date = parseDates(text.clean, at, at + title[1]!.length, doc.date)[0];
    if (date) acts.push({ start: line.start, titleEnd: line.start + line.text.length, end: text.clean.length, date });
  }
  return acts;
}

/**
 * « Sont nommés membres du conseil … : » then the people one after the other (« - M. Rémi CASTAING ; - Mme Laure
 * PICHON-DALLAS. »): one appointment per person, dated by the act, until the next article.
 */
function appointedPeople(doc: SourceDocument, text: PreparedText, act: AppointingAct): Fact[] {
  const out: Fact[] = [];
  const lines = text.lines.filter((l) => l.start >= act.titleEnd && l.start < act.end);
  for (let li = 0; li < lines.length; li++) {
    const head = text.clean.slice(lines[li]!.start, lines[li]!.start + lines[li]!.text.length);
    if (!NAMES_SEVERAL.test(head)) continue;
    // The people of the article: its lines until the next article or heading.
    for (let lj = li + 1; lj < lines.length; lj++) {
      const item = lines[lj]!;
      const itemText = text.clean.slice(item.start, item.start + item.text.length);
      if (item.kind === 'heading' || /^\s*(?:article\s|fait\s+(?:à|le)\s)/i.test(itemText)) break;
      for (const m of itemText.matchAll(NAMED_PERSON)) {
        const start = item.start + m.index;
        out.push(
          factAt(doc, 'events', start, start + m[0].length, {
            kind: 'event',
            date: act.date.value,
            type: 'appointment',
            subject: null,
            subject_name: m[1]!,
            description: clip(tidy(`${head.trim()} ${itemText.trim()}`), MAX_DESCRIPTION),
            legal_text: null,
          }),
        );
      }
    }
  }
  return out;
}

/** A weekday before a date on its line (« Mercredi 21 janvier 2026 »). */
const WEEKDAY = /^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)$/iu;

/** A body named first on a line, with its acronym: « • Agence nationale des réseaux (ANR) ». */
const NAMED_WITH_ACRONYM = /^([\p{Lu}][^()\n]{2,100}?)\s*\(([\p{Lu}][\p{Lu}\p{N}-]{1,12})\)\s*[:.;,]?\s*$/u;

/**
 * An event an entry states by its place in a layout (a line under a date, an agenda's item or row, a calendar's
 * label), quoted at [at.start, at.end). Its subject is named by `name` (the entry's words, `said`, by default); with
 * `bodies`, a body when the entry names one with its acronym and a type word (« Agence X (AX) »; « Mme Claire Dubois
 * (ANSSI) », « Approbation du procès-verbal (PV) » name no body).
 */
function entryEvent(doc: SourceDocument, at: { start: number; end: number }, date: DateValue, type: EventType, said: string, { name = said, bodies = false } = {}): Fact {
  const named = bodies ? NAMED_WITH_ACRONYM.exec(said) : null;
  const body = named && orgTypeOf(named[1]!.split(/\s/)[0]!) ? named : null;
  return factAt(doc, 'events', at.start, at.end, {
    kind: 'event',
    date,
    type,
    subject: body ? { name: body[1]!.trim(), acronym: body[2]! } : null,
    subject_name: body ? null : clip(name, 80),
    description: clip(said, MAX_DESCRIPTION),
    legal_text: null,
  });
}

/** Whether a sentence already gave an event on `date` starting within [from, to): a layout's entry then adds none. */
function saidOn(fromSentences: readonly Fact[], date: DateMention, from: number, to: number): boolean {
  return fromSentences.some((f) => f.data.kind === 'event' && f.data.date.value === date.value.value && f.start >= from && f.start < to);
}

/**
 * Entries dated by a line holding a date alone, a list under it (« Mercredi 21 janvier 2026 » then « • Agence X (AX) »
 * and the people heard), when a text has two such lines or more: each is an event of type « other » about what the next line names,
 * unless a sentence of the entry already gives an event on that date.
 */
function dateLineEntries(doc: SourceDocument, text: PreparedText, fromSentences: readonly Fact[]): Fact[] {
  const { clean, lines } = text;
  const entries: Array<{ date: DateMention; next: Line }> = [];
  lines.forEach((line, index) => {
    if (line.kind !== 'paragraph') return;
    const date = dateAlone(clean, line, referenceDateAt(doc, line.start), { weekday: true });
    if (!date) return;
    const next = lines.slice(index + 1).find((l) => l.kind !== 'blank');
    // (A list under the date: a paragraph after a date line is as often a document's masthead, « 28 NOVEMBRE 2026 ⏎
    // présenté par … ».)
    if (next?.kind === 'list-item') entries.push({ date, next });
  });
  if (entries.length < 2) return [];
  const out: Fact[] = [];
  for (const { date, next } of entries) {
    if (saidOn(fromSentences, date, date.start, next.end)) continue;
    const said = tidy(clean.slice(next.contentStart, next.end).replace(/^[\s•▪◦‣·*–-]+/u, ''));
    out.push(entryEvent(doc, date, date.value, 'other', said, { name: said.replace(/\s*:$/, ''), bodies: true }));
  }
  return out;
}

/** A field that dates the section it opens: « - **Date :** jeudi 10 décembre 2026, 18 h », « Dates : 4 et 5 février 2027 ». */
const DATE_FIELD = /^[\s*_]*(?:Dates?|Quand)[\s*_]*:[\s*_]*/iu;
/** A field that places it: « Lieu : … », « Où : … », « Adresse : … ». */
const PLACE_FIELD = /^[\s*_]*(?:Lieu|Où|Adresse|Salle)[\s*_]*:/iu;

/**
 * An agenda by headings: « ### Meetup X — Lyon » then, among its first lines, « - **Date :** jeudi 10 décembre 2026 »:
 * each such heading names an event on that date (two of them or more in the text), typed by its words (« Lancement
 * de X »: a launch), else of type « other »; none when a sentence of the section already gave an event on that date.
 */
function headedAgendaEntries(doc: SourceDocument, text: PreparedText, fromSentences: readonly Fact[]): Fact[] {
  const { clean, lines } = text;
  const entries: Array<{ heading: Line; date: DateMention; end: number }> = [];
  // (The headings' indexes found once: each section runs to the next one.)
  const headings = lines.flatMap((l, i) => (l.kind === 'heading' ? [i] : []));
  headings.forEach((index, k) => {
    const heading = lines[index]!;
    const next = headings[k + 1] ?? lines.length;
    const end = next < lines.length ? lines[next]!.start : clean.length;
    // (An event has a place, « Lieu : … »; a record dated by its « Date : », a decision's, has none.)
    const first = lines.slice(index + 1, next).filter((l) => l.kind !== 'blank').slice(0, 5);
    if (!first.some((l) => PLACE_FIELD.test(clean.slice(l.contentStart, l.end)))) return;
    for (const line of first) {
      const field = DATE_FIELD.exec(clean.slice(line.contentStart, line.end));
      if (!field) continue;
      const at = line.contentStart + field[0].length;
      const date = parseDates(clean, at, line.end, referenceDateAt(doc, at))[0];
      if (date && date.start - at < 20) entries.push({ heading, date, end });
      break;
    }
  });
  if (entries.length < 2) return [];
  const out: Fact[] = [];
  for (const { heading, date, end } of entries) {
    if (saidOn(fromSentences, date, heading.start, end)) continue;
    const said = tidy(clean.slice(heading.contentStart, heading.end));
    if (!said) continue;
    const type = findTriggers(clean, heading.contentStart, heading.end).find((t) => t.type === 'launch' || t.type === 'publication' || t.type === 'creation')?.type ?? 'other';
    out.push(entryEvent(doc, date, date.value, type, said, { bodies: true }));
  }
  return out;
}

/**
 * An agenda's events (icalendarItems) whose title and description gave no event on their date: each is one of type
 * « other » (a meeting, a workshop, a conference), about what its title names.
 */
function icalendarEntries(doc: SourceDocument, text: PreparedText, items: readonly DatedItem[], fromSentences: readonly Fact[]): Fact[] {
  const out: Fact[] = [];
  for (const item of items) {
    if (!item.icalendar || saidOn(fromSentences, item.date, item.from, item.to)) continue;
    const summary = /^SUMMARY(?:;[^:\r\n]*)?:/m.exec(doc.text.slice(item.from, item.to));
    if (!summary) continue;
    const from = item.from + summary.index + summary[0].length;
    const lineEnd = text.clean.indexOf('\n', from);
    const said = tidy(text.clean.slice(from, lineEnd < 0 ? item.to : lineEnd));
    if (!said) continue;
    out.push(entryEvent(doc, item.date, item.date.value, 'other', said, { bodies: true }));
  }
  return out;
}

/** A line « Label : date » (a time of day or a weekday aside): « Date limite de réception des questions : 25 février 2026 à 12 h 00 ». */
const LABELLED_DATE_LINE = /^[ \t]*(?:[-*•][ \t]+)?((?:\p{Lu}|\d)[^:\n]{2,90}?)[ \t]*:[ \t]*(?:(?:le|au\s+plus\s+tard\s+le|à\s+partir\s+du|à\s+compter\s+du|dès\s+le|depuis\s+le|depuis|avant\s+le|jusqu'au)[ \t]+)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)[ \t]+)?(\S[^\n]*?)[ \t]*(?:,?[ \t]*(?:à|avant)[ \t]+\d{1,2}[ \t]*h(?:[ \t]*\d{2})?)?[ \t.;]*$/u;

/**
 * What may follow a calendar line's date: nothing, or after a comma, a dash or a parenthesis a time of day, a place,
 * a remark (« , 14 h 30, salle Vauban », « , en visioconférence », « (date à confirmer) »); no figure, no other field.
 */
function placeAfterDate(rest: string): boolean {
  if (!/[\p{L}\p{N}]/u.test(rest)) return true;
  // (Not another field, « …, Lieu : Paris », a form's line; not a remark on a figure, « mars 2026, en nette progression ».)
  if (rest.length > 60 || !/^\s*[,(–—-]/u.test(rest) || rest.includes(':')) return false;
  return rest.replace(TIME_OF_DAY, ' ').split(/[,()–—-]/).every((part) => !part.trim() || MEETING_REMARK.test(part.trim()));
}

/** What a calendar's line says of a meeting after its date: where, how, whether it is confirmed. */
const MEETING_REMARK = /^(?:en\s+(?:visio(?:conférence)?|présentiel|distanciel|ligne|format\s+hybride)|salle\s+\S.{0,30}|à\s+\p{Lu}.{0,30}|au\s+\p{L}.{0,30}|(?:date\s+)?(?:à\s+confirmer|confirmée?|provisoire)|sous\s+réserve.{0,30})$/iu;

/** Labels of a document's own dates, not of a calendar's steps. */
// (« Question publiée le », « Réponse publiée le »: a written question's own dates.)
const METADATA_LABEL = /^(?:date\s+(?:de\s+)?(?:publication|mise\s+à\s+jour|création|modification|diffusion|édition|impression|du\s+document|de\s+la\s+note)|dernière\s+mise\s+à\s+jour|mise\s+à\s+jour|mis\s+à\s+jour|version|édition|fait\s+à|imprimé|téléchargé|extraction|export|généré|créé|modifié|source|dernière\s+modification|modification|couverture\s+temporelle|période\s+(?:couverte|de\s+référence)|date\s+de\s+(?:la\s+)?(?:demande|naissance|dépôt|réception\s+du\s+dossier|saisie))|publiée?s?\s+le$/iu;

/** A calendar's label that says something starts: « Prise de poste », « Démarrage des prestations », « Début des travaux ». */
// (« Poste à pourvoir : 1er mars 2027 », a job posting's: the day the post is to be taken up.)
const STARTING_LABEL = /^(?:date\s+(?:de\s+|d')?)?(?:prise\s+de\s+(?:poste|fonctions?)|démarrage|début|entrée\s+en\s+fonctions?|poste\s+à\s+pourvoir)(?![\p{L}])/iu;

/** A start-up's phase as a label (« Investigation : février 2024 », « Phase d'accélération : depuis le 6 janvier 2025 »): on one day or month, the phase starts. */
const PHASE_LABEL = /^(?:phase\s+(?:d['’]\s*|de\s+)?)?(?:investigation|construction|accélération|expérimentation|amorçage)$/iu;

/**
 * A calendar written as labelled lines (« Date limite de réception des questions : 25 février 2026 à 12 h 00 »,
 * « Auditions des candidats : 24 mars 2026 »), two lines or more one after the other: each is an event on its date,
 * typed by its label (« Publication … », « Ouverture … ») else « other », unless a sentence rule read the line already.
 */
function labelledDateLines(doc: SourceDocument, text: PreparedText, known: readonly Fact[]): Fact[] {
  const { clean, lines } = text;
  const found: Array<{ line: Line; index: number; label: string; date: DateMention }> = [];
  for (const [index, line] of lines.entries()) {
    if ((line.kind !== 'paragraph' && line.kind !== 'list-item') || !line.text.includes(':')) continue;
    // (A calendar's line is short: a long one, a run of spaces in it, would make the pattern backtrack.)
    if (line.end - line.start > 200) continue;
    const m = LABELLED_DATE_LINE.exec(clean.slice(line.start, line.end).trimEnd());
    if (!m || METADATA_LABEL.test(m[1]!.trim())) continue;
    const at = line.start + m.index + m[0].indexOf(m[2]!, m[0].indexOf(':'));
    const dates = parseDates(clean, at, at + m[2]!.length, referenceDateAt(doc, line.start));
    if (dates.length !== 1 || dates[0]!.start !== at || !placeAfterDate(clean.slice(dates[0]!.end, at + m[2]!.length))) continue;
    found.push({ line, index, label: m[1]!.trim(), date: dates[0]! });
  }
  // (One after the other: a calendar, not a label and a date met once in prose.)
  const listed = found.filter((f) => found.some((g) => g !== f && Math.abs(g.index - f.index) <= 2));
  const out: Fact[] = [];
  for (const { line, label, date } of listed) {
    if (known.some((f) => f.data.kind === 'event' && f.start < line.end && f.end > line.start)) continue;
    // (A phase over a span, « Investigation : octobre 2024 – janvier 2025 », is a period, no start; a quarter, « T3
    // 2025 », is when it starts.)
    const type = STARTING_LABEL.test(label) || (PHASE_LABEL.test(label) && !isSpan(date.value)) ? 'start' : (TITLE_TRIGGERS.find((t) => t.re.test(label))?.type ?? 'other');
    out.push(entryEvent(doc, { start: line.contentStart, end: date.end }, date.value, type, tidy(clean.slice(line.contentStart, line.end)), { name: label }));
  }
  return out;
}

/** A definition list's short description, up to its end: « à compter du 1<sup>er</sup> février 2027</dd> ». */
const SHORT_DESCRIPTION = /^((?:[^<>]|<sup>[^<>]{1,4}<\/sup>){1,60})<\/dd>/i;

/**
 * A record's fields as a definition list (a job posting's « Prise de poste », a project sheet's « Mise en service »):
 * a term that says what starts or happens, its description a date alone (after « le », « à compter du »…), is an
 * event on that date, even alone in its list (the markup says it is a field). Not a document's own dates.
 */
function definedDateFields(doc: SourceDocument, text: PreparedText, known: readonly Fact[]): Fact[] {
  if (!/<dt\b/i.test(doc.text)) return [];
  const out: Fact[] = [];
  // (The terms and descriptions definitionItems reads, here a term that names a field, its description a date.)
  for (const m of doc.text.matchAll(TERM_THEN_DESCRIPTION)) {
    if (m[1]!.length < 3 || m[1]!.includes('<')) continue;
    const label = tidy(m[1]!);
    if (METADATA_LABEL.test(label)) continue;
    const type = STARTING_LABEL.test(label) ? 'start' : TITLE_TRIGGERS.find((t) => t.re.test(label))?.type;
    if (!type) continue;
    const from = m.index + m[0].length;
    const description = SHORT_DESCRIPTION.exec(doc.text.slice(from, from + 1000));
    if (!description) continue;
    const to = from + description[1]!.length;
    const dates = parseDates(text.clean, from, to, referenceDateAt(doc, from));
    const lead = dates.length === 1 ? text.clean.slice(from, dates[0]!.start) : '';
    if (dates.length !== 1 || !/^\s*(?:(?:le|au|dès\s+le|à\s+(?:compter|partir)\s+du|à\s+(?:compter|partir)\s+de)\s+)?$/iu.test(lead) || /[\p{L}\p{N}]/u.test(text.clean.slice(dates[0]!.end, to))) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    if (known.some((f) => f.data.kind === 'event' && f.start < to && f.end > start)) continue;
    out.push(entryEvent(doc, { start, end: dates[0]!.end }, dates[0]!.value, type, `${label} : ${tidy(description[1]!.replace(/<[^>]+>/g, ''))}`, { name: label }));
  }
  return out;
}

/** The noun an agenda's item opens with: a meeting, a session, a deadline (« Webinaire « … » », « Clôture des candidatures »). */
const AGENDA_ITEM = /^\s*(?:webinaires?|réunions?|séminaires?|ateliers?|conférences?|journées?|forums?|salons?|rencontres?|colloques?|assemblées?|sessions?|formations?|hackathons?|tables?\s+rondes?|comités?|conseils?|commissions?|copil|clôture|ouverture|lancement|dépôt|date\s+limite|publication|remise|sortie|mise\s+en\s+(?:ligne|service|production)|point\s+d'étape|bilan|restitution|inauguration|visite|audition|vote|signature|entrée\s+en\s+vigueur)(?![\p{L}])/iu;

/**
 * An agenda as an HTML table without header (« <tr><td><b>13 novembre 2025</b></td><td>Webinaire « … »</td></tr> », a
 * newsletter's): each row whose first cell is a date alone dates what its second cell says, when two rows or more
 * are written so, unless a sentence or a table's column of dates already gives the row an event on that date. Typed by the words the cell opens
 * with (« Clôture … », « Lancement … »), else « other ».
 */
function agendaRows(doc: SourceDocument, text: PreparedText, known: readonly Fact[]): Fact[] {
  const rows: Array<{ date: DateMention; start: number; end: number; said: string }> = [];
  for (const row of htmlRows(doc.text)) {
    const [first, second] = row.cells;
    // (What happens: a change the words say, or an event's noun, « Webinaire … », « Clôture … »; not « 1 180 agents », a
    // figure by date, nor « Mme X », a list of people.)
    const opening = second?.text.split(/[,(;]/)[0] ?? '';
    if (!first || !second || row.th || !(AGENDA_ITEM.test(second.text) || TITLE_TRIGGERS.some((t) => t.re.test(opening)))) continue;
    const dates = parseDates(text.clean, first.start, first.end, referenceDateAt(doc, first.start));
    if (dates.length !== 1 || dates[0]!.value.qualifier || /[\p{L}\p{N}]/u.test(text.clean.slice(first.start, dates[0]!.start) + text.clean.slice(dates[0]!.end, first.end))) continue;
    rows.push({ date: dates[0]!, start: row.start, end: row.end, said: tidy(second.text) });
  }
  if (rows.length < 2) return [];
  const out: Fact[] = [];
  for (const { date, start, end, said } of rows) {
    if (known.some((f) => f.data.kind === 'event' && f.data.date.value === date.value.value && f.start < end && f.end > start)) continue;
    // (By its first clause: « Réunion du comité X, institué par le décret … » is a meeting.)
    const type = TITLE_TRIGGERS.find((t) => t.re.test(said.split(/[,(;]/)[0]!))?.type ?? 'other';
    out.push(entryEvent(doc, date, date.value, type, said, { name: said.split(/[,(]|\s-\s/)[0]!.trim() }));
  }
  return out;
}

/**
 * An agenda as cards (« ### Webinaire « … » ⏎ Jeudi 4 mars 2027, 11 h ⏎ Lieu : … », a page's `<article><h3>…</h3><p><time
 * …>…</time></p>`): each heading whose next line holds a date alone (a weekday and a time of day aside) and that names
 * a meeting, a deadline or a change (« Webinaire … », « Clôture des candidatures … », « Ouverture de la plateforme
 * … ») is an event on that date, when two headings or more are written so; unless a sentence of the card already
 * gives an event on that date. Typed by the heading's words, else « other ».
 */
function agendaCards(doc: SourceDocument, text: PreparedText, known: readonly Fact[]): Fact[] {
  const { clean, lines } = text;
  const cards: Array<{ date: DateMention; start: number; end: number; title: string; type: EventType }> = [];
  for (const [index, line] of lines.entries()) {
    if (line.kind !== 'heading') continue;
    let k = index + 1;
    while (lines[k]?.kind === 'blank') k++;
    const next = lines[k];
    if (next?.kind !== 'paragraph') continue;
    const date = dateAlone(clean, next, referenceDateAt(doc, next.start), { weekday: true, time: true });
    if (!date || date.value.precision === 'year') continue;
    const title = tidy(clean.slice(line.contentStart, line.end));
    // (Its own words, not a quoted title's: « Webinaire « Ouvrir les données » » is a meeting, not an opening.)
    const words = title.replace(/«[^«»]*»/g, ' ').split(/[,(;:]/)[0]!;
    const trigger = TITLE_TRIGGERS.find((t) => t.re.test(words));
    if (!AGENDA_ITEM.test(title) && !trigger) continue;
    let after = k + 1;
    while (after < lines.length && lines[after]!.kind !== 'heading') after++;
    cards.push({ date, start: line.contentStart, end: after < lines.length ? lines[after]!.start : clean.length, title, type: trigger?.type ?? 'other' });
  }
  if (cards.length < 2) return [];
  // (An agenda, not a list of news each under its publication day: a heading or the page's title says so above the
  // cards (« Agenda », « À venir », « Prochains rendez-vous »), or the dates give a weekday or a time of day.)
  const agenda = AGENDA_TITLE.test(clean.slice(0, cards[0]!.start)) || cards.some((c) => /[\p{L}]/u.test(clean.slice(lineStartAt(clean, c.date.start), c.date.start) + clean.slice(c.date.end, lineEnd(clean, c.date.end))));
  if (!agenda) return [];
  const out: Fact[] = [];
  for (const { date, start, end, title, type } of cards) {
    if (known.some((f) => f.data.kind === 'event' && f.data.date.value === date.value.value && f.start < end && f.end > start)) continue;
    out.push(entryEvent(doc, { start, end: date.end }, date.value, type, title));
  }
  return out;
}

/** Words that title an agenda: « Agenda », « À venir », « Prochains rendez-vous », « Calendrier », « Événements ». */
const AGENDA_TITLE = /(?<![\p{L}])(?:agenda|à\s+venir|rendez-vous|calendrier|événements|évènements|manifestations|prochaine?s?\s+(?:dates|réunions|rencontres|séances))(?![\p{L}])/iu;

/** A section of decisions or actions to take: « ## Décisions », « Relevé de décisions », « Plan d'action », « Prochaines étapes ». */
const ACTIONS_HEADING = /^(?:(?:\d+(?:\.\d+)*\.?|[IVX]+\.)\s+)?(?:relevé\s+de\s+)?(?:décisions?|actions?\s+à\s+(?:mener|conduire)|plan\s+d'actions?|prochaines?\s+étapes?|suites?\s+à\s+donner|calendrier(?:\s+prévisionnel)?|échéancier)(?:\s+(?:arrêtées?|prises?|retenues?|du\s+comité|de\s+la\s+séance))?\s*:?$/iu;

/**
 * The items of a section of decisions or actions (« ## Décisions » then « 3. Un audit sera conduit par X en mai
 * 2026. »): each list item holding one date, which no other rule read, is a dated item of the plan, an event typed by
 * its words (else « other »). (Not a date in a legal citation; one item, one date.)
 */
function actionItems(doc: SourceDocument, text: PreparedText, known: readonly Fact[]): Fact[] {
  const { clean, lines } = text;
  const out: Fact[] = [];
  const headingTitle = (line: Line) => tidy(clean.slice(line.contentStart, line.end)).replace(/^#+\s*/, '');
  if (!lines.some((line) => line.kind === 'heading' && ACTIONS_HEADING.test(headingTitle(line)))) return out;
  // The lines an event read already covers (each event's lines marked once: not a scan of every event per line).
  const covered = new Set<number>();
  for (const f of known) {
    if (f.data.kind !== 'event') continue;
    const from = lineIndexAt(lines, f.start);
    const to = lineIndexAt(lines, Math.max(f.start, f.end - 1));
    if (from >= 0) for (let i = from; i <= (to >= from ? to : from); i++) covered.add(i);
  }
  let inActions = false;
  let level = 0;
  for (const [index, line] of lines.entries()) {
    if (line.kind === 'heading') {
      if (ACTIONS_HEADING.test(headingTitle(line))) {
        inActions = true;
        level = line.level;
      } else if (inActions && line.level <= level) inActions = false;
      continue;
    }
    if (!inActions || line.kind !== 'list-item' || covered.has(index)) continue;
    const dates = parseDates(clean, line.contentStart, line.end, referenceDateAt(doc, line.start)).filter((d) => d.value.qualifier !== 'depuis');
    if (dates.length !== 1) continue;
    const date = dates[0]!;
    const said = tidy(clean.slice(line.contentStart, line.end));
    // (« 2 300 agents formés en 2025 », « Taux : 87 % en 2025 »: a figure dated, no step of the plan.)
    // (In the date's clause: « L'arrêt de X est fixé au 30 juin 2027 ; la DVA informera les 1 100 associations … ».)
    const clauseStart = Math.max(line.contentStart, clean.lastIndexOf(';', date.start) + 1);
    const semicolon = clean.indexOf(';', date.end);
    const clauseEnd = semicolon >= 0 && semicolon < line.end ? semicolon : line.end;
    if (/(?<![\p{L}\d-])\d[\d \u00a0]*(?:,\d+)?\s*(?:%|\p{Ll}{3,})/u.test(clean.slice(clauseStart, date.start) + ' ' + clean.slice(date.end, clauseEnd))) continue;
    if (LEGAL_CUE.test(said) && findLegalTexts(clean, line.contentStart, line.end, doc.date).some((l) => l.start <= date.start && date.end <= l.end)) continue;
    // (« L'arrêt de Galaxie est fixé au 30 juin 2027 »: what the item opens with says what ends.)
    const opening = said.replace(/^(?:l['’]|la\s|le\s|les\s)\s*/iu, '');
    const type = END_LABEL.test(opening) && !/^fin\s/i.test(opening) ? 'suppression' : (TITLE_TRIGGERS.find((t) => t.re.test(said))?.type ?? 'other');
    out.push(entryEvent(doc, { start: line.contentStart, end: Math.max(date.end, line.contentStart + 1) }, date.value, type === 'start' ? 'other' : type, said, { name: said.split(/[,;:(]/)[0]!.trim() }));
  }
  return out;
}

/** Events a layout dates that no sentence or table rule read (`known`): an agenda's rows, a calendar's labelled lines, a plan's items. */
function layoutEvents(doc: SourceDocument, text: PreparedText, known: readonly Fact[]): Fact[] {
  const lines = labelledDateLines(doc, text, known);
  const agenda = [...agendaRows(doc, text, known), ...lines, ...definedDateFields(doc, text, [...known, ...lines]), ...agendaCards(doc, text, known)];
  return [...agenda, ...actionItems(doc, text, [...known, ...agenda])];
}

type EventData = Extract<FactData, { kind: 'event' }>;

/** An event's date and type, as one key: two events of a document with the same one may be one told twice. */
const dayAndType = (d: EventData) => `${d.date.value} ${d.type}`;

const sameDate = (a: Fact, b: Fact) => a.data.kind === 'event' && b.data.kind === 'event' && a.data.date.value === b.data.date.value;

/**
 * An event a sentence rule found without a trigger, on a labelled line: on a phase's (« Accélération : depuis le
 * second semestre 2025 »), the phase starts then, unless the line gives a span; on a document's own metadata
 * (« Couverture temporelle : 1er mars 2021 – 30 septembre 2025 »), nothing happened then.
 */
function onLabelledLine(clean: string, f: Fact): Fact[] {
  if (f.data.kind !== 'event' || f.data.type !== 'other') return [f];
  // (Found without a regex over the line: the label ends at the line's first colon, the date right after it, and
  // nothing but punctuation follows the date.)
  // (The label and the gap after it are short: the line starts within 172 characters, looked for there only, so that
  // a long line's events each read a bounded window.)
  const from = Math.max(0, f.start - 172);
  const newline = clean.slice(from, f.start).lastIndexOf('\n');
  if (newline < 0 && from > 0) return [f];
  const start = from + newline + 1;
  const colonAt = clean.slice(start, f.start).indexOf(':');
  const colon = colonAt < 0 ? -1 : start + colonAt;
  if (colon < 0 || colon - start > 92 || f.start - colon > 80) return [f];
  if (!/^[ \t]*(?:(?:le|depuis\s+le|depuis|à\s+partir\s+du|à\s+compter\s+du|dès\s+le|au|en)[ \t]+)?$/i.test(clean.slice(colon + 1, f.start).replace(/[*_]/g, ''))) return [f];
  if (!/^[ \t.;,*_]*(?:\n|$)/.test(clean.slice(f.end, f.end + 12))) return [f];
  const label = clean.slice(start, colon).replace(/^[ \t]*(?:[-*•+][ \t]+)?/, '').replace(/[*_]/g, '').trim();
  if (METADATA_LABEL.test(label)) return [];
  if (!PHASE_LABEL.test(label) || isSpan(f.data.date)) return [f];
  return [{ ...f, data: { ...f.data, type: 'start' } }];
}

/** A period written as two dates (« octobre 2024 – janvier 2025 », « 2023-2025 »), not one (« T3 2024 », « second semestre »). */
const isSpan = (date: DateValue) => date.precision === 'period' && !date.qualifier;

/** The events extractor. */
export const eventsExtractor: Extractor = {
  id: 'events',
  version: 164,
  extract(doc: SourceDocument) {
    const p = prepared(doc.text);
    const items = datedItems(doc, p);
    // (The item's heading and the sentence right after it: what the item reports; the rest tells its story.)
    const itemDate = (s: Sentence) => {
      const item = items.find((it) => s.start >= it.from && s.end <= it.to);
      if (!item) return undefined;
      // (Sentences with words: an HTML item's tags leave empty ones, « ; ».)
      const own = p.sentences.filter((x) => x.start >= item.from && x.end <= item.to && /\p{L}/u.test(x.text));
      // (A release's section: each of its items states a change of that release, « - X remplace Y ».)
      // (Not what the product does, « le dossier est fermé automatiquement après six mois »: a condition, a negation.)
      return own.indexOf(s) <= (item.heading ? 0 : 1) || (item.heading && RELEASE_CHANGE.test(s.text) && !RELEASE_BEHAVIOUR.test(s.text)) ? item.date : undefined;
    };
    // (Under a dated heading, « 3.1.0 — 3 avril 2024 » then « Ouverture des BTS », the section's first sentence dates
    // by the heading what it opens, launched, created, published or closed; a milestone or a start is not dated so.)
    const weakUnderHeading = (f: Fact) =>
      f.data.kind === 'event' && (f.data.type === 'other' || f.data.type === 'start') && items.some((it) => it.heading && f.start < it.from && f.end > it.from);
    const fromTables = tableEvents(doc);
    // (A table row read by its date column, « | Projet X | SDPA | T1 2025 | », is not read again as a sentence whose
    // subject would be another cell's body.)
    // (The row's line: « | 1.0 | 12 janvier 2025 | Première mise en service | » read as a sentence quotes past the date cell.)
    const rows = fromTables.map((t) => ({ start: t.start, end: lineEnd(p.clean, t.end), date: (t.data as { date: { value: string } }).date.value }));
    const sameRowDate = (f: Fact) => rows.some((r) => r.start <= f.start && f.end <= r.end && r.date === (f.data as { date: { value: string } }).date.value);
    const leads = /:[ \t]*\n/.test(p.clean) ? listLeadDates(doc, p) : undefined;
    // (The sentence before, for « le même jour »: whole, when it went on after a semicolon in its line, « le 1er
    // février 2025, l'office a été créé ; il reprend … de la DIPN. X en a été nommé directeur le même jour ».)
    // (Where each sentence's run of such continuations starts, in one pass: not walked back again for each sentence.)
    const runStart: number[] = [];
    p.sentences.forEach((s, k) => {
      const continues = k > 0 && /^[a-zà-ÿ]/.test(s.text) && /;\s*$/.test(p.clean.slice(p.sentences[k - 1]!.start, s.start));
      runStart.push(continues ? runStart[k - 1]! : k);
    });
    const sentenceBefore = (i: number): Sentence | undefined => {
      if (i === 0) return undefined;
      const k = runStart[i - 1]!;
      if (k === i - 1) return p.sentences[k];
      const start = p.sentences[k]!.start;
      const end = p.sentences[i - 1]!.end;
      return { start, end, text: p.clean.slice(start, end) };
    };
    const fromSentences = p.sentences.flatMap((s, i) => eventsOfSentence(doc, p.clean, s, sentenceBefore(i), items.length ? itemDate(s) : undefined, leads?.get(s))).filter((f) => !sameRowDate(f));
    const acts = /portant\s+nomination/i.test(p.clean) ? appointingActs(doc, p) : [];
    const appointed = acts.flatMap((act) => appointedPeople(doc, p, act));
    // An act's title (« Arrêté du 2 mars 2026 portant nomination … ») gives way to what its articles say: the people
    // it names one by one, or an appointment « à compter du » a later day (the day it takes effect).
    const inTitle = (f: Fact) => acts.find((a) => a.start <= f.start && f.end <= a.titleEnd);
    const effective = (f: Fact) => f.data.kind === 'event' && f.data.type === 'appointment' && f.data.date.qualifier === 'à partir de';
    const superseded = (f: Fact) => {
      const act = f.data.kind === 'event' && f.data.type === 'appointment' ? inTitle(f) : undefined;
      return !!act && (appointed.some((a) => a.start >= act.titleEnd && a.start < act.end) || fromSentences.some((g) => g.start >= act.titleEnd && g.start < act.end && effective(g)));
    };
    // (A term that is a date alone gives way to what its description says happened then.)
    const describedTerm = (f: Fact) =>
      items.some((it) => it.term && it.term.start <= f.start && f.end <= it.term.end && fromSentences.some((g) => g !== f && g.end > it.from && g.start < it.to && sameDate(g, f)));
    const reported = fromSentences.filter((f) => !superseded(f) && !describedTerm(f) && !weakUnderHeading(f));
    // (A document's table or agenda restating, on its day, what a sentence reported: « lancent, le 15 janvier 2026,
    // l'appel à projets » then « | Ouverture des candidatures | 15 janvier 2026 | » is one launch.)
    // (A row naming a step, « Ouverture … », « Webinaire … », not a thing of its own, « Application X | 15 janvier 2026 ».)
    const reportedDays = new Set(reported.flatMap((g) => (g.data.kind === 'event' ? [dayAndType(g.data)] : [])));
    // (Likewise a table of terms of office restating an appointment a sentence reported: « Nommée directrice en
    // septembre 2014, X … » and « | X | septembre 2014 | juin 2019 | ».)
    // (The sentences' appointments by day, gathered once.)
    const appointmentsByDay = new Map<string, string[]>();
    for (const g of reported) {
      if (g.data.kind !== 'event' || g.data.type !== 'appointment') continue;
      const day = appointmentsByDay.get(g.data.date.value);
      if (day) day.push(g.data.description ?? '');
      else appointmentsByDay.set(g.data.date.value, [g.data.description ?? '']);
    }
    const reportedAppointment = (f: Fact) => {
      if (f.data.kind !== 'event' || !f.data.subject_name) return false;
      const person = f.data.subject_name;
      return (appointmentsByDay.get(f.data.date.value) ?? []).some((description) => description.includes(person));
    };
    const restated = (f: Fact) =>
      f.data.kind === 'event' && ((f.data.date.precision === 'day' && AGENDA_ITEM.test(f.data.subject_name ?? '') && reportedDays.has(dayAndType(f.data))) || (f.data.type === 'appointment' && reportedAppointment(f)));
    // (A phase the page's history tells again on its day, « 1er octobre 2024 — Entrée en phase d'accélération », once.)
    const phases = doc.text.startsWith('---') ? frontMatterPhases(doc).filter((f) => f.data.kind === 'event' && !reportedDays.has(dayAndType(f.data))) : [];
    const facts = [...reported.flatMap((f) => onLabelledLine(p.clean, f)), ...phases, ...markupEvents(doc), ...datedTaskItems(doc, p), ...orgPlannedEvents(doc), ...fromTables.filter((f) => !restated(f)), ...appointed, ...dateLineEntries(doc, p, fromSentences), ...icalendarEntries(doc, p, items, fromSentences), ...headedAgendaEntries(doc, p, fromSentences), ...layoutEvents(doc, p, [...fromSentences, ...fromTables]).filter((f) => !restated(f))];
    // (A YAML data file's dated fields, « creation: 2021-03-15 » in a unit's record: the record's event, which the
    // sentence rules read without knowing whose.)
    const fromRecords = yamlFacts(doc, 'events', (name) => rowType(name, 'échéance'));
    // (By date, in text order: a large export's thousands of records are looked up, not scanned, for each fact.)
    const recordsByDate = new Map<string, Fact[]>();
    for (const g of [...fromRecords].sort((a, b) => a.start - b.start)) {
      if (g.data.kind !== 'event') continue;
      const list = recordsByDate.get(g.data.date.value);
      if (list) list.push(g);
      else recordsByDate.set(g.data.date.value, [g]);
    }
    const told = (f: Fact) => {
      const same = f.data.kind === 'event' ? recordsByDate.get(f.data.date.value) : undefined;
      if (!same) return false;
      for (let k = mentionIndexFrom(same, f.start); k < same.length && same[k]!.start <= f.end; k++) if (same[k]!.end <= f.end + 1) return true;
      return false;
    };
    const all = fromRecords.length ? [...facts.filter((f) => !told(f)), ...fromRecords] : facts;
    all.sort((a, b) => a.start - b.start || a.end - b.end);
    return { facts: all, issues: [] };
  },
};

/**
 * A document's events less those told again without their subject: an event whose subject no rule found, on the day
 * and of the type of one about a body the text names, is that event (« La délégation X a été créée le 4 mai 2026 » … « le
 * rapport rappelle la création, le 4 mai 2026, de cette structure »), unless it cites the act that made it (kept with
 * its event). Run once subjects are attached by position. (A day only: a year or a month holds many events of a
 * type. Not appointments: a list of people appointed on one day gets its subjects one by one, and one left without
 * is another person.)
 */
export function withoutAnonymousRetellings(facts: Fact[]): Fact[] {
  const retold = (f: Fact): f is Fact<EventData> => f.data.kind === 'event' && f.data.date.precision === 'day' && f.data.type !== 'appointment';
  const named = new Set(facts.flatMap((f) => (retold(f) && f.data.subject ? [dayAndType(f.data)] : [])));
  return named.size ? facts.filter((f) => !(retold(f) && !f.data.subject && !f.data.subject_name && !f.data.legal_text && named.has(dayAndType(f.data)))) : facts;
}
