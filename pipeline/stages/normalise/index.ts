/**
 * normalise: SourceDocument[] + Fact[] → Datasets. Pure.
 * Merges the same entity across mentions and sources (acronym ↔ full name, case, accents, quotes, plural of
 * the type word), gives each a stable id derived from its normalised name, lists the sources that state it,
 * and keeps disagreements between sources as `conflicts` rows instead of choosing silently.
 */
import { distance as levenshtein } from 'fastest-levenshtein';
import type { DateValue, Fact, FactData, LegalTextType, OrgRef, SourceDocument } from '../../types/domain.ts';
import type {
  CommitteeRecord,
  ConflictRecord,
  ContactRecord,
  DatasetName,
  Datasets,
  EventRecord,
  FactRecord,
  FigureRecord,
  LegalTextRecord,
  LinkRecord,
  OrganisationRecord,
  PersonRecord,
  ProductRecord,
} from '../../types/records.ts';
import { fold, nameKey, shortHash, slug } from './keys.ts';

type FactOf<K extends FactData['kind']> = Fact<Extract<FactData, { kind: K }>>;

// A fact's id is asked for several times per build (its record, the facts dataset): hashed once.
const factIds = new WeakMap<Fact, string>();

/** Deterministic fact id: the same fact of the same text always gets the same id. */
export function factId(f: Fact): string {
  let id = factIds.get(f);
  if (id === undefined) factIds.set(f, (id = `f-${shortHash(`${f.source_id}|${f.start}|${f.end}|${f.data.kind}|${f.extractor}`, 12)}`));
  return id;
}

/** Appends to the list under `key` (in place: no copy of the list per item). */
function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Distinct values in code-unit order (most lists here have one or two values: no Set for those). */
function uniqSorted(xs: readonly string[]): string[] {
  if (xs.length === 1) return [xs[0]!];
  if (xs.length === 2) return xs[0] === xs[1] ? [xs[0]!] : xs[0]! < xs[1]! ? [xs[0]!, xs[1]!] : [xs[1]!, xs[0]!];
  return [...new Set(xs)].sort(byCodeUnit);
}

/** Most frequent value; ties broken by the given preference, then by code-unit order (deterministic). */
function mostFrequent<T extends string>(values: T[], prefer?: (a: T, b: T) => number): T | null {
  if (!values.length) return null;
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (prefer ? prefer(a[0], b[0]) : 0) || byCodeUnit(a[0], b[0]))[0]![0];
}

/**
 * The facts of each kind, bucketed once (not filtered a dozen times), for one merge: made by mergeEntities and
 * garbage when it returns, so that the facts it refers to can be let go while they become records.
 */
class FactsByKind {
  private readonly buckets = new Map<string, Fact[]>();
  constructor(facts: readonly Fact[]) {
    for (const f of facts) pushTo(this.buckets, f.data.kind, f);
  }
  /** The facts of one kind, in their order in the list. */
  of<K extends FactData['kind']>(kind: K): FactOf<K>[] {
    return (this.buckets.get(kind) ?? []) as FactOf<K>[];
  }
}

/** Strings made once per (source, value), the same string each time they are asked for. */
class KeysBySource {
  private readonly bySource = new Map<string, Map<string, string>>();
  get(sourceId: string, value: string, make: () => string): string {
    let keys = this.bySource.get(sourceId);
    if (!keys) this.bySource.set(sourceId, (keys = new Map()));
    let key = keys.get(value);
    if (key === undefined) keys.set(value, (key = make()));
    return key;
  }
  find(sourceId: string, value: string): string | undefined {
    return this.bySource.get(sourceId)?.get(value);
  }
}

/** Union-find over string keys. */
class Clusters {
  private parent = new Map<string, string>();
  has(k: string): boolean {
    return this.parent.has(k);
  }
  find(k: string): string {
    let p = this.parent.get(k) ?? k;
    if (p !== k) {
      p = this.find(p);
      this.parent.set(k, p);
    }
    return p;
  }
  add(k: string) {
    if (!this.parent.has(k)) this.parent.set(k, k);
  }
  union(a: string, b: string) {
    this.add(a);
    this.add(b);
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    // The smaller key is the root: the same clusters whatever the order of the facts.
    if (ra < rb) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }
}

/** Name keys' first words that are type words (see nameKey: folded and stemmed). */
const TYPE_KEY_HEADS = new Set(
  ['direction', 'delegation', 'departement', 'mission', 'pole', 'programme', 'agence', 'service', 'ministere', 'incubateur', 'reseau', 'secretariat', 'conseil', 'comite', 'commission', 'autorite', 'institut', 'bureau', 'cellule', 'brigade', 'fabrique', 'observatoire', 'centre', 'office'].map((w) => nameKey(w)),
);

/** A name whose first word has a complement: « centre de … », « direction des … », « bureau du … ». */
const TYPE_WORD_COMPLEMENT = /^\s*\S+\s+(?:(?:de|des|du)(?:\s|$)|d['’])/i;

/**
 * Words of a name that only say what kind of unit it is (« secrétariat général », « comité de pilotage »,
 * « conseil d'administration »): as name keys (folded and stemmed). Such a name, without an acronym, is every
 * body's: two texts that say « le secrétariat général » speak of their own bodies' secretariats.
 */
const GENERIC_KEY_WORDS = new Set([
  ...TYPE_KEY_HEADS,
  ...['général', 'générale', 'central', 'centrale', 'administration', 'pilotage', 'scientifique', 'stratégique', 'suivi', 'orientation', 'technique', 'exécutif', 'permanent', 'permanente', 'consultatif', 'consultative', 'social', 'sociale', 'ministériel', 'ministérielle', 'régional', 'régionale', 'départemental', 'départementale', 'local', 'locale', 'national', 'nationale', 'direction'].map((w) => nameKey(w)),
]);

/** « assemblée générale »: every grouping's and association's own, like a board (not a type word of bodies: « Assemblée nationale »). */
const GENERAL_ASSEMBLY_KEY = nameKey('assemblée générale');

/** A name key made of a type word and words of the kind above only. */
export function isGenericNameKey(key: string): boolean {
  const words = key.split(' ');
  return TYPE_KEY_HEADS.has(words[0]!) && words.every((w) => GENERIC_KEY_WORDS.has(w));
}

/** Type words written as a name's head, for the quoted-name alternative (« département « X » » → « X »). */
const TYPE_HEAD = /^(?:sous-)?(?:direction|délégation|département|mission|pôle|programme|agence|service|ministère|incubateur|réseau|secrétariat|conseil|comité|commission|autorité|institut|bureau|cellule|brigade|fabrique)s?\s+/i;

/** A unit's name followed by its body's acronym: « service des achats de la DSN » → « service des achats ». */
// (An acronym, not a place: « … des Hauts-de-France » has runs of lowercase letters.)
const OWNED_BY_ACRONYM = /^(.{3,}?)\s+(?:de la|de l'|du|des)\s*(?=\S*\p{Lu}\S*\p{Lu})(?![\p{L}\p{N}-]*\p{Ll}{3})\p{Lu}[\p{L}\p{N}-]{1,14}$/u;

/**
 * A unit's name followed by its body's, the body written by its type word: « secrétariat général du ministère de la
 * Mer » → « secrétariat général », « service du numérique du secrétariat général » → « service du numérique »,
 * « bureau de la messagerie du service des systèmes d'information » → « bureau de la messagerie ».
 */
// (A unit's type word only with its own complement: « … du service public », « … du service rendu » name no service.)
const OWNED_BY_BODY = /^(.{3,}?)\s+(?:de la|de l'|du|des)\s*(?:[Mm]inistère|secrétariat général|direction|délégation|[Aa]gence|[Pp]réfecture|[Oo]ffice|[Ii]nstitut|(?:service|sous-direction|département)(?=\s+(?:(?:de|des|du)\s|d')))(?![\p{L}])/u;

/** A unit's name, by its type word (« service des achats … », « sous-direction des réseaux … »). */
const UNIT_NAME = /^(?:service|bureau|pôle|sous-direction|département|mission|cellule|secrétariat|centre|laboratoire|incubateur)s?\s/i;

/** A phrase that names a body by its territory: the proper name after it is a place (« … régionale de santé X »). */
const TERRITORY_BEFORE = /(?:régional|régionale|régionaux|départemental|départementale|interdépartemental|interdépartementale|académique|territorial|territoriale|de\s+santé|de\s+région|culturelles)\s+$/i;

/** A lowercase phrase, then a proper name not introduced by a preposition or an article. */
const PROPER_AFTER_PHRASE = /^[a-zéèêàâç][^A-ZÉÈÀÂÎÔ«»()]*?\s(?<!\s(?:de|du|des|d'|la|le|les|l'|en|à|au|aux|pour|sur|et)\s)([A-ZÉÈÀÂÎÔ][^()]*)$/u;

interface OrgIndex {
  records: OrganisationRecord[];
  /** Resolves an OrgRef as written in a given source to an organisation id. */
  resolve(ref: OrgRef | null | undefined, sourceId: string): string | null;
}

/**
 * The organisations, from their facts and the hierarchy's. `checkpoint` is called between its passes (half a
 * million facts on a large corpus: each pass leaves garbage the caller may collect).
 */
function buildOrganisations(kinds: FactsByKind, conflicts: ConflictRecord[], checkpoint: () => void): OrgIndex {
  const orgFacts = kinds.of('organisation');
  const clusters = new Clusters();
  // A generic name (isGenericNameKey) is keyed within its source: each text's « secrétariat général » is its own.
  // (The keys are asked for several times per fact: each is made once, not a new string per call, which on a
  // large corpus made most of this stage's garbage.)
  // So is a unit's name that texts define with different acronyms (« département des infrastructures (DINF) » in
  // one, « (DI) » in another) in each text that defines it: each its own body's unit. (A text that gives the name
  // without an acronym keeps the shared key: it merges with the others that do, not with one of the definitions.)
  // (Found once, before any key is made: nk, asked several times per fact, only looks the name's key up.)
  const definitionsOfUnitName = new Map<string, { acronyms: Set<string>; sources: Set<string> }>();
  for (const f of orgFacts) {
    const { name, acronym, type } = f.data;
    if (!name || !acronym || !type || !UNIT_NAMES_DEFINED_APART.has(type)) continue;
    const key = `n:${nameKey(name)}`;
    const found = definitionsOfUnitName.get(key) ?? { acronyms: new Set<string>(), sources: new Set<string>() };
    found.acronyms.add(acronym.toUpperCase());
    found.sources.add(f.source_id);
    definitionsOfUnitName.set(key, found);
  }
  // The sources that define each contested name, by its key.
  const definedApartIn = new Map([...definitionsOfUnitName].filter(([, d]) => d.acronyms.size > 1).map(([key, d]) => [key, d.sources]));
  const keyOfName = new Map<string, string | null>();
  const genericKeys = new KeysBySource();
  const nk = (name: string, sourceId: string) => {
    let key = keyOfName.get(name);
    if (key === undefined) {
      const k = nameKey(name);
      keyOfName.set(name, (key = isGenericNameKey(k) ? null : `n:${k}`));
    }
    if (key !== null && definedApartIn.get(key)?.has(sourceId)) return genericKeys.get(sourceId, name, () => `${key}@${sourceId}`);
    return key ?? genericKeys.get(sourceId, name, () => `n:${nameKey(name)}@${sourceId}`);
  };
  // An acronym two texts define for different bodies (« DIH », a département in one text, another body's
  // direction in another) is keyed by the definition each text gives; elsewhere, by itself.
  const acronymGroups = ambiguousAcronyms(orgFacts);
  // An acronym a text defines by a generic name (« secrétariat général (SG) », « comité de pilotage (COPIL) ») is
  // that text's body's, like the name: keyed within the source.
  // (Each such definition registered with its key, « a:ACR@source », which ak finds.)
  const genericDefinitions = new KeysBySource();
  for (const f of orgFacts) {
    const { name, acronym } = f.data;
    if (name && acronym && nk(name, f.source_id).includes('@')) genericDefinitions.get(f.source_id, acronym, () => `a:${acronym}@${f.source_id}`);
  }
  const acronymKeys = new KeysBySource();
  const ak = (acronym: string, sourceId: string) =>
    genericDefinitions.find(sourceId, acronym) ??
    acronymKeys.get(sourceId, acronym, () => {
      const group = acronymGroups.get(acronym)?.get(sourceId);
      return group === undefined ? `a:${acronym}` : `a:${acronym}#${group}`;
    });
  for (const f of orgFacts) {
    const { name, acronym } = f.data;
    if (name) clusters.add(nk(name, f.source_id));
    if (acronym) clusters.add(ak(acronym, f.source_id));
    if (name && acronym) clusters.union(nk(name, f.source_id), ak(acronym, f.source_id));
  }
  checkpoint();
  // A shortened name (« la direction interministérielle ») joins the full name it abbreviates: among the longer
  // names of the same source that start with it, the one mentioned last before it. A name that some text
  // gives with an acronym is a full name of its own and is never folded into a longer one.
  // (A generic name is a full name in the text that defines it only: another text's « secrétariat général (SG) » does
  // not keep this text's « le secrétariat général » from its « secrétariat général du ministère de la Mer ».)
  const definedKeys = new Set(orgFacts.filter((f) => f.data.name && f.data.acronym).map((f) => nk(f.data.name!, f.source_id)));
  // The named facts of each source, in order (the search below stays within one source).
  const namedBySource = new Map<string, Array<{ f: FactOf<'organisation'>; key: string }>>();
  for (const g of orgFacts) if (g.data.name) pushTo(namedBySource, g.source_id, { f: g, key: nameKey(g.data.name) });
  for (const f of orgFacts) {
    if (!f.data.name || f.data.acronym) continue;
    const key = nameKey(f.data.name);
    if (!key.includes(' ') || definedKeys.has(nk(f.data.name, f.source_id))) continue;
    const prefix = `${key} `;
    const longer = (namedBySource.get(f.source_id) ?? []).filter((g) => g.key.startsWith(prefix)).map((g) => g.f);
    if (!longer.length) continue;
    const before = longer.filter((g) => g.start < f.start);
    const target = before.length ? before[before.length - 1]! : longer.length === 1 ? longer[0]! : undefined;
    if (target) clusters.union(nk(f.data.name, f.source_id), nk(target.data.name!, f.source_id));
  }
  checkpoint();

  // « le département « Incubateur de services numériques » » is « l'Incubateur de services numériques (ISN) »:
  // a type word followed by a name that itself starts with a type word names the same body as that name.
  // (Not a type word whose complement is a plural type word: « centre de services numériques », « direction des
  // services numériques » name no « service du numérique ».)
  const keyToName = new Map<string, { name: string; source: string }>();
  for (const f of orgFacts) if (f.data.name) keyToName.set(nameKey(f.data.name), { name: f.data.name, source: f.source_id });
  for (const [key, { name, source }] of keyToName) {
    const [head, ...rest] = key.split(' ');
    const inner = rest.join(' ');
    if (!head || !TYPE_KEY_HEADS.has(head) || !TYPE_KEY_HEADS.has(rest[0] ?? '') || !keyToName.has(inner) || isGenericNameKey(inner) || TYPE_WORD_COMPLEMENT.test(name)) continue;
    clusters.union(nk(name, source), nk(keyToName.get(inner)!.name, source));
  }

  // The cluster roots a reference written in a source may fall in, its acronym's first (before units of
  // different bodies are told apart).
  const rootsOf = (ref: OrgRef | null | undefined, sourceId: string): string[] => {
    const roots: string[] = [];
    if (ref?.acronym) {
      const k = ak(ref.acronym, sourceId);
      if (clusters.has(k)) roots.push(clusters.find(k));
    }
    if (ref?.name) {
      const k = nk(ref.name, sourceId);
      if (clusters.has(k)) roots.push(clusters.find(k));
    }
    return roots;
  };
  const rootOf = (ref: OrgRef | null | undefined, sourceId: string): string | undefined => rootsOf(ref, sourceId)[0];
  // A root as a source's facts and references fall in: the unit of that source's parent when it was told apart.
  // (Top down, a level of the chart at a time, CHART_LEVELS: ministries' directions, sous-directions, the units that
  // hold others, then bureaux and pôles; a bureau is told apart by the service its source places it in, as that
  // service was by its direction.)
  // (The facts' and the links' roots are found once; each level only maps them through the levels above.)
  const places: UnitPlace[] = [];
  for (const f of orgFacts) {
    const root = rootOf({ name: f.data.name ?? undefined, acronym: f.data.acronym ?? undefined } as OrgRef, f.source_id);
    if (root) places.push({ root, source: f.source_id, type: f.data.type, key: f.data.name ? nameKey(f.data.name) : null });
  }
  const links: UnitLink[] = [];
  for (const h of [...kinds.of('hierarchy')].sort((a, b) => byCodeUnit(a.source_id, b.source_id) || a.start - b.start)) {
    const child = rootOf(h.data.child, h.source_id);
    const parent = rootOf(h.data.parent, h.source_id);
    if (child && parent) links.push({ child, parent, source: h.source_id });
  }
  checkpoint();
  let rootIn = (root: string, _sourceId: string) => root;
  for (const level of CHART_LEVELS) {
    const above = rootIn;
    const unitOf = unitsOfDifferentBodies(places, links, above, level);
    rootIn = (root: string, sourceId: string) => {
      const r = above(root, sourceId);
      return unitOf.get(r)?.get(sourceId) ?? r;
    };
    checkpoint();
  }

  const members = new Map<string, FactOf<'organisation'>[]>();
  for (const f of orgFacts) {
    const root = clusters.find(f.data.name ? nk(f.data.name, f.source_id) : ak(f.data.acronym!, f.source_id));
    pushTo(members, rootIn(root, f.source_id), f);
  }
  checkpoint();

  const idByRoot = new Map<string, string>();
  const draft = new Map<string, OrganisationRecord>();
  const usedIds = new Set<string>();
  const roots = [...members.keys()].sort(byCodeUnit);
  for (const root of roots) {
    const fs = members.get(root)!;
    const names = fs.map((f) => f.data.name).filter((n): n is string => !!n);
    const acronyms = fs.map((f) => f.data.acronym).filter((a): a is string => !!a);
    // Prefer names given with an acronym (definitions), then longer ones.
    const defined = fs.filter((f) => f.data.name && f.data.acronym).map((f) => f.data.name!);
    const name = mostFrequent(defined.length ? defined : names, (a, b) => b.length - a.length);
    const acronym = mostFrequent(acronyms);
    const type = mostFrequent(fs.map((f) => f.data.type).filter((t): t is NonNullable<typeof t> => !!t));
    let id = `org-${slug(name ? nameKey(name) : acronym!)}`;
    // A generic name kept within its source (the root names it) is told apart by that source from the start.
    if (usedIds.has(id) || root.includes('@')) id = `${id}-${shortHash(root, 6)}`;
    usedIds.add(id);
    idByRoot.set(root, id);
    const altNames = new Set<string>();
    for (const n of names) {
      if (n !== name) altNames.add(n.replace(/\s+/g, ' '));
      // « département Données » is also known as « Données »; « Incubateur de services » has no such short name.
      const bare = n.replace(TYPE_HEAD, '');
      if (bare !== n && bare.length > 1 && /^[A-ZÉ0-9«]/.test(bare)) altNames.add(bare);
      // « service des achats de la DSN » (a unit named with its body, extract/org-mentions.ts) is also known as
      // « service des achats », as the text writes it.
      // (A unit's: « Fédération des PME » is a body's name, not a unit of the PME.)
      const owned = UNIT_NAME.test(n) || /^direction\s/i.test(n) ? OWNED_BY_ACRONYM.exec(n) : null;
      if (owned && owned[1]!.includes(' ')) altNames.add(owned[1]!);
      // Likewise a unit named with its body's full name, as texts write it once the body is known.
      const ownedByBody = UNIT_NAME.test(n) || /^direction\s/i.test(n) ? OWNED_BY_BODY.exec(n) : null;
      if (ownedByBody && ownedByBody[1]!.includes(' ')) altNames.add(ownedByBody[1]!);
      // « laboratoire d'intelligence artificielle Hublot », « centre de formation Campus numérique »: the proper
      // name that a descriptive phrase introduces (not « … de la Mer », a complement, nor « agence régionale de santé
      // Bretagne », a place).
      const proper = PROPER_AFTER_PHRASE.exec(n);
      if (proper && !TERRITORY_BEFORE.test(n.slice(0, n.length - proper[1]!.length))) altNames.add(proper[1]!);
    }
    for (const a of acronyms) if (a !== acronym) altNames.add(a);
    if (name) altNames.delete(name);
    draft.set(id, {
      id,
      name,
      acronym,
      type,
      parent_id: null,
      alt_names: uniqSorted([...altNames]),
      founding_date: null,
      founding_date_precision: null,
      sources: uniqSorted(fs.map((f) => f.source_id)),
      fact_ids: uniqSorted(fs.map(factId)),
    });
    const distinct = uniqSorted(acronyms);
    if (distinct.length > 1) {
      pushConflict(conflicts, 'organisations', id, 'acronym', fs.filter((f) => f.data.acronym).map((f) => [f.source_id, f.data.acronym!]));
    }
  }
  checkpoint();

  const resolve = (ref: OrgRef | null | undefined, sourceId: string): string | null => {
    for (const root of rootsOf(ref, sourceId)) {
      const id = idByRoot.get(rootIn(root, sourceId));
      if (id) return id;
    }
    return null;
  };

  // Hierarchy: the most stated parent; different parents in different sources are a conflict.
  const parentStatements = new Map<string, Array<[string, string, Fact]>>();
  for (const f of kinds.of('hierarchy')) {
    const child = resolve(f.data.child, f.source_id);
    const parent = resolve(f.data.parent, f.source_id);
    if (!child || !parent || child === parent) continue;
    pushTo(parentStatements, child, [f.source_id, parent, f]);
  }
  checkpoint();
  // (A parent above another stated parent is the same place in the chart, seen from higher up: « Ministère de
  // tutelle : M » in an infobox, « rattachée au secrétariat général » of M in the prose. The lowest one is kept.)
  const statedParents = new Map<string, Set<string>>();
  for (const [child, statements] of parentStatements) statedParents.set(child, new Set(statements.map((s) => s[1])));
  // Whether `upper` is up the stated chain from `lower`, not through `child` (a cycle through the unit itself says
  // nothing of its place); a chart is a few levels deep, so the walk stops after CHAIN_REACH units.
  const isAbove = (upper: string, lower: string, child: string): boolean => {
    const seen = new Set<string>([child]);
    const queue = [...(statedParents.get(lower) ?? [])];
    while (queue.length && seen.size <= CHAIN_REACH) {
      const p = queue.shift()!;
      if (p === upper) return true;
      if (seen.has(p)) continue;
      seen.add(p);
      queue.push(...(statedParents.get(p) ?? []));
    }
    return false;
  };
  for (const [child, statements] of [...parentStatements.entries()].sort((a, b) => byCodeUnit(a[0], b[0]))) {
    const record = draft.get(child)!;
    const parents = [...statedParents.get(child)!];
    const higher = new Set(parents.length < 2 ? [] : parents.filter((p) => parents.some((q) => q !== p && isAbove(p, q, child))));
    const lowest = statements.filter((s) => !higher.has(s[1]));
    record.parent_id = mostFrequent((lowest.length ? lowest : statements).map((s) => s[1]));
    record.fact_ids = uniqSorted([...record.fact_ids, ...statements.map((s) => factId(s[2]))]);
    record.sources = uniqSorted([...record.sources, ...statements.map((s) => s[0])]);
    pushConflict(conflicts, 'organisations', child, 'parent_id', statements.map((s) => [s[0], s[1]]));
  }
  breakCycles(draft);
  return { records: [...draft.values()].sort((a, b) => byCodeUnit(a.id, b.id)), resolve };
}

/** Types of units that many bodies have under the same name (« bureau des achats », « pôle données »). */
const UNIT_TYPES_REUSED = new Set(['bureau', 'pôle', 'cellule', 'département', 'service', 'mission', 'secrétariat', 'brigade', 'institut']);

/**
 * Types of units whose name, defined with different acronyms in different texts, is a different body's unit in each:
 * those above, and a ministry's direction or delegation (« délégation au numérique (DELNUM) » of one ministry,
 * « (DNum) » of another). (Not in the chart levels: a direction placed under different parents is one body the
 * sources disagree about, unless its acronyms tell them apart.)
 */
const UNIT_NAMES_DEFINED_APART = new Set([...UNIT_TYPES_REUSED, 'direction', 'délégation']);

/** Where an organisation fact falls (its cluster root) in its source, with its type and name key. */
interface UnitPlace {
  root: string;
  source: string;
  type: string | null;
  key: string | null;
}

/** A stated link between two cluster roots, in its source (in text order). */
interface UnitLink {
  child: string;
  parent: string;
  source: string;
}

/** A level of a chart whose units many bodies share by name: its type and name keys tell. */
type ChartLevel = (type: string | null, nameKeys: readonly string[]) => boolean;

/**
 * The remits every ministry has a direction for (its support functions: « direction du numérique », « … des systèmes
 * d'information », « … des ressources humaines », « … des affaires juridiques »), as name keys' words; a direction
 * named by other words (« direction du budget », « … générale des entreprises », « … des achats de l'État ») is one
 * body.
 */
const SUPPORT_REMIT_WORDS = new Set(
  ['direction', 'numérique', 'système', 'information', 'informatique', 'donnée', 'usage', 'ressource', 'humaine', 'affaire', 'financière', 'juridique', 'achat', 'communication', 'immobilier', 'immobilière', 'logistique', 'moyen', 'innovation', 'transformation', 'technologie', 'infrastructure', 'réseau', 'sécurité', 'projet', 'produit', 'plateforme', 'exploitation', 'service', 'support', 'pilotage', 'performance', 'modernisation'].map((w) => nameKey(w)),
);

/** The body a unit's name key ends with (« … ministere mer », « … secretariat general »): its owner, not its remit. */
const OWNER_IN_KEY = new RegExp(` (?:${['ministère', 'secrétariat', 'agence', 'office'].map((w) => nameKey(w)).join('|')})(?: .*)?$`);

/** Reused unit types that hold units of their own: told apart before the bureaux and pôles they hold. */
const UNIT_TYPES_HOLDING = new Set(['département', 'service', 'mission', 'secrétariat', 'institut']);

const CHART_LEVELS: readonly ChartLevel[] = [
  // A ministry's direction named by its support remit only. (Its names that are a direction's, « direction … »: a
  // text may have given its acronym to another unit. A name may carry its ministry: « direction du numérique et des
  // données du ministère de la Mer ».)
  (type, keys) => {
    const directions = keys.filter((k) => k.startsWith('direction '));
    return type === 'direction' && directions.length > 0 && directions.every((k) => k.replace(OWNER_IN_KEY, '').split(' ').every((w) => SUPPORT_REMIT_WORDS.has(w)));
  },
  (type, keys) => type === 'sous-direction' || keys.some((k) => k.startsWith('sous-direction')),
  // Then units that hold others (« département X » over its pôles, « service Y » over its bureaux), then those.
  (type) => !!type && UNIT_TYPES_HOLDING.has(type),
  (type) => !!type && UNIT_TYPES_REUSED.has(type) && !UNIT_TYPES_HOLDING.has(type),
];

/**
 * Units of different bodies that share a name (« Bureau des réseaux (BRT) » of one ministry's sous-direction and
 * of another's): when sources place a unit under different parents, each parent's unit is an organisation of
 * its own. Returns root → (source → the root of that source's unit) for the units of one `level` of the chart;
 * sources that state no parent keep the root. Bodies (an agency, a general or interministerial direction) are not
 * split: sources that place them differently disagree (a conflict).
 */
function unitsOfDifferentBodies(
  places: readonly UnitPlace[],
  links: readonly UnitLink[],
  above: (root: string, sourceId: string) => string,
  level: ChartLevel,
): Map<string, Map<string, string>> {
  // The first parent each source states for each root (links in text order), and every parent stated.
  const parentBySource = new Map<string, Map<string, string>>();
  const parentsOf = new Map<string, Set<string>>();
  for (const link of links) {
    const child = above(link.child, link.source);
    const parent = above(link.parent, link.source);
    if (child === parent) continue;
    let bySource = parentBySource.get(child);
    if (!bySource) parentBySource.set(child, (bySource = new Map()));
    if (!bySource.has(link.source)) bySource.set(link.source, parent);
    let parents = parentsOf.get(child);
    if (!parents) parentsOf.set(child, (parents = new Set()));
    parents.add(parent);
  }
  // Is `a` above `b` in what the sources state (« bureau X de la sous-direction S » and « S, de la direction D »)?
  const isAbove = (a: string, b: string): boolean => {
    const seen = new Set<string>();
    const queue = [...(parentsOf.get(b) ?? [])];
    while (queue.length) {
      const p = queue.shift()!;
      if (p === a) return true;
      if (seen.has(p) || seen.size > 50) continue;
      seen.add(p);
      queue.push(...(parentsOf.get(p) ?? []));
    }
    return false;
  };
  // Types and names of the roots placed under two parents or more (most roots are placed once, or not at all).
  const types = new Map<string, string[]>();
  const nameKeys = new Map<string, string[]>();
  const sourcesOf = new Map<string, Set<string>>();
  for (const place of parentBySource.size ? places : []) {
    const root = above(place.root, place.source);
    if (!parentBySource.has(root)) continue;
    if (place.type) pushTo(types, root, place.type);
    if (place.key) pushTo(nameKeys, root, place.key);
    let sources = sourcesOf.get(root);
    if (!sources) sourcesOf.set(root, (sources = new Set()));
    sources.add(place.source);
  }
  const out = new Map<string, Map<string, string>>();
  for (const [root, bySource] of [...parentBySource].sort((a, b) => byCodeUnit(a[0], b[0]))) {
    const parents = uniqSorted([...bySource.values()]);
    // (A source that names the unit and states no parent names some body's unit of that name, not the one the other
    // sources place: kept apart from them.)
    const unplaced = [...(sourcesOf.get(root) ?? [])].some((source) => !bySource.has(source));
    if (parents.length < 2 && !unplaced) continue;
    const type = mostFrequent(types.get(root) ?? []);
    if (!level(type, nameKeys.get(root) ?? [])) continue;
    // A parent above another stated parent places the unit in the same chart, higher up: the same unit. (Down the
    // chain to its lowest stated parent: sous-direction ⊂ direction ⊂ ministère, stated by three sources.)
    const deepest = (p: string) => {
      let lowest = p;
      for (let step = 0; step < parents.length; step++) {
        const below = parents.find((q) => q !== lowest && isAbove(lowest, q));
        if (!below) break;
        lowest = below;
      }
      return lowest;
    };
    if (new Set(parents.map(deepest)).size < 2 && !unplaced) continue;
    out.set(root, new Map([...bySource].map(([source, parent]) => [source, `${root}^${deepest(parent)}`])));
  }
  return out;
}

/**
 * Acronyms that texts define for different bodies: acronym → (source → the definition's group). Two definitions
 * name one body when one name is the other written differently (see sameBodyName).
 */
function ambiguousAcronyms(orgFacts: FactOf<'organisation'>[]): Map<string, Map<string, string>> {
  const keysBySource = new Map<string, Map<string, string>>();
  for (const f of orgFacts) {
    if (!f.data.name || !f.data.acronym) continue;
    let bySource = keysBySource.get(f.data.acronym);
    if (!bySource) keysBySource.set(f.data.acronym, (bySource = new Map()));
    if (!bySource.has(f.source_id)) bySource.set(f.source_id, nameKey(f.data.name));
  }
  const out = new Map<string, Map<string, string>>();
  for (const [acronym, bySource] of keysBySource) {
    const keys = [...new Set(bySource.values())].sort(byCodeUnit);
    if (keys.length < 2) continue;
    // Definitions grouped by sameBodyName (transitively); a group is named by its smallest key.
    const groups = new Clusters();
    for (const a of keys) {
      groups.add(a);
      for (const b of keys) if (a < b && sameBodyName(a, b)) groups.union(a, b);
    }
    if (new Set(keys.map((k) => groups.find(k))).size < 2) continue;
    out.set(acronym, new Map([...bySource].map(([source, key]) => [source, groups.find(key)])));
  }
  return out;
}

/** How many letters two definitions' name keys may differ by and still be one name (a typo, a word cut in two). */
const SPELLING_SLACK = 0.08;

/** Two words of two definitions that are one word written differently: a letter or two, or one stem (« ports » /
 * « portuaires »: the shorter whole at the start of the longer; « information » / « informatique »: most of it).
 * (Not « contrats » / « contrôle », « commande » / « communication », « études » / « étudiants ».) */
function nearWords(a: string, b: string): boolean {
  let prefix = 0;
  while (prefix < a.length && a[prefix] === b[prefix]) prefix++;
  const shorter = Math.min(a.length, b.length);
  return (prefix >= 4 && (prefix === shorter || (shorter >= 7 && prefix >= 0.8 * shorter))) || levenshtein(a, b) <= (shorter > 6 ? 2 : 1);
}

/**
 * Whether two definitions of one acronym (their name keys) name one body: the same name shortened (« secrétariat
 * général » / « … du ministère »: every word of one in the other) or written differently (« usages » / « usagers »,
 * « des ports » / « portuaires », « carto- graphie »). A word of its own is another body: « direction des systèmes
 * numériques … » and « direction des services numériques … » are two ministries' DSND, « bureau de l'aide … » and
 * « bureau des achats … » two BAN; nor do two type words (« département X » / « direction X ») name one.
 */
export function sameBodyName(a: string, b: string): boolean {
  if (a === b) return true;
  const wa = a.split(' ');
  const wb = b.split(' ');
  if (TYPE_KEY_HEADS.has(wa[0]!) && TYPE_KEY_HEADS.has(wb[0]!) && wa[0] !== wb[0]) return false;
  if (levenshtein(a, b) <= Math.max(2, Math.floor(Math.min(a.length, b.length) * SPELLING_SLACK))) return true;
  const onlyA = wa.filter((w) => !wb.includes(w));
  const onlyB = wb.filter((w) => !wa.includes(w));
  return onlyA.every((w) => onlyB.some((v) => nearWords(w, v))) || onlyB.every((w) => onlyA.some((v) => nearWords(w, v)));
}

/** How many units up a stated chain normalise looks for a parent above another (charts are a few levels deep). */
const CHAIN_REACH = 64;

/** A parent chain must end: a cycle (a text saying A in B and another B in A) drops the lexically last link. */
function breakCycles(records: Map<string, OrganisationRecord>) {
  for (const start of [...records.keys()].sort(byCodeUnit)) {
    const seen = new Set<string>();
    let cur: string | null = start;
    while (cur) {
      if (seen.has(cur)) {
        records.get(cur)!.parent_id = null;
        break;
      }
      seen.add(cur);
      cur = records.get(cur)?.parent_id ?? null;
    }
  }
}

/** Records a conflict when sources give different values for one field of one record. */
function pushConflict(conflicts: ConflictRecord[], dataset: DatasetName, recordId: string, field: string, bySource: Array<[string, string]>) {
  const firstPerSource = new Map<string, string>();
  for (const [src, value] of [...bySource].sort((a, b) => byCodeUnit(a[0], b[0]))) if (!firstPerSource.has(src)) firstPerSource.set(src, value);
  if (new Set(firstPerSource.values()).size < 2) return;
  const sources = [...firstPerSource.keys()];
  conflicts.push({
    id: `conflict-${slug(`${dataset}-${recordId}-${field}`, 80)}`,
    dataset,
    record_id: recordId,
    field,
    values: sources.map((s) => firstPerSource.get(s)!),
    sources,
  });
}

const LEGAL_TYPE_SLUG: Record<LegalTextType, string> = {
  décret: 'decret',
  arrêté: 'arrete',
  loi: 'loi',
  ordonnance: 'ordonnance',
  circulaire: 'circulaire',
  instruction: 'instruction',
  directive: 'directive',
  règlement: 'reglement',
  délibération: 'deliberation',
};

export function legalTextId(type: LegalTextType, number: string | null, date: string | null, title: string | null): string {
  const tail = number ?? date ?? (title ? slug(title, 40) : 'sans-reference');
  return `lt-${LEGAL_TYPE_SLUG[type] ?? slug(type)}-${slug(tail, 60)}`;
}

export interface NormaliseResult {
  datasets: Datasets;
}

/**
 * Merges facts into the published datasets. `phaseDone` is told when each group of datasets is merged (a million
 * facts take seconds per group): the caller's progress lines and memory checkpoints, outside this pure stage.
 */
export function normalise(
  documents: SourceDocument[],
  facts: Fact[],
  phaseDone: (datasets: string) => void = () => {},
  options: {
    /** The caller gives the facts up: each is let go (its slot emptied) once its record is made. */
    consumeFacts?: boolean;
    /** Called between the passes over the organisations' facts and every FACTS_PER_CHECKPOINT facts made records
     * (the caller's memory checkpoint). */
    checkpoint?: () => void;
  } = {},
): Datasets {
  // One [dataset, id] pair per record, shared by its facts (a million facts on a large corpus).
  const recordOfFact = new Map<string, readonly [DatasetName, string]>();
  // The entities first, in a function of their own: the indexes they are merged with (facts grouped by key,
  // clusters) are garbage once it returns, so that the facts can be let go while they become records.
  const entities = mergeEntities(documents, facts, recordOfFact, phaseDone, options.checkpoint ?? (() => {}));
  const factRecords = factRecordsOf(facts, recordOfFact, options);
  phaseDone('facts');
  return { ...entities, facts: factRecords };
}

/** How many facts become records between two memory checkpoints. */
const FACTS_PER_CHECKPOINT = 100_000;

/**
 * The facts dataset: one record per fact, with the record it was merged into, in (source, offset) order, each
 * fact once. With `consumeFacts`, each slot of `facts` is emptied once read.
 */
function factRecordsOf(facts: Fact[], recordOfFact: ReadonlyMap<string, readonly [DatasetName, string]>, options: { consumeFacts?: boolean; checkpoint?: () => void }): FactRecord[] {
  const factRecords: FactRecord[] = new Array<FactRecord>(facts.length);
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i]!;
    const id = factId(f);
    const rec = recordOfFact.get(id);
    factRecords[i] = {
      id,
      kind: f.data.kind,
      source_id: f.source_id,
      start: f.start,
      end: f.end,
      quote: f.quote,
      extractor: f.extractor,
      dataset: rec?.[0] ?? null,
      record_id: rec?.[1] ?? null,
    };
    if (options.consumeFacts) (facts as Array<Fact | undefined>)[i] = undefined;
    if ((i + 1) % FACTS_PER_CHECKPOINT === 0) options.checkpoint?.();
  }
  factRecords.sort((a, b) => byCodeUnit(a.source_id, b.source_id) || a.start - b.start || a.end - b.end || byCodeUnit(a.kind, b.kind) || byCodeUnit(a.id, b.id));
  return factRecords.filter((f, i) => i === 0 || f.id !== factRecords[i - 1]!.id);
}

/** Every dataset but the facts, each record's facts noted in `recordOfFact`. */
function mergeEntities(
  documents: SourceDocument[],
  facts: Fact[],
  recordOfFact: Map<string, readonly [DatasetName, string]>,
  phaseDone: (datasets: string) => void,
  checkpoint: () => void,
): Omit<Datasets, 'facts'> {
  const conflicts: ConflictRecord[] = [];
  const claim = (dataset: DatasetName, id: string, fs: Fact[]) => {
    const record = [dataset, id] as const;
    for (const f of fs) {
      const fid = factId(f);
      if (!recordOfFact.has(fid)) recordOfFact.set(fid, record);
    }
  };

  const kinds = new FactsByKind(facts);
  const orgs = buildOrganisations(kinds, conflicts, checkpoint);
  for (const o of orgs.records) {
    const record = ['organisations', o.id] as const;
    for (const fid of o.fact_ids) if (!recordOfFact.has(fid)) recordOfFact.set(fid, record);
  }

  phaseDone('organisations');

  // Legal texts
  const legalGroups = new Map<string, FactOf<'legal-text'>[]>();
  const legalKeyOf = (type: LegalTextType, number: string | null, date: string | null, title: string | null) =>
    legalTextId(type, number, number ? null : date, number || date ? null : title);
  // « le décret du 30 mars 2001 susvisé » is the « décret n° 2001-272 du 30 mars 2001 » cited elsewhere: a
  // mention without a number joins the one numbered text of the same type and day, when there is exactly one.
  const numberedByDay = new Map<string, Set<string>>();
  for (const f of kinds.of('legal-text')) {
    if (f.data.number && f.data.date?.precision === 'day') {
      const k = `${f.data.type}|${f.data.date.value}`;
      numberedByDay.set(k, (numberedByDay.get(k) ?? new Set()).add(f.data.number));
    }
  }
  // Acts of one type and day without a number that one source lists with different titles (« Arrêté du 4 juillet 2025
  // portant ouverture … », « Arrêté du 4 juillet 2025 portant nomination … » in a Journal officiel's summary) are told
  // apart by their titles; a source that cites one such act keeps it by its type and day.
  const titlesByDay = new Map<string, Set<string>>();
  for (const f of kinds.of('legal-text')) {
    if (!f.data.number && f.data.title && f.data.date?.precision === 'day') {
      const k = `${f.source_id}|${f.data.type}|${f.data.date.value}`;
      titlesByDay.set(k, (titlesByDay.get(k) ?? new Set()).add(slug(f.data.title, 40)));
    }
  }
  const legalIdOf = (source: string, type: LegalTextType, number: string | null, date: string | null, title: string | null) => {
    const numbers = date ? numberedByDay.get(`${type}|${date}`) : undefined;
    const known = number ?? (numbers?.size === 1 ? [...numbers][0]! : null);
    if (!known && date && title && (titlesByDay.get(`${source}|${type}|${date}`)?.size ?? 0) > 1) return legalKeyOf(type, null, `${date} ${slug(title, 40)}`, null);
    return legalKeyOf(type, known, date, title);
  };
  for (const f of kinds.of('legal-text')) {
    const key = legalIdOf(f.source_id, f.data.type, f.data.number, f.data.date?.value ?? null, f.data.title);
    pushTo(legalGroups, key, f);
  }
  const legal_texts: LegalTextRecord[] = [...legalGroups.entries()].map(([id, fs]) => {
    const dates = fs.map((f) => f.data.date).filter((d): d is DateValue => !!d);
    const date = mostFrequent(dates.map((d) => d.value), (a, b) => b.length - a.length);
    const titles = fs.map((f) => f.data.title).filter((t): t is string => !!t);
    pushConflict(conflicts, 'legal_texts', id, 'date', fs.filter((f) => f.data.date).map((f) => [f.source_id, f.data.date!.value]));
    claim('legal_texts', id, fs);
    return {
      id,
      type: fs[0]!.data.type,
      number: fs.map((f) => f.data.number).find((n) => !!n) ?? null,
      date,
      date_precision: date ? dates.find((d) => d.value === date)!.precision : null,
      title: mostFrequent(titles, (a, b) => b.length - a.length),
      sources: uniqSorted(fs.map((f) => f.source_id)),
      fact_ids: uniqSorted(fs.map(factId)),
    };
  });

  phaseDone('legal_texts');

  // Events
  const eventGroups = new Map<string, FactOf<'event'>[]>();
  for (const f of kinds.of('event')) {
    const subject = orgs.resolve(f.data.subject, f.source_id);
    const about = subject ?? (f.data.subject_name ? slug(f.data.subject_name, 30) : shortHash(fold(f.data.description), 6));
    const id = `ev-${slug(f.data.date.value, 24)}-${f.data.type}-${about}`;
    pushTo(eventGroups, id, f);
  }
  const events: EventRecord[] = [...eventGroups.entries()].map(([id, fs]) => {
    const f = fs[0]!;
    const lt = fs.map((x) => x.data.legal_text).find((x) => !!x);
    claim('events', id, fs);
    return {
      id,
      date: f.data.date.value,
      date_precision: f.data.date.precision,
      date_start: f.data.date.start ?? null,
      date_end: f.data.date.end ?? null,
      date_qualifier: f.data.date.qualifier ?? null,
      type: f.data.type,
      subject_id: orgs.resolve(f.data.subject, f.source_id),
      subject_name: f.data.subject_name ?? (f.data.subject ? (f.data.subject.name ?? f.data.subject.acronym ?? null) : null),
      description: f.data.description,
      legal_text_id: lt ? legalIdOf(f.source_id, lt.type, lt.number, lt.date, null) : null,
      sources: uniqSorted(fs.map((x) => x.source_id)),
      fact_ids: uniqSorted(fs.map(factId)),
    };
  });
  // A cited text that was not itself extracted (too little to identify it) is not referenced.
  const legalIds = new Set(legal_texts.map((l) => l.id));
  for (const e of events) if (e.legal_text_id && !legalIds.has(e.legal_text_id)) e.legal_text_id = null;

  // Founding dates: creation events of an organisation (different dates in different sources: a conflict).
  const creationsOf = new Map<string, EventRecord[]>();
  for (const e of events) if (e.type === 'creation' && e.subject_id) pushTo(creationsOf, e.subject_id, e);
  for (const o of orgs.records) {
    const creations = creationsOf.get(o.id) ?? [];
    if (!creations.length) continue;
    const sorted = [...creations].sort((a, b) => byCodeUnit(a.date, b.date));
    o.founding_date = sorted[0]!.date;
    o.founding_date_precision = sorted[0]!.date_precision;
    pushConflict(conflicts, 'organisations', o.id, 'founding_date', creations.flatMap((e) => e.sources.map((s): [string, string] => [s, e.date])));
  }

  phaseDone('events');

  // People
  const people: PersonRecord[] = group(kinds.of('person'), (f) => `person-${slug(f.data.name)}`).map(([id, fs]) => {
    claim('people', id, fs);
    const roles = fs.map((f) => f.data.role).filter((r): r is string => !!r);
    const orgIds = fs.map((f) => orgs.resolve(f.data.organisation, f.source_id)).filter((x): x is string => !!x);
    return {
      id,
      name: fs[0]!.data.name,
      role: mostFrequent(roles, (a, b) => a.length - b.length),
      organisation_id: mostFrequent(orgIds),
      sources: uniqSorted(fs.map((f) => f.source_id)),
      fact_ids: uniqSorted(fs.map(factId)),
    };
  });

  // Products
  const productAcronyms = new Set(kinds.of('product').flatMap((f) => (f.data.acronym ? [f.data.acronym] : [])));
  const products: ProductRecord[] = withAcronymsMerged(group(kinds.of('product'), (f) => `product-${slug(nameKey(f.data.name) || f.data.name)}`)).map(([id, fs]) => {
    claim('products', id, fs);
    // (The long name, not the acronym a merged group was named by: « API CEL » is the acronym of « API Certificats … ».)
    const name = mostFrequent(fs.filter((f) => !productAcronyms.has(f.data.name)).map((f) => f.data.name), (a, b) => b.length - a.length) ?? fs[0]!.data.name;
    const acronym = mostFrequent(fs.map((f) => f.data.acronym).filter((a): a is string => !!a));
    const operators = fs.map((f) => [f.source_id, orgs.resolve(f.data.operator, f.source_id)] as const).filter((x): x is readonly [string, string] => !!x[1]);
    pushConflict(conflicts, 'products', id, 'operator_id', operators.map((x) => [x[0], x[1]]));
    return {
      id,
      name,
      acronym,
      alt_names: otherSpellings(fs.map((f) => f.data.name), [name, acronym]),
      type: mostFrequent(fs.map((f) => f.data.type).filter((t): t is string => !!t)),
      operator_id: mostFrequent(operators.map((x) => x[1])),
      description: mostFrequent(fs.map((f) => f.data.description).filter((d): d is string => !!d), (a, b) => b.length - a.length),
      sources: uniqSorted(fs.map((f) => f.source_id)),
      fact_ids: uniqSorted(fs.map(factId)),
    };
  });

  // Contacts
  const contacts: ContactRecord[] = group(kinds.of('contact'), (f) => `contact-${slug(f.data.email.toLowerCase(), 80)}`).map(([id, fs]) => {
    claim('contacts', id, fs);
    const orgIds = fs.map((f) => orgs.resolve(f.data.organisation, f.source_id)).filter((x): x is string => !!x);
    return {
      id,
      email: fs[0]!.data.email.toLowerCase(),
      organisation_id: mostFrequent(orgIds),
      sources: uniqSorted(fs.map((f) => f.source_id)),
      fact_ids: uniqSorted(fs.map(factId)),
    };
  });

  phaseDone('people, products, contacts');

  // Figures: one record per (subject, measure, unit, value); the same measure of the same body with other values
  // in other sources is a conflict.
  const figureFacts = kinds.of('figure');
  const measureKey = (f: FactOf<'figure'>) =>
    `${orgs.resolve(f.data.subject, f.source_id) ?? ''}|${fold(f.data.unit)}|${f.data.measure ? nameKey(f.data.measure) : ''}`;
  const figures: FigureRecord[] = group(figureFacts, (f) => `figure-${slug(`${measureKey(f)}-${f.data.value}`, 70)}`).map(([id, fs]) => {
    claim('figures', id, fs);
    const f = fs[0]!;
    return {
      id,
      value: f.data.value,
      unit: f.data.unit,
      qualifier: f.data.qualifier,
      measure: f.data.measure,
      subject_id: orgs.resolve(f.data.subject, f.source_id),
      quote: f.quote.replace(/\s+/g, ' ').trim(),
      sources: uniqSorted(fs.map((x) => x.source_id)),
      fact_ids: uniqSorted(fs.map(factId)),
    };
  });
  const figureIdOf = (f: FactOf<'figure'>) => `figure-${slug(`${measureKey(f)}-${f.data.value}`, 70)}`;
  // Sources disagree about a figure of the same body: a measure without a body (« Projets suivis » in the tables
  // of a thousand texts) is no one thing that two texts could disagree about.
  for (const [, fs] of group(figureFacts.filter((f) => f.data.measure && orgs.resolve(f.data.subject, f.source_id)), measureKey)) {
    pushConflict(conflicts, 'figures', figureIdOf(fs[0]!), 'value', fs.map((f) => [f.source_id, String(f.data.value)]));
  }

  // Unit counts stated by a text vs the units a text lists (« six départements » then seven names).
  const unitCounts = kinds.of('unit-count');
  const countGroups = group(unitCounts, (f) => `${orgs.resolve(f.data.organisation, f.source_id) ?? ''}|${f.data.unit_type}`);
  // Hierarchy statements resolved once, grouped by parent (in fact order), not once per count.
  const orgById = new Map(orgs.records.map((o) => [o.id, o]));
  const listedUnder = new Map<string, Array<{ source: string; child: string; type: string | null | undefined }>>();
  if (countGroups.length) {
    for (const h of kinds.of('hierarchy')) {
      const child = orgs.resolve(h.data.child, h.source_id);
      const parent = child ? orgs.resolve(h.data.parent, h.source_id) : null;
      if (child && parent) pushTo(listedUnder, parent, { source: h.source_id, child, type: orgById.get(child)?.type });
    }
  }
  for (const [key, stated] of countGroups) {
    const [parent, unitType] = key.split('|') as [string, string];
    if (!parent) continue;
    claim('organisations', parent, stated);
    const values: Array<[string, string]> = stated.map((g) => [g.source_id, `${g.data.count} (stated)`]);
    const listedBySource = new Map<string, Set<string>>();
    for (const h of listedUnder.get(parent) ?? []) {
      if (h.type !== unitType) continue;
      listedBySource.set(h.source, (listedBySource.get(h.source) ?? new Set()).add(h.child));
    }
    for (const [src, children] of [...listedBySource.entries()].sort((a, b) => byCodeUnit(a[0], b[0]))) values.push([src, `${children.size} (listed)`]);
    if (new Set(values.map((v) => v[1].split(' ')[0])).size > 1) {
      conflicts.push({
        id: `conflict-${slug(`organisations-${parent}-count-${unitType}`, 80)}`,
        dataset: 'organisations',
        record_id: parent,
        // Field names are ASCII snake_case: « count_departement », « count_pole ».
        field: `count_${slug(unitType).replace(/-/g, '_')}`,
        values: values.map((v) => v[1]),
        sources: values.map((v) => v[0]),
      });
    }
  }

  phaseDone('figures');

  // Committees
  // (A generic name, « comité de pilotage », « comité de suivi », is every programme's: kept within its source, as
  // organisations' generic names are.)
  const committeeKey = (f: FactOf<'committee'>) => {
    const key = nameKey(f.data.name);
    return key && (isGenericNameKey(key) || key === GENERAL_ASSEMBLY_KEY) ? `committee-${slug(key)}-${shortHash(f.source_id, 6)}` : `committee-${slug(key || f.data.name)}`;
  };
  const committees: CommitteeRecord[] = group(kinds.of('committee'), committeeKey).map(([id, fs]) => {
    claim('committees', id, fs);
    const name = fs[0]!.data.name;
    return {
      id,
      name,
      alt_names: otherSpellings(fs.map((f) => f.data.name), [name]),
      frequency: fs.map((f) => f.data.frequency).find((x) => !!x) ?? null,
      participants: [...new Set(fs.flatMap((f) => f.data.participants))],
      topics: [...new Set(fs.flatMap((f) => f.data.topics))],
      sources: uniqSorted(fs.map((f) => f.source_id)),
      fact_ids: uniqSorted(fs.map(factId)),
    };
  });

  // Links
  // Only absolute http(s) URLs are published as links (« www.… » and relative paths stay as facts).
  const webLinks = kinds.of('link').filter((f) => /^https?:\/\/\S+$/.test(f.data.url));
  const links: LinkRecord[] = group(webLinks, (f) => `link-${slug(f.data.url, 70)}`).map(([id, fs]) => {
    claim('links', id, fs);
    return {
      id,
      url: fs[0]!.data.url,
      title: mostFrequent(fs.map((f) => f.data.title).filter((t): t is string => !!t)),
      sources: uniqSorted(fs.map((f) => f.source_id)),
      fact_ids: uniqSorted(fs.map(factId)),
    };
  });

  phaseDone('committees, links');

  const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => byCodeUnit(a.id, b.id));
  return {
    sources: byId(
      documents.map((d) => ({
        id: d.id,
        file: d.file,
        title: d.title,
        language: d.language,
        origin: d.origin,
        licence: d.licence,
        date: d.date,
        sha256: d.sha256,
        characters: d.text.length,
      })),
    ),
    organisations: orgs.records,
    events: byId(events),
    legal_texts: byId(legal_texts),
    people: byId(people),
    products: byId(products),
    contacts: byId(contacts),
    figures: byId(figures),
    committees: byId(committees),
    links: byId(links),
    conflicts: byId(dedupeById(conflicts)),
  };
}

/**
 * Products grouped by name, with the group named only by another group's acronym folded into it: « API CEL » into
 * « API Certificats énergétiques des logements » (API CEL). An acronym two groups claim (two products « SIA ») merges
 * nothing. In the groups' order, so the ids stay those of the long names.
 */
function withAcronymsMerged(groups: Array<[string, FactOf<'product'>[]]>): Array<[string, FactOf<'product'>[]]> {
  const owner = new Map<string, number | null>();
  groups.forEach(([, fs], i) => {
    for (const a of new Set(fs.map((f) => f.data.acronym).filter((x): x is string => !!x))) owner.set(a, owner.has(a) && owner.get(a) !== i ? null : i);
  });
  if (!owner.size) return groups;
  // (Only with something in common, a source or an operator: a bare « PFS » elsewhere may be another product.)
  const shared = (a: FactOf<'product'>[], b: FactOf<'product'>[]) => {
    const sources = new Set(a.map((f) => f.source_id));
    const operators = new Set(a.flatMap((f) => (f.data.operator ? [f.data.operator.acronym ?? f.data.operator.name] : [])));
    return b.some((f) => sources.has(f.source_id) || (f.data.operator && operators.has(f.data.operator.acronym ?? f.data.operator.name)));
  };
  const into = new Map<number, number>();
  groups.forEach(([, fs], i) => {
    const names = new Set(fs.map((f) => f.data.name));
    const target = names.size === 1 ? owner.get([...names][0]!) : undefined;
    if (target !== undefined && target !== null && target !== i && shared(groups[target]![1], fs)) into.set(i, target);
  });
  // (Never into a group that is folded itself: a chain or a cycle of acronyms folds its first link only, whatever the
  // order of the sources.)
  const asked = new Map(into);
  for (const [from, to] of asked) if (asked.has(to)) into.delete(from);
  if (!into.size) return groups;
  const merged = groups.map(([id, fs]) => [id, [...fs]] as [string, FactOf<'product'>[]]);
  for (const [from, to] of into) merged[to]![1].push(...merged[from]![1]);
  const order = (a: Fact, b: Fact) => byCodeUnit(a.source_id, b.source_id) || a.start - b.start;
  return merged.filter((_, i) => !into.has(i)).map(([id, fs]) => [id, fs.sort(order)] as [string, FactOf<'product'>[]]);
}

/**
 * The names a merged record's facts give it besides its own (and its acronym): the spellings of other texts,
 * « Sésame Agents » for « Sésame-Agent », kept so that neither the reader nor a text's own wording is lost.
 */
function otherSpellings(names: readonly string[], own: ReadonlyArray<string | null>): string[] {
  const spaced = (n: string) => n.replace(/\s+/g, ' ');
  const skip = new Set(own.filter((n): n is string => n !== null).map(spaced));
  return uniqSorted(names.map(spaced).filter((n) => !skip.has(n)));
}

function dedupeById<T extends { id: string }>(xs: T[]): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => (seen.has(x.id) ? false : (seen.add(x.id), true)));
}

/** Groups by key, in order of first appearance, each group's facts in (source, offset) order. */
function group<T extends Fact>(facts: T[], key: (f: T) => string): Array<[string, T[]]> {
  const order = (a: T, b: T) => byCodeUnit(a.source_id, b.source_id) || a.start - b.start;
  let inOrder = true;
  for (let i = 1; i < facts.length && inOrder; i++) inOrder = order(facts[i - 1]!, facts[i]!) <= 0;
  const sorted = inOrder ? facts : [...facts].sort(order);
  const groups = new Map<string, T[]>();
  for (const f of sorted) {
    const k = key(f);
    pushTo(groups, k, f);
  }
  return [...groups.entries()];
}
