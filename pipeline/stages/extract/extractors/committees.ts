/**
 * Committees and governance bodies, from tables (tab-separated, pipe or HTML-laden cells, with a header row
 * naming the columns) and from prose (« le comité X se réunit chaque mois et réunit A, B et C »).
 * Reads a SourceDocument; returns `committee` facts.
 */
import type { Extractor, Fact, SourceDocument } from '../../../types/domain.ts';
import { columnIndex, decodeCell, findTables } from '../tables.ts';
import { prepared } from '../text.ts';
import { COUNT_WORD_ALTERNATION } from '../lexicon.ts';
import { factAt } from '../fact.ts';
import { yamlFacts } from '../yaml-records.ts';
import { findOrgMentions, spellsAcronym } from '../org-mentions.ts';

const ID = 'committees';

type Column = 'name' | 'participants' | 'topics' | 'frequency';
const HEADER_WORDS: Array<[Column, RegExp]> = [
  ['participants', /participants?|membres?|composition|acteurs?|parties prenantes/i],
  ['frequency', /fréquence|periodicit|périodicité|rythme|calendrier|réunions?/i],
  ['topics', /points?|objet|sujets?|thèmes?|ordre du jour|missions?|rôle|attributions?|discussion/i],
  ['name', /comité|instance|nom|organe|conseil|gouvernance|réunion/i],
];

/** A table's first header when its rows are the bodies a meeting's participants came from. */
const ATTENDANCE_NAME_HEADER = /^\s*(?:organismes?|structures?|administrations?|entités?|institutions?|partenaires?|ministères?|services?|directions?|établissements?)(?:\s+(?:représentée?s?|présente?s?|membres?))?\s*$/iu;

/** A row's name that is a governance body's. */
const GOVERNANCE_BODY = /^\s*(?:comités?|commissions?|conseils?|instances?|groupes?\s+de\s+travail|copil|cotech|codir)(?![\p{L}])/iu;

/** A cell's items: <li> elements when present, else the cell split on « ; », « , » and « et ». */
export function splitItems(raw: string, splitOnCommas: boolean): string[] {
  const li = [...raw.matchAll(/<li\b[^>]*>([\s\S]*?)(?:<\/li>|(?=<li\b)|$)/gi)].map((m) => decodeCell(m[1]!)).filter(Boolean);
  // « <li>DB, ANSSI, DAE</li> »: a list item that is itself a list of short names.
  if (li.length) return li.flatMap((item) => (splitOnCommas && item.split(/\s*,\s*/).every((p) => p.split(' ').length <= 3) ? item.split(/\s*,\s*/) : [item]));
  const text = decodeCell(raw);
  if (!text) return [];
  const parts = splitOnCommas ? text.split(/\s*(?:;|,|\bet\b)\s*/) : text.split(/\s*;\s*/);
  return parts.map((p) => p.trim()).filter((p) => p.length > 1);
}

function fromTables(doc: SourceDocument): Fact[] {
  const facts: Fact[] = [];
  for (const table of findTables(doc.text)) {
    const columns = new Map<Column, number>();
    for (const [col, re] of HEADER_WORDS) {
      const k = columnIndex(table.header, re, new Set(columns.values()));
      if (k !== undefined) columns.set(col, k);
    }
    if (!columns.has('name') && !new Set(columns.values()).has(0)) columns.set('name', 0);
    if (!columns.has('participants') && !columns.has('frequency')) continue;
    // « Organisme | Participants »: who attended, body by body (a meeting's record), not governance bodies (unless
    // a row names one: « Structure | Participants » over « Comité de pilotage | … »).
    const nameColumn = columns.get('name') ?? 0;
    if (ATTENDANCE_NAME_HEADER.test(table.header[nameColumn]?.text ?? '') && !table.rows.some(({ cells }) => GOVERNANCE_BODY.test(cells[nameColumn]?.text ?? ''))) continue;
    // A frequency alone says little (« Jeu de données | Producteur | Fréquence » updates data): the table must name
    // committees in its header, or its rows must.
    const committeeTable = columns.has('participants') || /comité|instance|organe|conseil|gouvernance|réunion/i.test(table.header[nameColumn]?.text ?? '');
    for (const { line, cells } of table.rows) {
      const get = (col: Column) => {
        const k = columns.get(col);
        return k === undefined ? undefined : cells[k];
      };
      // (A grid table's wrapped cell: its own text, its raw span crosses the next columns'.)
      const items = (col: Column) => {
        const cell = get(col);
        return cell?.wrapped ? cell.text : (cell?.raw ?? '');
      };
      // « Comité des projets (CPA) : arbitrage du portefeuille »: the name, then what the body does.
      // (Not « COPIL : comité de pilotage » (an acronym, then the name) nor « Comité technique : 12 membres ».)
      const [, said = '', remit] = /^(\S{3,}(?:\s+\S+)+?)(?:\s+:\s+(\p{Ll}.*))?$/su.exec(get('name')?.text ?? '') ?? [undefined, get('name')?.text ?? ''];
      // (« Comité stratégique du numérique (CSN) »: its acronym is no part of its name.)
      // (An acronym: two capitals at least, no run of lowercase letters; « Comité de pilotage (Bretagne) » keeps its place.)
      const name = said.trim().replace(/\s*\(\s*(?=[^()]*\p{Lu}[^()]*\p{Lu})(?![^()]*\p{Ll}{3})[\p{Lu}][\p{L}\d&-]{1,11}\s*\)$/u, '');
      if (!name || name === '...' || name.length < 3) continue;
      if (!committeeTable && !/^(?:comité|conseil|commission|instance|collège|groupe|réunion|copil|cotech|séminaire|conférence)/i.test(name)) continue;
      const freq = splitItems(items('frequency'), false);
      const end = line.start + line.text.length;
      facts.push(
        factAt(doc, ID, line.start, end, {
          kind: 'committee',
          name,
          frequency: freq.length ? freq.join('; ') : null,
          participants: splitItems(items('participants'), true),
          topics: columns.has('topics') || !remit ? splitItems(items('topics'), false) : [remit.trim()],
        }),
      );
    }
  }
  return facts;
}

// (« L'assemblée générale est composée de l'ensemble des membres »: a grouping's governing body, as its board is.)
const BODY = String.raw`(?:[Cc]omité|[Cc]onseil|[Cc]ommission|[Ss]éminaire|[Ii]nstance|[Cc]ollège|[Jj]ury|[Cc]onférence|[Cc]omité de pilotage|[Cc]omité stratégique|[Aa]ssemblée générale)`;
// (« tous les quatre mois », « chaque mardi », « tous les jeudis », « toutes les deux semaines ».)
const FREQUENCY = String.raw`(?:chaque (?:semaine|mois|trimestre|semestre|année|an|lundi|mardi|mercredi|jeudi|vendredi)|tous les (?:mois|ans|trimestres|semestres|lundis|mardis|mercredis|jeudis|vendredis|(?:deux|trois|quatre|six) (?:mois|ans|semaines))|toutes les (?:deux|trois|quatre) semaines|(?:une|deux|trois|quatre|(?<![\d,.])\d{1,2}) fois par (?:an|mois|semaine|trimestre|semestre)|mensuellement|annuellement|trimestriellement|semestriellement|hebdomadairement|au moins (?:une|deux) fois par (?:an|mois))`;

/** What makes a named body a committee in prose: it is set up, chaired, composed, or meets. */
// No \b around words ending in « é »: without the u flag, « é » is not a word character.
const COMMITTEE_VERB = /(?:est institué|est instituée|est créé|est créée|instituée? par|se réunit|se réunissent|se réunira|se réuniront|est réunie?|réunie?s?(?= (?:chaque|tous|toutes|une|deux|trois|quatre|au moins|mensuellement|annuellement|trimestriellement|semestriellement))|siège|siègent|est présidée?|présidée? par|est composée? de|composée? de|constituée? (?:de|d')|réunit|réunira|réunissait|rassemble|rassemblera|rassemblait|associe|associera|associait|comprend|comprenait|se réunissait|est chargée? de|réunion du|réunion de la|examine|examinent|rend un avis|rendent un avis|émet un avis|se prononce|associant|réunissant|rassemblant|(?:compte|comptera|comptait)\s+\d+\s+membres)(?![\wÀ-ÿ])/;
/** « un comité de sélection de onze membres »: its size, which ends its name. */
const MEMBER_COUNT = String.raw`(?:\d{1,3}|${COUNT_WORD_ALTERNATION})`;
/** A board given by its size, then its members: « un conseil d'administration de douze membres : six représentants … ». */
const BOARD_OF_MEMBERS = new RegExp(String.raw`(?:conseil|comité|commission)\s+[^.;:]{0,40}?\sde\s+${MEMBER_COUNT}\s+membres\s*:`);
const NAMED_BODY = new RegExp(
  String.raw`(?<![\wÀ-ÿ])((?:${BODY.slice(3, -1)}|[Gg]roupe de travail)(?:\s+(?:«[^»]{2,80}»|[dl]'[A-ZÉ][\wÀ-ÿ'-]*|[a-zéèêàç'][a-zéèêàç'-]*|[A-ZÉ][\wÀ-ÿ'-]*)){0,10}?)(?=\s*(?:,|\(|\s[-–—]\s|\s(?:est|sera|se|s['’]\s*est|s['’]\s*était|a|ont|avait|adopte|adoptent|valident|arbitrent|fixent|suit|suivent|définit|prépare|approuve|approuvent|décide|décident|oriente|assure|statue|statuent|siège|réunit|réunira|réuniront|réunissait|rassemble|rassemblera|rassemblait|associe|associera|associait|comprendra|comprenait|réunissant|rassemblant|associant|comprend|présidée?|composée?|constituée?|chargée?|examinent|examine|rend|rendent|émet|compte|comptera|comptait|qui)(?![\wÀ-ÿ])|\s+de\s+${MEMBER_COUNT}\s+[a-zéèêàç]+s(?![\wÀ-ÿ])))`,
  'g',
);
const INSTITUTED =
  /\b(?:est|sont) (?:institu|cré)ée?s? (?:[^.;]{0,150}? )?(?:un|une) ((?:comité|commission|conseil|instance|collège|groupe de travail|observatoire)(?=\s)[^.;,()]{0,150}?)(?=\s*[.;,(]|$)/;
/** What introduces a body's participants (« réunit les directeurs … », « est composé de … »). */
const PARTICIPANTS = /(?:(?<!se )réunit|(?<!se )réunira|(?<!se )réunissait|rassemblait|associait|comprenait|rassemblera|rassemble|associera|associe|réunissant|rassemblant|associant|est composée? de|composée? de|constituée? (?:de |d')|comprend)\s*([^.;:]{3,300})/;

const GENERIC_BODY = /^(?:conseil|comité|commission|instance|collège|séminaire|jury|groupe de travail)s?$/i;

function fromProse(doc: SourceDocument): Fact[] {
  const text = prepared(doc.text);
  const facts: Fact[] = [];
  for (const [si, s] of text.sentences.entries()) {
    // « Le comité : » then « 1° Fixe les orientations … ; 2° … » (decrees): the remits of the committee set up before.
    const remits = REMITS_FOLLOW.exec(s.text);
    if (remits) {
      const named = lastNamed(facts, remits[1]!);
      const listed = named ? listedAfter(text, s.end) : undefined;
      if (named && listed) facts.push(factAt(doc, ID, s.start + remits.index, listed.end, { kind: 'committee', name: named, frequency: null, participants: [], topics: listed.items }));
      continue;
    }
    if (!COMMITTEE_VERB.test(s.text) && !BOARD_OF_MEMBERS.test(s.text)) continue;
    // « Il est institué auprès du ministre un comité … » (decrees): the body follows the verb.
    const instituted = INSTITUTED.exec(s.text);
    NAMED_BODY.lastIndex = 0;
    let m = instituted ? Object.assign([instituted[0], instituted[1]], { index: instituted.index + instituted[0].length - instituted[1]!.length, input: s.text }) as RegExpExecArray : NAMED_BODY.exec(s.text);
    // « les travaux du comité, en lien avec le comité X (ABC), qui réunit … »: a bare « comité » in a complement is
    // a mention of another; the body the sentence describes comes after it (if any: « réunion du groupe de travail
    // constitué d'agents … » describes that one).
    while (m && !instituted && GENERIC_BODY.test(m[1]!.trim()) && /(?:^|[^\wÀ-ÿ])(?:du|des|au|aux|de la|à la)\s+$/i.test(s.text.slice(Math.max(0, m.index - 8), m.index))) {
      const after = NAMED_BODY.exec(s.text);
      if (!after) break;
      m = after;
    }
    // (« À l'issue de la conférence nationale, un comité de suivi … se réunira chaque trimestre »: a later body is the one described.)
    while (m && !instituted && /^[Cc]onférence/.test(m[1]!)) {
      const after = NAMED_BODY.exec(s.text);
      if (!after) break;
      m = after;
    }
    // « Le conseil crée un comité d'audit, composé de … »: a phrase that runs from one body word to the next (« conseil
    // crée un comité d'audit ») is no name; the body the sentence describes starts at the last body word.
    if (m && !instituted) {
      const inner = /(?<![\wÀ-ÿ])(?:comité|commission|conseil|instance|collège|groupe de travail)(?![\wÀ-ÿ])/gi;
      let lastBody = -1;
      for (const b of m[1]!.matchAll(inner)) if (b.index! > 0) lastBody = b.index!;
      if (lastBody > 0 && /^\S+\s+[a-zéèêàç]+(?:e|ent)\s+(?:un|une|le|la|les|l')/.test(m[1]!)) {
        m = Object.assign([m[0].slice(lastBody), m[1]!.slice(lastBody)], { index: m.index + lastBody, input: s.text }) as RegExpExecArray;
      }
    }
    // « …, le groupe réunit A, B et C ; il se réunira toutes les trois semaines »: the working group named just before.
    const takenUp = m ? null : GROUP_TAKEN_UP.exec(s.text);
    const group = takenUp ? lastGroupNamed(text.clean, s.start + takenUp.index) : undefined;
    if (takenUp && group) {
      const found = describedBody(doc, s.start + takenUp.index, s.end, group, s.text.slice(takenUp.index));
      if (found) facts.push(found);
      continue;
    }
    if (!m) {
      // « J'ai décidé de créer un Conseil national X (CNX). Il réunira des représentants … Il se réunira chaque
      // trimestre. »: the body the previous sentence named, described by the sentences that follow it.
      // (« … préside le comité stratégique (COSTRAT). Celui-ci réunit deux fois par an … »: « celui-ci » stands for the
      // body that closed the previous sentence, whatever it said of it.)
      const opener = /^(?:(il|elle)|(celui-ci|celle-ci))\s/i.exec(s.text);
      const body = opener && si > 0 ? (opener[2] ? committeeClosing(text, text.sentences[si - 1]!, opener[2]) : bodySetUpIn(text, text.sentences[si - 1]!)) : undefined;
      if (!body || facts.some((f) => (f.data as { name: string }).name === body)) continue;
      const next = text.sentences[si + 1];
      const goesOn = next && /^(?:il|elle)\s/i.test(next.text) ? next : undefined;
      const found = describedBody(doc, s.start, (goesOn ?? s).end, body, goesOn ? `${s.text} ${goesOn.text}` : s.text);
      if (found) facts.push(found);
      continue;
    }
    // « le conseil d'administration de l'agence »: the body it belongs to, named by a bare type word, is not part of its name.
    // (Tried in session 22 and withdrawn: keeping it for committees, « le comité de suivi de la mission ».)
    let name = m[1]!.replace(/\s+/g, ' ').replace(/[«»]/g, '').replace(/\s+/g, ' ').trim().replace(OWNER_SUFFIX, '');
    // « le conseil » alone, « conseil et expertise »: not a body's name.
    if (/^(?:[Cc]onseil)\s+(?:et|aux|en|sur|de\s+(?:la|l'))\b/.test(name)) continue;
    if (!/^(?:[Gg]roupe|[Cc]omit|[Cc]ommission|[Ii]nstance|[Ss]éminaire|[Cc]ollège|[Jj]ury|[Cc]onférence|assemblée générale|conseil (?:d'administration|de surveillance|d'orientation|scientifique|stratégique|consultatif|d'évaluation|interministériel|ministériel|national|supérieur))/.test(name) && !/^[A-ZÉ]/.test(name)) continue;
    // (« un comité de tutelle réuni chaque trimestre, associant … »: the participle describes the body; what it
    // says is read below.)
    const tail = PARTICIPLE_TAIL.exec(name);
    if (tail) name = name.slice(0, tail.index);
    // (« la commission » alone, once what it reports is cut: a body the text names elsewhere, no committee's name.)
    const reported = REPORTED_TAIL.exec(name);
    if (reported) name = name.slice(0, reported.index);
    if (reported && !/\s/.test(name.trim())) continue;
    // « comité de pilotage trimestriel présidé par … »: how often it meets, said by an adjective, is no part of its name.
    const everyAdjective = FREQUENCY_ADJECTIVE.exec(name);
    if (everyAdjective) name = name.slice(0, name.length - everyAdjective[1]!.length);
    const start = s.start + m.index;
    const rest = tail ? s.text.slice(m.index + m[0].indexOf(tail[0].trim())) : s.text.slice(m.index + m[0].length);
    // The next sentence may go on about the body with a pronoun (« Il associe les directeurs … »).
    const next = text.sentences[si + 1];
    const goesOn = next && /^(?:il|elle)\s/i.test(next.text) ? next : undefined;
    // A line of fields set off by dashes, « Comité X – présidé par … – réunit A et B – 2 fois par an – arbitrage … »:
    // each field read on its own (the clean copy writes every dash « - »).
    const fields = /^\s+-\s/.test(s.text.slice(m.index + m[0].length));
    const described = fields ? rest.replace(/\s-\s/g, ' . ') : goesOn ? `${rest} ${goesOn.text}` : rest;
    // « Nous nous réunissons chaque mois au sein du comité X »: a meeting said before the name is the body's too.
    const freq = new RegExp(FREQUENCY).exec(described) ?? (/réuni/.test(s.text.slice(0, m.index)) ? new RegExp(FREQUENCY).exec(s.text.slice(0, m.index)) : null);
    const part = PARTICIPANTS.exec(described);
    let participants = participantsOf(part);
    // « Il comprend : » then « 1° Le directeur … ; 2° … » (decrees) or list items: one participant per item.
    const listFollows = LIST_FOLLOWS.test(described);
    const listed = listFollows ? listedAfter(text, (goesOn ?? s).end) : undefined;
    if (listed) participants = listed.items;
    else if (listFollows) participants = [];
    const topic = /est chargée? (?:de |d')([^.;]{3,200})/.exec(described);
    // The quote runs to the end of the next sentence when what was read comes from it.
    const fromNext = (found: RegExpExecArray | null) => !!found && found.index > rest.length;
    const end = listed?.end ?? (goesOn && (fromNext(part) || fromNext(topic) || fromNext(freq)) ? goesOn.end : s.end);
    // « Le comité se réunit deux fois par an » after « un comité d'orientation … » was set up: that committee.
    // (« … le secrétariat du comité ministériel des investissements (CMIN). Ce comité se réunit … »: the body named
    // just before, if no committee was described yet.)
    // (None named shortly before: the minutes of a meeting call the body the title names « le comité ».)
    if (GENERIC_BODY.test(name) && /(?:^|[^\wÀ-ÿ])(?:le|la|ce|cette)\s+$/i.test(s.text.slice(Math.max(0, m.index - 8), m.index))) name = lastNamed(facts, name) ?? lastBodyNamed(text, name, start) ?? bodyOfTitle(text, doc, name) ?? name;
    // « le comité » alone is a mention; « le groupe de travail constitué d'agents … » is described: a body.
    const frequency = freq ? freq[0] : (everyAdjective?.[2] ?? null);
    if (GENERIC_BODY.test(name) && !participants.length && !frequency) continue;
    // (A conference is a standing body when it meets at a stated rhythm, « une conférence annuelle … réunit … », not
    // an event that brings people together once.)
    // (Nor one whose « participants » are a head count: « La Conférence annuelle du numérique réunit 800 participants ».)
    if (/^conférence/i.test(name) && ((!frequency && !/(?<![\p{L}])(?:annuelle|semestrielle|trimestrielle|mensuelle)(?![\p{L}])/iu.test(name)) || participants.some((p) => /^\s*\d/.test(p)))) continue;
    facts.push(factAt(doc, ID, start, end, { kind: 'committee', name, frequency, participants, topics: topic ? [topic[1]!.trim()] : [] }));
  }
  return facts;
}

/** An adjective that says how often a body meets, closing its name: « comité de pilotage trimestriel ». */
// (Right after the body's word or its one-word complement, « comité de pilotage trimestriel »: « comité de suivi du rapport
// annuel » qualifies the report.)
/** Adjectives that say how often a body meets. */
const FREQUENCY_ADJECTIVES = String.raw`hebdomadaire|bimensuel(?:le)?|mensuel(?:le)?|bimestriel(?:le)?|trimestriel(?:le)?|semestriel(?:le)?|annuel(?:le)?`;
const FREQUENCY_ADJECTIVE = new RegExp(String.raw`^(?:comités?|commissions?|conseils?|instances?|collèges?|réunions?|groupes? de travail)(?:\s+(?:de|d')\s*\p{L}+)?(\s+((?:${FREQUENCY_ADJECTIVES})s?))$`, 'iu');

/** « … de l'agence », « … du ministère »: a committee's owner named by its bare type word. */
const OWNER_SUFFIX = /\s+(?:de la|de l'|du)\s*(?:agence|direction|service|mission|délégation|ministère|établissement|office|institut|autorité|programme)$/i;

/** A sentence that only announces a committee's remits: « Le comité : », « La commission : ». */
const REMITS_FOLLOW = /^(?:le|la)\s+(comité|commission|conseil|instance|collège)\s*:\s*$/i;

/** The name of the last committee found before whose name starts with this bare type word (« comité … »). */
function lastNamed(facts: readonly Fact[], bare: string): string | undefined {
  const head = `${bare.toLowerCase()} `;
  for (let i = facts.length - 1; i >= 0; i--) {
    const name = (facts[i]!.data as { name: string }).name;
    if (name.toLowerCase().startsWith(head)) return name;
  }
  return undefined;
}

/** A participle describing a body, from where it starts in its name to its end: « … réuni chaque trimestre ». */
// (And a verb in the imperfect, which no name holds: « le comité de sélection réunissait sept membres ».)
const PARTICIPLE_TAIL = /\s+(?:réunie?s?|présidée?s?|composée?s?|constituée?s?|associant|réunissant|chargée?s?|placée?s?|animée?s?|pilotée?s?|coprésidée?s?|(?:réunissai|rassemblai|comptai|associai|comprenai|siégeai|examinai|regroupai|présidai|étai|avai)(?:t|ent))(?:\s.*)?$/;

/** A verb that reports what a body's text says, and all after it: « la commission prévoit qu'il se réunit … ». */
const REPORTED_TAIL = /\s+(?:prévoit|prévoient|précise|précisent|indique|indiquent|propose|proposent|estime|estiment|recommande|recommandent|rappelle|rappellent|souhaite|souhaitent)\s+qu.*$/;

/**
 * A committee named before, from what `described` says of it (how often it meets, who sits on it), quoted from
 * `start` to `end`; undefined when it says neither.
 */
function describedBody(doc: SourceDocument, start: number, end: number, name: string, described: string): Fact | undefined {
  const freq = new RegExp(FREQUENCY).exec(described);
  const participants = participantsOf(PARTICIPANTS.exec(described));
  if (!freq && !participants.length) return undefined;
  return factAt(doc, ID, start, end, { kind: 'committee', name, frequency: freq ? freq[0] : null, participants, topics: [] });
}

/** « le groupe » or « ce groupe » taken up as the subject of what a body does. */
const GROUP_TAKEN_UP = /(?<![\p{L}])(?:le|ce)\s+groupe\s+(?:réunit|réunira|rassemble|rassemblera|associe|associera|comprend|se\s+réunit|se\s+réunira|est\s+composé)(?![\p{L}])/iu;

/** A working group's name: « groupe de travail « X » », « groupe de travail sur la donnée ». */
const GROUP_NAME = /(?<![\p{L}])groupe\s+de\s+travail(?:\s+«[^«»\n]{2,80}»|(?:\s+(?:sur|des|du|de\s+la|de\s+l'|d')\s*[a-zéèêàçœ'-]+(?:\s+[a-zéèêàçœ'-]+){0,3}))?/giu;

/** A verb or an auxiliary a lowercase name ran into: « groupe de travail sur la donnée a été constitué ». */
const GROUP_NAME_TAIL = /\s(?:a|ont|est|sont|sera|été|qui|que|se|s'|rend|avait|était)(?:\s.*)?$/u;

/** The last working group named in the POINTS_BACK characters before `pos`, as written (quotes kept). */
function lastGroupNamed(clean: string, pos: number): string | undefined {
  let last: string | undefined;
  const before = clean.slice(Math.max(0, pos - POINTS_BACK), pos);
  let lastAt = -1;
  for (const g of before.matchAll(GROUP_NAME)) {
    last = g[0].replace(/\s+/g, ' ').replace(GROUP_NAME_TAIL, '');
    lastAt = g.index!;
  }
  // (The last group named must be that working group: « un groupe d'experts … ; le groupe réunit … » is another.)
  const anyGroup = [...before.matchAll(/(?<![\p{L}])groupe(?![\p{L}])/giu)].pop();
  return anyGroup && anyGroup.index === lastAt ? last : undefined;
}

/** How far back a bare « ce comité » looks for the body it points to. */
const POINTS_BACK = 600;

/** The name of the last body of that type word named shortly before `pos` (« comité ministériel … (CMIN) »). */
function lastBodyNamed(text: ReturnType<typeof prepared>, bare: string, pos: number): string | undefined {
  const head = `${bare.toLowerCase()} `;
  const before = findOrgMentions(text).mentions.filter((m) => m.end <= pos && m.start >= pos - POINTS_BACK && m.name?.toLowerCase().startsWith(head));
  return before[before.length - 1]?.name ?? undefined;
}

/**
 * The one body of that type word a document's title names (« # Compte rendu de la réunion du comité de pilotage X du
 * 3 mai »: its first line when a heading, or its declared title): what its text calls « le comité » when no body of
 * that word was named shortly before. Two bodies of that word in the title: neither.
 */
function bodyOfTitle(text: ReturnType<typeof prepared>, doc: SourceDocument, bare: string): string | undefined {
  const first = text.lines.find((l) => l.kind !== 'blank');
  const title = first?.kind === 'heading' ? text.clean.slice(first.contentStart, first.end) : doc.title;
  if (!title) return undefined;
  const named = [...title.matchAll(new RegExp(String.raw`(?<![\p{L}])${bare}(?![\p{L}])(?:\s+(?:«[^»]{2,80}»|[dl]['’][\p{L}\p{N}'’-]+|[\p{L}\p{N}'’-]+)){0,12}`, 'giu'))];
  if (named.length !== 1 || named[0]![0].slice(bare.length).search(new RegExp(String.raw`(?<![\p{L}])${bare}(?![\p{L}])`, 'iu')) >= 0) return undefined;
  // The name ends where the meeting's date or place begins (« … du 14 octobre 2026 », « … – séance plénière »; the
  // clean copy writes every dash « - »).
  const name = named[0]![0]
    .replace(/\s+(?:(?:du|le|en|de\s+la\s+séance\s+du)\s+(?:\d|1er|premier|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b)|[–—:(]|-\s).*$/iu, '')
    .replace(/(?:\s+(?:du|de|des|de la|la|le|les|et|à|au|en))+$/iu, '')
    .replace(/[«»]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return GENERIC_BODY.test(name) ? undefined : name;
}

/**
 * The committee, council or commission a sentence sets up (« J'ai décidé de créer un Conseil national X (CNX). ») or
 * opens with (its subject): what « Il … » in the next sentence stands for. (Not a body only mentioned: « Le ministre a
 * saisi le Conseil national X. Il réunit … » is the minister.)
 */
function bodySetUpIn(text: ReturnType<typeof prepared>, sentence: { start: number; end: number; text: string }): string | undefined {
  const named = findOrgMentions(text).mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end && m.name && /^(?:comité|conseil|commission)\s/i.test(m.name));
  const body = named.find((m) => SET_UP_BEFORE.test(text.clean.slice(Math.max(sentence.start, m.start - 60), m.start)) || /^\s*(?:le|la|l')?\s*$/i.test(text.clean.slice(sentence.start, m.start)));
  return body?.name ?? undefined;
}

/**
 * The committee, council or commission that closes a sentence (« … préside le comité X (ABC). »), of the gender of
 * the pronoun that takes it up next (« celui-ci »: a comité, a conseil; « celle-ci »: a commission, an instance). A
 * body followed by other words (« … saisi le conseil X puis reçu le préfet. ») is not what « celui-ci » stands for.
 */
function committeeClosing(text: ReturnType<typeof prepared>, sentence: { start: number; end: number }, pronoun: string): string | undefined {
  const named = findOrgMentions(text).mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end && m.name);
  const last = named[named.length - 1];
  if (!last?.name || !/^\s*(?:\([^()\n]{1,20}\)\s*)?[.!?]?\s*$/.test(text.clean.slice(last.end, sentence.end))) return undefined;
  const feminine = /^celle/i.test(pronoun);
  return (feminine ? /^(?:commission|instance)\s/i : /^(?:comité|conseil)\s/i).test(last.name) ? last.name : undefined;
}

/** Right before a body set up: « créer un », « est institué un », « installe une », « mettre en place un ». */
const SET_UP_BEFORE = new RegExp(
  String.raw`(?:créer|crée|créera|instituer|institue|installer|installe|installera|mettre\s+en\s+place|met\s+en\s+place|(?:est|sera)\s+(?:créée?|instituée?|installée?)|(?:réunirai|réunirons|réunira)(?:\s+${FREQUENCY})?)\s+(?:un|une)\s*$`,
  'i',
);

/** Who a body gathers, from PARTICIPANTS' match: its items, without what follows them or its frequency. */
function participantsOf(part: RegExpExecArray | null): string[] {
  if (!part) return [];
  return (
    part[1]!
      // (« composé de trois administrateurs, qui se réunira … »: the relative clause says something else.)
      .split(/\s*,\s*(?:qui|dont|lequel|laquelle|se|s'|est|sont|sera|seront)(?:\s|(?<='))|\s+(?:(?:devait|doit|devra|va|allait|pourra)\s+)?(?:se\s+|s')(?:réuni|tien)/)[0]!
      .split(/\s*(?:,|\bet\b)\s*/)
      // « réunit chaque mois les archivistes »: the frequency is not part of who meets.
      // (« … la DNUM et la DAF tous les mois »: nor when it closes the list.)
      .map((p) => p.trim().replace(new RegExp(`^${FREQUENCY}\\s*,?\\s*`), '').replace(new RegExp(`\\s*,?\\s*${FREQUENCY}$`), ''))
      .filter((p) => p.length > 1 && !NOT_A_PARTICIPANT.test(p))
  );
}

/** A description ending with an announced list: « Il comprend : », « est composé de : ». */
// (« réunissait sept membres : »: the members are the list, not their count.)
const LIST_FOLLOWS = new RegExp(String.raw`(?:comprend|comprennent|comprenait|est composée? de|sont composée?s de|réunit|réunissait|rassemble|rassemblait|associe)(?:\s+${MEMBER_COUNT}\s+membres)?(?:\s*,[^,:]{1,60},?)?\s*:\s*$`);

/** What a meeting's description says besides its members (« sous la présidence de … », « outre son président »). */
const NOT_A_PARTICIPANT = /^(?:sous la présidence|sur convocation|outre\s|à la demande|en présence)/i;

/** The list items right after `pos` (blank lines aside), each stripped of its marker and closing « ; »; undefined if none. */
function listedAfter(text: ReturnType<typeof prepared>, pos: number): { items: string[]; end: number } | undefined {
  const items: string[] = [];
  let end = pos;
  for (const line of text.lines) {
    if (line.start < pos || line.kind === 'blank') continue;
    if (line.kind !== 'list-item') break;
    const item = text.clean.slice(line.contentStart, line.start + line.text.length).replace(/\s*(?:;|\.|,)?\s*(?:et|ou)?\s*$/, '').trim();
    if (item) items.push(item);
    end = line.start + line.text.length;
  }
  return items.length ? { items, end } : undefined;
}

/**
 * « au comité de gouvernance de la donnée »: a committee named with a complement, the name up to a stop (on one line,
 * within one cell); « Comité de pilotage du programme « Nuage Public » »: with the name between guillemets of what it
 * steers.
 */
const NAMED_COMMITTEE =
  /(?<![\wÀ-ÿ])([Cc]omité(?:[ \u00a0]+[a-zéèêàç-]+(?:ique|ai?re|al|el|if|ant))?[ \u00a0]+(?:de la|de l'|du|des|de|d')[ \u00a0]*[\wÀ-ÿ'-]+(?:[ \u00a0]+(?!(?:est|sont|se|a|ont|qui|que|et(?![ \u00a0]+(?:de|du|des|d'))|ou|pour|sur|en|dont|avec|à|au|aux|par)(?![\wÀ-ÿ])|s['’])[\wÀ-ÿ'-]+){0,10}?(?:(?<=(?:programme|projet|plan|dispositif|réseau|service|produit|chantier|portail|plateforme))[ \u00a0]+«[ \u00a0]*[^«»\n]{2,60}?[ \u00a0]*»)?)(?=[ \u00a0]*(?:[,.;:()\n«»]|[–—]|-[ \u00a0]|$)|[ \u00a0]+(?:est|sont|se|a|ont|qui|et(?![ \u00a0]+(?:de|du|des|d'))|pour|sur|en|dont|avec|à|au|aux|par)(?![\wÀ-ÿ])|[ \u00a0]+s['’])/g;

/** Before a committee only consulted: « l'avis du », « après consultation de la », « saisine du ». */
const CONSULTED_BEFORE = /(?:avis(?:\s+conforme)?|consultation|saisine|délibération)\s+(?:du|de\s+la|de\s+l'|des)\s*$/i;

/** How many characters of `raw` make `collapsed` characters once its runs of whitespace are read as one space. */
function rawLength(raw: string, collapsed: number): number {
  let read = 0;
  let i = 0;
  while (i < raw.length && read < collapsed) {
    if (/\s/.test(raw[i]!)) while (i + 1 < raw.length && /\s/.test(raw[i + 1]!)) i++;
    read++;
    i++;
  }
  return i;
}

/** Function words that do not count towards a committee name's content. */
const NAME_CONNECTORS = new Set(['de', 'du', 'des', "d'", 'la', "l'", 'le', 'les']);

/**
 * Committees only mentioned, not described (« représenter le bureau au comité de gouvernance de la donnée »): a
 * « comité » whose name has two content words at least after the type word (« comité de pilotage » alone is a
 * kind of body, « comité de pilotage du programme » names one). Sentences and table rows that described one
 * are left alone.
 */
function namedCommittees(text: ReturnType<typeof prepared>, doc: SourceDocument, described: readonly Fact[]): Fact[] {
  const out: Fact[] = [];
  if (!/omité/.test(text.clean)) return out;
  for (const s of text.sentences) {
    if (described.some((f) => f.start < s.end && s.start < f.end)) continue;
    NAMED_COMMITTEE.lastIndex = 0;
    for (const m of s.text.matchAll(NAMED_COMMITTEE)) {
      // « Comité de pilotage – 18 mars 2025 » (a meeting record's title): the date is not part of the name.
      // (Nor are « de juillet 2026 » (a meeting's month) or « dans un délai de 15 jours » (a time limit).)
      const named = m[1]!
        .replace(/\s+/g, ' ')
        // (Nor « de huit membres », « de neuf chercheurs »: its size.)
        .replace(new RegExp(String.raw`\s+de\s+${MEMBER_COUNT}\s+[a-zéèêàç]+s(?![\wÀ-ÿ]).*$`), '')
        .replace(/\s+(?:-\s.*|\d{1,2}(?:er)?\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b.*|(?:de|d'|en)\s*(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b.*|(?:dans\s+un\s+délai|lors\s+d[eu']|depuis\s|avant\s+l[ea']|après\s+l[ea'])\s*.*)$/, '')
        // (« installé le comité X le 3 mars 2026 »: the date's article too.)
        .replace(/\s+(?:de la|de l'|du|des|de|d'|le|au|en)$/, '');
      // « le comité de pilotage adopte la feuille de route »: a verb before its object ends the name; so does a
      // participle describing the body (« un comité de tutelle réuni chaque trimestre, associant … »).
      // (An adjective is no verb, « comité stratégique des cartes », nor a noun after « de », « comité de gouvernance
      // des ponts ».)
      const name = named.replace(PARTICIPLE_TAIL, '').replace(/(?<!(?:^|\s)(?:de|du|des|d'|la|le|les|l'))\s+(?!(?:entre|contre|comme|notre|votre|autre)\s)(?![a-zéèêàç]*(?:ique|aire|ale|elle|ible|able|ive|ile)\s)[a-zéèêàç]{3,}(?:e|ent)\s+(?:la|le|les|l'|un|une|des|ses|son|sa|leur|leurs)(?:\s|(?<=')).*$/, '');
      const content = name.split(/\s+|(?<=')/).slice(1).filter((w) => w && !NAME_CONNECTORS.has(w.toLowerCase()));
      if (content.length < 2) continue;
      // « Vu l'avis du comité social d'administration »: a body consulted, not described.
      if (CONSULTED_BEFORE.test(s.text.slice(Math.max(0, m.index! - 30), m.index!))) continue;
      const start = s.start + m.index!;
      // (The guillemets around what it steers are not part of the name: « … du programme Nuage Public ».)
      const shown = name.replace(/[ \u00a0]*«[ \u00a0]*/g, ' ').replace(/[ \u00a0]*»/g, '');
      // (The name's whitespace was collapsed: its end in the text is where as many characters have been read, runs of
      // spaces counted once; « &laquo;&nbsp;Nuage » is padded with spaces in the clean copy.)
      out.push(factAt(doc, ID, start, start + rawLength(s.text.slice(m.index!), name.length), { kind: 'committee', name: shown, frequency: null, participants: [], topics: [] }));
    }
  }
  return out;
}

/** A governance body's long form: « Comité interministériel … », « Conférence du numérique régional ». */
const BODY_LONG_FORM = String.raw`(?:Comité|Conseil|Commission|Conférence|Instance|Collège)\s[^()|\n.;:]{3,120}?`;
const DEFINED_BY_PARENTHESIS = new RegExp(String.raw`(${BODY_LONG_FORM})\s*\(([A-Z][A-Za-z0-9]{1,10})\)`, 'g');
const DEFINED_BY_GLOSSARY = new RegExp(String.raw`^[ \t|*-]*([A-Z][A-Za-z0-9]{1,10})[ \t*]*(?:\||:|-)[ \t*]*(${BODY_LONG_FORM})[ \t*]*(?:\||$)`, 'gm');
/** After a body's acronym: it meets (« , réuni deux fois par an », « , qui rassemble chaque année … »). */
const MEETS_AFTER = new RegExp(String.raw`^,?\s*(?:qui\s+)?(?:se\s+réunit|réunie?s?|rassemble|associe)\s+(?:[^.;,]{0,40}?\s)?(${FREQUENCY})`);


/**
 * Bodies known by an acronym that the text defines as a committee, conference or council (« | CIDA | Comité
 * interministériel … | » in a glossary, « Conférence … (CNR) »), then describes by how often it meets
 * (« le secrétariat du CIDA, réuni deux fois par an »): committees under their long form.
 */
function acronymCommittees(text: ReturnType<typeof prepared>, doc: SourceDocument, described: readonly Fact[]): Fact[] {
  const out: Fact[] = [];
  const longForms = new Map<string, string>();
  for (const re of [DEFINED_BY_PARENTHESIS, DEFINED_BY_GLOSSARY]) {
    re.lastIndex = 0;
    for (const m of text.clean.matchAll(re)) {
      const [acronym, long] = re === DEFINED_BY_GLOSSARY ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
      // The long form spells the acronym (its capitals are initials of its words, in order): « Comité a salué le
      // travail de l'Agence … (ANUM) » is no definition of a committee.
      if (!spellsAcronym(acronym, long)) continue;
      if (!longForms.has(acronym)) longForms.set(acronym, long.replace(/\s+/g, ' ').trim());
    }
  }
  if (!longForms.size) return out;
  const names = new Set(described.map((f) => (f.data as { name: string }).name.toLowerCase()));
  for (const [acronym, name] of longForms) {
    if (names.has(name.toLowerCase())) continue;
    const at = new RegExp(String.raw`(?<![\w-])${acronym}(?![\w-])`, 'g');
    for (const m of text.clean.matchAll(at)) {
      const after = m.index + acronym.length;
      const meets = MEETS_AFTER.exec(text.clean.slice(after, after + 120));
      if (!meets) continue;
      const sentence = text.sentences.find((x) => x.start <= m.index && after <= x.end);
      const rest = text.clean.slice(after + meets[0].length, sentence?.end ?? after + meets[0].length);
      // « qui rassemble chaque année les présidents de région et les préfets »: who meets.
      const who = /^\s+(?:les|des)\s+([^.;:]{3,200})/.exec(rest)?.[1];
      const participants = /rassemble|associe/.test(meets[0]) && who ? who.split(/\s*(?:,|\bet\b)\s*/).map((p) => p.replace(/^(?:les|des|la|le|l')\s*/i, '').trim()).filter((p) => p.length > 1) : [];
      out.push(factAt(doc, ID, m.index, after + meets[0].length, { kind: 'committee', name, frequency: meets[1]!, participants, topics: [] }));
      names.add(name.toLowerCase());
      break;
    }
  }
  return out;
}

/**
 * « # Comité de pilotage du programme X » then « Le comité se réunit chaque trimestre »: a committee the text calls by
 * its type word alone is the last one it named with that word (the same record once merged), not a body named
 * « comité ».
 */
function namedAfterLast(facts: Fact[], text: ReturnType<typeof prepared>): Fact[] {
  let last: Map<string, string> | undefined;
  const headings = text.lines.filter((l) => l.kind === 'heading');
  let h = 0;
  for (const f of facts) {
    if (f.data.kind !== 'committee') continue;
    // (A section begins anew: « le comité » under « ## Nos instances internes » is none of the committees named before;
    // a committee named in the heading itself is that section's.)
    while (h < headings.length && headings[h]!.start <= f.start) {
      if (headings[h]!.end <= f.start) last = undefined;
      h++;
    }
    const name = f.data.name.trim();
    const word = name.split(/\s+/)[0]!.toLowerCase();
    if (GENERIC_BODY.test(name)) {
      const named = last?.get(word);
      if (named) f.data.name = named;
    } else (last ??= new Map()).set(word, name);
  }
  return facts;
}

/** A list item that only names a committee (« • Comité des produits », « - Comité stratégique (CS) »). */
const COMMITTEE_ITEM = /^(?:Comité|Commission|Conseil|Instance|Collège|Groupe de travail)(?:\s+[^\s().,;:–—-][^().,;:–—]{0,80}?)?(?:\s*\([A-Z][A-Za-z0-9-]{1,10}\))?\s*$/u;
/** A sub-item that says how often it meets: « Mensuel », « Semestriel, présidé par … », « Deux fois par an ». */
const FREQUENCY_ITEM = new RegExp(String.raw`^(?:(${FREQUENCY_ADJECTIVES})|(${FREQUENCY}))(?![\p{L}])`, 'iu');

/**
 * A committee's sheet as a nested list (an exported slide: « • Comité des produits » then « – Mensuel », « – DND,
 * incubateur »): a committee whose deeper items say how often it meets, even when its name alone would be too
 * generic to read in prose (one content word). A committee another rule read on that line already gets the
 * frequency it lacked instead (its fact's data is completed in place).
 */
function committeeSheets(text: ReturnType<typeof prepared>, doc: SourceDocument, known: readonly Fact[]): Fact[] {
  const out: Fact[] = [];
  for (const [i, line] of text.lines.entries()) {
    if (line.kind !== 'list-item') continue;
    const content = text.clean.slice(line.contentStart, line.end).trim();
    if (!COMMITTEE_ITEM.test(content)) continue;
    let frequency: string | null = null;
    for (let k = i + 1; k < text.lines.length && text.lines[k]!.kind === 'list-item' && text.lines[k]!.level > line.level; k++) {
      const f = FREQUENCY_ITEM.exec(text.clean.slice(text.lines[k]!.contentStart, text.lines[k]!.end).trim());
      if (f) frequency ??= (f[1] ?? f[2]!).toLowerCase();
    }
    if (!frequency) continue;
    const name = content.replace(/\s*\([^()]*\)\s*$/, '');
    const same = known.find((f) => f.start >= line.contentStart && f.start < line.end && (f.data as { name: string }).name === name);
    if (same) {
      (same.data as { frequency: string | null }).frequency ??= frequency;
      continue;
    }
    out.push(factAt(doc, ID, line.contentStart, line.contentStart + name.length, { kind: 'committee', name, frequency, participants: [], topics: [] }));
  }
  return out;
}

export const committeesExtractor: Extractor = {
  id: ID,
  version: 56,
  extract: (doc) => {
    const described = [...fromTables(doc), ...fromProse(doc)];
    const text = prepared(doc.text);
    const byAcronym = acronymCommittees(text, doc, described);
    const named = [...described, ...byAcronym, ...namedCommittees(text, doc, [...described, ...byAcronym])];
    const facts = [...named, ...committeeSheets(text, doc, named), ...yamlFacts(doc, 'committees')].sort((a, b) => a.start - b.start);
    return { facts: namedAfterLast(facts, text), issues: [] };
  },
};
