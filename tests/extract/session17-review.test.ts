/**
 * Cases the second review of session 17's extraction rules found (each failed before its fix): places, people and
 * things made by someone taken for products, « celui-ci » for the wrong body, AsciiDoc tables' spans and pairing,
 * code fences, a page's own information as events.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../pipeline/stages/extract/index.ts';
import { findTables } from '../../pipeline/stages/extract/tables.ts';
import { dataOf, doc, expectExactQuotes } from './helpers.ts';

const run = (t: string) => {
  const facts = extractDocument(doc(t), new Set()).facts;
  expectExactQuotes(t, facts);
  return facts;
};
const productNames = (t: string) => dataOf(run(t), 'product').map((p) => p.name);

describe('F1 products: apposition rules take places, persons, events for products', () => {
  it.each([
    ['Dans la Bretagne, lancée par le conseil régional en 2019, la démarche se poursuit.', 'Bretagne'],
    ['Le salon se tient à Paris, plateforme de référence pour les acteurs du numérique, et attire du monde.', 'Paris'],
    ["Le projet a été présenté à Rennes, portail de la Bretagne vers l'ouest, en présence du préfet.", 'Rennes'],
    ['Le rapport cite la Loire, exploitée par les bateliers depuis des siècles.', 'Loire'],
    ['La mission a visité le Grand Est, lancé par la préfecture comme territoire pilote.', 'Grand Est'],
    ['Le comité a auditionné Mme Bernard, assistant de direction, puis la DRH.', 'Mme Bernard'],
    ['La délégation a rencontré M. Lefort, assistant de prévention du site, puis les agents.', 'Lefort'],
    ["Les visiteurs découvrent la Tour Eiffel, conçue par Gustave Eiffel pour l'Exposition universelle.", 'Tour Eiffel'],
    ['On organise le Mois Sans Tabac, lancé par Santé publique France.', 'Mois Sans Tabac'],
    ['Le bureau a adopté la Déclaration de Lyon, annuaire des engagements pris.', 'Lyon'],
  ])('%s', (t, name) => {
    expect(productNames(t)).not.toContain(name);
  });
});

describe('F2 committees: « Celui-ci / Celle-ci » bound to the last committee regardless of referent', () => {
  it('celui-ci = the prefect, not the CNNum', () => {
    const t = 'Le ministre a saisi le conseil national du numérique (CNNum) puis reçu le préfet. Celui-ci réunit chaque mois les maires du département.';
    expect(dataOf(run(t), 'committee').filter((c) => c.frequency)).toEqual([]);
  });
  it('celle-ci (feminine) cannot stand for « conseil » (masculine)', () => {
    const t = 'La préfète a saisi le conseil national du numérique (CNNum). Celle-ci réunit chaque mois les maires du département.';
    expect(dataOf(run(t), 'committee').filter((c) => c.frequency)).toEqual([]);
  });
  it('celle-ci = Mme Durand; no second CITP committee with her team', () => {
    const t = 'Le comité interministériel de la transformation publique (CITP) a retenu le projet de Mme Durand. Celle-ci réunit chaque mois son équipe.';
    expect(dataOf(run(t), 'committee').length).toBe(1);
  });
});

describe('F3 organisations: « , un/une <noun> rattaché(e) à » attaches the complement instead of the head', () => {
  it('un bureau rattaché … describes the bureau, not the sous-direction', () => {
    const t = "Le bureau des systèmes d'information de la sous-direction des moyens, un bureau rattaché au service des ressources, gère le parc.";
    const h = dataOf(run(t), 'hierarchy');
    expect(h.some((x) => x.child.name === 'sous-direction des moyens' && x.parent.name === 'service des ressources')).toBe(false);
  });
  it('a direction générale is not put under « service de la stratégie »', () => {
    const t = 'Le département des études de la direction générale des finances publiques (DGFiP), une structure rattachée au service de la stratégie, publie des notes.';
    const h = dataOf(run(t), 'hierarchy');
    expect(h.some((x) => x.child.acronym === 'DGFiP' && x.parent.name === 'service de la stratégie')).toBe(false);
  });
});

describe('F4 tables: AsciiDoc', () => {
  it('a spanning cell (« 3+| ») shifts every following row', () => {
    const t = '[cols="1,2,1",options="header"]\n|===\n|Date |Jalon |Pilote\n\n3+|Phase 1 : conception\n\n|2024-03-01 |Lancement de la plateforme Alpha |DINUM\n|2024-09-15 |Ouverture du portail Beta |DINUM\n|===\n';
    const [table] = findTables(t);
    // (The full-width row is a row of its own; the rows after it stay aligned.)
    expect(table!.rows.map((r) => r.cells.map((c) => c.text).join('/'))).toEqual(['Phase 1 : conception//', '2024-03-01/Lancement de la plateforme Alpha/DINUM', '2024-09-15/Ouverture du portail Beta/DINUM']);
  });
  it('… and the shifted rows give bogus events', () => {
    const t = '[cols="1,2,1",options="header"]\n|===\n|Date |Jalon |Pilote\n\n3+|Phase 1 : conception\n\n|2024-03-01 |Lancement de la plateforme Alpha |DINUM\n|2024-09-15 |Ouverture du portail Beta |DINUM\n|===\n';
    const ev = dataOf(run(t), 'event');
    expect(ev.some((e) => e.subject_name === 'Phase 1 : conception')).toBe(false);
  });
  it('cols="2*,1" is three columns', () => {
    const [table] = findTables('[cols="2*,1"]\n|===\n|A |B |C\n|1 |2 |3\n|===\n');
    expect(table!.header.length).toBe(3);
  });
  it('a table shown in a markdown code fence is code, not data', () => {
    expect(findTables('Exemple :\n\n```asciidoc\n|===\n|Nom |Rôle\n|Alice |Cheffe\n|Bob |Adjoint\n|===\n```\n').length).toBe(0);
  });
  it('a stray « |=== » shifts the pairing: the next real table is lost and a markdown table misread', () => {
    const t = '|===\n|A |B\n|1 |2\n|===\n\nTexte.\n\n|===\n\n| Équipe | Responsable |\n| --- | --- |\n| Pôle A | Jeanne |\n\n|===\n|C |D\n|3 |4\n|===\n';
    // (Without a header option nor a blank line after its first line, an AsciiDoc table's first row is a row.)
    const rows = findTables(t).flatMap((tb) => tb.rows.map((r) => r.cells.map((c) => c.text).join('/')));
    expect(rows).toEqual(expect.arrayContaining(['C/D', '3/4']));
  });
});

describe('F5 text: code-fence blanking pairs an inline « ``` » with the next fence', () => {
  it('the paragraph between two code blocks is blanked', () => {
    const t = '# Contribuer\n\nPour insérer un exemple, entourez-le de trois accents graves (```).\n\n```bash\nnpm install\n```\n\nLa plateforme RésoGuichet a été lancée le 12 mars 2024 par la direction interministérielle du numérique (DINUM).\n\n```bash\nnpm test\n```\n';
    const facts = run(t);
    expect(dataOf(facts, 'product').map((p) => p.name)).toContain('RésoGuichet');
    expect(dataOf(facts, 'event').some((e) => e.date.value === '2024-03-12')).toBe(true);
  });
});

describe('F6 events: datedTaskItems', () => {
  it.each([
    '<p>Page :</p><ul><li>Dernière mise à jour <time datetime="2024-01-10"/></li></ul>',
    '<ul><li>Auteur : Jean Dupont <time datetime="2023-11-05"></time></li><li>Licence ouverte <time datetime="2023"></time></li></ul>',
  ])('page metadata is no event: %s', (t) => {
    expect(dataOf(run(t), 'event')).toEqual([]);
  });
  it('an item whose date is shown in its text gets a second, differently typed event', () => {
    const t = "<ul><li>Le comité de pilotage a validé le 12 mars 2024 la feuille de route, qui prévoit l'ouverture du service aux usagers, la fermeture de l'ancien portail et la migration des données. <time datetime=\"2024-03-12\"/></li></ul>";
    expect(dataOf(run(t), 'event').filter((e) => e.date.value === '2024-03-12').length).toBe(1);
  });
});
