/**
 * A YAML data file (a static site's `_data/organisation.yml`) or a JSON export (a directory's API): its records read with the
 * `yaml` library, each field with its offsets in the text. A record says in fields what prose says in sentences: a
 * body's name and acronym (« nom: », « sigle: »), its parent (« parent: », « rattachement: »), its creation date, the
 * people who lead it (« responsable: » with « nom: », « role: », « debut: »), its products (« produits: » with
 * « lancement: »), key figures (« chiffre: » and « libelle: ») and its committees (« instance: », « frequence: »,
 * « participants: »). Keys are read in French (and their English equivalents), folded (case, accents).
 *
 * Pure; the extractors take the facts of their kinds from `yamlFacts`.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { DateValue, EventType, Fact, OrgRef, SourceDocument } from '../../types/domain.ts';
import { parseDates } from './dates.ts';
import { factAt } from './fact.ts';
import { orgTypeOf } from './lexicon.ts';
import { looksLikeAcronym } from './org-mentions.ts';

interface Field {
  value: string;
  start: number;
  end: number;
}

interface YamlRecord {
  /** The key the record is listed or nested under (« unites », « produits », « responsable »), folded; null at the top. */
  under: string | null;
  /** The record this one is nested in. */
  outer: YamlRecord | null;
  /** Its fields whose value is a scalar, by folded key. */
  fields: Map<string, Field>;
  /** Its fields whose value is a list of scalars (« participants: [A, B] »). */
  lists: Map<string, Field[]>;
  start: number;
  end: number;
}

/** A key folded: lowercase, without accents, « - » and spaces as « _ ». */
const foldKey = (key: string) =>
  key
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

const NAME_KEYS = ['nom', 'name', 'intitule', 'denomination', 'instance'];
/** Keys that label a record without naming a body (« libelle », « titre »). */
const LABEL_KEYS = ['libelle', 'titre', 'title', 'label', 'intitule_court'];
/** The key of a file's own description. */
const METADATA_KEYS = /^(?:metadata|meta|_meta|metadonnees|meta_donnees|info|informations|entete|header)$/;
/** Keys that attach a record to a body (not « ministere », which a project's or a dataset's record also has). */
const ATTACHMENT_KEYS = ['rattachement', 'rattache_a', 'parent', 'organisme_parent', 'entite_parente', 'parentorganization', 'structure_de_rattachement'];
/** Lists whose records are no bodies, whatever their fields (projects, datasets, tasks). */
const NOT_BODY_LISTS = /^(?:projets|projects|jeux_de_donnees|datasets|donnees|actions|taches|tasks|fiches|demarches|services_en_ligne|produits)$/;
// (« alternateName », schema.org's, when it is an acronym.)
const ACRONYM_KEYS = ['sigle', 'acronyme', 'acronym', 'abreviation', 'alternatename'];
const PARENT_KEYS = ['parent', 'rattachement', 'tutelle', 'rattache_a', 'ministere', 'ministere_de_tutelle', 'hierarchie', 'organisme_parent', 'entite_parente', 'parent_id', 'parentorganization'];
const ROLE_KEYS = ['role', 'fonction', 'poste', 'jobtitle'];
/**
 * Lists of a body's units (schema.org's « subOrganization », a directory's « unites »): each a unit of the body. (Not
 * « departements »: in French data, usually the territorial ones.)
 */
const UNIT_LISTS = /^(?:suborganization|department|unites|sous_unites|sous_directions|bureaux|poles|entites|composantes)$/;
/** schema.org's type of public bodies (a publisher, a sponsor or a newspaper, « Organization » or « NewsMediaOrganization », is none). */
const BODY_TYPE = /^GovernmentOrganization$/;
const FREQUENCY_KEYS = ['frequence', 'periodicite', 'rythme'];
const PARTICIPANT_KEYS = ['participants', 'membres', 'composition'];
const OPERATOR_KEYS = ['equipe', 'porteur', 'operateur', 'responsable', 'editeur'];
/** Date fields, by what happened on the date. */
const DATE_KEYS: Array<[string[], EventType]> = [
  [['creation', 'date_creation', 'date_de_creation', 'cree_le', 'creee_le', 'foundingdate'], 'creation'],
  [['lancement', 'date_lancement', 'date_de_lancement', 'mise_en_ligne', 'mise_en_service', 'ouverture', 'date_ouverture', 'date_d_ouverture', 'date_mise_en_ligne', 'date_mise_en_service'], 'launch'],
  [['suppression', 'fermeture', 'date_suppression', 'date_fermeture', 'dissolutiondate'], 'suppression'],
];
/**
 * A key that counts (folded): « nombre_conseillers », « nb_agents », « nombre_total_agents », « effectif_agents »; not
 * an export's own count of what it holds (« nombre_resultats », « nb_pages »).
 */
const COUNT_KEY = /^(?:nombre|nb|effectif)_(?:total_|de_|d_)?(?!(?:resultats|results|pages|elements|items|enregistrements|lignes|colonnes|entrees|features|objets|reponses|jours|heures|mois|semaines|annees|ans|minutes|secondes|mots|caracteres|tentatives|essais|workers|threads|processus|octets|fichiers|requetes|appels|versions|clics|vues)$)([a-z]{3,}s)$/;
/** The key written right before a value (« "nombre_employés": », « nb_agents: »). */
const WRITTEN_KEY_BEFORE = /([\p{L}\p{N}_-]+)["']?\s*:\s*["']?$/u;
/** A task's or a milestone's deadline (a board's card « "due": "2026-01-15T09:00:00.000Z" », « echeance: 2026-03 »). */
const DUE_KEYS = ['due', 'due_date', 'duedate', 'echeance', 'date_echeance', 'date_limite', 'deadline', 'date_cible', 'date_prevue', 'jalon'];
/** Lists of tasks (a board's cards, a plan's actions and milestones), by folded key. */
const TASK_LISTS = /^(?:cards|cartes|tasks|taches|actions|jalons|etapes|milestones|todos?|chantiers|livrables|deliverables|issues|items)$/;
/** Fields that say where a task stands. */
const STATUS_KEYS = ['statut', 'status', 'etat', 'state', 'avancement', 'duecomplete', 'done', 'termine', 'closed', 'idlist', 'liste', 'colonne'];
/** A person's start in a post (« debut: 2024-09-01 »): an appointment. */
const START_KEYS = ['debut', 'date_debut', 'depuis', 'prise_de_fonctions', 'nomination', 'date_nomination', 'arrivee'];
/** Lists of products, of committees. */
const PRODUCT_LISTS = /^(?:produits|outils|applications|plateformes|logiciels|services_numeriques|services_en_ligne|teleservices|products)$/;
const COMMITTEE_LISTS = /^(?:gouvernance|instances|comites|comitologie|governance)$/;
/** A person's name: a given name and a surname, capitalised (« Nadia Belkacem-Roux »). */
const PERSON_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+(?:de\s+|d'|le\s+|la\s+)?\p{Lu}[\p{L}'’-]+){1,2}$/u;

const first = (record: YamlRecord, keys: readonly string[]) => keys.map((k) => record.fields.get(k)).find((f) => f !== undefined);

/** A scalar's text and its offsets in `text` (its node's, parsed from `from` on, shifted), quotes aside. */
function scalarField(text: string, node: Node, from = 0): Field | undefined {
  if (!isScalar(node) || node.value === null || node.value === undefined || !node.range) return undefined;
  const value = String(node.value).trim();
  if (!value || value === 'null' || value === '~') return undefined;
  let [start, end] = [from + node.range[0], from + node.range[1]];
  if (/["']/.test(text[start] ?? '') && text[end - 1] === text[start]) {
    start++;
    end--;
  }
  return { value, start, end };
}

/** Whether a text is a JSON export (an API's answer): an object or an array, whole (JSON is YAML too). */
function looksLikeJson(text: string): boolean {
  const trimmed = text.trim();
  if (!/^[[{]/.test(trimmed) || !/[\]}]$/.test(trimmed)) return false;
  try {
    JSON.parse(trimmed);
    return true;
  } catch {
    return false;
  }
}

/** Whether a text is a YAML data file: mostly « key: value » lines and list items (not « Label : value » prose). */
function looksLikeYaml(text: string): boolean {
  if (!/^[ \t]*(?:-[ \t]+)?[\p{L}_][\p{L}\p{N}_-]*:(?:[ \t]|$)/mu.test(text)) return false;
  let keys = 0;
  let other = 0;
  for (const line of text.split('\n')) {
    const l = line.trimEnd();
    if (!l.trim() || /^\s*#/.test(l) || /^---|^\.\.\./.test(l)) continue;
    if (/^[ \t]*(?:-[ \t]+)?[\p{L}_][\p{L}\p{N}_-]*:(?:[ \t]|$)/u.test(l) || /^[ \t]*-[ \t]+\S/.test(l)) keys++;
    else other++;
  }
  // (Nested keys, « ··nom: … » under a key: a markdown list of « - Nom: … » items is no data file.)
  return keys >= 8 && keys >= 4 * other && /^[ \t]+[\p{L}_][\p{L}\p{N}_-]*:(?:[ \t]|$)/mu.test(text);
}

const recordsCache = new WeakMap<SourceDocument, YamlRecord[]>();

/** The records of a YAML data file, outer ones first; none for any other text. */
function yamlRecords(doc: SourceDocument): YamlRecord[] {
  const cached = recordsCache.get(doc);
  if (cached) return cached;
  const out: YamlRecord[] = [];
  recordsCache.set(doc, out);
  if (looksLikeYaml(doc.text) || looksLikeJson(doc.text)) readRecords(doc.text, 0, doc.text.length, out);
  // A page's schema.org description (« <script type="application/ld+json"> »): records of its own, read in place.
  else if (doc.text.includes('application/ld+json')) {
    for (const m of doc.text.matchAll(JSON_LD_SCRIPT)) readRecords(doc.text, m.index + m[0].indexOf('>') + 1, m.index + m[0].length - '</script>'.length, out);
  }
  return out;
}

/** An embedded JSON-LD block, whole (its content between the tags). */
const JSON_LD_SCRIPT = /<script\b[^>]*\btype\s*=\s*["']application\/ld\+json["'][^>]*>[\s\S]*?<\/script>/gi;

/** The records of the YAML or JSON text in [from, to) of `text`, appended to `out` (offsets in `text`). */
function readRecords(text: string, from: number, to: number, out: YamlRecord[]): void {
  const parsed = parseDocument(text.slice(from, to), { uniqueKeys: false });
  if (parsed.errors.length) return;
  const field = (node: Node) => scalarField(text, node, from);
  const visit = (node: Node | null | undefined, under: string | null, outer: YamlRecord | null) => {
    if (isSeq(node)) {
      for (const item of node.items) visit(item as Node, under, outer);
      return;
    }
    if (!isMap(node) || !node.range) return;
    const record: YamlRecord = { under, outer, fields: new Map(), lists: new Map(), start: from + node.range[0], end: from + node.range[1] };
    out.push(record);
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue;
      const key = foldKey(String(pair.key.value));
      const value = pair.value as Node | null;
      const scalar = value ? field(value) : undefined;
      if (scalar) record.fields.set(key, scalar);
      else if (isSeq(value) && value.items.every((i) => isScalar(i))) {
        record.lists.set(key, value.items.flatMap((i) => field(i as Node) ?? []));
      } else visit(value, key, record);
    }
  };
  visit(parsed.contents as Node | null, null, null);
}

/** The body a record names (« nom: … », « sigle: … »): a reference, or null when it names none. */
function bodyOf(record: YamlRecord): OrgRef | null {
  const name = first(record, NAME_KEYS)?.value;
  const acronym = first(record, ACRONYM_KEYS)?.value;
  const ref: OrgRef = {};
  if (name && !PERSON_NAME.test(name)) ref.name = name;
  if (acronym && looksLikeAcronym(acronym)) ref.acronym = acronym;
  return ref.name || ref.acronym ? ref : null;
}

/** A reference written as a field's value: an acronym or a name. */
const refOfValue = (written: string): OrgRef | null => {
  const parenthesis = /^(.+?)\s*\(([^()]+)\)$/u.exec(written);
  // « Direction générale des finances publiques (DGFiP) »: a name and its acronym.
  if (parenthesis && looksLikeAcronym(parenthesis[2]!) && !looksLikeAcronym(parenthesis[1]!)) return { name: parenthesis[1]!, acronym: parenthesis[2]! };
  // « MDIN (itinérant) »: a remark after the body (« Préfecture (Hérault) » names which one: kept).
  const value = parenthesis && /^\p{Ll}/u.test(parenthesis[2]!) ? parenthesis[1]! : written;
  return /^[\d\s.-]+$/.test(value) ? null : looksLikeAcronym(value) ? { acronym: value } : { name: value };
};

/** A record schema.org types as a public body (« "@type": "GovernmentOrganization" », or a list of types holding it). */
function isTypedBody(record: YamlRecord): boolean {
  return BODY_TYPE.test(record.fields.get('@type')?.value ?? '') || !!record.lists.get('@type')?.some((t) => BODY_TYPE.test(t.value));
}

/** The body of the nearest record around `record` that names one. */
function enclosingBody(record: YamlRecord): OrgRef | null {
  for (let r = record.outer; r; r = r.outer) {
    const body = isBodyRecord(r) ? bodyOf(r) : null;
    if (body) return body;
  }
  return null;
}

/** A record about a body: its name opens with a type word (« département X »), or it carries an acronym or a parent. */
function isBodyRecord(record: YamlRecord): boolean {
  if (record.under && (PRODUCT_LISTS.test(record.under) || COMMITTEE_LISTS.test(record.under))) return false;
  const name = first(record, NAME_KEYS)?.value;
  if (name && PERSON_NAME.test(name)) return false;
  return isTypedBody(record) || !!(name && orgTypeOf(name.split(/\s+/)[0]!)) || !!first(record, ACRONYM_KEYS) || (!!name && (!!first(record, PARENT_KEYS) || (!!record.under && UNIT_LISTS.test(record.under))));
}

/** A moment's day in Paris, as YYYY-MM-DD. */
const PARIS_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

/** A date written as a field's value: ISO (« 2021-03-15 », « 2022-06 », « 2023 »), a time stamp, or as the text writes dates. */
function dateOf(doc: SourceDocument, field: Field): { value: DateValue } | undefined {
  const iso = /^((?:19|20)\d\d)(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/.exec(field.value);
  if (iso) return { value: { value: field.value, precision: iso[3] ? 'day' : iso[2] ? 'month' : 'year' } };
  // A time stamp (« 2026-01-15T09:00:00.000Z »): its day in France (a deadline set at midnight in Paris is stored
  // as the day before at 22:00 or 23:00 UTC); without a zone, the day it writes.
  const stamp = /^((?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(Z|[+-]\d\d:?\d\d)?$/.exec(field.value);
  if (stamp) {
    // (Not a day the calendar lacks, « 2026-02-30 », nor a time it lacks, « 23:59:60 », « 25:00 »: no date.)
    const moment = new Date(stamp[2] ? field.value : `${field.value}Z`);
    if (Number.isNaN(moment.getTime()) || new Date(`${stamp[1]}T00:00:00Z`).toISOString().slice(0, 10) !== stamp[1]) return undefined;
    return { value: { value: stamp[2] ? PARIS_DAY.format(moment) : stamp[1]!, precision: 'day' } };
  }
  const found = parseDates(doc.text, field.start, field.end, doc.date);
  return found.length === 1 ? found[0] : undefined;
}

/** The facts of a YAML data file that an extractor (by its id) gives. */
export function yamlFacts(
  doc: SourceDocument,
  extractor: 'organisations' | 'events' | 'people' | 'products' | 'figures' | 'committees',
  /** The type of a dated item's event from its wording (« Ouverture du guichet … » → launch): the events extractor's. */
  itemType: (name: string) => EventType = () => 'other',
): Fact[] {
  const records = yamlRecords(doc);
  if (!records.length) return [];
  // Each record's nested parent record (« rattachement: { nom: …, sigle: … } »), found once: an export of thousands
  // of records is not scanned for each.
  const parentRecords = new Map<YamlRecord, YamlRecord>();
  for (const r of records) if (r.outer && r.under && PARENT_KEYS.includes(r.under) && !parentRecords.has(r.outer)) parentRecords.set(r.outer, r);
  const out: Fact[] = [];
  for (const record of records) {
    const name = first(record, NAME_KEYS);
    const acronym = first(record, ACRONYM_KEYS);
    const body = isBodyRecord(record) ? bodyOf(record) : null;
    const product = !!name && !!record.under && PRODUCT_LISTS.test(record.under);
    const committee = !!name && !!record.under && COMMITTEE_LISTS.test(record.under);
    const role = first(record, ROLE_KEYS);
    const person = !!name && PERSON_NAME.test(name.value) && !!role;
    if (extractor === 'organisations' && body && name && acronym && looksLikeAcronym(acronym.value)) {
      out.push(factAt(doc, 'organisations', Math.min(name.start, acronym.start), Math.max(name.end, acronym.end), { kind: 'organisation', name: name.value, acronym: acronym.value, type: orgTypeOf(name.value.split(/\s+/)[0]!) ?? null }));
    } else if (extractor === 'organisations' && body?.name && name && (first(record, ATTACHMENT_KEYS) || (record.under && UNIT_LISTS.test(record.under)) || isTypedBody(record)) && !(record.under && NOT_BODY_LISTS.test(record.under))) {
      // A record with a name and the body it belongs to (« "nom": "Espace numérique de …", "rattachement": "Pôle
      // Nord" »: a directory's or a map's point), listed among a body's units, or typed as a body by schema.org,
      // names a body of its own, whatever its name's first word.
      out.push(factAt(doc, 'organisations', name.start, name.end, { kind: 'organisation', name: name.value, acronym: null, type: orgTypeOf(name.value.split(/\s+/)[0]!) ?? null }));
    }
    if (extractor === 'organisations' && body) {
      // « parent: DIC », or « rattachement: » with a name and an acronym of its own.
      const parentField = first(record, PARENT_KEYS);
      const nested = parentRecords.get(record);
      // (A record in a list of units, « subOrganization: [{ name: … }] », is a unit of the record it is listed in.)
      const listed = !parentField && !nested && record.under && UNIT_LISTS.test(record.under) ? enclosingBody(record) : null;
      const parent = parentField ? refOfValue(parentField.value) : nested ? bodyOf(nested) : listed;
      const at = parentField ?? (nested ? { start: nested.start, end: nested.end } : listed ? { start: record.start, end: record.end } : undefined);
      if (parent && at) out.push(factAt(doc, 'organisations', Math.min(record.start, at.start), at.end, { kind: 'hierarchy', child: body, parent }));
      // (« "rattachement": "Pôle territorial Est" »: the parent a field names by a type word is a body too.)
      const parentType = parentField && parent?.name ? orgTypeOf(parent.name.split(/\s+/)[0]!) : undefined;
      if (parentField && parent?.name && parentType) out.push(factAt(doc, 'organisations', parentField.start, parentField.end, { kind: 'organisation', name: parent.name, acronym: parent.acronym ?? null, type: parentType }));
    }
    if (extractor === 'events') {
      const subject = body ?? null;
      // (A file's « metadata » with its « date_creation », or a record that names nothing, dates the file, not a body.)
      // (Nor does a record schema.org types as something else than a public body: a newspaper publisher's founding.)
      const aboutFile = (!!record.under && METADATA_KEYS.test(record.under)) || !(name || acronym || first(record, LABEL_KEYS)) || ((record.fields.has('@type') || record.lists.has('@type')) && !isTypedBody(record));
      for (const [keys, type] of aboutFile ? [] : DATE_KEYS) {
        const field = first(record, keys);
        const date = field ? dateOf(doc, field) : undefined;
        if (!field || !date) continue;
        out.push(
          factAt(doc, 'events', field.start, field.end, {
            kind: 'event',
            date: date.value,
            type,
            subject,
            subject_name: subject ? null : (name?.value ?? null),
            description: `${name?.value ?? acronym?.value ?? ''} : ${field.value}`.trim(),
            legal_text: null,
          }),
        );
      }
      // A task or a milestone with its deadline (an action plan's item): an event typed from its wording. (A task: a
      // record of a list of tasks, or one with a status; an invoice's or a loan's « échéance » is none.)
      const task = (!!record.under && TASK_LISTS.test(record.under)) || STATUS_KEYS.some((k) => record.fields.has(k));
      const due = name && !body && !person && task ? first(record, DUE_KEYS) : undefined;
      const dueDate = due ? dateOf(doc, due) : undefined;
      if (name && due && dueDate) {
        out.push(factAt(doc, 'events', due.start, due.end, { kind: 'event', date: dueDate.value, type: itemType(name.value), subject: null, subject_name: name.value, description: name.value, legal_text: null }));
      }
      const started = person ? first(record, START_KEYS) : undefined;
      const date = started ? dateOf(doc, started) : undefined;
      if (started && date && name) {
        out.push(factAt(doc, 'events', started.start, started.end, { kind: 'event', date: date.value, type: 'appointment', subject: null, subject_name: name.value, description: `${name.value}, ${role!.value}`, legal_text: null }));
      }
    }
    if (extractor === 'people' && person && name) {
      out.push(factAt(doc, 'people', name.start, role!.end > name.start ? role!.end : name.end, { kind: 'person', name: name.value, role: role!.value, organisation: enclosingBody(record) }));
    }
    if (extractor === 'products' && product && name) {
      const operator = first(record, OPERATOR_KEYS);
      out.push(factAt(doc, 'products', name.start, name.end, { kind: 'product', name: name.value, acronym: null, type: null, operator: operator ? refOfValue(operator.value) : enclosingBody(record), description: first(record, ['description'])?.value ?? null }));
    }
    if (extractor === 'committees' && committee && name) {
      const participants = PARTICIPANT_KEYS.map((k) => record.lists.get(k)).find((l) => l !== undefined) ?? [];
      const frequency = first(record, FREQUENCY_KEYS)?.value ?? null;
      out.push(factAt(doc, 'committees', name.start, name.end, { kind: 'committee', name: name.value, frequency, participants: participants.map((p) => p.value), topics: [] }));
    }
    if (extractor === 'figures') {
      // « "nombre_conseillers": 3 », « nb_agents: 12 »: a count of what the key names.
      for (const [key, field] of record.fields) {
        const counted = COUNT_KEY.exec(key);
        if (counted && /^\d{1,9}$/.test(field.value)) {
          // (The unit as the key writes it, accents kept: « nombre_employés » counts « employés ».)
          const written = WRITTEN_KEY_BEFORE.exec(doc.text.slice(Math.max(0, field.start - 120), field.start))?.[1];
          const unit = written && foldKey(written) === key ? written.slice(-counted[1]!.length).toLowerCase() : counted[1]!;
          out.push(factAt(doc, 'figures', field.start, field.end, { kind: 'figure', value: Number(field.value), unit, qualifier: null, measure: name?.value ?? null, subject: body }));
        }
      }
      // « chiffre: "186" » and « libelle: "agents au 31 décembre 2025" »: 186 agents.
      const value = first(record, ['chiffre', 'valeur', 'nombre', 'value']);
      const label = first(record, ['libelle', 'label', 'legende', 'intitule']);
      const number = value ? /^([+-]?\d{1,3}(?:[\s\u00a0\u202f]\d{3})*(?:[.,]\d+)?|\d+(?:[.,]\d+)?)\s*(%|M€|Md€|k€|€)?$/u.exec(value.value) : null;
      const noun = label ? /^(?:de\s+|d')?([\p{L}-]+)/u.exec(label.value) : null;
      if (value && number && (number[2] || noun)) {
        const amount = Number(number[1]!.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));
        out.push(factAt(doc, 'figures', value.start, value.end, { kind: 'figure', value: amount, unit: number[2] ?? noun![1]!, qualifier: null, measure: label?.value ?? null, subject: null }));
      }
    }
  }
  return out;
}
